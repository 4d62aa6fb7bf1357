//! The `math` dialect: transcendental and other float functions on scalars, vectors and tensors
//! (elementwise). Constant folding evaluates in f64 and rounds to the element type, which can
//! differ from a run-time f32 evaluation by one ulp (within the tiers' float tolerance).

use crate::arith::float_kind;
use crate::syntax::{parse_std, print_std};
use kiln_ir::attrs::AttrKind;
use kiln_ir::float::{bits_to_f64, f64_to_bits};
use kiln_ir::module::{Module, OpId};
use kiln_ir::printer::type_to_string;
use kiln_ir::registry::{Arity, DialectDef, FoldFn, FoldResult, OpDef, Traits};
use kiln_ir::{Attr, TypeKind};

fn verify_float(m: &Module, op: OpId) -> Result<(), String> {
    let ctx = m.ctx();
    for (i, v) in m.operands(op).enumerate() {
        let t = m.value_type(v);
        if !ctx.ty(crate::arith::elem(ctx, t)).is_float() {
            return Err(format!(
                "operand #{i} must be floating-point-like, but got '{}'",
                type_to_string(ctx, t)
            ));
        }
    }
    Ok(())
}

fn verify_int(m: &Module, op: OpId) -> Result<(), String> {
    let ctx = m.ctx();
    let t = m.value_type(m.operand_value(op, 0));
    if !ctx.ty(crate::arith::elem(ctx, t)).is_integer_like() {
        return Err(format!(
            "operand #0 must be signless-integer-like, but got '{}'",
            type_to_string(ctx, t)
        ));
    }
    Ok(())
}

fn f(m: &Module, a: Option<Attr>) -> Option<f64> {
    match m.ctx().attr(a?) {
        AttrKind::Float { bits, ty } => Some(bits_to_f64(*bits, float_kind(m.ctx(), *ty)?)),
        _ => None,
    }
}

fn result(m: &Module, op: OpId, v: f64) -> Option<Vec<FoldResult>> {
    let ty = m.value_type(m.result(op, 0));
    let k = float_kind(m.ctx(), ty)?;
    Some(vec![FoldResult::Attr(m.ctx().intern_attr(AttrKind::Float {
        bits: f64_to_bits(v, k),
        ty,
    }))])
}

macro_rules! unary_folds {
    ($($name:ident => $e:expr;)*) => {
        $(fn $name(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
            let g: fn(f64) -> f64 = $e;
            result(m, op, g(f(m, c[0])?))
        })*
    };
}

unary_folds! {
    fold_exp => f64::exp;
    fold_log => f64::ln;
    fold_tanh => f64::tanh;
    fold_sqrt => f64::sqrt;
    fold_rsqrt => |x| 1.0 / x.sqrt();
    fold_erf => libm::erf;
    fold_absf => f64::abs;
    fold_floor => f64::floor;
    fold_ceil => f64::ceil;
    fold_round => f64::round;
    fold_roundeven => f64::round_ties_even;
    fold_sin => f64::sin;
    fold_cos => f64::cos;
    fold_tan => f64::tan;
    fold_expm1 => f64::exp_m1;
    fold_log1p => f64::ln_1p;
    fold_cbrt => f64::cbrt;
}

fn fold_bits(m: &Module, c: &[Option<Attr>], f: fn(u128, u32) -> u32) -> Option<(i128, kiln_ir::Type)> {
    let ctx = m.ctx();
    match ctx.attr(c[0]?) {
        AttrKind::Integer { value, ty } => {
            let w = ctx.bit_width(*ty)?.min(127);
            let mask = (1u128 << w) - 1;
            Some((f((*value as u128) & mask, w) as i128, *ty))
        }
        _ => None,
    }
}
fn fold_ctpop(m: &Module, _op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    let (v, ty) = fold_bits(m, c, |x, _| x.count_ones())?;
    Some(vec![FoldResult::Attr(m.ctx().int_attr(v, ty))])
}
fn fold_ctlz(m: &Module, _op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    let (v, ty) = fold_bits(m, c, |x, w| x.leading_zeros() - (128 - w))?;
    Some(vec![FoldResult::Attr(m.ctx().int_attr(v, ty))])
}

