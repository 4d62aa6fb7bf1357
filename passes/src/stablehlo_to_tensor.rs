//! `convert-stablehlo-to-tensor`: StableHLO (and CHLO) ops to Kiln's tensor dialect, through the
//! dialect-conversion framework. An op without a pattern (or a form a pattern does not handle,
//! such as a reduce with several operands) fails with a diagnostic naming it and its location.

use kiln_dialects::stablehlo::body_int_list;
use kiln_ir::conversion::{
    apply_conversion, ConversionMode, ConversionPattern, ConversionRewriter, ConversionTarget, TypeConverter,
};
use kiln_ir::pass::{Pass, PassContext, PassFailed, PassInfo, Statistic};
use kiln_ir::{AttrKind, Builder, IrMapping, Module, OpId, OperationState, Value};
use std::sync::Arc;

pub fn info() -> PassInfo {
    PassInfo {
        argument: "convert-stablehlo-to-tensor",
        summary: "Convert StableHLO and CHLO ops to the tensor dialect",
        options: vec![],
        free_options: false,
        create: |_| Ok(Box::new(StableHloToTensor { converted: 0 })),
    }
}

struct StableHloToTensor {
    converted: u64,
}

impl Pass for StableHloToTensor {
    fn argument(&self) -> &'static str {
        "convert-stablehlo-to-tensor"
    }
    fn display_name(&self) -> &'static str {
        "ConvertStableHLOToTensor"
    }
    fn run(&mut self, m: &mut Module, root: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
        let mut target = ConversionTarget::new();
        target
            .add_illegal_dialect("stablehlo")
            .add_illegal_dialect("chlo")
            .add_legal_dialect("tensor")
            .add_legal_dialect("arith")
            .add_legal_dialect("func");
        let mut types = TypeConverter::new();
        types.add_identity();
        match apply_conversion(m, root, &target, &patterns(), &types, ConversionMode::Partial) {
            Ok(s) => {
                self.converted += s.converted as u64;
                Ok(())
            }
            Err(d) => {
                cx.diags.push(d);
                Err(PassFailed)
            }
        }
    }
    fn statistics(&self) -> Vec<Statistic> {
        vec![Statistic {
            name: "num-converted",
            desc: "Number of ops converted",
            value: self.converted,
        }]
    }
}

