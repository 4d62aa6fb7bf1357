//! The `arith` dialect: constants, integer and float arithmetic, comparisons, select, casts and
//! bitwise ops on scalars, vectors and tensors (elementwise). Comparison predicates are stored
//! as MLIR's integer encodings, so the generic form interoperates with upstream.

use crate::syntax::{parse_std, print_std};
use kiln_ir::attrs::AttrKind;
use kiln_ir::builder::Builder;
use kiln_ir::float::{bits_to_f64, f64_to_bits};
use kiln_ir::lexer::Tok;
use kiln_ir::module::{Module, OpId, OperationState};
use kiln_ir::parser::{OpParser, PResult};
use kiln_ir::printer::{type_to_string, OpPrinter};
use kiln_ir::registry::{Arity, DialectDef, ElemClass, FoldFn, FoldResult, OpDef, ParseFn, PrintFn, Traits, VerifyFn};
use kiln_ir::rewrite::{constant_value, RewritePattern, Rewriter};
use kiln_ir::{Attr, Context, FloatKind, Type, TypeKind};
use std::sync::Arc;

type R = Result<(), String>;

/// The scalar element type of a scalar, vector or tensor type.
pub fn elem(ctx: &Context, t: Type) -> Type {
    match ctx.ty(t) {
        TypeKind::Vector { elem, .. } | TypeKind::Tensor { elem, .. } => *elem,
        _ => t,
    }
}

/// The same container (scalar, vector or tensor shape) with another element type.
pub fn with_elem(ctx: &Context, t: Type, e: Type) -> Type {
    match ctx.ty(t).clone() {
        TypeKind::Vector { shape, scalable, .. } => ctx.intern_type(TypeKind::Vector {
            shape,
            scalable,
            elem: e,
        }),
        TypeKind::Tensor { shape, encoding, .. } => ctx.intern_type(TypeKind::Tensor {
            shape,
            elem: e,
            encoding,
        }),
        _ => e,
    }
}

// ----- constant -----

/// The type of a constant attribute (integer, float, bool or dense).
pub(crate) fn attr_type(ctx: &Context, a: Attr) -> Option<Type> {
    match ctx.attr(a) {
        AttrKind::Integer { ty, .. } | AttrKind::Float { ty, .. } | AttrKind::Dense { ty, .. } => Some(*ty),
        AttrKind::Bool(_) => Some(ctx.i1()),
        _ => None,
    }
}

