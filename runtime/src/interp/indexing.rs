//! Kernels of the tensor ops that index with run-time values, with StableHLO's semantics:
//! `general_gather` (start indices clamped so each slice fits), `general_scatter` (updates
//! outside the input skipped), `dynamic_slice` and `dynamic_update_slice` (starts clamped).

use super::regions::element;
use super::tensor::{i64s, indices_of, standard_combiner, strides, Red};
use super::{Exec, KResult, Kernel};
use crate::tensor::Tensor;
use kiln_dialects::tensor_indexing::{GatherDims, ScatterDims};
use kiln_ir::OpId;
use rustc_hash::FxHashMap;

pub(crate) fn register(k: &mut FxHashMap<&'static str, Kernel>) {
    k.insert("ktensor.general_gather", general_gather);
    k.insert("ktensor.general_scatter", general_scatter);
    k.insert("ktensor.dynamic_slice", dynamic_slice);
    k.insert("ktensor.dynamic_update_slice", dynamic_update_slice);
}

/// Visits every multi-index of `shape` in row-major order.
fn for_each_index<E>(shape: &[usize], mut f: impl FnMut(&[usize]) -> Result<(), E>) -> Result<(), E> {
    if shape.contains(&0) {
        return Ok(());
    }
    let mut idx = vec![0usize; shape.len()];
    loop {
        f(&idx)?;
        let mut d = shape.len();
        loop {
            if d == 0 {
                return Ok(());
            }
            d -= 1;
            idx[d] += 1;
            if idx[d] < shape[d] {
                break;
            }
            idx[d] = 0;
        }
    }
}

fn offset(idx: &[usize], st: &[usize]) -> usize {
    idx.iter().zip(st).map(|(i, s)| i * s).sum()
}

/// The index vector at `batch` (the indices' position without `index_vector_dim`), of
/// `count` entries: `indices[batch with k inserted at ivd]`, or the single element at `batch`
/// when `ivd` is the indices' rank.
fn index_vector(ids: &[i64], shape: &[usize], ivd: usize, batch: &[usize], count: usize) -> Vec<i64> {
    let st = strides(shape);
    if ivd >= shape.len() {
        return vec![ids[offset(batch, &st)]];
    }
    let mut full: Vec<usize> = Vec::with_capacity(shape.len());
    full.extend_from_slice(&batch[..ivd]);
    full.push(0);
    full.extend_from_slice(&batch[ivd..]);
    (0..count)
        .map(|k| {
            full[ivd] = k;
            ids[offset(&full, &st)]
        })
        .collect()
}

/// Checks the index vectors have `count` entries (the shapes are only known at run time).
fn check_index_vectors(indices: &Tensor, ivd: usize, count: usize) -> Result<(), String> {
    let len = if ivd < indices.rank() { indices.shape()[ivd] } else { 1 };
    if len != count || ivd > indices.rank() {
        return Err(format!(
            "index vectors of {} along dimension {ivd} have {len} entries, expected {count}",
            indices.type_string()
        ));
    }
    Ok(())
}

/// Position in the batch index of indices dimension `j` (the batch skips `ivd`).
fn batch_pos(j: i64, ivd: i64) -> usize {
    if j < ivd {
        j as usize
    } else {
        j as usize - 1
    }
}

