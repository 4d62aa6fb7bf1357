//! Kernels of the `tensor` dialect.

use super::arith::result_dtype;
use super::elementwise::{binary, compare, convert, select, Bin, Cmp, Un};
use super::{Exec, KResult, Kernel};
use crate::tensor::{DType, Tensor};
use kiln_ir::attrs::{AttrKind, DenseArray};
use kiln_ir::{dim, OpId};
use rustc_hash::FxHashMap;

pub(crate) fn register(k: &mut FxHashMap<&'static str, Kernel>) {
    super::elementwise::fast_kernels!(k, bins: {
        "ktensor.add" => Bin::Add, "ktensor.sub" => Bin::Sub, "ktensor.mul" => Bin::Mul, "ktensor.div" => Bin::Div,
        "ktensor.rem" => Bin::Rem, "ktensor.max" => Bin::Max, "ktensor.min" => Bin::Min, "ktensor.pow" => Bin::Pow,
        "ktensor.atan2" => Bin::Atan2,
        "ktensor.and" => Bin::And, "ktensor.or" => Bin::Or, "ktensor.xor" => Bin::Xor,
    }, uns: {
        "ktensor.neg" => Un::Neg, "ktensor.abs" => Un::Abs, "ktensor.exp" => Un::Exp, "ktensor.log" => Un::Log,
        "ktensor.tanh" => Un::Tanh, "ktensor.sqrt" => Un::Sqrt, "ktensor.rsqrt" => Un::Rsqrt, "ktensor.erf" => Un::Erf,
        "ktensor.relu" => Un::Relu, "ktensor.sigmoid" => Un::Sigmoid, "ktensor.sign" => Un::Sign,
        "ktensor.sin" => Un::Sin, "ktensor.cos" => Un::Cos,
    });
    k.insert("ktensor.cmp", cmp);
    k.insert("ktensor.select", |_ex, _op, ins| {
        Ok(vec![select(&ins[0], &ins[1], &ins[2])?])
    });
    k.insert("ktensor.convert", |ex, op, ins| {
        let to = result_dtype(ex, op)?;
        // Booleans convert as numbers: true is 1 (StableHLO and numpy), not the signed -1.
        let from_bool = ins[0].dtype() == DType::I1;
        if to == DType::I1 && !from_bool {
            // To i1: nonzero (StableHLO's rule, NaN included), not the low bit `arith.trunci`
            // keeps. Every nonzero i64 is a nonzero f64.
            let v: Vec<u8> = ins[0].to_f64_vec().iter().map(|&x| (x != 0.0) as u8).collect();
            return Ok(vec![Tensor::from_vec(ins[0].shape(), v)?]);
        }
        Ok(vec![convert(&ins[0], to, from_bool)?])
    });
    // The result check against the declared type is the whole semantics of a cast.
    k.insert("ktensor.cast", |_ex, _op, ins| Ok(vec![ins[0].clone()]));
    k.insert("builtin.unrealized_conversion_cast", |_ex, _op, ins| Ok(ins.to_vec()));
    k.insert("ktensor.broadcast_in_dim", broadcast_in_dim);
    k.insert("ktensor.reshape", reshape);
    k.insert("ktensor.transpose", transpose);
    k.insert("ktensor.slice", slice);
    k.insert("ktensor.concat", concat);
    k.insert("ktensor.pad", pad);
    k.insert("ktensor.reverse", reverse);
    k.insert("ktensor.iota", iota);
    k.insert("ktensor.reduce", reduce);
    k.insert("ktensor.matmul", matmul);
    k.insert("ktensor.batch_matmul", batch_matmul);
    k.insert("ktensor.dot_general", dot_general);
    // A row of the elementwise table without a kernel above (the rounding and trigonometric
    // ops, which no workload here needs fast at tier 0) runs from its declared meaning.
    for e in kiln_dialects::elementwise::ELEMENTWISE {
        k.entry(e.name).or_insert(table_kernel);
    }
    k.insert("ktensor.conv2d", conv2d);
    k.insert("ktensor.gather", gather);
    k.insert("ktensor.scatter", scatter);
    k.insert("ktensor.dim", tensor_dim);
    k.insert("ktensor.assert_dim_eq", assert_dim_eq);
    k.insert("ktensor.assert", tensor_assert);
    k.insert("ktensor.if", tensor_if);
    k.insert("ktensor.while", tensor_while);
    k.insert("ktensor.fused", fused);
}

// ----- attribute and shape helpers -----

pub(super) fn i64s(ex: &Exec<'_>, op: OpId, name: &str) -> Result<Vec<i64>, String> {
    match ex.m.attr(op, name).map(|a| ex.ctx().attr(a)) {
        Some(AttrKind::DenseArray {
            values: DenseArray::Int(v),
            ..
        }) => Ok(v.to_vec()),
        None => Ok(Vec::new()),
        _ => Err(format!("'{name}' must be an array<i64: ...>")),
    }
}

pub(super) fn int(ex: &Exec<'_>, op: OpId, name: &str) -> Result<i64, String> {
    ex.m.attr(op, name)
        .and_then(|a| ex.ctx().attr_int(a))
        .map(|v| v as i64)
        .ok_or_else(|| format!("missing attribute '{name}'"))
}

fn string<'a>(ex: &'a Exec<'_>, op: OpId, name: &str) -> Result<&'a str, String> {
    ex.m.attr(op, name)
        .and_then(|a| ex.ctx().attr_str(a))
        .ok_or_else(|| format!("missing attribute '{name}'"))
}

