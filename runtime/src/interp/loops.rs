//! Kernels of the `loop` and `vector` dialects, so lowered IR can be run against the original.
//!
//! A memref value is a handle (a rank-0 i64 tensor) into the execution's table of buffer views:
//! shared storage plus an offset, shape and strides. Stores through one view are seen by loads
//! through every view of the same storage. Vectors are rank-1 tensors.

use super::elementwise::{binary, Bin};
use super::{Exec, KResult, Kernel};
use crate::tensor::{DType, Tensor};
use kiln_ir::{AttrKind, OpId, TypeKind};
use parking_lot::Mutex;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// A view of shared storage.
#[derive(Clone)]
pub(crate) struct BufView {
    storage: Arc<Mutex<Tensor>>,
    offset: usize,
    pub(crate) shape: Vec<usize>,
    strides: Vec<usize>,
}

fn row_major(shape: &[usize]) -> Vec<usize> {
    let mut s = vec![1; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * shape[i + 1];
    }
    s
}

impl<'a> Exec<'a> {
    /// Registers a buffer holding a copy of `data`; returns its handle.
    pub(crate) fn new_buffer(&mut self, data: Tensor) -> Tensor {
        let shape = data.shape().to_vec();
        let strides = row_major(&shape);
        self.buffers.push(Some(BufView {
            storage: Arc::new(Mutex::new(data)),
            offset: 0,
            shape,
            strides,
        }));
        Tensor::scalar((self.buffers.len() - 1) as i64)
    }

    pub(crate) fn buffer(&self, handle: &Tensor) -> Result<&BufView, String> {
        let h = handle
            .data::<i64>()
            .ok()
            .and_then(|v| v.first().copied())
            .ok_or("not a buffer handle")?;
        self.buffers
            .get(h as usize)
            .and_then(|b| b.as_ref())
            .ok_or_else(|| "use of a deallocated buffer".to_string())
    }

    /// The contents of a buffer view as a contiguous tensor.
    pub(crate) fn buffer_contents(&self, handle: &Tensor) -> Result<Tensor, String> {
        let b = self.buffer(handle)?.clone();
        let st = b.storage.lock();
        let w = st.dtype().size();
        let n: usize = b.shape.iter().product();
        let mut out = Vec::with_capacity(n * w);
        for i in 0..n {
            let off = offset_of(&b, &unflatten(i, &b.shape))?;
            out.extend_from_slice(&st.bytes()[off * w..(off + 1) * w]);
        }
        Tensor::from_bytes(st.dtype(), &b.shape, &out).map_err(|e| e.to_string())
    }
}

fn unflatten(mut i: usize, shape: &[usize]) -> Vec<usize> {
    let mut idx = vec![0; shape.len()];
    for d in (0..shape.len()).rev() {
        idx[d] = i % shape[d].max(1);
        i /= shape[d].max(1);
    }
    idx
}

fn offset_of(b: &BufView, idx: &[usize]) -> Result<usize, String> {
    let mut off = b.offset;
    for (d, (&i, &n)) in idx.iter().zip(&b.shape).enumerate() {
        if i >= n {
            return Err(format!("index {i} is out of bounds for dimension {d} of size {n}"));
        }
        off += i * b.strides[d];
    }
    Ok(off)
}

fn index_values(ins: &[Tensor]) -> Result<Vec<usize>, String> {
    ins.iter()
        .map(|t| match t.data::<i64>() {
            Ok(v) if v.len() == 1 && v[0] >= 0 => Ok(v[0] as usize),
            Ok(v) if v.len() == 1 => Err(format!("negative index {}", v[0])),
            _ => Err("expects index operands".to_string()),
        })
        .collect()
}

