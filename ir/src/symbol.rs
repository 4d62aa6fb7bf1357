//! Symbol tables: ops with `sym_name` inside an op with the `SYMBOL_TABLE` trait, and the
//! symbol references (`@name`) that use them.

use crate::attrs::{Attr, AttrKind};
use crate::context::{Context, Sym};
use crate::module::{Module, OpId, Order};
use crate::registry::Traits;
use rustc_hash::{FxHashMap, FxHashSet};

/// The symbol name of `op`, if it defines one.
pub fn symbol_name(m: &Module, op: OpId) -> Option<&str> {
    m.attr(op, "sym_name").and_then(|a| m.ctx().attr_str(a))
}

/// True unless `sym_visibility` says `private` or `nested`.
pub fn is_public(m: &Module, op: OpId) -> bool {
    !matches!(
        m.attr(op, "sym_visibility").and_then(|a| m.ctx().attr_str(a)),
        Some("private" | "nested")
    )
}

/// Symbols defined directly in the regions of `table`.
pub fn symbols_in(m: &Module, table: OpId) -> FxHashMap<String, OpId> {
    let mut out = FxHashMap::default();
    for &r in m.regions(table) {
        for &b in m.region_blocks(r) {
            for op in m.block_ops(b) {
                if let Some(n) = symbol_name(m, op) {
                    out.entry(n.to_string()).or_insert(op);
                }
            }
        }
    }
    out
}

/// Finds the definition of `name` in the nearest symbol table enclosing `from`.
pub fn lookup_nearest(m: &Module, from: OpId, name: &str) -> Option<OpId> {
    let mut cur = m.parent_op(from);
    while let Some(t) = cur {
        if m.has_trait(t, Traits::SYMBOL_TABLE) || m.op_name(t) == "builtin.module" {
            for &r in m.regions(t) {
                for &b in m.region_blocks(r) {
                    if let Some(op) = m.block_ops(b).find(|&op| symbol_name(m, op) == Some(name)) {
                        return Some(op);
                    }
                }
            }
        }
        cur = m.parent_op(t);
    }
    None
}

/// Collects the root names of every symbol reference in `a` (recursing into containers).
pub fn collect_symbol_refs(ctx: &Context, a: Attr, out: &mut FxHashSet<Sym>) {
    let mut stack = vec![a];
    while let Some(a) = stack.pop() {
        match ctx.attr(a) {
            AttrKind::SymbolRef { root, .. } => {
                out.insert(*root);
            }
            AttrKind::Array(items) => stack.extend(items.iter().copied()),
            AttrKind::Dictionary(entries) => stack.extend(entries.iter().map(|e| e.value)),
            _ => {}
        }
    }
}

/// Names referenced by any op nested in `root` (excluding `root`'s own attributes).
pub fn symbol_uses(m: &Module, root: OpId) -> FxHashSet<Sym> {
    let mut out = FxHashSet::default();
    for op in m.walk(root, Order::Pre) {
        if op == root {
            continue;
        }
        collect_symbol_refs(m.ctx(), m.props(op), &mut out);
        collect_symbol_refs(m.ctx(), m.attrs(op), &mut out);
    }
    out
}
