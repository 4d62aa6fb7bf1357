//! `math-approximation`: `math.exp`, `math.tanh` and `math.log` on f32 scalars become polynomial
//! approximations in `arith` ops, so the loops around them have no calls and LLVM vectorizes
//! them for the host's vector width (libm's `expf` and `tanhf` are scalar calls, which keep a
//! loop scalar; so is `logf`). Accuracy: within 2 ulp of the correctly rounded result over the whole f32
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
//! - log: see [`log`].

use kiln_dialects::builders::{CmpF, OpBuilder};
use kiln_ir::pass::{Pass, PassContext, PassFailed};
use kiln_ir::{Builder, Module, OpId, Order, TypeKind, Value};

kiln_ir::declare_pass! {
    argument: "math-approximation", display: "MathApproximation",
    summary: "Expand f32 math.exp, math.tanh and math.log into polynomial approximations in arith ops (vectorizable, within 2 ulp)",
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
            .filter(|&o| matches!(m.op_name(o), "math.exp" | "math.tanh" | "math.log"))
            .filter(|&o| {
                let t = m.value_type(m.result(o, 0));
                matches!(m.ctx().ty(t), TypeKind::Float(kiln_ir::FloatKind::F32))
            })
            .collect();
        for op in ops {
            let x = m.operand_value(op, 0);
            let loc = m.loc(op);
            let mut b = OpBuilder::new(m, Builder::before(op), loc);
            let v = match b.module().op_name(op) {
                "math.exp" => exp(&mut b, x),
                "math.log" => log(&mut b, x),
                _ => tanh(&mut b, x),
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

/// ln x on f32: x = m·2^e with m in [sqrt(1/2), sqrt(2)), ln m = f - f²/2 + f³·P(f) for
/// f = m - 1 (Cephes' `logf`), plus e·ln 2 in two parts. Subnormals are scaled by 2^23 first;
/// ln(±0) = -inf, ln(x < 0) = NaN, ln(+inf) = +inf, NaN stays NaN.
pub fn log(b: &mut OpBuilder<'_>, x: Value) -> Value {
    let ctx = b.module().ctx().clone();
    let (f32, i32) = (ctx.f32(), ctx.int_type(32));
    let c = |b: &mut OpBuilder<'_>, v: f64| b.constant_float(f32, v);
    let ci = |b: &mut OpBuilder<'_>, v: i64| b.constant_int(i32, v);
    // Subnormals: scale into the normal range, remember the 23.
    let tiny = c(b, f32::MIN_POSITIVE as f64);
    let is_sub = b.cmpf(CmpF::Olt, x, tiny);
    let scale = c(b, 8_388_608.0);
    let xs = b.mulf(x, scale);
    let xn = b.select(is_sub, xs, x);
    let bits = b.bitcast(xn, i32);
    // e = exponent - 126, m = mantissa with exponent of 0.5: x = m·2^e, m in [0.5, 1).
    let s23 = ci(b, 23);
    let sh = b.shrui(bits, s23);
    let ff = ci(b, 0xff);
    let ex = b.andi(sh, ff);
    let bias = ci(b, 126);
    let e = b.subi(ex, bias);
    let sub23 = ci(b, 23);
    let e_adj = b.subi(e, sub23);
    let e = b.select(is_sub, e_adj, e);
    let mmask = ci(b, 0x807f_ffff);
    let half = ci(b, 0x3f00_0000);
    let mb = b.andi(bits, mmask);
    let mb = b.ori(mb, half);
    let m = b.bitcast(mb, f32);
    // m < sqrt(1/2): use 2m and e - 1, so f = m - 1 is in [-0.29, 0.41].
    let sqrthf = c(b, std::f64::consts::FRAC_1_SQRT_2);
    let low = b.cmpf(CmpF::Olt, m, sqrthf);
    let one_i = ci(b, 1);
    let em1 = b.subi(e, one_i);
    let e = b.select(low, em1, e);
    let m2 = b.addf(m, m);
    let m = b.select(low, m2, m);
    let one = c(b, 1.0);
    let f = b.subf(m, one);
    let z = b.mulf(f, f);
    let p = horner(
        b,
        f,
        &[
            7.037_683_629_2e-2,
            -1.151_461_031_0e-1,
            1.167_699_874_0e-1,
            -1.242_014_084_6e-1,
            1.424_932_278_7e-1,
            -1.666_805_766_5e-1,
            2.000_071_476_5e-1,
            -2.499_999_399_3e-1,
            3.333_333_117_4e-1,
        ],
    );
    let fz = b.mulf(f, z);
    let y = b.mulf(fz, p);
    let ef = b.sitofp(e, f32);
    let lo = c(b, -2.121_944_4e-4);
    let y = mul_add(b, ef, lo, y);
    let mhalf = c(b, -0.5);
    let y = mul_add(b, z, mhalf, y);
    let r = b.addf(f, y);
    let hi = c(b, 0.693_359_375);
    let r = mul_add(b, ef, hi, r);
    // Edges: ln(±0) = -inf; ln(x < 0) = NaN; ln(+inf) = +inf; NaN propagates.
    let zero = c(b, 0.0);
    let ninf = c(b, f64::NEG_INFINITY);
    let pinf = c(b, f64::INFINITY);
    let nan = c(b, f64::NAN);
    let is_zero = b.cmpf(CmpF::Oeq, x, zero);
    let is_neg = b.cmpf(CmpF::Olt, x, zero);
    let is_inf = b.cmpf(CmpF::Oeq, x, pinf);
    let is_nan = b.cmpf(CmpF::Uno, x, x);
    let r = b.select(is_inf, pinf, r);
    let r = b.select(is_neg, nan, r);
    let r = b.select(is_zero, ninf, r);
    b.select(is_nan, x, r)
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
