//! Pattern rewriting: patterns with benefits, a rewriter that records what changed, and the
//! greedy driver (worklist, folding, dead-op removal, iteration and rewrite caps).

use crate::attrs::Attr;
use crate::builder::Builder;
use crate::context::Sym;
use crate::diag::Diagnostic;
use crate::module::{Module, OpId, OperationState, Order, RegionId, Value};
use crate::registry::{FoldResult, Traits};
use crate::types::Type;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;

/// A rewrite of one op. `match_and_rewrite` must leave the IR untouched when it returns false.
pub trait RewritePattern: Send + Sync {
    /// A name for statistics and debugging.
    fn name(&self) -> &str;
    /// The op name this pattern applies to; `None` applies to every op.
    fn root(&self) -> Option<&str>;
    /// Higher benefits are tried first.
    fn benefit(&self) -> u16 {
        1
    }
    /// Tries to rewrite `op`; returns true when it changed the IR.
    fn match_and_rewrite(&self, op: OpId, rw: &mut Rewriter<'_>) -> bool;
}

/// Mutation API for patterns; records created, modified and erased ops for the driver.
pub struct Rewriter<'m> {
    pub m: &'m mut Module,
    pub(crate) touched: Vec<OpId>,
}

impl<'m> Rewriter<'m> {
    pub fn new(m: &'m mut Module) -> Self {
        Rewriter { m, touched: Vec::new() }
    }
    /// Creates an op at `b`'s insertion point.
    pub fn create(&mut self, b: &Builder, st: OperationState) -> OpId {
        let op = b.create(self.m, st);
        self.touched.push(op);
        op
    }
    /// Replaces all uses of `op`'s results with `vals` and erases `op`.
    pub fn replace_op(&mut self, op: OpId, vals: &[Value]) {
        self.notify_users(op);
        self.m.replace_op_results(op, vals);
        for &v in vals {
            if let Some(d) = self.m.defining_op(v) {
                self.touched.push(d);
            }
        }
        self.erase_op(op);
    }
    /// Erases an op whose results are unused.
    pub fn erase_op(&mut self, op: OpId) {
        let operands: Vec<Value> = self.m.operands(op).collect();
        self.m.erase_op(op);
        for v in operands {
            if let Some(d) = self.m.defining_op(v) {
                self.touched.push(d);
            }
        }
    }
    /// Records that `op` was changed in place.
    pub fn modified(&mut self, op: OpId) {
        self.touched.push(op);
        self.notify_users(op);
    }
    fn notify_users(&mut self, op: OpId) {
        let users: Vec<OpId> = self
            .m
            .results(op)
            .flat_map(|r| self.m.uses(r).map(|u| u.op).collect::<Vec<_>>())
            .collect();
        self.touched.extend(users);
    }
}

/// Patterns indexed by root op name, each list sorted by decreasing benefit.
#[derive(Default, Clone)]
pub struct PatternSet {
    by_root: FxHashMap<Sym, Vec<Arc<dyn RewritePattern>>>,
    any: Vec<Arc<dyn RewritePattern>>,
}

impl PatternSet {
    pub fn new() -> Self {
        Self::default()
    }
    /// Adds a pattern.
    pub fn add(&mut self, m_ctx: &crate::Context, p: Arc<dyn RewritePattern>) {
        let list = match p.root() {
            Some(r) => self.by_root.entry(m_ctx.sym(r)).or_default(),
            None => &mut self.any,
        };
        list.push(p);
        list.sort_by_key(|p| std::cmp::Reverse(p.benefit()));
    }
    /// Every canonicalization pattern of every registered op.
    pub fn canonicalization(ctx: &crate::Context) -> Self {
        let mut s = PatternSet::new();
        for d in ctx.op_defs() {
            for p in &d.canonical_patterns {
                s.add(ctx, p.clone());
            }
        }
        s
    }
    fn for_op(&self, name: Sym) -> impl Iterator<Item = &Arc<dyn RewritePattern>> {
        self.by_root.get(&name).into_iter().flatten().chain(self.any.iter())
    }
    pub fn is_empty(&self) -> bool {
        self.by_root.is_empty() && self.any.is_empty()
    }
}

/// Settings of the greedy driver.
#[derive(Copy, Clone, Debug)]
pub struct GreedyConfig {
    /// Full sweeps over the IR before giving up.
    pub max_iterations: usize,
    /// Total pattern applications and folds before giving up.
    pub max_rewrites: usize,
    /// Fold ops through their fold hooks.
    pub fold: bool,
    /// Erase pure ops whose results are unused.
    pub remove_dead: bool,
}

impl Default for GreedyConfig {
    fn default() -> Self {
        GreedyConfig {
            max_iterations: 10,
            max_rewrites: usize::MAX,
            fold: true,
            remove_dead: true,
        }
    }
}

