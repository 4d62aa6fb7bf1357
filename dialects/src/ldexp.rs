//! `kmath.ldexp`: x·2^n rounded once (IEEE 754's scaleB, C's `ldexp`), on a float and an
//! integer of the same shape. Upstream's `math` dialect has no such op; LLVM has `llvm.ldexp`,
//! one `vscalefps` on AVX-512. `math-approximation{ldexp=...}` scales exp's result with it
//! where the host has that instruction (two multiplies otherwise).

use crate::arith::{elem, float_kind, with_elem};
use kiln_ir::attrs::AttrKind;
use kiln_ir::float::{bits_to_f64, f64_to_bits};
use kiln_ir::lexer::Tok;
use kiln_ir::module::{Module, OpId};
use kiln_ir::parser::{OpParser, PResult};
use kiln_ir::printer::{type_to_string, OpPrinter};
use kiln_ir::registry::{Arity, FoldResult, OpDef, Traits};
use kiln_ir::{Attr, TypeKind};

/// The op's name.
pub const NAME: &str = "kmath.ldexp";

/// The declaration of `kmath.ldexp`.
pub fn def() -> OpDef {
    OpDef {
        traits: Traits::PURE,
        operands: Arity::Exact(2),
        results: Arity::Exact(1),
        verify: Some(verify),
        fold: Some(fold),
        parse: Some(parse),
        print: Some(print),
        ..OpDef::new(NAME, "x·2^n rounded once (scaleB): a float and an integer exponent")
    }
}

/// x·2^n in f64 for an exponent of any size: `n` is clamped to where every result is already
/// 0 or infinite, so the product is exact in f64 wherever an f32 (or narrower) result is
/// neither, and rounding it to the result type rounds once. f64 results use libm's `ldexp`.
pub fn eval(x: f64, n: i64) -> f64 {
    libm::ldexp(x, n.clamp(-4000, 4000) as i32)
}

fn verify(m: &Module, op: OpId) -> Result<(), String> {
    let ctx = m.ctx();
    let (x, n, r) = (
        m.value_type(m.operand_value(op, 0)),
        m.value_type(m.operand_value(op, 1)),
        m.value_type(m.result(op, 0)),
    );
    if !matches!(ctx.ty(elem(ctx, x)), TypeKind::Float(_)) {
        return Err(format!(
            "operand #0 must be a float or a shaped type of floats, but got '{}'",
            type_to_string(ctx, x)
        ));
    }
    if !matches!(ctx.ty(elem(ctx, n)), TypeKind::Integer { .. }) {
        return Err(format!(
            "operand #1 must be an integer or a shaped type of integers, but got '{}'",
            type_to_string(ctx, n)
        ));
    }
    if with_elem(ctx, n, elem(ctx, x)) != x {
        return Err(format!(
            "operands '{}' and '{}' must have the same shape",
            type_to_string(ctx, x),
            type_to_string(ctx, n)
        ));
    }
    if r != x {
        return Err(format!(
            "result type '{}' must be operand #0's, '{}'",
            type_to_string(ctx, r),
            type_to_string(ctx, x)
        ));
    }
    Ok(())
}

fn fold(m: &Module, _op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    let ctx = m.ctx();
    let (x, n) = (ctx.attr(c[0]?), ctx.attr(c[1]?));
    let (AttrKind::Float { bits, ty }, AttrKind::Integer { value, .. }) = (x, n) else {
        return None;
    };
    let k = float_kind(ctx, *ty)?;
    let v = eval(
        bits_to_f64(*bits, k),
        (*value).clamp(i64::MIN as i128, i64::MAX as i128) as i64,
    );
    Some(vec![FoldResult::Attr(ctx.intern_attr(AttrKind::Float {
        bits: f64_to_bits(v, k),
        ty: *ty,
    }))])
}

/// `kmath.ldexp %x, %n : f32, i32` (upstream's `math.fpowi` spelling).
fn parse(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let x = p.parse_operand()?;
    p.expect(Tok::Comma, "','")?;
    let n = p.parse_operand()?;
    p.parse_optional_attr_dict()?;
    let xt = p.parse_colon_type()?;
    p.expect(Tok::Comma, "','")?;
    let nt = p.parse_type()?;
    p.resolve_operands(&[x, n], &[xt, nt])?;
    p.state.result_types.push(xt);
    Ok(())
}

fn print(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let types = [
        m.value_type(m.operand_value(op, 0)),
        m.value_type(m.operand_value(op, 1)),
    ];
    crate::syntax::print_operands_then_types(pr, op, &types);
}
