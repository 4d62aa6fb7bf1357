//! `inline`: inline calls to single-block callables found through the symbol table, then erase
//! private callables that are no longer referenced.

use kiln_ir::pass::{Pass, PassContext, PassFailed, Statistic};
use kiln_ir::symbol::{is_public, lookup_nearest, symbol_uses};
use kiln_ir::{AttrKind, Diagnostic, IrMapping, Module, OpId, Order, Traits, Value};

kiln_ir::declare_pass! {
    argument: "inline", display: "Inliner",
    summary: "Inline function calls",
    options: InlineOptions {
        max_iterations: usize = 4, "max-iterations", "Maximum rounds of inlining (bounds recursive inlining)";
    },
    create: |o: InlineOptions| Box::new(Inline {
        max_iterations: o.max_iterations.max(1),
        inlined: 0,
        erased: 0,
    }),
}

struct Inline {
    max_iterations: usize,
    inlined: u64,
    erased: u64,
}

impl Pass for Inline {
    kiln_ir::declared_pass_names!();
    fn run(&mut self, m: &mut Module, root: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
        let mut touched_callees: Vec<OpId> = Vec::new();
        for _ in 0..self.max_iterations {
            let calls: Vec<OpId> = m
                .walk(root, Order::Pre)
                .into_iter()
                .filter(|&o| callee_attr(m, o).is_some())
                .collect();
            let mut changed = false;
            for call in calls {
                if !m.is_alive(call) {
                    continue;
                }
                match self.try_inline(m, call) {
                    Ok(Some(callee)) => {
                        changed = true;
                        touched_callees.push(callee);
                    }
                    Ok(None) => {}
                    Err(d) => {
                        cx.diags.push(d);
                        return Err(PassFailed);
                    }
                }
            }
            if !changed {
                break;
            }
        }
        // Private callables whose every call was inlined are dead now.
        touched_callees.sort();
        touched_callees.dedup();
        for f in touched_callees {
            if !m.is_alive(f) || is_public(m, f) {
                continue;
            }
            let name = kiln_ir::symbol::symbol_name(m, f).unwrap_or("").to_string();
            let mut top = f;
            while let Some(p) = m.parent_op(top) {
                top = p;
            }
            let sym = m.ctx().sym(&name);
            let used = symbol_uses(m, top).contains(&sym);
            if !used {
                m.erase_op(f);
                self.erased += 1;
            }
        }
        Ok(())
    }
    fn options(&self) -> String {
        InlineOptions {
            max_iterations: self.max_iterations,
        }
        .render()
    }
    fn statistics(&self) -> Vec<Statistic> {
        vec![
            Statistic {
                name: "num-inlined-calls",
                desc: "Number of inlined calls",
                value: self.inlined,
            },
            Statistic {
                name: "num-erased-callables",
                desc: "Number of private callables erased after inlining",
                value: self.erased,
            },
        ]
    }
}

fn callee_attr(m: &Module, op: OpId) -> Option<String> {
    let name = m.op_def(op)?.interfaces.call_callee_attr?;
    match m.ctx().attr(m.attr(op, name)?) {
        AttrKind::SymbolRef { root, nested } if nested.is_empty() => Some(m.ctx().str(*root).to_string()),
        _ => None,
    }
}

impl Inline {
    /// Inlines `call` when its callee is a single-block callable; returns the callee.
    fn try_inline(&mut self, m: &mut Module, call: OpId) -> Result<Option<OpId>, Diagnostic> {
        let Some(name) = callee_attr(m, call) else {
            return Ok(None);
        };
        let Some(callee) = lookup_nearest(m, call, &name) else {
            return Ok(None);
        };
        if !m.op_def(callee).is_some_and(|d| d.interfaces.callable) || m.is_ancestor(callee, call) {
            return Ok(None);
        }
        let Some(&body) = m.regions(callee).first() else {
            return Ok(None);
        };
        let blocks = m.region_blocks(body).to_vec();
        if blocks.len() != 1 {
            // Multi-block bodies need a branch dialect to splice into the caller.
            return Ok(None);
        }
        let entry = blocks[0];
        let Some(term) = m.last_op(entry) else {
            return Ok(None);
        };
        if !m.has_trait(term, Traits::RETURN_LIKE) || m.num_operands(term) != m.num_results(call) {
            return Ok(None);
        }
        let args: Vec<Value> = m.block_args(entry).to_vec();
        if args.len() != m.num_operands(call) {
            return Err(Diagnostic::error(
                m.loc(call),
                format!(
                    "cannot inline call to @{name}: {} arguments for {} parameters",
                    m.num_operands(call),
                    args.len()
                ),
            ));
        }
        let mut map = IrMapping::default();
        for (i, a) in args.iter().enumerate() {
            map.map(*a, m.operand_value(call, i));
        }
        let ops: Vec<OpId> = m.block_ops(entry).filter(|&o| o != term).collect();
        for o in ops {
            let c = m.clone_op(o, &mut map);
            m.insert_op_before(call, c);
        }
        let results: Vec<Value> = m.operands(term).map(|v| map.lookup(v)).collect();
        m.replace_op_results(call, &results);
        m.erase_op(call);
        self.inlined += 1;
        tracing::debug!(callee = %name, "inlined call");
        Ok(Some(callee))
    }
}
