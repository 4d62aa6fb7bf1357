//! `name-dims`: gives the dynamic (`?`) dimensions of imported programs the names of JAX's
//! dimension variables, so `tensor<?x512xf32>` becomes `tensor<bx512xf32>` and one compiled
//! version serves every batch size.
//!
//! JAX's shape-polymorphic exports pass each dimension variable to `@_wrapped_jax_export_main`
//! as a scalar parameter marked `jax.global_constant = "b"`, computed in `@main` by
//! `get_dimension_size` (now `ktensor.dim`) of an argument. That names the argument's dimension.
//! The names then flow:
//! - into private callees, from the argument types at their call sites;
//! - through every op's shape function;
//! - through run-time shape operands (`broadcast_in_dim` to a shape built from dimension
//!   values);
//! - back out through returned types, function signatures and call results;
//! - into regions: a `ktensor.while`'s carried values (block arguments and results) take the
//!   names of their initial values, a `ktensor.if`'s results the names both branches yield.
//!
//! Anything it cannot name stays `?`: the pass only refines. Where a refined value meets a
//! type that stayed `?` (a branch that yields a named value beside one that does not, a call
//! into a function whose call sites disagree), a `ktensor.cast` to the expected type keeps the
//! IR valid; where a loop body yields a value whose carried type was named from the initial
//! value, a `ktensor.assert_dim_eq` against the initial value checks the name at run time.

use kiln_ir::pass::{Pass, PassContext, PassFailed, Statistic};
use kiln_ir::{dim, Attr, AttrKind, Dim, Module, OpId, Order, Type, TypeKind, Value, ValueDef};
use rustc_hash::FxHashSet;

kiln_ir::declare_pass! {
    argument: "name-dims", display: "NameDims",
    summary: "Name dynamic dimensions after JAX's dimension variables and propagate them",
    options: NameDimsOptions {},
    create: |_: NameDimsOptions| Box::new(NameDims { named: 0 }),
}

struct NameDims {
    named: u64,
}

impl Pass for NameDims {
    kiln_ir::declared_pass_names!();
    fn run(&mut self, m: &mut Module, root: OpId, _cx: &mut PassContext) -> Result<(), PassFailed> {
        let funcs: Vec<OpId> = m
            .walk(root, Order::Pre)
            .into_iter()
            .filter(|&o| {
                m.op_def(o).is_some_and(|d| d.interfaces.callable) && !m.region_blocks(m.regions(o)[0]).is_empty()
            })
            .collect();
        // A loop whose body changes a carried value's shape (valid with `?` types, never in
        // JAX's programs) must keep that dimension `?`: such dimensions are pinned, and the
        // naming starts again from the input's types.
        let original = snapshot(m, root, &funcs);
        let mut pinned = FxHashSet::default();
        loop {
            self.named = 0;
            for &f in &funcs {
                self.named += name_from_global_constants(m, f);
            }
            for &f in &funcs {
                self.named += name_from_assertions(m, f);
            }
            // Every change turns a `?` into a name, so this reaches a fixed point (nested
            // regions and calls can take many rounds); the cap only guards against a bug.
            for _ in 0..10_000 {
                let mut changed = false;
                for &f in &funcs {
                    changed |= refine_params_from_calls(m, f);
                    changed |= refine_regions(m, f, &pinned);
                    changed |= refine_body(m, f);
                    changed |= refine_results(m, f);
                }
                if !changed {
                    break;
                }
            }
            let reshaping = reshaping_loops(m, &funcs);
            if reshaping.is_empty() || reshaping.is_subset(&pinned) {
                break;
            }
            pinned.extend(reshaping);
            restore(m, &original);
        }
        for &f in &funcs {
            repair_region_and_call_types(m, f);
        }
        Ok(())
    }
    fn statistics(&self) -> Vec<Statistic> {
        vec![Statistic {
            name: "num-named",
            desc: "Number of dimensions named after dimension variables",
            value: self.named,
        }]
    }
}

fn entry_args(m: &Module, f: OpId) -> Vec<Value> {
    m.region_blocks(m.regions(f)[0])
        .first()
        .map(|&b| m.block_args(b).to_vec())
        .unwrap_or_default()
}

