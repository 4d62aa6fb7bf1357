//! The approximations, each written once against [`Arith`].

use super::Arith;

/// 1.5·2^23: adding it rounds an f32 of magnitude below 2^22 to an integer (to nearest, ties
/// to even), which its low mantissa bits then hold. Plain adds, so it vectorizes everywhere
/// (`floor` and float-to-int conversions need SSE4.1 or AVX on x86).
const ROUNDER: f32 = 12_582_912.0;
/// ln 2 in two parts (Cody and Waite): `n·LN2_HI` is exact for |n| < 2^9.
const LN2_HI: f32 = 0.693_359_4;
const LN2_LO: f32 = -2.121_944_4e-4;

/// Horner's rule, coefficients from the highest degree down.
fn horner<A: Arith>(a: &mut A, x: A::F, coeffs: &[f32]) -> A::F {
    let mut acc = a.f(coeffs[0]);
    for &c in &coeffs[1..] {
        let c = a.f(c);
        acc = a.mul_add(acc, x, c);
    }
    acc
}

/// A degree-4 polynomial (coefficients from the highest degree down) by Estrin's scheme,
/// given `x` and `x2` = x²: (c0·x² + (c1·x + c2))·x² + (c3·x + c4). The same five
/// multiply-adds as Horner's rule (x² is needed anyway), but three deep instead of four after
/// x²: vector loops of several functions are bound by the latency of their longest chain.
fn estrin4<A: Arith>(a: &mut A, x: A::F, x2: A::F, c: &[f32; 5]) -> A::F {
    let (c0, c1, c2, c3, c4) = (a.f(c[0]), a.f(c[1]), a.f(c[2]), a.f(c[3]), a.f(c[4]));
    let hi = a.mul_add(x, c1, c2);
    let lo = a.mul_add(x, c3, c4);
    let hi = a.mul_add(c0, x2, hi);
    a.mul_add(hi, x2, lo)
}

/// `x` rounded to the nearest integer, as a float and as an i32 (for |x| < 2^22).
#[inline(always)]
fn round<A: Arith>(a: &mut A, x: A::F) -> (A::F, A::I) {
    let r = a.f(ROUNDER);
    let t = a.add(x, r);
    integer_of(a, t, r)
}

/// The integer a sum `t` = value + [`ROUNDER`] (`r`) holds, as a float and as an i32.
#[inline(always)]
fn integer_of<A: Arith>(a: &mut A, t: A::F, r: A::F) -> (A::F, A::I) {
    let n = a.sub(t, r);
    let (tb, rb) = (a.bits(t), a.i(ROUNDER.to_bits() as i32));
    (n, a.subi(tb, rb))
}

/// 2^k for an i32 `k` in [-126, 127], from the exponent bits.
fn pow2<A: Arith>(a: &mut A, k: A::I) -> A::F {
    let bias = a.i(127);
    let e = a.addi(k, bias);
    let b = a.shl(e, 23);
    a.float_of_bits(b)
}

/// `x` reduced by `n·ln 2` (|x - n·ln 2| <= ln2/2 for n = round(x·log2 e)); returns (r, n).
/// Three multiply-adds: `x·log2 e` meets the rounding constant in the first (where LLVM
/// contracts it, n is x·log2 e rounded once; either way r stays within the range the
/// polynomials are fitted on), and `n·LN2_HI` is exact, so subtracting it in a multiply-add
/// gives the same r as a multiply and a subtraction, in one instruction.
fn reduce<A: Arith>(a: &mut A, x: A::F) -> (A::F, A::I) {
    let log2e = a.f(std::f32::consts::LOG2_E);
    let rounder = a.f(ROUNDER);
    let t = a.mul_add(x, log2e, rounder);
    let (n, ni) = integer_of(a, t, rounder);
    let (hi, lo) = (a.f(-LN2_HI), a.f(-LN2_LO));
    let r = a.mul_add(n, hi, x);
    (a.mul_add(n, lo, r), ni)
}

