//! The verifier: structural invariants, dominance, traits and each op's own verifier.

use crate::attrs::AttrKind;
use crate::diag::Diagnostic;
use crate::module::{BlockId, Module, OpId, Order, RegionId, Value, ValueDef};
use crate::printer::type_to_string;
use crate::registry::{ElemClass, Traits};
use crate::types::TypeKind;
use petgraph::algo::dominators::{simple_fast, Dominators};
use petgraph::graph::{DiGraph, NodeIndex};
use rustc_hash::FxHashMap;

/// Stop after this many errors: later ones are usually consequences of the first.
const MAX_ERRORS: usize = 20;

/// Verifies `root` and everything nested in it. Returns every error found (up to a limit).
pub fn verify(m: &Module, root: OpId) -> Result<(), Vec<Diagnostic>> {
    let mut v = Verifier {
        m,
        order: vec![u32::MAX; 0],
        doms: FxHashMap::default(),
        errors: Vec::new(),
    };
    v.run(root);
    if v.errors.is_empty() {
        Ok(())
    } else {
        Err(v.errors)
    }
}

struct RegionDom {
    dom: Dominators<NodeIndex>,
    node: FxHashMap<BlockId, NodeIndex>,
}

struct Verifier<'a> {
    m: &'a Module,
    order: Vec<u32>,
    doms: FxHashMap<RegionId, RegionDom>,
    errors: Vec<Diagnostic>,
}

