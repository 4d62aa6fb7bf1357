//! Whether a set of tensor ops can run as one loop nest, and how: the iteration space, how many
//! of its leading dimensions the outer nest covers (the dimensions the group's reductions keep),
//! and how each value is indexed. The fusion pass asks it before it forms a group, and
//! `convert-tensor-to-loop` follows the same plan when it lowers a `ktensor.fused` body, so a
//! group the pass forms always lowers to one nest.
//!
//! The shape of a plan: an outer nest over the kept dimensions; inside it, one inner loop nest
//! per reduction (accumulating in registers) and one inner nest computing and storing the
//! group's results. Every other value is recomputed where it is read, element by element, from
//! the group's inputs: no intermediate buffer exists inside a group.

use kiln_dialects::elementwise;
use kiln_ir::{dim, AttrKind, Dim, Module, OpId, TypeKind, Value};
use rustc_hash::FxHashSet;

/// How an op takes part in a fused loop nest.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Role {
    /// Computes each element from the same element of its operands.
    Elementwise,
    /// Reads its operand at a mapped index (`broadcast_in_dim` without a run-time shape).
    Broadcast,
    /// A splat constant: one scalar.
    Splat,
    /// A reduction over trailing dimensions (`sum`, `max`, `min`, `prod`, `mean`).
    Reduce,
}

/// The elementwise ops outside the elementwise table: composed from several scalar ops by the
/// loop lowering (`scalar_elementwise`), and `select`.
pub const COMPOSITE_ELEMENTWISE: [&str; 12] = [
    "ktensor.cmp",
    "ktensor.convert",
    "ktensor.relu",
    "ktensor.sigmoid",
    "ktensor.sign",
    "ktensor.bitcast",
    "ktensor.is_finite",
    "ktensor.shift_left",
    "ktensor.shift_right_arithmetic",
    "ktensor.shift_right_logical",
    "ktensor.reduce_precision",
    "ktensor.select",
];

/// True for the ops lowered as a scalar computation per element: the elementwise table's rows
/// and the composite ones.
pub fn is_elementwise_name(name: &str) -> bool {
    COMPOSITE_ELEMENTWISE.contains(&name) || elementwise::lookup(name).is_some()
}

/// The op's role in a fused nest, if it can take part in one.
pub fn role(m: &Module, op: OpId) -> Option<Role> {
    let name = m.op_name(op);
    if m.num_results(op) != 1 || !ranked(m, m.result(op, 0)) {
        return None;
    }
    if is_elementwise_name(name) {
        return m.operands(op).all(|v| ranked(m, v)).then_some(Role::Elementwise);
    }
    match name {
        "ktensor.broadcast_in_dim" if m.num_operands(op) == 1 => Some(Role::Broadcast),
        "ktensor.constant" => {
            let a = m.attr(op, "value")?;
            matches!(m.ctx().attr(a), AttrKind::Dense { data, .. } if data.splat).then_some(Role::Splat)
        }
        "ktensor.reduce" => {
            let kind = m.attr(op, "kind").and_then(|a| m.ctx().attr_str(a))?;
            matches!(kind, "sum" | "max" | "min" | "prod" | "mean").then_some(Role::Reduce)
        }
        _ => None,
    }
}

/// Whether `v` is a tensor of known rank.
pub(crate) fn ranked(m: &Module, v: Value) -> bool {
    matches!(m.ctx().ty(m.value_type(v)), TypeKind::Tensor { shape: Some(_), .. })
}

/// The dimensions of a ranked tensor value.
pub fn dims(m: &Module, v: Value) -> Vec<Dim> {
    m.ctx()
        .ty(m.value_type(v))
        .shape()
        .map(|s| s.to_vec())
        .unwrap_or_default()
}

/// The axes a reduction reduces.
pub fn reduce_axes(m: &Module, op: OpId) -> Vec<usize> {
    int_array(m, op, "axes")
}

fn int_array(m: &Module, op: OpId, name: &str) -> Vec<usize> {
    match m.attr(op, name).map(|a| m.ctx().attr(a).clone()) {
        Some(AttrKind::DenseArray {
            values: kiln_ir::attrs::DenseArray::Int(v),
            ..
        }) => v.iter().map(|&x| x as usize).collect(),
        _ => Vec::new(),
    }
}

/// Whether a reduction keeps its reduced axes as extent 1 (the attribute's presence, as the
/// shape function reads it).
pub fn keeps_dims(m: &Module, op: OpId) -> bool {
    m.attr(op, "keep_dims").is_some()
}

/// A broadcast's dimension map (operand dimension j is result dimension `map[j]`).
pub fn broadcast_map(m: &Module, op: OpId) -> Vec<usize> {
    int_array(m, op, "dims")
}

/// One index of a value inside the fused nest.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ix {
    /// Induction variable `k` of the outer nest.
    Outer(usize),
    /// Induction variable `k` of an inner nest (over the full space's dimension outer + k).
    Inner(usize),
    /// Index 0 (a dimension of extent 1 read by a broadcast).
    Zero,
}

/// How a group runs as one loop nest.
#[derive(Clone, Debug)]
pub struct Plan {
    /// The iteration space.
    pub full: Vec<Dim>,
    /// How many leading dimensions of `full` the outer nest covers.
    pub outer: usize,
    /// The group's reductions, in program order.
    pub reductions: Vec<OpId>,
}