/// e^x: x = n·ln 2 + r, e^r = 1 + r·Q(r) (degree-5 Q, fitted for Kiln for the least maximum
/// relative error of e^r on |r| <= ln2/2: 1.9e-8 with its f32 coefficients), times 2^n
/// applied as two normal powers of two (or one `Arith::ldexp`, the same value), so that
/// results in the subnormal range round once (gradual underflow) and large n overflows to
/// +inf. e^r is evaluated as 1 + (r + r²·P(r)), P = (Q(r) - 1)/r by Estrin's scheme: as
/// many multiply-class operations as Horner's rule on 1 + r·Q(r) and an add, at three
/// quarters of its depth, which the loops around exp are bound by (softmax at 1 thread on
/// Zen 4: 1024² 0.353 → 0.340 ms). (1 + r) + r²·P(r) is as short but rounds 1 + r first: the
/// logistic function built on it reached 3 ulp. x is
/// clamped to [-150, 130] first, where e^x already rounds to 0 or +inf. Within 1 ulp of the
/// correctly rounded result over the whole f32 range (measured on every f32 with |x| < 110,
/// with fused and with unfused multiply-adds; `vector_math.rs` tests a sweep); NaN, ±inf and
/// ±0 as IEEE 754.
pub fn exp<A: Arith>(a: &mut A, x: A::F) -> A::F {
    // NaN fails both comparisons and stays NaN: it flows through the arithmetic below (the
    // integer part of the scale is garbage for it, but NaN times anything is NaN), so no
    // select at the end has to restore it (one op fewer on the vector multiply ports).
    let hi = a.f(130.0);
    let xc = clamp_above(a, x, hi);
    let lo = a.f(-150.0);
    let under = a.lt(xc, lo);
    let xc = a.select(under, lo, xc);
    let (r, n) = reduce(a, xc);
    let r2 = a.mul(r, r);
    let p = estrin4(
        a,
        r,
        r2,
        &[
            1.384_310_4e-3,
            8.374_628e-3,
            4.166_803_5e-2,
            1.666_642_6e-1,
            4.999_999_4e-1,
        ],
    );
    let em1 = a.mul_add(p, r2, r);
    let one = a.f(1.0);
    let y = a.add(em1, one);
    // One instruction where the target has it (AVX-512's vscalefps); the same value as the
    // two multiplies below, whose first is exact.
    if let Some(v) = a.ldexp(y, n) {
        return v;
    }
    // 2^n = 2^(n>>1) · 2^(n - (n>>1)): both factors normal for n in [-217, 188].
    let n1 = a.sra(n, 1);
    let n2 = a.subi(n, n1);
    let (s1, s2) = (pow2(a, n1), pow2(a, n2));
    let y = a.mul(y, s1);
    a.mul(y, s2)
}

/// `x > top ? top : x`: NaN fails the comparison and stays NaN (one `vminps` on x86).
#[inline(always)]
fn clamp_above<A: Arith>(a: &mut A, x: A::F, top: A::F) -> A::F {
    let above = a.lt(top, x);
    a.select(above, top, x)
}

/// ln x: x = m·2^e with m in [sqrt(1/2), sqrt(2)), ln m = f - f²/2 + f³·P(f) for f = m - 1
/// (Cephes' `logf`), plus e·ln 2 in two parts. Subnormals are scaled by 2^23 first. Within
/// 1 ulp over the whole f32 range (measured); ln(±0) = -inf, ln(x < 0) = NaN,
/// ln(+inf) = +inf, NaN stays NaN.
pub fn log<A: Arith>(a: &mut A, x: A::F) -> A::F {
    let tiny = a.f(f32::MIN_POSITIVE);
    let is_sub = a.lt(x, tiny);
    let scale = a.f(8_388_608.0);
    let xs = a.mul(x, scale);
    let xn = a.select(is_sub, xs, x);
    let bits = a.bits(xn);
    // e = biased exponent - 126 and m the mantissa with the exponent of 0.5: x = m·2^e, m in
    // [0.5, 1).
    let sh = a.srl(bits, 23);
    let ff = a.i(0xff);
    let ex = a.andi(sh, ff);
    let bias = a.i(126);
    let e = a.subi(ex, bias);
    let c23 = a.i(23);
    let e_sub = a.subi(e, c23);
    let e = a.select_i(is_sub, e_sub, e);
    let mmask = a.i(0x807f_ffff_u32 as i32);
    let half = a.i(0x3f00_0000);
    let mb = a.andi(bits, mmask);
    let mb = a.ori(mb, half);
    let m = a.float_of_bits(mb);
    // m < sqrt(1/2): take 2m and e - 1, so f = m - 1 is in [-0.29, 0.41].
    let sqrthf = a.f(std::f32::consts::FRAC_1_SQRT_2);
    let low = a.lt(m, sqrthf);
    let one_i = a.i(1);
    let em1 = a.subi(e, one_i);
    let e = a.select_i(low, em1, e);
    let m2 = a.add(m, m);
    let m = a.select(low, m2, m);
    let one = a.f(1.0);
    let f = a.sub(m, one);
    let z = a.mul(f, f);
    let p = horner(
        a,
        f,
        &[
            7.037_683_6e-2,
            -1.151_461e-1,
            1.167_699_9e-1,
            -1.242_014_1e-1,
            1.424_932_3e-1,
            -1.666_805_8e-1,
            2.000_071_4e-1,
            -2.499_999_4e-1,
            3.333_333e-1,
        ],
    );
    let fz = a.mul(f, z);
    let y = a.mul(fz, p);
    let ef = a.to_float(e);
    let lo = a.f(LN2_LO);
    let y = a.mul_add(ef, lo, y);
    let mhalf = a.f(-0.5);
    let y = a.mul_add(z, mhalf, y);
    let r = a.add(f, y);
    let hi = a.f(LN2_HI);
    let r = a.mul_add(ef, hi, r);
    // The edges: ln(+inf) = +inf, ln(x < 0) = NaN, ln(±0) = -inf, NaN stays.
    let zero = a.f(0.0);
    let (pinf, ninf, nan) = (a.f(f32::INFINITY), a.f(f32::NEG_INFINITY), a.f(f32::NAN));
    let is_inf = a.eq(x, pinf);
    let r = a.select(is_inf, pinf, r);
    let is_neg = a.lt(x, zero);
    let r = a.select(is_neg, nan, r);
    let is_zero = a.eq(x, zero);
    let r = a.select(is_zero, ninf, r);
    let is_nan = a.is_nan(x);
    a.select(is_nan, x, r)
}

