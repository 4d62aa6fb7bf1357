//! The `tensor` dialect: high-level ops with value semantics over tensors whose dimensions may be
//! symbolic (`tensor<Nx1024xf32>`). Every op with tensor results has a shape function
//! (`infer_types`) that computes its result type symbolically. A certain mismatch
//! (64 vs 128) is an error naming both types. An unknown one (N vs M) is left to `shape-infer`,
//! which inserts a `ktensor.assert_dim_eq` run-time check.

use crate::syntax::{parse_std, parse_std_region, parse_terminator, print_std, print_std_region, print_terminator};
use kiln_ir::attrs::{AttrKind, DenseArray};
use kiln_ir::builder::Builder;
use kiln_ir::dim;
use kiln_ir::lexer::Tok;
use kiln_ir::module::{Module, OpId, OperationState, Value};
use kiln_ir::parser::{OpParser, PResult};
use kiln_ir::printer::{type_to_string, OpPrinter};
use kiln_ir::registry::{
    Arity, DialectDef, DimConstraintsFn, DimEq, ElemClass, FoldFn, FoldResult, InferTypesFn, OpDef, ParseFn, PrintFn,
    Traits, VerifyFn,
};
use kiln_ir::rewrite::{RewritePattern, Rewriter};
use kiln_ir::{Attr, Context, Dim, Type, TypeKind};
use std::sync::Arc;

pub(crate) type R<T> = Result<T, String>;

// ----- helpers shared by shape functions -----

/// The dimensions and element type of a ranked tensor value.
pub(crate) fn shape_of(m: &Module, v: Value) -> R<(Vec<Dim>, Type)> {
    let ctx = m.ctx();
    let t = m.value_type(v);
    match ctx.ty(t) {
        TypeKind::Tensor {
            shape: Some(s), elem, ..
        } => Ok((s.to_vec(), *elem)),
        _ => Err(format!("expects a ranked tensor, got '{}'", type_to_string(ctx, t))),
    }
}

pub(crate) fn tensor(ctx: &Context, dims: Vec<Dim>, elem: Type) -> Type {
    let dims = dims.iter().map(|d| dim::simplify(ctx, d)).collect();
    ctx.tensor_type(dims, elem)
}

pub(crate) fn show(m: &Module, v: Value) -> String {
    type_to_string(m.ctx(), m.value_type(v))
}

/// Unifies two shapes dimension by dimension; a certain mismatch names both types.
pub(crate) fn unify(m: &Module, a: Value, b: Value) -> R<Vec<Dim>> {
    let ctx = m.ctx();
    let (da, _) = shape_of(m, a)?;
    let (db, _) = shape_of(m, b)?;
    if da.len() != db.len() {
        return Err(format!(
            "operand shapes '{}' and '{}' have different ranks",
            show(m, a),
            show(m, b)
        ));
    }
    let mut out = Vec::with_capacity(da.len());
    for (i, (x, y)) in da.iter().zip(&db).enumerate() {
        if dim::equal(ctx, x, y) == Some(false) {
            return Err(format!(
                "operand shapes '{}' and '{}' differ in dimension {i}",
                show(m, a),
                show(m, b)
            ));
        }
        out.push(dim::refine(x, y));
    }
    Ok(out)
}

pub(crate) fn i64s(m: &Module, op: OpId, name: &str) -> R<Vec<i64>> {
    let a = m.attr(op, name).ok_or_else(|| format!("requires attribute '{name}'"))?;
    match m.ctx().attr(a) {
        AttrKind::DenseArray {
            values: DenseArray::Int(v),
            ..
        } => Ok(v.to_vec()),
        AttrKind::Array(items) => items
            .iter()
            .map(|&i| {
                m.ctx()
                    .attr_int(i)
                    .map(|x| x as i64)
                    .ok_or_else(|| format!("'{name}' must hold integers"))
            })
            .collect(),
        _ => Err(format!("'{name}' must be an array<i64: ...>")),
    }
}

pub(crate) fn opt_i64s(m: &Module, op: OpId, name: &str, default: Vec<i64>) -> R<Vec<i64>> {
    if m.attr(op, name).is_some() {
        i64s(m, op, name)
    } else {
        Ok(default)
    }
}

pub(crate) fn int_attr(m: &Module, op: OpId, name: &str) -> R<i64> {
    m.attr(op, name)
        .and_then(|a| m.ctx().attr_int(a))
        .map(|v| v as i64)
        .ok_or_else(|| format!("requires integer attribute '{name}'"))
}

fn str_attr<'a>(m: &'a Module, op: OpId, name: &str) -> R<&'a str> {
    m.attr(op, name)
        .and_then(|a| m.ctx().attr_str(a))
        .ok_or_else(|| format!("requires string attribute '{name}'"))
}

pub(crate) fn axis(rank: usize, a: i64, what: &str) -> R<usize> {
    if a < 0 || a as usize >= rank {
        return Err(format!("{what} {a} is out of range for rank {rank}"));
    }
    Ok(a as usize)
}

pub(crate) fn nargs(m: &Module, op: OpId, n: usize) -> R<()> {
    if m.num_operands(op) != n {
        return Err(format!("expects {n} operands, got {}", m.num_operands(op)));
    }
    Ok(())
}

pub(crate) fn declared(m: &Module, op: OpId) -> R<Type> {
    if m.num_results(op) != 1 {
        return Err("expects one result".into());
    }
    Ok(m.value_type(m.result(op, 0)))
}

fn declared_shape(m: &Module, op: OpId) -> R<(Vec<Dim>, Type)> {
    shape_of(m, m.result(op, 0))
}

// ----- shape functions -----

fn infer_constant(m: &Module, op: OpId) -> R<Vec<Type>> {
    let v = m.attr(op, "value").ok_or("requires attribute 'value'")?;
    match m.ctx().attr(v) {
        AttrKind::Dense { ty, .. } => Ok(vec![*ty]),
        _ => Err("'value' must be a dense elements attribute".into()),
    }
}

fn infer_elementwise(m: &Module, op: OpId) -> R<Vec<Type>> {
    let n = m.num_operands(op);
    if n == 0 {
        return Err("expects operands".into());
    }
    let (mut dims, elem) = shape_of(m, m.operand_value(op, 0))?;
    for i in 1..n {
        let v = m.operand_value(op, i);
        let (_, e) = shape_of(m, v)?;
        if e != elem {
            return Err(format!(
                "operand element types differ: '{}' and '{}'",
                show(m, m.operand_value(op, 0)),
                show(m, v)
            ));
        }
        let u = unify(m, m.operand_value(op, 0), v)?;
        dims = dims.iter().zip(&u).map(|(a, b)| dim::refine(a, b)).collect();
    }
    Ok(vec![tensor(m.ctx(), dims, elem)])
}

fn infer_float_elementwise(m: &Module, op: OpId) -> R<Vec<Type>> {
    let r = infer_elementwise(m, op)?;
    let (_, e) = shape_of(m, m.operand_value(op, 0))?;
    if !m.ctx().ty(e).is_float() {
        return Err(format!(
            "expects floating-point elements, got '{}'",
            show(m, m.operand_value(op, 0))
        ));
    }
    Ok(r)
}

fn infer_int_elementwise(m: &Module, op: OpId) -> R<Vec<Type>> {
    let r = infer_elementwise(m, op)?;
    let (_, e) = shape_of(m, m.operand_value(op, 0))?;
    if !m.ctx().ty(e).is_integer_like() {
        return Err(format!(
            "expects integer elements, got '{}'",
            show(m, m.operand_value(op, 0))
        ));
    }
    Ok(r)
}

fn infer_is_finite(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 1)?;
    infer_float_elementwise(m, op)?;
    let (dims, _) = shape_of(m, m.operand_value(op, 0))?;
    Ok(vec![tensor(m.ctx(), dims, m.ctx().i1())])
}

fn infer_bitcast(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 1)?;
    let (dims, from) = shape_of(m, m.operand_value(op, 0))?;
    let (_, to) = declared_shape(m, op)?;
    let ctx = m.ctx();
    if ctx.bit_width(from) != ctx.bit_width(to) || ctx.bit_width(from).is_none() {
        return Err(format!(
            "expects element types of the same width, got '{}' and '{}'",
            type_to_string(ctx, from),
            type_to_string(ctx, to)
        ));
    }
    Ok(vec![tensor(ctx, dims, to)])
}

/// Signed (or ordered float) predicates, then the unsigned integer ones.
const PREDICATES: [&str; 10] = ["eq", "ne", "lt", "le", "gt", "ge", "ult", "ule", "ugt", "uge"];

fn infer_cmp(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 2)?;
    let p = str_attr(m, op, "predicate")?;
    if !PREDICATES.contains(&p) {
        return Err(format!(
            "unknown predicate '{p}' (expected one of {})",
            PREDICATES.join(", ")
        ));
    }
    let r = infer_elementwise(m, op)?;
    let (_, e) = shape_of(m, m.operand_value(op, 0))?;
    if p.starts_with('u') && !m.ctx().ty(e).is_integer_like() {
        return Err(format!(
            "predicate '{p}' compares integers, got '{}'",
            show(m, m.operand_value(op, 0))
        ));
    }
    let dims = m.ctx().ty(r[0]).shape().map(|s| s.to_vec()).unwrap_or_default();
    Ok(vec![tensor(m.ctx(), dims, m.ctx().i1())])
}

