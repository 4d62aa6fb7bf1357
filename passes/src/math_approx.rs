//! `math-approximation`: `math.exp` and `math.tanh` on f32 scalars become polynomial
//! approximations in `arith` ops, so the loops around them have no calls and LLVM vectorizes
//! them for the host's vector width (libm's `expf` and `tanhf` are scalar calls, which keep a
//! loop scalar). Accuracy: within 2 ulp of the correctly rounded result over the whole f32
//! range; infinities, NaN, signed zeros, overflow and underflow (through the subnormals) as
//! in IEEE 754.
//!
//! - exp: x is clamped to [-150, 130] (where exp already rounds to 0 or +inf), split as
//!   x = n·ln2 + r with n = round(x·log2 e) and |r| <= ln2/2 (Cody and Waite's two-part ln2),
//!   exp(r) is a degree-6 polynomial (Cephes' `expf` coefficients), and 2^n is applied as
//!   two exact powers of two built from the exponent bits (so n down to -150 underflows
//!   gradually, and up to 128 overflows to +inf).
//! - tanh: for |x| < 0.625, x + x³·P(x²) (Cephes' `tanhf`); above, 1 - 2/(exp(2|x|) + 1) with
//!   the sign of x (it reaches ±1 by itself for large |x|).

use kiln_dialects::builders::{CmpF, OpBuilder};
use kiln_ir::pass::{Pass, PassContext, PassFailed};
use kiln_ir::{Builder, Module, OpId, Order, TypeKind, Value};

kiln_ir::declare_pass! {
    argument: "math-approximation", display: "MathApproximation",
    summary: "Expand f32 math.exp and math.tanh into polynomial approximations in arith ops (vectorizable, within 2 ulp)",
    options: MathApproximationOptions {},
    create: |_: MathApproximationOptions| Box::new(MathApproximation { expanded: 0 }),
}

struct MathApproximation {
    expanded: u64,
}

impl Pass for MathApproximation {
    kiln_ir::declared_pass_names!();
    fn run(&mut self, m: &mut Module, root: OpId, _cx: &mut PassContext) -> Result<(), PassFailed> {
        let ops: Vec<OpId> = m
            .walk(root, Order::Pre)
            .into_iter()
            .filter(|&o| matches!(m.op_name(o), "math.exp" | "math.tanh"))
            .filter(|&o| {
                let t = m.value_type(m.result(o, 0));
                matches!(m.ctx().ty(t), TypeKind::Float(kiln_ir::FloatKind::F32))
            })
            .collect();
        for op in ops {
            let x = m.operand_value(op, 0);
            let loc = m.loc(op);
            let mut b = OpBuilder::new(m, Builder::before(op), loc);
            let v = if b.module().op_name(op) == "math.exp" {
                exp(&mut b, x)
            } else {
                tanh(&mut b, x)
            };
            let r = m.result(op, 0);
            m.replace_all_uses(r, v);
            m.erase_op(op);
            self.expanded += 1;
        }
        Ok(())
    }
    fn statistics(&self) -> Vec<kiln_ir::pass::Statistic> {
        vec![kiln_ir::pass::Statistic {
            name: "num-expanded",
            desc: "math ops expanded into polynomials",
            value: self.expanded,
        }]
    }
}

/// `a * b + c` in two roundings (LLVM contracts it into an FMA where the target has one).
fn mul_add(b: &mut OpBuilder<'_>, a: Value, x: Value, c: Value) -> Value {
    let p = b.mulf(a, x);
    b.addf(p, c)
}

/// Horner's rule: coefficients from the highest degree down.
fn horner(b: &mut OpBuilder<'_>, x: Value, coeffs: &[f64]) -> Value {
    let f32 = b.module().ctx().f32();
    let mut acc = b.constant_float(f32, coeffs[0]);
    for &c in &coeffs[1..] {
        let c = b.constant_float(f32, c);
        acc = mul_add(b, acc, x, c);
    }
    acc
}

/// 2^k for an i32 `k` in [-126, 127], from the exponent bits.
fn pow2(b: &mut OpBuilder<'_>, k: Value) -> Value {
    let ctx = b.module().ctx().clone();
    let i32 = ctx.int_type(32);
    let bias = b.constant_int(i32, 127);
    let e = b.addi(k, bias);
    let s = b.constant_int(i32, 23);
    let bits = b.shli(e, s);
    b.bitcast(bits, ctx.f32())
}