/// The `jax.global_constant` name on parameter `i` of function `f`: the parameter holds that
/// dimension variable's value (lowerings and exports bind the symbol to it).
pub fn global_constant(m: &Module, f: OpId, i: usize) -> Option<String> {
    let ctx = m.ctx();
    let AttrKind::Array(items) = ctx.attr(m.attr(f, "arg_attrs")?) else {
        return None;
    };
    let d = *items.get(i)?;
    ctx.dict_get(d, "jax.global_constant")
        .and_then(|a| ctx.attr_str(a))
        .map(str::to_string)
}

fn set_dim(m: &mut Module, v: Value, d: usize, to: Dim) -> bool {
    let ctx = m.ctx().clone();
    let t = m.value_type(v);
    let TypeKind::Tensor {
        shape: Some(s), elem, ..
    } = ctx.ty(t).clone()
    else {
        return false;
    };
    if !matches!(s.get(d), Some(Dim::Dynamic)) {
        return false;
    }
    let mut s = s.to_vec();
    s[d] = to;
    m.set_value_type(v, ctx.tensor_type(s, elem));
    true
}

/// Rewrites `f`'s `function_type` from its entry block arguments and the given result types.
fn sync_signature(m: &mut Module, f: OpId, results: Option<Vec<Type>>) {
    let ctx = m.ctx().clone();
    let ins: Vec<Type> = entry_args(m, f).iter().map(|&a| m.value_type(a)).collect();
    let outs = results.unwrap_or_else(|| kiln_dialects::func::signature(m, f).map(|s| s.1).unwrap_or_default());
    m.set_attr(f, "function_type", ctx.type_attr(ctx.function_type(&ins, &outs)));
}

fn name_from_global_constants(m: &mut Module, f: OpId) -> u64 {
    let ctx = m.ctx().clone();
    let mut named = 0;
    let calls: Vec<OpId> = m
        .walk(f, Order::Pre)
        .into_iter()
        .filter(|&o| m.op_name(o) == "func.call")
        .collect();
    let args = entry_args(m, f);
    for call in calls {
        let Some(callee) = call_target(m, call) else { continue };
        for i in 0..m.num_operands(call) {
            let Some(name) = global_constant(m, callee, i) else {
                continue;
            };
            let v = m.operand_value(call, i);
            let Some(def) = m.defining_op(v).filter(|&d| m.op_name(d) == "ktensor.dim") else {
                continue;
            };
            let src = m.operand_value(def, 0);
            let Some(d) = m.attr(def, "index").and_then(|a| ctx.attr_int(a)) else {
                continue;
            };
            if args.contains(&src) && set_dim(m, src, d as usize, Dim::Sym(ctx.sym(&name))) {
                named += 1;
            }
        }
    }
    if named > 0 {
        sync_signature(m, f, None);
    }
    named
}

/// JAX's shape assertions `dim(%argK, d) == b` (a `ktensor.assert` of a `ktensor.cmp eq`) say
/// that another argument's dimension is `b` too: it takes the name. The engine checks at
/// every call that arguments sharing a name agree, so the assertion is still enforced.
fn name_from_assertions(m: &mut Module, f: OpId) -> u64 {
    let args = entry_args(m, f);
    let mut named = 0;
    for op in m.walk(f, Order::Pre) {
        if m.op_name(op) != "ktensor.assert" || m.num_operands(op) == 0 {
            continue;
        }
        let Some(cmp) = m.defining_op(m.operand_value(op, 0)) else {
            continue;
        };
        let eq = m.attr(cmp, "predicate").and_then(|a| m.ctx().attr_str(a)) == Some("eq");
        if m.op_name(cmp) != "ktensor.cmp" || !eq {
            continue;
        }
        let (x, y) = (m.operand_value(cmp, 0), m.operand_value(cmp, 1));
        for (a, b) in [(x, y), (y, x)] {
            let Some(Dim::Sym(s)) = scalar_dim(m, b, 0) else {
                continue;
            };
            let Some(def) = m.defining_op(a).filter(|&d| m.op_name(d) == "ktensor.dim") else {
                continue;
            };
            let src = m.operand_value(def, 0);
            let Some(d) = m.attr(def, "index").and_then(|i| m.ctx().attr_int(i)) else {
                continue;
            };
            if args.contains(&src) && set_dim(m, src, d as usize, Dim::Sym(s)) {
                named += 1;
            }
        }
    }
    if named > 0 {
        sync_signature(m, f, None);
    }
    named
}

