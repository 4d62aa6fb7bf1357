//! The approximations built as `arith` ops on scalars (tiers 1 and 2).

use super::Arith;
use crate::builders::{CmpF, OpBuilder};
use kiln_ir::Value;

/// Builds the operations with an [`OpBuilder`] at its insertion point. Constants are made
/// where used; `cse` merges them.
pub struct Emit<'a, 'm> {
    /// The builder the ops are created with.
    pub b: &'a mut OpBuilder<'m>,
    /// Whether [`Arith::ldexp`] builds `kmath.ldexp` (worth it where the target computes it in
    /// one instruction: `math-approximation{ldexp=host}` sets it on AVX-512 hosts).
    pub ldexp: bool,
}

impl<'a, 'm> Emit<'a, 'm> {
    /// Builds with `b`, scaling by powers of two in multiplies (no `kmath.ldexp`).
    pub fn new(b: &'a mut OpBuilder<'m>) -> Self {
        Emit { b, ldexp: false }
    }

    fn i32c(&mut self, v: i64) -> Value {
        let t = self.b.module().ctx().int_type(32);
        self.b.constant_int(t, v)
    }

    /// `x·y + c` with `contract` on both ops: LLVM may fuse them into one FMA (it does where
    /// the target has FMA; LLVM's default only fuses its `fmuladd` intrinsic).
    fn contracted(&mut self, x: Value, y: Value, c: Value) -> Value {
        let ctx = self.b.module().ctx().clone();
        let p = self.b.mulf(x, y);
        let s = self.b.addf(p, c);
        for v in [p, s] {
            let op = self.b.module().defining_op(v).expect("an op result");
            self.b
                .module()
                .set_attr(op, "fastmath", crate::arith::fastmath_attr(&ctx, "contract"));
        }
        s
    }
}

impl Arith for Emit<'_, '_> {
    type F = Value;
    type I = Value;
    type B = Value;
    type D = Value;
    fn f(&mut self, v: f32) -> Value {
        let t = self.b.module().ctx().f32();
        self.b.constant_float(t, v as f64)
    }
    fn i(&mut self, v: i32) -> Value {
        self.i32c(v as i64)
    }
    fn add(&mut self, a: Value, b: Value) -> Value {
        self.b.addf(a, b)
    }
    fn sub(&mut self, a: Value, b: Value) -> Value {
        self.b.subf(a, b)
    }
    fn mul(&mut self, a: Value, b: Value) -> Value {
        self.b.mulf(a, b)
    }
    fn div(&mut self, a: Value, b: Value) -> Value {
        self.b.divf(a, b)
    }
    fn sqrt(&mut self, a: Value) -> Value {
        self.b.sqrt(a)
    }
    fn mul_add(&mut self, x: Value, y: Value, c: Value) -> Value {
        self.contracted(x, y, c)
    }
    fn ldexp(&mut self, x: Value, n: Value) -> Option<Value> {
        self.ldexp.then(|| self.b.ldexp(x, n))
    }
    fn lt(&mut self, a: Value, b: Value) -> Value {
        self.b.cmpf(CmpF::Olt, a, b)
    }
    fn eq(&mut self, a: Value, b: Value) -> Value {
        self.b.cmpf(CmpF::Oeq, a, b)
    }
    fn is_nan(&mut self, a: Value) -> Value {
        self.b.cmpf(CmpF::Uno, a, a)
    }
    fn select(&mut self, c: Value, a: Value, b: Value) -> Value {
        self.b.select(c, a, b)
    }
    fn select_i(&mut self, c: Value, a: Value, b: Value) -> Value {
        self.b.select(c, a, b)
    }
    fn bits(&mut self, a: Value) -> Value {
        let t = self.b.module().ctx().int_type(32);
        self.b.bitcast(a, t)
    }
    fn float_of_bits(&mut self, a: Value) -> Value {
        let t = self.b.module().ctx().f32();
        self.b.bitcast(a, t)
    }
    fn to_float(&mut self, a: Value) -> Value {
        let t = self.b.module().ctx().f32();
        self.b.sitofp(a, t)
    }
    fn addi(&mut self, a: Value, b: Value) -> Value {
        self.b.addi(a, b)
    }
    fn subi(&mut self, a: Value, b: Value) -> Value {
        self.b.subi(a, b)
    }
    fn andi(&mut self, a: Value, b: Value) -> Value {
        self.b.andi(a, b)
    }
    fn ori(&mut self, a: Value, b: Value) -> Value {
        self.b.ori(a, b)
    }
    fn shl(&mut self, a: Value, k: u32) -> Value {
        let k = self.i32c(k as i64);
        self.b.shli(a, k)
    }
    fn sra(&mut self, a: Value, k: u32) -> Value {
        let k = self.i32c(k as i64);
        self.b.shrsi(a, k)
    }
    fn srl(&mut self, a: Value, k: u32) -> Value {
        let k = self.i32c(k as i64);
        self.b.shrui(a, k)
    }
    fn d(&mut self, v: f64) -> Value {
        let t = self.b.module().ctx().f64();
        self.b.constant_float(t, v)
    }
    fn ext(&mut self, a: Value) -> Value {
        let t = self.b.module().ctx().f64();
        self.b.extf(a, t)
    }
    fn trunc(&mut self, a: Value) -> Value {
        let t = self.b.module().ctx().f32();
        self.b.truncf(a, t)
    }
    fn add_d(&mut self, a: Value, b: Value) -> Value {
        self.b.addf(a, b)
    }
    fn sub_d(&mut self, a: Value, b: Value) -> Value {
        self.b.subf(a, b)
    }
    fn mul_d(&mut self, a: Value, b: Value) -> Value {
        self.b.mulf(a, b)
    }
    fn mul_add_d(&mut self, x: Value, y: Value, c: Value) -> Value {
        self.contracted(x, y, c)
    }
    fn select_d(&mut self, c: Value, a: Value, b: Value) -> Value {
        self.b.select(c, a, b)
    }
}