/// |x|, by clearing the sign bit.
#[inline(always)]
fn abs<A: Arith>(a: &mut A, x: A::F) -> A::F {
    let b = a.bits(x);
    let m = a.i(0x7fff_ffff);
    let b = a.andi(b, m);
    a.float_of_bits(b)
}

/// `v` (not negative) with the sign of `x`: or-ing the sign bit in is copysign here.
fn with_sign_of<A: Arith>(a: &mut A, v: A::F, x: A::F) -> A::F {
    let vb = a.bits(v);
    let xb = a.bits(x);
    let sign = a.i(i32::MIN);
    let xs = a.andi(xb, sign);
    let vb = a.ori(vb, xs);
    a.float_of_bits(vb)
}

/// tanh x = sign(x) · u/(u + 2) with u = e^(2|x|) - 1. One path for every x, no cancellation:
/// u is computed as expm1 is, 2^n·(e^r - 1) + (2^n - 1) with e^r - 1 = r + r²·P(r) (|r| <=
/// ln2/2; P of degree 4 with P(0) = 1/2, fitted for Kiln for the least maximum relative error
/// of e^r - 1: 1.5e-8 with its f32 coefficients, evaluated by Estrin's scheme), so small |x|
/// keeps its relative accuracy. |x| is clamped to 9, where tanh rounds to ±1, so n <= 26 and
/// r = 2|x| - n·ln 2 needs no second part of ln 2: ln 2's f32 is 1.9e-9 off, which moves r by
/// at most 5e-8 where tanh's sensitivity to it, 2/(u + 2), is below 2^-20. Within 3 ulp over
/// the whole f32 range (measured on every f32 in [2^-30, 10], with fused and with unfused
/// multiply-adds: the worst case is x = 0.0625, just below tanh = 2^-4); tanh(±0) = ±0,
/// tanh(±inf) = ±1, NaN stays NaN. About half the operations of a two-branch form
/// (polynomial near 0, 1 - 2/(e^(2|x|) + 1) elsewhere, both computed in vector code).
pub fn tanh<A: Arith>(a: &mut A, x: A::F) -> A::F {
    tanh_core(a, x, false)
}

/// 0.5·(1 + tanh x), the factor of the tanh form of GELU: bit for bit what [`tanh`] followed
/// by `1 + t` and `0.5 · s` computes (so a tier that fuses the three agrees with one that
/// does not; checked on all 2^32 inputs with fused and with unfused multiply-adds), with one
/// multiply fewer: the halving is folded into the exponent of u's scale (u/2 is exact), so
/// t/2 = (±u/2)/(2·(u/2) + 2) and 0.5 + t/2 = (1 + t)/2 are the same roundings scaled by 1/2.
/// The only exceptions are where t/2 is subnormal (|x| < 2^-125), and there both round to 0.5.
pub fn half_one_plus_tanh<A: Arith>(a: &mut A, x: A::F) -> A::F {
    tanh_core(a, x, true)
}