fn call_target(m: &Module, call: OpId) -> Option<OpId> {
    match m.ctx().attr(m.attr(call, "callee")?) {
        AttrKind::SymbolRef { root, .. } => kiln_ir::symbol::lookup_nearest(m, call, m.ctx().str(*root)),
        _ => None,
    }
}

/// A tensor type built dimension by dimension from two ranked tensor types of the same rank
/// and element type (`None` otherwise).
fn zip_dims(m: &Module, a: Type, b: Type, f: impl Fn(&Dim, &Dim) -> Dim) -> Option<Type> {
    let ctx = m.ctx();
    match (ctx.ty(a), ctx.ty(b)) {
        (
            TypeKind::Tensor {
                shape: Some(x),
                elem: ex,
                ..
            },
            TypeKind::Tensor {
                shape: Some(y),
                elem: ey,
                ..
            },
        ) if ex == ey && x.len() == y.len() => {
            Some(ctx.tensor_type(x.iter().zip(y.iter()).map(|(p, q)| f(p, q)).collect(), *ex))
        }
        _ => None,
    }
}

/// Dims of `from` fill the `?` dims of `into` when ranks and element types agree; `None`
/// when nothing changes.
fn merge(m: &Module, into: Type, from: Type) -> Option<Type> {
    let t = zip_dims(m, into, from, |x, y| {
        if matches!(x, Dim::Dynamic) {
            y.clone()
        } else {
            x.clone()
        }
    })?;
    (t != into).then_some(t)
}

/// Private functions take the types their (agreeing) call sites pass.
fn refine_params_from_calls(m: &mut Module, f: OpId) -> bool {
    if kiln_ir::symbol::is_public(m, f) {
        return false;
    }
    let Some(name) = kiln_ir::symbol::symbol_name(m, f).map(str::to_string) else {
        return false;
    };
    let mut top = f;
    while let Some(p) = m.parent_op(top) {
        top = p;
    }
    let calls: Vec<OpId> = m
        .walk(top, Order::Pre)
        .into_iter()
        .filter(|&o| m.op_name(o) == "func.call" && call_target(m, o) == Some(f))
        .collect();
    if calls.is_empty() {
        return false;
    }
    let args = entry_args(m, f);
    let mut changed = false;
    for (i, &a) in args.iter().enumerate() {
        let types: Vec<Type> = calls.iter().map(|&c| m.value_type(m.operand_value(c, i))).collect();
        if types.windows(2).any(|w| w[0] != w[1]) {
            continue;
        }
        if let Some(t) = merge(m, m.value_type(a), types[0]) {
            m.set_value_type(a, t);
            changed = true;
        }
    }
    if changed {
        sync_signature(m, f, None);
        tracing::debug!(function = %name, "name-dims: parameters refined from call sites");
    }
    changed
}

/// What a rank-0 (or one-element) integer value says about a dimension.
fn scalar_dim(m: &Module, v: Value, depth: usize) -> Option<Dim> {
    if depth > 8 {
        return None;
    }
    let ctx = m.ctx();
    if let ValueDef::Arg { block, index } = m.value_def(v) {
        let f = m.region_op(m.block_region(block)?)?;
        return global_constant(m, f, index as usize).map(|n| Dim::Sym(ctx.sym(&n)));
    }
    let d = m.defining_op(v)?;
    match m.op_name(d) {
        "ktensor.dim" => {
            let i = m.attr(d, "index").and_then(|a| ctx.attr_int(a))? as usize;
            let s = ctx.ty(m.value_type(m.operand_value(d, 0))).shape()?.get(i)?.clone();
            (!matches!(s, Dim::Dynamic)).then_some(s)
        }
        "ktensor.reshape" | "ktensor.convert" => scalar_dim(m, m.operand_value(d, 0), depth + 1),
        // Extents JAX computes from dimension variables (`b - 1` for `x[1:]`, `2*b`).
        "ktensor.add" | "ktensor.sub" | "ktensor.mul" if m.num_operands(d) == 2 => {
            let a = scalar_dim(m, m.operand_value(d, 0), depth + 1)?;
            let b = scalar_dim(m, m.operand_value(d, 1), depth + 1)?;
            let op = match m.op_name(d) {
                "ktensor.add" => kiln_ir::DimOp::Add,
                "ktensor.sub" => kiln_ir::DimOp::Sub,
                _ => kiln_ir::DimOp::Mul,
            };
            Some(dim::simplify(ctx, &dim::apply(ctx, op, &a, &b)))
        }
        "ktensor.constant" => match ctx.attr(m.attr(d, "value")?) {
            AttrKind::Dense { ty, data } if data.splat => {
                let elem = ctx.ty(*ty).element_type()?;
                Some(Dim::Const(ctx.bits_as_i64(elem, ctx.dense_bits(elem, data, 0)?)?))
            }
            _ => None,
        },
        _ => None,
    }
}

