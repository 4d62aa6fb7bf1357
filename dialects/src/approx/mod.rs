//! Vector math: the f32 approximations of `exp`, `log`, `tanh`, `erf`, `erf_inv`, `sin`, `cos` and the logistic function that
//! every tier computes, written once against [`Arith`] and run by two backends:
//!
//! - [`Emit`] builds them as `arith` ops (the `math-approximation` pass of tiers 1 and 2): no calls, so
//!   LLVM vectorizes the loops around them for the host's vector width;
//! - [`Scalar`] evaluates them in Rust on `f32` (tier 0's kernels): branch-free, so rustc
//!   vectorizes the kernel loops too.
//!
//! Both backends perform the same operations in the same order; they can differ only where
//! LLVM contracts a multiply and an add of [`Arith::mul_add`] into one FMA (one rounding
//! fewer, and one instruction instead of two in the polynomials). Every function is
//! branch-free: special values (NaN, infinities, signed zeros, overflow, underflow) are
//! selects, so one vector lane's input never slows or changes another's. The accuracy each
//! function reaches over a sweep of the whole f32 range is in its doc comment and tested at
//! tiers 0 and 2 (`kiln/tests/api/vector_math.rs`).

mod emit;
mod functions;
mod scalar;

pub use emit::Emit;
pub use functions::{cos, erf, erf_inv, erf_inv_f64, exp, half_one_plus_tanh, log, sigmoid, sin, tanh};
pub use scalar::Scalar;

/// The operations the approximations are written in: f32 arithmetic, comparisons, selects
/// and the i32 bit operations that build and take apart floats.
pub trait Arith {
    /// An f32 value.
    type F: Copy;
    /// An i32 value.
    type I: Copy;
    /// A boolean.
    type B: Copy;
    /// An f64 value (sine and cosine reduce their argument in f64).
    type D: Copy;
    /// An f32 constant.
    fn f(&mut self, v: f32) -> Self::F;
    /// An i32 constant.
    fn i(&mut self, v: i32) -> Self::I;
    /// `a + b`, rounded.
    fn add(&mut self, a: Self::F, b: Self::F) -> Self::F;
    /// `a - b`, rounded.
    fn sub(&mut self, a: Self::F, b: Self::F) -> Self::F;
    /// `a * b`, rounded.
    fn mul(&mut self, a: Self::F, b: Self::F) -> Self::F;
    /// `a / b`, rounded.
    fn div(&mut self, a: Self::F, b: Self::F) -> Self::F;
    /// The square root of `a`, correctly rounded (IEEE's `sqrt`; NaN below zero).
    fn sqrt(&mut self, a: Self::F) -> Self::F;
    /// `x·y + c`, rounded once or twice: [`Emit`] lets LLVM contract the pair into an FMA
    /// where the target has one, [`Scalar`] rounds twice (an FMA without hardware support is
    /// a libm call). Every bound stated here holds for both.
    fn mul_add(&mut self, x: Self::F, y: Self::F, c: Self::F) -> Self::F;
    /// `x·2^n` rounded once (`kmath.ldexp`), where the backend computes it in one instruction
    /// (`vscalefps` on AVX-512); `None` where it has none, and the callers scale by powers of
    /// two in multiplies instead, which give the same result where they use it (every product
    /// but the last exact).
    fn ldexp(&mut self, _x: Self::F, _n: Self::I) -> Option<Self::F> {
        None
    }
    /// `a < b` (false when either is NaN).
    fn lt(&mut self, a: Self::F, b: Self::F) -> Self::B;
    /// `a == b` (false when either is NaN; `-0 == +0`).
    fn eq(&mut self, a: Self::F, b: Self::F) -> Self::B;
    /// Whether `a` is NaN.
    fn is_nan(&mut self, a: Self::F) -> Self::B;
    /// `c ? a : b`.
    fn select(&mut self, c: Self::B, a: Self::F, b: Self::F) -> Self::F;
    /// `c ? a : b` on integers.
    fn select_i(&mut self, c: Self::B, a: Self::I, b: Self::I) -> Self::I;
    /// The bits of `a`.
    fn bits(&mut self, a: Self::F) -> Self::I;
    /// The float with bits `a`.
    fn float_of_bits(&mut self, a: Self::I) -> Self::F;
    /// `a` converted to f32 (exact for the small integers used here).
    fn to_float(&mut self, a: Self::I) -> Self::F;
    /// `a + b`, wrapping.
    fn addi(&mut self, a: Self::I, b: Self::I) -> Self::I;
    /// `a - b`, wrapping.
    fn subi(&mut self, a: Self::I, b: Self::I) -> Self::I;
    /// `a & b`.
    fn andi(&mut self, a: Self::I, b: Self::I) -> Self::I;
    /// `a | b`.
    fn ori(&mut self, a: Self::I, b: Self::I) -> Self::I;
    /// `a << k`.
    fn shl(&mut self, a: Self::I, k: u32) -> Self::I;
    /// `a >> k`, arithmetic.
    fn sra(&mut self, a: Self::I, k: u32) -> Self::I;
    /// `a >> k`, logical.
    fn srl(&mut self, a: Self::I, k: u32) -> Self::I;
    /// An f64 constant.
    fn d(&mut self, v: f64) -> Self::D;
    /// `a` widened to f64 (exact).
    fn ext(&mut self, a: Self::F) -> Self::D;
    /// `a` rounded to f32 (to nearest, ties to even).
    fn trunc(&mut self, a: Self::D) -> Self::F;
    /// `a + b` in f64, rounded (never contracted: the exact sums rely on it).
    fn add_d(&mut self, a: Self::D, b: Self::D) -> Self::D;
    /// `a - b` in f64, rounded.
    fn sub_d(&mut self, a: Self::D, b: Self::D) -> Self::D;
    /// `a * b` in f64, rounded.
    fn mul_d(&mut self, a: Self::D, b: Self::D) -> Self::D;
    /// `x·y + c` in f64, rounded once or twice, as [`Arith::mul_add`].
    fn mul_add_d(&mut self, x: Self::D, y: Self::D, c: Self::D) -> Self::D;
    /// `c ? a : b` on f64.
    fn select_d(&mut self, c: Self::B, a: Self::D, b: Self::D) -> Self::D;
}

/// The distance between two f32 values in units in the last place: how many representable
/// values lie between them, counting across zero (`-0` and `+0` are the same point). 0 for
/// equal values and for two NaNs; `u64::MAX` when only one is NaN. The measure the accuracy
/// bounds of this module are stated in.
pub fn ulp_distance(a: f32, b: f32) -> u64 {
    if a.is_nan() && b.is_nan() || a == b {
        return 0;
    }
    if a.is_nan() || b.is_nan() {
        return u64::MAX;
    }
    // Bits to a line on which consecutive floats are consecutive integers.
    let key = |x: f32| {
        let i = x.to_bits() as i32;
        if i < 0 {
            i32::MIN as i64 - i as i64
        } else {
            i as i64
        }
    };
    (key(a) - key(b)).unsigned_abs()
}
