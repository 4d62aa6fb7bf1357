//! Elementwise kernels over whole tensors, for every dtype. Closures are monomorphized (not
//! function pointers) so the loops vectorize; f16/bf16 compute in f32 and round back.

use crate::tensor::{DType, Element, Tensor};

/// Binary operations.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum Bin {
    Add,
    Sub,
    Mul,
    /// Float division; signed integer division (toward zero).
    Div,
    DivU,
    /// Float fmod; signed integer remainder.
    Rem,
    RemU,
    /// NaN-propagating for floats; signed for integers.
    Max,
    Min,
    MaxU,
    MinU,
    Pow,
    And,
    Or,
    Xor,
}

/// Unary operations.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum Un {
    Neg,
    Abs,
    Exp,
    Log,
    Tanh,
    Sqrt,
    Rsqrt,
    Erf,
    Relu,
    Sigmoid,
}

/// Comparison predicates (integers: signed or unsigned; floats: ordered or unordered).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    ULt,
    ULe,
    UGt,
    UGe,
    /// Float: true when either is NaN, else the ordered predicate (`u` prefixes).
    Unordered(UCmp),
    /// Float: neither is NaN.
    Ord,
    /// Float: either is NaN.
    Uno,
    True,
    False,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum UCmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

fn same_shape(a: &Tensor, b: &Tensor) -> Result<(), String> {
    if a.shape() != b.shape() {
        return Err(format!("operand shapes {:?} and {:?} differ", a.shape(), b.shape()));
    }
    if a.dtype() != b.dtype() {
        return Err(format!("operand element types {} and {} differ", a.dtype(), b.dtype()));
    }
    Ok(())
}

fn zip<T: Element, U: Element>(a: &[T], b: &[T], f: impl Fn(T, T) -> U) -> Vec<U> {
    a.iter().zip(b).map(|(&x, &y)| f(x, y)).collect()
}

fn map<T: Element, U: Element>(a: &[T], f: impl Fn(T) -> U) -> Vec<U> {
    a.iter().map(|&x| f(x)).collect()
}

fn fmax<T: num::Float>(x: T, y: T) -> T {
    if x.is_nan() || y.is_nan() {
        T::nan()
    } else if x > y {
        x
    } else {
        y
    }
}
fn fmin<T: num::Float>(x: T, y: T) -> T {
    if x.is_nan() || y.is_nan() {
        T::nan()
    } else if x < y {
        x
    } else {
        y
    }
}

mod num {
    /// The float operations the kernels need, for f32 and f64.
    pub trait Float:
        Copy
        + PartialOrd
        + std::ops::Add<Output = Self>
        + std::ops::Sub<Output = Self>
        + std::ops::Mul<Output = Self>
        + std::ops::Div<Output = Self>
        + std::ops::Rem<Output = Self>
        + std::ops::Neg<Output = Self>
    {
        fn nan() -> Self;
        fn is_nan(self) -> bool;
        fn zero() -> Self;
        fn one() -> Self;
        fn powf(self, o: Self) -> Self;
        fn exp(self) -> Self;
        fn ln(self) -> Self;
        fn tanh(self) -> Self;
        fn sqrt(self) -> Self;
        fn abs(self) -> Self;
        fn erf(self) -> Self;
    }
    macro_rules! float {
        ($t:ty, $erf:path) => {
            impl Float for $t {
                fn nan() -> Self {
                    <$t>::NAN
                }
                fn is_nan(self) -> bool {
                    <$t>::is_nan(self)
                }
                fn zero() -> Self {
                    0.0
                }
                fn one() -> Self {
                    1.0
                }
                fn powf(self, o: Self) -> Self {
                    <$t>::powf(self, o)
                }
                fn exp(self) -> Self {
                    <$t>::exp(self)
                }
                fn ln(self) -> Self {
                    <$t>::ln(self)
                }
                fn tanh(self) -> Self {
                    <$t>::tanh(self)
                }
                fn sqrt(self) -> Self {
                    <$t>::sqrt(self)
                }
                fn abs(self) -> Self {
                    <$t>::abs(self)
                }
                fn erf(self) -> Self {
                    $erf(self)
                }
            }
        };
    }
    float!(f32, libm::erff);
    float!(f64, libm::erf);
}