impl Verifier<'_> {
    fn op_error(&mut self, op: OpId, msg: impl std::fmt::Display) {
        let m = self.m;
        self.errors
            .push(Diagnostic::error(m.loc(op), format!("'{}' op {}", m.op_name(op), msg)));
    }

    fn run(&mut self, root: OpId) {
        let m = self.m;
        let ops = m.walk(root, Order::Pre);
        // Position of each op in its block, for same-block dominance.
        let max = ops.iter().map(|o| o.index()).max().unwrap_or(0);
        self.order = vec![u32::MAX; max + 1];
        for &op in &ops {
            for &r in m.regions(op) {
                for &b in m.region_blocks(r) {
                    for (i, o) in m.block_ops(b).enumerate() {
                        self.order[o.index()] = i as u32;
                    }
                }
            }
        }
        for op in ops {
            if self.errors.len() >= MAX_ERRORS {
                break;
            }
            self.verify_op(op);
        }
    }

    fn verify_op(&mut self, op: OpId) {
        let m = self.m;
        let def = m.op_def(op);
        for i in 0..m.num_operands(op) {
            let v = m.operand_value(op, i);
            self.check_operand(op, i, v);
        }
        for &s in m.successors(op) {
            let same = m.parent_block(op).and_then(|b| m.block_region(b)) == m.block_region(s) && m.block_is_alive(s);
            if !same {
                self.op_error(op, "reference to block defined in another region");
            }
        }
        let Some(def) = def else {
            // An unknown op of a registered dialect is a misspelling (or an op built from Rust
            // that no dialect defines), as in MLIR; unknown dialects are the parser's call.
            let name = m.op_name(op);
            let dialect = name.split('.').next().unwrap_or(name);
            if m.ctx().dialect(dialect).is_some() {
                self.op_error(
                    op,
                    format!("unregistered operation '{name}' found in dialect ('{dialect}') that does not allow unknown operations"),
                );
            }
            return;
        };
        // Arity first: the traits, the op's verifier and its shape function may then index
        // operands and results without checking.
        let (no, nr) = (m.num_operands(op), m.num_results(op));
        if !def.operands.admits(no) || !def.results.admits(nr) {
            let (arity, n, what) = if !def.operands.admits(no) {
                (def.operands, no, "operand")
            } else {
                (def.results, nr, "result")
            };
            self.op_error(op, format!("expects {}, found {n}", arity.describe(what)));
            return;
        }
        if let Some(a) = def.required_attrs.iter().find(|a| m.attr(op, a).is_none()) {
            self.op_error(op, format!("requires attribute '{a}'"));
            return;
        }
        if def.operand_elems != ElemClass::Any {
            let ctx = m.ctx();
            for (i, v) in m.operands(op).enumerate() {
                let t = m.value_type(v);
                let e = match ctx.ty(t) {
                    TypeKind::Vector { elem, .. } | TypeKind::Tensor { elem, .. } => *elem,
                    _ => t,
                };
                if !def.operand_elems.admits(ctx.ty(e)) {
                    let shown = type_to_string(ctx, t);
                    let what = def.operand_elems.describe();
                    self.op_error(op, format!("operand #{i} must be {what}, but got '{shown}'"));
                    return;
                }
            }
        }
        let traits = def.traits;
        let single = traits.contains(Traits::SINGLE_BLOCK);
        let no_term = traits.contains(Traits::NO_TERMINATOR);
        for (ri, &r) in m.regions(op).iter().enumerate() {
            let blocks = m.region_blocks(r);
            if single && blocks.len() > 1 {
                self.op_error(op, format!("expects region #{ri} to have 0 or 1 blocks"));
            }
            if let Some(&entry) = blocks.first() {
                if m.block_ops(entry).next().is_none() && blocks.len() == 1 && no_term {
                    continue;
                }
            }
            for &b in blocks {
                if no_term {
                    continue;
                }
                match m.last_op(b) {
                    None => self.op_error(
                        op,
                        format!("expects a non-empty block in region #{ri} (it needs a terminator)"),
                    ),
                    Some(last) => {
                        if m.op_def(last).is_some() && !m.has_trait(last, Traits::TERMINATOR) {
                            let name = m.op_name(last).to_string();
                            self.errors.push(Diagnostic::error(
                                m.loc(last),
                                format!("block with no terminator, has '{name}'"),
                            ));
                        }
                    }
                }
            }
        }
        if traits.contains(Traits::TERMINATOR) {
            if let Some(b) = m.parent_block(op) {
                if m.last_op(b) != Some(op) {
                    self.op_error(op, "must be the last operation in the parent block");
                }
            }
        }
        if traits.contains(Traits::SAME_OPERANDS_AND_RESULT_TYPE) {
            let mut tys = m
                .operands(op)
                .map(|v| m.value_type(v))
                .chain(m.results(op).map(|v| m.value_type(v)));
            if let Some(first) = tys.next() {
                if tys.any(|t| t != first) {
                    self.op_error(op, "requires the same type for all operands and results");
                }
            }
        }
        if traits.contains(Traits::SAME_OPERANDS_TYPE) {
            let mut tys = m.operands(op).map(|v| m.value_type(v));
            if let Some(first) = tys.next() {
                if tys.any(|t| t != first) {
                    self.op_error(op, "requires all operands to have the same type");
                }
            }
        }
        if traits.contains(Traits::SYMBOL) {
            let ok = m
                .attr(op, "sym_name")
                .is_some_and(|a| matches!(m.ctx().attr(a), AttrKind::String { .. }));
            if !ok {
                self.op_error(op, "requires string attribute 'sym_name'");
            }
        }
        if traits.contains(Traits::SYMBOL_TABLE) {
            self.check_symbol_table(op);
        }
        if let Some(f) = def.verify {
            if let Err(msg) = f(m, op) {
                self.op_error(op, msg);
                return;
            }
        }
        if let Some(infer) = def.infer_types {
            match infer(m, op) {
                Err(msg) => self.op_error(op, msg),
                Ok(tys) if tys.len() != m.num_results(op) => self.op_error(
                    op,
                    format!("expects {} results, found {}", tys.len(), m.num_results(op)),
                ),
                Ok(tys) => {
                    for (i, t) in tys.into_iter().enumerate() {
                        let declared = m.value_type(m.result(op, i));
                        if let Err(msg) = crate::dim::check_compatible(m.ctx(), declared, t) {
                            self.op_error(op, msg);
                        }
                    }
                }
            }
        }
    }

    fn check_symbol_table(&mut self, op: OpId) {
        let m = self.m;
        let ctx = m.ctx();
        let mut seen: FxHashMap<&str, OpId> = FxHashMap::default();
        for &r in m.regions(op) {
            for &b in m.region_blocks(r) {
                for child in m.block_ops(b) {
                    let Some(name) = m.attr(child, "sym_name").and_then(|a| ctx.attr_str(a)) else {
                        continue;
                    };
                    if let Some(&prev) = seen.get(name) {
                        self.errors.push(
                            Diagnostic::error(m.loc(child), format!("redefinition of symbol named '{name}'"))
                                .with_note(Some(m.loc(prev)), "see existing symbol definition here"),
                        );
                    } else {
                        seen.insert(name, child);
                    }
                }
            }
        }
    }

    fn check_operand(&mut self, user: OpId, i: usize, v: Value) {
        let m = self.m;
        let Some(def_block) = m.value_block(v) else {
            self.op_error(user, format!("operand #{i} is not defined"));
            return;
        };
        if matches!(m.value_def(v), ValueDef::Result { op, .. } if !m.is_alive(op)) || !m.block_is_alive(def_block) {
            self.op_error(user, format!("operand #{i} refers to an erased value"));
            return;
        }
        let Some(def_region) = m.block_region(def_block) else {
            self.op_error(user, format!("operand #{i} is defined in a detached block"));
            return;
        };
        // Climb from the user to the op whose block is in the defining region.
        let mut cur = user;
        loop {
            let Some(b) = m.parent_block(cur) else {
                self.op_error(
                    user,
                    format!("operand #{i} does not dominate this use (defined outside any enclosing region)"),
                );
                return;
            };
            if m.block_region(b) == Some(def_region) {
                break;
            }
            let Some(parent) = m.parent_op(cur) else {
                self.op_error(
                    user,
                    format!("operand #{i} does not dominate this use (defined outside any enclosing region)"),
                );
                return;
            };
            if m.has_trait(parent, Traits::ISOLATED_FROM_ABOVE) {
                let d = Diagnostic::error(
                    m.loc(user),
                    format!("'{}' op using value defined outside the region", m.op_name(user)),
                )
                .with_note(
                    Some(m.loc(parent)),
                    format!("required by region isolation constraints of '{}'", m.op_name(parent)),
                );
                self.errors.push(d);
                return;
            }
            cur = parent;
        }
        let owner = m.region_op(def_region);
        // Unregistered ops and graph regions impose no order (MLIR treats them the same way).
        if let Some(o) = owner {
            if m.op_def(o).is_none() || m.has_trait(o, Traits::GRAPH_REGION) {
                return;
            }
        }
        let use_block = m.parent_block(cur).expect("checked above");
        let dominated = if use_block == def_block {
            match m.value_def(v) {
                ValueDef::Arg { .. } => true,
                ValueDef::Result { op, .. } => self.order[op.index()] < self.order[cur.index()],
                ValueDef::Placeholder => false,
            }
        } else {
            self.block_dominates(def_region, def_block, use_block)
        };
        if !dominated {
            let mut d = Diagnostic::error(m.loc(user), format!("operand #{i} does not dominate this use"));
            if let Some(dop) = m.defining_op(v) {
                d = d.with_note(
                    Some(m.loc(dop)),
                    format!(
                        "operand defined here (type '{}')",
                        type_to_string(m.ctx(), m.value_type(v))
                    ),
                );
            }
            self.errors.push(d);
        }
    }

    fn block_dominates(&mut self, r: RegionId, a: BlockId, b: BlockId) -> bool {
        let m = self.m;
        let rd = self.doms.entry(r).or_insert_with(|| {
            let mut g: DiGraph<BlockId, ()> = DiGraph::new();
            let mut node = FxHashMap::default();
            for &blk in m.region_blocks(r) {
                node.insert(blk, g.add_node(blk));
            }
            for &blk in m.region_blocks(r) {
                if let Some(t) = m.last_op(blk) {
                    for s in m.successors(t) {
                        if let Some(&n) = node.get(s) {
                            g.add_edge(node[&blk], n, ());
                        }
                    }
                }
            }
            let entry = node[&m.region_blocks(r)[0]];
            RegionDom {
                dom: simple_fast(&g, entry),
                node,
            }
        });
        let (na, nb) = (rd.node[&a], rd.node[&b]);
        // Unreachable uses are not checked (as in MLIR).
        if rd.dom.immediate_dominator(nb).is_none() && nb != rd.dom.root() {
            return true;
        }
        rd.dom.dominators(nb).is_some_and(|mut it| it.any(|d| d == na))
    }
}

