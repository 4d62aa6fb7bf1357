//! The `arith` dialect: constants and scalar arithmetic (this file grows with the dialects
//! issue; each op's folder sits in its declaration).

use kiln_ir::attrs::AttrKind;
use kiln_ir::builder::Builder;
use kiln_ir::float::{bits_to_f64, f64_to_bits};
use kiln_ir::lexer::Tok;
use kiln_ir::module::{Module, OpId, OperationState};
use kiln_ir::parser::{OpParser, PResult};
use kiln_ir::printer::{type_to_string, OpPrinter};
use kiln_ir::registry::{DialectDef, FoldFn, FoldResult, OpDef, Traits};
use kiln_ir::rewrite::{constant_value, RewritePattern, Rewriter};
use kiln_ir::{Attr, Type, TypeKind};
use std::sync::Arc;

/// The `arith` dialect definition.
pub fn dialect() -> DialectDef {
    let mut d = DialectDef::new("arith", "Scalar (and later vector/tensor) arithmetic");
    d.materialize_constant = Some(materialize_constant);
    d.ops.push(OpDef {
        traits: Traits::PURE | Traits::CONSTANT_LIKE,
        inherent_attrs: vec!["value"],
        verify: Some(verify_constant),
        parse: Some(parse_constant),
        print: Some(print_constant),
        ..OpDef::new(
            "arith.constant",
            "A constant of integer, index or float type (scalar or dense)",
        )
    });
    let binary: [(&str, &str, bool, FoldFn); 7] = [
        ("arith.addi", "Integer addition (wrapping)", true, fold_addi),
        ("arith.subi", "Integer subtraction (wrapping)", false, fold_subi),
        ("arith.muli", "Integer multiplication (wrapping)", true, fold_muli),
        ("arith.addf", "Float addition", true, fold_addf),
        ("arith.subf", "Float subtraction", false, fold_subf),
        ("arith.mulf", "Float multiplication", true, fold_mulf),
        ("arith.divf", "Float division", false, fold_divf),
    ];
    for (name, summary, commutative, fold) in binary {
        let mut traits = Traits::PURE | Traits::SAME_OPERANDS_AND_RESULT_TYPE;
        let mut canonical_patterns: Vec<Arc<dyn RewritePattern>> = Vec::new();
        if commutative {
            traits |= Traits::COMMUTATIVE;
            canonical_patterns.push(Arc::new(ConstantToRight { root: name }));
        }
        let float = name.ends_with('f');
        d.ops.push(OpDef {
            traits,
            verify: Some(if float { verify_float_binary } else { verify_int_binary }),
            fold: Some(fold),
            canonical_patterns,
            parse: Some(parse_binary),
            print: Some(print_binary),
            ..OpDef::new(name, summary)
        });
    }
    d
}

fn materialize_constant(m: &mut Module, b: &mut Builder, value: Attr, ty: Type, loc: Attr) -> Option<OpId> {
    let ctx = m.ctx().clone();
    let ok = match ctx.attr(value) {
        AttrKind::Integer { ty: t, .. } | AttrKind::Float { ty: t, .. } | AttrKind::Dense { ty: t, .. } => *t == ty,
        AttrKind::Bool(_) => ty == ctx.i1(),
        _ => false,
    };
    if !ok {
        return None;
    }
    let mut st = OperationState::new(ctx.sym("arith.constant"), loc);
    st.props.push((ctx.sym("value"), value));
    st.result_types.push(ty);
    Some(b.create(m, st))
}

/// The type a constant attribute gives its result.
fn constant_attr_type(m: &Module, a: Attr) -> Option<Type> {
    let ctx = m.ctx();
    match ctx.attr(a) {
        AttrKind::Integer { ty, .. } | AttrKind::Float { ty, .. } | AttrKind::Dense { ty, .. } => Some(*ty),
        AttrKind::Bool(_) => Some(ctx.i1()),
        _ => None,
    }
}

fn verify_constant(m: &Module, op: OpId) -> Result<(), String> {
    let v = m.attr(op, "value").ok_or("requires attribute 'value'")?;
    let t = constant_attr_type(m, v).ok_or("'value' must be an integer, float or dense elements attribute")?;
    if m.num_results(op) != 1 || m.value_type(m.result(op, 0)) != t {
        return Err(format!(
            "value type '{}' must match the result type",
            type_to_string(m.ctx(), t)
        ));
    }
    Ok(())
}

fn parse_constant(p: &mut OpParser<'_, '_>) -> PResult<()> {
    p.parse_optional_attr_dict()?;
    let at = p.current_loc();
    let a = p.parse_attr()?;
    let ctx = p.ctx();
    let ty = match ctx.attr(a) {
        AttrKind::Integer { ty, .. } | AttrKind::Float { ty, .. } | AttrKind::Dense { ty, .. } => *ty,
        AttrKind::Bool(_) => ctx.i1(),
        _ => {
            return Err(kiln_ir::Diagnostic::error(
                at,
                "expected an integer, float or dense constant with its type",
            ))
        }
    };
    p.add_attr("value", a);
    p.state.result_types.push(ty);
    Ok(())
}

fn print_constant(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.attr_dict(op, &["value"]);
    if let Some(v) = m.attr(op, "value") {
        pr.w(" ");
        pr.attr(v);
    }
}

