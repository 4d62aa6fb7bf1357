//! Rewrites one loop that [`super::legality`] accepted into vector loops:
//!
//! ```text
//! t = max(hi - lo, 0)
//! for j in 0 .. t / (U*W)      { U vector iterations at lo + (j*U + u)*W, U accumulators }
//! for k in ... .. ceil(t / W)  { one vector iteration under the mask lane < hi - i }   (masked tail)
//! reduce the accumulators' lanes, then combine with the loop's initial value
//! ```
//!
//! With an unmasked tail the original loop stays, starting where the vectors stop and starting
//! from the reduced values. The main loop keeps the `kiln.parallel` mark of the original (it
//! starts at 0 with step 1, which is what the outliner splits into chunks); the tail runs on the
//! calling thread after it.

use super::legality::{Identity, Plan};
use crate::tensor_to_loop::PARALLEL;
use kiln_dialects::builders::OpBuilder;
use kiln_ir::module::IrMapping;
use kiln_ir::{Attr, Builder, Module, OpId, OperationState, Type, TypeKind, Value};
use rustc_hash::{FxHashMap, FxHashSet};

/// One copy of the body being emitted: where, at which index, under which mask.
struct Copy<'p> {
    plan: &'p Plan,
    at: Builder,
    loc: Attr,
    iv: Value,
    mask: Option<Value>,
    /// Original scalar value → its value in this copy (a vector when varying).
    map: IrMapping,
    splats: FxHashMap<Value, Value>,
    /// Buffers whose unmasked stores are non-temporal (see `nontemporal_stores`).
    nontemporal: &'p FxHashSet<Value>,
}

fn vector_of(m: &Module, lanes: u64, t: Type) -> Type {
    m.ctx().vector_type(&[lanes], t)
}

/// The scalar constant `id` of type `t`.
fn identity(b: &mut OpBuilder, t: Type, id: Identity) -> Value {
    let ctx = b.module().ctx().clone();
    let width = match ctx.ty(t) {
        TypeKind::Integer { width, .. } => *width,
        _ => 64,
    };
    match id {
        Identity::Float(x) => b.constant_float(t, x),
        Identity::Int(x) => b.constant_int(t, x),
        Identity::Ones => b.constant_int(t, -1),
        Identity::SignedMin => b.constant(ctx.int_attr(-(1i128 << (width - 1)), t), t),
        Identity::SignedMax => b.constant(ctx.int_attr((1i128 << (width - 1)) - 1, t), t),
    }
}

/// On a `kvector.store`: a non-temporal store, and the address is aligned to the vector's
/// size (the lowering relies on it).
pub const NONTEMPORAL: &str = "kiln.nontemporal";

