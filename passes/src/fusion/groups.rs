//! Fusion groups: which ops of a function run as one loop nest, and the `ktensor.fused` regions
//! that make the groups explicit in the IR.
//!
//! Groups grow backwards from a root (the latest op of the group) over producers whose every
//! user is already in the group, as long as the group still has a plan (see `plan.rs`): so
//! elementwise chains take their broadcasts in place, and reductions join with their
//! producers and consumers (a softmax or a layernorm is one group). Each group then has one
//! output, its root, and moving it into a region at the root's position cannot create a cycle:
//! nothing outside the group uses a value inside it but the root's. Splat constants are cloned
//! into every group that reads them.

use super::cost::{self, Cost};
use super::plan::{self, Role};
use kiln_ir::{Builder, Module, OpId, OperationState, Value};
use rustc_hash::{FxHashMap, FxHashSet};

/// A group the pass formed.
#[derive(Clone, Debug)]
pub struct Group {
    /// Its ops, in program order.
    pub ops: Vec<OpId>,
    /// Its root: the op whose result leaves the group.
    pub root: OpId,
    /// Memory traffic and loop nests before and after fusion.
    pub unfused: Cost,
    pub fused: Cost,
    /// Why each op joined (op, the user that pulled it in).
    pub joins: Vec<(OpId, OpId)>,
}

/// Forms the fusion groups of the ops of `block` (top-level ops only).
pub fn form(m: &Module, block: kiln_ir::BlockId) -> Vec<Group> {
    let ops: Vec<OpId> = m.block_ops(block).collect();
    let pos: FxHashMap<OpId, usize> = ops.iter().enumerate().map(|(i, &o)| (o, i)).collect();
    let mut group_of: FxHashMap<OpId, usize> = FxHashMap::default();
    let mut groups: Vec<Vec<OpId>> = Vec::new();
    let mut joins: Vec<Vec<(OpId, OpId)>> = Vec::new();
    for &op in ops.iter().rev() {
        let Some(role) = plan::role(m, op) else { continue };
        if role == Role::Splat {
            continue;
        }
        let users: Vec<OpId> = m.uses(m.result(op, 0)).map(|u| u.op).collect();
        let target = users
            .first()
            .and_then(|u| group_of.get(u).copied())
            .filter(|&g| users.iter().all(|u| group_of.get(u) == Some(&g)));
        if let Some(g) = target {
            let mut trial = groups[g].clone();
            trial.push(op);
            trial.sort_by_key(|o| pos[o]);
            let root = *groups[g].first().expect("a group has its root");
            if plan::plan(m, &trial, &[m.result(root, 0)]).is_ok() {
                groups[g].push(op);
                joins[g].push((op, users[0]));
                group_of.insert(op, g);
                continue;
            }
        }
        group_of.insert(op, groups.len());
        groups.push(vec![op]);
        joins.push(Vec::new());
    }
    groups
        .into_iter()
        .zip(joins)
        .filter(|(g, _)| g.len() > 1)
        .map(|(mut g, joins)| {
            let root = g[0];
            g.sort_by_key(|o| pos[o]);
            let (unfused, fused) = (cost::unfused(m, &g), cost::fused(m, &g));
            Group {
                ops: g,
                root,
                unfused,
                fused,
                joins,
            }
        })
        .collect()
}

/// Moves `g`'s ops into a `ktensor.fused` region at its root; returns the new op.
pub fn materialize(m: &mut Module, g: &Group) -> OpId {
    let ctx = m.ctx().clone();
    let inside: FxHashSet<OpId> = g.ops.iter().copied().collect();
    // The group's inputs, in first-use order; splat constants are cloned in instead.
    let mut inputs: Vec<Value> = Vec::new();
    let mut splats: Vec<OpId> = Vec::new();
    for &op in &g.ops {
        for v in m.operands(op).collect::<Vec<_>>() {
            match m.defining_op(v) {
                Some(d) if inside.contains(&d) => {}
                Some(d) if plan::role(m, d) == Some(Role::Splat) => {
                    if !splats.contains(&d) {
                        splats.push(d);
                    }
                }
                _ => {
                    if !inputs.contains(&v) {
                        inputs.push(v);
                    }
                }
            }
        }
    }
    let loc = m.loc(g.root);
    let types: Vec<_> = inputs.iter().map(|&v| m.value_type(v)).collect();
    let (region, body) = Builder::region_with_block(m, &types, loc);
    let out = m.result(g.root, 0);
    let mut st = OperationState::new(ctx.sym("ktensor.fused"), loc);
    st.operands.extend_from_slice(&inputs);
    st.result_types.push(m.value_type(out));
    st.regions.push(region);
    let fused = Builder::before(g.root).create(m, st);
    for &s in &splats {
        let c = m.clone_op(s, &mut kiln_ir::module::IrMapping::default());
        m.append_op(body, c);
        let (from, to) = (m.result(s, 0), m.result(c, 0));
        m.replace_uses_if(from, to, |m, u| {
            inside.contains(&u.op) || m.parent_op(u.op) == Some(fused)
        });
    }
    for &op in &g.ops {
        m.move_op_to_end(op, body);
    }
    let args = m.block_args(body).to_vec();
    for (&v, &a) in inputs.iter().zip(&args) {
        m.replace_uses_if(v, a, |_, u| inside.contains(&u.op));
    }
    let r = m.result(fused, 0);
    m.replace_uses_if(out, r, |_, u| !inside.contains(&u.op));
    // A splat every user of which now reads its clone goes.
    for &s in &splats {
        if !m.has_uses(m.result(s, 0)) {
            m.erase_op(s);
        }
    }
    let mut y = OperationState::new(ctx.sym("ktensor.yield"), loc);
    y.operands.push(out);
    Builder::at_end(body).create(m, y);
    fused
}