/// The concrete shape of result `i` from its declared type and the current bindings.
pub(super) fn result_shape(ex: &Exec<'_>, op: OpId, i: usize) -> Result<Vec<usize>, String> {
    let ctx = ex.ctx();
    let t = ex.m.value_type(ex.m.result(op, i));
    let dims = ctx.ty(t).shape().ok_or("expects a ranked tensor result")?.to_vec();
    let shape = dims
        .iter()
        .enumerate()
        .map(|(k, d)| {
            // Checked: the bindings come from argument shapes, and a wrapped extent would
            // size a result wrongly.
            let v = dim::evaluate(d, &|s| ex.binds.get(&s).copied())
                .map_err(|_| format!("result dimension {k} overflows 64 bits"))?;
            match v {
                Some(v) if v >= 0 => Ok(v as usize),
                Some(v) => Err(format!("result dimension {k} evaluates to {v}")),
                None => Err(format!(
                    "result dimension {k} is not known at run time (it is `?` or uses an unbound symbol)"
                )),
            }
        })
        .collect::<Result<Vec<usize>, String>>()?;
    if !crate::tensor::extents_fit(&shape) {
        return Err(format!(
            "the result shape {shape:?} is too large: its element count overflows 63 bits"
        ));
    }
    Ok(shape)
}

pub(super) fn strides(shape: &[usize]) -> Vec<usize> {
    let mut s = vec![1; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * shape[i + 1];
    }
    s
}

/// Runs `$body` with `$T` an element type of the same width as `$w` bytes.
macro_rules! with_width {
    ($w:expr, $T:ident, $body:expr) => {
        match $w {
            1 => {
                type $T = u8;
                $body
            }
            2 => {
                type $T = u16;
                $body
            }
            4 => {
                type $T = u32;
                $body
            }
            _ => {
                type $T = u64;
                $body
            }
        }
    };
}

/// out[c] = src[base + Σ c_d * stride_d] over the output shape (strides may be 0 or negative),
/// written straight into the output's aligned buffer.
fn strided_copy(src: &Tensor, out_shape: &[usize], base: isize, st: &[isize]) -> Result<Tensor, String> {
    let mut out = Tensor::zeros(src.dtype(), out_shape).map_err(|e| e.to_string())?;
    let n = out.len();
    let w = src.dtype().size();
    if n == 0 {
        return Ok(out);
    }
    let rank = out_shape.len();
    with_width!(w, T, {
        let s: &[T] = bytemuck::cast_slice(src.bytes());
        let o: &mut [T] = bytemuck::cast_slice_mut(out.bytes_mut());
        if rank == 0 {
            o[0] = s[base as usize];
        } else {
            let inner = out_shape[rank - 1];
            let is = st[rank - 1];
            let mut idx = vec![0usize; rank];
            let mut off = base;
            let mut pos = 0;
            loop {
                let row = &mut o[pos..pos + inner];
                if is == 1 {
                    row.copy_from_slice(&s[off as usize..off as usize + inner]);
                } else if is == 0 {
                    row.fill(s[off as usize]);
                } else {
                    let mut p = off;
                    for x in row.iter_mut() {
                        *x = s[p as usize];
                        p += is;
                    }
                }
                pos += inner;
                if pos >= n {
                    break;
                }
                // Odometer over the outer dimensions.
                let mut d = rank - 1;
                loop {
                    d -= 1;
                    idx[d] += 1;
                    off += st[d];
                    if idx[d] < out_shape[d] {
                        break;
                    }
                    off -= st[d] * idx[d] as isize;
                    idx[d] = 0;
                }
            }
        }
    });
    Ok(out)
}

// ----- kernels -----

/// The kernel of an elementwise op (of the tensor elementwise table or the math table) that
/// has none of its own: its row's float meaning, evaluated in f64 and rounded to the element
/// type.
pub(crate) fn table_kernel(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    use kiln_dialects::elementwise::{lookup, Eval};
    let name = ex.m.op_name(op);
    let meaning = lookup(name)
        .map(|r| r.meaning())
        .or_else(|| kiln_dialects::math::lookup(name).map(|r| r.eval))
        .ok_or_else(|| format!("'{name}' is not an elementwise op"))?;
    let a = ins.first().ok_or("missing operand")?;
    let dtype = a.dtype();
    let xs = a.to_f64_vec();
    let out: Vec<f64> = match (meaning, dtype.is_float()) {
        (Eval::Unary(f), true) => xs.iter().map(|&x| f(x)).collect(),
        (Eval::Binary(f), true) => {
            let b = ins.get(1).ok_or("missing operand")?;
            if b.shape() != a.shape() || b.dtype() != dtype {
                return Err(format!("operands {} and {} differ", a.type_string(), b.type_string()).into());
            }
            xs.iter().zip(b.to_f64_vec()).map(|(&x, y)| f(x, y)).collect()
        }
        _ => return Err(format!("'{name}' has no tier-0 kernel for {dtype}").into()),
    };
    let wide = Tensor::from_vec(a.shape(), out)?;
    Ok(vec![convert(&wide, dtype, false)?])
}

fn cmp(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let p = match string(ex, op, "predicate")? {
        "eq" => Cmp::Eq,
        // IEEE 754 and XLA: `!=` is the one unordered predicate, true when either is NaN (the
        // lowering's `une`); the others are ordered, false with a NaN.
        "ne" if ins[0].dtype().is_float() => Cmp::Unordered(super::elementwise::UCmp::Ne),
        "ne" => Cmp::Ne,
        "lt" => Cmp::Lt,
        "le" => Cmp::Le,
        "gt" => Cmp::Gt,
        "ge" => Cmp::Ge,
        "ult" => Cmp::ULt,
        "ule" => Cmp::ULe,
        "ugt" => Cmp::UGt,
        "uge" => Cmp::UGe,
        p => return Err(format!("unknown predicate '{p}'").into()),
    };
    Ok(vec![compare(p, &ins[0], &ins[1])?])
}