fn general_gather(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let g = GatherDims::of(ex.m, op)?;
    let (operand, indices) = (&ins[0], &ins[1]);
    let os = operand.shape();
    let sizes: Vec<i64> = match ins.get(2) {
        Some(t) => indices_of(t)?,
        None => i64s(ex, op, "slice_sizes")?,
    };
    if sizes.len() != os.len() || sizes.iter().zip(os).any(|(&s, &d)| s < 0 || s as usize > d) {
        return Err(format!("slice sizes {sizes:?} do not fit the operand {}", operand.type_string()).into());
    }
    let ids = indices_of(indices)?;
    let ivd = g.index_vector_dim as usize;
    check_index_vectors(indices, ivd, g.start_index_map.len())?;
    let batch_shape: Vec<usize> = indices
        .shape()
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != ivd)
        .map(|(_, &d)| d)
        .collect();
    let window_dims: Vec<usize> = (0..os.len())
        .filter(|&d| !g.collapsed_slice_dims.contains(&(d as i64)) && !g.operand_batching_dims.contains(&(d as i64)))
        .collect();
    let out_rank = batch_shape.len() + window_dims.len();
    let (mut b, mut w) = (batch_shape.iter(), window_dims.iter());
    let out_shape: Vec<usize> = (0..out_rank as i64)
        .map(|i| {
            if g.offset_dims.contains(&i) {
                w.next().map_or(0, |&d| sizes[d] as usize)
            } else {
                b.next().copied().unwrap_or(0)
            }
        })
        .collect();
    let ost = strides(os);
    let wd = operand.dtype().size();
    let src = operand.bytes();
    let mut out = Vec::with_capacity(out_shape.iter().product::<usize>() * wd);
    let (mut batch, mut offs) = (Vec::new(), Vec::new());
    for_each_index(&out_shape, |r| {
        batch.clear();
        offs.clear();
        for (i, &x) in r.iter().enumerate() {
            if g.offset_dims.contains(&(i as i64)) {
                offs.push(x);
            } else {
                batch.push(x);
            }
        }
        let start = index_vector(&ids, indices.shape(), ivd, &batch, g.start_index_map.len());
        let mut at = vec![0usize; os.len()];
        for (k, &d) in g.start_index_map.iter().enumerate() {
            let d = d as usize;
            let hi = os[d] as i64 - sizes[d];
            at[d] = start.get(k).copied().unwrap_or(0).clamp(0, hi.max(0)) as usize;
        }
        for (&od, &idim) in g.operand_batching_dims.iter().zip(&g.start_indices_batching_dims) {
            at[od as usize] += batch
                .get(batch_pos(idim, ivd as i64))
                .ok_or("bad start_indices_batching_dims")?;
        }
        for (&d, &x) in window_dims.iter().zip(offs.iter()) {
            at[d] += x;
        }
        if at.iter().zip(os).any(|(a, d)| a >= d) {
            return Err(format!("gather index {at:?} is outside {}", operand.type_string()));
        }
        let o = offset(&at, &ost) * wd;
        out.extend_from_slice(&src[o..o + wd]);
        Ok(())
    })?;
    Ok(vec![Tensor::from_bytes(operand.dtype(), &out_shape, &out)?])
}

/// How a scatter combines: by a whole standard op, by replacing, or by running the region.
enum Combine {
    Replace,
    Standard(Red),
    Region,
}

/// Recognizes `^bb0(%cur, %upd): yield %upd` (JAX's `.at[].set`).
fn is_replace(ex: &Exec<'_>, op: OpId) -> bool {
    let m = ex.m;
    let Some(&b) = m.regions(op).first().and_then(|&r| m.region_blocks(r).first()) else {
        return false;
    };
    let body: Vec<OpId> = m.block_ops(b).collect();
    body.len() == 1 && m.num_operands(body[0]) == 1 && m.operand_value(body[0], 0) == m.block_args(b)[1]
}