impl Copy<'_> {
    /// The op just created at this copy's insertion point.
    fn at_prev(&self, m: &Module) -> OpId {
        match self.at.ip {
            kiln_ir::builder::InsertPoint::End(b) => m.last_op(b).expect("an op was created"),
            kiln_ir::builder::InsertPoint::Before(o) => m.prev_op(o).expect("an op was created"),
            kiln_ir::builder::InsertPoint::None => unreachable!("copies build in a block"),
        }
    }

    fn b<'a>(&self, m: &'a mut Module) -> OpBuilder<'a> {
        OpBuilder::new(m, self.at, self.loc)
    }

    /// `v` as a vector: its widened value, or its scalar splatted (once per copy).
    fn vector(&mut self, m: &mut Module, v: Value) -> Value {
        if self.plan.varying.contains(&v) {
            return self.map.lookup(v);
        }
        if let Some(&s) = self.splats.get(&v) {
            return s;
        }
        let t = vector_of(m, self.plan.lanes, m.value_type(v));
        let s = self.map.lookup(v);
        let s = self.b(m).broadcast(s, t);
        self.splats.insert(v, s);
        s
    }

    /// The indices of an access along the loop, at this copy's index.
    fn indices(&self, idx: &[Value]) -> Vec<Value> {
        let mut out: Vec<Value> = idx.iter().map(|&v| self.map.lookup(v)).collect();
        *out.last_mut().expect("an access along the loop") = self.iv;
        out
    }

    /// Emits `op` of the body; `accs` are the reductions' vector accumulators, which a
    /// combining op replaces by their next values.
    fn emit(&mut self, m: &mut Module, op: OpId, accs: &mut [Value]) {
        let lanes = self.plan.lanes;
        {
            let name = m.op_name(op).to_string();
            let operands: Vec<Value> = m.operands(op).collect();
            if let Some(r) = self.plan.reductions.iter().position(|r| r.op == op) {
                let red = self.plan.reductions[r];
                let block = m.parent_block(op).expect("in the loop body");
                let acc = m.block_args(block)[1 + red.arg];
                let acc_pos = operands.iter().position(|&v| v == acc).expect("an accumulator operand");
                let x = operands[1 - acc_pos];
                let mut xv = self.vector(m, x);
                if let Some(mask) = self.mask {
                    // Lanes past the end contribute the identity.
                    let t = m.value_type(x);
                    let id = identity(&mut self.b(m), t, red.combine.identity);
                    let vt = vector_of(m, lanes, t);
                    let id = self.b(m).broadcast(id, vt);
                    xv = self.b(m).select(mask, xv, id);
                }
                let mut ops = [accs[r], xv];
                if acc_pos == 1 {
                    ops.swap(0, 1);
                }
                accs[r] = self.widened(m, op, &ops);
                return;
            }
            match name.as_str() {
                "loop.load" if self.plan.varying.contains(&m.result(op, 0)) => {
                    let idx = self.indices(&operands[1..]);
                    let r = m.result(op, 0);
                    let vt = vector_of(m, lanes, m.value_type(r));
                    let v = match self.mask {
                        Some(mask) => {
                            let t = m.value_type(r);
                            let zero = if m.ctx().ty(t).is_float() {
                                Identity::Float(0.0)
                            } else {
                                Identity::Int(0)
                            };
                            let z = identity(&mut self.b(m), t, zero);
                            let pass = self.b(m).broadcast(z, vt);
                            self.b(m).masked_load(operands[0], &idx, mask, pass)
                        }
                        None => self.b(m).vector_load(operands[0], &idx, vt),
                    };
                    self.map.map(r, v);
                }
                "loop.store" => {
                    let v = self.vector(m, operands[0]);
                    let idx = self.indices(&operands[2..]);
                    match self.mask {
                        Some(mask) => self.b(m).masked_store(v, operands[1], &idx, mask),
                        None => {
                            self.b(m).vector_store(v, operands[1], &idx);
                            if self.nontemporal.contains(&operands[1]) {
                                let st = self.at_prev(m);
                                m.set_attr(st, NONTEMPORAL, m.ctx().unit_attr());
                            }
                        }
                    }
                }
                _ if m.results(op).any(|r| self.plan.varying.contains(&r)) => {
                    let ops: Vec<Value> = operands.iter().map(|&v| self.vector(m, v)).collect();
                    let r = self.widened(m, op, &ops);
                    self.map.map(m.result(op, 0), r);
                }
                _ => {
                    // Uniform: once per vector iteration, as a scalar.
                    let c = m.clone_op(op, &mut self.map);
                    self.at.insert(m, c);
                }
            }
        }
    }

    /// `op` on `operands` (vectors), its result widened.
    fn widened(&mut self, m: &mut Module, op: OpId, operands: &[Value]) -> Value {
        let mut st = OperationState::new(m.op_name_sym(op), self.loc);
        st.operands.extend_from_slice(operands);
        let r = m.result(op, 0);
        st.result_types.push(vector_of(m, self.plan.lanes, m.value_type(r)));
        let new = self.at.create(m, st);
        m.set_props(new, m.props(op));
        m.set_attrs(new, m.attrs(op));
        m.result(new, 0)
    }
}

