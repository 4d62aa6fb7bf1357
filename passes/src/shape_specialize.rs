//! `shape-specialize{N=64,M=128}`: binds dimension symbols to values everywhere (types of
//! values, function signatures, type attributes), simplifies the expressions, folds the run-time
//! checks that became constant, and fails with a diagnostic on a contradiction.

use kiln_ir::pass::{Pass, PassContext, PassFailed, Statistic};
use kiln_ir::printer::type_to_string;
use kiln_ir::{dim, AttrKind, Diagnostic, Module, OpId, Order, Sym};
use rustc_hash::FxHashMap;

kiln_ir::declare_pass! {
    argument: "shape-specialize", display: "ShapeSpecialization",
    summary: "Bind dimension symbols to values (e.g. shape-specialize{N=64,M=128}) and fold the checks",
    bindings: |names| {
        if let Some((k, v)) = names.iter().find(|(_, v)| *v < 0) {
            return Err(format!("symbol '{k}' must be non-negative, got {v}"));
        }
        Ok(Box::new(ShapeSpecialize { names, folded: 0 }))
    },
}

struct ShapeSpecialize {
    names: Vec<(String, i64)>,
    folded: u64,
}

impl Pass for ShapeSpecialize {
    kiln_ir::declared_pass_names!();
    fn options(&self) -> String {
        self.names
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(",")
    }
    fn run(&mut self, m: &mut Module, root: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
        let what = format!("shape-specialize: contradiction with {}", self.options());
        self.folded += bind_symbols(m, root, &self.names, &what, cx)?;
        Ok(())
    }
    fn statistics(&self) -> Vec<Statistic> {
        vec![Statistic {
            name: "num-checks-folded",
            desc: "Number of run-time checks proven by the bindings",
            value: self.folded,
        }]
    }
}

/// Binds `names` everywhere under `root` and folds the `ktensor.assert_dim_eq` checks they
/// decide; returns how many were folded. A contradiction is an error prefixed by `what`.
pub(crate) fn bind_symbols(
    m: &mut Module,
    root: OpId,
    names: &[(String, i64)],
    what: &str,
    cx: &mut PassContext,
) -> Result<u64, PassFailed> {
    let ctx = m.ctx().clone();
    let bind: FxHashMap<Sym, i64> = names.iter().map(|(k, v)| (ctx.sym(k), *v)).collect();
    let subst = |d: &kiln_ir::Dim| dim::substitute(&ctx, d, &|s| bind.get(&s).copied());
    let ops = m.walk(root, Order::Pre);
    for &op in &ops {
        for r in m.results(op).collect::<Vec<_>>() {
            let t = dim::map_type_dims(&ctx, m.value_type(r), &subst);
            m.set_value_type(r, t);
        }
        for &reg in m.regions(op).to_vec().iter() {
            for b in m.region_blocks(reg).to_vec() {
                for a in m.block_args(b).to_vec() {
                    let t = dim::map_type_dims(&ctx, m.value_type(a), &subst);
                    m.set_value_type(a, t);
                }
            }
        }
        // Type-valued attributes (function signatures, and any other) follow.
        for which in [m.props(op), m.attrs(op)] {
            let mut changed = false;
            let entries: Vec<(Sym, kiln_ir::Attr)> = ctx
                .dict_entries(which)
                .iter()
                .map(|e| match ctx.attr(e.value) {
                    AttrKind::Type(t) => {
                        let nt = dim::map_type_dims(&ctx, *t, &subst);
                        changed |= nt != *t;
                        (e.name, ctx.type_attr(nt))
                    }
                    _ => (e.name, e.value),
                })
                .collect();
            if changed {
                let d = ctx.dict_attr(entries);
                if which == m.props(op) {
                    m.set_props(op, d);
                } else {
                    m.set_attrs(op, d);
                }
            }
        }
    }
    // Checks whose dimensions are now decided.
    let mut folded = 0;
    for op in ops {
        if !m.is_alive(op) || m.op_name(op) != "ktensor.assert_dim_eq" {
            continue;
        }
        let (a, b) = (m.operand_value(op, 0), m.operand_value(op, 1));
        let dim_of = |v, attr: &str| -> Option<kiln_ir::Dim> {
            let i = m.attr(op, attr).and_then(|x| ctx.attr_int(x))? as usize;
            ctx.ty(m.value_type(v)).shape()?.get(i).cloned()
        };
        let (Some(da), Some(db)) = (dim_of(a, "lhs_dim"), dim_of(b, "rhs_dim")) else {
            continue;
        };
        match dim::equal(&ctx, &da, &db) {
            Some(true) => {
                m.erase_op(op);
                folded += 1;
            }
            Some(false) => {
                let msg = m
                    .attr(op, "message")
                    .and_then(|x| ctx.attr_str(x))
                    .unwrap_or("")
                    .to_string();
                cx.diags.push(
                    Diagnostic::error(
                        m.loc(op),
                        format!(
                            "{what}: {} vs {}",
                            type_to_string(&ctx, m.value_type(a)),
                            type_to_string(&ctx, m.value_type(b))
                        ),
                    )
                    .with_note(None, msg),
                );
                return Err(PassFailed);
            }
            None => {}
        }
    }
    // Ops whose own constraints became contradictory (e.g. a 64 x 128 add).
    if let Err(errs) = kiln_ir::verify::verify(m, root) {
        for e in errs {
            cx.diags.push(Diagnostic {
                message: format!("{what}: {}", e.message),
                ..e
            });
        }
        return Err(PassFailed);
    }
    Ok(folded)
}