fn infer_select(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 3)?;
    let (_, ce) = shape_of(m, m.operand_value(op, 0))?;
    if ce != m.ctx().i1() {
        return Err(format!(
            "expects an i1 condition, got '{}'",
            show(m, m.operand_value(op, 0))
        ));
    }
    let c = unify(m, m.operand_value(op, 0), m.operand_value(op, 1))?;
    let (_, e1) = shape_of(m, m.operand_value(op, 1))?;
    let (_, e2) = shape_of(m, m.operand_value(op, 2))?;
    if e1 != e2 {
        return Err("expects both branches to have the same element type".into());
    }
    let d = unify(m, m.operand_value(op, 1), m.operand_value(op, 2))?;
    Ok(vec![tensor(
        m.ctx(),
        c.iter().zip(&d).map(|(a, b)| dim::refine(a, b)).collect(),
        e1,
    )])
}

fn infer_convert(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 1)?;
    let (dims, _) = shape_of(m, m.operand_value(op, 0))?;
    let (_, elem) = declared_shape(m, op)?;
    Ok(vec![tensor(m.ctx(), dims, elem)])
}

fn infer_cast(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 1)?;
    let (a, ea) = shape_of(m, m.operand_value(op, 0))?;
    let (b, eb) = declared_shape(m, op)?;
    if ea != eb || a.len() != b.len() || a.iter().zip(&b).any(|(x, y)| dim::equal(m.ctx(), x, y) == Some(false)) {
        return Err(format!(
            "cannot cast '{}' to '{}'",
            show(m, m.operand_value(op, 0)),
            show(m, m.result(op, 0))
        ));
    }
    Ok(vec![declared(m, op)?])
}

/// The operand's and the declared result's dimensions of a one-operand op that keeps the
/// element type.
fn operand_and_result_dims(m: &Module, op: OpId) -> R<(Vec<Dim>, Vec<Dim>)> {
    // A second operand, where allowed, is the result shape given at run time.
    if m.num_operands(op) == 2 {
        let (s, e) = shape_of(m, m.operand_value(op, 1))?;
        if s.len() != 1 || !m.ctx().ty(e).is_integer_like() {
            return Err(format!(
                "expects the shape operand to be a 1-D integer tensor, got '{}'",
                show(m, m.operand_value(op, 1))
            ));
        }
    } else {
        nargs(m, op, 1)?;
    }
    let (src, e) = shape_of(m, m.operand_value(op, 0))?;
    let (dst, de) = declared_shape(m, op)?;
    if e != de {
        return Err("expects the result element type to match the operand".into());
    }
    Ok((src, dst))
}

fn infer_broadcast_in_dim(m: &Module, op: OpId) -> R<Vec<Type>> {
    let (src, dst) = operand_and_result_dims(m, op)?;
    let dims = i64s(m, op, "dims")?;
    if dims.len() != src.len() {
        return Err(format!(
            "'dims' has {} entries for an operand of rank {}",
            dims.len(),
            src.len()
        ));
    }
    let mut seen = vec![false; dst.len()];
    for (i, &d) in dims.iter().enumerate() {
        let d = axis(dst.len(), d, "broadcast dimension")?;
        if std::mem::replace(&mut seen[d], true) {
            return Err(format!("broadcast dimension {d} is used twice"));
        }
        if src[i] != Dim::Const(1) && dim::equal(m.ctx(), &src[i], &dst[d]) == Some(false) {
            return Err(format!(
                "operand dimension {i} of '{}' can't be broadcast to dimension {d} of '{}'",
                show(m, m.operand_value(op, 0)),
                show(m, m.result(op, 0))
            ));
        }
    }
    Ok(vec![declared(m, op)?])
}

fn infer_reshape(m: &Module, op: OpId) -> R<Vec<Type>> {
    let (src, dst) = operand_and_result_dims(m, op)?;
    let ctx = m.ctx();
    let (ps, pd) = (dim::product(ctx, &src), dim::product(ctx, &dst));
    if dim::equal(ctx, &ps, &pd) == Some(false) {
        return Err(format!(
            "cannot reshape '{}' to '{}': element counts differ",
            show(m, m.operand_value(op, 0)),
            show(m, m.result(op, 0))
        ));
    }
    Ok(vec![declared(m, op)?])
}

fn infer_transpose(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 1)?;
    let (src, e) = shape_of(m, m.operand_value(op, 0))?;
    let perm = i64s(m, op, "perm")?;
    let mut sorted = perm.clone();
    sorted.sort();
    if sorted != (0..src.len() as i64).collect::<Vec<_>>() {
        return Err(format!(
            "'perm' {perm:?} is not a permutation of the {} dimensions",
            src.len()
        ));
    }
    Ok(vec![tensor(
        m.ctx(),
        perm.iter().map(|&p| src[p as usize].clone()).collect(),
        e,
    )])
}

fn infer_slice(m: &Module, op: OpId) -> R<Vec<Type>> {
    let (src, e) = shape_of(m, m.operand_value(op, 0))?;
    if m.num_operands(op) == 4 {
        // Run-time start, limit and strides (StableHLO's real_dynamic_slice): 1-D integer
        // tensors of one entry per dimension; the extents are known at run time.
        for i in 1..4 {
            let v = m.operand_value(op, i);
            let (d, ie) = shape_of(m, v)?;
            if d.len() != 1
                || !m.ctx().ty(ie).is_integer_like()
                || d[0].as_const().is_some_and(|n| n as usize != src.len())
            {
                return Err(format!(
                    "expects 1-D integer bounds of {} entries, got '{}'",
                    src.len(),
                    show(m, v)
                ));
            }
        }
        return Ok(vec![tensor(m.ctx(), vec![Dim::Dynamic; src.len()], e)]);
    }
    nargs(m, op, 1)?;
    let start = i64s(m, op, "start")?;
    let limit = i64s(m, op, "limit")?;
    let strides = opt_i64s(m, op, "strides", vec![1; src.len()])?;
    if start.len() != src.len() || limit.len() != src.len() || strides.len() != src.len() {
        return Err(format!(
            "'start', 'limit' and 'strides' need {} entries each",
            src.len()
        ));
    }
    let mut out = Vec::new();
    for i in 0..src.len() {
        if start[i] < 0 || limit[i] < start[i] || strides[i] <= 0 {
            return Err(format!(
                "invalid slice bounds in dimension {i}: start {} limit {} stride {}",
                start[i], limit[i], strides[i]
            ));
        }
        if let Some(d) = src[i].as_const() {
            if limit[i] > d {
                return Err(format!(
                    "slice limit {} exceeds dimension {i} of '{}'",
                    limit[i],
                    show(m, m.operand_value(op, 0))
                ));
            }
        }
        out.push(Dim::Const((limit[i] - start[i] + strides[i] - 1) / strides[i]));
    }
    Ok(vec![tensor(m.ctx(), out, e)])
}

fn infer_concat(m: &Module, op: OpId) -> R<Vec<Type>> {
    if m.num_operands(op) == 0 {
        return Err("expects at least one operand".into());
    }
    let d = int_attr(m, op, "dim")?;
    let first = m.operand_value(op, 0);
    let (mut dims, e) = shape_of(m, first)?;
    let d = axis(dims.len(), d, "concatenation dimension")?;
    for i in 1..m.num_operands(op) {
        let v = m.operand_value(op, i);
        let (s, ve) = shape_of(m, v)?;
        if ve != e || s.len() != dims.len() {
            return Err(format!(
                "operands '{}' and '{}' can't be concatenated",
                show(m, first),
                show(m, v)
            ));
        }
        for j in 0..dims.len() {
            if j == d {
                dims[j] = dim::add(m.ctx(), &dims[j], &s[j]);
            } else if dim::equal(m.ctx(), &dims[j], &s[j]) == Some(false) {
                return Err(format!(
                    "operands '{}' and '{}' differ in dimension {j}",
                    show(m, first),
                    show(m, v)
                ));
            } else {
                dims[j] = dim::refine(&dims[j], &s[j]);
            }
        }
    }
    Ok(vec![tensor(m.ctx(), dims, e)])
}

fn infer_pad(m: &Module, op: OpId) -> R<Vec<Type>> {
    let (src, e) = shape_of(m, m.operand_value(op, 0))?;
    let (pv, pe) = shape_of(m, m.operand_value(op, 1))?;
    if !pv.is_empty() || pe != e {
        return Err("expects the padding value to be a rank-0 tensor of the element type".into());
    }
    let n = src.len();
    if m.num_operands(op) == 5 {
        // Run-time low, high and interior padding (StableHLO's dynamic_pad).
        for i in 2..5 {
            let v = m.operand_value(op, i);
            let (d, ie) = shape_of(m, v)?;
            if d.len() != 1 || !m.ctx().ty(ie).is_integer_like() || d[0].as_const().is_some_and(|k| k as usize != n) {
                return Err(format!(
                    "expects 1-D integer padding of {n} entries, got '{}'",
                    show(m, v)
                ));
            }
        }
        return Ok(vec![tensor(m.ctx(), vec![Dim::Dynamic; n], e)]);
    }
    nargs(m, op, 2)?;
    let low = i64s(m, op, "low")?;
    let high = i64s(m, op, "high")?;
    let interior = opt_i64s(m, op, "interior", vec![0; n])?;
    if low.len() != n || high.len() != n || interior.len() != n {
        return Err(format!("'low', 'high' and 'interior' need {n} entries each"));
    }
    let ctx = m.ctx();
    let mut out = Vec::new();
    for i in 0..n {
        if interior[i] < 0 {
            return Err("interior padding must be non-negative".into());
        }
        // d + low + high + (d - 1) * interior, for d > 0.
        let d = &src[i];
        let mut r = dim::add(ctx, d, &Dim::Const(low[i] + high[i]));
        if interior[i] > 0 {
            let gaps = dim::apply(ctx, kiln_ir::DimOp::Sub, d, &Dim::Const(1));
            r = dim::add(ctx, &r, &dim::mul(ctx, &gaps, &Dim::Const(interior[i])));
        }
        out.push(r);
    }
    Ok(vec![tensor(ctx, out, e)])
}