/// What the greedy driver did.
#[derive(Copy, Clone, Debug, Default)]
pub struct GreedyStats {
    pub iterations: usize,
    pub rewrites: usize,
    pub folds: usize,
    pub erased: usize,
    pub converged: bool,
}

/// True for a registered pure op whose results are all unused (and that is not a terminator).
pub fn is_trivially_dead(m: &Module, op: OpId) -> bool {
    is_trivially_dead_if(m, op, |_| false)
}

/// Whether `op` is pure and every user of its results is dead by `dead_user` (an op with no
/// users is dead): what `dce` erases, transitively.
pub fn is_trivially_dead_if(m: &Module, op: OpId, mut dead_user: impl FnMut(OpId) -> bool) -> bool {
    m.has_trait(op, Traits::PURE)
        && !m.has_trait(op, Traits::TERMINATOR)
        && m.results(op).all(|r| m.uses(r).all(|u| dead_user(u.op)))
}

/// The constant value of `v`, if it is the result of a constant-like op.
pub fn constant_value(m: &Module, v: Value) -> Option<Attr> {
    let d = m.defining_op(v)?;
    if m.has_trait(d, Traits::CONSTANT_LIKE) {
        m.attr(d, "value")
    } else {
        None
    }
}

/// Where folded and hoisted constants live: one per (entry block of the nearest isolated or
/// unregistered ancestor region, value, type), as MLIR's `OperationFolder` does.
#[derive(Default)]
struct ConstantTable {
    map: FxHashMap<(RegionId, Attr, Type), OpId>,
}

impl ConstantTable {
    fn insertion_region(m: &Module, op: OpId) -> Option<RegionId> {
        let mut cur = op;
        loop {
            let region = m.block_region(m.parent_block(cur)?)?;
            let owner = m.region_op(region)?;
            if m.op_def(owner).is_none() || m.has_trait(owner, Traits::ISOLATED_FROM_ABOVE) {
                return Some(region);
            }
            cur = owner;
        }
    }

    /// Deduplicates or hoists the constant `op`; returns true when the IR changed.
    fn process(&mut self, m: &mut Module, op: OpId, touched: &mut Vec<OpId>) -> bool {
        let (Some(value), Some(region)) = (m.attr(op, "value"), Self::insertion_region(m, op)) else {
            return false;
        };
        if m.num_results(op) != 1 {
            return false;
        }
        let ty = m.value_type(m.result(op, 0));
        let key = (region, value, ty);
        if let Some(&existing) = self.map.get(&key) {
            if existing != op && m.is_alive(existing) {
                let r = m.result(existing, 0);
                touched.extend(m.uses(m.result(op, 0)).map(|u| u.op));
                m.replace_op_results(op, &[r]);
                m.erase_op(op);
                return true;
            }
        }
        self.map.insert(key, op);
        let entry = m.region_blocks(region)[0];
        if m.parent_block(op) == Some(entry) && Self::in_constant_prefix(m, op) {
            return false;
        }
        m.detach_op(op);
        m.prepend_op(entry, op);
        true
    }

    fn in_constant_prefix(m: &Module, op: OpId) -> bool {
        let mut cur = m.prev_op(op);
        while let Some(p) = cur {
            if !m.has_trait(p, Traits::CONSTANT_LIKE) {
                return false;
            }
            cur = m.prev_op(p);
        }
        true
    }

    /// An existing constant for `(value, ty)` visible from `op`, if any.
    fn lookup(&self, m: &Module, op: OpId, value: Attr, ty: Type) -> Option<Value> {
        let region = Self::insertion_region(m, op)?;
        let c = *self.map.get(&(region, value, ty))?;
        m.is_alive(c).then(|| m.result(c, 0))
    }

    fn insert_point(m: &Module, op: OpId) -> Option<Builder> {
        let region = Self::insertion_region(m, op)?;
        let entry = m.region_blocks(region)[0];
        Some(match m.first_op(entry) {
            Some(f) => Builder::before(f),
            None => Builder::at_end(entry),
        })
    }
}