pub(crate) fn register(k: &mut FxHashMap<&'static str, Kernel>) {
    k.insert("loop.alloc", alloc);
    k.insert("loop.constant_buffer", constant_buffer);
    k.insert("loop.export", |ex, _op, ins| {
        let h = |t: &Tensor| -> Result<usize, String> { Ok(t.data::<i64>().map_err(|e| e.to_string())?[0] as usize) };
        let (src, dst) = (h(&ins[0])?, h(&ins[1])?);
        let view = ex
            .buffers
            .get(src)
            .cloned()
            .flatten()
            .ok_or("export of an invalid buffer")?;
        match ex.buffers.get_mut(dst) {
            Some(slot) => {
                *slot = Some(view);
                Ok(vec![])
            }
            None => Err("export into an invalid buffer".into()),
        }
    });
    k.insert("loop.dealloc", |ex, _op, ins| {
        let h = ins[0].data::<i64>().map_err(|e| e.to_string())?[0] as usize;
        match ex.buffers.get_mut(h) {
            Some(slot @ Some(_)) => {
                *slot = None;
                Ok(vec![])
            }
            _ => Err("double deallocation or invalid buffer".into()),
        }
    });
    k.insert("loop.dim", |ex, op, ins| {
        let i =
            ex.m.attr(op, "index")
                .and_then(|a| ex.ctx().attr_int(a))
                .ok_or("missing 'index'")? as usize;
        Ok(vec![Tensor::scalar(ex.buffer(&ins[0])?.shape[i] as i64)])
    });
    k.insert("loop.load", load);
    k.insert("loop.store", store);
    k.insert("loop.view", view);
    k.insert("loop.subview", subview);
    k.insert("loop.for", loop_for);
    k.insert("loop.parallel", loop_parallel);
    k.insert("loop.if", loop_if);
    k.insert("loop.while", loop_while);
    k.insert("kvector.load", vector_load);
    k.insert("kvector.maskedload", vector_load);
    k.insert("kvector.store", vector_store);
    k.insert("kvector.maskedstore", vector_store);
    k.insert("kvector.broadcast", |ex, op, ins| {
        let n = lanes(ex, op)?;
        let w = ins[0].dtype().size();
        Ok(vec![Tensor::from_bytes(
            ins[0].dtype(),
            &[n],
            &ins[0].bytes()[..w].repeat(n),
        )?])
    });
    k.insert("kvector.fma", |_ex, _op, ins| {
        Ok(vec![binary(Bin::Add, &binary(Bin::Mul, &ins[0], &ins[1])?, &ins[2])?])
    });
    k.insert("kvector.reduction", reduction);
    k.insert("kvector.extract", |ex, op, ins| {
        let p = position(ex, op)?;
        let w = ins[0].dtype().size();
        Ok(vec![Tensor::from_bytes(
            ins[0].dtype(),
            &[],
            &ins[0].bytes()[p * w..(p + 1) * w],
        )?])
    });
    k.insert("kvector.insert", |ex, op, ins| {
        let p = position(ex, op)?;
        let mut v = ins[1].clone();
        let w = v.dtype().size();
        v.bytes_mut()[p * w..(p + 1) * w].copy_from_slice(ins[0].bytes());
        Ok(vec![v])
    });
    k.insert("kvector.shuffle", shuffle);
    k.insert("kvector.create_mask", |ex, op, ins| {
        let n = lanes(ex, op)?;
        let k = index_values(&ins[..1])?[0];
        Ok(vec![Tensor::from_vec(&[n], (0..n).map(|i| (i < k) as u8).collect())?])
    });
}

fn lanes(ex: &Exec<'_>, op: OpId) -> Result<usize, String> {
    match ex.ctx().ty(ex.m.value_type(ex.m.result(op, 0))) {
        TypeKind::Vector { shape, .. } => Ok(shape.iter().product::<u64>() as usize),
        _ => Err("expects a vector result".into()),
    }
}

fn position(ex: &Exec<'_>, op: OpId) -> Result<usize, String> {
    ex.m.attr(op, "position")
        .and_then(|a| ex.ctx().attr_int(a))
        .map(|p| p as usize)
        .ok_or_else(|| "missing 'position'".into())
}

