//! A `ktensor.fused` body as one loop nest, following its plan (`fusion/plan.rs`): an outer nest
//! over the dimensions its reductions keep; in it, one inner nest per reduction accumulating
//! in registers (`loop.for` iter_args), then one inner nest computing the result. Every other
//! value is computed where it is read, from the inputs' buffers: no intermediate buffer.
//! Values an inner loop does not vary are left for LLVM's LICM to hoist.

use super::*;
use crate::fusion::plan::{self, Role};
use rustc_hash::FxHashSet;

/// What evaluating the body's values needs.
struct Fused {
    /// The body's ops.
    inside: FxHashSet<OpId>,
    /// The reductions' results in the current outer iteration.
    reduced: FxHashMap<Value, Value>,
    /// Values already computed in the current innermost scope, by index.
    memo: FxHashMap<(Value, Vec<Value>), Value>,
    zero: Value,
    /// Expensive values more than one pass reads: a row buffer each, written by the first pass
    /// that computes them (index `pass`) and read by the later ones.
    rows: FxHashMap<Value, (Value, usize)>,
    /// The current pass (reductions in order, then the result) and its index.
    pass: usize,
    full_idx: Vec<Value>,
    outer: usize,
}

/// Per element work above which a value shared by passes is kept in a row buffer rather than
/// computed again (a transcendental function; loads and arithmetic are cheaper to redo).
const ROW_CACHE_FLOPS: u64 = 10;

/// The body values each pass reads (pass k < reductions: reduction k's operand; the last: the
/// result), through elementwise ops and broadcasts, stopping at reductions.
fn pass_values(m: &Module, inside: &FxHashSet<OpId>, roots: &[Value]) -> Vec<FxHashSet<Value>> {
    roots
        .iter()
        .map(|&r| {
            let mut seen = FxHashSet::default();
            let mut stack = vec![r];
            while let Some(v) = stack.pop() {
                if !seen.insert(v) {
                    continue;
                }
                if let Some(op) = m.defining_op(v).filter(|o| inside.contains(o)) {
                    if plan::role(m, op) != Some(Role::Reduce) {
                        stack.extend(m.operands(op));
                    }
                }
            }
            seen
        })
        .collect()
}