fn broadcast_in_dim(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let src = &ins[0];
    // The result shape comes from the optional shape operand, else from the declared type.
    let out = match ins.get(1) {
        Some(shape) => shape_operand(shape)?,
        None => result_shape(ex, op, 0)?,
    };
    let dims = i64s(ex, op, "dims")?;
    let ss = strides(src.shape());
    let mut st = vec![0isize; out.len()];
    for (i, &d) in dims.iter().enumerate() {
        let d = d as usize;
        let n = src.shape()[i];
        if n != 1 && n != out[d] {
            return Err(format!(
                "operand dimension {i} of size {n} can't be broadcast to size {}",
                out[d]
            )
            .into());
        }
        st[d] = if n == 1 { 0 } else { ss[i] as isize };
    }
    Ok(vec![strided_copy(src, &out, 0, &st)?])
}

/// A run-time shape operand (a 1-D integer tensor) as extents.
fn shape_operand(shape: &Tensor) -> Result<Vec<usize>, String> {
    let dims = indices_of(shape)?
        .into_iter()
        .map(|d| usize::try_from(d).map_err(|_| format!("negative dimension {d} in the shape operand")))
        .collect::<Result<Vec<usize>, String>>()?;
    // Extents from data: their products must not wrap before a tensor is sized from them.
    if !crate::tensor::extents_fit(&dims) {
        return Err(format!(
            "the shape operand {dims:?} is too large: its element count overflows 63 bits"
        ));
    }
    Ok(dims)
}

fn reshape(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    if let Some(shape) = ins.get(1) {
        let shape = shape_operand(shape)?;
        if shape.iter().product::<usize>() != ins[0].len() {
            return Err(format!("cannot reshape {} elements into {:?}", ins[0].len(), shape).into());
        }
        return Ok(vec![ins[0].reshape(&shape)?]);
    }
    let t = ex.m.value_type(ex.m.result(op, 0));
    let dims = ex.ctx().ty(t).shape().ok_or("expects a ranked result")?.to_vec();
    // One unknown dimension is inferred from the element count, like -1 in numpy.
    let mut shape = Vec::with_capacity(dims.len());
    let mut unknown = None;
    for (i, d) in dims.iter().enumerate() {
        match dim::substitute(ex.ctx(), d, &|s| ex.binds.get(&s).copied()).as_const() {
            Some(c) => shape.push(c as usize),
            None if unknown.is_none() => {
                unknown = Some(i);
                shape.push(1);
            }
            None => return Err("reshape with more than one unknown result dimension".into()),
        }
    }
    if let Some(i) = unknown {
        let known: usize = shape.iter().product();
        if known == 0 || !ins[0].len().is_multiple_of(known) {
            return Err(format!("cannot reshape {} elements into {:?}", ins[0].len(), dims).into());
        }
        shape[i] = ins[0].len() / known;
    }
    Ok(vec![ins[0].reshape(&shape)?])
}

fn transpose(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let src = &ins[0];
    let perm = i64s(ex, op, "perm")?;
    let ss = strides(src.shape());
    let out: Vec<usize> = perm.iter().map(|&p| src.shape()[p as usize]).collect();
    let st: Vec<isize> = perm.iter().map(|&p| ss[p as usize] as isize).collect();
    Ok(vec![strided_copy(src, &out, 0, &st)?])
}

fn slice(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let src = &ins[0];
    let (start, limit, step) = if ins.len() == 4 {
        (indices_of(&ins[1])?, indices_of(&ins[2])?, indices_of(&ins[3])?)
    } else {
        let step = i64s(ex, op, "strides")?;
        let step = if step.is_empty() { vec![1; src.rank()] } else { step };
        (i64s(ex, op, "start")?, i64s(ex, op, "limit")?, step)
    };
    let n = src.rank();
    if start.len() != n || limit.len() != n || step.len() != n {
        return Err(format!("slice bounds need {n} entries each").into());
    }
    for d in 0..n {
        if start[d] < 0 || limit[d] < start[d] || step[d] <= 0 {
            return Err(format!(
                "invalid slice bounds in dimension {d}: start {} limit {} stride {}",
                start[d], limit[d], step[d]
            )
            .into());
        }
    }
    let ss = strides(src.shape());
    let mut base = 0isize;
    let mut out = Vec::new();
    let mut st = Vec::new();
    for d in 0..src.rank() {
        if limit[d] as usize > src.shape()[d] {
            return Err(format!(
                "slice limit {} exceeds dimension {d} of size {}",
                limit[d],
                src.shape()[d]
            )
            .into());
        }
        base += start[d] as isize * ss[d] as isize;
        out.push(((limit[d] - start[d] + step[d] - 1) / step[d]) as usize);
        st.push(ss[d] as isize * step[d] as isize);
    }
    Ok(vec![strided_copy(src, &out, base, &st)?])
}

fn reverse(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let src = &ins[0];
    let dims = i64s(ex, op, "dims")?;
    let ss = strides(src.shape());
    let mut base = 0isize;
    let mut st: Vec<isize> = ss.iter().map(|&s| s as isize).collect();
    for &d in &dims {
        let d = d as usize;
        base += (src.shape()[d] as isize - 1).max(0) * ss[d] as isize;
        st[d] = -st[d];
    }
    Ok(vec![strided_copy(src, src.shape(), base, &st)?])
}

fn concat(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let axis = int(ex, op, "dim")? as usize;
    let first = &ins[0];
    let mut shape = first.shape().to_vec();
    for t in &ins[1..] {
        if t.rank() != first.rank()
            || t.dtype() != first.dtype()
            || (0..t.rank()).any(|d| d != axis && t.shape()[d] != first.shape()[d])
        {
            return Err(format!(
                "cannot concatenate {} and {} along dimension {axis}",
                first.type_string(),
                t.type_string()
            )
            .into());
        }
        shape[axis] += t.shape()[axis];
    }
    let outer: usize = shape[..axis].iter().product();
    let w = first.dtype().size();
    let mut out = Vec::with_capacity(shape.iter().product::<usize>() * w);
    for o in 0..outer {
        for t in &ins {
            let chunk = t.shape()[axis..].iter().product::<usize>() * w;
            out.extend_from_slice(&t.bytes()[o * chunk..(o + 1) * chunk]);
        }
    }
    Ok(vec![Tensor::from_bytes(first.dtype(), &shape, &out)?])
}

