//! Parallel loops for `convert-loop-to-llvm{parallel=true}`: each outermost `loop.for` marked
//! [`PARALLEL`] (independent iterations, from `convert-tensor-to-loop`) moves into a function
//! of its own, `@<f>__par<k>(lo: i64, hi: i64, captures: !llvm.ptr)`, which runs iterations
//! `lo..hi`; the loop becomes a call to the runtime's `kiln_rt_parallel_for`, which runs chunks
//! of the iterations on the thread pool.
//!
//! - **Captures** are the values the loop reads from outside it, passed in an array of 8-byte
//!   slots on the caller's stack: a memref as its descriptor pointer, an `index` as an i64,
//!   any other scalar as itself. Constants are cloned instead, and so is each [`SCRATCH`]
//!   buffer only the loop uses (a fused nest's row buffer): every chunk allocates its own.
//! - **Contiguity** travels with each memref: an argument of a function the runtime calls and
//!   a fresh buffer are row-major, and the outlined function reads their descriptors as such,
//!   so its loops vectorize as the caller's would have.
//! - **Work** per iteration is estimated from the trip counts of the loops inside (those whose
//!   bounds are known outside it) and passed with the iteration count: the runtime keeps small
//!   loops on the calling thread.
//!
//! Loops with results, a start other than 0, a step other than 1, or a capture of another
//! type (a vector) stay sequential.

use crate::runtime_abi;
use crate::tensor_to_loop::{BUFFERIZED, PARALLEL, SCRATCH};
use crate::to_llvm::llvm_ptr;
use kiln_dialects::builders::OpBuilder;
use kiln_ir::module::IrMapping;
use kiln_ir::{Builder, Module, OpId, OperationState, Order, TypeKind, Value};

/// The mark of the cast that gives an outlined function a captured memref: its descriptor is
/// read where the cast is (`convert-loop-to-llvm`).
pub const CAPTURE: &str = "kiln.capture";
/// With [`CAPTURE`]: the memref is row-major and contiguous.
pub const CONTIGUOUS: &str = "kiln.contiguous";

/// How a captured value travels.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Slot {
    /// A memref: its descriptor pointer; whether it is contiguous.
    Memref(bool),
    /// An `index`: as an i64.
    Index,
    /// A scalar of its own type.
    Scalar,
}

/// Outlines the outermost parallel loops of `func`; returns the new functions, which are
/// placed after it. `contiguous_args`: `func`'s memref arguments are row-major and contiguous.
pub fn outline(m: &mut Module, func: OpId, contiguous_args: bool) -> Vec<OpId> {
    let loops: Vec<OpId> = m
        .walk(func, Order::Pre)
        .into_iter()
        .filter(|&o| m.op_name(o) == "loop.for" && m.attr(o, PARALLEL).is_some())
        .collect();
    let mut done: Vec<OpId> = Vec::new();
    for &l in &loops {
        // Outermost only: a marked loop inside one already outlined went with it.
        if done.iter().any(|&d| m.is_alive(d) && m.is_ancestor(d, l)) || !m.is_alive(l) {
            continue;
        }
        if let Some(f) = outline_loop(m, func, l, contiguous_args) {
            done.push(f);
        }
    }
    done
}

fn const_index(m: &Module, v: Value) -> Option<i128> {
    kiln_ir::rewrite::constant_value(m, v).and_then(|a| m.ctx().attr_int(a))
}

/// Whether `v` is defined inside `l` (by an op in it, or as an argument of a block in it).
fn inside(m: &Module, l: OpId, v: Value) -> bool {
    let owner = m
        .value_block(v)
        .and_then(|b| m.block_region(b))
        .and_then(|r| m.region_op(r));
    owner.is_some_and(|o| o == l || m.is_ancestor(l, o))
}

fn slot_of(m: &Module, v: Value, func: OpId, contiguous_args: bool) -> Option<Slot> {
    let ctx = m.ctx();
    match ctx.ty(m.value_type(v)) {
        TypeKind::MemRef { .. } => Some(Slot::Memref(contiguous(m, v, func, contiguous_args))),
        TypeKind::Index => Some(Slot::Index),
        TypeKind::Integer { .. } | TypeKind::Float(_) => Some(Slot::Scalar),
        _ => None,
    }
}

/// Whether memref `v` is row-major and contiguous: an entry argument of a function only the
/// runtime calls, a fresh buffer, or a view of either.
fn contiguous(m: &Module, v: Value, func: OpId, contiguous_args: bool) -> bool {
    match m.defining_op(v) {
        None => {
            let entry = m.region_blocks(m.regions(func)[0])[0];
            contiguous_args && m.block_args(entry).contains(&v)
        }
        Some(d) => match m.op_name(d) {
            "loop.alloc" => true,
            "loop.view" => contiguous(m, m.operand_value(d, 0), func, contiguous_args),
            _ => false,
        },
    }
}