fn alloc(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let t = ex.m.value_type(ex.m.result(op, 0));
    let (dims, elem) = match ex.ctx().ty(t) {
        TypeKind::MemRef {
            shape: Some(s), elem, ..
        } => (s.to_vec(), *elem),
        _ => return Err("expects a ranked memref result".into()),
    };
    let dtype = super::dtype_of(ex.ctx(), elem).ok_or("unsupported element type")?;
    let mut sizes = index_values(&ins)?.into_iter();
    let shape: Vec<usize> = dims
        .iter()
        .map(|d| d.as_const().map(|c| c as usize).or_else(|| sizes.next()).unwrap_or(0))
        .collect();
    Ok(vec![ex.new_buffer(Tensor::zeros(dtype, &shape)?)])
}

/// A fresh buffer holding the constant (the interpreter has no read-only memory; nothing
/// writes a constant buffer anyway).
fn constant_buffer(ex: &mut Exec<'_>, op: OpId, _ins: Vec<Tensor>) -> KResult {
    let v = ex.m.attr(op, "value").ok_or("constant_buffer without a value")?;
    let t = super::attr_to_tensor(ex.ctx(), v)?;
    Ok(vec![ex.new_buffer(t)])
}

fn load(ex: &mut Exec<'_>, _op: OpId, ins: Vec<Tensor>) -> KResult {
    let b = ex.buffer(&ins[0])?.clone();
    let off = offset_of(&b, &index_values(&ins[1..])?)?;
    let st = b.storage.lock();
    let w = st.dtype().size();
    Ok(vec![Tensor::from_bytes(
        st.dtype(),
        &[],
        &st.bytes()[off * w..(off + 1) * w],
    )?])
}

fn store(ex: &mut Exec<'_>, _op: OpId, ins: Vec<Tensor>) -> KResult {
    let b = ex.buffer(&ins[1])?.clone();
    let off = offset_of(&b, &index_values(&ins[2..])?)?;
    let mut st = b.storage.lock();
    let w = st.dtype().size();
    if ins[0].dtype() != st.dtype() {
        return Err("stored value has another element type than the buffer".into());
    }
    st.bytes_mut()[off * w..(off + 1) * w].copy_from_slice(ins[0].bytes());
    Ok(vec![])
}

fn view(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let b = ex.buffer(&ins[0])?.clone();
    if b.strides != row_major(&b.shape) {
        return Err("loop.view needs a contiguous buffer".into());
    }
    let t = ex.m.value_type(ex.m.result(op, 0));
    let dims = ex.ctx().ty(t).shape().ok_or("expects a ranked memref result")?.to_vec();
    let n: usize = b.shape.iter().product();
    let mut shape: Vec<usize> = Vec::new();
    let mut unknown = None;
    for (i, d) in dims.iter().enumerate() {
        match kiln_ir::dim::substitute(ex.ctx(), d, &|s| ex.binds.get(&s).copied()).as_const() {
            Some(c) => shape.push(c as usize),
            None => {
                unknown = Some(i);
                shape.push(1);
            }
        }
    }
    if let Some(i) = unknown {
        shape[i] = n / shape.iter().product::<usize>().max(1);
    }
    if shape.iter().product::<usize>() != n {
        return Err(format!("cannot view {:?} as {:?}", b.shape, shape).into());
    }
    let strides = row_major(&shape);
    ex.buffers.push(Some(BufView {
        storage: b.storage.clone(),
        offset: b.offset,
        shape,
        strides,
    }));
    Ok(vec![Tensor::scalar((ex.buffers.len() - 1) as i64)])
}