fn float_bin<T: Element + num::Float>(op: Bin, a: &[T], b: &[T]) -> Result<Vec<T>, String> {
    Ok(match op {
        Bin::Add => zip(a, b, |x, y| x + y),
        Bin::Sub => zip(a, b, |x, y| x - y),
        Bin::Mul => zip(a, b, |x, y| x * y),
        Bin::Div => zip(a, b, |x, y| x / y),
        Bin::Rem => zip(a, b, |x, y| x % y),
        Bin::Max => zip(a, b, fmax),
        Bin::Min => zip(a, b, fmin),
        Bin::Pow => zip(a, b, |x, y| x.powf(y)),
        _ => return Err(format!("{op:?} is not defined on floats")),
    })
}

macro_rules! int_bin {
    ($name:ident, $t:ty, $u:ty) => {
        fn $name(op: Bin, a: &[$t], b: &[$t]) -> Result<Vec<$t>, String> {
            let nonzero = |b: &[$t]| {
                if b.contains(&0) {
                    Err("integer division by zero".to_string())
                } else {
                    Ok(())
                }
            };
            Ok(match op {
                Bin::Add => zip(a, b, |x, y| x.wrapping_add(y)),
                Bin::Sub => zip(a, b, |x, y| x.wrapping_sub(y)),
                Bin::Mul => zip(a, b, |x, y| x.wrapping_mul(y)),
                Bin::Div => {
                    nonzero(b)?;
                    zip(a, b, |x, y| x.wrapping_div(y))
                }
                Bin::DivU => {
                    nonzero(b)?;
                    zip(a, b, |x, y| ((x as $u) / (y as $u)) as $t)
                }
                Bin::Rem => {
                    nonzero(b)?;
                    zip(a, b, |x, y| x.wrapping_rem(y))
                }
                Bin::RemU => {
                    nonzero(b)?;
                    zip(a, b, |x, y| ((x as $u) % (y as $u)) as $t)
                }
                Bin::Max => zip(a, b, |x, y| x.max(y)),
                Bin::Min => zip(a, b, |x, y| x.min(y)),
                Bin::MaxU => zip(a, b, |x, y| (x as $u).max(y as $u) as $t),
                Bin::MinU => zip(a, b, |x, y| (x as $u).min(y as $u) as $t),
                Bin::And => zip(a, b, |x, y| x & y),
                Bin::Or => zip(a, b, |x, y| x | y),
                Bin::Xor => zip(a, b, |x, y| x ^ y),
                Bin::Pow => return Err("pow is not defined on integers".into()),
            })
        }
    };
}
int_bin!(i32_bin, i32, u32);
int_bin!(i64_bin, i64, u64);

fn bool_bin(op: Bin, a: &[u8], b: &[u8]) -> Result<Vec<u8>, String> {
    Ok(match op {
        // i1 arithmetic wraps modulo 2.
        Bin::Add | Bin::Sub | Bin::Xor => zip(a, b, |x, y| x ^ y),
        Bin::Mul | Bin::And | Bin::MinU | Bin::Max => zip(a, b, |x, y| x & y),
        Bin::Or | Bin::MaxU | Bin::Min => zip(a, b, |x, y| x | y),
        _ => return Err(format!("{op:?} is not defined on i1")),
    })
}

/// Widens f16/bf16 to f32 for computing.
pub(crate) fn widen(t: &Tensor) -> Tensor {
    match t.dtype() {
        DType::F16 | DType::BF16 => {
            Tensor::from_vec(t.shape(), t.to_f64_vec().into_iter().map(|x| x as f32).collect()).expect("same size")
        }
        _ => t.clone(),
    }
}

/// Rounds an f32 tensor back to f16/bf16 when `dtype` asks for it.
pub(crate) fn narrow(t: Tensor, dtype: DType) -> Tensor {
    let v = || t.data::<f32>().expect("f32").to_vec();
    match dtype {
        DType::F16 => {
            Tensor::from_vec(t.shape(), v().into_iter().map(half::f16::from_f32).collect()).expect("same size")
        }
        DType::BF16 => {
            Tensor::from_vec(t.shape(), v().into_iter().map(half::bf16::from_f32).collect()).expect("same size")
        }
        _ => t,
    }
}