fn outline_loop(m: &mut Module, func: OpId, l: OpId, contiguous_args: bool) -> Option<OpId> {
    let ctx = m.ctx().clone();
    if m.num_results(l) != 0 || m.num_operands(l) != 3 {
        return None;
    }
    let (lb, ub, step) = (m.operand_value(l, 0), m.operand_value(l, 1), m.operand_value(l, 2));
    if const_index(m, lb) != Some(0) || const_index(m, step) != Some(1) {
        return None;
    }
    // What the body reads from outside, in first-use order.
    let mut outside: Vec<Value> = Vec::new();
    for o in m.walk(l, Order::Pre) {
        if o == l {
            continue;
        }
        for v in m.operands(o) {
            if !inside(m, l, v) && !outside.contains(&v) {
                outside.push(v);
            }
        }
    }
    let mut consts: Vec<OpId> = Vec::new();
    let mut scratch: Vec<OpId> = Vec::new();
    let mut captures: Vec<(Value, Slot)> = Vec::new();
    let mut i = 0;
    while i < outside.len() {
        let v = outside[i];
        i += 1;
        let def = m.defining_op(v);
        match def.map(|d| (d, m.op_name(d))) {
            Some((c, "arith.constant" | "llvm.mlir.constant")) => consts.push(c),
            Some((a, "loop.alloc"))
                if m.attr(a, SCRATCH).is_some()
                    && m.uses(v)
                        .all(|u| m.is_ancestor(l, u.op) || m.op_name(u.op) == "loop.dealloc") =>
            {
                scratch.push(a);
                // Its sizes are captured (or cloned) too.
                for s in m.operands(a).collect::<Vec<_>>() {
                    if !outside.contains(&s) {
                        outside.push(s);
                    }
                }
            }
            _ => captures.push((v, slot_of(m, v, func, contiguous_args)?)),
        }
    }
    let name = fresh_name(m, func);
    let loc = m.loc(l);
    let (i64t, ptr, index) = (ctx.i64(), llvm_ptr(&ctx), ctx.index_type());
    let lowered = |m: &Module, v: Value, s: Slot| match s {
        Slot::Memref(_) => ptr,
        Slot::Index => i64t,
        Slot::Scalar => m.value_type(v),
    };

    // The outlined function.
    let (region, entry) = Builder::region_with_block(m, &[i64t, i64t, ptr], loc);
    let mut st = OperationState::new(ctx.sym("func.func"), loc);
    st.props = vec![
        (ctx.sym("sym_name"), ctx.str_attr(&name)),
        (
            ctx.sym("function_type"),
            ctx.type_attr(ctx.function_type(&[i64t, i64t, ptr], &[])),
        ),
        (ctx.sym("sym_visibility"), ctx.str_attr("private")),
    ];
    st.regions.push(region);
    let f = Builder::after(m, func).create(m, st);
    if let Some(a) = m.attr(func, BUFFERIZED) {
        m.set_attr(f, BUFFERIZED, a);
    }
    let args = m.block_args(entry).to_vec();
    let ret = Builder::at_end(entry).create(m, OperationState::new(ctx.sym("func.return"), loc));
    let at = Builder::before(ret);
    let mut map = IrMapping::default();
    for (k, &(v, s)) in captures.iter().enumerate() {
        let t = lowered(m, v, s);
        let mut b = OpBuilder::new(m, at, loc);
        let off = b.llvm_i64(k as i64);
        let p = b.llvm_gep(args[2], off, i64t);
        let x = b.llvm_load(p, t, Some(8));
        let vt = m.value_type(v);
        let y = match s {
            Slot::Scalar => x,
            _ => OpBuilder::new(m, at, loc).cast(x, vt),
        };
        if let (Slot::Memref(contig), Some(c)) = (s, m.defining_op(y)) {
            let unit = ctx.unit_attr();
            m.set_attr(c, CAPTURE, unit);
            if contig {
                m.set_attr(c, CONTIGUOUS, unit);
            }
        }
        map.map(v, y);
    }
    for &c in &consts {
        let n = m.clone_op(c, &mut map);
        m.insert_op_before(ret, n);
        map.map(m.result(c, 0), m.result(n, 0));
    }
    let mut frees = Vec::new();
    for &a in &scratch {
        let n = m.clone_op(a, &mut map);
        m.remove_attr(n, SCRATCH);
        m.insert_op_before(ret, n);
        map.map(m.result(a, 0), m.result(n, 0));
        frees.push(m.result(n, 0));
    }
    let mut b = OpBuilder::new(m, at, loc);
    let lo = b.cast(args[0], index);
    let hi = b.cast(args[1], index);
    let one = b.index(1);
    let body = m.clone_op(l, &mut map);
    m.insert_op_before(ret, body);
    m.set_operand(body, 0, lo);
    m.set_operand(body, 1, hi);
    m.set_operand(body, 2, one);
    for o in m.walk(body, Order::Pre) {
        m.remove_attr(o, PARALLEL);
    }
    for v in frees {
        OpBuilder::new(m, at, loc).dealloc(v);
    }

    // The call in place of the loop: captures into stack slots, then the runtime.
    let fentry = m.region_blocks(m.regions(func)[0])[0];
    let eat = match m.first_op(fentry) {
        Some(o) => Builder::before(o),
        None => Builder::at_end(fentry),
    };
    let mut b = OpBuilder::new(m, eat, loc);
    let count = b.llvm_i64(captures.len().max(1) as i64);
    let slots = b.llvm_alloca(count, i64t, 8, ptr);
    let at = Builder::before(l);
    for (k, &(v, s)) in captures.iter().enumerate() {
        let t = lowered(m, v, s);
        let mut b = OpBuilder::new(m, at, loc);
        let x = match s {
            Slot::Scalar => v,
            _ => b.cast(v, t),
        };
        let off = b.llvm_i64(k as i64);
        let p = b.llvm_gep(slots, off, i64t);
        b.llvm_store(x, p, Some(8));
    }
    let work = work(m, l, l, at, loc);
    let mut b = OpBuilder::new(m, at, loc);
    let fp = b.llvm_addressof(&name, ptr);
    let n = b.cast(ub, i64t);
    runtime_abi::PARALLEL_FOR.declare_llvm(m, func);
    OpBuilder::new(m, at, loc).llvm_call(runtime_abi::PARALLEL_FOR.name, &[fp, slots, n, work], None);
    m.erase_op(l);
    // A scratch buffer the caller no longer uses goes, with its frees.
    for a in scratch {
        let r = m.result(a, 0);
        let users: Vec<OpId> = m.uses(r).map(|u| u.op).collect();
        if users.iter().all(|&u| m.op_name(u) == "loop.dealloc") {
            for u in users {
                m.erase_op(u);
            }
            m.erase_op(a);
        }
    }
    Some(f)
}