fn patterns() -> Vec<Arc<dyn ConversionPattern>> {
    let mut v: Vec<Arc<dyn ConversionPattern>> = Vec::new();
    for (from, to) in [
        ("stablehlo.add", "tensor.add"),
        ("stablehlo.subtract", "tensor.sub"),
        ("stablehlo.multiply", "tensor.mul"),
        ("stablehlo.divide", "tensor.div"),
        ("stablehlo.maximum", "tensor.max"),
        ("stablehlo.minimum", "tensor.min"),
        ("stablehlo.power", "tensor.pow"),
        ("stablehlo.abs", "tensor.abs"),
        ("stablehlo.exponential", "tensor.exp"),
        ("stablehlo.log", "tensor.log"),
        ("stablehlo.negate", "tensor.neg"),
        ("stablehlo.rsqrt", "tensor.rsqrt"),
        ("stablehlo.sqrt", "tensor.sqrt"),
        ("stablehlo.tanh", "tensor.tanh"),
        ("stablehlo.logistic", "tensor.sigmoid"),
        ("stablehlo.reshape", "tensor.reshape"),
        ("stablehlo.dynamic_reshape", "tensor.reshape"),
        ("stablehlo.select", "tensor.select"),
        ("stablehlo.and", "tensor.and"),
        ("stablehlo.or", "tensor.or"),
        ("stablehlo.xor", "tensor.xor"),
        ("stablehlo.remainder", "tensor.rem"),
        ("stablehlo.convert", "tensor.convert"),
        ("chlo.erf", "tensor.erf"),
        ("stablehlo.floor", "tensor.floor"),
        ("stablehlo.ceil", "tensor.ceil"),
        ("stablehlo.round_nearest_afz", "tensor.round"),
        ("stablehlo.round_nearest_even", "tensor.roundeven"),
        ("stablehlo.sine", "tensor.sin"),
        ("stablehlo.cosine", "tensor.cos"),
        ("stablehlo.tan", "tensor.tan"),
        ("stablehlo.exponential_minus_one", "tensor.expm1"),
        ("stablehlo.log_plus_one", "tensor.log1p"),
        ("stablehlo.cbrt", "tensor.cbrt"),
        ("stablehlo.sign", "tensor.sign"),
        ("stablehlo.atan2", "tensor.atan2"),
    ] {
        v.push(Arc::new(Rename { from, to, attrs: &[] }));
    }
    // Ops whose attributes only change names.
    let renamed: [(&str, &str, AttrRenames); 8] = [
        ("stablehlo.get_dimension_size", "tensor.dim", &[("dimension", "index")]),
        ("stablehlo.concatenate", "tensor.concat", &[("dimension", "dim")]),
        (
            "stablehlo.dynamic_broadcast_in_dim",
            "tensor.broadcast_in_dim",
            &[("broadcast_dimensions", "dims")],
        ),
        ("stablehlo.iota", "tensor.iota", &[("iota_dimension", "dim")]),
        ("stablehlo.dynamic_iota", "tensor.iota", &[("iota_dimension", "dim")]),
        ("stablehlo.reverse", "tensor.reverse", &[("dimensions", "dims")]),
        (
            "stablehlo.slice",
            "tensor.slice",
            &[
                ("start_indices", "start"),
                ("limit_indices", "limit"),
                ("strides", "strides"),
            ],
        ),
        (
            "stablehlo.pad",
            "tensor.pad",
            &[
                ("edge_padding_low", "low"),
                ("edge_padding_high", "high"),
                ("interior_padding", "interior"),
            ],
        ),
    ];
    for (from, to, attrs) in renamed {
        v.push(Arc::new(Rename { from, to, attrs }));
    }
    // Patterns that are one function each: (name, root op, function).
    let fns: [(&str, &str, PatternFn); 14] = [
        ("constant", "stablehlo.constant", constant),
        ("broadcast_in_dim", "stablehlo.broadcast_in_dim", broadcast_in_dim),
        ("dot_general", "stablehlo.dot_general", dot_general),
        ("reduce", "stablehlo.reduce", reduce),
        ("square", "chlo.square", square),
        ("transpose", "stablehlo.transpose", transpose),
        ("compare", "stablehlo.compare", compare),
        ("shape_assertion", "stablehlo.custom_call", shape_assertion),
        ("while", "stablehlo.while", control_flow),
        ("if", "stablehlo.if", control_flow),
        ("case", "stablehlo.case", control_flow),
        ("clamp", "stablehlo.clamp", clamp),
        ("not", "stablehlo.not", not),
        ("return", "stablehlo.return", region_return),
    ];
    for (name, root, f) in fns {
        v.push(Arc::new(FnPattern { name, root, f }));
    }
    v
}

fn compare(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    let word = |name: &str| match rw.m.attr(op, name).map(|a| ctx.attr(a)) {
        Some(AttrKind::Dialect { body, .. }) => body
            .split_whitespace()
            .last()
            .map(|w| w.trim_end_matches('>').to_string()),
        _ => None,
    };
    // Unsigned and totally ordered comparisons have no tensor.cmp spelling yet.
    if matches!(word("compare_type").as_deref(), Some("UNSIGNED" | "TOTALORDER")) {
        return false;
    }
    let pred = match word("comparison_direction").as_deref() {
        Some("EQ") => "eq",
        Some("NE") => "ne",
        Some("LT") => "lt",
        Some("LE") => "le",
        Some("GT") => "gt",
        Some("GE") => "ge",
        _ => return false,
    };
    replace_with(rw, op, "tensor.cmp", operands, vec![("predicate", ctx.str_attr(pred))]);
    true
}

/// JAX's `custom_call @shape_assertion(%cond, %dims...)` becomes a run-time check carrying the
/// assertion's message; other custom calls have no meaning Kiln knows.
fn shape_assertion(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    if rw.m.attr(op, "call_target_name").and_then(|a| ctx.attr_str(a)) != Some("shape_assertion")
        || rw.m.num_results(op) != 0
    {
        return false;
    }
    let msg =
        rw.m.attr(op, "error_message")
            .unwrap_or_else(|| ctx.str_attr("shape assertion failed"));
    replace_with(rw, op, "tensor.assert", operands, vec![("message", msg)]);
    true
}

