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
//! - `legality.rs`: which loops qualify and the [`legality::Plan`] of one.
//! - `widen.rs`: the rewrite into main loop, masked tail and lane reductions.

mod legality;
mod widen;

use kiln_ir::pass::{Pass, PassContext, PassFailed};
use kiln_ir::{Module, OpId, Order};

kiln_ir::declare_pass! {
    argument: "vectorize-loops", display: "VectorizeLoops",
    summary: "Widen the innermost loops of convert-tensor-to-loop's code to vectors of the host's width: interleaved main loop, masked last vector, an accumulator per interleaved vector",
    options: VectorizeOptions {
        vector_bits: usize = 0, "vector-bits",
            "Vector register width in bits; 0 takes the host's (512 with AVX-512, 256 with AVX, else 128)";
        interleave: usize = 4, "interleave",
            "Vectors per iteration of the main loop, emitted op by op side by side (and as many accumulators per reduction)";
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

impl Pass for Vectorize {
    kiln_ir::declared_pass_names!();
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
        for l in loops {
            match legality::analyze(m, l, bits) {
                Ok(plan) => {
                    let unroll = self.opts.interleave.max(1) as u64;
                    tracing::debug!(
                        lanes = plan.lanes,
                        reductions = plan.reductions.len(),
                        masked = plan.masked_tail,
                        "vectorized a loop"
                    );
                    widen::widen(m, l, &plan, unroll);
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
