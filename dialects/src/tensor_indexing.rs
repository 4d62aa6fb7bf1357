//! Shape functions of the tensor ops that index with run-time values, with StableHLO's
//! semantics: `general_gather`, `general_scatter` (dimension numbers as in
//! `#stablehlo.gather`/`#stablehlo.scatter`), `dynamic_slice` and `dynamic_update_slice`.

use crate::tensor::{i64s, int_attr, opt_i64s, shape_of, show, tensor, R};
use crate::tensor_regions::check_region;
use kiln_ir::module::{Module, OpId, Value};
use kiln_ir::{Dim, Type};

/// The dimension numbers of a gather (also used by the interpreter).
pub struct GatherDims {
    pub offset_dims: Vec<i64>,
    pub collapsed_slice_dims: Vec<i64>,
    pub operand_batching_dims: Vec<i64>,
    pub start_indices_batching_dims: Vec<i64>,
    pub start_index_map: Vec<i64>,
    pub index_vector_dim: i64,
}

impl GatherDims {
    pub fn of(m: &Module, op: OpId) -> R<GatherDims> {
        Ok(GatherDims {
            offset_dims: opt_i64s(m, op, "offset_dims", vec![])?,
            collapsed_slice_dims: opt_i64s(m, op, "collapsed_slice_dims", vec![])?,
            operand_batching_dims: opt_i64s(m, op, "operand_batching_dims", vec![])?,
            start_indices_batching_dims: opt_i64s(m, op, "start_indices_batching_dims", vec![])?,
            start_index_map: i64s(m, op, "start_index_map")?,
            index_vector_dim: int_attr(m, op, "index_vector_dim")?,
        })
    }
}

/// The dimension numbers of a scatter (also used by the interpreter).
pub struct ScatterDims {
    pub update_window_dims: Vec<i64>,
    pub inserted_window_dims: Vec<i64>,
    pub input_batching_dims: Vec<i64>,
    pub scatter_indices_batching_dims: Vec<i64>,
    pub scatter_dims_to_operand_dims: Vec<i64>,
    pub index_vector_dim: i64,
}

impl ScatterDims {
    pub fn of(m: &Module, op: OpId) -> R<ScatterDims> {
        Ok(ScatterDims {
            update_window_dims: opt_i64s(m, op, "update_window_dims", vec![])?,
            inserted_window_dims: opt_i64s(m, op, "inserted_window_dims", vec![])?,
            input_batching_dims: opt_i64s(m, op, "input_batching_dims", vec![])?,
            scatter_indices_batching_dims: opt_i64s(m, op, "scatter_indices_batching_dims", vec![])?,
            scatter_dims_to_operand_dims: i64s(m, op, "scatter_dims_to_operand_dims")?,
            index_vector_dim: int_attr(m, op, "index_vector_dim")?,
        })
    }
}

/// StableHLO's `is_unique` and `is_sorted` constraints on a list of dimensions (`sorted`:
/// strictly increasing; otherwise only distinct). Repeated dimensions once reached the loop
/// lowering, which counts on them (found by the `import` fuzz target).
fn distinct(v: &[i64], sorted: bool, what: &str) -> R<()> {
    let bad = if sorted {
        v.windows(2).any(|w| w[0] >= w[1])
    } else {
        v.iter().enumerate().any(|(i, d)| v[..i].contains(d))
    };
    if bad {
        let how = if sorted { "sorted and distinct" } else { "distinct" };
        return Err(format!("{what} must be {how}, got {v:?}"));
    }
    Ok(())
}

fn in_range(v: &[i64], rank: usize, what: &str) -> R<()> {
    match v.iter().find(|&&d| d < 0 || d as usize >= rank) {
        Some(d) => Err(format!("{what} {d} is out of range for rank {rank}")),
        None => Ok(()),
    }
}

/// Batching dimensions pair up, and the indices' side names dimensions other than the index
/// vector's.
fn batching(operand_side: &[i64], indices_side: &[i64], indices_rank: usize, ivd: i64) -> R<()> {
    if operand_side.len() != indices_side.len() {
        return Err("expects as many operand as index batching dimensions".into());
    }
    in_range(indices_side, indices_rank, "index batching dimension")?;
    if indices_side.contains(&ivd) {
        return Err(format!("index_vector_dim {ivd} cannot be a batching dimension"));
    }
    Ok(())
}

fn integer_tensor(m: &Module, v: Value, what: &str) -> R<Vec<Dim>> {
    let (dims, e) = shape_of(m, v)?;
    if !m.ctx().ty(e).is_integer_like() {
        return Err(format!("expects integer {what}, got '{}'", show(m, v)));
    }
    Ok(dims)
}