/// [`tanh`], or with `half` the value of [`half_one_plus_tanh`]. Written for a short
/// dependence chain as much as for few operations: a vector loop of GELU holds only about one
/// iteration's operations in the core's out-of-order window, so its speed goes with the
/// chain's latency times the operations per element. Measured on Zen 4 (K7 GELU, cycles per
/// 16 elements in cache): u in one multiply-add instead of `kmath.ldexp`'s conversion, scale
/// and add 21.1 → 19.7; the clamp before the doubling and the sign on the numerator 19.7 →
/// 19.5; a multiply-add for the half form's denominator instead of two adds (one op fewer, but
/// on the multiply pipes, which the loop keeps busy) was slower, 20.6.
fn tanh_core<A: Arith>(a: &mut A, x: A::F, half: bool) -> A::F {
    let ax = abs(a, x);
    // |x| is clamped to 9 (NaN stays NaN through the clamp and everything below: the sign is
    // or-ed into a NaN), and 2|x| is folded into the rounding's constant (2·log2 e is exact),
    // so the doubling runs beside the rounding instead of before it.
    let top = a.f(9.0);
    let xc = clamp_above(a, ax, top);
    let a2 = a.add(xc, xc);
    let log2e2 = a.f(2.0 * std::f32::consts::LOG2_E);
    let rounder = a.f(ROUNDER);
    let t = a.mul_add(xc, log2e2, rounder);
    let nf = a.sub(t, rounder);
    // k = n, or n - 1 for the half form: the integer the rounder's sum holds, in one subtraction.
    let tb = a.bits(t);
    let rb = a.i(ROUNDER.to_bits() as i32 + half as i32);
    let k = a.subi(tb, rb);
    let ln2 = a.f(-std::f32::consts::LN_2);
    let r = a.mul_add(nf, ln2, a2);
    let r2 = a.mul(r, r);
    let p = estrin4(
        a,
        r,
        r2,
        &[1.389_804_2e-3, 8.366_372e-3, 4.166_686e-2, 1.666_654_6e-1, 0.5],
    );
    let em1_r = a.mul_add(p, r2, r);
    // s = 2^k, unit = 2^(k-n); u·2^(k-n) = em1_r·s + (s - unit). k >= -1 here, so em1_r·s is exact (em1_r
    // is 2|x| itself where it is small enough to be subnormal, and halving 2|x| is exact) and
    // the multiply-add rounds once, at the sum, whether it is fused or not. (One multiply-add
    // beats `kmath.ldexp`'s conversion, scale and add here: fewer operations, shorter chain.)
    let s = pow2(a, k);
    let unit = a.f(if half { 0.5 } else { 1.0 });
    let sm1 = a.sub(s, unit);
    let u = a.mul_add(em1_r, s, sm1);
    // The sign goes onto the numerator, beside the denominator's computation rather than
    // after the division: (-u)/d = -(u/d).
    let su = with_sign_of(a, u, x);
    if !half {
        let two = a.f(2.0);
        let d = a.add(u, two);
        return a.div(su, d);
    }
    // u here is u/2: t/2 = (u/2) / (2·(u/2) + 2), and 2·(u/2) + 2 = u + 2 exactly (rounded
    // once, fused or not, as the product is exact), so t/2 is t's rounding halved.
    let one = a.f(1.0);
    let dh = a.add(u, one);
    let d = a.add(dh, dh);
    let th = a.div(su, d);
    let h = a.f(0.5);
    a.add(h, th)
}

/// The logistic function 1/(1 + e^-x), as e/(1 + e) for x < 0 (e = e^-|x|), so that large
/// negative x gives e^x's own small and subnormal values instead of 1/(1 + overflow) = 0.
/// The numerator is selected before the one division (a vector division costs several
/// multiplies). Within 2 ulp over the whole f32 range (measured); NaN stays NaN.
pub fn sigmoid<A: Arith>(a: &mut A, x: A::F) -> A::F {
    let ax = abs(a, x);
    let zero = a.f(0.0);
    let nx = a.sub(zero, ax);
    let e = exp(a, nx);
    let one = a.f(1.0);
    let d = a.add(one, e);
    let neg = a.lt(x, zero);
    let num = a.select(neg, e, one);
    a.div(num, d)
}