/// The dimensions a run-time shape operand (a concat of scalars) describes.
pub(crate) fn shape_operand_dims(m: &Module, v: Value) -> Option<Vec<Dim>> {
    let d = m.defining_op(v)?;
    let ctx = m.ctx();
    match m.op_name(d) {
        "ktensor.concat" => m
            .operands(d)
            .map(|p| shape_operand_dims(m, p))
            .try_fold(Vec::new(), |mut all, p| {
                all.extend(p?);
                Some(all)
            }),
        // A 1-D constant: its elements.
        "ktensor.constant" => match ctx.attr(m.attr(d, "value")?) {
            AttrKind::Dense { ty, data } if ctx.ty(*ty).shape().is_some_and(|s| s.len() == 1) => {
                let elem = ctx.ty(*ty).element_type()?;
                let Dim::Const(n) = ctx.ty(*ty).shape()?[0] else {
                    return None;
                };
                (0..n as usize)
                    .map(|i| {
                        let k = if data.splat { 0 } else { i };
                        Some(Dim::Const(ctx.bits_as_i64(elem, ctx.dense_bits(elem, data, k)?)?))
                    })
                    .collect()
            }
            _ => scalar_dim(m, v, 0).map(|x| vec![x]),
        },
        _ => scalar_dim(m, v, 0).map(|x| vec![x]),
    }
}

/// The result type of an op whose extents come from run-time operands that describe them:
/// `iota(shape)`, `slice(x, start, limit, strides)` (`⌈(limit - start) / stride⌉`) and
/// `pad(x, value, low, high, interior)` without interior padding (`n + low + high`).
fn from_shape_operands(m: &Module, op: OpId) -> Option<Type> {
    let ctx = m.ctx();
    let t = m.value_type(m.result(op, 0));
    let elem = ctx.ty(t).element_type()?;
    let operand_dims = |i: usize| ctx.ty(m.value_type(m.operand_value(op, i))).shape().map(|s| s.to_vec());
    let dims: Vec<Dim> = match (m.op_name(op), m.num_operands(op)) {
        ("ktensor.iota", 1) => shape_operand_dims(m, m.operand_value(op, 0))?,
        ("ktensor.slice", 4) => {
            let start = shape_operand_dims(m, m.operand_value(op, 1))?;
            let limit = shape_operand_dims(m, m.operand_value(op, 2))?;
            let strides = shape_operand_dims(m, m.operand_value(op, 3))?;
            start
                .iter()
                .zip(&limit)
                .zip(&strides)
                .map(|((s, l), st)| {
                    let span = dim::apply(ctx, kiln_ir::DimOp::Sub, l, s);
                    if matches!(st, Dim::Const(1)) {
                        return span;
                    }
                    let up = dim::apply(ctx, kiln_ir::DimOp::Add, &span, st);
                    let up = dim::apply(ctx, kiln_ir::DimOp::Sub, &up, &Dim::Const(1));
                    dim::apply(ctx, kiln_ir::DimOp::Div, &up, st)
                })
                .collect()
        }
        ("ktensor.pad", 5) => {
            let n = operand_dims(0)?;
            let low = shape_operand_dims(m, m.operand_value(op, 2))?;
            let high = shape_operand_dims(m, m.operand_value(op, 3))?;
            let interior = shape_operand_dims(m, m.operand_value(op, 4))?;
            if interior.iter().any(|d| !matches!(d, Dim::Const(0))) {
                return None;
            }
            n.iter()
                .zip(&low)
                .zip(&high)
                .map(|((n, l), h)| dim::add(ctx, &dim::add(ctx, n, l), h))
                .collect()
        }
        _ => return None,
    };
    let rank = ctx.ty(t).shape()?.len();
    (dims.len() == rank).then(|| ctx.tensor_type(dims.iter().map(|d| dim::simplify(ctx, d)).collect(), elem))
}