/// Replaces loop `l` by its vector form; `unroll` vectors per main-loop iteration (each
/// reduction gets that many accumulators, so consecutive adds do not wait on each other, and
/// independent chains of work sit side by side).
pub(super) fn widen(m: &mut Module, l: OpId, plan: &Plan, unroll: u64, nontemporal: &FxHashSet<Value>) {
    let ctx = m.ctx().clone();
    let loc = m.loc(l);
    let at = Builder::before(l);
    let lanes = plan.lanes;
    let block = m.region_blocks(m.regions(l)[0])[0];
    let ops: Vec<OpId> = m.block_ops(block).collect();
    let body = &ops[..ops.len() - 1];
    let (lo, hi) = (m.operand_value(l, 0), m.operand_value(l, 1));
    let inits: Vec<Value> = m.operands(l).skip(3).collect();
    let acc_types: Vec<Type> = plan.reductions.iter().map(|r| m.value_type(inits[r.arg])).collect();

    let constant = |m: &Module, v: Value| kiln_ir::rewrite::constant_value(m, v).and_then(|a| m.ctx().attr_int(a));
    let static_trips = constant(m, lo).zip(constant(m, hi)).map(|(l, h)| (h - l).max(0) as u64);
    // A static trip count: no more vectors per main-loop iteration than it has whole vectors,
    // and no main loop without one (nothing downstream removes a dead loop at tier 1, and its
    // code generation cost 15 ms on a 4x40 softmax).
    let unroll = static_trips.map_or(unroll, |n| unroll.min((n / lanes).max(1)));
    let emit_main = static_trips.is_none_or(|n| n >= lanes * unroll);

    let mut b = OpBuilder::new(m, at, loc);
    let zero = b.index(0);
    let one = b.index(1);
    let w = b.index(lanes as i64);
    let uw = b.index((lanes * unroll) as i64);
    let span = b.subi(hi, lo);
    let t = b.maxsi(span, zero);
    let main_trips = if emit_main { b.divui(t, uw) } else { zero };
    let mut start_accs = Vec::new();
    for (r, &ty) in plan.reductions.iter().zip(&acc_types) {
        let id = identity(&mut b, ty, r.combine.identity);
        let vt = ctx.vector_type(&[lanes], ty);
        let v = b.broadcast(id, vt);
        start_accs.extend(std::iter::repeat_n(v, unroll as usize));
    }

    // The main loop: `unroll` unmasked vectors per iteration.
    let results = if emit_main {
        main_loop(m, l, plan, body, unroll, (lo, main_trips), &start_accs, nontemporal)
    } else {
        start_accs.clone()
    };
    // One accumulator per reduction: the unrolled ones combined pairwise.
    let mut accs: Vec<Value> = Vec::new();
    for (k, r) in plan.reductions.iter().enumerate() {
        let mut parts: Vec<Value> = results[k * unroll as usize..(k + 1) * unroll as usize].to_vec();
        while parts.len() > 1 {
            let mut merged = Vec::new();
            for pair in parts.chunks(2) {
                merged.push(match pair {
                    [a, c] => {
                        let mut st = OperationState::new(m.op_name_sym(r.op), loc);
                        st.operands.extend([*a, *c]);
                        st.result_types.push(m.value_type(*a));
                        let o = at.create(m, st);
                        m.set_props(o, m.props(r.op));
                        m.set_attrs(o, m.attrs(r.op));
                        m.result(o, 0)
                    }
                    [a] => *a,
                    _ => unreachable!("chunks of two"),
                });
            }
            parts = merged;
        }
        accs.push(parts[0]);
    }
    let mut b = OpBuilder::new(m, at, loc);
    let u = b.index(unroll as i64);
    let done_vectors = b.muli(main_trips, u);
    if static_trips.is_some_and(|n| n % (lanes * unroll) == 0) {
        // No tail (static trip count, a multiple of the main loop's step): none is emitted,
        // which spares LLVM a copy of the body to remove.
        replace_loop(m, l, plan, &accs, &inits);
    } else if plan.masked_tail {
        // The rest, one (possibly partial) vector at a time.
        let w1 = b.index(lanes as i64 - 1);
        let up = b.addi(t, w1);
        let all_vectors = b.divui(up, w);
        let (k, kaccs, tail_at, tail_results) = b.for_loop_iter(done_vectors, all_vectors, one, &accs);
        let mut tb = OpBuilder::new(m, tail_at, loc);
        let off = tb.muli(k, w);
        let iv = tb.addi(lo, off);
        let left = tb.subi(hi, iv);
        let mask = tb.create_mask(left, lanes);
        let mut copy = Copy {
            plan,
            at: tail_at,
            loc,
            iv,
            mask: Some(mask),
            map: IrMapping::default(),
            splats: FxHashMap::default(),
            nontemporal,
        };
        let mut next = kaccs.clone();
        for &op in body {
            copy.emit(m, op, &mut next);
        }
        OpBuilder::new(m, tail_at, loc).yield_values(&next);
        replace_loop(m, l, plan, &tail_results, &inits);
    } else {
        // The original loop finishes the last partial vector, starting from the reduced values.
        let done = b.muli(done_vectors, w);
        let new_lo = b.addi(lo, done);
        for (r, red) in plan.reductions.iter().enumerate() {
            let v = reduce(&mut b, red, accs[r], inits[red.arg]);
            b.module().set_operand(l, 3 + red.arg, v);
        }
        m.set_operand(l, 0, new_lo);
        m.remove_attr(l, PARALLEL);
    }
}