fn general_scatter(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let s = ScatterDims::of(ex.m, op)?;
    let (input, indices, updates) = (&ins[0], &ins[1], &ins[2]);
    let is = input.shape().to_vec();
    let ids = indices_of(indices)?;
    let ivd = s.index_vector_dim as usize;
    check_index_vectors(indices, ivd, s.scatter_dims_to_operand_dims.len())?;
    let window_dims: Vec<usize> = (0..is.len())
        .filter(|&d| !s.inserted_window_dims.contains(&(d as i64)) && !s.input_batching_dims.contains(&(d as i64)))
        .collect();
    let combine = if is_replace(ex, op) {
        Combine::Replace
    } else if let Some(k) = standard_combiner(ex, op) {
        Combine::Standard(k)
    } else {
        Combine::Region
    };
    let ist = strides(&is);
    let ust = strides(updates.shape());
    let wd = input.dtype().size();
    let mut out = input.clone();
    let region = ex.m.regions(op)[0];
    let (mut batch, mut win) = (Vec::new(), Vec::new());
    for_each_index(updates.shape(), |u| -> Result<(), super::KErr> {
        batch.clear();
        win.clear();
        for (d, &x) in u.iter().enumerate() {
            if s.update_window_dims.contains(&(d as i64)) {
                win.push(x);
            } else {
                batch.push(x);
            }
        }
        let start = index_vector(&ids, indices.shape(), ivd, &batch, s.scatter_dims_to_operand_dims.len());
        let mut at = vec![0i64; is.len()];
        for (k, &d) in s.scatter_dims_to_operand_dims.iter().enumerate() {
            at[d as usize] += start.get(k).copied().unwrap_or(0);
        }
        for (&id, &sd) in s.input_batching_dims.iter().zip(&s.scatter_indices_batching_dims) {
            at[id as usize] += *batch
                .get(batch_pos(sd, ivd as i64))
                .ok_or("bad scatter_indices_batching_dims")? as i64;
        }
        for (&d, &x) in window_dims.iter().zip(win.iter()) {
            at[d] += x as i64;
        }
        // Updates that fall outside the input are skipped, as XLA does.
        if at.iter().zip(&is).any(|(&a, &d)| a < 0 || a as usize >= d) {
            return Ok(());
        }
        let at: Vec<usize> = at.iter().map(|&a| a as usize).collect();
        let (o, ui) = (offset(&at, &ist), offset(u, &ust));
        let new = match combine {
            Combine::Replace => element(updates, ui)?,
            Combine::Standard(k) => {
                let (cur, upd) = (element(&out, o)?, element(updates, ui)?);
                let bin = match k {
                    Red::Sum | Red::Mean => super::elementwise::Bin::Add,
                    Red::Prod => super::elementwise::Bin::Mul,
                    Red::Max => super::elementwise::Bin::Max,
                    Red::Min => super::elementwise::Bin::Min,
                };
                super::elementwise::binary(bin, &cur, &upd)?
            }
            Combine::Region => {
                let args = [element(&out, o)?, element(updates, ui)?];
                let r = ex.run_region(region, &args)?;
                r.into_iter().next().ok_or("the combiner yields nothing")?
            }
        };
        out.bytes_mut()[o * wd..(o + 1) * wd].copy_from_slice(new.bytes());
        Ok(())
    })?;
    Ok(vec![out])
}

/// Start indices from rank-0 operands, clamped so a box of `sizes` fits in `shape`.
fn clamped_starts(starts: &[Tensor], shape: &[usize], sizes: &[usize]) -> Result<Vec<usize>, String> {
    starts
        .iter()
        .zip(shape.iter().zip(sizes))
        .map(|(t, (&d, &s))| {
            let v = indices_of(t)?.first().copied().ok_or("empty start index")?;
            Ok(v.clamp(0, d.saturating_sub(s) as i64) as usize)
        })
        .collect()
}

fn dynamic_slice(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let x = &ins[0];
    let sizes: Vec<usize> = i64s(ex, op, "sizes")?.into_iter().map(|s| s as usize).collect();
    if sizes.len() != x.rank() || sizes.iter().zip(x.shape()).any(|(s, d)| s > d) {
        return Err(format!("slice sizes {sizes:?} do not fit {}", x.type_string()).into());
    }
    let start = clamped_starts(&ins[1..], x.shape(), &sizes)?;
    let st = strides(x.shape());
    let wd = x.dtype().size();
    let src = x.bytes();
    let mut out = Vec::with_capacity(sizes.iter().product::<usize>() * wd);
    for_each_index::<String>(&sizes, |i| {
        let at: Vec<usize> = i.iter().zip(&start).map(|(a, b)| a + b).collect();
        let o = offset(&at, &st) * wd;
        out.extend_from_slice(&src[o..o + wd]);
        Ok(())
    })?;
    Ok(vec![Tensor::from_bytes(x.dtype(), &sizes, &out)?])
}

fn dynamic_update_slice(_ex: &mut Exec<'_>, _op: OpId, ins: Vec<Tensor>) -> KResult {
    let (x, upd) = (&ins[0], &ins[1]);
    if upd.rank() != x.rank() || upd.shape().iter().zip(x.shape()).any(|(u, d)| u > d) || upd.dtype() != x.dtype() {
        return Err(format!("the update {} does not fit {}", upd.type_string(), x.type_string()).into());
    }
    let start = clamped_starts(&ins[2..], x.shape(), upd.shape())?;
    let (st, ust) = (strides(x.shape()), strides(upd.shape()));
    let wd = x.dtype().size();
    let mut out = x.clone();
    let src = upd.bytes();
    let dst = out.bytes_mut();
    for_each_index::<String>(upd.shape(), |i| {
        let at: Vec<usize> = i.iter().zip(&start).map(|(a, b)| a + b).collect();
        let (o, u) = (offset(&at, &st) * wd, offset(i, &ust) * wd);
        dst[o..o + wd].copy_from_slice(&src[u..u + wd]);
        Ok(())
    })?;
    Ok(vec![out])
}