/// `a op b` elementwise; shapes and dtypes must agree.
pub(crate) fn binary(op: Bin, a: &Tensor, b: &Tensor) -> Result<Tensor, String> {
    same_shape(a, b)?;
    let shape = a.shape();
    let d = a.dtype();
    let err = |e: crate::TensorError| e.to_string();
    match d {
        DType::F32 => Tensor::from_vec(
            shape,
            float_bin(op, a.data::<f32>().map_err(err)?, b.data::<f32>().map_err(err)?)?,
        ),
        DType::F64 => Tensor::from_vec(
            shape,
            float_bin(op, a.data::<f64>().map_err(err)?, b.data::<f64>().map_err(err)?)?,
        ),
        DType::I32 => Tensor::from_vec(
            shape,
            i32_bin(op, a.data::<i32>().map_err(err)?, b.data::<i32>().map_err(err)?)?,
        ),
        DType::I64 => Tensor::from_vec(
            shape,
            i64_bin(op, a.data::<i64>().map_err(err)?, b.data::<i64>().map_err(err)?)?,
        ),
        DType::I1 => Tensor::from_vec(
            shape,
            bool_bin(op, a.data::<u8>().map_err(err)?, b.data::<u8>().map_err(err)?)?,
        ),
        DType::F16 | DType::BF16 => return Ok(narrow(binary(op, &widen(a), &widen(b))?, d)),
    }
    .map_err(|e| e.to_string())
}

fn float_un<T: Element + num::Float>(op: Un, a: &[T]) -> Vec<T> {
    let one = T::one();
    match op {
        Un::Neg => map(a, |x| -x),
        Un::Abs => map(a, |x| x.abs()),
        Un::Exp => map(a, |x| x.exp()),
        Un::Log => map(a, |x| x.ln()),
        Un::Tanh => map(a, |x| x.tanh()),
        Un::Sqrt => map(a, |x| x.sqrt()),
        Un::Rsqrt => map(a, |x| one / x.sqrt()),
        Un::Erf => map(a, |x| x.erf()),
        // NaN stays NaN (max(NaN, 0) propagates, as in the tensor.max semantics).
        Un::Relu => map(a, |x| if x.is_nan() || x > T::zero() { x } else { T::zero() }),
        Un::Sigmoid => map(a, |x| one / (one + (-x).exp())),
    }
}

/// `op a` elementwise.
pub(crate) fn unary(op: Un, a: &Tensor) -> Result<Tensor, String> {
    let shape = a.shape();
    let r = match a.dtype() {
        DType::F32 => Tensor::from_vec(shape, float_un(op, a.data::<f32>().map_err(|e| e.to_string())?)),
        DType::F64 => Tensor::from_vec(shape, float_un(op, a.data::<f64>().map_err(|e| e.to_string())?)),
        DType::F16 | DType::BF16 => return Ok(narrow(unary(op, &widen(a))?, a.dtype())),
        DType::I32 => {
            let v = a.data::<i32>().map_err(|e| e.to_string())?;
            Tensor::from_vec(
                shape,
                match op {
                    Un::Neg => map(v, |x: i32| x.wrapping_neg()),
                    Un::Abs => map(v, |x: i32| x.wrapping_abs()),
                    Un::Relu => map(v, |x: i32| x.max(0)),
                    _ => return Err(format!("{op:?} is not defined on integers")),
                },
            )
        }
        DType::I64 => {
            let v = a.data::<i64>().map_err(|e| e.to_string())?;
            Tensor::from_vec(
                shape,
                match op {
                    Un::Neg => map(v, |x: i64| x.wrapping_neg()),
                    Un::Abs => map(v, |x: i64| x.wrapping_abs()),
                    Un::Relu => map(v, |x: i64| x.max(0)),
                    _ => return Err(format!("{op:?} is not defined on integers")),
                },
            )
        }
        DType::I1 => return Err(format!("{op:?} is not defined on i1")),
    };
    r.map_err(|e| e.to_string())
}