fn fold_atan2(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    result(m, op, f(m, c[0])?.atan2(f(m, c[1])?))
}

fn fold_powf(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if f(m, c[1]) == Some(1.0) {
        return Some(vec![FoldResult::Value(m.operand_value(op, 0))]);
    }
    result(m, op, f(m, c[0])?.powf(f(m, c[1])?))
}

fn fold_fma(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    result(m, op, f(m, c[0])?.mul_add(f(m, c[1])?, f(m, c[2])?))
}

fn fold_absi(m: &Module, _op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    let ctx = m.ctx();
    match ctx.attr(c[0]?) {
        AttrKind::Integer { value, ty } if matches!(ctx.ty(*ty), TypeKind::Integer { .. }) => {
            let w = ctx.bit_width(*ty)?.min(127);
            let s = 128 - w;
            Some(vec![FoldResult::Attr(
                ctx.int_attr((value.wrapping_abs() << s) >> s, *ty),
            )])
        }
        _ => None,
    }
}

/// The `math` dialect definition.
pub fn dialect() -> DialectDef {
    let mut d = DialectDef::new(
        "math",
        "Float functions: exp, log, tanh, sqrt, rsqrt, erf, abs, pow, fma, rounding, trigonometry",
    );
    // Folded values are arith constants.
    d.materialize_constant = crate::arith::dialect().materialize_constant;
    let t = Traits::PURE | Traits::SAME_OPERANDS_AND_RESULT_TYPE;
    let ops: [(&str, &str, FoldFn); 23] = [
        ("math.ctpop", "Count of set bits", fold_ctpop),
        ("math.ctlz", "Count of leading zero bits", fold_ctlz),
        ("math.floor", "Round down", fold_floor),
        ("math.ceil", "Round up", fold_ceil),
        ("math.round", "Round half away from zero", fold_round),
        ("math.roundeven", "Round half to even", fold_roundeven),
        ("math.sin", "Sine", fold_sin),
        ("math.cos", "Cosine", fold_cos),
        ("math.tan", "Tangent", fold_tan),
        ("math.expm1", "e^x - 1", fold_expm1),
        ("math.log1p", "ln(1 + x)", fold_log1p),
        ("math.cbrt", "Cube root", fold_cbrt),
        ("math.atan2", "atan2(y, x)", fold_atan2),
        ("math.exp", "e^x", fold_exp),
        ("math.log", "Natural logarithm", fold_log),
        ("math.tanh", "Hyperbolic tangent", fold_tanh),
        ("math.sqrt", "Square root", fold_sqrt),
        ("math.rsqrt", "1/sqrt(x)", fold_rsqrt),
        ("math.erf", "Error function", fold_erf),
        ("math.absf", "Float absolute value", fold_absf),
        ("math.absi", "Integer absolute value (wrapping)", fold_absi),
        ("math.powf", "x^y", fold_powf),
        ("math.fma", "a*b+c with one rounding", fold_fma),
    ];
    for (name, summary, fold) in ops {
        let operands = match name {
            "math.atan2" | "math.powf" => 2,
            "math.fma" => 3,
            _ => 1,
        };
        d.ops.push(OpDef {
            traits: t,
            operands: Arity::Exact(operands),
            results: Arity::Exact(1),
            verify: Some(if matches!(name, "math.absi" | "math.ctpop" | "math.ctlz") {
                verify_int
            } else {
                verify_float
            }),
            fold: Some(fold),
            parse: Some(parse_std),
            print: Some(print_std),
            ..OpDef::new(name, summary)
        });
    }
    d
}
