//! Which innermost loops `vectorize-loops` widens, and how: the [`Plan`] of one loop.
//!
//! A loop qualifies when every iteration is independent except for reductions, and lane `k`
//! of a vector iteration does what scalar iteration `i + k` did:
//!
//! - its step is the constant 1 and its body is one block of `arith` ops, `math` ops that LLVM
//!   has a vector intrinsic for, and `loop.load`/`loop.store`;
//! - the induction variable is used only as the last index of loads and stores whose other
//!   indices do not change in the loop (lanes run along the contiguous dimension);
//! - every value that changes per iteration is an integer or `f32`/`f64` scalar (not an
//!   `index`, which has no vector lowering), and every one loaded or stored is whole bytes
//!   (not `i1`: LLVM packs vectors of it into bits, where buffers hold a byte per element);
//! - each loop-carried value is a reduction: combined once per iteration, by an associative op
//!   (`addf`/`mulf` only when marked `reassoc`, as `convert-tensor-to-loop` marks its
//!   reductions), with a value that does not depend on it, and used for nothing else;
//! - a buffer the loop stores to is read only at the element the same iteration writes, so
//!   reordering accesses across lanes cannot change what is read. Buffers are compared by
//!   their root (through `loop.view` and `loop.subview`); distinct roots do not overlap, which
//!   holds for the code of `convert-tensor-to-loop`: its buffers are fresh allocations or the
//!   entry's arguments, and the runtime never passes one buffer twice.

use crate::tensor_to_loop::BUFFERIZED;
use kiln_ir::{FloatKind, Module, OpId, TypeKind, Value};
use rustc_hash::{FxHashMap, FxHashSet};

/// How a loop-carried value is combined, and the value that leaves the others unchanged.
#[derive(Copy, Clone, Debug, PartialEq)]
pub(super) struct Combine {
    /// The `kvector.reduction` kind that folds the lanes the same way.
    pub kind: &'static str,
    /// The identity (float) or its bits (integer).
    pub identity: Identity,
}

#[derive(Copy, Clone, Debug, PartialEq)]
pub(super) enum Identity {
    Float(f64),
    Int(i64),
    /// All bits set (the identity of `and`).
    Ones,
    /// The smallest or largest signed integer of the width.
    SignedMin,
    SignedMax,
}

/// One loop-carried value: iteration argument `arg` (0-based, after the induction variable),
/// combined by `op`.
#[derive(Copy, Clone, Debug)]
pub(super) struct Reduction {
    pub arg: usize,
    pub op: OpId,
    pub combine: Combine,
    /// A float `maximumf`/`minimumf`: its vector accumulators combine with the plain
    /// `vmaxps`-style maximum, and two integer accumulators beside them track what that
    /// maximum drops (a NaN, the order of the zeros), for the exact result after the loop
    /// (see `widen::tracked_result`).
    pub tracked: bool,
}

/// What `widen` needs to know about a qualifying loop.
#[derive(Debug)]
pub(super) struct Plan {
    /// Lanes per vector: the vector width over the widest element in the body.
    pub lanes: u64,
    /// The body's values that become vectors (all others stay scalars, once per vector
    /// iteration).
    pub varying: FxHashSet<Value>,
    pub reductions: Vec<Reduction>,
    /// The last partial vector runs under a mask; `false` when an op could trap on the lanes a
    /// mask turns off (integer division), and the remainder runs as the original scalar loop.
    pub masked_tail: bool,
    /// `f32` divisions of a changing value by one defined before the loop (not a constant),
    /// which may run as a multiply by the reciprocal and two corrections (see
    /// `widen::fast_division`); only in loops without reductions whose stores no load of the
    /// loop reads, so that the loop can run again with divisions when an operand is outside
    /// the range where the corrected product is the quotient.
    pub fast_divs: Vec<OpId>,
}

/// The ops whose widened form is the same op on vector types.
fn widenable(name: &str) -> bool {
    match name.split_once('.') {
        Some(("arith", op)) => !matches!(op, "constant" | "index_cast" | "index_castui"),
        Some(("math", _)) => matches!(
            kiln_dialects::math::lookup(name).map(|r| r.lower),
            Some(kiln_dialects::math::Lowering::Intrinsic(_))
        ),
        // llvm.ldexp on vectors of both operands.
        _ if name == kiln_dialects::ldexp::NAME => true,
        _ => false,
    }
}