/// e^x on f32.
pub fn exp(b: &mut OpBuilder<'_>, x: Value) -> Value {
    let ctx = b.module().ctx().clone();
    let (f32, i32) = (ctx.f32(), ctx.int_type(32));
    let c = |b: &mut OpBuilder<'_>, v: f64| b.constant_float(f32, v);
    // Clamp (NaN becomes 0 here, so the integer conversion below is always defined; the
    // result is made NaN again at the end).
    let lo = c(b, -150.0);
    let hi = c(b, 130.0);
    let xc = b.maximumf(x, lo);
    let xc = b.minimumf(xc, hi);
    let nan = b.cmpf(CmpF::Uno, x, x);
    let zero = c(b, 0.0);
    let xc = b.select(nan, zero, xc);
    // n = round(x·log2 e), r = x - n·ln2 in two parts.
    let log2e = c(b, std::f64::consts::LOG2_E);
    let half = c(b, 0.5);
    let t = mul_add(b, xc, log2e, half);
    let n = b.floor(t);
    let ln2_hi = c(b, 0.693_359_375);
    let ln2_lo = c(b, -2.121_944_4e-4);
    let h = b.mulf(n, ln2_hi);
    let r = b.subf(xc, h);
    let l = b.mulf(n, ln2_lo);
    let r = b.subf(r, l);
    // e^r = 1 + r + r²·P(r).
    let p = horner(
        b,
        r,
        &[
            1.987_569_150_0e-4,
            1.398_199_950_7e-3,
            8.333_451_907_3e-3,
            4.166_579_589_4e-2,
            1.666_666_545_9e-1,
            5.000_000_120_1e-1,
        ],
    );
    let r2 = b.mulf(r, r);
    let one = c(b, 1.0);
    let y = mul_add(b, p, r2, r);
    let y = b.addf(y, one);
    // Times 2^n = 2^(n>>1) · 2^(n - (n>>1)): each factor a normal power of two for n in
    // [-217, 188], so underflow rounds once, in the last product.
    let ni = b.fptosi(n, i32);
    let one_i = b.constant_int(i32, 1);
    let n1 = b.shrsi(ni, one_i);
    let n2 = b.subi(ni, n1);
    let s1 = pow2(b, n1);
    let s2 = pow2(b, n2);
    let y = b.mulf(y, s1);
    let y = b.mulf(y, s2);
    b.select(nan, x, y)
}

/// tanh x on f32.
pub fn tanh(b: &mut OpBuilder<'_>, x: Value) -> Value {
    let f32 = b.module().ctx().f32();
    let c = |b: &mut OpBuilder<'_>, v: f64| b.constant_float(f32, v);
    let a = b.absf(x);
    // Small |x|: x + x·z·P(z), z = x².
    let z = b.mulf(x, x);
    let p = horner(
        b,
        z,
        &[
            -5.704_988_727_45e-3,
            2.063_908_879_54e-2,
            -5.373_971_555_31e-2,
            1.333_144_220_36e-1,
            -3.333_328_194_22e-1,
        ],
    );
    let xz = b.mulf(x, z);
    let small = mul_add(b, xz, p, x);
    // Large |x|: 1 - 2/(e^(2|x|) + 1), with the sign of x.
    let two = c(b, 2.0);
    let one = c(b, 1.0);
    let a2 = b.mulf(a, two);
    let e = exp(b, a2);
    let d = b.addf(e, one);
    let q = b.divf(two, d);
    let big = b.subf(one, q);
    let zero = c(b, 0.0);
    let neg = b.cmpf(CmpF::Olt, x, zero);
    let nbig = b.negf(big);
    let big = b.select(neg, nbig, big);
    let lim = c(b, 0.625);
    let is_small = b.cmpf(CmpF::Olt, a, lim);
    // NaN fails the comparison and takes the large branch, which propagates it.
    let r = b.select(is_small, small, big);
    // ±0 stays itself (x + x·z·P(z) rounds -0 to +0).
    let is_zero = b.cmpf(CmpF::Oeq, x, zero);
    b.select(is_zero, x, r)
}