/// A name `<func>__par<k>` no symbol of the module has.
fn fresh_name(m: &Module, func: OpId) -> String {
    let base = kiln_ir::symbol::symbol_name(m, func).unwrap_or("f").to_string();
    let taken = |n: &str| {
        m.parent_block(func)
            .is_some_and(|b| m.block_ops(b).any(|o| kiln_ir::symbol::symbol_name(m, o) == Some(n)))
    };
    (0..)
        .map(|k| format!("{base}__par{k}"))
        .find(|n| !taken(n))
        .expect("a free name")
}

/// The estimated elements one iteration of `l` touches, as an i64 built at `at`: the product
/// of the trip counts along each nest inside it, summed over nests, each innermost iteration
/// counting the elements its vector loads and stores cover ([`elements_per_iteration`]). A trip
/// count not known before `top` runs counts as 64.
fn work(m: &mut Module, top: OpId, l: OpId, at: Builder, loc: kiln_ir::Attr) -> Value {
    let i64t = m.ctx().i64();
    let own = elements_per_iteration(m, l);
    let mut total = OpBuilder::new(m, at, loc).llvm_i64(own);
    let blocks: Vec<_> = m
        .regions(l)
        .to_vec()
        .into_iter()
        .flat_map(|r| m.region_blocks(r).to_vec())
        .collect();
    for b in blocks {
        for o in m.block_ops(b).collect::<Vec<_>>() {
            let w = if m.op_name(o) == "loop.for" {
                let (lb, ub) = (m.operand_value(o, 0), m.operand_value(o, 1));
                let trips = if !inside(m, top, ub) && const_index(m, lb) == Some(0) {
                    OpBuilder::new(m, at, loc).cast(ub, i64t)
                } else {
                    OpBuilder::new(m, at, loc).llvm_i64(64)
                };
                let inner = work(m, top, o, at, loc);
                OpBuilder::new(m, at, loc).llvm_mul(trips, inner)
            } else if !m.regions(o).is_empty() {
                work(m, top, o, at, loc)
            } else {
                continue;
            };
            total = OpBuilder::new(m, at, loc).llvm_add(total, w);
        }
    }
    total
}

/// The elements one iteration of `l`'s own body covers: for a loop `vectorize-loops` widened,
/// the lanes of its vector loads and stores of one buffer (an interleaved iteration reads
/// several vectors of each), the most over its buffers; 1 for a scalar body. Without it a
/// widened loop's work was its vector count, 16-64 times below its elements, and a 512x512
/// softmax (25,000 "elements") stayed on one thread.
fn elements_per_iteration(m: &Module, l: OpId) -> i64 {
    let mut per_buffer: Vec<(Value, i64)> = Vec::new();
    for &r in m.regions(l) {
        for &b in m.region_blocks(r) {
            for o in m.block_ops(b) {
                let (buffer, vector) = match m.op_name(o) {
                    "kvector.load" | "kvector.maskedload" => (m.operand_value(o, 0), m.result(o, 0)),
                    "kvector.store" | "kvector.maskedstore" => (m.operand_value(o, 1), m.operand_value(o, 0)),
                    _ => continue,
                };
                let lanes = match m.ctx().ty(m.value_type(vector)) {
                    TypeKind::Vector { shape, .. } => shape.iter().map(|&d| d as i64).product(),
                    _ => 1,
                };
                match per_buffer.iter_mut().find(|(v, _)| *v == buffer) {
                    Some((_, n)) => *n += lanes,
                    None => per_buffer.push((buffer, lanes)),
                }
            }
        }
    }
    per_buffer.iter().map(|&(_, n)| n).max().unwrap_or(1).max(1)
}