fn verify_int_binary(m: &Module, op: OpId) -> Result<(), String> {
    check_elem(m, op, |k| k.is_integer_like(), "signless-integer-like")
}
fn verify_float_binary(m: &Module, op: OpId) -> Result<(), String> {
    check_elem(m, op, |k| k.is_float(), "floating-point-like")
}
fn check_elem(m: &Module, op: OpId, ok: fn(&TypeKind) -> bool, what: &str) -> Result<(), String> {
    if m.num_operands(op) != 2 || m.num_results(op) != 1 {
        return Err("expects two operands and one result".into());
    }
    let ctx = m.ctx();
    let t = m.value_type(m.result(op, 0));
    let e = ctx.ty(t).element_type().unwrap_or(t);
    if !ok(ctx.ty(e)) {
        return Err(format!(
            "operand #0 must be {what}, but got '{}'",
            type_to_string(ctx, t)
        ));
    }
    Ok(())
}

fn parse_binary(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let a = p.parse_operand()?;
    p.expect(Tok::Comma, "','")?;
    let b = p.parse_operand()?;
    p.parse_optional_attr_dict()?;
    let t = p.parse_colon_type()?;
    p.resolve_operands(&[a, b], &[t, t])?;
    p.state.result_types.push(t);
    Ok(())
}

fn print_binary(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.w(" ");
    pr.operands(m.operands(op));
    pr.attr_dict(op, &[]);
    pr.w(" : ");
    pr.ty(m.value_type(m.result(op, 0)));
}

// ----- folding -----

/// Wraps an integer to the width of `ty` (sign-extended back into i128).
fn wrap(m: &Module, ty: Type, v: i128) -> i128 {
    let w = m.ctx().bit_width(ty).unwrap_or(64).min(127);
    let shift = 128 - w;
    (v << shift) >> shift
}

fn int_of(m: &Module, a: Option<Attr>) -> Option<i128> {
    match m.ctx().attr(a?) {
        AttrKind::Integer { value, .. } => Some(*value),
        _ => None,
    }
}

fn float_of(m: &Module, a: Option<Attr>) -> Option<f64> {
    match m.ctx().attr(a?) {
        AttrKind::Float { bits, ty } => match m.ctx().ty(*ty) {
            TypeKind::Float(k) => Some(bits_to_f64(*bits, *k)),
            _ => None,
        },
        _ => None,
    }
}

fn int_result(m: &Module, op: OpId, v: i128) -> Option<Vec<FoldResult>> {
    let ty = m.value_type(m.result(op, 0));
    if !m.ctx().ty(ty).is_integer_like() {
        return None;
    }
    Some(vec![FoldResult::Attr(m.ctx().int_attr(wrap(m, ty, v), ty))])
}

fn float_result(m: &Module, op: OpId, v: f64) -> Option<Vec<FoldResult>> {
    let ty = m.value_type(m.result(op, 0));
    let TypeKind::Float(k) = *m.ctx().ty(ty) else {
        return None;
    };
    let bits = f64_to_bits(v, k);
    Some(vec![FoldResult::Attr(
        m.ctx().intern_attr(AttrKind::Float { bits, ty }),
    )])
}

fn same(op: OpId, m: &Module, i: usize) -> Option<Vec<FoldResult>> {
    Some(vec![FoldResult::Value(m.operand_value(op, i))])
}

fn fold_addi(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    match (int_of(m, c[0]), int_of(m, c[1])) {
        (Some(a), Some(b)) => int_result(m, op, a.wrapping_add(b)),
        (_, Some(0)) => same(op, m, 0),
        _ => None,
    }
}

fn fold_subi(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if m.operand_value(op, 0) == m.operand_value(op, 1) {
        return int_result(m, op, 0);
    }
    match (int_of(m, c[0]), int_of(m, c[1])) {
        (Some(a), Some(b)) => int_result(m, op, a.wrapping_sub(b)),
        (_, Some(0)) => same(op, m, 0),
        _ => None,
    }
}

fn fold_muli(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    match (int_of(m, c[0]), int_of(m, c[1])) {
        (Some(a), Some(b)) => int_result(m, op, a.wrapping_mul(b)),
        (_, Some(1)) => same(op, m, 0),
        (_, Some(0)) => int_result(m, op, 0),
        _ => None,
    }
}

fn fold_addf(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    match (float_of(m, c[0]), float_of(m, c[1])) {
        (Some(a), Some(b)) => float_result(m, op, a + b),
        // x + -0.0 == x for every x (x + 0.0 is not: -0.0 + 0.0 = 0.0).
        (_, Some(z)) if z == 0.0 && z.is_sign_negative() => same(op, m, 0),
        _ => None,
    }
}

fn fold_subf(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    match (float_of(m, c[0]), float_of(m, c[1])) {
        (Some(a), Some(b)) => float_result(m, op, a - b),
        (_, Some(z)) if z == 0.0 && z.is_sign_positive() => same(op, m, 0),
        _ => None,
    }
}

fn fold_mulf(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    match (float_of(m, c[0]), float_of(m, c[1])) {
        (Some(a), Some(b)) => float_result(m, op, a * b),
        (_, Some(1.0)) => same(op, m, 0),
        _ => None,
    }
}

fn fold_divf(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    match (float_of(m, c[0]), float_of(m, c[1])) {
        (Some(a), Some(b)) => float_result(m, op, a / b),
        (_, Some(1.0)) => same(op, m, 0),
        _ => None,
    }
}

/// Commutative ops keep constants on the right, so folders and later patterns see one form.
struct ConstantToRight {
    root: &'static str,
}

impl RewritePattern for ConstantToRight {
    fn name(&self) -> &str {
        "constant-to-right"
    }
    fn root(&self) -> Option<&str> {
        Some(self.root)
    }
    fn match_and_rewrite(&self, op: OpId, rw: &mut Rewriter<'_>) -> bool {
        let (a, b) = (rw.m.operand_value(op, 0), rw.m.operand_value(op, 1));
        if constant_value(rw.m, a).is_some() && constant_value(rw.m, b).is_none() {
            rw.m.set_operands(op, &[b, a]);
            rw.modified(op);
            return true;
        }
        false
    }
}