impl Plan {
    /// The index of a value of the full space.
    pub fn full_index(&self) -> Vec<Ix> {
        (0..self.outer)
            .map(Ix::Outer)
            .chain((self.outer..self.full.len()).map(|k| Ix::Inner(k - self.outer)))
            .collect()
    }
    /// The index of a value of the outer space.
    pub fn outer_index(&self) -> Vec<Ix> {
        (0..self.outer).map(Ix::Outer).collect()
    }
}

/// Plans `ops` (in program order, all in one block) computing `outputs` as one nest, or says
/// why they cannot be.
pub fn plan(m: &Module, ops: &[OpId], outputs: &[Value]) -> Result<Plan, String> {
    let inside: FxHashSet<OpId> = ops.iter().copied().collect();
    let mut reductions = Vec::new();
    for &op in ops {
        match role(m, op) {
            Some(Role::Reduce) => reductions.push(op),
            Some(_) => {}
            None => return Err(format!("'{}' cannot be fused", m.op_name(op))),
        }
    }
    let ctx = m.ctx();
    // The space: a reduction's operand, else the largest output.
    let (full, outer) = match reductions.first() {
        Some(&r) => {
            let full = dims(m, m.operand_value(r, 0));
            let axes = reduce_axes(m, r);
            let outer = full
                .len()
                .checked_sub(axes.len())
                .ok_or("a reduction with more axes than dimensions")?;
            (full, outer)
        }
        None => {
            let full = outputs
                .iter()
                .map(|&v| dims(m, v))
                .max_by_key(|d| d.len())
                .ok_or("a group without outputs")?;
            let n = full.len();
            (full, n)
        }
    };
    let same =
        |a: &[Dim], b: &[Dim]| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| dim::equal(ctx, x, y) == Some(true));
    for &r in &reductions {
        let axes = reduce_axes(m, r);
        if !same(&dims(m, m.operand_value(r, 0)), &full) || axes != (outer..full.len()).collect::<Vec<_>>() {
            return Err("the reductions differ in their space or reduce other than the trailing dimensions".into());
        }
    }
    let plan = Plan {
        full,
        outer,
        reductions,
    };
    let mut c = Checker {
        m,
        inside: &inside,
        plan: &plan,
        seen: FxHashSet::default(),
    };
    for &o in outputs {
        let d = dims(m, o);
        let idx = if same(&d, &plan.full) {
            plan.full_index()
        } else if same(&d, &plan.full[..plan.outer]) {
            plan.outer_index()
        } else {
            return Err("an output is neither of the iteration space nor of its outer part".into());
        };
        c.check(o, &idx)?;
    }
    for &r in &plan.reductions {
        c.check(m.operand_value(r, 0), &plan.full_index())?;
    }
    Ok(plan)
}

struct Checker<'a> {
    m: &'a Module,
    inside: &'a FxHashSet<OpId>,
    plan: &'a Plan,
    seen: FxHashSet<(Value, Vec<Ix>)>,
}

impl Checker<'_> {
    /// Value `v` can be read at `idx` inside the nest.
    fn check(&mut self, v: Value, idx: &[Ix]) -> Result<(), String> {
        if !self.seen.insert((v, idx.to_vec())) {
            return Ok(());
        }
        let m = self.m;
        let d = dims(m, v);
        if d.len() != idx.len() {
            return Err("an index of the wrong rank".into());
        }
        let Some(op) = m.defining_op(v).filter(|o| self.inside.contains(o)) else {
            // A group input: loaded from its buffer.
            return Ok(());
        };
        match role(m, op).ok_or("an op that cannot be fused")? {
            Role::Splat => Ok(()),
            Role::Elementwise => {
                for x in m.operands(op).collect::<Vec<_>>() {
                    // A rank-0 operand (a select's scalar predicate) is read at [].
                    let i = if dims(m, x).is_empty() { &[][..] } else { idx };
                    self.check(x, i)?;
                }
                Ok(())
            }
            Role::Broadcast => {
                let src = m.operand_value(op, 0);
                let sd = dims(m, src);
                let map = broadcast_map(m, op);
                let input = m.defining_op(src).is_none_or(|o| !self.inside.contains(&o));
                let mut si = Vec::with_capacity(sd.len());
                for (j, &k) in map.iter().enumerate() {
                    let (s, r) = (&sd[j], &d[k]);
                    si.push(match (s, dim::equal(m.ctx(), s, r)) {
                        (_, Some(true)) => idx[k],
                        (Dim::Const(1), _) => Ix::Zero,
                        // An extent that may be 1 at run time is read through a select on the
                        // input buffer's extent; a computed value has no buffer to ask.
                        _ if input => idx[k],
                        _ => return Err("a broadcast of a computed value with an unknown extent".into()),
                    });
                }
                self.check(src, &si)
            }
            Role::Reduce => {
                let p = self.plan;
                let keep = keeps_dims(m, op);
                let want: Vec<Ix> = p
                    .outer_index()
                    .into_iter()
                    .chain((p.outer..p.full.len()).filter(|_| keep).map(|_| Ix::Zero))
                    .collect();
                if idx != want.as_slice() {
                    return Err("a reduction read at other than its row".into());
                }
                Ok(())
            }
        }
    }
}