fn infer_reverse(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 1)?;
    let (src, e) = shape_of(m, m.operand_value(op, 0))?;
    for d in i64s(m, op, "dims")? {
        axis(src.len(), d, "reversed dimension")?;
    }
    Ok(vec![tensor(m.ctx(), src, e)])
}

fn infer_iota(m: &Module, op: OpId) -> R<Vec<Type>> {
    let (dst, e) = declared_shape(m, op)?;
    // An optional operand gives the shape at run time (StableHLO's dynamic_iota).
    match m.num_operands(op) {
        0 => {}
        1 => {
            let (s, se) = shape_of(m, m.operand_value(op, 0))?;
            if s.len() != 1
                || !m.ctx().ty(se).is_integer_like()
                || dim::equal(m.ctx(), &s[0], &Dim::Const(dst.len() as i64)) == Some(false)
            {
                return Err(format!(
                    "expects the shape operand to be a 1-D integer tensor of {} elements",
                    dst.len()
                ));
            }
        }
        n => return Err(format!("expects at most one operand (the shape), got {n}")),
    }
    axis(dst.len(), int_attr(m, op, "dim")?, "iota dimension")?;
    if !m.ctx().ty(e).is_integer_like() && !m.ctx().ty(e).is_float() {
        return Err("expects integer or float elements".into());
    }
    Ok(vec![declared(m, op)?])
}

const REDUCTIONS: [&str; 5] = ["sum", "max", "min", "prod", "mean"];

pub(crate) fn reduced_dims(m: &Module, op: OpId, src: &[Dim]) -> R<Vec<Dim>> {
    let axes = i64s(m, op, "axes")?;
    let mut drop = vec![false; src.len()];
    for &a in &axes {
        let a = axis(src.len(), a, "reduction axis")?;
        if std::mem::replace(&mut drop[a], true) {
            return Err(format!("reduction axis {a} appears twice"));
        }
    }
    let keep = m.attr(op, "keep_dims").is_some();
    Ok(src
        .iter()
        .enumerate()
        .filter_map(|(i, d)| {
            if drop[i] {
                keep.then_some(Dim::Const(1))
            } else {
                Some(d.clone())
            }
        })
        .collect())
}

fn infer_reduce(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 1)?;
    let kind = str_attr(m, op, "kind")?;
    if !REDUCTIONS.contains(&kind) {
        return Err(format!(
            "unknown reduction '{kind}' (expected one of {})",
            REDUCTIONS.join(", ")
        ));
    }
    let (src, e) = shape_of(m, m.operand_value(op, 0))?;
    if kind == "mean" && !m.ctx().ty(e).is_float() {
        return Err("'mean' needs floating-point elements".into());
    }
    Ok(vec![tensor(m.ctx(), reduced_dims(m, op, &src)?, e)])
}

fn matmul_like(m: &Module, a: Value, b: Value, lhs_k: usize, rhs_k: usize) -> R<()> {
    let (da, ea) = shape_of(m, a)?;
    let (db, eb) = shape_of(m, b)?;
    if ea != eb {
        return Err(format!(
            "operand element types differ: '{}' and '{}'",
            show(m, a),
            show(m, b)
        ));
    }
    if dim::equal(m.ctx(), &da[lhs_k], &db[rhs_k]) == Some(false) {
        return Err(format!(
            "contracting dimensions of '{}' and '{}' differ",
            show(m, a),
            show(m, b)
        ));
    }
    Ok(())
}

fn infer_matmul(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 2)?;
    let (a, b) = (m.operand_value(op, 0), m.operand_value(op, 1));
    let (da, e) = shape_of(m, a)?;
    let (db, _) = shape_of(m, b)?;
    if da.len() != 2 || db.len() != 2 {
        return Err(format!(
            "expects rank-2 operands, got '{}' and '{}'",
            show(m, a),
            show(m, b)
        ));
    }
    matmul_like(m, a, b, 1, 0)?;
    Ok(vec![tensor(m.ctx(), vec![da[0].clone(), db[1].clone()], e)])
}

fn infer_batch_matmul(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 2)?;
    let (a, b) = (m.operand_value(op, 0), m.operand_value(op, 1));
    let (da, e) = shape_of(m, a)?;
    let (db, _) = shape_of(m, b)?;
    if da.len() != 3 || db.len() != 3 {
        return Err(format!(
            "expects rank-3 operands, got '{}' and '{}'",
            show(m, a),
            show(m, b)
        ));
    }
    matmul_like(m, a, b, 2, 1)?;
    if dim::equal(m.ctx(), &da[0], &db[0]) == Some(false) {
        return Err(format!(
            "batch dimensions of '{}' and '{}' differ",
            show(m, a),
            show(m, b)
        ));
    }
    Ok(vec![tensor(
        m.ctx(),
        vec![dim::refine(&da[0], &db[0]), da[1].clone(), db[2].clone()],
        e,
    )])
}

fn infer_dot_general(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 2)?;
    let (a, b) = (m.operand_value(op, 0), m.operand_value(op, 1));
    let (da, e) = shape_of(m, a)?;
    let (db, eb) = shape_of(m, b)?;
    if e != eb {
        return Err("operand element types differ".into());
    }
    let (lb, rb) = (
        opt_i64s(m, op, "lhs_batch", vec![])?,
        opt_i64s(m, op, "rhs_batch", vec![])?,
    );
    let (lc, rc) = (i64s(m, op, "lhs_contract")?, i64s(m, op, "rhs_contract")?);
    if lb.len() != rb.len() || lc.len() != rc.len() {
        return Err("batch and contracting dimension lists must pair up".into());
    }
    let ctx = m.ctx();
    let mut out = Vec::new();
    for (&l, &r) in lb.iter().zip(&rb).chain(lc.iter().zip(&rc)) {
        let (l, r) = (axis(da.len(), l, "lhs dimension")?, axis(db.len(), r, "rhs dimension")?);
        if dim::equal(ctx, &da[l], &db[r]) == Some(false) {
            return Err(format!(
                "dimension {l} of '{}' and dimension {r} of '{}' differ",
                show(m, a),
                show(m, b)
            ));
        }
    }
    for (&l, &r) in lb.iter().zip(&rb) {
        out.push(dim::refine(&da[l as usize], &db[r as usize]));
    }
    for (i, d) in da.iter().enumerate() {
        if !lb.contains(&(i as i64)) && !lc.contains(&(i as i64)) {
            out.push(d.clone());
        }
    }
    for (i, d) in db.iter().enumerate() {
        if !rb.contains(&(i as i64)) && !rc.contains(&(i as i64)) {
            out.push(d.clone());
        }
    }
    Ok(vec![tensor(ctx, out, e)])
}

/// NHWC input, HWCF filter.
fn infer_conv2d(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 2)?;
    let (x, w) = (m.operand_value(op, 0), m.operand_value(op, 1));
    let (dx, e) = shape_of(m, x)?;
    let (dw, _) = shape_of(m, w)?;
    if dx.len() != 4 || dw.len() != 4 {
        return Err(format!(
            "expects an NHWC input and an HWCF filter, got '{}' and '{}'",
            show(m, x),
            show(m, w)
        ));
    }
    let ctx = m.ctx();
    if dim::equal(ctx, &dx[3], &dw[2]) == Some(false) {
        return Err(format!(
            "input channels of '{}' and filter channels of '{}' differ",
            show(m, x),
            show(m, w)
        ));
    }
    let strides = opt_i64s(m, op, "strides", vec![1, 1])?;
    let dil = opt_i64s(m, op, "dilations", vec![1, 1])?;
    let pad = opt_i64s(m, op, "padding", vec![0, 0, 0, 0])?;
    if strides.len() != 2 || dil.len() != 2 || pad.len() != 4 || strides.iter().chain(&dil).any(|&s| s <= 0) {
        return Err("expects 'strides' and 'dilations' of 2 positive entries and 'padding' of 4".into());
    }
    let spatial = |i: usize| {
        // (in + pad_lo + pad_hi - dilation*(k-1) - 1) / stride + 1
        let k = dim::apply(ctx, kiln_ir::DimOp::Sub, &dw[i], &Dim::Const(1));
        let eff = dim::mul(ctx, &k, &Dim::Const(dil[i]));
        let num = dim::add(ctx, &dx[i + 1], &Dim::Const(pad[2 * i] + pad[2 * i + 1] - 1));
        let num = dim::apply(ctx, kiln_ir::DimOp::Sub, &num, &eff);
        dim::add(
            ctx,
            &dim::apply(ctx, kiln_ir::DimOp::Div, &num, &Dim::Const(strides[i])),
            &Dim::Const(1),
        )
    };
    Ok(vec![tensor(
        ctx,
        vec![dx[0].clone(), spatial(0), spatial(1), dw[3].clone()],
        e,
    )])
}

fn gathered_dims(m: &Module, table: Value, indices: Value, a: i64) -> R<(Vec<Dim>, Type)> {
    let (dt, e) = shape_of(m, table)?;
    let (di, ie) = shape_of(m, indices)?;
    if !m.ctx().ty(ie).is_integer_like() {
        return Err(format!("expects integer indices, got '{}'", show(m, indices)));
    }
    let a = axis(dt.len(), a, "gather axis")?;
    let mut out: Vec<Dim> = dt[..a].to_vec();
    out.extend(di);
    out.extend(dt[a + 1..].iter().cloned());
    Ok((out, e))
}

