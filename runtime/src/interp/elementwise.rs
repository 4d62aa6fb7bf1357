//! Elementwise kernels over whole tensors, for every dtype. Closures are monomorphized (not
//! function pointers) so the loops vectorize; f16/bf16 compute in f32 and round back.

use crate::tensor::{DType, Element, Tensor};

/// Registers kernels in `k` that run an elementwise [`Bin`] or [`Un`] op on their operands:
/// the native-typed fast kernels of ops whose names map to one (in `arith`, `math` and
/// `tensor`). Each entry becomes its own non-capturing kernel function.
macro_rules! fast_kernels {
    ($k:ident, bins: { $($bname:literal => $bop:expr),* $(,)? }, uns: { $($uname:literal => $uop:expr),* $(,)? }) => {
        $($k.insert($bname, |_ex: &mut Exec<'_>, _op: OpId, ins: Vec<Tensor>| -> KResult {
            let mut it = ins.into_iter();
            let (a, b) = (it.next().ok_or("missing operand")?, it.next().ok_or("missing operand")?);
            Ok(vec![$crate::interp::elementwise::binary_owned($bop, a, &b)?])
        });)*
        $($k.insert($uname, |_ex: &mut Exec<'_>, _op: OpId, ins: Vec<Tensor>| -> KResult {
            let a = ins.into_iter().next().ok_or("missing operand")?;
            Ok(vec![$crate::interp::elementwise::unary_owned($uop, a)?])
        });)*
    };
}
pub(crate) use fast_kernels;

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
    /// Float `atan2(y, x)`.
    Atan2,
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
    Floor,
    Ceil,
    Sin,
    Cos,
    Tan,
    Expm1,
    Log1p,
    Cbrt,
    /// Half away from zero.
    Round,
    /// Half to even.
    RoundEven,
    /// -1, 0 or 1 with the operand's sign; keeps ±0 and NaN.
    Sign,
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

/// `v[i] = f(v[i])` for every element, compiled for the widest vector extension the CPU has.
/// Kiln's own binary targets baseline x86-64 (SSE2: four f32 lanes); the vector-math kernels
/// are compute-bound, so AVX2 and AVX-512 copies chosen at run time run them 2-4x faster.
/// Rust never contracts a multiply and an add, so every copy computes the same bits.
#[inline(always)]
fn update_in_place<T: Copy, F: Fn(T) -> T>(v: &mut [T], f: F) {
    #[cfg(target_arch = "x86_64")]
    {
        #[target_feature(enable = "avx512f,avx512dq,avx512vl,avx512bw,avx2,fma")]
        fn avx512<T: Copy, F: Fn(T) -> T>(v: &mut [T], f: F) {
            v.iter_mut().for_each(|x| *x = f(*x));
        }
        #[target_feature(enable = "avx2,fma")]
        fn avx2<T: Copy, F: Fn(T) -> T>(v: &mut [T], f: F) {
            v.iter_mut().for_each(|x| *x = f(*x));
        }
        if std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("avx512dq")
            && std::arch::is_x86_feature_detected!("avx512vl")
            && std::arch::is_x86_feature_detected!("avx512bw")
        {
            // SAFETY: the CPU has every feature the function is compiled for.
            return unsafe { avx512(v, f) };
        }
        if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma") {
            // SAFETY: as above.
            return unsafe { avx2(v, f) };
        }
    }
    v.iter_mut().for_each(|x| *x = f(*x));
}

/// The fast paths for f32 and f64: write into `a`'s buffer when it is not shared (the operand
/// dies here), else straight into a fresh aligned buffer. Returns `None` for other cases.
fn float_bin_fast<T: Element + num::Float>(op: Bin, a: Tensor, b: &Tensor) -> Option<Tensor> {
    fn go<T: Element + num::Float>(a: Tensor, b: &Tensor, f: impl Fn(T, T) -> T) -> Tensor {
        let mut a = a;
        let bv = b.data::<T>().expect("dtype checked");
        if a.is_unique() {
            let av = a.data_mut::<T>().expect("dtype checked");
            av.iter_mut().zip(bv).for_each(|(x, &y)| *x = f(*x, y));
            return a;
        }
        let av = a.data::<T>().expect("dtype checked");
        Tensor::from_iter_exact(a.shape(), av.iter().zip(bv).map(|(&x, &y)| f(x, y))).expect("same size")
    }
    Some(match op {
        Bin::Add => go(a, b, |x: T, y: T| x + y),
        Bin::Sub => go(a, b, |x: T, y: T| x - y),
        Bin::Mul => go(a, b, |x: T, y: T| x * y),
        Bin::Div => go(a, b, |x: T, y: T| x / y),
        Bin::Max => go(a, b, fmax::<T>),
        Bin::Min => go(a, b, fmin::<T>),
        _ => return None,
    })
}

