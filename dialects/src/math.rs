//! The `math` dialect: transcendental and other float functions on scalars, vectors and tensors
//! (elementwise). Constant folding evaluates in f64 and rounds to the element type, which can
//! differ from a run-time f32 evaluation by one ulp (within the tiers' float tolerance).

use crate::arith::float_kind;
use kiln_ir::attrs::AttrKind;
use kiln_ir::float::{bits_to_f64, f64_to_bits};
use kiln_ir::module::{Module, OpId};
use kiln_ir::registry::{Arity, DialectDef, ElemClass, FoldFn, FoldResult, OpDef, Traits};
use kiln_ir::{Attr, TypeKind};

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

/// Folds a row whose meaning is an f64 function (`Eval::Unary`/`Binary`): evaluates it in
/// f64 and rounds to the element type.
fn fold_eval(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    match lookup(m.op_name(op))?.eval {
        Eval::Unary(g) => result(m, op, g(f(m, c[0])?)),
        Eval::Binary(g) => result(m, op, g(f(m, c[0])?, f(m, c[1])?)),
        Eval::None => None,
    }
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

fn fold_powf(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if f(m, c[1]) == Some(1.0) {
        return Some(vec![FoldResult::Value(m.operand_value(op, 0))]);
    }
    fold_eval(m, op, c)
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

/// How an op becomes LLVM IR in `convert-arith-to-llvm`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Lowering {
    /// The LLVM intrinsic of this name (`llvm.intr.exp`), on scalars and vectors.
    Intrinsic(&'static str),
    /// A call to the C library's function of this name (`tanh`, or `tanhf` on f32; 16-bit
    /// floats go through f32), or to the runtime's where no C library has one
    /// (`kiln_erf_inv`). Scalars only: vector code uses the vector-math expansions.
    Libm(&'static str),
    /// Composed from other LLVM ops by the lowering (`rsqrt`, `absi`).
    Expand,
}

/// One `math` op: everything Kiln knows about it outside the tier-0 kernels.
#[derive(Copy, Clone, Debug)]
pub struct MathOp {
    /// `math.<name>`.
    pub name: &'static str,
    /// One-line description (the op's summary).
    pub summary: &'static str,
    /// Operand count (one result of the operands' type).
    pub operands: usize,
    /// The element types it takes.
    pub class: ElemClass,
    /// Its meaning on one float element in f64, the reference every tier is tested against
    /// (`None` for integer ops and `fma`, whose folders are the reference).
    pub eval: Eval,
    /// Constant folding.
    pub fold: FoldFn,
    /// Its LLVM lowering.
    pub lower: Lowering,
}

use crate::elementwise::Eval;
use ElemClass::{Float, Int};
use Lowering::{Expand, Intrinsic, Libm};

macro_rules! math_ops {
    ($($name:literal: $summary:literal, $operands:literal, $class:ident, $eval:expr, $fold:ident, $lower:expr;)*) => {
        /// Every op of the `math` dialect.
        pub const MATH: &[MathOp] = &[$(MathOp {
            name: $name,
            summary: $summary,
            operands: $operands,
            class: $class,
            eval: $eval,
            fold: $fold,
            lower: $lower,
        }),*];
    };
}

const fn u(f: fn(f64) -> f64) -> Eval {
    Eval::Unary(f)
}

math_ops! {
    "math.exp": "e^x", 1, Float, u(f64::exp), fold_eval, Intrinsic("llvm.intr.exp");
    "math.log": "Natural logarithm", 1, Float, u(f64::ln), fold_eval, Intrinsic("llvm.intr.log");
    "math.sqrt": "Square root", 1, Float, u(f64::sqrt), fold_eval, Intrinsic("llvm.intr.sqrt");
    "math.rsqrt": "1/sqrt(x)", 1, Float, u(|x| 1.0 / x.sqrt()), fold_eval, Expand;
    "math.absf": "Float absolute value", 1, Float, u(f64::abs), fold_eval, Intrinsic("llvm.intr.fabs");
    "math.floor": "Round down", 1, Float, u(f64::floor), fold_eval, Intrinsic("llvm.intr.floor");
    "math.ceil": "Round up", 1, Float, u(f64::ceil), fold_eval, Intrinsic("llvm.intr.ceil");
    "math.round": "Round half away from zero", 1, Float, u(f64::round), fold_eval, Intrinsic("llvm.intr.round");
    "math.roundeven": "Round half to even", 1, Float, u(f64::round_ties_even), fold_eval, Intrinsic("llvm.intr.roundeven");
    "math.sin": "Sine", 1, Float, u(f64::sin), fold_eval, Intrinsic("llvm.intr.sin");
    "math.cos": "Cosine", 1, Float, u(f64::cos), fold_eval, Intrinsic("llvm.intr.cos");
    "math.tan": "Tangent", 1, Float, u(f64::tan), fold_eval, Libm("tan");
    "math.tanh": "Hyperbolic tangent", 1, Float, u(f64::tanh), fold_eval, Libm("tanh");
    "math.erf": "Error function", 1, Float, u(libm::erf), fold_eval, Libm("erf");
    // No libm has it: Kiln's runtime defines `kiln_erf_inv` (and `kiln_erf_invf`) for the JIT,
    // the function tier 0 evaluates; `math-approximation` expands the f32 form before this.
    "kmath.erf_inv": "Inverse error function", 1, Float, u(crate::approx::erf_inv_f64), fold_eval, Libm("kiln_erf_inv");
    "math.atan": "Arctangent", 1, Float, u(f64::atan), fold_eval, Intrinsic("llvm.intr.atan");
    "math.expm1": "e^x - 1", 1, Float, u(f64::exp_m1), fold_eval, Libm("expm1");
    "math.log1p": "ln(1 + x)", 1, Float, u(f64::ln_1p), fold_eval, Libm("log1p");
    "math.asinh": "Inverse hyperbolic sine", 1, Float, u(f64::asinh), fold_eval, Libm("asinh");
    "math.cbrt": "Cube root", 1, Float, u(f64::cbrt), fold_eval, Libm("cbrt");
    "math.atan2": "atan2(y, x)", 2, Float, Eval::Binary(f64::atan2), fold_eval, Libm("atan2");
    "math.powf": "x^y", 2, Float, Eval::Binary(f64::powf), fold_powf, Intrinsic("llvm.intr.pow");
    "math.fma": "a*b+c with one rounding", 3, Float, Eval::None, fold_fma, Intrinsic("llvm.intr.fma");
    "math.absi": "Integer absolute value (wrapping)", 1, Int, Eval::None, fold_absi, Expand;
    "math.ctpop": "Count of set bits", 1, Int, Eval::None, fold_ctpop, Intrinsic("llvm.intr.ctpop");
    "math.ctlz": "Count of leading zero bits", 1, Int, Eval::None, fold_ctlz, Intrinsic("llvm.intr.ctlz");
}

/// The row of math op `name`.
pub fn lookup(name: &str) -> Option<&'static MathOp> {
    MATH.iter().find(|r| r.name == name)
}

/// The `math` dialect definition, one op per row of [`MATH`].
pub fn dialect() -> DialectDef {
    rows_dialect(
        "math",
        "Float functions: exp, log, tanh, sqrt, rsqrt, erf, abs, pow, fma, rounding, trigonometry",
    )
}

/// The `kmath` dialect: Kiln's float functions that upstream's `math` has not
/// (`kmath.erf_inv`, a row of the same table, and `kmath.ldexp`, whose operands differ in
/// type).
pub fn kmath_dialect() -> DialectDef {
    let mut d = rows_dialect(
        "kmath",
        "Kiln's float functions beyond upstream's math dialect: erf_inv, ldexp",
    );
    d.ops.push(crate::ldexp::def());
    d
}

fn rows_dialect(name: &'static str, summary: &'static str) -> DialectDef {
    let mut d = DialectDef::new(name, summary);
    // Folded values are arith constants.
    d.materialize_constant = crate::arith::dialect().materialize_constant;
    for r in MATH
        .iter()
        .filter(|r| r.name.split_once('.').map(|(d, _)| d) == Some(name))
    {
        d.ops.push(OpDef {
            traits: Traits::PURE | Traits::SAME_OPERANDS_AND_RESULT_TYPE,
            operands: Arity::Exact(r.operands),
            results: Arity::Exact(1),
            operand_elems: r.class,
            fold: Some(r.fold),
            parse: Some(crate::arith::parse_fastmath),
            print: Some(crate::arith::print_fastmath),
            ..OpDef::new(r.name, r.summary)
        });
    }
    d
}