/// erf x: x + x·Q(x²) for |x| < 1; above, 1 - e^(-x²)·R(1/|x|) with the sign of x, where
/// R(t) approximates erfcx(1/t) = e^(1/t²)·erfc(1/t) for t in [1/4, 1] (|x| is clamped to 4,
/// where erf rounds to ±1). Q has degree 7 and R degree 8, both fitted for Kiln for the least
/// maximum relative error (Lawson's iteration on weighted least squares; errors 3.3e-11 and
/// 6.5e-8 in f64). Within 1 ulp over the whole f32 range (measured); erf(±0) = ±0,
/// erf(±inf) = ±1, NaN stays NaN.
pub fn erf<A: Arith>(a: &mut A, x: A::F) -> A::F {
    let z = a.mul(x, x);
    // x + x·Q(x²) with Q = P - 1: the leading term x is exact, so the sum rounds well.
    let q = horner(
        a,
        z,
        &[
            -9.641_676e-6,
            1.125_700_8e-4,
            -8.482_838e-4,
            5.220_946e-3,
            -2.686_54e-2,
            1.128_378_2e-1,
            -3.761_263_8e-1,
            1.283_791_7e-1,
        ],
    );
    let small = a.mul_add(x, q, x);
    let ax = abs(a, x);
    // NaN and +inf become 4 here; NaN comes back at the end.
    let (one, four) = (a.f(1.0), a.f(4.0));
    let above = a.lt(ax, four);
    let ac = a.select(above, ax, four);
    let low = a.lt(ac, one);
    let ac = a.select(low, one, ac);
    let t = a.div(one, ac);
    let r = horner(
        a,
        t,
        &[
            -1.137_467_5e-2,
            3.799_929_5e-2,
            4.027_997e-3,
            -2.190_705_4e-1,
            4.809_402_5e-1,
            -4.646_674_4e-1,
            4.015_976_6e-2,
            5.593_158e-1,
            2.530_948_3e-4,
        ],
    );
    let zero = a.f(0.0);
    let ac2 = a.mul(ac, ac);
    let nz = a.sub(zero, ac2);
    let e = exp(a, nz);
    let erfc = a.mul(e, r);
    let big = a.sub(one, erfc);
    let big = with_sign_of(a, big, x);
    let is_small = a.lt(ax, one);
    let y = a.select(is_small, small, big);
    let nan = a.is_nan(x);
    a.select(nan, x, y)
}

/// The inverse error function (what `jax.random.normal` lowers to): with
/// w = -log((1 - x)(1 + x)), erf_inv x = x·P(w - 2.5) for w < 5 and x·Q(√w - 3) above (|x|
/// within about 7e-3 of 1), the split M. Giles describes for single precision; P and Q have
/// degree 8, fitted for Kiln to erf_inv(x)/x for the least maximum relative error (Lawson's
/// iteration; errors 9.4e-8 and 8.9e-8 in f64). (1 - x)(1 + x) is exact enough near |x| = 1
/// where 1 - x² is not. Within 4 ulp over the whole f32 range (measured, `log` included);
/// erf_inv(±0) = ±0, erf_inv(±1) = ±inf, NaN outside [-1, 1] and for NaN.
pub fn erf_inv<A: Arith>(a: &mut A, x: A::F) -> A::F {
    let one = a.f(1.0);
    let zero = a.f(0.0);
    let lo = a.sub(one, x);
    let hi = a.add(one, x);
    let d = a.mul(lo, hi);
    let l = log(a, d);
    let w = a.sub(zero, l);
    let c = a.f(2.5);
    let ta = a.sub(w, c);
    let p = horner(
        a,
        ta,
        &[
            2.8533993e-08,
            3.43726e-07,
            -3.52885e-06,
            -4.39677e-06,
            2.1860216e-04,
            -0.0012537076,
            -0.0041777077,
            0.24664073,
            1.5014094,
        ],
    );
    let sw = a.sqrt(w);
    let three = a.f(3.0);
    let tb = a.sub(sw, three);
    let q = horner(
        a,
        tb,
        &[
            -1.5033869e-04,
            7.592975e-05,
            0.0012789676,
            -0.0036497922,
            0.0057718153,
            -0.0076280683,
            0.00943404,
            1.0016743,
            2.832977,
        ],
    );
    let five = a.f(5.0);
    let central = a.lt(w, five);
    let r = a.select(central, p, q);
    let r = a.mul(r, x);
    // |x| = 1: w is +inf and Q(inf) is not the answer.
    let ax = abs(a, x);
    let edge = a.eq(ax, one);
    let inf = a.f(f32::INFINITY);
    let signed_inf = a.mul(inf, x);
    a.select(edge, signed_inf, r)
}