/// Creates `name(operands) {attrs} -> result types of op` before `op` and replaces `op` with it.
fn replace_with(
    rw: &mut ConversionRewriter<'_>,
    op: OpId,
    name: &str,
    operands: &[Value],
    props: Vec<(&str, kiln_ir::Attr)>,
) -> OpId {
    let ctx = rw.m.ctx().clone();
    let mut st = OperationState::new(ctx.sym(name), rw.m.loc(op));
    st.operands.extend_from_slice(operands);
    st.result_types.extend(rw.m.results(op).map(|r| rw.m.value_type(r)));
    st.props = props.into_iter().map(|(n, a)| (ctx.sym(n), a)).collect();
    let new = rw.create(&Builder::before(op), st);
    let results: Vec<Value> = rw.m.results(new).collect();
    rw.replace_op(op, &results);
    new
}

/// A pattern that is one function of the op, its converted operands and the rewriter.
struct FnPattern {
    name: &'static str,
    root: &'static str,
    f: PatternFn,
}

type PatternFn = fn(OpId, &[Value], &mut ConversionRewriter<'_>) -> bool;
impl ConversionPattern for FnPattern {
    fn name(&self) -> &str {
        self.name
    }
    fn root(&self) -> Option<&str> {
        Some(self.root)
    }
    fn match_and_rewrite(&self, op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
        (self.f)(op, operands, rw)
    }
}

/// Renames the op and the listed attributes `(from, to)`; an op missing one of them is left for
/// the diagnostic.
struct Rename {
    from: &'static str,
    to: &'static str,
    attrs: AttrRenames,
}

/// `(stablehlo attribute, tensor attribute)` pairs.
type AttrRenames = &'static [(&'static str, &'static str)];
impl ConversionPattern for Rename {
    fn name(&self) -> &str {
        self.to
    }
    fn root(&self) -> Option<&str> {
        Some(self.from)
    }
    fn match_and_rewrite(&self, op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
        let mut props = Vec::new();
        for &(from, to) in self.attrs {
            match rw.m.attr(op, from) {
                Some(a) => props.push((to, a)),
                // `strides` and `interior_padding` default to ones and zeros.
                None if matches!(from, "strides" | "interior_padding") => {}
                None => return false,
            }
        }
        replace_with(rw, op, self.to, operands, props);
        true
    }
}

fn constant(op: OpId, _: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let Some(v) =
        rw.m.attr(op, "value")
            .filter(|&a| matches!(rw.m.ctx().attr(a), AttrKind::Dense { .. }))
    else {
        return false;
    };
    replace_with(rw, op, "tensor.constant", &[], vec![("value", v)]);
    true
}

fn broadcast_in_dim(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let Some(dims) = rw.m.attr(op, "broadcast_dimensions") else {
        return false;
    };
    replace_with(rw, op, "tensor.broadcast_in_dim", operands, vec![("dims", dims)]);
    true
}

fn transpose(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let Some(perm) = rw.m.attr(op, "permutation") else {
        return false;
    };
    replace_with(rw, op, "tensor.transpose", operands, vec![("perm", perm)]);
    true
}

fn dot_general(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    let Some(AttrKind::Dialect { body, .. }) = rw.m.attr(op, "dot_dimension_numbers").map(|a| ctx.attr(a)) else {
        return false;
    };
    let list = |n: &str| body_int_list(body, n).unwrap_or_default();
    let attrs = vec![
        ("lhs_batch", ctx.i64_array_attr(&list("lhs_batching_dimensions"))),
        ("rhs_batch", ctx.i64_array_attr(&list("rhs_batching_dimensions"))),
        ("lhs_contract", ctx.i64_array_attr(&list("lhs_contracting_dimensions"))),
        ("rhs_contract", ctx.i64_array_attr(&list("rhs_contracting_dimensions"))),
    ];
    replace_with(rw, op, "tensor.dot_general", operands, attrs);
    true
}

fn square(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    replace_with(rw, op, "tensor.mul", &[operands[0], operands[0]], vec![]);
    true
}

/// A single-operand reduce whose body is one standard binary op becomes tensor.reduce, combined
/// with the initial value (broadcast to the result shape).
fn reduce(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let m = &*rw.m;
    if operands.len() != 2 || m.num_results(op) != 1 {
        return false;
    }
    let Some(&body) = m.regions(op).first().and_then(|&r| m.region_blocks(r).first()) else {
        return false;
    };
    let ops: Vec<OpId> = m.block_ops(body).collect();
    let args = m.block_args(body);
    if ops.len() != 2
        || args.len() != 2
        || m.num_operands(ops[0]) != 2
        || m.operand_value(ops[1], 0) != m.result(ops[0], 0)
    {
        return false;
    }
    let uses_args = m.operands(ops[0]).all(|v| args.contains(&v));
    let (kind, combine) = match m.op_name(ops[0]) {
        "stablehlo.add" => ("sum", "tensor.add"),
        "stablehlo.maximum" => ("max", "tensor.max"),
        "stablehlo.minimum" => ("min", "tensor.min"),
        "stablehlo.multiply" => ("prod", "tensor.mul"),
        _ => return false,
    };
    if !uses_args {
        return false;
    }
    let Some(dims) = m.attr(op, "dimensions") else {
        return false;
    };
    let ctx = m.ctx().clone();
    let loc = m.loc(op);
    let rty = m.value_type(m.result(op, 0));
    let b = Builder::before(op);
    let mut st = OperationState::new(ctx.sym("tensor.reduce"), loc);
    st.operands.push(operands[0]);
    st.result_types.push(rty);
    st.props = vec![(ctx.sym("kind"), ctx.str_attr(kind)), (ctx.sym("axes"), dims)];
    let red = rw.create(&b, st);
    let init = if is_identity(rw.m, operands[1], kind) || ctx.ty(rty).shape().is_some_and(|s| s.is_empty()) {
        operands[1]
    } else {
        let r = rw.m.result(red, 0);
        splat_like(rw, op, operands[1], r)
    };
    let r = rw.m.result(red, 0);
    if is_identity(rw.m, operands[1], kind) {
        rw.replace_op(op, &[r]);
    } else {
        replace_with(rw, op, combine, &[r, init], vec![]);
    }
    true
}

/// True when `v` is a constant equal to the identity of reduction `kind` (what JAX emits).
fn is_identity(m: &Module, v: Value, kind: &str) -> bool {
    let Some(d) = m.defining_op(v) else { return false };
    if !matches!(m.op_name(d), "stablehlo.constant" | "tensor.constant") {
        return false;
    }
    let ctx = m.ctx();
    let Some(AttrKind::Dense { ty, data }) = m.attr(d, "value").map(|a| ctx.attr(a)) else {
        return false;
    };
    if !data.splat {
        return false;
    }
    let elem = ctx.ty(*ty).element_type().unwrap_or(*ty);
    let mut raw = [0u8; 8];
    let n = data.bytes.len().min(8);
    raw[..n].copy_from_slice(&data.bytes[..n]);
    let bits = u64::from_le_bytes(raw);
    let value = match ctx.ty(elem) {
        kiln_ir::TypeKind::Float(k) => kiln_ir::float::bits_to_f64(bits, *k),
        kiln_ir::TypeKind::Integer { width, .. } => {
            let s = 64 - (*width).min(64);
            (((bits << s) as i64) >> s) as f64
        }
        _ => return false,
    };
    match kind {
        "sum" => value == 0.0,
        "prod" => value == 1.0,
        "max" => value == f64::NEG_INFINITY,
        "min" => value == f64::INFINITY,
        _ => false,
    }
}

/// `while` becomes `tensor.while` and `if` becomes `tensor.if`: the regions are carried over as
/// they are and their `stablehlo.return`s converted by `RegionReturn`. `case` becomes a chain of
/// `tensor.if`s.
fn control_flow(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    let n_regions = rw.m.regions(op).len();
    let name = match rw.m.op_name(op) {
        "stablehlo.while" if n_regions == 2 => "tensor.while",
        "stablehlo.if" if n_regions == 2 => "tensor.if",
        "stablehlo.case" if n_regions >= 1 && operands.len() == 1 => {
            let branches = rw.m.regions(op).to_vec();
            let results = lower_case(rw, op, &Builder::before(op), operands[0], &branches, 0);
            rw.replace_op(op, &results);
            return true;
        }
        _ => return false,
    };
    let mut st = OperationState::new(ctx.sym(name), rw.m.loc(op));
    st.operands.extend_from_slice(operands);
    st.result_types.extend(rw.m.results(op).map(|r| rw.m.value_type(r)));
    for r in rw.m.regions(op).to_vec() {
        st.regions.push(clone_region(rw, r));
    }
    let new = rw.create(&Builder::before(op), st);
    let results: Vec<Value> = rw.m.results(new).collect();
    rw.replace_op(op, &results);
    true
}

/// `stablehlo.return` inside a converted region: `tensor.condition` ends a while's cond region,
/// `tensor.yield` every other.
fn region_return(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let m = &*rw.m;
    let Some(parent) = m.parent_op(op) else {
        return false;
    };
    let in_cond = m.op_name(parent) == "tensor.while"
        && m.parent_block(op).and_then(|b| m.block_region(b)) == m.regions(parent).first().copied();
    let name = match m.op_name(parent) {
        "tensor.while" if in_cond => "tensor.condition",
        "tensor.while" | "tensor.if" => "tensor.yield",
        _ => return false,
    };
    replace_with(rw, op, name, operands, vec![]);
    true
}

/// `clamp(lo, x, hi)` is `min(max(x, lo), hi)` (NaN propagates, as the specification's
/// definition through max and min does). Scalar bounds are broadcast to `x`'s shape.
fn clamp(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    let [lo, x, hi] = operands else {
        return false;
    };
    let xty = rw.m.value_type(*x);
    let loc = rw.m.loc(op);
    let b = Builder::before(op);
    // Check both bounds before creating anything, so a declined match leaves the IR alone.
    let fits = |v: Value| {
        let vty = rw.m.value_type(v);
        vty == xty || ctx.ty(vty).shape().is_some_and(|s| s.is_empty())
    };
    if !fits(*lo) || !fits(*hi) {
        return false;
    }
    let widen = |rw: &mut ConversionRewriter<'_>, v: Value| -> Value {
        if rw.m.value_type(v) == xty {
            v
        } else {
            splat_like(rw, op, v, *x)
        }
    };
    let (lo, hi) = (widen(rw, *lo), widen(rw, *hi));
    let mut st = OperationState::new(ctx.sym("tensor.max"), loc);
    st.operands.extend_from_slice(&[*x, lo]);
    st.result_types.push(xty);
    let mx = rw.create(&b, st);
    let mx = rw.m.result(mx, 0);
    replace_with(rw, op, "tensor.min", &[mx, hi], vec![]);
    true
}

