//! Kernels of the tensor ops that call a region per element: `reduce_region`, `reduce_window`
//! and `sort`. A combiner that is one standard op takes a whole-tensor fast path.

use super::elementwise::{binary, convert, Bin};
use super::tensor::{i64s, int, reduce_axes, standard_combiner, strides, Red};
use super::{Exec, KResult, Kernel};
use crate::tensor::{DType, Tensor};
use kiln_dialects::tensor_regions::Window;
use kiln_ir::OpId;
use rustc_hash::FxHashMap;

pub(crate) fn register(k: &mut FxHashMap<&'static str, Kernel>) {
    k.insert("ktensor.reduce_region", reduce_region);
    k.insert("ktensor.reduce_window", reduce_window);
    k.insert("ktensor.sort", sort);
}

/// Element `i` of `t` as a rank-0 tensor.
pub(super) fn element(t: &Tensor, i: usize) -> Result<Tensor, String> {
    let w = t.dtype().size();
    Tensor::from_bytes(t.dtype(), &[], &t.bytes()[i * w..(i + 1) * w]).map_err(|e| e.to_string())
}

/// Concatenates rank-0 tensors into one of `shape`.
fn assemble(dtype: DType, shape: &[usize], parts: &[Tensor]) -> Result<Tensor, String> {
    let bytes: Vec<u8> = parts.iter().flat_map(|t| t.bytes().to_vec()).collect();
    Tensor::from_bytes(dtype, shape, &bytes).map_err(|e| e.to_string())
}

/// Runs the op's first region on `args`, expecting `n` results.
fn call(ex: &mut Exec<'_>, op: OpId, args: &[Tensor], n: usize) -> Result<Vec<Tensor>, super::KErr> {
    let region = ex.m.regions(op)[0];
    let r = ex.run_region(region, args)?;
    if r.len() != n {
        return Err(format!("the region yields {} values, expected {n}", r.len()).into());
    }
    Ok(r)
}

fn reduce_region(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let n = ins.len() / 2;
    let axes: Vec<usize> = i64s(ex, op, "axes")?.into_iter().map(|a| a as usize).collect();
    let keep = ex.m.attr(op, "keep_dims").is_some();
    let src = &ins[0];
    if n == 1 {
        if let Some(kind) = standard_combiner(ex, op) {
            // Fold the initial value into the standard reduction.
            let r = reduce_axes(src, &axes, kind, keep)?;
            let init = Tensor::from_bytes(src.dtype(), r.shape(), &ins[1].bytes().repeat(r.len()))?;
            return Ok(vec![binary(red_bin(kind), &r, &init)?]);
        }
    }
    // General combiner: fold the elements in row-major order, once per element.
    let rank = src.rank();
    let mut red = vec![false; rank];
    for &a in &axes {
        red[a] = true;
    }
    let out_shape: Vec<usize> = (0..rank)
        .filter(|&d| keep || !red[d])
        .map(|d| if red[d] { 1 } else { src.shape()[d] })
        .collect();
    let full: Vec<usize> = (0..rank).map(|d| if red[d] { 1 } else { src.shape()[d] }).collect();
    let (ss, os) = (strides(src.shape()), strides(&full));
    let inits: Vec<Tensor> = ins[n..].iter().map(|t| t.reshape(&[])).collect::<Result<_, _>>()?;
    let mut acc: Vec<Vec<Tensor>> = vec![inits; out_shape.iter().product()];
    for i in 0..src.len() {
        let mut o = 0;
        for d in 0..rank {
            if !red[d] {
                o += ((i / ss[d]) % src.shape()[d]) * os[d];
            }
        }
        let mut args = std::mem::take(&mut acc[o]);
        for x in &ins[..n] {
            args.push(element(x, i)?);
        }
        acc[o] = call(ex, op, &args, n)?;
    }
    (0..n)
        .map(|k| {
            let parts: Vec<Tensor> = acc.iter().map(|a| a[k].clone()).collect();
            Ok(assemble(ins[k].dtype(), &out_shape, &parts)?)
        })
        .collect()
}