/// Emits the main loop before `l`: `trips` iterations of `unroll` unmasked vectors from `lo`,
/// starting from the accumulators `start` (`unroll` per reduction); returns its results.
#[allow(clippy::too_many_arguments)]
fn main_loop(
    m: &mut Module,
    l: OpId,
    plan: &Plan,
    body: &[OpId],
    unroll: u64,
    (lo, trips): (Value, Value),
    start: &[Value],
    nontemporal: &FxHashSet<Value>,
) -> Vec<Value> {
    let ctx = m.ctx().clone();
    let loc = m.loc(l);
    let lanes = plan.lanes;
    let mut b = OpBuilder::new(m, Builder::before(l), loc);
    let zero = b.index(0);
    let one = b.index(1);
    let uw = b.index((lanes * unroll) as i64);
    let (j, accs, body_at, results) = b.for_loop_iter(zero, trips, one, start);
    if m.attr(l, PARALLEL).is_some() && plan.reductions.is_empty() {
        let main = m
            .value_block(j)
            .and_then(|bl| m.block_region(bl))
            .and_then(|r| m.region_op(r));
        if let Some(main) = main {
            m.set_attr(main, PARALLEL, ctx.unit_attr());
        }
    }
    let mut next = accs.clone();
    {
        let mut bb = OpBuilder::new(m, body_at, loc);
        let first = bb.muli(j, uw);
        let base = bb.addi(lo, first);
        let mut copies: Vec<Copy> = (0..unroll)
            .map(|u| {
                let mut bb = OpBuilder::new(m, body_at, loc);
                let off = bb.index((u * lanes) as i64);
                let iv = bb.addi(base, off);
                Copy {
                    plan,
                    at: body_at,
                    loc,
                    iv,
                    mask: None,
                    map: IrMapping::default(),
                    splats: FxHashMap::default(),
                    nontemporal,
                }
            })
            .collect();
        // Op by op across the copies (as LLVM interleaves), so that independent work sits
        // side by side for the scheduler.
        let n = plan.reductions.len();
        let mut mine: Vec<Vec<Value>> = (0..unroll as usize)
            .map(|u| (0..n).map(|r| next[r * unroll as usize + u]).collect())
            .collect();
        for &op in body {
            for (copy, accs) in copies.iter_mut().zip(mine.iter_mut()) {
                copy.emit(m, op, accs);
            }
        }
        for (u, accs) in mine.into_iter().enumerate() {
            for (r, v) in accs.into_iter().enumerate() {
                next[r * unroll as usize + u] = v;
            }
        }
        OpBuilder::new(m, body_at, loc).yield_values(&next);
    }
    results
}

/// Replaces the original loop `l` by the lane reductions of the final accumulators `accs`.
fn replace_loop(m: &mut Module, l: OpId, plan: &Plan, accs: &[Value], inits: &[Value]) {
    let mut b = OpBuilder::new(m, Builder::before(l), m.loc(l));
    for (r, red) in plan.reductions.iter().enumerate() {
        let v = reduce(&mut b, red, accs[r], inits[red.arg]);
        let old = b.module().result(l, red.arg);
        b.module().replace_all_uses(old, v);
    }
    m.erase_op(l);
}

/// The lanes of `acc` folded with the loop's initial value `init`; reassociable like the
/// combining op (so LLVM folds the lanes as a tree).
fn reduce(b: &mut OpBuilder, red: &super::legality::Reduction, acc: Value, init: Value) -> Value {
    let v = b.reduction(red.combine.kind, acc, Some(init));
    let m = b.module();
    if let (Some(fm), Some(op)) = (m.attr(red.op, "fastmath"), m.defining_op(v)) {
        m.set_attr(op, "fastmath", fm);
    }
    v
}
