//! `vectorize-loops`: Kiln's own loop vectorizer. Each innermost loop of code from
//! `convert-tensor-to-loop` whose iterations are independent (apart from reductions) becomes a
//! loop over vectors of the host's width, with a masked last vector. The main loop handles
//! several vectors per iteration, interleaved op by op, each reduction with an accumulator per
//! vector: a vector `exp` is a chain of ~30 dependent ops, and one chain at a time leaves
//! the core waiting on latencies (K7 GELU ran 25% faster with 4 than with 1). Tiers 1 and 2 run it after `math-approximation`, so the
//! expanded `exp`/`tanh`/`log`/`erf` are widened with the rest of the body.
//!
//! Why not leave it to LLVM's loop vectorizer: that vectorizer has to prove what Kiln already
//! knows (that the buffers do not overlap, that the reductions may be reassociated), so it adds
//! run-time alias checks, scalar epilogues and a cost search to every loop, which is most of
//! tier 1's compile time; and it is not there at all in a pipeline that skips it. Widening here
//! is a linear walk over the body.
//!
//! - `legality.rs`: which loops qualify, and the plan of one (lanes, reductions, tail).
//! - `widen.rs`: the rewrite into main loop, masked tail and lane reductions.

mod legality;
mod widen;

pub use widen::NONTEMPORAL;

use kiln_ir::pass::{Pass, PassContext, PassFailed};
use kiln_ir::{Module, OpId, Order, TypeKind, Value};
use rustc_hash::FxHashSet;

kiln_ir::declare_pass! {
    argument: "vectorize-loops", display: "VectorizeLoops",
    summary: "Widen the innermost loops of convert-tensor-to-loop's code to vectors of the host's width: interleaved main loop, masked last vector, an accumulator per interleaved vector",
    options: VectorizeOptions {
        vector_bits: usize = 0, "vector-bits",
            "Vector register width in bits; 0 takes the host's (512 with AVX-512, 256 with AVX, else 128)";
        interleave: usize = 4, "interleave",
            "Vectors per iteration of the main loop, emitted op by op side by side (and as many accumulators per reduction)";
        interleave_long: usize = 6, "interleave-long",
            "Vectors per iteration for a long body (24 ops or more) without reductions on a target with 32 vector registers (512-bit vectors)";
        nontemporal_bytes: usize = 16 << 20, "nontemporal-bytes",
            "Store whole vectors to a result buffer of an entry function at least this large with non-temporal stores (0: never)";
    },
    create: |o: VectorizeOptions| Box::new(Vectorize { opts: o, widened: 0, skipped: 0 }),
}

struct Vectorize {
    opts: VectorizeOptions,
    widened: u64,
    skipped: u64,
}

/// The host's vector register width in bits: what the code generator targets (it compiles
/// for the host CPU), and what the compile cache keys on (the host's features).
pub fn host_vector_bits() -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx512f") {
            return 512;
        }
        if std::arch::is_x86_feature_detected!("avx") {
            return 256;
        }
    }
    128
}

/// Loops with at most this many arithmetic ops per load or store count as bound by memory.
const MEMORY_BOUND_OPS: usize = 4;

/// The memref arguments of size `min_bytes` or more of the public functions that nothing in
/// the module calls: buffers the runtime passes, which are 64-byte aligned (`Tensor`'s
/// storage), so a vector store at a multiple of the lanes from a row start is aligned.
fn entry_buffers(m: &Module, root: OpId, min_bytes: u64) -> FxHashSet<Value> {
    let called = kiln_ir::symbol::symbol_uses(m, root);
    let mut out = FxHashSet::default();
    for f in kiln_ir::pass::top_level_ops(m, root, &["func.func"]) {
        let entry = kiln_ir::symbol::is_public(m, f)
            && kiln_ir::symbol::symbol_name(m, f).is_some_and(|n| !called.contains(&m.ctx().sym(n)));
        let Some(&r) = m.regions(f).first() else { continue };
        let Some(&b) = m.region_blocks(r).first() else { continue };
        if !entry || m.attr(f, crate::tensor_to_loop::BUFFERIZED).is_none() {
            continue;
        }
        for &a in m.block_args(b) {
            let ctx = m.ctx();
            if let TypeKind::MemRef {
                shape: Some(s), elem, ..
            } = ctx.ty(m.value_type(a))
            {
                let dims: Option<Vec<u64>> = s.iter().map(|d| d.as_const().map(|n| n.max(0) as u64)).collect();
                let bytes = ctx.bit_width(*elem).map(|w| (w as u64).div_ceil(8));
                if let (Some(dims), Some(bytes)) = (dims, bytes) {
                    if dims.iter().product::<u64>().saturating_mul(bytes) >= min_bytes {
                        out.insert(a);
                    }
                }
            }
        }
    }
    out
}

/// The loads and stores, and the other ops (constants aside), of the body of loop `l`.
fn body_ops(m: &Module, l: OpId) -> (usize, usize) {
    let block = m.region_blocks(m.regions(l)[0])[0];
    let (mut memory, mut arith) = (0usize, 0usize);
    for op in m.block_ops(block) {
        match m.op_name(op) {
            "loop.load" | "loop.store" => memory += 1,
            "arith.constant" | "loop.yield" => {}
            _ => arith += 1,
        }
    }
    (memory, arith)
}

/// Bodies of at least this many ops (constants, loads and stores aside) count as long.
const LONG_BODY_OPS: usize = 24;