fn red_bin(kind: Red) -> Bin {
    match kind {
        Red::Sum | Red::Mean => Bin::Add,
        Red::Prod => Bin::Mul,
        Red::Max => Bin::Max,
        Red::Min => Bin::Min,
    }
}

/// For each output position, calls `visit(k, Some(i))` for every window element at input
/// offset `i` and `visit(k, None)` for a padding or dilation hole (whose value is the init).
fn for_each_window(
    w: &Window,
    in_shape: &[usize],
    out_shape: &[usize],
    mut visit: impl FnMut(usize, Option<usize>) -> Result<(), super::KErr>,
) -> Result<(), super::KErr> {
    let rank = in_shape.len();
    let in_strides = strides(in_shape);
    let win: Vec<usize> = w.dims.iter().map(|&d| d as usize).collect();
    let win_len: usize = win.iter().product();
    let out_len: usize = out_shape.iter().product();
    let mut o_idx = vec![0usize; rank];
    for o in 0..out_len {
        let mut rem = o;
        for d in (0..rank).rev() {
            o_idx[d] = rem % out_shape[d];
            rem /= out_shape[d];
        }
        for k in 0..win_len {
            let mut rem = k;
            let mut at = Some(0usize);
            for d in (0..rank).rev() {
                let kd = (rem % win[d]) as i64;
                rem /= win[d];
                // Position in the padded, base-dilated input.
                let q = o_idx[d] as i64 * w.strides[d] + kd * w.window_dilations[d] - w.padding[d].0;
                let bd = w.base_dilations[d];
                if q < 0 || q % bd != 0 || q / bd >= in_shape[d] as i64 {
                    at = None;
                } else if let Some(a) = at.as_mut() {
                    *a += (q / bd) as usize * in_strides[d];
                }
            }
            visit(o, at)?;
        }
    }
    Ok(())
}

fn reduce_window(ex: &mut Exec<'_>, op: OpId, mut ins: Vec<Tensor>) -> KResult {
    let extra = kiln_dialects::tensor_regions::dynamic_window_operands(ex.m, op);
    let lists: Vec<Vec<i64>> = ins
        .split_off(ins.len() - extra)
        .iter()
        .map(|t| t.to_f64_vec().into_iter().map(|x| x as i64).collect())
        .collect();
    let n = ins.len() / 2;
    let src = &ins[0];
    let w = match <[Vec<i64>; 5]>::try_from(lists) {
        Ok(lists) => Window::from_values(src.rank(), lists)?,
        Err(_) => Window::of(ex.m, op, src.rank())?,
    };
    let out_shape: Vec<usize> = (0..src.rank())
        .map(|d| w.out_extent(d, src.shape()[d] as i64) as usize)
        .collect();
    let out_len: usize = out_shape.iter().product();
    let standard = if n == 1 && src.dtype().is_float() {
        standard_combiner(ex, op)
    } else {
        None
    };
    if let Some(kind) = standard {
        // Whole-tensor fast path in f64, rounded once to the element type.
        let x = src.to_f64_vec();
        let init = ins[1].to_f64_vec()[0];
        let mut out = vec![init; out_len];
        let f = |a: f64, b: f64| match kind {
            Red::Sum | Red::Mean => a + b,
            Red::Prod => a * b,
            Red::Max => kiln_ir::float::maximum(a, b),
            Red::Min => kiln_ir::float::minimum(a, b),
        };
        for_each_window(&w, src.shape(), &out_shape, |o, at| {
            out[o] = f(out[o], at.map_or(init, |i| x[i]));
            Ok(())
        })?;
        let r = Tensor::from_vec(&out_shape, out)?;
        return Ok(vec![convert(&r, src.dtype(), false)?]);
    }
    let inits: Vec<Tensor> = ins[n..].iter().map(|t| t.reshape(&[])).collect::<Result<_, _>>()?;
    let mut acc: Vec<Vec<Tensor>> = vec![inits.clone(); out_len];
    for_each_window(&w, src.shape(), &out_shape, |o, at| {
        let mut args = std::mem::take(&mut acc[o]);
        match at {
            Some(i) => {
                for x in &ins[..n] {
                    args.push(element(x, i)?);
                }
            }
            None => args.extend(inits.iter().cloned()),
        }
        acc[o] = call(ex, op, &args, n)?;
        Ok(())
    })?;
    (0..n)
        .map(|k| {
            let parts: Vec<Tensor> = acc.iter().map(|a| a[k].clone()).collect();
            Ok(assemble(ins[k].dtype(), &out_shape, &parts)?)
        })
        .collect()
}