fn infer_gather(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 2)?;
    let (dims, e) = gathered_dims(
        m,
        m.operand_value(op, 0),
        m.operand_value(op, 1),
        int_attr(m, op, "axis")?,
    )?;
    Ok(vec![tensor(m.ctx(), dims, e)])
}

fn infer_scatter(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 3)?;
    let kind = str_attr(m, op, "kind")?;
    if !["replace", "add"].contains(&kind) {
        return Err(format!("unknown scatter kind '{kind}' (expected replace or add)"));
    }
    let (dest, upd) = (m.operand_value(op, 0), m.operand_value(op, 2));
    let (want, e) = gathered_dims(m, dest, m.operand_value(op, 1), int_attr(m, op, "axis")?)?;
    let (du, ue) = shape_of(m, upd)?;
    if ue != e
        || du.len() != want.len()
        || du
            .iter()
            .zip(&want)
            .any(|(a, b)| dim::equal(m.ctx(), a, b) == Some(false))
    {
        let expected = type_to_string(m.ctx(), tensor(m.ctx(), want, e));
        return Err(format!(
            "updates '{}' do not match the scattered shape '{expected}'",
            show(m, upd)
        ));
    }
    Ok(vec![m.value_type(dest)])
}

/// `ktensor.dim %t {index = k} : (T) -> R`, the `std` form. Upstream's way, `%t, %c` (the
/// dimension as an `index` operand, as in `tensor.dim`), gets a diagnostic saying how Kiln
/// spells it.
fn parse_dim(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let at = p.current_loc();
    let ops = p.parse_operand_list()?;
    if ops.len() == 2 {
        return Err(kiln_ir::Diagnostic::error(
            at,
            "Kiln's 'ktensor.dim' takes the dimension as an attribute, not an operand: write 'ktensor.dim %t {index = 1 : i64} : (tensor<4x?xf32>) -> index' (the dimension as an operand, as upstream's 'tensor.dim %t, %c1' takes it, is not supported)",
        ));
    }
    crate::syntax::parse_std_tail(p, &ops)
}

fn infer_dim(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 1)?;
    let (src, _) = shape_of(m, m.operand_value(op, 0))?;
    axis(src.len(), int_attr(m, op, "index")?, "dimension")?;
    // The size as `index`, or as a rank-0 integer tensor (StableHLO's get_dimension_size).
    let declared = declared(m, op)?;
    let ctx = m.ctx();
    match ctx.ty(declared) {
        TypeKind::Tensor {
            shape: Some(s), elem, ..
        } if s.is_empty() && ctx.ty(*elem).is_integer_like() => Ok(vec![declared]),
        _ => Ok(vec![ctx.index_type()]),
    }
}

/// `ktensor.assert %cond, %values... {message}`: fails at run time when `cond` is false; `{i}` in
/// the message is replaced by the i-th value.
fn verify_assert(m: &Module, op: OpId) -> Result<(), String> {
    let c = m.operands(op).next().ok_or("expects a condition")?;
    let (s, e) = shape_of(m, c)?;
    if !s.is_empty() || e != m.ctx().i1() {
        return Err(format!("expects a tensor<i1> condition, got '{}'", show(m, c)));
    }
    str_attr(m, op, "message")?;
    Ok(())
}

fn infer_assert(m: &Module, op: OpId) -> R<Vec<Type>> {
    nargs(m, op, 2)?;
    let (a, _) = shape_of(m, m.operand_value(op, 0))?;
    let (b, _) = shape_of(m, m.operand_value(op, 1))?;
    let (l, r) = (
        axis(a.len(), int_attr(m, op, "lhs_dim")?, "lhs_dim")?,
        axis(b.len(), int_attr(m, op, "rhs_dim")?, "rhs_dim")?,
    );
    if dim::equal(m.ctx(), &a[l], &b[r]) == Some(false) {
        return Err(format!(
            "dimension {l} of '{}' can never equal dimension {r} of '{}'",
            show(m, m.operand_value(op, 0)),
            show(m, m.operand_value(op, 1))
        ));
    }
    Ok(vec![])
}

// ----- region ops -----

fn terminator_operands(m: &Module, op: OpId, region: usize) -> R<Vec<Type>> {
    let r = *m.regions(op).get(region).ok_or("missing region")?;
    let b = *m.region_blocks(r).last().ok_or("expects a non-empty region")?;
    let t = m.last_op(b).ok_or("expects a terminator")?;
    Ok(m.operands(t).map(|v| m.value_type(v)).collect())
}

fn verify_yield_matches(m: &Module, op: OpId, region: usize) -> R<()> {
    let got = terminator_operands(m, op, region)?;
    let want: Vec<Type> = m.results(op).map(|v| m.value_type(v)).collect();
    if got != want {
        let s = |ts: &[Type]| {
            ts.iter()
                .map(|&t| type_to_string(m.ctx(), t))
                .collect::<Vec<_>>()
                .join(", ")
        };
        return Err(format!(
            "region #{region} yields ({}) but the op returns ({})",
            s(&got),
            s(&want)
        ));
    }
    Ok(())
}

fn verify_if(m: &Module, op: OpId) -> R<()> {
    nargs(m, op, 1)?;
    let c = m.value_type(m.operand_value(op, 0));
    let ok = c == m.ctx().i1()
        || matches!(m.ctx().ty(c), TypeKind::Tensor { shape: Some(s), elem, .. } if s.is_empty() && *elem == m.ctx().i1());
    if !ok {
        return Err(format!(
            "expects an i1 or tensor<i1> condition, got '{}'",
            show(m, m.operand_value(op, 0))
        ));
    }
    if m.regions(op).len() != 2 {
        return Err("expects a then and an else region".into());
    }
    verify_yield_matches(m, op, 0)?;
    verify_yield_matches(m, op, 1)
}

fn verify_while(m: &Module, op: OpId) -> R<()> {
    let carried: Vec<Type> = m.operands(op).map(|v| m.value_type(v)).collect();
    let results: Vec<Type> = m.results(op).map(|v| m.value_type(v)).collect();
    if carried != results || m.regions(op).len() != 2 {
        return Err("expects results of the carried types and a cond and a body region".into());
    }
    for (i, &r) in m.regions(op).iter().enumerate() {
        let b = *m.region_blocks(r).first().ok_or("expects non-empty regions")?;
        let args: Vec<Type> = m.block_args(b).iter().map(|&a| m.value_type(a)).collect();
        if args != carried {
            return Err(format!("region #{i} must take the carried values as arguments"));
        }
    }
    let t = m.regions(op)[0];
    let cond = m
        .last_op(*m.region_blocks(t).last().ok_or("empty cond")?)
        .ok_or("empty cond")?;
    if m.op_name(cond) != "ktensor.condition" {
        return Err("expects the cond region to end with ktensor.condition".into());
    }
    let got = terminator_operands(m, op, 1)?;
    if got != carried {
        return Err("expects the body to yield the carried types".into());
    }
    Ok(())
}

fn verify_fused(m: &Module, op: OpId) -> R<()> {
    let r = *m.regions(op).first().ok_or("expects a body region")?;
    let b = *m.region_blocks(r).first().ok_or("expects a non-empty body")?;
    let args: Vec<Type> = m.block_args(b).iter().map(|&a| m.value_type(a)).collect();
    let ins: Vec<Type> = m.operands(op).map(|v| m.value_type(v)).collect();
    if args != ins {
        return Err("expects the body arguments to match the operands".into());
    }
    verify_yield_matches(m, op, 0)
}

fn verify_condition(m: &Module, op: OpId) -> R<()> {
    let parent = m.parent_op(op).ok_or("must be inside ktensor.while")?;
    if m.op_name(parent) != "ktensor.while" {
        return Err("expects parent op 'ktensor.while'".into());
    }
    let c = m.value_type(m.operand_value(op, 0));
    let i1 = m.ctx().i1();
    let ok = c == i1
        || matches!(m.ctx().ty(c), TypeKind::Tensor { shape: Some(s), elem, .. } if s.is_empty() && *elem == i1);
    if m.num_operands(op) != 1 || !ok {
        return Err("expects one i1 or tensor<i1> operand".into());
    }
    Ok(())
}

fn verify_yield(m: &Module, op: OpId) -> R<()> {
    match m.parent_op(op).map(|p| m.op_name(p)) {
        Some(
            "ktensor.if"
            | "ktensor.while"
            | "ktensor.fused"
            | "ktensor.reduce_region"
            | "ktensor.reduce_window"
            | "ktensor.sort"
            | "ktensor.general_scatter",
        ) => Ok(()),
        _ => Err("expects a parent tensor op with a region (if, while, fused, reduce_region, reduce_window, sort or general_scatter)".into()),
    }
}

fn parse_if(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let c = p.parse_operand()?;
    p.expect(Tok::Colon, "':' and the condition type")?;
    let ct = p.parse_type()?;
    p.resolve_operands(&[c], &[ct])?;
    if p.consume_if(Tok::Arrow) {
        let r = p.parse_result_types()?;
        p.state.result_types.extend(r);
    }
    p.parse_region(&[])?;
    p.parse_keyword("else")?;
    p.parse_region(&[])?;
    p.parse_optional_attr_dict()
}