fn pad(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let (src, value) = (&ins[0], &ins[1]);
    let rank = src.rank();
    let (low, high, interior) = if ins.len() == 5 {
        (indices_of(&ins[2])?, indices_of(&ins[3])?, indices_of(&ins[4])?)
    } else {
        let interior = i64s(ex, op, "interior")?;
        let interior = if interior.is_empty() { vec![0; rank] } else { interior };
        (i64s(ex, op, "low")?, i64s(ex, op, "high")?, interior)
    };
    if low.len() != rank || high.len() != rank || interior.len() != rank || interior.iter().any(|&i| i < 0) {
        return Err(format!("padding needs {rank} entries each and non-negative interior padding").into());
    }
    let mut out_shape = Vec::with_capacity(rank);
    for d in 0..rank {
        let n = src.shape()[d] as i64;
        // Checked: run-time padding comes from data.
        let size = (n - 1)
            .max(0)
            .checked_mul(interior[d])
            .and_then(|x| x.checked_add(n))
            .and_then(|x| x.checked_add(low[d]))
            .and_then(|x| x.checked_add(high[d]))
            .ok_or_else(|| format!("padding of dimension {d} overflows 64 bits"))?;
        if size < 0 {
            return Err(format!("padding makes dimension {d} negative").into());
        }
        out_shape.push(size as usize);
    }
    if !crate::tensor::extents_fit(&out_shape) {
        return Err(format!("the padded shape {out_shape:?} is too large: its element count overflows 63 bits").into());
    }
    let w = src.dtype().size();
    if value.dtype() != src.dtype() || value.len() != 1 {
        return Err(format!(
            "padding value {} does not fit {}",
            value.type_string(),
            src.type_string()
        )
        .into());
    }
    // The padding value everywhere, then the source on top; the allocation may fail (run-time
    // padding comes from data).
    let mut padded = Tensor::zeros(src.dtype(), &out_shape)?;
    let out = padded.bytes_mut();
    for chunk in out.chunks_exact_mut(w) {
        chunk.copy_from_slice(value.bytes());
    }
    let os = strides(&out_shape);
    let ss = strides(src.shape());
    let bytes = src.bytes();
    // Place every source element (skipping those cropped by negative padding).
    'outer: for i in 0..src.len() {
        let mut off = 0i64;
        for d in 0..rank {
            let c = (i / ss[d]) % src.shape()[d];
            let p = low[d] + c as i64 * (interior[d] + 1);
            if p < 0 || p >= out_shape[d] as i64 {
                continue 'outer;
            }
            off += p * os[d] as i64;
        }
        let o = off as usize * w;
        out[o..o + w].copy_from_slice(&bytes[i * w..(i + 1) * w]);
    }
    Ok(vec![padded])
}

fn iota(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let shape = match ins.first() {
        Some(shape) => shape_operand(shape)?,
        None => result_shape(ex, op, 0)?,
    };
    let d = int(ex, op, "dim")? as usize;
    let st = strides(&shape);
    let n: usize = shape.iter().product();
    // Written straight into the tensor's storage, whose allocation may fail (a shape from data).
    let t = Tensor::from_iter_exact(&shape, (0..n).map(|i| ((i / st[d]) % shape[d]) as i64))?;
    Ok(vec![convert(&t, result_dtype(ex, op)?, false)?])
}

#[derive(Copy, Clone, PartialEq, Eq)]
pub(super) enum Red {
    Sum,
    Max,
    Min,
    Prod,
    Mean,
}

