//! The `vector` dialect: fixed-width SIMD values (`vector<8xf32>`), loads and stores from
//! buffers (masked for loop tails), broadcasts, fma, reductions, lane extract/insert, shuffles.
//! Elementwise arithmetic on vectors uses `arith`/`math`, which accept vector types. A
//! `kvector.store` marked `kiln.nontemporal` (by `vectorize-loops`) is a streaming store whose
//! address is aligned to the vector's size.

use crate::syntax::{parse_std, print_std};
use kiln_ir::attrs::{AttrKind, DenseArray};
use kiln_ir::module::{Module, OpId};
use kiln_ir::printer::type_to_string;
use kiln_ir::registry::{Arity, DialectDef, OpDef, Traits, VerifyFn};
use kiln_ir::{Type, TypeKind, Value};

type R = Result<(), String>;

fn vector_of(m: &Module, t: Type) -> Result<(Vec<u64>, Type), String> {
    match m.ctx().ty(t) {
        TypeKind::Vector { shape, elem, .. } => Ok((shape.to_vec(), *elem)),
        _ => Err(format!("expects a vector type, got '{}'", type_to_string(m.ctx(), t))),
    }
}

fn memref_elem(m: &Module, v: Value) -> Result<(usize, Type), String> {
    match m.ctx().ty(m.value_type(v)) {
        TypeKind::MemRef {
            shape: Some(s), elem, ..
        } => Ok((s.len(), *elem)),
        _ => Err(format!(
            "expects a ranked memref, got '{}'",
            type_to_string(m.ctx(), m.value_type(v))
        )),
    }
}

fn indices(m: &Module, op: OpId, from: usize, count: usize) -> R {
    let idx = m.ctx().index_type();
    if m.num_operands(op) < from + count || m.operands(op).skip(from).take(count).any(|v| m.value_type(v) != idx) {
        return Err(format!("expects {count} index operands"));
    }
    Ok(())
}

fn mask_of(m: &Module, v: Value, lanes: &[u64]) -> R {
    let (s, e) = vector_of(m, m.value_type(v))?;
    if s != lanes || e != m.ctx().i1() {
        return Err(format!(
            "expects a mask of type vector<{}xi1>",
            lanes.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("x")
        ));
    }
    Ok(())
}

/// Operands: base, indices.
fn verify_load(m: &Module, op: OpId) -> R {
    let (rank, e) = memref_elem(m, m.operand_value(op, 0))?;
    indices(m, op, 1, rank)?;
    let (_, ve) = vector_of(m, m.value_type(m.result(op, 0)))?;
    if ve != e || m.num_operands(op) != 1 + rank {
        return Err("expects the vector to hold the buffer's element type, and one index per dimension".into());
    }
    Ok(())
}

/// Operands: base, indices, mask, pass-through.
fn verify_masked_load(m: &Module, op: OpId) -> R {
    let (rank, e) = memref_elem(m, m.operand_value(op, 0))?;
    indices(m, op, 1, rank)?;
    let rt = m.value_type(m.result(op, 0));
    let (lanes, ve) = vector_of(m, rt)?;
    if ve != e || m.num_operands(op) != 3 + rank {
        return Err("expects base, one index per dimension, a mask and a pass-through vector".into());
    }
    mask_of(m, m.operand_value(op, 1 + rank), &lanes)?;
    if m.value_type(m.operand_value(op, 2 + rank)) != rt {
        return Err("expects the pass-through to have the result type".into());
    }
    Ok(())
}

/// Operands: value, base, indices.
fn verify_store(m: &Module, op: OpId) -> R {
    let (rank, e) = memref_elem(m, m.operand_value(op, 1))?;
    indices(m, op, 2, rank)?;
    let (_, ve) = vector_of(m, m.value_type(m.operand_value(op, 0)))?;
    if ve != e || m.num_operands(op) != 2 + rank {
        return Err("expects a vector of the buffer's element type and one index per dimension".into());
    }
    Ok(())
}

