//! `decompose`: rewrites every op that declares a decomposition (`OpDef::decompose`) into the
//! ops it builds. This is how an embedder's op reaches the native tiers: both tier pipelines
//! start with this pass, so the lowerings after it see only ops they know.

use kiln_ir::pass::{Pass, PassContext, PassFailed, Statistic};
use kiln_ir::printer::type_to_string;
use kiln_ir::{Diagnostic, Module, OpId, Order};

kiln_ir::declare_pass! {
    argument: "decompose", display: "Decompose",
    summary: "Rewrite ops that declare a decomposition (an embedder's ops) into the ops it builds",
    options: DecomposeOptions {
        max_rounds: usize = 16, "max-rounds", "Rounds of decomposing the ops the previous round built";
    },
    create: |o: DecomposeOptions| Box::new(Decompose { opts: o, rewritten: 0 }),
}

struct Decompose {
    opts: DecomposeOptions,
    rewritten: u64,
}

impl Pass for Decompose {
    kiln_ir::declared_pass_names!(opts);
    fn run(&mut self, m: &mut Module, root: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
        // A round decomposes what the previous one built; ops that keep rebuilding themselves
        // run out of rounds instead of looping.
        for _ in 0..self.opts.max_rounds.max(1) {
            let work: Vec<OpId> = m
                .walk(root, Order::Pre)
                .into_iter()
                .filter(|&op| m.op_def(op).is_some_and(|d| d.decompose.is_some()))
                .collect();
            if work.is_empty() {
                return Ok(());
            }
            let mut failed = false;
            for op in work {
                if !m.is_alive(op) {
                    continue;
                }
                match decompose_one(m, op) {
                    Ok(()) => self.rewritten += 1,
                    Err(d) => {
                        cx.diags.push(d);
                        failed = true;
                    }
                }
            }
            if failed {
                return Err(PassFailed);
            }
        }
        let left = m
            .walk(root, Order::Pre)
            .into_iter()
            .find(|&op| m.op_def(op).is_some_and(|d| d.decompose.is_some()));
        if let Some(op) = left {
            cx.diags.push(Diagnostic::error(
                m.loc(op),
                format!(
                    "'{}' is still present after {} rounds of decomposition (does its decomposition build it again?)",
                    m.op_name(op),
                    self.opts.max_rounds
                ),
            ));
            return Err(PassFailed);
        }
        Ok(())
    }
    fn statistics(&self) -> Vec<Statistic> {
        vec![Statistic {
            name: "num-decomposed",
            desc: "Number of ops rewritten by their decomposition",
            value: self.rewritten,
        }]
    }
}

/// Runs `op`'s decomposition and replaces its results with the values it returns, which must
/// have the results' types.
pub fn decompose_one(m: &mut Module, op: OpId) -> Result<(), Diagnostic> {
    let name = m.op_name(op).to_string();
    let Some(f) = m.op_def(op).and_then(|d| d.decompose) else {
        return Err(Diagnostic::error(
            m.loc(op),
            format!("'{name}' declares no decomposition"),
        ));
    };
    let values = f(m, op).map_err(|e| Diagnostic::error(m.loc(op), format!("decomposing '{name}': {e}")))?;
    if values.len() != m.num_results(op) {
        return Err(Diagnostic::error(
            m.loc(op),
            format!(
                "the decomposition of '{name}' returned {} values for {} results",
                values.len(),
                m.num_results(op)
            ),
        ));
    }
    let results: Vec<_> = m.results(op).collect();
    for (i, (&r, &v)) in results.iter().zip(&values).enumerate() {
        let (want, got) = (m.value_type(r), m.value_type(v));
        if want != got {
            let ctx = m.ctx();
            return Err(Diagnostic::error(
                m.loc(op),
                format!(
                    "the decomposition of '{name}' returned '{}' for result #{i} of type '{}'",
                    type_to_string(ctx, got),
                    type_to_string(ctx, want)
                ),
            ));
        }
    }
    for (r, v) in results.into_iter().zip(values) {
        m.replace_all_uses(r, v);
    }
    m.erase_op(op);
    Ok(())
}