/// Reduces `axes` of `src`: contiguous trailing axes run as tight row loops; other layouts
/// accumulate through an output offset per input element.
pub(super) fn reduce_axes(src: &Tensor, axes: &[usize], kind: Red, keep: bool) -> Result<Tensor, String> {
    let rank = src.rank();
    let mut red = vec![false; rank];
    for &a in axes {
        red[a] = true;
    }
    let out_shape: Vec<usize> = (0..rank)
        .filter(|&d| keep || !red[d])
        .map(|d| if red[d] { 1 } else { src.shape()[d] })
        .collect();
    let count: usize = axes.iter().map(|&a| src.shape()[a]).product();
    let n_out: usize = out_shape.iter().product();
    let dt = src.dtype();
    let float = dt.is_float();
    let x: Vec<f64>;
    let xi: Vec<i64>;
    // The identities of max and min are the element type's extremes (an empty reduction
    // gives them): i64's would wrap to 0 in i32.
    let (lo, hi) = match dt {
        DType::I32 => (i32::MIN as i64, i32::MAX as i64),
        DType::I1 => (0, 1),
        _ => (i64::MIN, i64::MAX),
    };
    let (init_f, init_i) = match kind {
        Red::Sum | Red::Mean => (0.0, 0i64),
        Red::Prod => (1.0, 1),
        Red::Max => (f64::NEG_INFINITY, lo),
        Red::Min => (f64::INFINITY, hi),
    };
    let mut acc_f = vec![init_f; n_out];
    let mut acc_i = vec![init_i; n_out];
    let combine_f = |a: f64, b: f64| match kind {
        Red::Sum | Red::Mean => a + b,
        Red::Prod => a * b,
        Red::Max => kiln_ir::float::maximum(a, b),
        Red::Min => kiln_ir::float::minimum(a, b),
    };
    let combine_i = |a: i64, b: i64| match kind {
        Red::Sum | Red::Mean => a.wrapping_add(b),
        Red::Prod => a.wrapping_mul(b),
        Red::Max => a.max(b),
        Red::Min => a.min(b),
    };
    let trailing = (0..rank).all(|d| red[d] == (d >= rank - axes.len()));
    // Rows of contiguous trailing axes in f32/f64: reduce in place on the slices, accumulating
    // sums and products in f64.
    if trailing && !axes.is_empty() && count > 0 && matches!(dt, DType::F32 | DType::F64) {
        // Eight independent accumulators per row: one serial accumulator cannot vectorize.
        fn fold8<T: Copy + Into<f64>>(row: &[T], init: f64, f: impl Fn(f64, f64) -> f64 + Copy) -> f64 {
            let mut acc = [init; 8];
            let chunks = row.chunks_exact(8);
            let rest = chunks.remainder();
            for c in chunks {
                for k in 0..8 {
                    acc[k] = f(acc[k], c[k].into());
                }
            }
            let mut r = acc.iter().fold(init, |a, &b| f(a, b));
            for &x in rest {
                r = f(r, x.into());
            }
            r
        }
        fn rows<T: Copy + Into<f64>>(v: &[T], count: usize, kind: Red) -> Vec<f64> {
            // IEEE 754-2019's maximum and minimum: NaN wins and -0 < +0 (f64::max orders
            // signed zeros either way).
            v.chunks(count)
                .map(|row| match kind {
                    Red::Sum | Red::Mean => fold8(row, 0.0, |a, b| a + b),
                    Red::Prod => fold8(row, 1.0, |a, b| a * b),
                    Red::Max => fold8(row, f64::NEG_INFINITY, kiln_ir::float::maximum),
                    Red::Min => fold8(row, f64::INFINITY, kiln_ir::float::minimum),
                })
                .collect()
        }
        let mut r = match dt {
            DType::F32 => rows(src.data::<f32>().map_err(|e| e.to_string())?, count, kind),
            _ => rows(src.data::<f64>().map_err(|e| e.to_string())?, count, kind),
        };
        if kind == Red::Mean {
            r.iter_mut().for_each(|a| *a /= count as f64);
        }
        let t = Tensor::from_vec(&out_shape, r).map_err(|e| e.to_string())?;
        return convert(&t, dt, false);
    }
    if float {
        x = src.to_f64_vec();
        if trailing && !axes.is_empty() {
            for (o, chunk) in x.chunks(count.max(1)).enumerate().take(n_out) {
                acc_f[o] = chunk.iter().fold(init_f, |a, &b| combine_f(a, b));
            }
        } else {
            let ss = strides(src.shape());
            let os_full: Vec<usize> = {
                let full: Vec<usize> = (0..rank).map(|d| if red[d] { 1 } else { src.shape()[d] }).collect();
                strides(&full)
            };
            for (i, &v) in x.iter().enumerate() {
                let mut o = 0;
                for d in 0..rank {
                    if !red[d] {
                        o += ((i / ss[d]) % src.shape()[d]) * os_full[d];
                    }
                }
                acc_f[o] = combine_f(acc_f[o], v);
            }
        }
    } else {
        xi = match dt {
            DType::I32 => src
                .data::<i32>()
                .map_err(|e| e.to_string())?
                .iter()
                .map(|&v| v as i64)
                .collect(),
            DType::I64 => src.to_vec::<i64>().map_err(|e| e.to_string())?,
            _ => src
                .data::<u8>()
                .map_err(|e| e.to_string())?
                .iter()
                .map(|&v| v as i64)
                .collect(),
        };
        let ss = strides(src.shape());
        let full: Vec<usize> = (0..rank).map(|d| if red[d] { 1 } else { src.shape()[d] }).collect();
        let os_full = strides(&full);
        for (i, &v) in xi.iter().enumerate() {
            let mut o = 0;
            for d in 0..rank {
                if !red[d] {
                    o += ((i / ss[d]) % src.shape()[d]) * os_full[d];
                }
            }
            acc_i[o] = combine_i(acc_i[o], v);
        }
    }
    let r = if float {
        if kind == Red::Mean {
            let c = count as f64;
            acc_f.iter_mut().for_each(|a| *a /= c);
        }
        let t = Tensor::from_vec(&out_shape, acc_f).map_err(|e| e.to_string())?;
        convert(&t, dt, false)?
    } else {
        if kind == Red::Mean {
            return Err("mean of integers".into());
        }
        let t = Tensor::from_vec(&out_shape, acc_i).map_err(|e| e.to_string())?;
        convert(&t, dt, dt == DType::I1)?
    };
    Ok(r)
}

fn reduce(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let kind = match string(ex, op, "kind")? {
        "sum" => Red::Sum,
        "max" => Red::Max,
        "min" => Red::Min,
        "prod" => Red::Prod,
        "mean" => Red::Mean,
        k => return Err(format!("unknown reduction '{k}'").into()),
    };
    let axes: Vec<usize> = i64s(ex, op, "axes")?.into_iter().map(|a| a as usize).collect();
    let keep = ex.m.attr(op, "keep_dims").is_some();
    Ok(vec![reduce_axes(&ins[0], &axes, kind, keep)?])
}

/// Recognizes a combiner that is one standard binary op of its two arguments.
pub(super) fn standard_combiner(ex: &Exec<'_>, op: OpId) -> Option<Red> {
    let m = ex.m;
    let b = *m.region_blocks(m.regions(op)[0]).first()?;
    let args = m.block_args(b);
    let body: Vec<OpId> = m.block_ops(b).collect();
    if body.len() != 2 || m.num_operands(body[0]) != 2 {
        return None;
    }
    let ops: Vec<_> = m.operands(body[0]).collect();
    let uses_both = (ops[0] == args[0] && ops[1] == args[1]) || (ops[0] == args[1] && ops[1] == args[0]);
    if !uses_both || m.operand_value(body[1], 0) != m.result(body[0], 0) {
        return None;
    }
    Some(match m.op_name(body[0]) {
        "arith.addf" | "arith.addi" | "ktensor.add" => Red::Sum,
        "arith.mulf" | "arith.muli" | "ktensor.mul" => Red::Prod,
        "arith.maximumf" | "arith.maxsi" | "ktensor.max" => Red::Max,
        "arith.minimumf" | "arith.minsi" | "ktensor.min" => Red::Min,
        _ => return None,
    })
}

