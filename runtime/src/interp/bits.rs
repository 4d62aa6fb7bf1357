//! Bit-level kernels: shifts (StableHLO semantics: a shift by the width or more gives 0, or
//! the sign fill for an arithmetic right shift), population count, leading zeros, the float
//! finiteness test and bitcasts.

use super::arith::result_dtype;
use super::{Exec, KResult, Kernel};
use crate::tensor::{DType, Tensor};
use kiln_ir::OpId;
use rustc_hash::FxHashMap;

pub(crate) fn register(k: &mut FxHashMap<&'static str, Kernel>) {
    k.insert("tensor.shift_left", |_, _, ins| shift(&ins, Shift::Left));
    k.insert("tensor.shift_right_arithmetic", |_, _, ins| {
        shift(&ins, Shift::Arithmetic)
    });
    k.insert("tensor.shift_right_logical", |_, _, ins| shift(&ins, Shift::Logical));
    k.insert("tensor.popcnt", |_, _, ins| {
        count(&ins[0], |x| x.count_ones(), |x| x.count_ones())
    });
    k.insert("tensor.clz", |_, _, ins| {
        count(&ins[0], |x| x.leading_zeros(), |x| x.leading_zeros())
    });
    k.insert("tensor.is_finite", is_finite);
    k.insert("tensor.bitcast", bitcast);
}

#[derive(Copy, Clone)]
enum Shift {
    Left,
    Arithmetic,
    Logical,
}

macro_rules! shift_impl {
    ($name:ident, $t:ty, $u:ty) => {
        fn $name(kind: Shift, a: &[$t], b: &[$t]) -> Vec<$t> {
            let bits = <$t>::BITS as $t;
            a.iter()
                .zip(b)
                .map(|(&x, &y)| {
                    let out = y < 0 || y >= bits;
                    match kind {
                        Shift::Left if out => 0,
                        Shift::Left => x << y,
                        Shift::Arithmetic if out => x >> (bits - 1),
                        Shift::Arithmetic => x >> y,
                        Shift::Logical if out => 0,
                        Shift::Logical => ((x as $u) >> y) as $t,
                    }
                })
                .collect()
        }
    };
}
shift_impl!(shift_i32, i32, u32);
shift_impl!(shift_i64, i64, u64);

fn shift(ins: &[Tensor], kind: Shift) -> KResult {
    let (a, b) = (&ins[0], &ins[1]);
    if a.shape() != b.shape() || a.dtype() != b.dtype() {
        return Err(format!("shift operands {} and {} differ", a.type_string(), b.type_string()).into());
    }
    let r = match a.dtype() {
        DType::I32 => Tensor::from_vec(a.shape(), shift_i32(kind, a.data::<i32>()?, b.data::<i32>()?))?,
        DType::I64 => Tensor::from_vec(a.shape(), shift_i64(kind, a.data::<i64>()?, b.data::<i64>()?))?,
        d => return Err(format!("shifts are not defined on {d}").into()),
    };
    Ok(vec![r])
}

fn count(a: &Tensor, f32: fn(i32) -> u32, f64: fn(i64) -> u32) -> KResult {
    let r = match a.dtype() {
        DType::I32 => Tensor::from_vec(a.shape(), a.data::<i32>()?.iter().map(|&x| f32(x) as i32).collect())?,
        DType::I64 => Tensor::from_vec(a.shape(), a.data::<i64>()?.iter().map(|&x| f64(x) as i64).collect())?,
        d => return Err(format!("bit counts are not defined on {d}").into()),
    };
    Ok(vec![r])
}

fn is_finite(_ex: &mut Exec<'_>, _op: OpId, ins: Vec<Tensor>) -> KResult {
    let a = &ins[0];
    if !a.dtype().is_float() {
        return Err(format!("is_finite expects floats, got {}", a.type_string()).into());
    }
    let v: Vec<u8> = a.to_f64_vec().iter().map(|x| u8::from(x.is_finite())).collect();
    Ok(vec![Tensor::from_bytes(DType::I1, a.shape(), &v)?])
}

fn bitcast(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let to = result_dtype(ex, op)?;
    let a = &ins[0];
    if to.size() != a.dtype().size() || to == DType::I1 || a.dtype() == DType::I1 {
        return Err(format!("cannot bitcast {} to {to}", a.type_string()).into());
    }
    Ok(vec![Tensor::from_bytes(to, a.shape(), a.bytes())?])
}