/// Operands: value, base, indices, mask.
fn verify_masked_store(m: &Module, op: OpId) -> R {
    let (rank, e) = memref_elem(m, m.operand_value(op, 1))?;
    indices(m, op, 2, rank)?;
    let (lanes, ve) = vector_of(m, m.value_type(m.operand_value(op, 0)))?;
    if ve != e || m.num_operands(op) != 3 + rank {
        return Err("expects value, base, one index per dimension and a mask".into());
    }
    mask_of(m, m.operand_value(op, 2 + rank), &lanes)
}

fn verify_broadcast(m: &Module, op: OpId) -> R {
    let (_, e) = vector_of(m, m.value_type(m.result(op, 0)))?;
    if m.num_operands(op) != 1 || m.value_type(m.operand_value(op, 0)) != e {
        return Err("expects one scalar of the vector's element type".into());
    }
    Ok(())
}

fn verify_fma(m: &Module, op: OpId) -> R {
    let t = m.value_type(m.result(op, 0));
    let (_, e) = vector_of(m, t)?;
    if !m.ctx().ty(e).is_float() {
        return Err("expects float vectors".into());
    }
    Ok(())
}

const KINDS: [&str; 10] = [
    "add", "mul", "minsi", "maxsi", "minui", "maxui", "minimumf", "maximumf", "and", "or",
];

fn verify_reduction(m: &Module, op: OpId) -> R {
    let kind = m
        .attr(op, "kind")
        .and_then(|a| m.ctx().attr_str(a))
        .ok_or("requires string attribute 'kind'")?;
    if !KINDS.contains(&kind) {
        return Err(format!(
            "unknown reduction kind '{kind}' (expected one of {})",
            KINDS.join(", ")
        ));
    }
    let (_, e) = vector_of(m, m.value_type(m.operand_value(op, 0)))?;
    if m.value_type(m.result(op, 0)) != e {
        return Err("expects the result to have the element type".into());
    }
    if m.num_operands(op) == 2 && m.value_type(m.operand_value(op, 1)) != e {
        return Err("expects the accumulator to have the element type".into());
    }
    Ok(())
}

fn position(m: &Module, op: OpId, lanes: u64) -> R {
    let p = m
        .attr(op, "position")
        .and_then(|a| m.ctx().attr_int(a))
        .ok_or("requires integer attribute 'position'")?;
    if p < 0 || p as u64 >= lanes {
        return Err(format!("position {p} is out of range for {lanes} lanes"));
    }
    Ok(())
}

fn verify_extract(m: &Module, op: OpId) -> R {
    let (s, e) = vector_of(m, m.value_type(m.operand_value(op, 0)))?;
    if s.len() != 1 || m.value_type(m.result(op, 0)) != e {
        return Err("expects a 1-D vector and an element result".into());
    }
    position(m, op, s[0])
}

fn verify_insert(m: &Module, op: OpId) -> R {
    let vt = m.value_type(m.operand_value(op, 1));
    let (s, e) = vector_of(m, vt)?;
    if s.len() != 1 || m.value_type(m.operand_value(op, 0)) != e || m.value_type(m.result(op, 0)) != vt {
        return Err("expects an element, a 1-D vector, and the vector type as result".into());
    }
    position(m, op, s[0])
}