fn combine_of(m: &Module, op: OpId) -> Option<Combine> {
    let reassoc =
        kiln_dialects::arith::fastmath_flags(m, op).is_some_and(|s| s.contains("reassoc") || s.contains("fast"));
    let (kind, identity) = match m.op_name(op) {
        "arith.addf" if reassoc => ("add", Identity::Float(-0.0)),
        "arith.mulf" if reassoc => ("mul", Identity::Float(1.0)),
        "arith.maximumf" => ("maximumf", Identity::Float(f64::NEG_INFINITY)),
        "arith.minimumf" => ("minimumf", Identity::Float(f64::INFINITY)),
        "arith.addi" => ("add", Identity::Int(0)),
        "arith.muli" => ("mul", Identity::Int(1)),
        "arith.maxsi" => ("maxsi", Identity::SignedMin),
        "arith.minsi" => ("minsi", Identity::SignedMax),
        "arith.andi" => ("and", Identity::Ones),
        "arith.ori" => ("or", Identity::Int(0)),
        _ => return None,
    };
    Some(Combine { kind, identity })
}

/// Bits of a scalar that may live in a vector lane; `None` for other types.
fn lane_bits(m: &Module, v: Value) -> Option<u64> {
    match m.ctx().ty(m.value_type(v)) {
        TypeKind::Integer { width, .. } if *width <= 64 => Some(*width as u64),
        TypeKind::Float(FloatKind::F32) => Some(32),
        TypeKind::Float(FloatKind::F64) => Some(64),
        _ => None,
    }
}

/// Bits of an element a vector load or store may move: whole bytes only. A vector of `i1` is
/// packed bits in LLVM, while a buffer of `i1` holds a byte per element.
fn memory_lane_bits(m: &Module, v: Value) -> Option<u64> {
    lane_bits(m, v).filter(|b| b % 8 == 0)
}

/// Follows views to the buffer they look into.
fn root(m: &Module, mut v: Value) -> Value {
    while let Some(d) = m.defining_op(v) {
        if !matches!(m.op_name(d), "loop.view" | "loop.subview") {
            break;
        }
        v = m.operand_value(d, 0);
    }
    v
}