fn subview(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let b = ex.buffer(&ins[0])?.clone();
    let offs = index_values(&ins[1..])?;
    let t = ex.m.value_type(ex.m.result(op, 0));
    let dims = ex.ctx().ty(t).shape().ok_or("expects a ranked memref result")?.to_vec();
    let shape: Vec<usize> = dims
        .iter()
        .map(|d| {
            kiln_ir::dim::substitute(ex.ctx(), d, &|s| ex.binds.get(&s).copied())
                .as_const()
                .unwrap_or(0) as usize
        })
        .collect();
    for (d, ((&o, &s), &n)) in offs.iter().zip(&shape).zip(&b.shape).enumerate() {
        if o + s > n {
            return Err(format!("subview [{o}, {}) exceeds dimension {d} of size {n}", o + s).into());
        }
    }
    let offset = b.offset + offs.iter().zip(&b.strides).map(|(o, s)| o * s).sum::<usize>();
    ex.buffers.push(Some(BufView {
        storage: b.storage.clone(),
        offset,
        shape,
        strides: b.strides.clone(),
    }));
    Ok(vec![Tensor::scalar((ex.buffers.len() - 1) as i64)])
}

fn loop_for(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let b = index_values(&ins[..3]).map_err(|e| format!("loop bounds: {e}"))?;
    let (lb, ub, step) = (b[0], b[1], b[2]);
    if step == 0 {
        return Err("loop step is zero".into());
    }
    let body = ex.m.regions(op)[0];
    let mut carried: Vec<Tensor> = ins[3..].to_vec();
    let mut i = lb;
    while i < ub {
        let mut args = vec![Tensor::scalar(i as i64)];
        args.extend(carried);
        carried = ex.run_region(body, &args)?;
        ex.back_edges += 1;
        i += step;
    }
    Ok(carried)
}

fn loop_parallel(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let v = index_values(&ins)?;
    let n = v.len() / 3;
    let (lb, ub, st) = (&v[..n], &v[n..2 * n], &v[2 * n..]);
    if st.contains(&0) {
        return Err("loop step is zero".into());
    }
    let body = ex.m.regions(op)[0];
    // Iterations are independent; tier 0 runs them in order.
    let mut idx = lb.to_vec();
    if (0..n).any(|d| lb[d] >= ub[d]) {
        return Ok(vec![]);
    }
    loop {
        let args: Vec<Tensor> = idx.iter().map(|&i| Tensor::scalar(i as i64)).collect();
        ex.run_region(body, &args)?;
        ex.back_edges += 1;
        let mut d = n;
        loop {
            if d == 0 {
                return Ok(vec![]);
            }
            d -= 1;
            idx[d] += st[d];
            if idx[d] < ub[d] {
                break;
            }
            idx[d] = lb[d];
        }
    }
}

fn loop_if(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let c = ins[0].data::<u8>().map_err(|e| e.to_string())?[0] != 0;
    let r = ex.m.regions(op)[if c { 0 } else { 1 }];
    Ok(ex.run_region(r, &[])?)
}

fn loop_while(ex: &mut Exec<'_>, op: OpId, _ins: Vec<Tensor>) -> KResult {
    let (cond, body) = (ex.m.regions(op)[0], ex.m.regions(op)[1]);
    loop {
        let c = ex.run_region(cond, &[])?;
        let go = c
            .first()
            .ok_or("the cond region yields nothing")?
            .data::<u8>()
            .map_err(|e| e.to_string())?
            .first()
            .is_some_and(|&b| b != 0);
        if !go {
            return Ok(Vec::new());
        }
        ex.run_region(body, &[])?;
        ex.back_edges += 1;
    }
}

/// kvector.load / kvector.maskedload: operands base, indices..., [mask, pass-through].
fn vector_load(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let b = ex.buffer(&ins[0])?.clone();
    let rank = b.shape.len();
    let n = lanes(ex, op)?;
    let idx = index_values(&ins[1..1 + rank])?;
    let masked = ins.len() > 1 + rank;
    let st = b.storage.lock();
    let w = st.dtype().size();
    let mut out: Vec<u8> = if masked {
        ins[2 + rank].bytes().to_vec()
    } else {
        vec![0; n * w]
    };
    let mask = if masked {
        Some(ins[1 + rank].data::<u8>().map_err(|e| e.to_string())?.to_vec())
    } else {
        None
    };
    for lane in 0..n {
        if mask.as_ref().is_some_and(|m| m[lane] == 0) {
            continue;
        }
        let mut at = idx.clone();
        at[rank - 1] += lane;
        let off = offset_of(&b, &at).map_err(|e| format!("vector lane {lane}: {e}"))?;
        out[lane * w..(lane + 1) * w].copy_from_slice(&st.bytes()[off * w..(off + 1) * w]);
    }
    Ok(vec![Tensor::from_bytes(st.dtype(), &[n], &out)?])
}