fn print_if(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.w(" ");
    pr.operand(m.operand_value(op, 0));
    pr.w(" : ");
    pr.ty(m.value_type(m.operand_value(op, 0)));
    if m.num_results(op) > 0 {
        pr.w(" -> (");
        pr.types(m.results(op).map(|v| m.value_type(v)));
        pr.w(")");
    }
    pr.w(" ");
    pr.region(m.regions(op)[0], true);
    pr.w(" else ");
    pr.region(m.regions(op)[1], true);
    pr.attr_dict(op, &[]);
}

fn parse_while(p: &mut OpParser<'_, '_>) -> PResult<()> {
    p.expect(Tok::LParen, "'(' and the initial values")?;
    let ops = p.parse_operand_list()?;
    p.expect(Tok::RParen, "')'")?;
    p.expect(Tok::Colon, "':' and the carried types")?;
    let t = p.parse_type()?;
    let ctx = p.ctx();
    let TypeKind::Function { inputs, results } = ctx.ty(t).clone() else {
        return Err(p.error("expected a function type"));
    };
    p.resolve_operands(&ops, &inputs)?;
    p.state.result_types.extend(results.iter().copied());
    p.parse_keyword("cond")?;
    p.parse_region(&[])?;
    p.parse_keyword("body")?;
    p.parse_region(&[])?;
    p.parse_optional_attr_dict()
}

fn print_while(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.w(" (");
    pr.operands(m.operands(op));
    pr.w(") : ");
    let ctx = pr.ctx();
    let ins: Vec<Type> = m.operands(op).map(|v| m.value_type(v)).collect();
    let outs: Vec<Type> = m.results(op).map(|v| m.value_type(v)).collect();
    pr.ty(ctx.function_type(&ins, &outs));
    pr.w(" cond ");
    pr.region(m.regions(op)[0], true);
    pr.w(" body ");
    pr.region(m.regions(op)[1], true);
    pr.attr_dict(op, &[]);
}

// ----- folding -----

/// Decoded elements of a dense constant (floats as f64, integers as i64).
enum Elems {
    F(Vec<f64>),
    I(Vec<i64>),
}

fn decode(ctx: &Context, a: Attr) -> Option<(Type, Elems, usize)> {
    let AttrKind::Dense { ty, data } = ctx.attr(a) else {
        return None;
    };
    let elem = ctx.ty(*ty).element_type()?;
    let n: usize = ctx
        .ty(*ty)
        .shape()?
        .iter()
        .map(|d| d.as_const().map(|c| c as usize))
        .product::<Option<usize>>()?;
    let count = if data.splat { 1 } else { n };
    let bits = |i| ctx.dense_bits(elem, data, i);
    let elems = match ctx.ty(elem) {
        TypeKind::Float(_) => Elems::F(
            (0..count)
                .map(|i| ctx.bits_as_f64(elem, bits(i)?))
                .collect::<Option<_>>()?,
        ),
        TypeKind::Integer { .. } => Elems::I(
            (0..count)
                .map(|i| ctx.bits_as_i64(elem, bits(i)?))
                .collect::<Option<_>>()?,
        ),
        _ => return None,
    };
    Some((*ty, elems, n))
}

fn encode(ctx: &Context, ty: Type, e: &Elems) -> Option<Attr> {
    let elem = ctx.ty(ty).element_type()?;
    let ew = ctx.bit_width(elem)?.div_ceil(8) as usize;
    let mut bytes = Vec::new();
    match (e, ctx.ty(elem)) {
        (Elems::F(v), TypeKind::Float(k)) => v
            .iter()
            .for_each(|x| bytes.extend_from_slice(&kiln_ir::float::f64_to_bits(*x, *k).to_le_bytes()[..ew])),
        (Elems::I(v), TypeKind::Integer { .. }) => {
            v.iter().for_each(|x| bytes.extend_from_slice(&x.to_le_bytes()[..ew]))
        }
        _ => return None,
    }
    Some(ctx.dense_attr(ty, bytes))
}

fn is_splat_of(ctx: &Context, a: Option<Attr>, f: f64) -> bool {
    match a.and_then(|a| decode(ctx, a)) {
        Some((_, Elems::F(v), _)) => v
            .iter()
            .all(|&x| x == f && x.is_sign_negative() == f.is_sign_negative()),
        Some((_, Elems::I(v), _)) => v.iter().all(|&x| x as f64 == f),
        None => false,
    }
}

fn fold_binary(
    m: &Module,
    op: OpId,
    c: &[Option<Attr>],
    ff: fn(f64, f64) -> f64,
    fi: fn(i64, i64) -> Option<i64>,
) -> Option<Vec<FoldResult>> {
    let ctx = m.ctx();
    let rt = m.value_type(m.result(op, 0));
    let (Some(a), Some(b)) = (c[0], c[1]) else { return None };
    let ((_, ea, n), (_, eb, _)) = (decode(ctx, a)?, decode(ctx, b)?);
    let at = |v: &[f64], i: usize| if v.len() == 1 { v[0] } else { v[i] };
    let ati = |v: &[i64], i: usize| if v.len() == 1 { v[0] } else { v[i] };
    let len = if matches!((&ea, &eb), (Elems::F(x), Elems::F(y)) if x.len() == 1 && y.len() == 1)
        || matches!((&ea, &eb), (Elems::I(x), Elems::I(y)) if x.len() == 1 && y.len() == 1)
    {
        1
    } else {
        n
    };
    let out = match (ea, eb) {
        (Elems::F(x), Elems::F(y)) => Elems::F((0..len).map(|i| ff(at(&x, i), at(&y, i))).collect()),
        (Elems::I(x), Elems::I(y)) => Elems::I(
            (0..len)
                .map(|i| fi(ati(&x, i), ati(&y, i)))
                .collect::<Option<Vec<_>>>()?,
        ),
        _ => return None,
    };
    let out = match out {
        Elems::F(v) if len == 1 => Elems::F(vec![v[0]; n]),
        Elems::I(v) if len == 1 => Elems::I(vec![v[0]; n]),
        o => o,
    };
    Some(vec![FoldResult::Attr(encode(ctx, rt, &out)?)])
}

pub(crate) fn fold_add(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    let same_ty = m.value_type(m.operand_value(op, 0)) == m.value_type(m.result(op, 0));
    if same_ty && (is_splat_of(m.ctx(), c[1], -0.0) || is_int_zero(m, c[1])) {
        return Some(vec![FoldResult::Value(m.operand_value(op, 0))]);
    }
    fold_binary(m, op, c, |a, b| a + b, |a, b| Some(a.wrapping_add(b)))
}
fn is_int_zero(m: &Module, a: Option<Attr>) -> bool {
    matches!(a.and_then(|a| decode(m.ctx(), a)), Some((_, Elems::I(v), _)) if v.iter().all(|&x| x == 0))
}
pub(crate) fn fold_sub(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    fold_binary(m, op, c, |a, b| a - b, |a, b| Some(a.wrapping_sub(b)))
}
pub(crate) fn fold_mul(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if m.value_type(m.operand_value(op, 0)) == m.value_type(m.result(op, 0)) && is_splat_of(m.ctx(), c[1], 1.0) {
        return Some(vec![FoldResult::Value(m.operand_value(op, 0))]);
    }
    fold_binary(m, op, c, |a, b| a * b, |a, b| Some(a.wrapping_mul(b)))
}
pub(crate) fn fold_div(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if m.value_type(m.operand_value(op, 0)) == m.value_type(m.result(op, 0)) && is_splat_of(m.ctx(), c[1], 1.0) {
        return Some(vec![FoldResult::Value(m.operand_value(op, 0))]);
    }
    // Integer division by zero is a run-time error, never folded.
    fold_binary(
        m,
        op,
        c,
        |a, b| a / b,
        |a, b| if b == 0 { None } else { Some(a.wrapping_div(b)) },
    )
}
pub(crate) fn fold_max(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    fold_binary(m, op, c, kiln_ir::float::maximum, |a, b| Some(a.max(b)))
}
pub(crate) fn fold_min(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    fold_binary(m, op, c, kiln_ir::float::minimum, |a, b| Some(a.min(b)))
}

/// `cast` to the same type, and `convert` to the same element type, are no-ops.
fn fold_identity_cast(m: &Module, op: OpId, _c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    let v = m.operand_value(op, 0);
    (m.value_type(v) == m.value_type(m.result(op, 0))).then(|| vec![FoldResult::Value(v)])
}

/// Broadcasting a splat constant gives a splat of the (static) result type.
fn fold_broadcast(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if let Some(r) = fold_identity_cast(m, op, c) {
        return Some(r);
    }
    let ctx = m.ctx();
    let AttrKind::Dense { data, .. } = ctx.attr(c[0]?) else {
        return None;
    };
    if !data.splat {
        return None;
    }
    let rt = m.value_type(m.result(op, 0));
    ctx.ty(rt)
        .shape()?
        .iter()
        .all(|d| d.as_const().is_some())
        .then(|| vec![FoldResult::Attr(ctx.dense_attr(rt, data.bytes.to_vec()))])
}

/// Reshape of a constant is the same data under the new (static) type.
fn fold_reshape(m: &Module, op: OpId, c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    if let Some(r) = fold_identity_cast(m, op, c) {
        return Some(r);
    }
    let ctx = m.ctx();
    let AttrKind::Dense { data, .. } = ctx.attr(c[0]?) else {
        return None;
    };
    let rt = m.value_type(m.result(op, 0));
    ctx.ty(rt)
        .shape()?
        .iter()
        .all(|d| d.as_const().is_some())
        .then(|| vec![FoldResult::Attr(ctx.dense_attr(rt, data.bytes.to_vec()))])
}