/// The vectors per main-loop iteration for loop `l`: `interleave-long` for a long body
/// without reductions on a target with 32 vector registers (AVX-512: 512-bit vectors),
/// `interleave` otherwise. A long body (a vector tanh or erf with its neighbours) is one
/// dependence chain of 70 or more cycles per vector, and the core's out-of-order window holds
/// only about one iteration of it, so how many independent vectors an iteration carries sets
/// the speed: K7 GELU on Zen 4 went from 20.2 to 19.3 cycles per 16 elements with 6 instead
/// of 4 (5 and 8 were slower than 6: 8 spills). Loops with reductions keep `interleave` (each
/// vector adds an accumulator per reduction, and K6's softmax was slower with 6), and so do
/// targets with 16 registers, where 6 chains would spill.
fn interleave_for(m: &Module, l: OpId, plan: &legality::Plan, bits: u64, opts: &VectorizeOptions) -> u64 {
    let long = plan.reductions.is_empty() && bits >= 512 && body_ops(m, l).1 >= LONG_BODY_OPS;
    (if long { opts.interleave_long } else { opts.interleave }).max(1) as u64
}

/// The buffers the main loop of `l` may store to with non-temporal stores: results of the
/// entry (large, written once, not read back by this code: caching them would only evict
/// the inputs and add a read of every line written), when every vector store is aligned:
/// the loop starts at 0 and the rows are whole vectors long.
fn nontemporal_stores(m: &Module, l: OpId, plan: &legality::Plan, entry: &FxHashSet<Value>) -> FxHashSet<Value> {
    let mut out = FxHashSet::default();
    if entry.is_empty()
        || kiln_ir::rewrite::constant_value(m, m.operand_value(l, 0)).and_then(|a| m.ctx().attr_int(a)) != Some(0)
    {
        return out;
    }
    let block = m.region_blocks(m.regions(l)[0])[0];
    // Only in loops bound by memory: measured at tier 2, streaming stores took K2 relu(a·b+c)
    // 16M from 10.3 to 8.2 ms (no read of the lines written) but K7 GELU, ~40 ops per
    // element, from 5.7 to 6.3 ms (its stores had been hiding behind the arithmetic).
    let (memory, arith) = body_ops(m, l);
    if arith > MEMORY_BOUND_OPS * memory {
        return out;
    }
    for op in m.block_ops(block) {
        if m.op_name(op) != "loop.store" {
            continue;
        }
        let buf = m.operand_value(op, 1);
        let row = match m.ctx().ty(m.value_type(buf)) {
            TypeKind::MemRef { shape: Some(s), .. } => s.last().and_then(|d| d.as_const()).map(|n| n.max(0) as u64),
            _ => None,
        };
        // Buffers the loop also reads are left alone (they may be in cache for the reads).
        let read = m
            .block_ops(block)
            .any(|o| m.op_name(o) == "loop.load" && m.operand_value(o, 0) == buf);
        if entry.contains(&buf) && !read && row.is_some_and(|n| n % plan.lanes == 0) {
            out.insert(buf);
        }
    }
    out
}

impl Pass for Vectorize {
    kiln_ir::declared_pass_names!(opts);
    fn run(&mut self, m: &mut Module, root: OpId, _cx: &mut PassContext) -> Result<(), PassFailed> {
        let bits = match self.opts.vector_bits {
            0 => host_vector_bits(),
            b => b as u64,
        };
        let loops: Vec<OpId> = m
            .walk(root, Order::Post)
            .into_iter()
            .filter(|&o| m.op_name(o) == "loop.for")
            .collect();
        let entry_buffers = if self.opts.nontemporal_bytes > 0 && cfg!(target_arch = "x86_64") {
            entry_buffers(m, root, self.opts.nontemporal_bytes as u64)
        } else {
            FxHashSet::default()
        };
        for l in loops {
            match legality::analyze(m, l, bits) {
                Ok(plan) => {
                    let unroll = interleave_for(m, l, &plan, bits, &self.opts);
                    let nontemporal = nontemporal_stores(m, l, &plan, &entry_buffers);
                    tracing::debug!(
                        lanes = plan.lanes,
                        reductions = plan.reductions.len(),
                        masked = plan.masked_tail,
                        "vectorized a loop"
                    );
                    if let Some(fallback) = widen::widen(m, l, &plan, unroll, &nontemporal) {
                        // The copy that runs with divisions when an operand is out of the fast
                        // division's range: vectorized too, with divisions.
                        if let Ok(mut plan) = legality::analyze(m, fallback, bits) {
                            plan.fast_divs.clear();
                            let nontemporal = nontemporal_stores(m, fallback, &plan, &entry_buffers);
                            widen::widen(m, fallback, &plan, unroll, &nontemporal);
                        }
                    }
                    self.widened += 1;
                }
                Err(why) => {
                    tracing::debug!(why, "left a loop scalar");
                    self.skipped += 1;
                }
            }
        }
        Ok(())
    }
    fn statistics(&self) -> Vec<kiln_ir::pass::Statistic> {
        vec![
            kiln_ir::pass::Statistic {
                name: "num-vectorized",
                desc: "loops widened to vectors",
                value: self.widened,
            },
            kiln_ir::pass::Statistic {
                name: "num-scalar",
                desc: "loops left scalar",
                value: self.skipped,
            },
        ]
    }
}