fn verify_shuffle(m: &Module, op: OpId) -> R {
    let (a, e) = vector_of(m, m.value_type(m.operand_value(op, 0)))?;
    let (b, eb) = vector_of(m, m.value_type(m.operand_value(op, 1)))?;
    let (r, er) = vector_of(m, m.value_type(m.result(op, 0)))?;
    if e != eb || e != er || a.len() != 1 || b.len() != 1 || r.len() != 1 {
        return Err("expects 1-D vectors of one element type".into());
    }
    let mask = match m.attr(op, "mask").map(|x| m.ctx().attr(x)) {
        Some(AttrKind::DenseArray {
            values: DenseArray::Int(v),
            ..
        }) => v.to_vec(),
        _ => return Err("requires 'mask' as array<i64: ...>".into()),
    };
    if mask.len() as u64 != r[0] {
        return Err(format!(
            "mask has {} entries for a result of {} lanes",
            mask.len(),
            r[0]
        ));
    }
    if let Some(&bad) = mask.iter().find(|&&x| x < 0 || x as u64 >= a[0] + b[0]) {
        return Err(format!(
            "mask index {bad} is out of range for {} input lanes",
            a[0] + b[0]
        ));
    }
    Ok(())
}

fn verify_create_mask(m: &Module, op: OpId) -> R {
    let (s, e) = vector_of(m, m.value_type(m.result(op, 0)))?;
    if e != m.ctx().i1()
        || s.len() != 1
        || m.num_operands(op) != 1
        || m.value_type(m.operand_value(op, 0)) != m.ctx().index_type()
    {
        return Err("expects one index operand and a vector<Nxi1> result".into());
    }
    Ok(())
}

/// The `vector` dialect definition.
pub fn dialect() -> DialectDef {
    let mut d = DialectDef::new(
        "kvector",
        "SIMD vectors: loads/stores (masked), broadcast, fma, reductions, shuffles",
    );
    let (e, at_least) = (Arity::Exact, Arity::AtLeast);
    // name, summary, traits, inherent attributes, verifier, operand and result arity
    type Row = (
        &'static str,
        &'static str,
        Traits,
        Vec<&'static str>,
        VerifyFn,
        Arity,
        Arity,
    );
    let ops: Vec<Row> = vec![
        ("kvector.load", "Loads consecutive elements starting at the indices", Traits::empty(), vec![], verify_load, at_least(1), e(1)),
        ("kvector.maskedload", "Loads the lanes whose mask bit is set; others come from the pass-through", Traits::empty(), vec![], verify_masked_load, at_least(3), e(1)),
        ("kvector.store", "Stores consecutive elements starting at the indices", Traits::empty(), vec![], verify_store, at_least(2), e(0)),
        ("kvector.maskedstore", "Stores the lanes whose mask bit is set", Traits::empty(), vec![], verify_masked_store, at_least(3), e(0)),
        ("kvector.broadcast", "Splats a scalar to every lane", Traits::PURE, vec![], verify_broadcast, e(1), e(1)),
        ("kvector.fma", "Lanewise a*b+c with one rounding", Traits::PURE | Traits::SAME_OPERANDS_AND_RESULT_TYPE, vec![], verify_fma, e(3), e(1)),
        ("kvector.reduction", "Combines the lanes (kind: add, mul, minsi, maxsi, minui, maxui, minimumf, maximumf, and, or), optionally with an accumulator", Traits::PURE, vec!["kind"], verify_reduction, Arity::Between(1, 2), e(1)),
        ("kvector.extract", "Reads lane 'position'", Traits::PURE, vec!["position"], verify_extract, e(1), e(1)),
        ("kvector.insert", "Replaces lane 'position'", Traits::PURE, vec!["position"], verify_insert, e(2), e(1)),
        ("kvector.shuffle", "Picks lanes of the two inputs by 'mask'", Traits::PURE, vec!["mask"], verify_shuffle, e(2), e(1)),
        ("kvector.create_mask", "A mask whose first n lanes are set", Traits::PURE, vec![], verify_create_mask, e(1), e(1)),
    ];
    for (name, summary, traits, inherent_attrs, verify, operands, results) in ops {
        d.ops.push(OpDef {
            traits,
            inherent_attrs,
            operands,
            results,
            verify: Some(verify),
            parse: Some(parse_std),
            print: Some(print_std),
            ..OpDef::new(name, summary)
        });
    }
    d
}