fn fold_transpose(m: &Module, op: OpId, _c: &[Option<Attr>]) -> Option<Vec<FoldResult>> {
    let perm = i64s(m, op, "perm").ok()?;
    perm.iter()
        .enumerate()
        .all(|(i, &p)| p == i as i64)
        .then(|| vec![FoldResult::Value(m.operand_value(op, 0))])
}

/// transpose(transpose(x, p), q) = transpose(x, p∘q).
struct ComposeTransposes;
impl RewritePattern for ComposeTransposes {
    fn name(&self) -> &str {
        "compose-transposes"
    }
    fn root(&self) -> Option<&str> {
        Some("ktensor.transpose")
    }
    fn match_and_rewrite(&self, op: OpId, rw: &mut Rewriter<'_>) -> bool {
        let m = &*rw.m;
        let inner_v = m.operand_value(op, 0);
        let Some(inner) = m.defining_op(inner_v).filter(|&d| m.op_name(d) == "ktensor.transpose") else {
            return false;
        };
        let (Ok(outer_p), Ok(inner_p)) = (i64s(m, op, "perm"), i64s(m, inner, "perm")) else {
            return false;
        };
        let composed: Vec<i64> = outer_p.iter().map(|&o| inner_p[o as usize]).collect();
        let src = m.operand_value(inner, 0);
        let ctx = m.ctx().clone();
        rw.m.set_operand(op, 0, src);
        rw.m.set_attr(op, "perm", ctx.i64_array_attr(&composed));
        rw.modified(op);
        true
    }
}

/// A transposed operand of a contraction is read in place: `dot_general(x, transpose(y))`
/// contracts `y` over the permuted dimensions, when the permutation keeps the order of the
/// operand's free dimensions (so the result's layout is unchanged). Matrix products read any
/// strides, so the transpose's copy goes away (attention's `q · kᵀ`).
struct FoldTransposeIntoDot;
impl RewritePattern for FoldTransposeIntoDot {
    fn name(&self) -> &str {
        "fold-transpose-into-dot"
    }
    fn root(&self) -> Option<&str> {
        Some("ktensor.dot_general")
    }
    fn match_and_rewrite(&self, op: OpId, rw: &mut Rewriter<'_>) -> bool {
        let m = &*rw.m;
        for (i, (batch, contract)) in [(0, ("lhs_batch", "lhs_contract")), (1, ("rhs_batch", "rhs_contract"))] {
            let Some(t) = m
                .defining_op(m.operand_value(op, i))
                .filter(|&d| m.op_name(d) == "ktensor.transpose")
            else {
                continue;
            };
            let (Ok(perm), Ok(b), Ok(c)) = (i64s(m, t, "perm"), i64s(m, op, batch), i64s(m, op, contract)) else {
                continue;
            };
            let free: Vec<i64> = (0..perm.len() as i64)
                .filter(|d| !b.contains(d) && !c.contains(d))
                .map(|d| perm[d as usize])
                .collect();
            if free.windows(2).any(|w| w[0] > w[1])
                || [&b, &c]
                    .iter()
                    .any(|l| l.iter().any(|&d| d < 0 || d as usize >= perm.len()))
            {
                continue;
            }
            let through = |l: &[i64]| l.iter().map(|&d| perm[d as usize]).collect::<Vec<i64>>();
            let (nb, nc) = (through(&b), through(&c));
            let src = m.operand_value(t, 0);
            let ctx = m.ctx().clone();
            rw.m.set_operand(op, i, src);
            rw.m.set_attr(op, batch, ctx.i64_array_attr(&nb));
            rw.m.set_attr(op, contract, ctx.i64_array_attr(&nc));
            rw.modified(op);
            return true;
        }
        false
    }
}

/// The maximum (minimum) of `x / c` or `x · c` for a splat `c` that is positive and finite is
/// the maximum (minimum) of `x`, divided (multiplied) once: rounding `x / c` is monotone in
/// `x` (non-decreasing, -0 before +0, infinities kept), so the extremum of the rounded
/// quotients is the rounded quotient of the extremum, bit for bit, and a NaN anywhere gives
/// NaN on both sides. The reduction then reads `x` itself (attention's row maximum of
/// `q·kᵀ / 8` scales 512 maxima instead of 262,144 elements in that pass; the scaled tensor
/// stays for its other users).
struct ReduceExtremumOfScaled;
impl RewritePattern for ReduceExtremumOfScaled {
    fn name(&self) -> &str {
        "reduce-extremum-of-scaled"
    }
    fn root(&self) -> Option<&str> {
        Some("ktensor.reduce")
    }
    fn match_and_rewrite(&self, op: OpId, rw: &mut Rewriter<'_>) -> bool {
        let m = &*rw.m;
        let ctx = m.ctx().clone();
        let kind = m.attr(op, "kind").and_then(|a| ctx.attr_str(a));
        if !matches!(kind, Some("max" | "min")) {
            return false;
        }
        let Some(scale) = m.defining_op(m.operand_value(op, 0)) else {
            return false;
        };
        let name = m.op_name(scale);
        let (x, c) = match name {
            "ktensor.div" => (m.operand_value(scale, 0), m.operand_value(scale, 1)),
            "ktensor.mul" => {
                let (a, b) = (m.operand_value(scale, 0), m.operand_value(scale, 1));
                match kiln_ir::rewrite::constant_value(m, a) {
                    Some(_) => (b, a),
                    None => (a, b),
                }
            }
            _ => return false,
        };
        let splat = kiln_ir::rewrite::constant_value(m, c).and_then(|a| match decode(&ctx, a) {
            Some((_, Elems::F(v), _)) if v.len() == 1 => Some(v[0]),
            _ => None,
        });
        let rt = m.value_type(m.result(op, 0));
        let static_result = ctx
            .ty(rt)
            .shape()
            .is_some_and(|s| s.iter().all(|d| d.as_const().is_some()));
        let (Some(f), true) = (splat, static_result) else {
            return false;
        };
        if !(f > 0.0 && f.is_finite()) || m.value_type(x) != m.value_type(m.operand_value(op, 0)) {
            return false;
        }
        let AttrKind::Dense { data, .. } = ctx.attr(kiln_ir::rewrite::constant_value(m, c).expect("a constant")) else {
            return false;
        };
        // The splat's one element, as a splat of the reduced type.
        let elem_bytes = ctx.bit_width(ctx.ty(rt).element_type().unwrap_or(rt)).unwrap_or(32) as usize / 8;
        let Some(one) = data.bytes.get(..elem_bytes) else {
            return false;
        };
        let small = ctx.dense_attr(rt, one.to_vec());
        let (loc, props, attrs, name_sym) = (m.loc(op), m.props(op), m.attrs(op), m.op_name_sym(op));
        let scale_sym = m.op_name_sym(scale);
        let at = Builder::before(op);
        let mut st = OperationState::new(name_sym, loc);
        st.operands.push(x);
        st.result_types.push(rt);
        let reduced = rw.create(&at, st);
        rw.m.set_props(reduced, props);
        rw.m.set_attrs(reduced, attrs);
        let mut st = OperationState::new(ctx.sym("ktensor.constant"), loc);
        st.props.push((ctx.sym("value"), small));
        st.result_types.push(rt);
        let k = rw.create(&at, st);
        let mut st = OperationState::new(scale_sym, loc);
        st.operands.extend([rw.m.result(reduced, 0), rw.m.result(k, 0)]);
        st.result_types.push(rt);
        let scaled = rw.create(&at, st);
        let v = rw.m.result(scaled, 0);
        rw.replace_op(op, &[v]);
        true
    }
}

fn reduce_extremum_of_scaled(_: &'static str) -> Arc<dyn RewritePattern> {
    Arc::new(ReduceExtremumOfScaled)
}

fn fold_transpose_into_dot(_: &'static str) -> Arc<dyn RewritePattern> {
    Arc::new(FoldTransposeIntoDot)
}

/// reshape(reshape(x)) = reshape(x); cast(cast(x)) = cast(x).
struct CollapseChain {
    root: &'static str,
}
impl RewritePattern for CollapseChain {
    fn name(&self) -> &str {
        "collapse-chain"
    }
    fn root(&self) -> Option<&str> {
        Some(self.root)
    }
    fn match_and_rewrite(&self, op: OpId, rw: &mut Rewriter<'_>) -> bool {
        let m = &*rw.m;
        let Some(inner) = m
            .defining_op(m.operand_value(op, 0))
            .filter(|&d| m.op_name(d) == self.root)
        else {
            return false;
        };
        let src = m.operand_value(inner, 0);
        rw.m.set_operand(op, 0, src);
        rw.modified(op);
        true
    }
}

fn materialize(m: &mut Module, b: &mut Builder, value: Attr, ty: Type, loc: Attr) -> Option<OpId> {
    let ctx = m.ctx().clone();
    if !matches!(ctx.attr(value), AttrKind::Dense { ty: t, .. } if *t == ty) {
        return None;
    }
    let mut st = OperationState::new(ctx.sym("ktensor.constant"), loc);
    st.props.push((ctx.sym("value"), value));
    st.result_types.push(ty);
    Some(b.create(m, st))
}

// ----- the op table -----

struct Spec {
    name: &'static str,
    summary: &'static str,
    traits: Traits,
    attrs: &'static [&'static str],
    infer: Option<InferTypesFn>,
    verify: Option<VerifyFn>,
    fold: Option<FoldFn>,
    parse: ParseFn,
    print: PrintFn,
    /// Operand dimensions that must agree.
    constraints: Option<DimConstraintsFn>,
    /// The op's canonicalization pattern, given its name.
    pattern: Option<PatternCtor>,
    operands: Arity,
    results: Arity,
}