/// A `general_gather` whose slice sizes are a run-time operand (JAX's `dynamic_gather` under
/// shape polymorphism): its shape function leaves the offset dimensions `?`; the slice sizes
/// the operand describes fill them.
fn gather_with_slice_sizes(m: &Module, op: OpId) -> Option<Type> {
    let ctx = m.ctx();
    let sizes = shape_operand_dims(m, m.operand_value(op, 2))?;
    let g = kiln_dialects::tensor_indexing::GatherDims::of(m, op).ok()?;
    let inferred = m.op_def(op)?.infer_types?(m, op).ok()?.into_iter().next()?;
    let TypeKind::Tensor {
        shape: Some(dims),
        elem,
        ..
    } = ctx.ty(inferred).clone()
    else {
        return None;
    };
    let mut offsets = (0..sizes.len() as i64)
        .filter(|d| !g.collapsed_slice_dims.contains(d) && !g.operand_batching_dims.contains(d))
        .map(|d| sizes[d as usize].clone());
    let mut dims = dims.to_vec();
    for (i, d) in dims.iter_mut().enumerate() {
        if g.offset_dims.contains(&(i as i64)) {
            let s = offsets.next()?;
            if matches!(d, Dim::Dynamic) {
                *d = dim::simplify(ctx, &s);
            }
        }
    }
    Some(ctx.tensor_type(dims, elem))
}

/// Refines result types in `f`'s body through shape functions, shape operands and calls.
fn refine_body(m: &mut Module, f: OpId) -> bool {
    let mut changed = false;
    for op in m.walk(f, Order::Pre) {
        if op == f || m.num_results(op) == 0 {
            continue;
        }
        let inferred: Vec<Type> = if m.op_name(op) == "func.call" {
            match call_target(m, op).and_then(|c| kiln_dialects::func::signature(m, c)) {
                Some((_, outs)) => outs,
                None => continue,
            }
        } else if let Some(t) = from_shape_operands(m, op) {
            vec![t]
        } else if m.op_name(op) == "ktensor.general_gather" && m.num_operands(op) == 3 {
            match gather_with_slice_sizes(m, op) {
                Some(t) => vec![t],
                None => continue,
            }
        } else if matches!(m.op_name(op), "ktensor.broadcast_in_dim" | "ktensor.reshape") && m.num_operands(op) == 2 {
            let Some(dims) = shape_operand_dims(m, m.operand_value(op, 1)) else {
                continue;
            };
            let ctx = m.ctx();
            let t = m.value_type(m.result(op, 0));
            let Some(elem) = ctx.ty(t).element_type() else { continue };
            vec![ctx.tensor_type(dims.iter().map(|d| dim::simplify(ctx, d)).collect(), elem)]
        } else {
            match m.op_def(op).and_then(|d| d.infer_types).map(|i| i(m, op)) {
                Some(Ok(t)) => t,
                _ => continue,
            }
        };
        for (i, t) in inferred.into_iter().enumerate().take(m.num_results(op)) {
            let r = m.result(op, i);
            if let Some(nt) = merge(m, m.value_type(r), t) {
                m.set_value_type(r, nt);
                changed = true;
            }
        }
    }
    changed
}

/// The operand types of the terminator of `op`'s region `r`.
fn yielded(m: &Module, op: OpId, r: usize) -> Option<(OpId, Vec<Type>)> {
    let region = *m.regions(op).get(r)?;
    let t = m.last_op(*m.region_blocks(region).last()?)?;
    Some((t, m.operands(t).map(|v| m.value_type(v)).collect()))
}

/// The dims of `a` and `b` where they agree on a name or size; `?` elsewhere.
fn agreed(m: &Module, a: Type, b: Type) -> Option<Type> {
    zip_dims(m, a, b, |p, q| if p == q { p.clone() } else { Dim::Dynamic })
}