/// Unary fast path for f32/f64 (in place when the operand dies here).
fn float_un_fast<T: Element + num::Float>(op: Un, a: Tensor) -> Option<Tensor> {
    fn go<T: Element + num::Float>(a: Tensor, f: impl Fn(T) -> T) -> Tensor {
        let mut a = if a.is_unique() {
            a
        } else {
            Tensor::from_slice(a.shape(), a.data::<T>().expect("dtype checked")).expect("same size")
        };
        update_in_place(a.data_mut::<T>().expect("dtype checked"), f);
        a
    }
    let one = T::one();
    Some(match op {
        Un::Neg => go(a, |x: T| -x),
        Un::Abs => go(a, |x: T| x.abs()),
        Un::Relu => go(a, |x: T| if x.is_nan() || x > T::zero() { x } else { T::zero() }),
        Un::Exp => go(a, |x: T| x.exp()),
        Un::Log => go(a, |x: T| x.ln()),
        Un::Tanh => go(a, |x: T| x.tanh()),
        Un::Erf => go(a, |x: T| x.erf()),
        Un::Sqrt => go(a, |x: T| x.sqrt()),
        Un::Rsqrt => go(a, |x: T| one / x.sqrt()),
        Un::Sigmoid => go(a, |x: T| x.sigmoid()),
        Un::Sin => go(a, |x: T| x.sin()),
        Un::Cos => go(a, |x: T| x.cos()),
        _ => return None,
    })
}

/// `a op b`, reusing `a`'s buffer when nothing else holds it.
pub(crate) fn binary_owned(op: Bin, a: Tensor, b: &Tensor) -> Result<Tensor, String> {
    same_shape(&a, b)?;
    let fast = matches!(op, Bin::Add | Bin::Sub | Bin::Mul | Bin::Div | Bin::Max | Bin::Min);
    match a.dtype() {
        DType::F32 if fast => float_bin_fast::<f32>(op, a, b).ok_or_else(|| "unreachable".to_string()),
        DType::F64 if fast => float_bin_fast::<f64>(op, a, b).ok_or_else(|| "unreachable".to_string()),
        _ => binary(op, &a, b),
    }
}

/// `op a`, reusing `a`'s buffer when nothing else holds it.
pub(crate) fn unary_owned(op: Un, a: Tensor) -> Result<Tensor, String> {
    let fast = matches!(
        op,
        Un::Neg
            | Un::Abs
            | Un::Relu
            | Un::Exp
            | Un::Log
            | Un::Tanh
            | Un::Erf
            | Un::Sqrt
            | Un::Rsqrt
            | Un::Sigmoid
            | Un::Sin
            | Un::Cos
    );
    match a.dtype() {
        DType::F32 if fast => float_un_fast::<f32>(op, a).ok_or_else(|| "unreachable".to_string()),
        DType::F64 if fast => float_un_fast::<f64>(op, a).ok_or_else(|| "unreachable".to_string()),
        _ => unary(op, &a),
    }
}