/// `general_gather(operand, start_indices[, slice_sizes])`: `slice_sizes` is an attribute, or a
/// run-time 1-D operand (StableHLO's dynamic_gather) whose slice extents are then `?`.
pub(crate) fn infer_general_gather(m: &Module, op: OpId) -> R<Vec<Type>> {
    let n = m.num_operands(op);
    if !(2..=3).contains(&n) {
        return Err(format!("expects 2 or 3 operands, got {n}"));
    }
    let (operand, e) = shape_of(m, m.operand_value(op, 0))?;
    let indices = integer_tensor(m, m.operand_value(op, 1), "start indices")?;
    let g = GatherDims::of(m, op)?;
    let rank = operand.len();
    let sizes: Vec<Option<i64>> = if n == 3 {
        integer_tensor(m, m.operand_value(op, 2), "slice sizes")?;
        vec![None; rank]
    } else {
        let s = i64s(m, op, "slice_sizes")?;
        if s.len() != rank {
            return Err(format!("expects {rank} slice sizes, got {}", s.len()));
        }
        for (d, (&size, extent)) in s.iter().zip(&operand).enumerate() {
            if size < 0 || matches!(extent, Dim::Const(c) if size > *c) {
                return Err(format!(
                    "slice size {size} does not fit dimension {d} of '{}'",
                    show(m, m.operand_value(op, 0))
                ));
            }
        }
        s.into_iter().map(Some).collect()
    };
    in_range(&g.collapsed_slice_dims, rank, "collapsed slice dimension")?;
    in_range(&g.operand_batching_dims, rank, "operand batching dimension")?;
    in_range(&g.start_index_map, rank, "start index map entry")?;
    distinct(&g.offset_dims, true, "offset dimensions")?;
    distinct(&g.collapsed_slice_dims, true, "collapsed slice dimensions")?;
    distinct(&g.operand_batching_dims, true, "operand batching dimensions")?;
    distinct(&g.start_indices_batching_dims, false, "index batching dimensions")?;
    distinct(&g.start_index_map, false, "start index map entries")?;
    if let Some(d) = g
        .collapsed_slice_dims
        .iter()
        .find(|d| g.operand_batching_dims.contains(d))
    {
        return Err(format!("dimension {d} is both collapsed and a batching dimension"));
    }
    let ivd = g.index_vector_dim;
    if ivd < 0 || ivd as usize > indices.len() {
        return Err(format!("index_vector_dim {ivd} is out of range for the start indices"));
    }
    batching(
        &g.operand_batching_dims,
        &g.start_indices_batching_dims,
        indices.len(),
        ivd,
    )?;
    let index_len = if (ivd as usize) < indices.len() {
        indices[ivd as usize].clone()
    } else {
        Dim::Const(1)
    };
    if let Dim::Const(c) = index_len {
        if c as usize != g.start_index_map.len() {
            return Err(format!(
                "start_index_map has {} entries but the index vectors have {c} elements",
                g.start_index_map.len()
            ));
        }
    }
    let batch: Vec<Dim> = indices
        .iter()
        .enumerate()
        .filter(|&(i, _)| i as i64 != ivd)
        .map(|(_, d)| d.clone())
        .collect();
    let offsets: Vec<Dim> = (0..rank as i64)
        .filter(|d| !g.collapsed_slice_dims.contains(d) && !g.operand_batching_dims.contains(d))
        .map(|d| sizes[d as usize].map_or(Dim::Dynamic, Dim::Const))
        .collect();
    if offsets.len() != g.offset_dims.len() {
        return Err(format!(
            "expects {} offset dimensions (slice dimensions not collapsed or batching), got {}",
            offsets.len(),
            g.offset_dims.len()
        ));
    }
    let out_rank = batch.len() + offsets.len();
    in_range(&g.offset_dims, out_rank, "offset dimension")?;
    let (mut b, mut o) = (batch.into_iter(), offsets.into_iter());
    let dims = (0..out_rank as i64)
        .map(|i| if g.offset_dims.contains(&i) { o.next() } else { b.next() }.unwrap_or(Dim::Dynamic))
        .collect();
    Ok(vec![tensor(m.ctx(), dims, e)])
}