/// The plan for widening loop `l` to vectors of `vector_bits`, or why it does not qualify.
pub(super) fn analyze(m: &Module, l: OpId, vector_bits: u64) -> Result<Plan, &'static str> {
    let ctx = m.ctx();
    if m.op_name(l) != "loop.for" {
        return Err("not a loop.for");
    }
    let func = m.ancestor_with_trait(l, kiln_ir::registry::Traits::ISOLATED_FROM_ABOVE);
    if func.is_none_or(|f| m.attr(f, BUFFERIZED).is_none()) {
        // Hand-written loop code is bounds-checked per access; a vector access would check
        // lanes the scalar loop never touched.
        return Err("not code from convert-tensor-to-loop");
    }
    let step = m.operand_value(l, 2);
    if kiln_ir::rewrite::constant_value(m, step).and_then(|a| ctx.attr_int(a)) != Some(1) {
        return Err("step is not the constant 1");
    }
    let [region] = m.regions(l) else {
        return Err("not one region");
    };
    let [block] = m.region_blocks(*region) else {
        return Err("not one block");
    };
    let args = m.block_args(*block).to_vec();
    let (iv, accs) = (args[0], &args[1..]);
    let ops: Vec<OpId> = m.block_ops(*block).collect();
    let Some((&term, body)) = ops.split_last() else {
        return Err("empty body");
    };
    let yielded: Vec<Value> = m.operands(term).collect();

    let mut varying: FxHashSet<Value> = FxHashSet::default();
    let mut combiners: FxHashMap<OpId, (usize, Combine)> = FxHashMap::default();
    for (k, &a) in accs.iter().enumerate() {
        let mut uses = m.uses(a);
        let (Some(u), None) = (uses.next(), uses.next()) else {
            return Err("a loop-carried value is used more than once");
        };
        let c = u.op;
        let r = m.result(c, 0);
        let combine = combine_of(m, c).ok_or("a loop-carried value is not combined by an associative op")?;
        if m.parent_block(c) != Some(*block) || m.use_count(r) != 1 || yielded.get(k) != Some(&r) {
            return Err("a reduction's partial result is used inside the loop");
        }
        if lane_bits(m, a).is_none() {
            return Err("a loop-carried value has no vector type");
        }
        combiners.insert(c, (k, combine));
    }
    let mut widest = 0u64;
    let mut stores: Vec<(Value, Vec<Value>)> = Vec::new();
    let mut loads: Vec<(Value, Vec<Value>, bool)> = Vec::new();
    let mut traps = false;
    let mut divs: Vec<OpId> = Vec::new();
    for &op in body {
        if !m.regions(op).is_empty() {
            return Err("the body has nested regions");
        }
        let name = m.op_name(op);
        let operands: Vec<Value> = m.operands(op).collect();
        let uniform_index = |v: &Value| *v != iv && !varying.contains(v) && !accs.contains(v);
        match name {
            "loop.load" | "loop.store" => {
                let store = name == "loop.store";
                let base = usize::from(store);
                let (buf, idx) = (operands[base], &operands[base + 1..]);
                let along = idx.last() == Some(&iv) && idx[..idx.len() - 1].iter().all(uniform_index);
                if store {
                    if !along {
                        return Err("a store is not along the loop's contiguous dimension");
                    }
                    let b = memory_lane_bits(m, operands[0]).ok_or("a stored value has no vector type in memory")?;
                    widest = widest.max(b);
                    stores.push((buf, idx.to_vec()));
                } else if along {
                    let r = m.result(op, 0);
                    widest = widest.max(memory_lane_bits(m, r).ok_or("a loaded value has no vector type in memory")?);
                    varying.insert(r);
                    loads.push((buf, idx.to_vec(), true));
                } else if idx.iter().all(uniform_index) {
                    loads.push((buf, idx.to_vec(), false));
                } else {
                    return Err("a load is not along the loop's contiguous dimension");
                }
            }
            _ if m.num_results(op) != 1 => return Err("an op has other than one result"),
            // Uniform ops (operands that do not change in the loop) run once per vector
            // iteration as scalars, so any `arith` or `math` op may be one (an `rsqrt` of a
            // row's variance in a layer norm); only ops on varying values must widen.
            _ if matches!(name.split('.').next(), Some("arith" | "math")) || name == kiln_dialects::ldexp::NAME => {
                if operands.contains(&iv) {
                    return Err("the induction variable is used as a value");
                }
                let combiner = combiners.contains_key(&op);
                if operands.iter().any(|v| accs.contains(v)) != combiner {
                    return Err("a loop-carried value is used by other ops");
                }
                let varies = combiner || operands.iter().any(|v| varying.contains(v));
                if varies && !widenable(name) {
                    return Err("an op on changing values has no vector form");
                }
                if varies {
                    for r in m.results(op) {
                        widest = widest.max(lane_bits(m, r).ok_or("a value has no vector type")?);
                        varying.insert(r);
                    }
                    for &v in &operands {
                        lane_bits(m, v).ok_or("an operand has no vector type")?;
                    }
                    if name == "arith.divf" && fast_division_candidate(m, op, *block, &varying) {
                        divs.push(op);
                    }
                    traps |= matches!(
                        name,
                        "arith.divsi"
                            | "arith.divui"
                            | "arith.remsi"
                            | "arith.remui"
                            | "arith.ceildivsi"
                            | "arith.floordivsi"
                    );
                }
            }
            _ => return Err("an op has no vector form"),
        }
    }
    // Accesses to a buffer the loop writes: only the written element, by the same iteration.
    let store_roots: Vec<Value> = stores.iter().map(|(b, _)| root(m, *b)).collect();
    for (k, (b, idx)) in stores.iter().enumerate() {
        for (j, (b2, idx2)) in stores.iter().enumerate().skip(k + 1) {
            if store_roots[k] == store_roots[j] && (b != b2 || idx != idx2) {
                return Err("two stores may overlap across lanes");
            }
        }
    }
    for (b, idx, along) in &loads {
        let r = root(m, *b);
        if store_roots.contains(&r) && !(*along && stores.iter().any(|(sb, sidx)| sb == b && sidx == idx)) {
            return Err("a load may read what another lane stores");
        }
    }
    if widest == 0 {
        return Err("nothing changes along the loop");
    }
    let lanes = (vector_bits / widest).min(64);
    if lanes < 2 {
        return Err("vectors hold fewer than two lanes");
    }
    let mut reductions: Vec<Reduction> = combiners
        .iter()
        .map(|(&op, &(arg, combine))| Reduction {
            arg,
            op,
            combine,
            tracked: matches!(combine.kind, "maximumf" | "minimumf"),
        })
        .collect();
    reductions.sort_by_key(|r| r.arg);
    // Running the loop again (the fast division's fallback) must read what the first run read.
    let rerunnable = loads.iter().all(|(b, _, _)| !store_roots.contains(&root(m, *b)));
    let fast_divs = if reductions.is_empty() && rerunnable && m.attr(l, crate::tensor_to_loop::PARALLEL).is_none() {
        divs
    } else {
        Vec::new()
    };
    Ok(Plan {
        lanes,
        varying,
        reductions,
        masked_tail: !traps,
        fast_divs,
    })
}

/// An `f32` `divf` of a changing dividend by a divisor defined outside loop body `block`
/// that is not a constant (LLVM already multiplies by the reciprocal of a power of two).
fn fast_division_candidate(m: &Module, op: OpId, block: kiln_ir::BlockId, varying: &FxHashSet<Value>) -> bool {
    let (x, d) = (m.operand_value(op, 0), m.operand_value(op, 1));
    let f32_ = matches!(m.ctx().ty(m.value_type(x)), TypeKind::Float(FloatKind::F32));
    let outside = match m.defining_op(d) {
        Some(def) => m.parent_block(def) != Some(block) && !matches!(m.op_name(def), "arith.constant"),
        None => m.value_block(d) != Some(block),
    };
    f32_ && varying.contains(&x) && !varying.contains(&d) && outside
}