/// C[b] = A[b] · B[b] for row-major (batch, m, k) x (batch, k, n).
fn batched_gemm(a: &Tensor, b: &Tensor, batch: usize, m: usize, k: usize, n: usize) -> Result<Tensor, String> {
    let dt = a.dtype();
    if dt != b.dtype() {
        return Err(format!("operand element types {} and {} differ", dt, b.dtype()));
    }
    match dt {
        DType::F32 => {
            let (av, bv) = (
                a.data::<f32>().map_err(|e| e.to_string())?,
                b.data::<f32>().map_err(|e| e.to_string())?,
            );
            let mut c = vec![0f32; batch * m * n];
            for i in 0..batch {
                gemm_f32(
                    &av[i * m * k..],
                    &bv[i * k * n..],
                    &mut c[i * m * n..(i + 1) * m * n],
                    m,
                    k,
                    n,
                );
            }
            Tensor::from_vec(&[batch, m, n], c).map_err(|e| e.to_string())
        }
        DType::F64 => {
            let (av, bv) = (
                a.data::<f64>().map_err(|e| e.to_string())?,
                b.data::<f64>().map_err(|e| e.to_string())?,
            );
            let mut c = vec![0f64; batch * m * n];
            for i in 0..batch {
                let (ap, bp, cp) = (&av[i * m * k..], &bv[i * k * n..], &mut c[i * m * n..(i + 1) * m * n]);
                // SAFETY: the slices hold m*k, k*n and m*n elements with the row-major strides given.
                unsafe {
                    crate::jit::parallel::gemm(
                        m,
                        n,
                        k,
                        cp.as_mut_ptr(),
                        1,
                        n as isize,
                        false,
                        ap.as_ptr(),
                        1,
                        k as isize,
                        bp.as_ptr(),
                        1,
                        n as isize,
                        0.0,
                        1.0,
                    );
                }
            }
            Tensor::from_vec(&[batch, m, n], c).map_err(|e| e.to_string())
        }
        DType::F16 | DType::BF16 => {
            let r = batched_gemm(
                &super::elementwise::widen(a),
                &super::elementwise::widen(b),
                batch,
                m,
                k,
                n,
            )?;
            Ok(super::elementwise::narrow(r, dt))
        }
        _ => {
            // Integers: a plain triple loop (wrapping), rare at tier 0.
            let av = convert(a, DType::I64, false)?
                .to_vec::<i64>()
                .map_err(|e| e.to_string())?;
            let bv = convert(b, DType::I64, false)?
                .to_vec::<i64>()
                .map_err(|e| e.to_string())?;
            let mut c = vec![0i64; batch * m * n];
            for bi in 0..batch {
                for i in 0..m {
                    for p in 0..k {
                        let x = av[bi * m * k + i * k + p];
                        for j in 0..n {
                            let y = bv[bi * k * n + p * n + j];
                            let cell = &mut c[bi * m * n + i * n + j];
                            *cell = cell.wrapping_add(x.wrapping_mul(y));
                        }
                    }
                }
            }
            convert(
                &Tensor::from_vec(&[batch, m, n], c).map_err(|e| e.to_string())?,
                dt,
                false,
            )
        }
    }
}

/// Row-major single-precision GEMM through the `gemm` crate (multithreaded with rayon).
pub(crate) fn gemm_f32(a: &[f32], b: &[f32], c: &mut [f32], m: usize, k: usize, n: usize) {
    if m == 0 || n == 0 {
        return;
    }
    // SAFETY: a holds m*k, b k*n and c m*n elements, row-major, as the strides say.
    unsafe {
        crate::jit::parallel::gemm(
            m,
            n,
            k,
            c.as_mut_ptr(),
            1,
            n as isize,
            false,
            a.as_ptr(),
            1,
            k as isize,
            b.as_ptr(),
            1,
            n as isize,
            0.0f32,
            1.0f32,
        );
    }
}

fn matmul(_ex: &mut Exec<'_>, _op: OpId, ins: Vec<Tensor>) -> KResult {
    let (a, b) = (&ins[0], &ins[1]);
    if a.rank() != 2 || b.rank() != 2 || a.shape()[1] != b.shape()[0] {
        return Err(format!("cannot multiply {} by {}", a.type_string(), b.type_string()).into());
    }
    let (m, k, n) = (a.shape()[0], a.shape()[1], b.shape()[1]);
    Ok(vec![batched_gemm(a, b, 1, m, k, n)?.reshape(&[m, n])?])
}

fn batch_matmul(_ex: &mut Exec<'_>, _op: OpId, ins: Vec<Tensor>) -> KResult {
    let (a, b) = (&ins[0], &ins[1]);
    if a.rank() != 3 || b.rank() != 3 || a.shape()[0] != b.shape()[0] || a.shape()[2] != b.shape()[1] {
        return Err(format!("cannot batch-multiply {} by {}", a.type_string(), b.type_string()).into());
    }
    Ok(vec![batched_gemm(
        a,
        b,
        a.shape()[0],
        a.shape()[1],
        a.shape()[2],
        b.shape()[2],
    )?])
}

fn permute(t: &Tensor, perm: &[usize]) -> Result<Tensor, String> {
    if perm.iter().enumerate().all(|(i, &p)| i == p) {
        return Ok(t.clone());
    }
    let ss = strides(t.shape());
    let out: Vec<usize> = perm.iter().map(|&p| t.shape()[p]).collect();
    let st: Vec<isize> = perm.iter().map(|&p| ss[p] as isize).collect();
    strided_copy(t, &out, 0, &st)
}