fn cmp_ord<T: PartialOrd>(p: Cmp, x: T, y: T) -> bool {
    match p {
        Cmp::Eq => x == y,
        Cmp::Ne => x != y,
        Cmp::Lt | Cmp::ULt => x < y,
        Cmp::Le | Cmp::ULe => x <= y,
        Cmp::Gt | Cmp::UGt => x > y,
        Cmp::Ge | Cmp::UGe => x >= y,
        _ => false,
    }
}

fn cmp_float<T: Element + num::Float>(p: Cmp, a: &[T], b: &[T]) -> Vec<u8> {
    match p {
        Cmp::True => vec![1; a.len()],
        Cmp::False => vec![0; a.len()],
        Cmp::Ord => zip(a, b, |x, y| (!x.is_nan() && !y.is_nan()) as u8),
        Cmp::Uno => zip(a, b, |x, y| (x.is_nan() || y.is_nan()) as u8),
        Cmp::Unordered(u) => {
            let q = match u {
                UCmp::Eq => Cmp::Eq,
                UCmp::Ne => Cmp::Ne,
                UCmp::Lt => Cmp::Lt,
                UCmp::Le => Cmp::Le,
                UCmp::Gt => Cmp::Gt,
                UCmp::Ge => Cmp::Ge,
            };
            zip(a, b, |x, y| (x.is_nan() || y.is_nan() || cmp_ord(q, x, y)) as u8)
        }
        // Ordered: NaN compares false (ne too: `one`).
        q => zip(a, b, |x, y| (!x.is_nan() && !y.is_nan() && cmp_ord(q, x, y)) as u8),
    }
}

/// Elementwise comparison to i1.
pub(crate) fn compare(p: Cmp, a: &Tensor, b: &Tensor) -> Result<Tensor, String> {
    same_shape(a, b)?;
    let e = |e: crate::TensorError| e.to_string();
    let unsigned = matches!(p, Cmp::ULt | Cmp::ULe | Cmp::UGt | Cmp::UGe);
    let v: Vec<u8> = match a.dtype() {
        DType::F32 => cmp_float(p, a.data::<f32>().map_err(e)?, b.data::<f32>().map_err(e)?),
        DType::F64 => cmp_float(p, a.data::<f64>().map_err(e)?, b.data::<f64>().map_err(e)?),
        DType::F16 | DType::BF16 => return compare(p, &widen(a), &widen(b)),
        DType::I32 if unsigned => zip(a.data::<i32>().map_err(e)?, b.data::<i32>().map_err(e)?, |x, y| {
            cmp_ord(p, x as u32, y as u32) as u8
        }),
        DType::I32 => zip(a.data::<i32>().map_err(e)?, b.data::<i32>().map_err(e)?, |x, y| {
            cmp_ord(p, x, y) as u8
        }),
        DType::I64 if unsigned => zip(a.data::<i64>().map_err(e)?, b.data::<i64>().map_err(e)?, |x, y| {
            cmp_ord(p, x as u64, y as u64) as u8
        }),
        DType::I64 => zip(a.data::<i64>().map_err(e)?, b.data::<i64>().map_err(e)?, |x, y| {
            cmp_ord(p, x, y) as u8
        }),
        DType::I1 => zip(a.data::<u8>().map_err(e)?, b.data::<u8>().map_err(e)?, |x, y| {
            cmp_ord(p, x, y) as u8
        }),
    };
    Tensor::from_vec(a.shape(), v).map_err(|e| e.to_string())
}

/// `c ? a : b` elementwise; `c` is i1 of the same shape, or a rank-0 i1.
pub(crate) fn select(c: &Tensor, a: &Tensor, b: &Tensor) -> Result<Tensor, String> {
    same_shape(a, b)?;
    if c.dtype() != DType::I1 || (c.rank() != 0 && c.shape() != a.shape()) {
        return Err(format!(
            "condition {} does not fit values {}",
            c.type_string(),
            a.type_string()
        ));
    }
    let cv = c.data::<u8>().map_err(|e| e.to_string())?;
    if c.rank() == 0 {
        return Ok(if cv[0] != 0 { a.clone() } else { b.clone() });
    }
    let w = a.dtype().size();
    let (ab, bb) = (a.bytes(), b.bytes());
    let mut out = Vec::with_capacity(ab.len());
    for (i, &ci) in cv.iter().enumerate() {
        out.extend_from_slice(if ci != 0 {
            &ab[i * w..(i + 1) * w]
        } else {
            &bb[i * w..(i + 1) * w]
        });
    }
    Tensor::from_bytes(a.dtype(), a.shape(), &out).map_err(|e| e.to_string())
}