/// kvector.store / kvector.maskedstore: operands value, base, indices..., [mask].
fn vector_store(ex: &mut Exec<'_>, _op: OpId, ins: Vec<Tensor>) -> KResult {
    let b = ex.buffer(&ins[1])?.clone();
    let rank = b.shape.len();
    let idx = index_values(&ins[2..2 + rank])?;
    let mask = if ins.len() > 2 + rank {
        Some(ins[2 + rank].data::<u8>().map_err(|e| e.to_string())?.to_vec())
    } else {
        None
    };
    let v = &ins[0];
    let w = v.dtype().size();
    let mut st = b.storage.lock();
    for lane in 0..v.len() {
        if mask.as_ref().is_some_and(|m| m[lane] == 0) {
            continue;
        }
        let mut at = idx.clone();
        at[rank - 1] += lane;
        let off = offset_of(&b, &at).map_err(|e| format!("vector lane {lane}: {e}"))?;
        st.bytes_mut()[off * w..(off + 1) * w].copy_from_slice(&v.bytes()[lane * w..(lane + 1) * w]);
    }
    Ok(vec![])
}

fn reduction(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let kind =
        ex.m.attr(op, "kind")
            .and_then(|a| ex.ctx().attr_str(a))
            .ok_or("missing 'kind'")?;
    let bin = match kind {
        "add" => Bin::Add,
        "mul" => Bin::Mul,
        "minsi" | "minimumf" => Bin::Min,
        "maxsi" | "maximumf" => Bin::Max,
        "minui" => Bin::MinU,
        "maxui" => Bin::MaxU,
        "and" => Bin::And,
        "or" => Bin::Or,
        k => return Err(format!("unknown reduction kind '{k}'").into()),
    };
    let v = &ins[0];
    let w = v.dtype().size();
    let lane = |i: usize| Tensor::from_bytes(v.dtype(), &[], &v.bytes()[i * w..(i + 1) * w]);
    let mut acc = match ins.get(1) {
        Some(a) => a.clone(),
        None => lane(0)?,
    };
    let start = if ins.len() > 1 { 0 } else { 1 };
    for i in start..v.len() {
        acc = binary(bin, &acc, &lane(i)?)?;
    }
    Ok(vec![acc])
}

fn shuffle(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let mask = match ex.m.attr(op, "mask").map(|a| ex.ctx().attr(a)) {
        Some(AttrKind::DenseArray {
            values: kiln_ir::attrs::DenseArray::Int(v),
            ..
        }) => v.to_vec(),
        _ => return Err("missing 'mask'".into()),
    };
    let (a, b) = (&ins[0], &ins[1]);
    let w = a.dtype().size();
    let mut out = Vec::with_capacity(mask.len() * w);
    for &m in &mask {
        let m = m as usize;
        let (src, i) = if m < a.len() { (a, m) } else { (b, m - a.len()) };
        out.extend_from_slice(&src.bytes()[i * w..(i + 1) * w]);
    }
    Ok(vec![Tensor::from_bytes(a.dtype(), &[mask.len()], &out)?])
}

/// True for memref types (their values are buffer handles).
pub(crate) fn is_memref(ctx: &kiln_ir::Context, t: kiln_ir::Type) -> bool {
    matches!(ctx.ty(t), TypeKind::MemRef { .. })
}

/// The dtype of a handle's buffer (for type checks).
pub(crate) fn buffer_dtype(ex: &Exec<'_>, handle: &Tensor) -> Option<DType> {
    ex.buffer(handle).ok().map(|b| b.storage.lock().dtype())
}