/// 2/π in pieces of 24 bits: piece i holds bits 24i+1 to 24i+24 after the binary point, so
/// that an f32 (24 bits) times a piece is exact in f64 (48 bits). Nine pieces cover the bits
/// the largest f32 needs (its product with bits 1 to about 100 is a multiple of 4).
const TWO_OVER_PI: [f64; 9] = [
    0.6366197466850281,
    2.5682552973194106e-08,
    2.937095214933759e-16,
    3.2543794001732456e-23,
    1.2089613708828537e-29,
    5.667556795740071e-37,
    2.6204031112097215e-44,
    7.053957680880629e-52,
    1.582624282116559e-58,
];
/// 1.5·2^52: adding it rounds an f64 of magnitude up to 2^51 to an integer.
const ROUNDER_D: f64 = 6_755_399_441_055_744.0;

/// `t` minus the nearest multiple of 4 (for |t| < 2^51: t·0.25 and the rounding are exact,
/// and so is the difference, whose bits lie within t's).
#[inline(always)]
fn mod4<A: Arith>(a: &mut A, t: A::D) -> A::D {
    let (q, r, four) = (a.d(0.25), a.d(ROUNDER_D), a.d(4.0));
    let v = a.mul_d(t, q);
    let v = a.add_d(v, r);
    let k = a.sub_d(v, r);
    let k4 = a.mul_d(k, four);
    a.sub_d(t, k4)
}

/// `(s, e)` with s = fl(x + y) and s + e = x + y exactly (Knuth's TwoSum).
#[inline(always)]
fn two_sum<A: Arith>(a: &mut A, x: A::D, y: A::D) -> (A::D, A::D) {
    let s = a.add_d(x, y);
    let yv = a.sub_d(s, x);
    let xv = a.sub_d(s, yv);
    let ey = a.sub_d(y, yv);
    let ex = a.sub_d(x, xv);
    (s, a.add_d(ex, ey))
}

/// x = (n + f)·π/2 with n an integer and |f| <= 1/2 (to f64 rounding): returns (f·π/2 in
/// f64, n mod 4). Payne and Hanek's reduction, branch-free: x = M·2^E (M < 2^24) times the
/// pieces of 2/π, each product exact in f64. The pieces whose products are multiples of 4
/// (they change n by multiples of 4) are skipped by picking, from |x|'s binade, which five
/// consecutive pieces to use (selects, no table lookups, so it vectorizes); the first two
/// products are taken modulo 4 exactly, and the five are summed with TwoSum, so f keeps its
/// relative accuracy even where x lies close to a multiple of π/2 (|f·π/2| down to about
/// 2^-30 for f32 arguments). One path for every x: no second, cheaper reduction whose
/// range needs a select of its own.
#[inline(always)]
fn reduce_pio2<A: Arith>(a: &mut A, x: A::F) -> (A::D, A::I) {
    let ax = abs(a, x);
    let xd = a.ext(x);
    // Piece i's products are multiples of 4 once E >= 24i + 26, that is |x| >= 2^(24i + 49).
    // Arrays, not vectors: tier 0 evaluates this per element, with no allocation.
    let below = [49, 73, 97, 121].map(|k| {
        let t = a.f(f32::from_bits((127 + k as u32) << 23));
        a.lt(ax, t)
    });
    let terms: [A::D; 5] = std::array::from_fn(|k| {
        let mut p = a.d(TWO_OVER_PI[k]);
        // Each threshold |x| reaches (NaN reaches all; any pieces will do) moves one on.
        for (j, &b) in below.iter().enumerate() {
            let next = a.d(TWO_OVER_PI[k + j + 1]);
            p = a.select_d(b, p, next);
        }
        a.mul_d(xd, p)
    });
    // In the chosen binade the first product is below 2^50 and the second below 2^26: exact
    // modulo 4; the others are below 4.
    let t0 = mod4(a, terms[0]);
    let t1 = mod4(a, terms[1]);
    let (s, e1) = two_sum(a, t0, t1);
    let (hi, e2) = two_sum(a, s, terms[2]);
    let lo = a.add_d(e1, e2);
    let lo = a.add_d(lo, terms[3]);
    let lo = a.add_d(lo, terms[4]);
    let r = a.d(ROUNDER_D);
    let n = a.add_d(hi, r);
    let n = a.sub_d(n, r);
    let f = a.sub_d(hi, n);
    let f = a.add_d(f, lo);
    let pio2 = a.d(std::f64::consts::FRAC_PI_2);
    let rd = a.mul_d(f, pio2);
    // n is a small integer (|n| <= 8): n mod 4 from the low bits of its f32 rounding.
    let nf = a.trunc(n);
    let (_, ni) = round(a, nf);
    let three = a.i(3);
    (rd, a.andi(ni, three))
}