impl Lower<'_> {
    /// The buffer of an operand of `op` (a fused body without reductions) its result may
    /// overwrite: a temporary of this block that no other value uses (`op` is its last
    /// reader and no view shares it), of the result's shape and element type, read in the
    /// body only by elementwise ops, so each element is read, then written, by the same
    /// iteration. The bias and ReLU after a matrix product then run in the product's buffer:
    /// one intermediate less, written and read while it is still in cache.
    fn in_place_operand(&self, op: OpId, args: &[Value], operands: &[Value]) -> Option<Value> {
        let m = &*self.m;
        let r = m.result(op, 0);
        if self.dest.contains_key(&r) {
            return None;
        }
        let rt = m.value_type(r);
        args.iter().zip(operands).find_map(|(&a, &v)| {
            let b = *self.bufs.get(&v)?;
            // The cheap checks first; the scan for views sharing the buffer last.
            let candidate = m.value_type(v) == rt
                && m.uses(v).count() == 1
                && self.temps.contains(&b)
                && m.uses(a).all(|u| is_elementwise(m, u.op));
            let shared = || self.bufs.iter().any(|(&k, &x)| x == b && k != v && !args.contains(&k));
            (candidate && !shared()).then_some(b)
        })
    }

    /// Lowers `op`, a `ktensor.fused`, as one loop nest; `Ok(false)` when its body has no plan
    /// (the caller then lowers the body op by op).
    pub(super) fn fused_nest(&mut self, op: OpId, operands: &[Value]) -> R<bool> {
        let ctx = self.m.ctx().clone();
        let blk = self.m.region_blocks(self.m.regions(op)[0])[0];
        let body: Vec<OpId> = self.m.block_ops(blk).collect();
        let Some((&term, ops)) = body.split_last() else {
            return Ok(false);
        };
        if self.m.num_operands(term) != 1 || self.m.num_results(op) != 1 {
            return Ok(false);
        }
        let out = self.m.operand_value(term, 0);
        let Ok(plan) = plan::plan(self.m, ops, &[out]) else {
            return Ok(false);
        };
        let at = Builder::before(op);
        let args = self.m.block_args(blk).to_vec();
        for (&a, &v) in args.iter().zip(operands) {
            let b = self.buf(op, v)?;
            self.bufs.insert(a, b);
        }
        // The extents of the space: from an input of its shape where one has it.
        let same = |a: &[Dim], b: &[Dim]| {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|(x, y)| kiln_ir::dim::equal(&ctx, x, y) == Some(true))
        };
        let like = args
            .iter()
            .find(|&&a| same(&plan::dims(self.m, a), &plan.full))
            .map(|&a| self.bufs[&a]);
        let mut full_sizes = Vec::with_capacity(plan.full.len());
        for (k, d) in plan.full.clone().iter().enumerate() {
            full_sizes.push(self.extent(&at, op, d, like.map(|b| (b, k)))?);
        }
        let r = self.m.result(op, 0);
        let out_full = plan::dims(self.m, out).len() == plan.full.len();
        let in_place = (plan.reductions.is_empty() && out_full)
            .then(|| self.in_place_operand(op, &args, operands))
            .flatten();
        let dest = if let Some(b) = in_place {
            self.bufs.insert(r, b);
            b
        } else if out_full {
            self.result_buffer_sized(op, r, full_sizes.clone()).0
        } else {
            self.result_buffer_sized(op, r, full_sizes[..plan.outer].to_vec()).0
        };
        // Row buffers for the expensive values several passes read (softmax's exp).
        let inside: FxHashSet<OpId> = ops.iter().copied().collect();
        let roots: Vec<Value> = plan
            .reductions
            .iter()
            .map(|&r| self.m.operand_value(r, 0))
            .chain([out])
            .collect();
        let reads = pass_values(self.m, &inside, &roots);
        let mut rows = FxHashMap::default();
        if !plan.reductions.is_empty() {
            for &o in ops {
                let v = self.m.result(o, 0);
                let passes: Vec<usize> = (0..reads.len()).filter(|&p| reads[p].contains(&v)).collect();
                let full = same(&plan::dims(self.m, v), &plan.full);
                if passes.len() > 1 && full && crate::fusion::cost::flops_per_element(self.m, o) >= ROW_CACHE_FLOPS {
                    let inner = plan.full[plan.outer..].to_vec();
                    let mt = ctx.memref_type(inner.clone(), elem_or_self(&ctx, self.m.value_type(v)));
                    let dynamic: Vec<Value> = inner
                        .iter()
                        .zip(&full_sizes[plan.outer..])
                        .filter(|(d, _)| !matches!(d, Dim::Const(_)))
                        .map(|(_, &s)| s)
                        .collect();
                    let b = self.b(&at).alloc(mt, &dynamic);
                    // One row per outer iteration: each thread of a parallel nest its own.
                    if let Some(a) = self.m.defining_op(b) {
                        let unit = ctx.unit_attr();
                        self.m.set_attr(a, super::SCRATCH, unit);
                    }
                    self.temps.push(b);
                    rows.insert(v, (b, passes[0]));
                }
            }
        }
        // The outer rows are independent (reductions stay inside a row), and so is every
        // element when there is no reduction.
        let (outer_ivs, oat) = self.nest_parallel(&at, &full_sizes[..plan.outer]);
        let zero = self.index_const(&oat, 0);
        let mut cx = Fused {
            inside,
            reduced: FxHashMap::default(),
            memo: FxHashMap::default(),
            zero,
            rows,
            pass: 0,
            full_idx: Vec::new(),
            outer: plan.outer,
        };
        for (k, &red) in plan.reductions.iter().enumerate() {
            cx.pass = k;
            let v = self.fused_reduction(&mut cx, red, &outer_ivs, &full_sizes[plan.outer..], &oat)?;
            cx.reduced.insert(self.m.result(red, 0), v);
        }
        cx.memo.clear();
        cx.pass = plan.reductions.len();
        if out_full {
            let (inner_ivs, iat) = if plan.outer == 0 && plan.reductions.is_empty() {
                self.nest_parallel(&oat, &full_sizes[plan.outer..])
            } else {
                self.nest(&oat, &full_sizes[plan.outer..])
            };
            let idx: Vec<Value> = outer_ivs.iter().chain(&inner_ivs).copied().collect();
            cx.full_idx = idx.clone();
            let v = self.fused_eval(&mut cx, out, &idx, &iat)?;
            self.store(&iat, v, dest, &idx);
        } else {
            let v = self.fused_eval(&mut cx, out, &outer_ivs, &oat)?;
            self.store(&oat, v, dest, &outer_ivs);
        }
        // The body's ops are now dead; they go with the fused op.
        Ok(true)
    }

    /// Reduction `red` of the current outer row: nested loops carrying the accumulator.
    fn fused_reduction(
        &mut self,
        cx: &mut Fused,
        red: OpId,
        outer_ivs: &[Value],
        inner_sizes: &[Value],
        at: &Builder,
    ) -> R<Value> {
        let ctx = self.m.ctx().clone();
        let kind = self
            .m
            .attr(red, "kind")
            .and_then(|a| ctx.attr_str(a))
            .unwrap_or("sum")
            .to_string();
        let elem = elem_or_self(&ctx, self.m.value_type(self.m.result(red, 0)));
        let init = self.reduction_identity(at, &kind, elem);
        // Nested loops over the reduced dimensions, each carrying the accumulator: (body end,
        // accumulator inside, loop result) per level.
        let zero = self.index_const(at, 0);
        let one = self.index_const(at, 1);
        let mut ivs = outer_ivs.to_vec();
        let mut levels: Vec<(Builder, Value, Value)> = Vec::new();
        let (mut acc, mut cur) = (init, *at);
        for &n in inner_sizes {
            let (iv, iters, body, results) = self.b(&cur).for_loop_iter(zero, n, one, &[acc]);
            levels.push((body, iters[0], results[0]));
            ivs.push(iv);
            (acc, cur) = (iters[0], body);
        }
        cx.memo.clear();
        cx.full_idx = ivs.clone();
        let x = self.fused_eval(cx, self.m.operand_value(red, 0), &ivs, &cur)?;
        let comb = super::compute::reduction_combiner(&ctx, &kind, elem)
            .ok_or_else(|| Diagnostic::error(self.m.loc(red), format!("reduction '{kind}' has no loop lowering")))?;
        let next = self.b(&cur).one(comb, &[acc, x], vec![], elem);
        // The accumulation may be reassociated (summed in lanes, in any order): a reduction is
        // exact only up to rounding at every tier, as in XLA.
        if let Some(d) = self.m.defining_op(next) {
            let fm = kiln_dialects::arith::fastmath_attr(&ctx, "reassoc");
            self.m.set_attr(d, "fastmath", fm);
        }
        // The innermost loop yields the next accumulator; each enclosing one the result of the
        // loop nested in it.
        let mut carried = next;
        for (body, _, result) in levels.iter().rev() {
            self.b(body).yield_values(&[carried]);
            carried = *result;
        }
        let mut v = levels.first().map_or(init, |l| l.2);
        if kind == "mean" {
            let mut count = self.index_const(at, 1);
            for &n in inner_sizes {
                count = self.b(at).muli(count, n);
            }
            let c = self.b(at).index_cast(count, ctx.i64());
            let c = self.b(at).sitofp(c, elem);
            v = self.b(at).divf(v, c);
        }
        Ok(v)
    }

    /// The scalar of body value `v` at index `idx`, computed at `at`.
    fn fused_eval(&mut self, cx: &mut Fused, v: Value, idx: &[Value], at: &Builder) -> R<Value> {
        if let Some(&r) = cx.reduced.get(&v) {
            return Ok(r);
        }
        let key = (v, idx.to_vec());
        if let Some(&s) = cx.memo.get(&key) {
            return Ok(s);
        }
        let ctx = self.m.ctx().clone();
        // A row-buffered value at this pass's own index: stored by its first pass, loaded by
        // the later ones.
        let row = cx.rows.get(&v).copied().filter(|_| idx == cx.full_idx.as_slice());
        if let Some((b, first)) = row {
            if cx.pass > first {
                let s = self.load(at, b, &idx[cx.outer..]);
                cx.memo.insert(key, s);
                return Ok(s);
            }
        }
        let Some(op) = self.m.defining_op(v).filter(|o| cx.inside.contains(o)) else {
            // An input: read from its buffer.
            let b = self
                .bufs
                .get(&v)
                .copied()
                .ok_or_else(|| Diagnostic::error(self.loc, "a fused input without a buffer"))?;
            let s = self.load(at, b, idx);
            cx.memo.insert(key, s);
            return Ok(s);
        };
        let s = match plan::role(self.m, op) {
            Some(Role::Splat) => {
                let a = self.m.attr(op, "value").expect("verified constant");
                let elem = elem_or_self(&ctx, self.m.value_type(v));
                let AttrKind::Dense { data, .. } = ctx.attr(a).clone() else {
                    return Err(Diagnostic::error(self.m.loc(op), "expects a dense constant"));
                };
                let c = dense_elements(&ctx, elem, &data)[0];
                self.b(at).constant(c, elem)
            }
            Some(Role::Elementwise) => {
                let name = self.m.op_name(op).to_string();
                let mut vals = Vec::new();
                for x in self.m.operands(op).collect::<Vec<_>>() {
                    let i = if plan::dims(self.m, x).is_empty() { &[][..] } else { idx };
                    vals.push(self.fused_eval(cx, x, i, at)?);
                }
                let out_elem = elem_or_self(&ctx, self.m.value_type(v));
                self.scalar_elementwise(at, op, &name, &vals, out_elem)?
            }
            Some(Role::Broadcast) => {
                let src = self.m.operand_value(op, 0);
                let (sd, rd) = (plan::dims(self.m, src), plan::dims(self.m, v));
                let map = plan::broadcast_map(self.m, op);
                let mut si = Vec::with_capacity(sd.len());
                for (j, &k) in map.iter().enumerate() {
                    si.push(match (&sd[j], kiln_ir::dim::equal(&ctx, &sd[j], &rd[k])) {
                        (_, Some(true)) => idx[k],
                        (Dim::Const(1), _) => cx.zero,
                        _ => {
                            // An input whose extent may be 1 at run time (the plan allows
                            // nothing else here).
                            let b = self.bufs.get(&src).copied().ok_or_else(|| {
                                Diagnostic::error(
                                    self.m.loc(op),
                                    "a broadcast of a computed value with an unknown extent",
                                )
                            })?;
                            let n = self.dim_of(at, b, j);
                            let one = self.index_const(at, 1);
                            let unit = self.b(at).cmpi(CmpI::Eq, n, one);
                            self.b(at).select(unit, cx.zero, idx[k])
                        }
                    });
                }
                self.fused_eval(cx, src, &si, at)?
            }
            _ => {
                return Err(Diagnostic::error(
                    self.m.loc(op),
                    "a reduction read at other than its row (the fusion plan forbids it)",
                ))
            }
        };
        if let Some((b, first)) = row {
            if cx.pass == first {
                self.store(at, s, b, &idx[cx.outer..]);
            }
        }
        cx.memo.insert(key, s);
        Ok(s)
    }
}