fn dot_general(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let (a, b) = (&ins[0], &ins[1]);
    let idx = |v: Vec<i64>| v.into_iter().map(|x| x as usize).collect::<Vec<usize>>();
    let (lb, rb) = (idx(i64s(ex, op, "lhs_batch")?), idx(i64s(ex, op, "rhs_batch")?));
    let (lc, rc) = (idx(i64s(ex, op, "lhs_contract")?), idx(i64s(ex, op, "rhs_contract")?));
    for (&l, &r) in lb.iter().zip(&rb).chain(lc.iter().zip(&rc)) {
        if a.shape()[l] != b.shape()[r] {
            return Err(format!(
                "dimension {l} of {} and dimension {r} of {} differ",
                a.type_string(),
                b.type_string()
            )
            .into());
        }
    }
    let lf: Vec<usize> = (0..a.rank()).filter(|d| !lb.contains(d) && !lc.contains(d)).collect();
    let rf: Vec<usize> = (0..b.rank()).filter(|d| !rb.contains(d) && !rc.contains(d)).collect();
    let size = |t: &Tensor, ds: &[usize]| ds.iter().map(|&d| t.shape()[d]).product::<usize>();
    let (batch, m, k, n) = (size(a, &lb), size(a, &lf), size(a, &lc), size(b, &rf));
    let ap = permute(a, &[lb.clone(), lf.clone(), lc.clone()].concat())?.reshape(&[batch, m, k])?;
    let bp = permute(b, &[rb.clone(), rc.clone(), rf.clone()].concat())?.reshape(&[batch, k, n])?;
    let r = batched_gemm(&ap, &bp, batch, m, k, n)?;
    let shape: Vec<usize> = lb
        .iter()
        .map(|&d| a.shape()[d])
        .chain(lf.iter().map(|&d| a.shape()[d]))
        .chain(rf.iter().map(|&d| b.shape()[d]))
        .collect();
    Ok(vec![r.reshape(&shape)?])
}

/// NHWC input, HWCF filter: im2col and one GEMM per image.
fn conv2d(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let (x, w) = (super::elementwise::widen(&ins[0]), super::elementwise::widen(&ins[1]));
    if x.dtype() != DType::F32 || w.dtype() != DType::F32 {
        return Err("conv2d runs on f32 (and f16/bf16) at tier 0".into());
    }
    let (nb, h, wd, c) = (x.shape()[0], x.shape()[1], x.shape()[2], x.shape()[3]);
    let (kh, kw, wc, f) = (w.shape()[0], w.shape()[1], w.shape()[2], w.shape()[3]);
    if wc != c {
        return Err(format!("input has {c} channels, filter expects {wc}").into());
    }
    let get = |name, d: Vec<i64>| -> Result<Vec<i64>, String> {
        let v = i64s(ex, op, name)?;
        Ok(if v.is_empty() { d } else { v })
    };
    let (s, dl, p) = (
        get("strides", vec![1, 1])?,
        get("dilations", vec![1, 1])?,
        get("padding", vec![0, 0, 0, 0])?,
    );
    let out_dim = |n: usize, k: usize, i: usize| -> i64 {
        (n as i64 + p[2 * i] + p[2 * i + 1] - dl[i] * (k as i64 - 1) - 1).div_euclid(s[i]) + 1
    };
    let (oh, ow) = (out_dim(h, kh, 0), out_dim(wd, kw, 1));
    if oh <= 0 || ow <= 0 {
        return Err("the filter is larger than the padded input".into());
    }
    let (oh, ow) = (oh as usize, ow as usize);
    let xv = x.data::<f32>().map_err(|e| e.to_string())?;
    let wv = w.data::<f32>().map_err(|e| e.to_string())?;
    let kdim = kh * kw * c;
    let mut cols = vec![0f32; oh * ow * kdim];
    let mut out = vec![0f32; nb * oh * ow * f];
    for n in 0..nb {
        cols.iter_mut().for_each(|v| *v = 0.0);
        for oy in 0..oh {
            for ox in 0..ow {
                let row = &mut cols[(oy * ow + ox) * kdim..(oy * ow + ox + 1) * kdim];
                for ky in 0..kh {
                    let iy = oy as i64 * s[0] - p[0] + ky as i64 * dl[0];
                    if iy < 0 || iy >= h as i64 {
                        continue;
                    }
                    for kx in 0..kw {
                        let ix = ox as i64 * s[1] - p[2] + kx as i64 * dl[1];
                        if ix < 0 || ix >= wd as i64 {
                            continue;
                        }
                        let src = ((n * h + iy as usize) * wd + ix as usize) * c;
                        row[(ky * kw + kx) * c..(ky * kw + kx + 1) * c].copy_from_slice(&xv[src..src + c]);
                    }
                }
            }
        }
        gemm_f32(
            &cols,
            wv,
            &mut out[n * oh * ow * f..(n + 1) * oh * ow * f],
            oh * ow,
            kdim,
            f,
        );
    }
    let r = Tensor::from_vec(&[nb, oh, ow, f], out)?;
    Ok(vec![super::elementwise::narrow(r, ins[0].dtype())])
}

pub(super) fn indices_of(t: &Tensor) -> Result<Vec<i64>, String> {
    convert(t, DType::I64, false)?
        .to_vec::<i64>()
        .map_err(|e| e.to_string())
}

fn gather(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let (table, idx) = (&ins[0], &ins[1]);
    let axis = int(ex, op, "axis")? as usize;
    let ids = indices_of(idx)?;
    let n = table.shape()[axis];
    let outer: usize = table.shape()[..axis].iter().product();
    let inner: usize = table.shape()[axis + 1..].iter().product::<usize>() * table.dtype().size();
    let mut out = Vec::with_capacity(outer * ids.len() * inner);
    let bytes = table.bytes();
    for o in 0..outer {
        for &i in &ids {
            // An index is checked where it reads an element, as in native code: one whose
            // slice is empty reads nothing.
            if inner > 0 && (i < 0 || i as usize >= n) {
                return Err(format!("gather index {i} is out of range [0, {n})").into());
            }
            let start = (o * n + i as usize) * inner;
            out.extend_from_slice(&bytes[start..start + inner]);
        }
    }
    let shape: Vec<usize> = table.shape()[..axis]
        .iter()
        .chain(idx.shape())
        .chain(&table.shape()[axis + 1..])
        .copied()
        .collect();
    Ok(vec![Tensor::from_bytes(table.dtype(), &shape, &out)?])
}