/// `general_scatter(input, scatter_indices, updates)` with a combiner `(current, update)`.
pub(crate) fn infer_general_scatter(m: &Module, op: OpId) -> R<Vec<Type>> {
    if m.num_operands(op) != 3 {
        return Err(format!(
            "expects 3 operands (input, indices, updates), got {}",
            m.num_operands(op)
        ));
    }
    let (input, e) = shape_of(m, m.operand_value(op, 0))?;
    let indices = integer_tensor(m, m.operand_value(op, 1), "scatter indices")?;
    let (updates, ue) = shape_of(m, m.operand_value(op, 2))?;
    if ue != e {
        return Err(format!(
            "expects updates of the input's element type, got '{}'",
            show(m, m.operand_value(op, 2))
        ));
    }
    let s = ScatterDims::of(m, op)?;
    let rank = input.len();
    in_range(&s.inserted_window_dims, rank, "inserted window dimension")?;
    in_range(&s.input_batching_dims, rank, "input batching dimension")?;
    distinct(&s.update_window_dims, true, "update window dimensions")?;
    distinct(&s.inserted_window_dims, true, "inserted window dimensions")?;
    distinct(&s.input_batching_dims, true, "input batching dimensions")?;
    distinct(
        &s.scatter_indices_batching_dims,
        false,
        "scatter index batching dimensions",
    )?;
    distinct(&s.scatter_dims_to_operand_dims, false, "scatter-to-operand dimensions")?;
    if let Some(d) = s
        .inserted_window_dims
        .iter()
        .find(|d| s.input_batching_dims.contains(d))
    {
        return Err(format!("dimension {d} is both inserted and a batching dimension"));
    }
    in_range(
        &s.scatter_dims_to_operand_dims,
        rank,
        "scatter_dims_to_operand_dims entry",
    )?;
    in_range(&s.update_window_dims, updates.len(), "update window dimension")?;
    let ivd = s.index_vector_dim;
    if ivd < 0 || ivd as usize > indices.len() {
        return Err(format!(
            "index_vector_dim {ivd} is out of range for the scatter indices"
        ));
    }
    batching(
        &s.input_batching_dims,
        &s.scatter_indices_batching_dims,
        indices.len(),
        ivd,
    )?;
    let scatter_rank = indices.len() - usize::from((ivd as usize) < indices.len());
    if updates.len() != scatter_rank + s.update_window_dims.len() {
        return Err(format!(
            "expects updates of rank {}, got '{}'",
            scatter_rank + s.update_window_dims.len(),
            show(m, m.operand_value(op, 2))
        ));
    }
    check_region(m, op, "combiner", &[e, e], &[e])?;
    Ok(vec![m.value_type(m.operand_value(op, 0))])
}

/// Checks that operands `from..` are `count` rank-0 integer tensors (start indices).
fn start_indices(m: &Module, op: OpId, from: usize, count: usize) -> R<()> {
    if m.num_operands(op) != from + count {
        return Err(format!(
            "expects {count} start indices, got {}",
            m.num_operands(op).saturating_sub(from)
        ));
    }
    for i in from..from + count {
        let v = m.operand_value(op, i);
        let dims = integer_tensor(m, v, "start index")?;
        if !dims.is_empty() {
            return Err(format!("expects a rank-0 start index, got '{}'", show(m, v)));
        }
    }
    Ok(())
}

/// `dynamic_slice(x, starts...) {sizes}`: starts are clamped so the slice fits.
pub(crate) fn infer_dynamic_slice(m: &Module, op: OpId) -> R<Vec<Type>> {
    let (x, e) = shape_of(m, m.operand_value(op, 0))?;
    start_indices(m, op, 1, x.len())?;
    let sizes = i64s(m, op, "sizes")?;
    if sizes.len() != x.len() {
        return Err(format!("expects {} sizes, got {}", x.len(), sizes.len()));
    }
    for (d, (&s, extent)) in sizes.iter().zip(&x).enumerate() {
        if s < 0 || matches!(extent, Dim::Const(c) if s > *c) {
            return Err(format!(
                "size {s} does not fit dimension {d} of '{}'",
                show(m, m.operand_value(op, 0))
            ));
        }
    }
    Ok(vec![tensor(m.ctx(), sizes.into_iter().map(Dim::Const).collect(), e)])
}

/// `dynamic_update_slice(x, update, starts...)`: starts are clamped so the update fits.
pub(crate) fn infer_dynamic_update_slice(m: &Module, op: OpId) -> R<Vec<Type>> {
    let (x, e) = shape_of(m, m.operand_value(op, 0))?;
    let (u, ue) = shape_of(m, m.operand_value(op, 1))?;
    if ue != e || u.len() != x.len() {
        return Err(format!(
            "expects an update of rank {} and the operand's element type, got '{}'",
            x.len(),
            show(m, m.operand_value(op, 1))
        ));
    }
    for (d, (a, b)) in u.iter().zip(&x).enumerate() {
        if let (Dim::Const(a), Dim::Const(b)) = (a, b) {
            if a > b {
                return Err(format!("the update does not fit dimension {d}"));
            }
        }
    }
    start_indices(m, op, 2, x.len())?;
    Ok(vec![m.value_type(m.operand_value(op, 0))])
}