/// Names flow into and out of regions: a `ktensor.while`'s carried values (the block arguments
/// of both regions and the results) take the names of their initial values; a `ktensor.if`'s
/// results take the names both branches yield. Loop bodies and branches are refined by
/// [`refine_body`] like any other op; [`repair_region_and_call_types`] makes the terminators
/// agree at the end.
fn refine_regions(m: &mut Module, f: OpId, pinned: &FxHashSet<(OpId, usize, usize)>) -> bool {
    let mut changed = false;
    for op in m.walk(f, Order::Pre) {
        match m.op_name(op) {
            "ktensor.while" => {
                for k in 0..m.num_operands(op).min(m.num_results(op)) {
                    let init = unpinned(m, m.value_type(m.operand_value(op, k)), |d| {
                        pinned.contains(&(op, k, d))
                    });
                    let r = m.result(op, k);
                    let Some(t) = merge(m, m.value_type(r), init) else {
                        continue;
                    };
                    m.set_value_type(r, t);
                    for &region in m.regions(op).to_vec().iter() {
                        if let Some(&b) = m.region_blocks(region).first() {
                            if let Some(&a) = m.block_args(b).get(k) {
                                m.set_value_type(a, t);
                            }
                        }
                    }
                    changed = true;
                }
            }
            "ktensor.if" if m.regions(op).len() == 2 => {
                let (Some((_, then)), Some((_, other))) = (yielded(m, op, 0), yielded(m, op, 1)) else {
                    continue;
                };
                for i in 0..m.num_results(op).min(then.len()).min(other.len()) {
                    let r = m.result(op, i);
                    let Some(both) = agreed(m, then[i], other[i]) else {
                        continue;
                    };
                    if let Some(t) = merge(m, m.value_type(r), both) {
                        m.set_value_type(r, t);
                        changed = true;
                    }
                }
            }
            _ => {}
        }
    }
    changed
}

/// `t` with the dimensions `pinned` says `?`.
fn unpinned(m: &Module, t: Type, pinned: impl Fn(usize) -> bool) -> Type {
    let ctx = m.ctx();
    match ctx.ty(t) {
        TypeKind::Tensor {
            shape: Some(s), elem, ..
        } => ctx.tensor_type(
            s.iter()
                .enumerate()
                .map(|(d, x)| if pinned(d) { Dim::Dynamic } else { x.clone() })
                .collect(),
            *elem,
        ),
        _ => t,
    }
}

/// The carried dimensions `(while, value, dim)` a loop body yields with a name or size other
/// than the one the carried type took from the initial value (the loop changes the shape).
fn reshaping_loops(m: &Module, funcs: &[OpId]) -> FxHashSet<(OpId, usize, usize)> {
    let ctx = m.ctx();
    let mut out = FxHashSet::default();
    for &f in funcs {
        for op in m.walk(f, Order::Pre) {
            if m.op_name(op) != "ktensor.while" {
                continue;
            }
            let Some((_, ys)) = yielded(m, op, 1) else { continue };
            for (k, &y) in ys.iter().enumerate().take(m.num_results(op)) {
                let carried = m.value_type(m.result(op, k));
                let (Some(cs), Some(yss)) = (ctx.ty(carried).shape(), ctx.ty(y).shape()) else {
                    continue;
                };
                for (d, (c, y)) in cs.iter().zip(yss.iter()).enumerate() {
                    let differs =
                        !matches!(y, Dim::Dynamic) && !matches!(c, Dim::Dynamic) && dim::equal(ctx, c, y) != Some(true);
                    if differs {
                        out.insert((op, k, d));
                    }
                }
            }
        }
    }
    out
}

/// Every value type and function signature under `root`, to start the naming again.
struct Snapshot {
    types: Vec<(Value, Type)>,
    signatures: Vec<(OpId, Option<Attr>)>,
}

fn snapshot(m: &Module, root: OpId, funcs: &[OpId]) -> Snapshot {
    let mut types = Vec::new();
    for op in m.walk(root, Order::Pre) {
        types.extend(m.results(op).map(|v| (v, m.value_type(v))));
        for &r in m.regions(op) {
            for &b in m.region_blocks(r) {
                types.extend(m.block_args(b).iter().map(|&a| (a, m.value_type(a))));
            }
        }
    }
    let signatures = funcs.iter().map(|&f| (f, m.attr(f, "function_type"))).collect();
    Snapshot { types, signatures }
}

fn restore(m: &mut Module, s: &Snapshot) {
    for &(v, t) in &s.types {
        m.set_value_type(v, t);
    }
    for &(f, a) in &s.signatures {
        if let Some(a) = a {
            m.set_attr(f, "function_type", a);
        }
    }
}