/// Broadcasts rank-0 `scalar` to the type of `like`. A dimension that is not a constant is read
/// from `like` at run time (`tensor.dim`), so `?` and symbolic shapes work.
fn splat_like(rw: &mut ConversionRewriter<'_>, at: OpId, scalar: Value, like: Value) -> Value {
    let ctx = rw.m.ctx().clone();
    let loc = rw.m.loc(at);
    let b = &Builder::before(at);
    let ty = rw.m.value_type(like);
    let dims: Vec<kiln_ir::Dim> = ctx.ty(ty).shape().map(|s| s.to_vec()).unwrap_or_default();
    let op = |rw: &mut ConversionRewriter<'_>, name: &str, operands: &[Value], props, ty| {
        let mut st = OperationState::new(ctx.sym(name), loc);
        st.operands.extend_from_slice(operands);
        st.props = props;
        st.result_types.push(ty);
        let o = rw.create(b, st);
        rw.m.result(o, 0)
    };
    let mut operands = vec![scalar];
    if dims.iter().any(|d| !matches!(d, kiln_ir::Dim::Const(_))) {
        let one = ctx.tensor_type(vec![kiln_ir::Dim::Const(1)], ctx.i32());
        let mut parts = Vec::new();
        for (i, d) in dims.iter().enumerate() {
            parts.push(match d {
                kiln_ir::Dim::Const(n) => {
                    let v = ctx.dense_attr(one, (*n as i32).to_le_bytes().to_vec());
                    op(rw, "tensor.constant", &[], vec![(ctx.sym("value"), v)], one)
                }
                _ => {
                    let rank0 = ctx.tensor_type(vec![], ctx.i32());
                    let index = ctx.int_attr(i as i128, ctx.i64());
                    let dv = op(rw, "tensor.dim", &[like], vec![(ctx.sym("index"), index)], rank0);
                    op(rw, "tensor.reshape", &[dv], vec![], one)
                }
            });
        }
        let shape_ty = ctx.tensor_type(vec![kiln_ir::Dim::Const(dims.len() as i64)], ctx.i32());
        let shape = if parts.len() == 1 {
            parts[0]
        } else {
            let dim0 = ctx.int_attr(0, ctx.i64());
            op(rw, "tensor.concat", &parts, vec![(ctx.sym("dim"), dim0)], shape_ty)
        };
        operands.push(shape);
    }
    let dims_attr = ctx.i64_array_attr(&[]);
    op(
        rw,
        "tensor.broadcast_in_dim",
        &operands,
        vec![(ctx.sym("dims"), dims_attr)],
        ty,
    )
}