/// Dominance queries over a module (for passes such as CSE).
pub struct DominanceInfo {
    doms: FxHashMap<RegionId, RegionDom>,
}

impl DominanceInfo {
    /// Computes dominator trees lazily per region.
    pub fn new() -> Self {
        DominanceInfo {
            doms: FxHashMap::default(),
        }
    }
    /// True when block `a` dominates block `b` (both in the same region).
    pub fn block_dominates(&mut self, m: &Module, a: BlockId, b: BlockId) -> bool {
        if a == b {
            return true;
        }
        let Some(r) = m.block_region(a) else {
            return false;
        };
        if m.block_region(b) != Some(r) {
            return false;
        }
        let mut v = Verifier {
            m,
            order: Vec::new(),
            doms: std::mem::take(&mut self.doms),
            errors: Vec::new(),
        };
        let res = v.block_dominates(r, a, b);
        self.doms = v.doms;
        res
    }
    /// True when `a` properly dominates `b`: `a` comes first in the same block, or `a`'s block
    /// dominates the block of `b`'s ancestor in `a`'s region.
    pub fn properly_dominates(&mut self, m: &Module, a: OpId, b: OpId) -> bool {
        let Some(ab) = m.parent_block(a) else {
            return false;
        };
        let region = m.block_region(ab);
        let mut cur = b;
        loop {
            let Some(bb) = m.parent_block(cur) else {
                return false;
            };
            if m.block_region(bb) == region {
                break;
            }
            match m.parent_op(cur) {
                Some(p) => cur = p,
                None => return false,
            }
        }
        if cur == a {
            return false;
        }
        let bb = m.parent_block(cur).expect("checked");
        if bb == ab {
            let mut o = m.next_op(a);
            while let Some(x) = o {
                if x == cur {
                    return true;
                }
                o = m.next_op(x);
            }
            return false;
        }
        self.block_dominates(m, ab, bb)
    }
    /// The immediate dominator of block `b` in its region (`None` for the entry block and
    /// unreachable blocks).
    pub fn idom(&mut self, m: &Module, b: BlockId) -> Option<BlockId> {
        let r = m.block_region(b)?;
        let mut v = Verifier {
            m,
            order: Vec::new(),
            doms: std::mem::take(&mut self.doms),
            errors: Vec::new(),
        };
        let entry = m.region_blocks(r).first().copied()?;
        v.block_dominates(r, entry, b);
        let rd = &v.doms[&r];
        let res = rd.dom.immediate_dominator(rd.node[&b]).map(|n| {
            m.region_blocks(r)
                .iter()
                .copied()
                .find(|x| rd.node[x] == n)
                .unwrap_or(entry)
        });
        self.doms = v.doms;
        res
    }
    /// Forgets cached trees (after the CFG changed).
    pub fn invalidate(&mut self) {
        self.doms.clear();
    }
}

impl Default for DominanceInfo {
    fn default() -> Self {
        Self::new()
    }
}
