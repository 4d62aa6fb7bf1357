//! Float bit patterns and MLIR-style float text.

use crate::types::FloatKind;
use half::{bf16, f16};

/// Rounds `v` to `k` and returns the bit pattern in `k`'s width.
pub fn f64_to_bits(v: f64, k: FloatKind) -> u64 {
    match k {
        FloatKind::F16 => f16::from_f64(v).to_bits() as u64,
        FloatKind::BF16 => bf16::from_f64(v).to_bits() as u64,
        FloatKind::F32 => (v as f32).to_bits() as u64,
        FloatKind::F64 => v.to_bits(),
    }
}

/// The value of a bit pattern of kind `k`.
pub fn bits_to_f64(bits: u64, k: FloatKind) -> f64 {
    match k {
        FloatKind::F16 => f16::from_bits(bits as u16).to_f64(),
        FloatKind::BF16 => bf16::from_bits(bits as u16).to_f64(),
        FloatKind::F32 => f32::from_bits(bits as u32) as f64,
        FloatKind::F64 => f64::from_bits(bits),
    }
}

/// IEEE 754-2019 `maximum`, what StableHLO's `maximum` and `llvm.intr.maximum` mean: NaN when
/// either operand is NaN, and +0 above -0 (`f64::max` leaves both open).
pub fn maximum(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else if a == b {
        if a.is_sign_negative() {
            b
        } else {
            a
        }
    } else {
        a.max(b)
    }
}

/// IEEE 754-2019 `minimum`: NaN when either operand is NaN, and -0 below +0.
pub fn minimum(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else if a == b {
        if a.is_sign_negative() {
            a
        } else {
            b
        }
    } else {
        a.min(b)
    }
}

/// Prints a float the way MLIR does: `%e`-style with six digits when that round-trips
/// (`1.000000e+00`), else the shortest round-tripping decimal, and hex for inf/nan.
pub fn format_float(bits: u64, k: FloatKind, out: &mut String) {
    use std::fmt::Write;
    let v = bits_to_f64(bits, k);
    if !v.is_finite() {
        let digits = (k.width() / 4) as usize;
        let _ = write!(out, "0x{:0digits$X}", bits);
        return;
    }
    let six = format!("{:.6e}", v);
    let fixed = fix_exponent(&six);
    if let Ok(p) = fixed.parse::<f64>() {
        if f64_to_bits(p, k) == bits {
            out.push_str(&fixed);
            return;
        }
    }
    // Shortest round trip in the type's own precision.
    let s = match k {
        FloatKind::F32 => format!("{:e}", f32::from_bits(bits as u32)),
        FloatKind::F64 => format!("{:e}", v),
        _ => format!("{:e}", v as f32),
    };
    let s = fix_exponent(&s);
    match s.parse::<f64>() {
        Ok(p) if f64_to_bits(p, k) == bits => out.push_str(&s),
        _ => {
            let digits = (k.width() / 4) as usize;
            let _ = write!(out, "0x{:0digits$X}", bits);
        }
    }
}

/// Rust prints `1e0`/`1.5e-7`; MLIR prints `1.0e+00`/`1.5e-07`. Both parse; this keeps MLIR's look.
fn fix_exponent(s: &str) -> String {
    let (mant, exp) = match s.split_once('e') {
        Some(p) => p,
        None => return s.to_string(),
    };
    let mant = if mant.contains('.') {
        mant.to_string()
    } else {
        format!("{mant}.0")
    };
    let (sign, digits) = match exp.strip_prefix('-') {
        Some(d) => ('-', d),
        None => ('+', exp),
    };
    let digits = if digits.len() < 2 {
        format!("0{digits}")
    } else {
        digits.to_string()
    };
    format!("{mant}e{sign}{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn maximum_minimum_order_signed_zeros() {
        assert!(maximum(-0.0, 0.0).is_sign_positive() && maximum(0.0, -0.0).is_sign_positive());
        assert!(minimum(-0.0, 0.0).is_sign_negative() && minimum(0.0, -0.0).is_sign_negative());
        assert!(maximum(f64::NAN, 1.0).is_nan() && minimum(1.0, f64::NAN).is_nan());
        assert_eq!((maximum(2.0, -3.0), minimum(2.0, -3.0)), (2.0, -3.0));
    }
    #[test]
    fn mlir_style() {
        let mut s = String::new();
        format_float(1.0f32.to_bits() as u64, FloatKind::F32, &mut s);
        assert_eq!(s, "1.000000e+00");
        s.clear();
        format_float(0.1f32.to_bits() as u64, FloatKind::F32, &mut s);
        assert_eq!(s.parse::<f32>().unwrap(), 0.1f32);
        s.clear();
        format_float(f32::INFINITY.to_bits() as u64, FloatKind::F32, &mut s);
        assert_eq!(s, "0x7F800000");
        s.clear();
        format_float(0.1f64.to_bits(), FloatKind::F64, &mut s);
        assert_eq!(s.parse::<f64>().unwrap(), 0.1f64);
    }
}