/// sin r and cos r in f64 for |r| <= π/4 (a little more after rounding): Taylor's series to
/// degrees 9 and 10, whose truncation errors (below 2.5e-9 and 1.5e-10 relative) are a few
/// hundredths of an f32 ulp.
#[inline(always)]
fn sin_cos_poly<A: Arith>(a: &mut A, r: A::D) -> (A::D, A::D) {
    let z = a.mul_d(r, r);
    let horner_d = |a: &mut A, coeffs: &[f64]| {
        let mut acc = a.d(coeffs[0]);
        for &c in &coeffs[1..] {
            let c = a.d(c);
            acc = a.mul_add_d(acc, z, c);
        }
        acc
    };
    let ps = horner_d(
        a,
        &[
            2.7557319223985893e-06,
            -0.0001984126984126984,
            0.008333333333333333,
            -0.16666666666666666,
        ],
    );
    let rz = a.mul_d(r, z);
    let sin = a.mul_add_d(rz, ps, r);
    let pc = horner_d(
        a,
        &[
            -2.755731922398589e-07,
            2.48015873015873e-05,
            -0.001388888888888889,
            0.041666666666666664,
            -0.5,
        ],
    );
    let one = a.d(1.0);
    let cos = a.mul_add_d(z, pc, one);
    (sin, cos)
}

/// sin x or cos x (`cos` true): sin of x = n·π/2 + r is ±sin r or ±cos r by n mod 4, and
/// cos x is sin x at n + 1.
#[inline(always)]
fn sin_or_cos<A: Arith>(a: &mut A, x: A::F, cos: bool) -> A::F {
    let (r, n) = reduce_pio2(a, x);
    let n = if cos {
        let one = a.i(1);
        a.addi(n, one)
    } else {
        n
    };
    let (s, c) = sin_cos_poly(a, r);
    let half = a.f(0.5);
    let (one, two) = (a.i(1), a.i(2));
    let odd = a.andi(n, one);
    let odd = a.to_float(odd);
    let odd = a.lt(half, odd);
    let neg = a.andi(n, two);
    let neg = a.to_float(neg);
    let neg = a.lt(half, neg);
    let v = a.select_d(odd, c, s);
    let zero = a.d(0.0);
    let nv = a.sub_d(zero, v);
    let v = a.select_d(neg, nv, v);
    let y = a.trunc(v);
    if cos {
        y
    } else {
        // sin(±0) = ±0 (the reduction's sums give +0 for -0).
        let z = a.f(0.0);
        let is_zero = a.eq(x, z);
        a.select(is_zero, x, y)
    }
}

/// sin x, within 1 ulp of the correctly rounded result over the whole f32 range (measured),
/// large arguments included: the argument is reduced modulo π/2 exactly enough for every f32
/// (Payne and Hanek, in f64, branch-free) and the polynomial is evaluated in f64, so the one
/// rounding to f32 is most of the error. sin(±0) = ±0, sin(±inf) = NaN, NaN stays NaN.
#[inline(always)]
pub fn sin<A: Arith>(a: &mut A, x: A::F) -> A::F {
    sin_or_cos(a, x, false)
}

/// cos x, within 1 ulp of the correctly rounded result over the whole f32 range (measured);
/// computed as [`sin`] is. cos(±inf) = NaN, NaN stays NaN.
#[inline(always)]
pub fn cos<A: Arith>(a: &mut A, x: A::F) -> A::F {
    sin_or_cos(a, x, true)
}

/// erf_inv in f64, the reference the f32 approximation is tested against and tier 0's
/// computation on f64. Below 0.5: Halley steps on erf(y) = |x| from the f32 approximation.
/// Above: Newton steps on ln erfc(y) = ln(1 - |x|) (1 - |x| is exact there, and erfc keeps
/// the digits erf(y) - |x| would cancel; ln erfc is concave, so the steps converge from any
/// start, here √(-ln(1 - |x|)) or the f32 answer).
pub fn erf_inv_f64(x: f64) -> f64 {
    if x.is_nan() || x.abs() > 1.0 {
        return f64::NAN;
    }
    if x.abs() == 1.0 {
        return f64::INFINITY * x;
    }
    if x == 0.0 {
        return x;
    }
    let ax = x.abs();
    let start = erf_inv(&mut super::Scalar, ax as f32) as f64;
    let mut y;
    if ax <= 0.5 {
        y = start;
        for _ in 0..3 {
            // erf'(y) = 2/sqrt(pi)·e^(-y²), erf''(y) = -2y·erf'(y).
            let d = std::f64::consts::FRAC_2_SQRT_PI * (-y * y).exp();
            let step = (libm::erf(y) - ax) / d;
            y -= step / (1.0 + y * step);
        }
    } else {
        let q = 1.0 - ax;
        let lq = q.ln();
        y = if start.is_finite() { start } else { (-lq).sqrt() };
        for _ in 0..8 {
            let c = libm::erfc(y);
            let d = std::f64::consts::FRAC_2_SQRT_PI * (-y * y).exp();
            if c == 0.0 || d == 0.0 {
                break;
            }
            // (ln erfc)'(y) = -d / erfc(y).
            y += (c.ln() - lq) * c / d;
        }
    }
    y.copysign(x)
}

