//! Bit-level kernels: shifts (StableHLO semantics: a shift by the width or more gives 0, or
//! the sign fill for an arithmetic right shift), population count, leading zeros, the float
//! finiteness test and bitcasts.

use super::arith::result_dtype;
use super::{Exec, KResult, Kernel};
use crate::tensor::{DType, Tensor};
use kiln_ir::OpId;
use rustc_hash::FxHashMap;

pub(crate) fn register(k: &mut FxHashMap<&'static str, Kernel>) {
    k.insert("ktensor.shift_left", |_, _, ins| shift(&ins, Shift::Left));
    // arith's shifts leave amounts past the width undefined; tier 0 gives them StableHLO's
    // meaning, which every lowering of the tensor shifts also guarantees.
    k.insert("arith.shli", |_, _, ins| shift(&ins, Shift::Left));
    k.insert("arith.shrsi", |_, _, ins| shift(&ins, Shift::Arithmetic));
    k.insert("arith.shrui", |_, _, ins| shift(&ins, Shift::Logical));
    k.insert("ktensor.shift_right_arithmetic", |_, _, ins| {
        shift(&ins, Shift::Arithmetic)
    });
    k.insert("ktensor.shift_right_logical", |_, _, ins| shift(&ins, Shift::Logical));
    k.insert("ktensor.popcnt", |_, _, ins| {
        count(&ins[0], |x| x.count_ones(), |x| x.count_ones())
    });
    k.insert("ktensor.clz", |_, _, ins| {
        count(&ins[0], |x| x.leading_zeros(), |x| x.leading_zeros())
    });
    k.insert("math.ctpop", |_, _, ins| {
        count(&ins[0], |x| x.count_ones(), |x| x.count_ones())
    });
    k.insert("math.ctlz", |_, _, ins| {
        count(&ins[0], |x| x.leading_zeros(), |x| x.leading_zeros())
    });
    k.insert("ktensor.is_finite", is_finite);
    k.insert("ktensor.bitcast", bitcast);
    k.insert("ktensor.reduce_precision", reduce_precision);
}

/// Rounds an f32 to `e` exponent and `m` mantissa bits, as XLA does: mantissa to nearest
/// even, exponents past the range to infinity (or signed zero below it), NaN kept NaN.
fn reduce_f32(x: f32, e: u32, m: u32) -> f32 {
    if x.is_nan() {
        return if m > 0 { x } else { f32::INFINITY };
    }
    let mut bits = x.to_bits();
    if m < 23 {
        let last = 1u32 << (23 - m);
        let bias = (last >> 1) - 1 + ((bits & last) >> (23 - m));
        bits = bits.wrapping_add(bias) & !(last - 1);
    }
    if e < 8 {
        let sign = bits & 0x8000_0000;
        let exp = bits & 0x7f80_0000;
        let reduced_bias = (1u32 << (e - 1)) - 1;
        if exp > (127 + reduced_bias) << 23 {
            bits = sign | 0x7f80_0000;
        } else if exp <= (127 - reduced_bias) << 23 {
            bits = sign;
        }
    }
    f32::from_bits(bits)
}

fn reduce_precision(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let get = |n: &str| {
        ex.m.attr(op, n)
            .and_then(|a| ex.ctx().attr_int(a))
            .ok_or_else(|| format!("missing attribute '{n}'"))
    };
    let (e, m) = (get("exponent_bits")?, get("mantissa_bits")?);
    if !(1..=8).contains(&e) || !(0..=23).contains(&m) {
        return Err(format!("reduce_precision to e{e}m{m} is not supported (f32 holds e8m23)").into());
    }
    let a = &ins[0];
    // f64 and the 16-bit floats round through f32: exact for every format up to e8m23.
    let v: Vec<f32> = a
        .to_f64_vec()
        .iter()
        .map(|&x| reduce_f32(x as f32, e as u32, m as u32))
        .collect();
    let r = Tensor::from_vec(a.shape(), v)?;
    Ok(vec![super::elementwise::convert(&r, a.dtype(), false)?])
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
