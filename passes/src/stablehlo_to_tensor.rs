//! `convert-stablehlo-to-tensor`: StableHLO (and CHLO) ops to Kiln's tensor dialect, through the
//! dialect-conversion framework. An op without a pattern (or a form a pattern does not handle,
//! such as a reduce with several operands) fails with a diagnostic naming it and its location.

use kiln_dialects::stablehlo::body_int_list;
use kiln_ir::conversion::{
    apply_conversion, ConversionMode, ConversionPattern, ConversionRewriter, ConversionTarget, TypeConverter,
};
use kiln_ir::pass::{Pass, PassContext, PassFailed, Statistic};
use kiln_ir::{AttrKind, Builder, IrMapping, Module, OpId, OperationState, Value};
use std::sync::Arc;

kiln_ir::declare_pass! {
    argument: "convert-stablehlo-to-tensor", display: "ConvertStableHLOToTensor",
    summary: "Convert StableHLO and CHLO ops to the tensor dialect",
    options: StableHloToTensorOptions {},
    create: |_: StableHloToTensorOptions| Box::new(StableHloToTensor { converted: 0 }),
}

struct StableHloToTensor {
    converted: u64,
}

impl Pass for StableHloToTensor {
    kiln_ir::declared_pass_names!();
    fn run(&mut self, m: &mut Module, root: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
        let mut target = ConversionTarget::new();
        target
            .add_illegal_dialect("stablehlo")
            .add_illegal_dialect("chlo")
            .add_legal_dialect("ktensor")
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
        ("stablehlo.reshape", "ktensor.reshape"),
        ("stablehlo.dynamic_reshape", "ktensor.reshape"),
        ("stablehlo.convert", "ktensor.convert"),
        ("stablehlo.is_finite", "ktensor.is_finite"),
        ("stablehlo.bitcast_convert", "ktensor.bitcast"),
        ("stablehlo.dynamic_update_slice", "ktensor.dynamic_update_slice"),
        ("stablehlo.real_dynamic_slice", "ktensor.slice"),
        ("stablehlo.dynamic_pad", "ktensor.pad"),
    ] {
        v.push(Arc::new(Rename { from, to, attrs: &[] }));
    }
    // The elementwise family: the importing ops each row names.
    for e in kiln_dialects::elementwise::ELEMENTWISE {
        for &from in e.stablehlo {
            v.push(Arc::new(Rename {
                from,
                to: e.name,
                attrs: &[],
            }));
        }
    }
    // Ops whose attributes only change names.
    let renamed: [(&str, &str, AttrRenames); 10] = [
        (
            "stablehlo.reduce_precision",
            "ktensor.reduce_precision",
            &[("exponent_bits", "exponent_bits"), ("mantissa_bits", "mantissa_bits")],
        ),
        (
            "stablehlo.dynamic_slice",
            "ktensor.dynamic_slice",
            &[("slice_sizes", "sizes")],
        ),
        ("stablehlo.get_dimension_size", "ktensor.dim", &[("dimension", "index")]),
        ("stablehlo.concatenate", "ktensor.concat", &[("dimension", "dim")]),
        (
            "stablehlo.dynamic_broadcast_in_dim",
            "ktensor.broadcast_in_dim",
            &[("broadcast_dimensions", "dims")],
        ),
        ("stablehlo.iota", "ktensor.iota", &[("iota_dimension", "dim")]),
        ("stablehlo.dynamic_iota", "ktensor.iota", &[("iota_dimension", "dim")]),
        ("stablehlo.reverse", "ktensor.reverse", &[("dimensions", "dims")]),
        (
            "stablehlo.slice",
            "ktensor.slice",
            &[
                ("start_indices", "start"),
                ("limit_indices", "limit"),
                ("strides", "strides"),
            ],
        ),
        (
            "stablehlo.pad",
            "ktensor.pad",
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
    let fns: [(&str, &str, PatternFn); 26] = [
        ("composite", "stablehlo.composite", composite),
        ("dynamic_reduce_window", "stablehlo.custom_call", dynamic_reduce_window),
        ("erfc", "chlo.erfc", erfc),
        (
            "optimization_barrier",
            "stablehlo.optimization_barrier",
            optimization_barrier,
        ),
        ("select", "stablehlo.select", select),
        ("reduce_window", "stablehlo.reduce_window", reduce_window),
        ("sort", "stablehlo.sort", sort),
        ("gather", "stablehlo.gather", gather),
        ("dynamic_gather", "stablehlo.dynamic_gather", gather),
        ("scatter", "stablehlo.scatter", scatter),
        (
            "convolution",
            "stablehlo.convolution",
            crate::stablehlo_convolution::convolution,
        ),
        ("top_k", "chlo.top_k", top_k),
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
        v.push(Arc::new(FnPattern {
            name,
            root,
            f,
            benefit: 1,
        }));
    }
    // Unsigned operands first: where their meaning differs from the signless op's, these
    // spell it out (or refuse); elsewhere they decline and the patterns above apply.
    use crate::stablehlo_unsigned as u;
    let unsigned: [(&str, &str, PatternFn); 14] = [
        ("unsigned_convert", "stablehlo.convert", u::convert),
        ("unsigned_divide", "stablehlo.divide", u::divide),
        ("unsigned_remainder", "stablehlo.remainder", u::divide),
        ("unsigned_maximum", "stablehlo.maximum", u::min_max),
        ("unsigned_minimum", "stablehlo.minimum", u::min_max),
        ("unsigned_sign", "stablehlo.sign", u::sign_abs),
        ("unsigned_abs", "stablehlo.abs", u::sign_abs),
        ("unsigned_power", "stablehlo.power", u::unsupported),
        ("unsigned_top_k", "chlo.top_k", u::unsupported),
        ("unsigned_dynamic_slice", "stablehlo.dynamic_slice", u::indices),
        (
            "unsigned_dynamic_update_slice",
            "stablehlo.dynamic_update_slice",
            u::indices,
        ),
        ("unsigned_gather", "stablehlo.gather", u::indices),
        ("unsigned_dynamic_gather", "stablehlo.dynamic_gather", u::indices),
        ("unsigned_scatter", "stablehlo.scatter", u::indices),
    ];
    for (name, root, f) in unsigned {
        v.push(Arc::new(FnPattern {
            name,
            root,
            f,
            benefit: 2,
        }));
    }
    v
}

fn compare(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let operands = match total_order_keys(op, operands, rw) {
        Some(keys) => keys,
        None => operands.to_vec(),
    };
    let operands = &operands[..];
    let ctx = rw.m.ctx().clone();
    let word = |name: &str| match rw.m.attr(op, name).map(|a| ctx.attr(a)) {
        Some(AttrKind::Dialect { body, .. }) => body
            .split_whitespace()
            .last()
            .map(|w| w.trim_end_matches('>').to_string()),
        _ => None,
    };
    // Unsigned integers have no Kiln element type yet; a total order that `total_order_keys`
    // did not rewrite is on a type it cannot key.
    let is_float = |v: Value| {
        ctx.ty(rw.m.value_type(v))
            .element_type()
            .is_some_and(|e| ctx.ty(e).is_float())
    };
    // Unsigned element types order as unsigned whatever the compare type says (StableHLO
    // derives it from the type); UNSIGNED on signless integers (JAX compares i1 that way)
    // also uses the unsigned predicates.
    let unsigned_elem = crate::stablehlo_unsigned::unsigned_width(rw, operands[0]).is_some();
    let unsigned = match word("compare_type").as_deref() {
        Some("UNSIGNED") => !is_float(operands[0]),
        Some("TOTALORDER") if is_float(operands[0]) => return false,
        _ => unsigned_elem,
    };
    let pred = match (word("comparison_direction").as_deref(), unsigned) {
        (Some("EQ"), _) => "eq",
        (Some("NE"), _) => "ne",
        (Some("LT"), false) => "lt",
        (Some("LE"), false) => "le",
        (Some("GT"), false) => "gt",
        (Some("GE"), false) => "ge",
        (Some("LT"), true) => "ult",
        (Some("LE"), true) => "ule",
        (Some("GT"), true) => "ugt",
        (Some("GE"), true) => "uge",
        _ => return false,
    };
    replace_with(rw, op, "ktensor.cmp", operands, vec![("predicate", ctx.str_attr(pred))]);
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
    replace_with(rw, op, "ktensor.assert", operands, vec![("message", msg)]);
    true
}

/// `stablehlo.composite "name" %args {decomposition = @f}` means `func.call @f(%args)`: the
/// decomposition is the composite's meaning (Kiln has no faster kernel for any composite JAX
/// emits), and the inliner or the tiers treat it as any private function.
fn composite(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    let Some(callee) =
        rw.m.attr(op, "decomposition")
            .filter(|&a| matches!(ctx.attr(a), AttrKind::SymbolRef { .. }))
    else {
        return false;
    };
    replace_with(rw, op, "func.call", operands, vec![("callee", callee)]);
    true
}

/// JAX's `custom_call @stablehlo.dynamic_reduce_window(inputs..., inits..., window_dimensions,
/// window_strides, base_dilations, window_dilations, padding)` (a `reduce_window` whose window
/// depends on the symbolic batch: `jnp.cumsum` along it) becomes a `ktensor.reduce_window`
/// with those five lists as run-time operands and the reducer (`called_computations`) as its
/// region.
fn dynamic_reduce_window(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    if rw.m.attr(op, "call_target_name").and_then(|a| ctx.attr_str(a)) != Some("stablehlo.dynamic_reduce_window") {
        return false;
    }
    if operands.len() < 7 || !(operands.len() - 5).is_multiple_of(2) {
        return rw.unsupported(
            "stablehlo.dynamic_reduce_window expects inputs, as many initial values and five window lists",
        );
    }
    let reducer = match rw.m.attr(op, "called_computations").map(|a| ctx.attr(a).clone()) {
        Some(AttrKind::Array(items)) if items.len() == 1 => match ctx.attr(items[0]) {
            AttrKind::SymbolRef { root, .. } => kiln_ir::symbol::lookup_nearest(rw.m, op, ctx.str(*root)),
            _ => None,
        },
        _ => None,
    };
    let Some(reducer) = reducer.filter(|&f| !rw.m.regions(f).is_empty()) else {
        return rw.unsupported("stablehlo.dynamic_reduce_window needs one reducer in 'called_computations'");
    };
    let mut st = OperationState::new(ctx.sym("ktensor.reduce_window"), rw.m.loc(op));
    st.operands.extend_from_slice(operands);
    st.result_types.extend(rw.m.results(op).map(|r| rw.m.value_type(r)));
    let body = rw.m.regions(reducer)[0];
    st.regions.push(clone_region(rw, body));
    let new = rw.create(&Builder::before(op), st);
    // The reducer is a function: its `return` becomes the region's `yield`.
    let region = rw.m.regions(new)[0];
    if let Some(term) =
        rw.m.region_blocks(region)
            .last()
            .and_then(|&b| rw.m.last_op(b))
            .filter(|&t| rw.m.op_name(t) == "func.return")
    {
        let vals: Vec<Value> = rw.m.operands(term).collect();
        let mut y = OperationState::new(ctx.sym("ktensor.yield"), rw.m.loc(term));
        y.operands.extend(vals);
        rw.create(&Builder::before(term), y);
        rw.erase_op(term);
    }
    let results: Vec<Value> = rw.m.results(new).collect();
    rw.replace_op(op, &results);
    true
}

/// Creates `name(operands) {attrs} -> result types of op` before `op` and replaces `op` with it.
pub(crate) fn replace_with(
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
    benefit: u16,
}

type PatternFn = fn(OpId, &[Value], &mut ConversionRewriter<'_>) -> bool;
impl ConversionPattern for FnPattern {
    fn name(&self) -> &str {
        self.name
    }
    fn root(&self) -> Option<&str> {
        Some(self.root)
    }
    fn benefit(&self) -> u16 {
        self.benefit
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
    replace_with(rw, op, "ktensor.constant", &[], vec![("value", v)]);
    true
}

fn broadcast_in_dim(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let Some(dims) = rw.m.attr(op, "broadcast_dimensions") else {
        return false;
    };
    replace_with(rw, op, "ktensor.broadcast_in_dim", operands, vec![("dims", dims)]);
    true
}

fn transpose(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let Some(perm) = rw.m.attr(op, "permutation") else {
        return false;
    };
    replace_with(rw, op, "ktensor.transpose", operands, vec![("perm", perm)]);
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
    replace_with(rw, op, "ktensor.dot_general", operands, attrs);
    true
}

fn square(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    replace_with(rw, op, "ktensor.mul", &[operands[0], operands[0]], vec![]);
    true
}

/// A single-operand reduce whose body is one standard binary op becomes ktensor.reduce, combined
/// with the initial value (broadcast to the result shape); any other reduce becomes
/// ktensor.reduce_region with the body carried over.
fn reduce(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    standard_reduce(op, operands, rw)
        || with_region(op, operands, rw, "ktensor.reduce_region", &[("dimensions", "axes")])
}

fn standard_reduce(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
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
    // Unsigned max and min order differently from ktensor.reduce's: those reduce through the
    // region, whose combiner converts to the unsigned form.
    let unsigned = crate::stablehlo_unsigned::unsigned_width(rw, operands[0]).is_some();
    let m = &*rw.m;
    let (kind, combine) = match m.op_name(ops[0]) {
        "stablehlo.add" => ("sum", "ktensor.add"),
        "stablehlo.maximum" if !unsigned => ("max", "ktensor.max"),
        "stablehlo.minimum" if !unsigned => ("min", "ktensor.min"),
        "stablehlo.multiply" => ("prod", "ktensor.mul"),
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
    let mut st = OperationState::new(ctx.sym("ktensor.reduce"), loc);
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
    if !matches!(m.op_name(d), "stablehlo.constant" | "ktensor.constant") {
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
    let Some(value) = ctx.dense_bits(elem, data, 0).and_then(|b| ctx.bits_as_f64(elem, b)) else {
        return false;
    };
    match kind {
        "sum" => value == 0.0,
        "prod" => value == 1.0,
        "max" => value == f64::NEG_INFINITY,
        "min" => value == f64::INFINITY,
        _ => false,
    }
}

/// `while` becomes `ktensor.while` and `if` becomes `ktensor.if`: the regions are carried over as
/// they are and their `stablehlo.return`s converted by `RegionReturn`. `case` becomes a chain of
/// `ktensor.if`s.
fn control_flow(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    let n_regions = rw.m.regions(op).len();
    let name = match rw.m.op_name(op) {
        "stablehlo.while" if n_regions == 2 => "ktensor.while",
        "stablehlo.if" if n_regions == 2 => "ktensor.if",
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

/// `stablehlo.return` inside a converted region: `ktensor.condition` ends a while's cond region,
/// `ktensor.yield` every other.
fn region_return(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let m = &*rw.m;
    let Some(parent) = m.parent_op(op) else {
        return false;
    };
    let in_cond = m.op_name(parent) == "ktensor.while"
        && m.parent_block(op).and_then(|b| m.block_region(b)) == m.regions(parent).first().copied();
    let name = match m.op_name(parent) {
        "ktensor.while" if in_cond => "ktensor.condition",
        "ktensor.while"
        | "ktensor.if"
        | "ktensor.reduce_region"
        | "ktensor.reduce_window"
        | "ktensor.sort"
        | "ktensor.general_scatter" => "ktensor.yield",
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
    if crate::stablehlo_unsigned::unsigned_width(rw, *x).is_some() {
        let mx = crate::stablehlo_unsigned::unsigned_min_max(rw, op, "ugt", *x, lo);
        let v = crate::stablehlo_unsigned::unsigned_min_max(rw, op, "ult", mx, hi);
        rw.replace_op(op, &[v]);
        return true;
    }
    let mut st = OperationState::new(ctx.sym("ktensor.max"), loc);
    st.operands.extend_from_slice(&[*x, lo]);
    st.result_types.push(xty);
    let mx = rw.create(&b, st);
    let mx = rw.m.result(mx, 0);
    replace_with(rw, op, "ktensor.min", &[mx, hi], vec![]);
    true
}

/// Broadcasts rank-0 `scalar` to the type of `like`. A dimension that is not a constant is read
/// from `like` at run time (`ktensor.dim`), so `?` and symbolic shapes work.
pub(crate) fn splat_like(rw: &mut ConversionRewriter<'_>, at: OpId, scalar: Value, like: Value) -> Value {
    let ty = rw.m.value_type(like);
    splat_as(rw, at, scalar, like, ty)
}

/// `splat_like` with result type `ty` (the shape of `like`, any element type).
pub(crate) fn splat_as(
    rw: &mut ConversionRewriter<'_>,
    at: OpId,
    scalar: Value,
    like: Value,
    ty: kiln_ir::Type,
) -> Value {
    // The broadcast and its shape operand are legal tensor ops: nothing to convert further.
    kiln_dialects::builders::OpBuilder::before(rw.m, at).broadcast_to(scalar, like, ty)
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
    let mut c = OperationState::new(ctx.sym("ktensor.constant"), loc);
    c.props = vec![(
        ctx.sym("value"),
        ctx.dense_attr(rank0(ctx.i32()), (k as i32).to_le_bytes().to_vec()),
    )];
    c.result_types.push(rank0(ctx.i32()));
    let c = rw.create(at, c);
    let mut eq = OperationState::new(ctx.sym("ktensor.cmp"), loc);
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
        let mut y = OperationState::new(ctx.sym("ktensor.yield"), loc);
        y.operands.extend_from_slice(&inner);
        rw.create(&Builder::at_end(block), y);
        r
    };
    let mut st = OperationState::new(ctx.sym("ktensor.if"), loc);
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
    let mut st = OperationState::new(ctx.sym("ktensor.constant"), rw.m.loc(op));
    st.props = vec![(ctx.sym("value"), ones)];
    st.result_types.push(rank0);
    let c = rw.create(&Builder::before(op), st);
    let c = rw.m.result(c, 0);
    let all = splat_like(rw, op, c, x);
    replace_with(rw, op, "ktensor.xor", &[x, all], vec![]);
    true
}

/// Replaces `op` by `name` with the same operands and results, its regions carried over (their
/// `stablehlo.return`s converted by `region_return`) and attributes renamed as `attrs` says.
fn with_region(
    op: OpId,
    operands: &[Value],
    rw: &mut ConversionRewriter<'_>,
    name: &str,
    attrs: &[(&str, &str)],
) -> bool {
    with_region_props(op, operands, rw, name, attrs, vec![])
}

/// `with_region` plus the attributes `extra`.
fn with_region_props(
    op: OpId,
    operands: &[Value],
    rw: &mut ConversionRewriter<'_>,
    name: &str,
    attrs: &[(&str, &str)],
    extra: Vec<(&str, kiln_ir::Attr)>,
) -> bool {
    let ctx = rw.m.ctx().clone();
    let mut st = OperationState::new(ctx.sym(name), rw.m.loc(op));
    for &(from, to) in attrs {
        if let Some(a) = rw.m.attr(op, from) {
            st.props.push((ctx.sym(to), a));
        }
    }
    st.props.extend(extra.into_iter().map(|(n, a)| (ctx.sym(n), a)));
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

/// The integers of a dense attribute (a splat expanded to its type's element count).
pub(crate) fn dense_ints(ctx: &kiln_ir::Context, a: kiln_ir::Attr) -> Option<Vec<i64>> {
    match ctx.attr(a) {
        AttrKind::Dense { ty, data } => {
            let n: i64 = ctx
                .ty(*ty)
                .shape()?
                .iter()
                .map(|d| match d {
                    kiln_ir::Dim::Const(c) => Some(*c),
                    _ => None,
                })
                .product::<Option<i64>>()?;
            let elem = ctx.ty(*ty).element_type()?;
            (0..n as usize)
                .map(|i| ctx.bits_as_i64(elem, ctx.dense_bits(elem, data, i)?))
                .collect()
        }
        AttrKind::DenseArray {
            values: kiln_ir::attrs::DenseArray::Int(v),
            ..
        } => Some(v.to_vec()),
        _ => None,
    }
}

/// `reduce_window` keeps its attributes; `padding` (an `Nx2` dense) becomes a flat list.
fn reduce_window(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    let pad = match rw.m.attr(op, "padding") {
        Some(a) => match dense_ints(&ctx, a) {
            Some(v) => Some(ctx.i64_array_attr(&v)),
            None => return false,
        },
        None => None,
    };
    let keep = [
        ("window_dimensions", "window_dimensions"),
        ("window_strides", "window_strides"),
        ("base_dilations", "base_dilations"),
        ("window_dilations", "window_dilations"),
    ];
    let extra = pad.map(|p| vec![("padding", p)]).unwrap_or_default();
    with_region_props(op, operands, rw, "ktensor.reduce_window", &keep, extra)
}

/// `sort` keeps `dimension` and `is_stable` and its comparator.
fn sort(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    with_region(
        op,
        operands,
        rw,
        "ktensor.sort",
        &[("dimension", "dimension"), ("is_stable", "is_stable")],
    )
}

/// Reads the integer `name = 3` from a dialect attribute body.
fn body_int(body: &str, name: &str) -> Option<i64> {
    let at = body.find(&format!("{name} ="))?;
    let rest = body[at + name.len() + 2..].trim_start();
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(rest.len());
    rest[..end].parse().ok()
}

/// The body of the dialect attribute `name` (`#stablehlo.gather<...>`).
pub(crate) fn dialect_body(rw: &ConversionRewriter<'_>, op: OpId, name: &str) -> Option<String> {
    match rw.m.attr(op, name).map(|a| rw.m.ctx().attr(a)) {
        Some(AttrKind::Dialect { body, .. }) => Some(body.to_string()),
        _ => None,
    }
}

/// Dimension-number lists (`name` in the body, attribute `name` on the tensor op) and
/// `index_vector_dim` (0 when absent, as StableHLO prints it).
fn dimension_numbers(ctx: &kiln_ir::Context, body: &str, lists: &[&'static str]) -> Vec<(&'static str, kiln_ir::Attr)> {
    let mut props: Vec<(&'static str, kiln_ir::Attr)> = lists
        .iter()
        .map(|&n| (n, ctx.i64_array_attr(&body_int_list(body, n).unwrap_or_default())))
        .collect();
    let ivd = body_int(body, "index_vector_dim").unwrap_or(0);
    props.push(("index_vector_dim", ctx.int_attr(ivd as i128, ctx.i64())));
    props
}

/// `gather` and `dynamic_gather` (run-time slice sizes) become ktensor.general_gather.
fn gather(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    let Some(body) = dialect_body(rw, op, "dimension_numbers") else {
        return false;
    };
    let mut props = dimension_numbers(
        &ctx,
        &body,
        &[
            "offset_dims",
            "collapsed_slice_dims",
            "operand_batching_dims",
            "start_indices_batching_dims",
            "start_index_map",
        ],
    );
    if let Some(s) = rw.m.attr(op, "slice_sizes") {
        props.push(("slice_sizes", s));
    } else if operands.len() != 3 {
        return false;
    }
    replace_with(rw, op, "ktensor.general_gather", operands, props);
    true
}

/// A single-input `scatter` becomes ktensor.general_scatter with its combiner.
fn scatter(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    let Some(body) = dialect_body(rw, op, "scatter_dimension_numbers") else {
        return false;
    };
    if operands.len() != 3 {
        return false;
    }
    let props = dimension_numbers(
        &ctx,
        &body,
        &[
            "update_window_dims",
            "inserted_window_dims",
            "input_batching_dims",
            "scatter_indices_batching_dims",
            "scatter_dims_to_operand_dims",
        ],
    );
    with_region_props(op, operands, rw, "ktensor.general_scatter", &[], props)
}

/// Creates `name(operands) {props} : result` before `at` and returns its result.
pub(crate) fn emit(
    rw: &mut ConversionRewriter<'_>,
    at: OpId,
    name: &str,
    operands: &[Value],
    props: Vec<(&str, kiln_ir::Attr)>,
    result: kiln_ir::Type,
) -> Value {
    let ctx = rw.m.ctx().clone();
    let mut st = OperationState::new(ctx.sym(name), rw.m.loc(at));
    st.operands.extend_from_slice(operands);
    st.props = props.into_iter().map(|(n, a)| (ctx.sym(n), a)).collect();
    st.result_types.push(result);
    let o = rw.create(&Builder::before(at), st);
    rw.m.result(o, 0)
}

/// A rank-0 integer constant of element type `elem`.
fn int_constant(rw: &mut ConversionRewriter<'_>, at: OpId, elem: kiln_ir::Type, v: i64) -> Value {
    let ctx = rw.m.ctx().clone();
    let ty = ctx.tensor_type(vec![], elem);
    let bytes = ctx.bit_width(elem).map_or(8, |w| (w as usize).div_ceil(8));
    let value = ctx.dense_attr(ty, v.to_le_bytes()[..bytes].to_vec());
    emit(rw, at, "ktensor.constant", &[], vec![("value", value)], ty)
}

/// For a TOTALORDER comparison of floats, keys that compare as signed integers in IEEE total
/// order: `bits ^ ((bits >> (w-1)) >>> 1)` flips every bit but the sign of a negative float.
fn total_order_keys(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> Option<Vec<Value>> {
    let ctx = rw.m.ctx().clone();
    match rw.m.attr(op, "compare_type").map(|a| ctx.attr(a)) {
        Some(AttrKind::Dialect { body, .. }) if body.contains("TOTALORDER") => {}
        _ => return None,
    }
    let ty = rw.m.value_type(operands[0]);
    let elem = ctx.ty(ty).element_type()?;
    let int = match ctx.bit_width(elem) {
        Some(32) if ctx.ty(elem).is_float() => ctx.i32(),
        Some(64) if ctx.ty(elem).is_float() => ctx.int_type(64),
        _ => return None,
    };
    let dims = ctx.ty(ty).shape()?.to_vec();
    let ity = ctx.tensor_type(dims, int);
    let width = ctx.bit_width(int)? as i64;
    let mut keys = Vec::new();
    for &v in operands {
        let bits = emit(rw, op, "ktensor.bitcast", &[v], vec![], ity);
        let s = int_constant(rw, op, int, width - 1);
        let s = splat_like(rw, op, s, bits);
        let one = int_constant(rw, op, int, 1);
        let one = splat_like(rw, op, one, bits);
        let sign = emit(rw, op, "ktensor.shift_right_arithmetic", &[bits, s], vec![], ity);
        let mask = emit(rw, op, "ktensor.shift_right_logical", &[sign, one], vec![], ity);
        keys.push(emit(rw, op, "ktensor.xor", &[bits, mask], vec![], ity));
    }
    Some(keys)
}

/// `chlo.top_k(x, k)`: a stable sort of (x, iota) along the last dimension by `x` descending,
/// then the first k of each.
fn top_k(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    let x = operands[0];
    let ty = rw.m.value_type(x);
    let (Some(dims), Some(elem)) = (ctx.ty(ty).shape().map(|s| s.to_vec()), ctx.ty(ty).element_type()) else {
        return false;
    };
    let Some(k) = rw.m.attr(op, "k").and_then(|a| ctx.attr_int(a)) else {
        return false;
    };
    let consts: Option<Vec<i64>> = dims
        .iter()
        .map(|d| match d {
            kiln_ir::Dim::Const(c) => Some(*c),
            _ => None,
        })
        .collect();
    let (Some(consts), Some(last)) = (consts, dims.len().checked_sub(1)) else {
        return false;
    };
    if rw.m.num_results(op) != 2 || k as i64 > consts[last] {
        return false;
    }
    let idx_elem = ctx
        .ty(rw.m.value_type(rw.m.result(op, 1)))
        .element_type()
        .unwrap_or(ctx.i32());
    let ity = ctx.tensor_type(dims.clone(), idx_elem);
    let iota = emit(
        rw,
        op,
        "ktensor.iota",
        &[],
        vec![("dim", ctx.int_attr(last as i128, ctx.i64()))],
        ity,
    );
    // ^bb0(%a, %b, %i, %j): yield %a > %b
    let loc = rw.m.loc(op);
    let (e0, i0) = (ctx.tensor_type(vec![], elem), ctx.tensor_type(vec![], idx_elem));
    let (region, block) = Builder::region_with_block(rw.m, &[e0, e0, i0, i0], loc);
    let args = rw.m.block_args(block).to_vec();
    let mut gt = OperationState::new(ctx.sym("ktensor.cmp"), loc);
    gt.operands.extend([args[0], args[1]]);
    gt.props = vec![(ctx.sym("predicate"), ctx.str_attr("gt"))];
    gt.result_types.push(ctx.tensor_type(vec![], ctx.i1()));
    let gt = rw.create(&Builder::at_end(block), gt);
    let mut y = OperationState::new(ctx.sym("ktensor.yield"), loc);
    y.operands.push(rw.m.result(gt, 0));
    rw.create(&Builder::at_end(block), y);
    let mut st = OperationState::new(ctx.sym("ktensor.sort"), loc);
    st.operands.extend([x, iota]);
    st.props = vec![
        (ctx.sym("dimension"), ctx.int_attr(last as i128, ctx.i64())),
        (ctx.sym("is_stable"), ctx.unit_attr()),
    ];
    st.result_types.extend([ty, ity]);
    st.regions.push(region);
    let sorted = rw.create(&Builder::before(op), st);
    let sorted: Vec<Value> = rw.m.results(sorted).collect();
    let zeros = vec![0i64; dims.len()];
    let mut limit = consts.clone();
    limit[last] = k as i64;
    let ones = vec![1i64; dims.len()];
    let mut results = Vec::new();
    for (i, &v) in sorted.iter().enumerate() {
        let rty = rw.m.value_type(rw.m.result(op, i));
        let props = vec![
            ("start", ctx.i64_array_attr(&zeros)),
            ("limit", ctx.i64_array_attr(&limit)),
            ("strides", ctx.i64_array_attr(&ones)),
        ];
        results.push(emit(rw, op, "ktensor.slice", &[v], props, rty));
    }
    rw.replace_op(op, &results);
    true
}

/// `select`; a rank-0 predicate choosing between whole tensors is broadcast to their shape.
fn select(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    let [p, a, b] = operands else {
        return false;
    };
    let rank = |v: Value| ctx.ty(rw.m.value_type(v)).shape().map(|s| s.len());
    let p = if rank(*p) == Some(0) && rank(*a) != Some(0) {
        let pty = ctx.tensor_type(ctx.ty(rw.m.value_type(*a)).shape().unwrap_or(&[]).to_vec(), ctx.i1());
        splat_as(rw, op, *p, *a, pty)
    } else {
        *p
    };
    replace_with(rw, op, "ktensor.select", &[p, *a, *b], vec![]);
    true
}

/// `erfc(x)` as `1 - erf(x)`.
fn erfc(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    let x = operands[0];
    let ty = rw.m.value_type(x);
    let Some(elem) = ctx.ty(ty).element_type().filter(|&e| ctx.ty(e).is_float()) else {
        return false;
    };
    let rank0 = ctx.tensor_type(vec![], elem);
    let one = match ctx.ty(elem) {
        kiln_ir::TypeKind::Float(k) => kiln_ir::float::f64_to_bits(1.0, *k),
        _ => return false,
    };
    let width = ctx.bit_width(elem).map_or(4, |w| (w as usize).div_ceil(8));
    let c = emit(
        rw,
        op,
        "ktensor.constant",
        &[],
        vec![("value", ctx.dense_attr(rank0, one.to_le_bytes()[..width].to_vec()))],
        rank0,
    );
    let ones = splat_like(rw, op, c, x);
    let e = emit(rw, op, "ktensor.erf", &[x], vec![], ty);
    replace_with(rw, op, "ktensor.sub", &[ones, e], vec![]);
    true
}

/// An optimization barrier only orders compiler transformations: its results are its operands.
fn optimization_barrier(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    rw.replace_op(op, operands);
    true
}