/// `kiln_ir::float::maximum` on f32 or f64 without widening: NaN wins, +0 above -0.
fn fmax<T: num::Float>(x: T, y: T) -> T {
    if x.is_nan() || y.is_nan() {
        T::nan()
    } else if x > y || (x == y && y.is_sign_negative()) {
        x
    } else {
        y
    }
}
/// `kiln_ir::float::minimum` on f32 or f64: NaN wins, -0 below +0.
fn fmin<T: num::Float>(x: T, y: T) -> T {
    if x.is_nan() || y.is_nan() {
        T::nan()
    } else if x < y || (x == y && x.is_sign_negative()) {
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
        fn is_sign_negative(self) -> bool;
        fn zero() -> Self;
        fn one() -> Self;
        fn powf(self, o: Self) -> Self;
        fn atan2(self, o: Self) -> Self;
        fn exp(self) -> Self;
        fn ln(self) -> Self;
        fn tanh(self) -> Self;
        fn sqrt(self) -> Self;
        fn abs(self) -> Self;
        fn floor(self) -> Self;
        fn ceil(self) -> Self;
        fn sin(self) -> Self;
        fn cos(self) -> Self;
        fn tan(self) -> Self;
        fn exp_m1(self) -> Self;
        fn ln_1p(self) -> Self;
        fn cbrt(self) -> Self;
        fn round(self) -> Self;
        fn round_ties_even(self) -> Self;
        fn signum(self) -> Self;
        fn erf(self) -> Self;
        /// The logistic function 1/(1 + e^-x).
        fn sigmoid(self) -> Self;
    }
    /// Forwards each named method to the std float method of the same name.
    macro_rules! unary_std {
        ($t:ty: $($f:ident)*) => {
            $(fn $f(self) -> Self {
                <$t>::$f(self)
            })*
        };
    }
    macro_rules! float {
        ($t:ty, $erf:expr, $exp:expr, $ln:expr, $tanh:expr, $sigmoid:expr, $sin:expr, $cos:expr) => {
            impl Float for $t {
                fn nan() -> Self {
                    <$t>::NAN
                }
                fn is_nan(self) -> bool {
                    <$t>::is_nan(self)
                }
                fn is_sign_negative(self) -> bool {
                    <$t>::is_sign_negative(self)
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
                fn atan2(self, o: Self) -> Self {
                    <$t>::atan2(self, o)
                }
                unary_std!($t: sqrt abs floor ceil tan exp_m1 ln_1p cbrt round round_ties_even signum);
                #[inline(always)]
                fn sin(self) -> Self {
                    $sin(self)
                }
                #[inline(always)]
                fn cos(self) -> Self {
                    $cos(self)
                }
                #[inline(always)]
                fn erf(self) -> Self {
                    $erf(self)
                }
                #[inline(always)]
                fn exp(self) -> Self {
                    $exp(self)
                }
                #[inline(always)]
                fn ln(self) -> Self {
                    $ln(self)
                }
                #[inline(always)]
                fn tanh(self) -> Self {
                    $tanh(self)
                }
                #[inline(always)]
                fn sigmoid(self) -> Self {
                    $sigmoid(self)
                }
            }
        };
    }
    // f32 exp, log, tanh, sin, cos and the logistic function are the vector-math approximations tier 2
    // compiles (kiln_dialects::approx), evaluated branch-free so these loops vectorize too.
    use kiln_dialects::approx::{self, Scalar};
    float!(
        f32,
        libm::erff,
        |x| approx::exp(&mut Scalar, x),
        |x| approx::log(&mut Scalar, x),
        |x| approx::tanh(&mut Scalar, x),
        |x| approx::sigmoid(&mut Scalar, x),
        |x| approx::sin(&mut Scalar, x),
        |x| approx::cos(&mut Scalar, x)
    );
    float!(
        f64,
        libm::erf,
        f64::exp,
        f64::ln,
        f64::tanh,
        |x: f64| {
            // e/(1 + e) below zero (e = e^-|x|), so large negative x keeps its small values.
            let e = (-x.abs()).exp();
            if x < 0.0 {
                e / (1.0 + e)
            } else {
                1.0 / (1.0 + e)
            }
        },
        f64::sin,
        f64::cos
    );
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
        Bin::Atan2 => zip(a, b, |y, x| y.atan2(x)),
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
                Bin::Pow | Bin::Atan2 => return Err(format!("{op:?} is not defined on integers")),
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
        // NaN stays NaN (max(NaN, 0) propagates, as in the ktensor.max semantics).
        Un::Relu => map(a, |x| if x.is_nan() || x > T::zero() { x } else { T::zero() }),
        Un::Sigmoid => map(a, |x| x.sigmoid()),
        Un::Floor => map(a, |x| x.floor()),
        Un::Ceil => map(a, |x| x.ceil()),
        Un::Sin => map(a, |x| x.sin()),
        Un::Cos => map(a, |x| x.cos()),
        Un::Tan => map(a, |x| x.tan()),
        Un::Expm1 => map(a, |x| x.exp_m1()),
        Un::Log1p => map(a, |x| x.ln_1p()),
        Un::Cbrt => map(a, |x| x.cbrt()),
        Un::Round => map(a, |x| x.round()),
        Un::RoundEven => map(a, |x| x.round_ties_even()),
        Un::Sign => map(a, |x| if x.is_nan() || x == T::zero() { x } else { x.signum() }),
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
                    Un::Sign => map(v, |x: i32| x.signum()),
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
                    Un::Sign => map(v, |x: i64| x.signum()),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_and_min_order_signed_zeros_and_propagate_nan() {
        // The oracle must agree with llvm.intr.maximum/minimum, which tier 1 lowers to.
        let a = Tensor::from_vec(&[3], vec![-0.0f32, 0.0, f32::NAN]).unwrap();
        let b = Tensor::from_vec(&[3], vec![0.0f32, -0.0, 1.0]).unwrap();
        let bits = |t: Tensor| t.data::<f32>().unwrap().iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        let max = bits(binary(Bin::Max, &a, &b).unwrap());
        let min = bits(binary(Bin::Min, &a, &b).unwrap());
        assert_eq!(&max[..2], &[0.0f32.to_bits(), 0.0f32.to_bits()]);
        assert_eq!(&min[..2], &[(-0.0f32).to_bits(), (-0.0f32).to_bits()]);
        assert!(f32::from_bits(max[2]).is_nan() && f32::from_bits(min[2]).is_nan());
    }
}