/// Applies `patterns` and folding to everything nested in `root` until nothing changes.
/// Non-convergence within the caps is reported as an error diagnostic; the IR is left valid.
pub fn apply_patterns_greedily(
    m: &mut Module,
    root: OpId,
    patterns: &PatternSet,
    cfg: GreedyConfig,
) -> Result<GreedyStats, Diagnostic> {
    let mut stats = GreedyStats::default();
    let mut constants = ConstantTable::default();
    for iter in 0..cfg.max_iterations {
        stats.iterations = iter + 1;
        let mut changed = false;
        // Post-order list, popped from the back: producers before users on the first pass.
        let mut worklist: Vec<OpId> = m.walk(root, Order::Post);
        worklist.retain(|&o| o != root);
        worklist.reverse();
        let mut in_list: FxHashSet<OpId> = worklist.iter().copied().collect();
        while let Some(op) = worklist.pop() {
            in_list.remove(&op);
            if !m.is_alive(op) || m.parent_block(op).is_none() {
                continue;
            }
            let mut touched: Vec<OpId> = Vec::new();
            let mut did = false;
            if cfg.remove_dead && is_trivially_dead(m, op) {
                let ops: Vec<Value> = m.operands(op).collect();
                m.erase_op(op);
                touched.extend(ops.iter().filter_map(|&v| m.defining_op(v)));
                stats.erased += 1;
                did = true;
            } else if cfg.fold && m.has_trait(op, Traits::CONSTANT_LIKE) {
                // Hoisting a constant is bookkeeping, not a rewrite: it must not keep the
                // driver iterating, so it does not count as a change.
                let before = m.is_alive(op);
                if constants.process(m, op, &mut touched) && before && !m.is_alive(op) {
                    stats.folds += 1;
                    did = true;
                }
            } else if cfg.fold && try_fold(m, op, &mut constants, &mut touched) {
                stats.folds += 1;
                did = true;
            } else {
                let name = m.op_name_sym(op);
                let pats: Vec<Arc<dyn RewritePattern>> = patterns.for_op(name).cloned().collect();
                for p in pats {
                    let mut rw = Rewriter::new(m);
                    if p.match_and_rewrite(op, &mut rw) {
                        tracing::trace!(pattern = p.name(), "pattern applied");
                        touched.append(&mut rw.touched);
                        if m.is_alive(op) {
                            touched.push(op);
                        }
                        stats.rewrites += 1;
                        did = true;
                        break;
                    }
                }
            }
            if did {
                changed = true;
                if stats.rewrites + stats.folds > cfg.max_rewrites {
                    return Err(Diagnostic::error(
                        m.loc(root),
                        format!(
                            "greedy pattern rewrite did not converge: exceeded {} rewrites",
                            cfg.max_rewrites
                        ),
                    ));
                }
                for t in touched {
                    if m.is_alive(t) && t != root && in_list.insert(t) {
                        worklist.push(t);
                    }
                }
            }
        }
        if !changed {
            stats.converged = true;
            return Ok(stats);
        }
    }
    Err(Diagnostic::error(
        m.loc(root),
        format!(
            "greedy pattern rewrite did not converge after {} iterations",
            cfg.max_iterations
        ),
    ))
}

/// Folds `op` through its fold hook, materializing constants through its dialect.
fn try_fold(m: &mut Module, op: OpId, constants: &mut ConstantTable, touched: &mut Vec<OpId>) -> bool {
    let Some(def) = m.op_def(op) else {
        return false;
    };
    let Some(fold) = def.fold else { return false };
    if def.has(Traits::CONSTANT_LIKE) {
        return false;
    }
    let consts: Vec<Option<Attr>> = m.operands(op).map(|v| constant_value(m, v)).collect();
    let Some(results) = fold(m, op, &consts) else {
        return false;
    };
    if results.len() != m.num_results(op) {
        return false;
    }
    let ctx = m.ctx().clone();
    let dialect = def.name.split('.').next().unwrap_or("").to_string();
    let mut replacements = Vec::with_capacity(results.len());
    let mut new_consts = Vec::new();
    for (i, r) in results.iter().enumerate() {
        let res = m.result(op, i);
        match *r {
            FoldResult::Value(v) => {
                if v == res {
                    return false;
                }
                replacements.push(v);
            }
            FoldResult::Attr(a) => {
                let ty = m.value_type(res);
                if let Some(v) = constants.lookup(m, op, a, ty) {
                    replacements.push(v);
                    continue;
                }
                let Some(mat) = ctx.dialect(&dialect).and_then(|d| d.materialize_constant) else {
                    for c in new_consts {
                        m.erase_op(c);
                    }
                    return false;
                };
                let mut bb = ConstantTable::insert_point(m, op).unwrap_or(Builder::before(op));
                let loc = m.loc(op);
                match mat(m, &mut bb, a, ty, loc) {
                    Some(c) => {
                        new_consts.push(c);
                        if let Some(region) = ConstantTable::insertion_region(m, c) {
                            constants.map.insert((region, a, ty), c);
                        }
                        replacements.push(m.result(c, 0));
                    }
                    None => {
                        for c in new_consts {
                            m.erase_op(c);
                        }
                        return false;
                    }
                }
            }
        }
    }
    let users: Vec<OpId> = m
        .results(op)
        .flat_map(|r| m.uses(r).map(|u| u.op).collect::<Vec<_>>())
        .collect();
    touched.extend(users);
    touched.extend(new_consts.iter().copied());
    let operands: Vec<Value> = m.operands(op).collect();
    m.replace_op_results(op, &replacements);
    m.erase_op(op);
    touched.extend(operands.iter().filter_map(|&v| m.defining_op(v)));
    true
}
