//! `symbol-dce`: erase private symbols that nothing live references.

use kiln_ir::pass::{Pass, PassContext, PassFailed, Statistic};
use kiln_ir::symbol::{collect_symbol_refs, is_public, symbol_name, symbol_uses};
use kiln_ir::{Module, OpId, Order, Sym, Traits};
use rustc_hash::{FxHashMap, FxHashSet};

kiln_ir::declare_pass! {
    argument: "symbol-dce", display: "SymbolDCE",
    summary: "Erase private symbols that are not referenced from live code",
    options: SymbolDceOptions {},
    create: |_: SymbolDceOptions| Box::new(SymbolDce { erased: 0 }),
}

struct SymbolDce {
    erased: u64,
}

impl Pass for SymbolDce {
    kiln_ir::declared_pass_names!();
    fn run(&mut self, m: &mut Module, root: OpId, _cx: &mut PassContext) -> Result<(), PassFailed> {
        let tables: Vec<OpId> = m
            .walk(root, Order::Pre)
            .into_iter()
            .filter(|&o| m.has_trait(o, Traits::SYMBOL_TABLE))
            .collect();
        for t in tables {
            if m.is_alive(t) {
                self.erased += erase_dead_symbols(m, t);
            }
        }
        Ok(())
    }
    fn statistics(&self) -> Vec<Statistic> {
        vec![Statistic {
            name: "num-dce'd",
            desc: "Number of symbols DCE'd",
            value: self.erased,
        }]
    }
}

/// Liveness from the public symbols and from every reference outside a symbol of `table`.
fn erase_dead_symbols(m: &mut Module, table: OpId) -> u64 {
    let ctx = m.ctx().clone();
    let mut syms: FxHashMap<Sym, OpId> = FxHashMap::default();
    let mut roots: FxHashSet<Sym> = FxHashSet::default();
    for &r in m.regions(table) {
        for &b in m.region_blocks(r) {
            for op in m.block_ops(b) {
                match symbol_name(m, op) {
                    Some(n) => {
                        let s = ctx.sym(n);
                        syms.insert(s, op);
                        if is_public(m, op) {
                            roots.insert(s);
                        }
                    }
                    None => {
                        roots.extend(symbol_uses(m, op));
                        collect_symbol_refs(&ctx, m.props(op), &mut roots);
                        collect_symbol_refs(&ctx, m.attrs(op), &mut roots);
                    }
                }
            }
        }
    }
    // References from outside the table (a parent referring to @table::@sym) keep symbols too.
    if let Some(parent) = m.parent_op(table) {
        let mut outer = parent;
        while let Some(p) = m.parent_op(outer) {
            outer = p;
        }
        for op in m.walk(outer, Order::Pre) {
            if !m.is_ancestor(table, op) {
                collect_symbol_refs(&ctx, m.props(op), &mut roots);
                collect_symbol_refs(&ctx, m.attrs(op), &mut roots);
            }
        }
    }
    let mut live: FxHashSet<Sym> = FxHashSet::default();
    let mut work: Vec<Sym> = roots.into_iter().collect();
    while let Some(s) = work.pop() {
        if !live.insert(s) {
            continue;
        }
        if let Some(&op) = syms.get(&s) {
            let mut refs = symbol_uses(m, op);
            collect_symbol_refs(&ctx, m.attrs(op), &mut refs);
            work.extend(refs.into_iter().filter(|r| !live.contains(r)));
        }
    }
    let mut erased = 0;
    let mut dead: Vec<(Sym, OpId)> = syms.into_iter().filter(|(s, _)| !live.contains(s)).collect();
    dead.sort_by_key(|(_, op)| *op);
    for (_, op) in dead {
        tracing::debug!(
            symbol = symbol_name(m, op).unwrap_or(""),
            "symbol-dce: erasing unreferenced private symbol"
        );
        m.erase_op(op);
        erased += 1;
    }
    erased
}