/// Converts elements to `to`. Integers are signed unless `unsigned`; float to integer rounds
/// toward zero and saturates (out-of-range values are poison in LLVM, so any value is allowed).
pub(crate) fn convert(t: &Tensor, to: DType, unsigned: bool) -> Result<Tensor, String> {
    let from = t.dtype();
    if from == to {
        return Ok(t.clone());
    }
    let shape = t.shape();
    // Integers travel as i64 (zero- or sign-extended); floats as f64.
    let ints: Option<Vec<i64>> = match from {
        DType::I1 => Some(
            t.data::<u8>()
                .map_err(|e| e.to_string())?
                .iter()
                .map(|&x| if unsigned { x as i64 } else { -(x as i64) })
                .collect(),
        ),
        DType::I32 => Some(
            t.data::<i32>()
                .map_err(|e| e.to_string())?
                .iter()
                .map(|&x| if unsigned { x as u32 as i64 } else { x as i64 })
                .collect(),
        ),
        DType::I64 => Some(t.to_vec::<i64>().map_err(|e| e.to_string())?),
        _ => None,
    };
    let r = match (ints, to) {
        (Some(v), DType::I1) => Tensor::from_vec(shape, v.into_iter().map(|x| (x & 1) as u8).collect()),
        (Some(v), DType::I32) => Tensor::from_vec(shape, v.into_iter().map(|x| x as i32).collect()),
        (Some(v), DType::I64) => Tensor::from_vec(shape, v),
        (Some(v), DType::F32) => Tensor::from_vec(
            shape,
            v.into_iter()
                .map(|x| {
                    if unsigned && from == DType::I64 {
                        x as u64 as f32
                    } else {
                        x as f32
                    }
                })
                .collect(),
        ),
        (Some(v), DType::F64) => Tensor::from_vec(
            shape,
            v.into_iter()
                .map(|x| {
                    if unsigned && from == DType::I64 {
                        x as u64 as f64
                    } else {
                        x as f64
                    }
                })
                .collect(),
        ),
        (Some(v), d) => {
            return Ok(narrow(
                Tensor::from_vec(shape, v.into_iter().map(|x| x as f32).collect()).map_err(|e| e.to_string())?,
                d,
            ))
        }
        (None, _) => {
            let f = t.to_f64_vec();
            match to {
                DType::F32 => Tensor::from_vec(shape, f.into_iter().map(|x| x as f32).collect()),
                DType::F64 => Tensor::from_vec(shape, f),
                DType::F16 => Tensor::from_vec(shape, f.into_iter().map(half::f16::from_f64).collect()),
                DType::BF16 => Tensor::from_vec(shape, f.into_iter().map(half::bf16::from_f64).collect()),
                DType::I32 if unsigned => Tensor::from_vec(shape, f.into_iter().map(|x| x as u32 as i32).collect()),
                DType::I32 => Tensor::from_vec(shape, f.into_iter().map(|x| x as i32).collect()),
                DType::I64 if unsigned => Tensor::from_vec(shape, f.into_iter().map(|x| x as u64 as i64).collect()),
                DType::I64 => Tensor::from_vec(shape, f.into_iter().map(|x| x as i64).collect()),
                DType::I1 => Tensor::from_vec(shape, f.into_iter().map(|x| (x as i64 & 1) as u8).collect()),
            }
        }
    };
    r.map_err(|e| e.to_string())
}

/// Reinterprets bits as another dtype of the same width.
pub(crate) fn bitcast(t: &Tensor, to: DType) -> Result<Tensor, String> {
    if t.dtype().size() != to.size() {
        return Err(format!("cannot bitcast {} to {to}", t.dtype()));
    }
    Tensor::from_bytes(to, t.shape(), t.bytes()).map_err(|e| e.to_string())
}