/// A stable merge sort of `0..n` by a fallible "goes first" test. Written here because the
/// comparator is a user region: it may fail, and need not be a consistent order (the standard
/// library's sorts may panic on an inconsistent one).
fn merge_sort<E>(n: usize, less: &mut impl FnMut(usize, usize) -> Result<bool, E>) -> Result<Vec<usize>, E> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = a.clone();
    let mut width = 1;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                // Take the right element only when it strictly goes first: stability.
                if less(a[j], a[i])? {
                    b[k] = a[j];
                    j += 1;
                } else {
                    b[k] = a[i];
                    i += 1;
                }
                k += 1;
            }
            b[k..k + mid - i].copy_from_slice(&a[i..mid]);
            let k = k + mid - i;
            b[k..k + hi - j].copy_from_slice(&a[j..hi]);
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    Ok(a)
}

fn sort(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let shape = ins[0].shape().to_vec();
    if shape.is_empty() {
        return Ok(ins);
    }
    let dim = int(ex, op, "dimension")? as usize;
    let len = shape[dim];
    let st = strides(&shape);
    let lanes = ins[0].len() / len.max(1);
    let mut outs: Vec<Tensor> = ins.clone();
    for lane in 0..lanes {
        // The offset of the lane's first element: `lane` enumerates the other dimensions.
        let (outer, inner) = (lane / st[dim], lane % st[dim]);
        let base = outer * st[dim] * len + inner;
        let at = |i: usize| base + i * st[dim];
        let mut less = |a: usize, b: usize| -> Result<bool, super::KErr> {
            let mut args = Vec::with_capacity(2 * ins.len());
            for t in &ins {
                args.push(element(t, at(a))?);
                args.push(element(t, at(b))?);
            }
            let r = call(ex, op, &args, 1)?;
            Ok(r[0].bytes().first().is_some_and(|&x| x != 0))
        };
        let perm = merge_sort(len, &mut less)?;
        for (t, out) in ins.iter().zip(outs.iter_mut()) {
            let w = t.dtype().size();
            let src = t.bytes();
            let dst = out.bytes_mut();
            for (i, &p) in perm.iter().enumerate() {
                dst[at(i) * w..(at(i) + 1) * w].copy_from_slice(&src[at(p) * w..(at(p) + 1) * w]);
            }
        }
    }
    Ok(outs)
}

#[cfg(test)]
mod tests {
    #[test]
    fn merge_sort_is_stable_and_total() {
        let keys = [3, 1, 2, 1, 3, 0, 2];
        let perm = super::merge_sort::<()>(keys.len(), &mut |a, b| Ok(keys[a] < keys[b])).unwrap();
        assert_eq!(perm, vec![5, 1, 3, 2, 6, 0, 4]);
        // An inconsistent comparator still gives a permutation, without panicking.
        let mut flip = false;
        let perm = super::merge_sort::<()>(9, &mut |_, _| {
            flip = !flip;
            Ok(flip)
        })
        .unwrap();
        let mut seen = perm.clone();
        seen.sort();
        assert_eq!(seen, (0..9).collect::<Vec<_>>());
    }
}