fn clone_region(rw: &mut ConversionRewriter<'_>, r: kiln_ir::RegionId) -> kiln_ir::RegionId {
    let nr = rw.m.new_region();
    rw.m.clone_region_into(r, nr, &mut IrMapping::default());
    nr
}

/// `case(index) branches[k..]` as `if index == k then branch k else case(index) branches[k+1..]`:
/// an index out of range takes the last branch, as the specification says.
fn lower_case(
    rw: &mut ConversionRewriter<'_>,
    op: OpId,
    at: &Builder,
    index: Value,
    branches: &[kiln_ir::RegionId],
    k: usize,
) -> Vec<Value> {
    let ctx = rw.m.ctx().clone();
    let loc = rw.m.loc(op);
    let result_types: Vec<kiln_ir::Type> = rw.m.results(op).map(|r| rw.m.value_type(r)).collect();
    let rank0 = |e| ctx.tensor_type(vec![], e);
    let mut c = OperationState::new(ctx.sym("tensor.constant"), loc);
    c.props = vec![(
        ctx.sym("value"),
        ctx.dense_attr(rank0(ctx.i32()), (k as i32).to_le_bytes().to_vec()),
    )];
    c.result_types.push(rank0(ctx.i32()));
    let c = rw.create(at, c);
    let mut eq = OperationState::new(ctx.sym("tensor.cmp"), loc);
    eq.operands = vec![index, rw.m.result(c, 0)].into();
    eq.props = vec![(ctx.sym("predicate"), ctx.str_attr("eq"))];
    eq.result_types.push(rank0(ctx.i1()));
    let eq = rw.create(at, eq);
    let then = clone_region(rw, branches[k]);
    // A single branch runs whatever the index: both sides are that branch.
    let otherwise = if k + 2 >= branches.len() {
        clone_region(rw, branches[(k + 1).min(branches.len() - 1)])
    } else {
        let (r, block) = Builder::region_with_block(rw.m, &[], loc);
        let inner = lower_case(rw, op, &Builder::at_end(block), index, branches, k + 1);
        let mut y = OperationState::new(ctx.sym("tensor.yield"), loc);
        y.operands.extend_from_slice(&inner);
        rw.create(&Builder::at_end(block), y);
        r
    };
    let mut st = OperationState::new(ctx.sym("tensor.if"), loc);
    st.operands.push(rw.m.result(eq, 0));
    st.result_types.extend(result_types);
    st.regions.extend([then, otherwise]);
    let new = rw.create(at, st);
    rw.m.results(new).collect()
}

/// `not` is `xor` with all ones (true for i1, -1 for integers).
fn not(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    let x = operands[0];
    let Some(elem) = ctx.ty(rw.m.value_type(x)).element_type() else {
        return false;
    };
    let Some(bits) = ctx.bit_width(elem).filter(|_| ctx.ty(elem).is_integer_like()) else {
        return false;
    };
    let rank0 = ctx.tensor_type(vec![], elem);
    // i1 is stored as one byte holding 0 or 1.
    let bytes = if bits == 1 {
        vec![1]
    } else {
        vec![0xff; (bits as usize).div_ceil(8)]
    };
    let ones = ctx.dense_attr(rank0, bytes);
    let mut st = OperationState::new(ctx.sym("tensor.constant"), rw.m.loc(op));
    st.props = vec![(ctx.sym("value"), ones)];
    st.result_types.push(rank0);
    let c = rw.create(&Builder::before(op), st);
    let c = rw.m.result(c, 0);
    let all = splat_like(rw, op, c, x);
    replace_with(rw, op, "tensor.xor", &[x, all], vec![]);
    true
}