fn scatter(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let (dest, idx, upd) = (&ins[0], &ins[1], &ins[2]);
    let axis = int(ex, op, "axis")? as usize;
    let add = string(ex, op, "kind")? == "add";
    let ids = indices_of(idx)?;
    let n = dest.shape()[axis];
    let outer: usize = dest.shape()[..axis].iter().product();
    let inner: usize = dest.shape()[axis + 1..].iter().product();
    if upd.len() != outer * ids.len() * inner || upd.dtype() != dest.dtype() {
        return Err(format!(
            "updates {} do not fit {} at {} indices",
            upd.type_string(),
            dest.type_string(),
            ids.len()
        )
        .into());
    }
    let mut out = dest.clone();
    let w = dest.dtype().size();
    for o in 0..outer {
        for (j, &i) in ids.iter().enumerate() {
            if inner > 0 && (i < 0 || i as usize >= n) {
                return Err(format!("scatter index {i} is out of range [0, {n})").into());
            }
            let d0 = (o * n + i as usize) * inner;
            let u0 = (o * ids.len() + j) * inner;
            if add {
                let cur = Tensor::from_bytes(dest.dtype(), &[inner], &out.bytes()[d0 * w..(d0 + inner) * w])?;
                let u = Tensor::from_bytes(dest.dtype(), &[inner], &upd.bytes()[u0 * w..(u0 + inner) * w])?;
                let s = binary(Bin::Add, &cur, &u)?;
                write_bytes(&mut out, d0 * w, s.bytes())?;
            } else {
                let u = upd.bytes()[u0 * w..(u0 + inner) * w].to_vec();
                write_bytes(&mut out, d0 * w, &u)?;
            }
        }
    }
    Ok(vec![out])
}

pub(super) fn write_bytes(t: &mut Tensor, at: usize, bytes: &[u8]) -> Result<(), String> {
    let dst: &mut [u8] = match t.dtype() {
        DType::F32 => bytemuck::cast_slice_mut(t.data_mut::<f32>().map_err(|e| e.to_string())?),
        DType::F64 => bytemuck::cast_slice_mut(t.data_mut::<f64>().map_err(|e| e.to_string())?),
        DType::I32 => bytemuck::cast_slice_mut(t.data_mut::<i32>().map_err(|e| e.to_string())?),
        DType::I64 => bytemuck::cast_slice_mut(t.data_mut::<i64>().map_err(|e| e.to_string())?),
        DType::I1 => t.data_mut::<u8>().map_err(|e| e.to_string())?,
        DType::F16 => bytemuck::cast_slice_mut(t.data_mut::<half::f16>().map_err(|e| e.to_string())?),
        DType::BF16 => bytemuck::cast_slice_mut(t.data_mut::<half::bf16>().map_err(|e| e.to_string())?),
    };
    dst[at..at + bytes.len()].copy_from_slice(bytes);
    Ok(())
}

fn tensor_dim(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let i = int(ex, op, "index")? as usize;
    let extent = *ins[0].shape().get(i).ok_or("dimension index out of range")?;
    let to = result_dtype(ex, op)?;
    // A narrower result (JAX's i32 `get_dimension_size`) that cannot hold the extent is an
    // error, not a truncation later shape checks would trust.
    let max = match to {
        crate::DType::I32 => i32::MAX as usize,
        crate::DType::I1 => 1,
        _ => i64::MAX as usize,
    };
    if extent > max {
        return Err(format!("extent {extent} of dimension {i} does not fit the result type '{to}'").into());
    }
    let size = Tensor::scalar(extent as i64);
    Ok(vec![convert(&size, to, false)?])
}

fn tensor_assert(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    if truth(&ins[0])? {
        return Ok(Vec::new());
    }
    let mut msg = string(ex, op, "message")?.to_string();
    for (i, v) in ins[1..].iter().enumerate() {
        let shown = v
            .to_f64_vec()
            .iter()
            .map(|x| format!("{x}"))
            .collect::<Vec<_>>()
            .join(", ");
        msg = msg.replace(&format!("{{{i}}}"), &shown);
    }
    Err(format!("run-time assertion failed: {msg}").into())
}

fn assert_dim_eq(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let (l, r) = (int(ex, op, "lhs_dim")? as usize, int(ex, op, "rhs_dim")? as usize);
    let (a, b) = (ins[0].shape()[l], ins[1].shape()[r]);
    if a != b {
        let msg = string(ex, op, "message").unwrap_or("");
        return Err(format!(
            "run-time shape check failed: {msg}: got {a} vs {b} ({} and {})",
            ins[0].type_string(),
            ins[1].type_string()
        )
        .into());
    }
    Ok(Vec::new())
}

fn truth(t: &Tensor) -> Result<bool, String> {
    match (t.dtype(), t.len()) {
        (DType::I1, 1) => Ok(t.data::<u8>().map_err(|e| e.to_string())?[0] != 0),
        _ => Err(format!("expects a single i1 condition, got {}", t.type_string())),
    }
}

fn tensor_if(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let r = ex.m.regions(op)[if truth(&ins[0])? { 0 } else { 1 }];
    Ok(ex.run_region(r, &[])?)
}

fn tensor_while(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let (cond, body) = (ex.m.regions(op)[0], ex.m.regions(op)[1]);
    let mut carried = ins.to_vec();
    loop {
        let c = ex.run_region(cond, &carried)?;
        if !truth(c.first().ok_or("the cond region yields nothing")?)? {
            return Ok(carried);
        }
        carried = ex.run_region(body, &carried)?;
        ex.back_edges += 1;
    }
}

fn fused(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let r = ex.m.regions(op)[0];
    Ok(ex.run_region(r, &ins)?)
}