#[cfg(test)]
mod tests {
    use super::super::{ulp_distance as ulps, Scalar};
    use super::*;

    /// Every 4099th f32 bit pattern (both signs, all exponents, NaNs and infinities) plus the
    /// special values.
    const STEP: usize = 4099;
    fn sweep() -> impl Iterator<Item = f32> {
        (0..=u32::MAX).step_by(STEP).map(f32::from_bits).chain([
            0.0,
            -0.0,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NAN,
            f32::MIN_POSITIVE,
            1e-45,
        ])
    }

    fn worst(f: fn(&mut Scalar, f32) -> f32, reference: fn(f64) -> f64) -> (u64, f32) {
        sweep()
            .map(|x| (ulps(f(&mut Scalar, x), reference(x as f64) as f32), x))
            .max_by_key(|p| p.0)
            .expect("a sweep")
    }

    #[test]
    fn scalar_backend_is_within_the_documented_ulps() {
        let sig = |x: f64| 1.0 / (1.0 + (-x).exp());
        for (name, (w, x), bound) in [
            ("exp", worst(exp, f64::exp), 1),
            ("log", worst(log, f64::ln), 1),
            ("tanh", worst(tanh, f64::tanh), 2),
            ("sigmoid", worst(sigmoid, sig), 2),
            ("erf", worst(erf, libm::erf), 1),
            ("sin", worst(sin, f64::sin), 1),
            ("cos", worst(cos, f64::cos), 1),
        ] {
            assert!(w <= bound, "{name}: {w} ulp at {x:e} (bound {bound})");
        }
    }

    /// Arguments whose reduction is hardest: n·π/2 rounded to f32 and its two neighbours, for
    /// 64 consecutive n from the start of every binade (x - n·π/2 cancels most of x's bits
    /// there), and every binade's largest value.
    #[test]
    fn sin_and_cos_stay_within_1_ulp_near_multiples_of_pi_over_2() {
        let mut xs = Vec::new();
        for e in -10..128 {
            let base = 2f64.powi(e);
            // n·π/2 for n near base/(π/2), rounded to the f32 around it.
            let n0 = (base / std::f64::consts::FRAC_PI_2).floor().max(1.0);
            for dn in 0..64 {
                let n = n0 + dn as f64;
                let target = n * std::f64::consts::FRAC_PI_2;
                let f = target as f32;
                xs.extend([f, f32::from_bits(f.to_bits() + 1), f32::from_bits(f.to_bits() - 1)]);
            }
            xs.push(f32::from_bits((2f32.powi(e.min(127)).to_bits()) | 0x7f_ffff));
        }
        // A few by hand: π/2, π, 3π/2 and 2π rounded to f32.
        xs.extend([
            std::f32::consts::FRAC_PI_2,
            std::f32::consts::PI,
            4.712_389,
            std::f32::consts::TAU,
            1e22,
            16_777_216.0,
            f32::MAX,
            -f32::MAX,
        ]);
        for &x in &xs {
            for (name, f, r) in [
                (
                    "sin",
                    sin::<Scalar> as fn(&mut Scalar, f32) -> f32,
                    f64::sin as fn(f64) -> f64,
                ),
                ("cos", cos::<Scalar>, f64::cos),
            ] {
                let got = f(&mut Scalar, x);
                let want = r(x as f64) as f32;
                assert!(ulps(got, want) <= 1, "{name}({x:e}) = {got:e}, want {want:e}");
            }
        }
        assert!(sin(&mut Scalar, -0.0).is_sign_negative());
        assert!(sin(&mut Scalar, f32::INFINITY).is_nan() && cos(&mut Scalar, f32::NEG_INFINITY).is_nan());
        assert!(sin(&mut Scalar, f32::NAN).is_nan() && cos(&mut Scalar, f32::NAN).is_nan());
        assert_eq!(cos(&mut Scalar, 0.0), 1.0);
        assert_eq!(sin(&mut Scalar, 1e-45), 1e-45);
    }
}