/// `s` with its operand and result counts declared.
fn arity(operands: Arity, results: Arity, s: Spec) -> Spec {
    Spec { operands, results, ..s }
}

/// The definition of a row of the elementwise table: its element-type class picks the shape
/// function, a binary op's operands must agree in every dimension.
fn elementwise_spec(e: &crate::elementwise::Elementwise) -> Spec {
    let infer = match e.class {
        ElemClass::Float => infer_float_elementwise,
        ElemClass::Int => infer_int_elementwise,
        _ => infer_elementwise,
    };
    let base = if e.operands == 2 {
        spec_c(elementwise_constraints, e.name, e.summary, &[], infer)
    } else {
        spec(e.name, e.summary, &[], infer)
    };
    let traits = if e.commutative { P | Traits::COMMUTATIVE } else { P };
    elementwise(
        e.operands,
        Spec {
            traits,
            fold: e.fold,
            ..base
        },
    )
}

/// An elementwise op of `n` operands and one result.
fn elementwise(n: usize, s: Spec) -> Spec {
    Spec {
        operands: Arity::Exact(n),
        results: Arity::Exact(1),
        ..s
    }
}
fn unary(s: Spec) -> Spec {
    elementwise(1, s)
}
fn binary(s: Spec) -> Spec {
    elementwise(2, s)
}
fn ternary(s: Spec) -> Spec {
    elementwise(3, s)
}

/// Builds an op's canonicalization pattern from the op's name.
type PatternCtor = fn(&'static str) -> Arc<dyn RewritePattern>;

const P: Traits = Traits::PURE;

fn spec(name: &'static str, summary: &'static str, attrs: &'static [&'static str], infer: InferTypesFn) -> Spec {
    Spec {
        name,
        summary,
        traits: P,
        attrs,
        infer: Some(infer),
        verify: None,
        fold: None,
        parse: parse_std,
        print: print_std,
        constraints: None,
        pattern: None,
        operands: Arity::Any,
        results: Arity::Any,
    }
}

/// `spec` for an op whose operand dimensions must agree as `c` says.
fn spec_c(
    c: DimConstraintsFn,
    name: &'static str,
    summary: &'static str,
    attrs: &'static [&'static str],
    infer: InferTypesFn,
) -> Spec {
    Spec {
        constraints: Some(c),
        ..spec(name, summary, attrs, infer)
    }
}

/// `spec` for an op with canonicalization pattern `p`.
fn spec_p(
    p: PatternCtor,
    name: &'static str,
    summary: &'static str,
    attrs: &'static [&'static str],
    infer: InferTypesFn,
) -> Spec {
    Spec {
        pattern: Some(p),
        ..spec(name, summary, attrs, infer)
    }
}

fn compose_transposes(_: &'static str) -> Arc<dyn RewritePattern> {
    Arc::new(ComposeTransposes)
}

fn collapse_chain(root: &'static str) -> Arc<dyn RewritePattern> {
    Arc::new(CollapseChain { root })
}