/// Inserts `ktensor.cast %v : (from) -> to` before `at` and returns its result.
fn cast_before(m: &mut Module, at: OpId, v: Value, to: Type) -> Value {
    let ctx = m.ctx().clone();
    let mut st = kiln_ir::OperationState::new(ctx.sym("ktensor.cast"), m.loc(at));
    st.operands.push(v);
    st.result_types.push(to);
    let c = kiln_ir::Builder::before(at).create(m, st);
    m.result(c, 0)
}

/// After the fixed point, every terminator and call agrees with the types it feeds: a branch's
/// yield and a call operand more named than the type they meet are cast to it (forgetting a
/// name is always valid); a loop body's yield less named than its carried type is cast to it
/// after a run-time check that each newly named dimension equals the initial value's.
fn repair_region_and_call_types(m: &mut Module, f: OpId) {
    for op in m.walk(f, Order::Pre) {
        let (term, expected, inits): (OpId, Vec<Type>, Vec<Option<Value>>) = match m.op_name(op) {
            "ktensor.if" => {
                let want: Vec<Type> = m.results(op).map(|v| m.value_type(v)).collect();
                for r in 0..m.regions(op).len() {
                    if let Some((t, _)) = yielded(m, op, r) {
                        repair_operands(m, t, &want, &vec![None; want.len()]);
                    }
                }
                continue;
            }
            "ktensor.while" => {
                let Some((t, _)) = yielded(m, op, 1) else { continue };
                let want: Vec<Type> = m.results(op).map(|v| m.value_type(v)).collect();
                // An initial value more named than a pinned carried type forgets the name.
                repair_operands(m, op, &want, &vec![None; want.len()]);
                let inits = m.operands(op).map(Some).collect();
                (t, want, inits)
            }
            "func.call" => {
                let Some((ins, _)) = call_target(m, op).and_then(|c| kiln_dialects::func::signature(m, c)) else {
                    continue;
                };
                let n = ins.len();
                (op, ins, vec![None; n])
            }
            _ => continue,
        };
        repair_operands(m, term, &expected, &inits);
    }
}

/// Casts each operand of `at` whose type differs from `want` (see
/// [`repair_region_and_call_types`]); `inits[i]` is the value a newly named dimension of
/// operand `i` is checked against.
fn repair_operands(m: &mut Module, at: OpId, want: &[Type], inits: &[Option<Value>]) {
    let ctx = m.ctx().clone();
    for (i, &want) in want.iter().enumerate().take(m.num_operands(at)) {
        let v = m.operand_value(at, i);
        let have = m.value_type(v);
        if have == want {
            continue;
        }
        let (Some(hs), Some(ws)) = (ctx.ty(have).shape(), ctx.ty(want).shape()) else {
            continue;
        };
        if hs.len() != ws.len() {
            continue;
        }
        if let Some(init) = inits.get(i).copied().flatten() {
            for d in 0..hs.len() {
                if matches!(hs[d], Dim::Dynamic) && !matches!(ws[d], Dim::Dynamic) {
                    let mut st = kiln_ir::OperationState::new(ctx.sym("ktensor.assert_dim_eq"), m.loc(at));
                    st.operands.push(v);
                    st.operands.push(init);
                    st.props.push((ctx.sym("lhs_dim"), ctx.int_attr(d as i128, ctx.i64())));
                    st.props.push((ctx.sym("rhs_dim"), ctx.int_attr(d as i128, ctx.i64())));
                    st.props.push((
                        ctx.sym("message"),
                        ctx.str_attr("a loop-carried value changed its shape between iterations"),
                    ));
                    kiln_ir::Builder::before(at).create(m, st);
                }
            }
        }
        let c = cast_before(m, at, v, want);
        m.set_operand(at, i, c);
    }
}

/// A function's result types follow what its returns return.
fn refine_results(m: &mut Module, f: OpId) -> bool {
    let Some((_, outs)) = kiln_dialects::func::signature(m, f) else {
        return false;
    };
    let Some(&b) = m.region_blocks(m.regions(f)[0]).last() else {
        return false;
    };
    let Some(ret) = m.last_op(b) else { return false };
    let mut new = outs.clone();
    for (i, v) in m.operands(ret).enumerate().take(outs.len()) {
        if let Some(t) = merge(m, outs[i], m.value_type(v)) {
            new[i] = t;
        }
    }
    if new != outs {
        sync_signature(m, f, Some(new));
        return true;
    }
    false
}