fn verify_constant(m: &Module, op: OpId) -> R {
    let v = m.attr(op, "value").ok_or("requires attribute 'value'")?;
    let t = attr_type(m.ctx(), v).ok_or("'value' must be an integer, float or dense elements attribute")?;
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
    let Some(ty) = attr_type(&ctx, a) else {
        return Err(kiln_ir::Diagnostic::error(
            at,
            "expected an integer, float or dense constant with its type",
        ));
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

fn materialize_constant(m: &mut Module, b: &mut Builder, value: Attr, ty: Type, loc: Attr) -> Option<OpId> {
    let ctx = m.ctx().clone();
    if attr_type(&ctx, value) != Some(ty) {
        return None;
    }
    let mut st = OperationState::new(ctx.sym("arith.constant"), loc);
    st.props.push((ctx.sym("value"), value));
    st.result_types.push(ty);
    Some(b.create(m, st))
}

// ----- comparisons -----

/// `arith.cmpi` predicates in MLIR's encoding order.
pub const CMPI: [&str; 10] = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"];
/// `arith.cmpf` predicates in MLIR's encoding order.
pub const CMPF: [&str; 16] = [
    "false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "true",
];

fn predicates(m: &Module, op: OpId) -> &'static [&'static str] {
    if m.op_name(op) == "arith.cmpi" {
        &CMPI
    } else {
        &CMPF
    }
}

fn verify_cmp(m: &Module, op: OpId) -> R {
    let names = predicates(m, op);
    let p = m
        .attr(op, "predicate")
        .and_then(|a| m.ctx().attr_int(a))
        .ok_or("requires integer attribute 'predicate'")?;
    if p < 0 || p as usize >= names.len() {
        return Err(format!("predicate {p} is out of range"));
    }
    if m.num_operands(op) != 2 || m.value_type(m.operand_value(op, 0)) != m.value_type(m.operand_value(op, 1)) {
        return Err("expects two operands of the same type".into());
    }
    let t = m.value_type(m.operand_value(op, 0));
    let want = with_elem(m.ctx(), t, m.ctx().i1());
    if m.value_type(m.result(op, 0)) != want {
        return Err(format!("result must be '{}'", type_to_string(m.ctx(), want)));
    }
    Ok(())
}

fn parse_cmp(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let names: &[&str] = if p.state_name() == "arith.cmpi" { &CMPI } else { &CMPF };
    let at = p.current_loc();
    let kw = p
        .parse_optional_bare_ident()
        .ok_or_else(|| p.error("expected a comparison predicate"))?;
    let idx = names.iter().position(|n| *n == kw).ok_or_else(|| {
        kiln_ir::Diagnostic::error(
            at,
            format!("unknown predicate '{kw}' (expected one of {})", names.join(", ")),
        )
    })?;
    p.expect(Tok::Comma, "','")?;
    let a = p.parse_operand()?;
    p.expect(Tok::Comma, "','")?;
    let b = p.parse_operand()?;
    p.parse_optional_attr_dict()?;
    let t = p.parse_colon_type()?;
    p.resolve_operands(&[a, b], &[t, t])?;
    let ctx = p.ctx();
    p.add_attr("predicate", ctx.int_attr(idx as i128, ctx.i64()));
    p.state.result_types.push(with_elem(&ctx, t, ctx.i1()));
    Ok(())
}

fn print_cmp(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let p = m.attr(op, "predicate").and_then(|a| pr.ctx().attr_int(a)).unwrap_or(0) as usize;
    pr.w(" ");
    pr.w(predicates(m, op).get(p).copied().unwrap_or("?"));
    pr.w(", ");
    pr.operands(m.operands(op));
    pr.attr_dict(op, &["predicate"]);
    pr.w(" : ");
    pr.ty(m.value_type(m.operand_value(op, 0)));
}

// ----- select -----

fn verify_select(m: &Module, op: OpId) -> R {
    if m.num_operands(op) != 3 {
        return Err("expects a condition and two values".into());
    }
    let ctx = m.ctx();
    let (c, a, b) = (
        m.value_type(m.operand_value(op, 0)),
        m.value_type(m.operand_value(op, 1)),
        m.value_type(m.operand_value(op, 2)),
    );
    if a != b || m.value_type(m.result(op, 0)) != a {
        return Err("expects both values and the result to have the same type".into());
    }
    if c != ctx.i1() && c != with_elem(ctx, a, ctx.i1()) {
        return Err(format!(
            "expects an i1 condition or one shaped like the values, got '{}'",
            type_to_string(ctx, c)
        ));
    }
    Ok(())
}

fn parse_select(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let c = p.parse_operand()?;
    p.expect(Tok::Comma, "','")?;
    let a = p.parse_operand()?;
    p.expect(Tok::Comma, "','")?;
    let b = p.parse_operand()?;
    p.parse_optional_attr_dict()?;
    p.expect(Tok::Colon, "':'")?;
    let t1 = p.parse_type()?;
    let ctx = p.ctx();
    // `: T` (scalar condition) or `: C, T` (shaped condition), as MLIR prints them.
    let (ct, t) = if p.consume_if(Tok::Comma) {
        (t1, p.parse_type()?)
    } else {
        (ctx.i1(), t1)
    };
    p.resolve_operands(&[c, a, b], &[ct, t, t])?;
    p.state.result_types.push(t);
    Ok(())
}

fn print_select(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.w(" ");
    pr.operands(m.operands(op));
    pr.attr_dict(op, &[]);
    pr.w(" : ");
    let c = m.value_type(m.operand_value(op, 0));
    if c != pr.ctx().i1() {
        pr.ty(c);
        pr.w(", ");
    }
    pr.ty(m.value_type(m.result(op, 0)));
}

// ----- casts -----

fn parse_cast(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let a = p.parse_operand()?;
    p.parse_optional_attr_dict()?;
    let from = p.parse_colon_type()?;
    p.parse_keyword("to")?;
    let to = p.parse_type()?;
    p.resolve_operands(&[a], &[from])?;
    p.state.result_types.push(to);
    Ok(())
}

fn print_cast(pr: &mut OpPrinter<'_>, op: OpId) {
    crate::syntax::print_unary_conversion(pr, op, " to ")
}

/// Checks a cast against its rule: `rule(from_elem, to_elem, from_width, to_width)`.
fn check_cast(m: &Module, op: OpId, rule: fn(&TypeKind, &TypeKind, u32, u32) -> bool) -> R {
    let ctx = m.ctx();
    let (from, to) = (m.value_type(m.operand_value(op, 0)), m.value_type(m.result(op, 0)));
    let (fe, te) = (elem(ctx, from), elem(ctx, to));
    if with_elem(ctx, from, te) != to {
        return Err(format!(
            "operand '{}' and result '{}' must have the same shape",
            type_to_string(ctx, from),
            type_to_string(ctx, to)
        ));
    }
    let (fw, tw) = (ctx.bit_width(fe).unwrap_or(0), ctx.bit_width(te).unwrap_or(0));
    if !rule(ctx.ty(fe), ctx.ty(te), fw, tw) {
        return Err(format!(
            "invalid cast from '{}' to '{}'",
            type_to_string(ctx, fe),
            type_to_string(ctx, te)
        ));
    }
    Ok(())
}

fn int_kind(k: &TypeKind) -> bool {
    matches!(k, TypeKind::Integer { .. })
}

/// One row per cast: its verifier (generated from the rule) and its folder.
macro_rules! casts {
    ($($verify:ident: $name:literal, $summary:literal, |$f:ident, $t:ident, $fw:ident, $tw:ident| $rule:expr, $fold:ident;)*) => {
        $(fn $verify(m: &Module, op: OpId) -> R {
            check_cast(m, op, |$f, $t, $fw, $tw| $rule)
        })*
        fn cast_specs() -> Vec<Spec> {
            vec![$(Spec { name: $name, summary: $summary, traits: Traits::PURE, elems: ElemClass::Any, verify: Some($verify), fold: Some($fold), parse: parse_cast, print: print_cast, operands: 1 }),*]
        }
    };
}

casts! {
    verify_sitofp: "arith.sitofp", "Signed integer to float", |f, t, _fw, _tw| int_kind(f) && t.is_float(), fold_sitofp;
    verify_uitofp: "arith.uitofp", "Unsigned integer to float", |f, t, _fw, _tw| int_kind(f) && t.is_float(), fold_uitofp;
    verify_fptosi: "arith.fptosi", "Float to signed integer (toward zero)", |f, t, _fw, _tw| f.is_float() && int_kind(t), fold_fptosi;
    verify_fptoui: "arith.fptoui", "Float to unsigned integer (toward zero)", |f, t, _fw, _tw| f.is_float() && int_kind(t), fold_fptoui;
    verify_extf: "arith.extf", "Widens a float", |f, t, fw, tw| f.is_float() && t.is_float() && tw > fw, fold_float_convert;
    verify_truncf: "arith.truncf", "Narrows a float (round to nearest even)", |f, t, fw, tw| f.is_float() && t.is_float() && tw < fw, fold_float_convert;
    verify_extsi: "arith.extsi", "Sign-extends an integer", |f, t, fw, tw| int_kind(f) && int_kind(t) && tw > fw, fold_int_convert;
    verify_extui: "arith.extui", "Zero-extends an integer", |f, t, fw, tw| int_kind(f) && int_kind(t) && tw > fw, fold_extui;
    verify_trunci: "arith.trunci", "Truncates an integer", |f, t, fw, tw| int_kind(f) && int_kind(t) && tw < fw, fold_int_convert;
    verify_index_cast: "arith.index_cast", "Converts between index and an integer type", |f, t, _fw, _tw| (matches!(f, TypeKind::Index) && int_kind(t)) || (int_kind(f) && matches!(t, TypeKind::Index)), fold_int_convert;
    verify_bitcast: "arith.bitcast", "Reinterprets the bits as a type of the same width", |_f, _t, fw, tw| fw == tw && fw > 0, fold_bitcast;
}

// ----- folding -----

/// An integer constant as (value sign-extended from its width, width).
fn int_of(m: &Module, a: Option<Attr>) -> Option<(i128, u32)> {
    match m.ctx().attr(a?) {
        AttrKind::Integer { value, ty } => Some((*value, m.ctx().bit_width(*ty)?)),
        AttrKind::Bool(b) => Some((*b as i128, 1)),
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

fn sext(v: i128, w: u32) -> i128 {
    let s = 128 - w.min(127);
    (v << s) >> s
}
fn zext(v: i128, w: u32) -> i128 {
    if w >= 127 {
        v
    } else {
        v & ((1i128 << w) - 1)
    }
}

fn int_result(m: &Module, op: OpId, v: i128) -> Option<Vec<FoldResult>> {
    let ty = m.value_type(m.result(op, 0));
    let ctx = m.ctx();
    let w = ctx.bit_width(ty)?;
    if !ctx.ty(ty).is_integer_like() {
        return None;
    }
    let a = if w == 1 && ty == ctx.i1() {
        ctx.bool_attr(v & 1 != 0)
    } else {
        ctx.int_attr(sext(v, w), ty)
    };
    Some(vec![FoldResult::Attr(a)])
}

fn float_result(m: &Module, op: OpId, v: f64) -> Option<Vec<FoldResult>> {
    let ty = m.value_type(m.result(op, 0));
    let TypeKind::Float(k) = *m.ctx().ty(ty) else {
        return None;
    };
    Some(vec![FoldResult::Attr(m.ctx().intern_attr(AttrKind::Float {
        bits: f64_to_bits(v, k),
        ty,
    }))])
}

fn same(m: &Module, op: OpId, i: usize) -> Option<Vec<FoldResult>> {
    Some(vec![FoldResult::Value(m.operand_value(op, i))])
}

/// Folds a binary integer op on constants; `f(a, b, width)` sees sign-extended values.
fn int2(m: &Module, op: OpId, c: &[Option<Attr>], f: fn(i128, i128, u32) -> Option<i128>) -> Option<Vec<FoldResult>> {
    let ((a, w), (b, _)) = (int_of(m, c[0])?, int_of(m, c[1])?);
    int_result(m, op, f(a, b, w)?)
}

fn float2(m: &Module, op: OpId, c: &[Option<Attr>], f: fn(f64, f64) -> f64) -> Option<Vec<FoldResult>> {
    float_result(m, op, f(float_of(m, c[0])?, float_of(m, c[1])?))
}

fn float1(m: &Module, op: OpId, c: &[Option<Attr>], f: fn(f64) -> f64) -> Option<Vec<FoldResult>> {
    float_result(m, op, f(float_of(m, c[0])?))
}

fn fold_addi(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if int_of(m, c[1]).is_some_and(|(v, _)| v == 0) {
        return same(m, op, 0);
    }
    int2(m, op, c, |a, b, _| Some(a.wrapping_add(b)))
}
fn fold_subi(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if m.operand_value(op, 0) == m.operand_value(op, 1) {
        return int_result(m, op, 0);
    }
    if int_of(m, c[1]).is_some_and(|(v, _)| v == 0) {
        return same(m, op, 0);
    }
    int2(m, op, c, |a, b, _| Some(a.wrapping_sub(b)))
}
fn fold_muli(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    match int_of(m, c[1]) {
        Some((1, _)) => return same(m, op, 0),
        Some((0, _)) => return int_result(m, op, 0),
        _ => {}
    }
    int2(m, op, c, |a, b, _| Some(a.wrapping_mul(b)))
}
fn fold_divsi(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if int_of(m, c[1]).is_some_and(|(v, _)| v == 1) {
        return same(m, op, 0);
    }
    // Division by zero (and the overflowing MIN / -1) are left for run time.
    int2(m, op, c, |a, b, w| {
        if b == 0 || (b == -1 && a == sext(1i128 << (w - 1), w)) {
            None
        } else {
            Some(a / b)
        }
    })
}
fn fold_divui(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if int_of(m, c[1]).is_some_and(|(v, _)| v == 1) {
        return same(m, op, 0);
    }
    int2(m, op, c, |a, b, w| {
        if zext(b, w) == 0 {
            None
        } else {
            Some(zext(a, w) / zext(b, w))
        }
    })
}
fn fold_remsi(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    int2(m, op, c, |a, b, _| if b == 0 { None } else { Some(a.wrapping_rem(b)) })
}
fn fold_remui(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    int2(m, op, c, |a, b, w| {
        if zext(b, w) == 0 {
            None
        } else {
            Some(zext(a, w) % zext(b, w))
        }
    })
}
fn fold_minsi(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if m.operand_value(op, 0) == m.operand_value(op, 1) {
        return same(m, op, 0);
    }
    int2(m, op, c, |a, b, _| Some(a.min(b)))
}
fn fold_maxsi(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if m.operand_value(op, 0) == m.operand_value(op, 1) {
        return same(m, op, 0);
    }
    int2(m, op, c, |a, b, _| Some(a.max(b)))
}
fn fold_minui(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    int2(m, op, c, |a, b, w| Some(zext(a, w).min(zext(b, w))))
}
fn fold_maxui(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    int2(m, op, c, |a, b, w| Some(zext(a, w).max(zext(b, w))))
}
fn fold_andi(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if m.operand_value(op, 0) == m.operand_value(op, 1) {
        return same(m, op, 0);
    }
    int2(m, op, c, |a, b, _| Some(a & b))
}
fn fold_ori(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if m.operand_value(op, 0) == m.operand_value(op, 1) || int_of(m, c[1]).is_some_and(|(v, _)| v == 0) {
        return same(m, op, 0);
    }
    int2(m, op, c, |a, b, _| Some(a | b))
}
fn fold_xori(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if m.operand_value(op, 0) == m.operand_value(op, 1) {
        return int_result(m, op, 0);
    }
    int2(m, op, c, |a, b, _| Some(a ^ b))
}

/// Shifts fold only for amounts within the width (beyond it MLIR's result is poison).
fn fold_shli(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    int2(m, op, c, |a, b, w| (0..w as i128).contains(&b).then(|| a << b))
}
fn fold_shrsi(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    int2(m, op, c, |a, b, w| (0..w as i128).contains(&b).then(|| a >> b))
}
fn fold_shrui(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    int2(m, op, c, |a, b, w| {
        let mask = if w >= 127 { -1i128 } else { (1i128 << w) - 1 };
        (0..w as i128).contains(&b).then(|| (a & mask) >> b)
    })
}

fn fold_addf(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    // x + -0.0 == x for every x (x + 0.0 is not: -0.0 + 0.0 = 0.0).
    if float_of(m, c[1]).is_some_and(|z| z == 0.0 && z.is_sign_negative()) {
        return same(m, op, 0);
    }
    float2(m, op, c, |a, b| a + b)
}
fn fold_subf(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if float_of(m, c[1]).is_some_and(|z| z == 0.0 && z.is_sign_positive()) {
        return same(m, op, 0);
    }
    float2(m, op, c, |a, b| a - b)
}
fn fold_mulf(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if float_of(m, c[1]) == Some(1.0) {
        return same(m, op, 0);
    }
    float2(m, op, c, |a, b| a * b)
}
fn fold_divf(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if float_of(m, c[1]) == Some(1.0) {
        return same(m, op, 0);
    }
    float2(m, op, c, |a, b| a / b)
}
fn fold_remf(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    float2(m, op, c, |a, b| a % b)
}
fn fold_minimumf(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if m.operand_value(op, 0) == m.operand_value(op, 1) {
        return same(m, op, 0);
    }
    float2(m, op, c, kiln_ir::float::minimum)
}
fn fold_maximumf(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if m.operand_value(op, 0) == m.operand_value(op, 1) {
        return same(m, op, 0);
    }
    float2(m, op, c, kiln_ir::float::maximum)
}
fn fold_negf(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    float1(m, op, c, |a| -a)
}

fn fold_cmpi(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    let p = m.attr(op, "predicate").and_then(|a| m.ctx().attr_int(a))?;
    let same_operand = m.operand_value(op, 0) == m.operand_value(op, 1);
    if same_operand && m.value_type(m.result(op, 0)) == m.ctx().i1() {
        // x <op> x is decided by the predicate alone.
        return int_result(m, op, matches!(p, 0 | 3 | 5 | 7 | 9) as i128);
    }
    let ((a, w), (b, _)) = (int_of(m, c[0])?, int_of(m, c[1])?);
    let (ua, ub) = (zext(a, w), zext(b, w));
    let r = match p {
        0 => a == b,
        1 => a != b,
        2 => a < b,
        3 => a <= b,
        4 => a > b,
        5 => a >= b,
        6 => ua < ub,
        7 => ua <= ub,
        8 => ua > ub,
        9 => ua >= ub,
        _ => return None,
    };
    int_result(m, op, r as i128)
}

fn fold_cmpf(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    let p = m.attr(op, "predicate").and_then(|a| m.ctx().attr_int(a))?;
    let (a, b) = (float_of(m, c[0])?, float_of(m, c[1])?);
    let unordered = a.is_nan() || b.is_nan();
    let r = match p {
        0 => false,
        1 => !unordered && a == b,
        2 => !unordered && a > b,
        3 => !unordered && a >= b,
        4 => !unordered && a < b,
        5 => !unordered && a <= b,
        6 => !unordered && a != b,
        7 => !unordered,
        8 => unordered || a == b,
        9 => unordered || a > b,
        10 => unordered || a >= b,
        11 => unordered || a < b,
        12 => unordered || a <= b,
        13 => unordered || a != b,
        14 => unordered,
        _ => true,
    };
    int_result(m, op, r as i128)
}

fn fold_select(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if m.operand_value(op, 1) == m.operand_value(op, 2) {
        return same(m, op, 1);
    }
    match int_of(m, c[0]) {
        Some((v, 1)) => same(m, op, if v & 1 != 0 { 1 } else { 2 }),
        _ => None,
    }
}

fn fold_sitofp(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    float_result(m, op, int_of(m, c[0])?.0 as f64)
}

fn fold_uitofp(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    let (v, w) = int_of(m, c[0])?;
    float_result(m, op, zext(v, w) as f64)
}

/// Out-of-range conversions are poison in LLVM: they are left for run time.
fn fold_fp_to_int(m: &Module, op: OpId, c: &[Option<Attr>], signed: bool) -> Option<Vec<FoldResult>> {
    let f = float_of(m, c[0])?.trunc();
    let w = m.ctx().bit_width(m.value_type(m.result(op, 0)))? as i32;
    let (lo, hi) = if signed {
        (-(2f64.powi(w - 1)), 2f64.powi(w - 1))
    } else {
        (0.0, 2f64.powi(w))
    };
    if !(f >= lo && f < hi) {
        return None;
    }
    int_result(m, op, f as i128)
}

fn fold_fptosi(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    fold_fp_to_int(m, op, c, true)
}

fn fold_fptoui(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    fold_fp_to_int(m, op, c, false)
}

fn fold_float_convert(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    float_result(m, op, float_of(m, c[0])?)
}

/// Sign-preserving integer conversions (extsi, trunci, index_cast).
fn fold_int_convert(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    int_result(m, op, int_of(m, c[0])?.0)
}

fn fold_extui(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    let (v, w) = int_of(m, c[0])?;
    int_result(m, op, zext(v, w))
}

fn fold_bitcast(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    let ctx = m.ctx();
    let to = m.value_type(m.result(op, 0));
    if m.value_type(m.operand_value(op, 0)) == to {
        return same(m, op, 0);
    }
    match (ctx.attr(c[0]?), ctx.ty(to)) {
        (AttrKind::Integer { value, ty }, TypeKind::Float(_)) => {
            let w = ctx.bit_width(*ty)?;
            Some(vec![FoldResult::Attr(ctx.intern_attr(AttrKind::Float {
                bits: zext(*value, w) as u64,
                ty: to,
            }))])
        }
        (AttrKind::Float { bits, .. }, TypeKind::Integer { .. }) => int_result(m, op, *bits as i128),
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

// ----- the op table -----

struct Spec {
    name: &'static str,
    summary: &'static str,
    traits: Traits,
    /// The element types every operand takes (checked by the verifier).
    elems: ElemClass,
    verify: Option<VerifyFn>,
    fold: Option<FoldFn>,
    parse: ParseFn,
    print: PrintFn,
    /// Operand count; every arith op has one result.
    operands: usize,
}

const INT: ElemClass = ElemClass::Int;
const FLOAT: ElemClass = ElemClass::Float;
const BIN: Traits = Traits::PURE.union(Traits::SAME_OPERANDS_AND_RESULT_TYPE);
const COMM: Traits = BIN.union(Traits::COMMUTATIVE);

fn bin(name: &'static str, summary: &'static str, traits: Traits, elems: ElemClass, fold: FoldFn) -> Spec {
    let float = matches!(elems, ElemClass::Float);
    Spec {
        name,
        summary,
        traits,
        elems,
        verify: None,
        fold: Some(fold),
        parse: if float { parse_fastmath } else { parse_std },
        print: if float { print_fastmath } else { print_std },
        operands: 2,
    }
}

// ----- fast-math flags, as upstream spells them -----

/// The `fastmath` attribute with these flags (`reassoc`, `contract`, ... comma-separated):
/// upstream's `#arith.fastmath<reassoc,contract>`.
pub fn fastmath_attr(ctx: &kiln_ir::Context, flags: &str) -> Attr {
    ctx.intern_attr(AttrKind::Dialect {
        dialect: ctx.sym("arith"),
        body: format!(".fastmath<{flags}>").into(),
    })
}

/// The flags of `op`'s `fastmath` attribute (`reassoc,contract`); `None` without one or with
/// `none`.
pub fn fastmath_flags(m: &Module, op: OpId) -> Option<String> {
    let ctx = m.ctx();
    let flags = match ctx.attr(m.attr(op, "fastmath")?) {
        AttrKind::Dialect { body, .. } => body.strip_prefix(".fastmath<")?.strip_suffix('>')?.to_string(),
        AttrKind::String { value, .. } => value.to_string(),
        _ => return None,
    };
    (!flags.is_empty() && flags != "none").then_some(flags)
}

/// Float ops and `math` ops: `%a, %b [fastmath<flags>] {attrs} : T`, upstream's syntax.
pub fn parse_fastmath(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ops = p.parse_operand_list()?;
    if p.parse_optional_keyword("fastmath") {
        p.expect(Tok::Less, "'<' and fast-math flags")?;
        let mut flags = Vec::new();
        loop {
            let f = p.parse_optional_bare_ident().ok_or_else(|| {
                p.error("expected a fast-math flag (none, reassoc, nnan, ninf, nsz, arcp, contract, afn, fast)")
            })?;
            flags.push(f);
            if !p.consume_if(Tok::Comma) {
                break;
            }
        }
        p.expect(Tok::Greater, "'>'")?;
        let ctx = p.ctx();
        p.add_attr("fastmath", fastmath_attr(&ctx, &flags.join(",")));
    }
    crate::syntax::parse_std_tail(p, &ops)
}

/// Prints [`parse_fastmath`]'s form.
pub fn print_fastmath(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    if m.num_operands(op) > 0 {
        pr.w(" ");
        pr.operands(m.operands(op));
    }
    if let Some(flags) = fastmath_flags(m, op) {
        pr.w(" fastmath<");
        pr.w(&flags);
        pr.w(">");
    }
    crate::syntax::print_std_tail(pr, op, &["fastmath"]);
}

/// The `arith` dialect definition.
pub fn dialect() -> DialectDef {
    let mut d = DialectDef::new("arith", "Integer and float arithmetic, comparisons and casts");
    d.materialize_constant = Some(materialize_constant);
    let specs = vec![
        Spec {
            name: "arith.constant",
            summary: "A constant of integer, index or float type (scalar or dense)",
            traits: Traits::PURE | Traits::CONSTANT_LIKE,
            elems: ElemClass::Any,
            verify: Some(verify_constant),
            fold: None,
            parse: parse_constant,
            print: print_constant,
            operands: 0,
        },
        bin("arith.addi", "Integer addition (wrapping)", COMM, INT, fold_addi),
        bin("arith.subi", "Integer subtraction (wrapping)", BIN, INT, fold_subi),
        bin("arith.muli", "Integer multiplication (wrapping)", COMM, INT, fold_muli),
        bin(
            "arith.divsi",
            "Signed integer division, rounding toward zero",
            BIN,
            INT,
            fold_divsi,
        ),
        bin("arith.divui", "Unsigned integer division", BIN, INT, fold_divui),
        bin(
            "arith.remsi",
            "Signed remainder (sign of the dividend)",
            BIN,
            INT,
            fold_remsi,
        ),
        bin("arith.remui", "Unsigned remainder", BIN, INT, fold_remui),
        bin("arith.minsi", "Signed minimum", COMM, INT, fold_minsi),
        bin("arith.maxsi", "Signed maximum", COMM, INT, fold_maxsi),
        bin("arith.minui", "Unsigned minimum", COMM, INT, fold_minui),
        bin("arith.maxui", "Unsigned maximum", COMM, INT, fold_maxui),
        bin("arith.andi", "Bitwise and", COMM, INT, fold_andi),
        bin("arith.ori", "Bitwise or", COMM, INT, fold_ori),
        bin("arith.xori", "Bitwise xor", COMM, INT, fold_xori),
        bin("arith.shli", "Shift left", BIN, INT, fold_shli),
        bin("arith.shrsi", "Arithmetic shift right", BIN, INT, fold_shrsi),
        bin("arith.shrui", "Logical shift right", BIN, INT, fold_shrui),
        bin("arith.addf", "Float addition", COMM, FLOAT, fold_addf),
        bin("arith.subf", "Float subtraction", BIN, FLOAT, fold_subf),
        bin("arith.mulf", "Float multiplication", COMM, FLOAT, fold_mulf),
        bin("arith.divf", "Float division", BIN, FLOAT, fold_divf),
        bin("arith.remf", "Float remainder (fmod)", BIN, FLOAT, fold_remf),
        bin(
            "arith.minimumf",
            "Float minimum, NaN-propagating, -0 < +0",
            COMM,
            FLOAT,
            fold_minimumf,
        ),
        bin(
            "arith.maximumf",
            "Float maximum, NaN-propagating, -0 < +0",
            COMM,
            FLOAT,
            fold_maximumf,
        ),
        Spec {
            operands: 1,
            ..bin("arith.negf", "Float negation", BIN, FLOAT, fold_negf)
        },
        Spec {
            name: "arith.cmpi",
            summary: "Integer comparison (eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge)",
            traits: Traits::PURE,
            elems: INT,
            verify: Some(verify_cmp),
            fold: Some(fold_cmpi),
            parse: parse_cmp,
            print: print_cmp,
            operands: 2,
        },
        Spec {
            name: "arith.cmpf",
            summary: "Float comparison (ordered o*, unordered u*, ord, uno, true, false)",
            traits: Traits::PURE,
            elems: FLOAT,
            verify: Some(verify_cmp),
            fold: Some(fold_cmpf),
            parse: parse_cmp,
            print: print_cmp,
            operands: 2,
        },
        Spec {
            name: "arith.select",
            summary: "Chooses between two values by an i1 condition",
            traits: Traits::PURE,
            elems: ElemClass::Any,
            verify: Some(verify_select),
            fold: Some(fold_select),
            parse: parse_select,
            print: print_select,
            operands: 3,
        },
    ];
    for s in specs.into_iter().chain(cast_specs()) {
        let mut canonical_patterns: Vec<Arc<dyn RewritePattern>> = Vec::new();
        if s.traits.contains(Traits::COMMUTATIVE) {
            canonical_patterns.push(Arc::new(ConstantToRight { root: s.name }));
        }
        let inherent_attrs = match s.name {
            "arith.constant" => vec!["value"],
            "arith.cmpi" | "arith.cmpf" => vec!["predicate"],
            _ => vec![],
        };
        d.ops.push(OpDef {
            traits: s.traits,
            inherent_attrs,
            operands: Arity::Exact(s.operands),
            results: Arity::Exact(1),
            operand_elems: s.elems,
            verify: s.verify,
            fold: s.fold,
            canonical_patterns,
            parse: Some(s.parse),
            print: Some(s.print),
            ..OpDef::new(s.name, s.summary)
        });
    }
    d
}

/// A float kind of a type, if it is a float.
pub fn float_kind(ctx: &Context, t: Type) -> Option<FloatKind> {
    match ctx.ty(t) {
        TypeKind::Float(k) => Some(*k),
        _ => None,
    }
}
