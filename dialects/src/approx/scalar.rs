//! The approximations evaluated on `f32` in Rust (tier 0).

use super::Arith;

/// Evaluates on `f32` scalars. Every method inlines, so a loop calling an approximation is
/// one branch-free body that rustc vectorizes.
#[derive(Copy, Clone, Debug, Default)]
pub struct Scalar;

impl Arith for Scalar {
    type F = f32;
    type I = i32;
    type B = bool;
    type D = f64;
    #[inline(always)]
    fn f(&mut self, v: f32) -> f32 {
        v
    }
    #[inline(always)]
    fn i(&mut self, v: i32) -> i32 {
        v
    }
    #[inline(always)]
    fn add(&mut self, a: f32, b: f32) -> f32 {
        a + b
    }
    #[inline(always)]
    fn sub(&mut self, a: f32, b: f32) -> f32 {
        a - b
    }
    #[inline(always)]
    fn mul(&mut self, a: f32, b: f32) -> f32 {
        a * b
    }
    #[inline(always)]
    fn div(&mut self, a: f32, b: f32) -> f32 {
        a / b
    }
    #[inline(always)]
    fn sqrt(&mut self, a: f32) -> f32 {
        a.sqrt()
    }
    #[inline(always)]
    fn mul_add(&mut self, x: f32, y: f32, c: f32) -> f32 {
        x * y + c
    }
    #[inline(always)]
    fn lt(&mut self, a: f32, b: f32) -> bool {
        a < b
    }
    #[inline(always)]
    fn eq(&mut self, a: f32, b: f32) -> bool {
        a == b
    }
    #[inline(always)]
    fn is_nan(&mut self, a: f32) -> bool {
        a.is_nan()
    }
    #[inline(always)]
    fn select(&mut self, c: bool, a: f32, b: f32) -> f32 {
        if c {
            a
        } else {
            b
        }
    }
    #[inline(always)]
    fn select_i(&mut self, c: bool, a: i32, b: i32) -> i32 {
        if c {
            a
        } else {
            b
        }
    }
    #[inline(always)]
    fn bits(&mut self, a: f32) -> i32 {
        a.to_bits() as i32
    }
    #[inline(always)]
    fn float_of_bits(&mut self, a: i32) -> f32 {
        f32::from_bits(a as u32)
    }
    #[inline(always)]
    fn to_float(&mut self, a: i32) -> f32 {
        a as f32
    }
    #[inline(always)]
    fn addi(&mut self, a: i32, b: i32) -> i32 {
        a.wrapping_add(b)
    }
    #[inline(always)]
    fn subi(&mut self, a: i32, b: i32) -> i32 {
        a.wrapping_sub(b)
    }
    #[inline(always)]
    fn andi(&mut self, a: i32, b: i32) -> i32 {
        a & b
    }
    #[inline(always)]
    fn ori(&mut self, a: i32, b: i32) -> i32 {
        a | b
    }
    #[inline(always)]
    fn shl(&mut self, a: i32, k: u32) -> i32 {
        a.wrapping_shl(k)
    }
    #[inline(always)]
    fn sra(&mut self, a: i32, k: u32) -> i32 {
        a.wrapping_shr(k)
    }
    #[inline(always)]
    fn srl(&mut self, a: i32, k: u32) -> i32 {
        (a as u32).wrapping_shr(k) as i32
    }
    #[inline(always)]
    fn d(&mut self, v: f64) -> f64 {
        v
    }
    #[inline(always)]
    fn ext(&mut self, a: f32) -> f64 {
        a as f64
    }
    #[inline(always)]
    fn trunc(&mut self, a: f64) -> f32 {
        a as f32
    }
    #[inline(always)]
    fn add_d(&mut self, a: f64, b: f64) -> f64 {
        a + b
    }
    #[inline(always)]
    fn sub_d(&mut self, a: f64, b: f64) -> f64 {
        a - b
    }
    #[inline(always)]
    fn mul_d(&mut self, a: f64, b: f64) -> f64 {
        a * b
    }
    #[inline(always)]
    fn mul_add_d(&mut self, x: f64, y: f64, c: f64) -> f64 {
        x * y + c
    }
    #[inline(always)]
    fn select_d(&mut self, c: bool, a: f64, b: f64) -> f64 {
        if c {
            a
        } else {
            b
        }
    }
}