/// The `tensor` dialect definition.
pub fn dialect() -> DialectDef {
    let mut d = DialectDef::new(
        "ktensor",
        "High-level tensor ops with value semantics and symbolic shapes",
    );
    d.materialize_constant = Some(materialize);
    let mut specs: Vec<Spec> = vec![
        arity(Arity::Exact(0), Arity::Exact(1), Spec {
            traits: P | Traits::CONSTANT_LIKE,
            parse: crate::syntax::parse_dense_constant,
            print: crate::syntax::print_dense_constant,
            ..spec("ktensor.constant", "A dense constant", &["value"], infer_constant)
        }),
        unary(spec(
            "ktensor.is_finite",
            "Elementwise test for a finite float (i1)",
            &[],
            infer_is_finite,
        )),
        unary(spec(
            "ktensor.bitcast",
            "Reinterprets each element's bits as the result's element type of the same width",
            &[],
            infer_bitcast,
        )),
        unary(Spec {
            verify: Some(verify_reduce_precision),
            ..spec(
                "ktensor.reduce_precision",
                "Elementwise rounding to 'exponent_bits' and 'mantissa_bits' (StableHLO's reduce_precision)",
                &["exponent_bits", "mantissa_bits"],
                infer_float_elementwise,
            )
        }),
        binary(spec_c(
            elementwise_constraints,
            "ktensor.cmp",
            "Elementwise comparison to i1 (predicate eq, ne, lt, le, gt, ge; ult, ule, ugt, uge on integers; on floats ne is true with a NaN and the others false, as in IEEE 754)",
            &["predicate"],
            infer_cmp,
        )),
        ternary(spec_c(
            elementwise_constraints,
            "ktensor.select",
            "Elementwise choice by an i1 condition",
            &[],
            infer_select,
        )),
        unary(Spec {
            fold: Some(fold_identity_cast),
            ..spec(
                "ktensor.convert",
                "Elementwise element-type conversion",
                &[],
                infer_convert,
            )
        }),
        arity(Arity::Exact(1), Arity::Exact(1), Spec {
            fold: Some(fold_identity_cast),
            ..spec_p(
                collapse_chain,
                "ktensor.cast",
                "Changes static/symbolic/dynamic dimensions, not data",
                &[],
                infer_cast,
            )
        }),
        arity(Arity::Between(1, 2), Arity::Exact(1), Spec {
            fold: Some(fold_broadcast),
            ..spec(
                "ktensor.broadcast_in_dim",
                "Broadcasts operand dimension i to result dimension dims[i]",
                &["dims"],
                infer_broadcast_in_dim,
            )
        }),
        arity(Arity::Between(1, 2), Arity::Exact(1), Spec {
            fold: Some(fold_reshape),
            ..spec_p(
                collapse_chain,
                "ktensor.reshape",
                "Reshapes to a type with the same element count",
                &[],
                infer_reshape,
            )
        }),
        arity(Arity::Exact(1), Arity::Exact(1), Spec {
            fold: Some(fold_transpose),
            ..spec_p(
                compose_transposes,
                "ktensor.transpose",
                "Permutes dimensions",
                &["perm"],
                infer_transpose,
            )
        }),
        arity(Arity::Either(1, 4), Arity::Exact(1), spec(
            "ktensor.slice",
            "Strided slice: bounds as attributes, or run-time start, limit and strides operands",
            &["start", "limit", "strides"],
            infer_slice,
        )),
        arity(Arity::AtLeast(1), Arity::Exact(1), spec_c(
            concat_constraints,
            "ktensor.concat",
            "Concatenation along 'dim'",
            &["dim"],
            infer_concat,
        )),
        arity(Arity::Either(2, 5), Arity::Exact(1), spec(
            "ktensor.pad",
            "Edge and interior padding with a value (as attributes, or run-time low, high and interior operands)",
            &["low", "high", "interior"],
            infer_pad,
        )),
        arity(Arity::Exact(1), Arity::Exact(1), spec(
            "ktensor.reverse",
            "Reverses the listed dimensions",
            &["dims"],
            infer_reverse,
        )),
        arity(Arity::Between(0, 1), Arity::Exact(1), spec("ktensor.iota", "Values counting along 'dim'", &["dim"], infer_iota)),
        arity(Arity::Exact(1), Arity::Exact(1), spec_p(
            reduce_extremum_of_scaled,
            "ktensor.reduce",
            "Reduction (sum, max, min, prod, mean) over 'axes'",
            &["kind", "axes", "keep_dims"],
            infer_reduce,
        )),
        arity(Arity::AtLeast(2), Arity::AtLeast(1), Spec {
            parse: parse_std_region,
            print: print_std_region,
            traits: P | Traits::SINGLE_BLOCK,
            ..spec(
                "ktensor.reduce_region",
                "Reduction of inputs (with as many initial values) over 'axes' by a combiner region",
                &["axes", "keep_dims"],
                crate::tensor_regions::infer_reduce_region,
            )
        }),
        arity(Arity::AtLeast(2), Arity::AtLeast(1), Spec {
            parse: parse_std_region,
            print: print_std_region,
            traits: P | Traits::SINGLE_BLOCK,
            ..spec(
                "ktensor.reduce_window",
                "Reduction of each window (StableHLO's reduce_window) by a combiner region",
                &[
                    "window_dimensions",
                    "window_strides",
                    "base_dilations",
                    "window_dilations",
                    "padding",
                ],
                crate::tensor_regions::infer_reduce_window,
            )
        }),
        arity(Arity::AtLeast(1), Arity::AtLeast(1), Spec {
            parse: parse_std_region,
            print: print_std_region,
            traits: P | Traits::SINGLE_BLOCK,
            ..spec(
                "ktensor.sort",
                "Sorts inputs together along 'dimension' by a comparator region",
                &["dimension", "is_stable"],
                crate::tensor_regions::infer_sort,
            )
        }),
        arity(Arity::Between(2, 3), Arity::Exact(1), spec(
            "ktensor.general_gather",
            "Gathers slices at run-time start indices (StableHLO's gather dimension numbers)",
            &[
                "offset_dims",
                "collapsed_slice_dims",
                "operand_batching_dims",
                "start_indices_batching_dims",
                "start_index_map",
                "index_vector_dim",
                "slice_sizes",
            ],
            crate::tensor_indexing::infer_general_gather,
        )),
        arity(Arity::AtLeast(3), Arity::AtLeast(1), Spec {
            parse: parse_std_region,
            print: print_std_region,
            traits: P | Traits::SINGLE_BLOCK,
            ..spec(
                "ktensor.general_scatter",
                "Combines updates into a copy of the input at run-time indices (StableHLO's scatter)",
                &[
                    "update_window_dims",
                    "inserted_window_dims",
                    "input_batching_dims",
                    "scatter_indices_batching_dims",
                    "scatter_dims_to_operand_dims",
                    "index_vector_dim",
                ],
                crate::tensor_indexing::infer_general_scatter,
            )
        }),
        arity(Arity::AtLeast(1), Arity::Exact(1), spec(
            "ktensor.dynamic_slice",
            "A 'sizes' slice at run-time start indices, clamped to fit",
            &["sizes"],
            crate::tensor_indexing::infer_dynamic_slice,
        )),
        arity(Arity::AtLeast(2), Arity::Exact(1), spec(
            "ktensor.dynamic_update_slice",
            "Writes an update at run-time start indices, clamped to fit",
            &[],
            crate::tensor_indexing::infer_dynamic_update_slice,
        )),
        arity(Arity::Exact(2), Arity::Exact(1), spec_c(
            matmul_constraints,
            "ktensor.matmul",
            "(M,K) x (K,N) -> (M,N)",
            &[],
            infer_matmul,
        )),
        arity(Arity::Exact(2), Arity::Exact(1), spec_c(
            batch_matmul_constraints,
            "ktensor.batch_matmul",
            "(B,M,K) x (B,K,N) -> (B,M,N)",
            &[],
            infer_batch_matmul,
        )),
        arity(Arity::Exact(2), Arity::Exact(1), Spec {
            pattern: Some(fold_transpose_into_dot),
            ..spec_c(
                dot_general_constraints,
                "ktensor.dot_general",
                "Contraction with batch and contracting dimensions",
                &["lhs_batch", "rhs_batch", "lhs_contract", "rhs_contract"],
                infer_dot_general,
            )
        }),
        arity(Arity::Exact(2), Arity::Exact(1), spec_c(
            conv2d_constraints,
            "ktensor.conv2d",
            "2-D convolution, NHWC input and HWCF filter",
            &["strides", "padding", "dilations"],
            infer_conv2d,
        )),
        arity(Arity::Exact(2), Arity::Exact(1), spec(
            "ktensor.gather",
            "Takes slices of a table along 'axis' at integer indices",
            &["axis"],
            infer_gather,
        )),
        arity(Arity::Exact(3), Arity::Exact(1), spec(
            "ktensor.scatter",
            "Writes (or adds) updates into a copy of dest at indices along 'axis'",
            &["axis", "kind"],
            infer_scatter,
        )),
        arity(Arity::Exact(1), Arity::Exact(1), Spec {
            parse: parse_dim,
            ..spec(
                "ktensor.dim",
                "Reads dimension 'index' at run time",
                &["index"],
                infer_dim,
            )
        }),
        arity(Arity::Exact(2), Arity::Exact(0), Spec {
            traits: Traits::empty(),
            ..spec(
                "ktensor.assert_dim_eq",
                "Run-time check that two dimensions are equal",
                &["lhs_dim", "rhs_dim", "message"],
                infer_assert,
            )
        }),
        arity(Arity::AtLeast(1), Arity::Exact(0), Spec {
            name: "ktensor.assert",
            constraints: None,
            pattern: None,
            operands: Arity::Any,
            results: Arity::Any,
            summary: "Run-time check of a condition, failing with 'message'",
            traits: Traits::empty(),
            attrs: &["message"],
            infer: None,
            verify: Some(verify_assert),
            fold: None,
            parse: parse_std,
            print: print_std,
        }),
        arity(Arity::Exact(1), Arity::Any, Spec {
            name: "ktensor.if",
            constraints: None,
            pattern: None,
            operands: Arity::Any,
            results: Arity::Any,
            summary: "Runs the then or else region",
            traits: Traits::SINGLE_BLOCK,
            attrs: &[],
            infer: None,
            verify: Some(verify_if),
            fold: None,
            parse: parse_if,
            print: print_if,
        }),
        Spec {
            name: "ktensor.while",
            constraints: None,
            pattern: None,
            operands: Arity::Any,
            results: Arity::Any,
            summary: "Loop with carried values: cond region, then body region",
            traits: Traits::SINGLE_BLOCK,
            attrs: &[],
            infer: None,
            verify: Some(verify_while),
            fold: None,
            parse: parse_while,
            print: print_while,
        },
        Spec {
            name: "ktensor.fused",
            constraints: None,
            pattern: None,
            operands: Arity::Any,
            results: Arity::Any,
            summary: "A fused kernel: its body computes the results from the operands",
            traits: P | Traits::SINGLE_BLOCK | Traits::ISOLATED_FROM_ABOVE,
            attrs: &[],
            infer: None,
            verify: Some(verify_fused),
            fold: None,
            parse: parse_std_region,
            print: print_std_region,
        },
        arity(Arity::Any, Arity::Exact(0), Spec {
            name: "ktensor.yield",
            constraints: None,
            pattern: None,
            operands: Arity::Any,
            results: Arity::Any,
            summary: "Yields values from a tensor region",
            traits: P | Traits::TERMINATOR | Traits::RETURN_LIKE,
            attrs: &[],
            infer: None,
            verify: Some(verify_yield),
            fold: None,
            parse: parse_terminator,
            print: print_terminator,
        }),
        arity(Arity::AtLeast(1), Arity::Exact(0), Spec {
            name: "ktensor.condition",
            constraints: None,
            pattern: None,
            operands: Arity::Any,
            results: Arity::Any,
            summary: "Ends a while loop's cond region: continue while true",
            traits: P | Traits::TERMINATOR,
            attrs: &[],
            infer: None,
            verify: Some(verify_condition),
            fold: None,
            parse: parse_terminator,
            print: print_terminator,
        }),
    ];
    // The elementwise family, from its one table.
    specs.extend(crate::elementwise::ELEMENTWISE.iter().map(elementwise_spec));
    for s in specs.drain(..) {
        d.ops.push(OpDef {
            traits: s.traits,
            inherent_attrs: s.attrs.to_vec(),
            operands: s.operands,
            results: s.results,
            operand_elems: crate::elementwise::lookup(s.name).map_or(ElemClass::Any, |e| e.class),
            verify: s.verify,
            infer_types: s.infer,
            dim_constraints: s.constraints,
            fold: s.fold,
            canonical_patterns: s.pattern.map(|p| p(s.name)).into_iter().collect(),
            parse: Some(s.parse),
            print: Some(s.print),
            ..OpDef::new(s.name, s.summary)
        });
    }
    d
}

/// `exponent_bits` >= 1 and `mantissa_bits` >= 0, as StableHLO requires.
fn verify_reduce_precision(m: &Module, op: OpId) -> R<()> {
    let get = |n: &str| m.attr(op, n).and_then(|a| m.ctx().attr_int(a));
    match (get("exponent_bits"), get("mantissa_bits")) {
        (Some(e), Some(mb)) if e >= 1 && mb >= 0 => Ok(()),
        _ => Err("requires integer attributes 'exponent_bits' >= 1 and 'mantissa_bits' >= 0".into()),
    }
}

// ----- dimension constraints (run-time checks inserted by shape-infer) -----

fn rank(m: &Module, op: OpId, i: usize) -> usize {
    shape_of(m, m.operand_value(op, i)).map(|s| s.0.len()).unwrap_or(0)
}

fn eq(lhs: usize, lhs_dim: usize, rhs: usize, rhs_dim: usize) -> DimEq {
    DimEq {
        lhs,
        lhs_dim,
        rhs,
        rhs_dim,
    }
}

/// Every operand has the shape of the first.
fn elementwise_constraints(m: &Module, op: OpId) -> Vec<DimEq> {
    (1..m.num_operands(op))
        .flat_map(|i| (0..rank(m, op, 0).min(rank(m, op, i))).map(move |d| eq(0, d, i, d)))
        .collect()
}

fn matmul_constraints(_: &Module, _: OpId) -> Vec<DimEq> {
    vec![eq(0, 1, 1, 0)]
}

fn batch_matmul_constraints(_: &Module, _: OpId) -> Vec<DimEq> {
    vec![eq(0, 0, 1, 0), eq(0, 2, 1, 1)]
}

fn conv2d_constraints(_: &Module, _: OpId) -> Vec<DimEq> {
    vec![eq(0, 3, 1, 2)]
}

fn dot_general_constraints(m: &Module, op: OpId) -> Vec<DimEq> {
    let l = opt_i64s(m, op, "lhs_batch", vec![])
        .unwrap_or_default()
        .into_iter()
        .chain(i64s(m, op, "lhs_contract").unwrap_or_default());
    let r = opt_i64s(m, op, "rhs_batch", vec![])
        .unwrap_or_default()
        .into_iter()
        .chain(i64s(m, op, "rhs_contract").unwrap_or_default());
    l.zip(r).map(|(a, b)| eq(0, a as usize, 1, b as usize)).collect()
}

/// Every dimension but the concatenated one agrees with the first operand.
fn concat_constraints(m: &Module, op: OpId) -> Vec<DimEq> {
    let axis = int_attr(m, op, "dim").unwrap_or(-1);
    (1..m.num_operands(op))
        .flat_map(|i| {
            (0..rank(m, op, 0))
                .filter(move |&d| d as i64 != axis)
                .map(move |d| eq(0, d, i, d))
        })
        .collect()
}
