//! `canonicalize`: folding plus every registered canonicalization pattern, applied greedily.

use kiln_ir::diag::Diagnostic;
use kiln_ir::pass::{Pass, PassContext, PassFailed, Statistic};
use kiln_ir::rewrite::{apply_patterns_greedily, GreedyConfig, PatternSet};
use kiln_ir::{Module, OpId};

kiln_ir::declare_pass! {
    argument: "canonicalize", display: "Canonicalizer",
    summary: "Fold ops and apply canonicalization patterns until a fixed point",
    options: CanonicalizeOptions {
        max_iterations: usize = 10, "max-iterations", "Maximum sweeps over the IR";
        max_num_rewrites: i64 = -1, "max-num-rewrites", "Maximum rewrites (folds and patterns); -1 for no limit";
        test_convergence: bool = false, "test-convergence", "Fail when the rewrite does not converge";
    },
    create: |o: CanonicalizeOptions| {
        Box::new(Canonicalize {
            cfg: GreedyConfig {
                max_iterations: o.max_iterations.max(1),
                max_rewrites: usize::try_from(o.max_num_rewrites).unwrap_or(usize::MAX),
                ..Default::default()
            },
            opts: o,
            patterns: None,
            stats: [0; 3],
        })
    },
}

struct Canonicalize {
    cfg: GreedyConfig,
    opts: CanonicalizeOptions,
    patterns: Option<PatternSet>,
    stats: [u64; 3],
}

impl Pass for Canonicalize {
    kiln_ir::declared_pass_names!();
    fn run(&mut self, m: &mut Module, op: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
        let patterns = self
            .patterns
            .get_or_insert_with(|| PatternSet::canonicalization(m.ctx()));
        match apply_patterns_greedily(m, op, patterns, self.cfg) {
            Ok(s) => {
                self.stats[0] += s.rewrites as u64;
                self.stats[1] += s.folds as u64;
                self.stats[2] += s.erased as u64;
                Ok(())
            }
            Err(d) if self.opts.test_convergence => {
                cx.diags.push(d);
                Err(PassFailed)
            }
            Err(d) => {
                // Not converging leaves valid IR: report it without failing, like MLIR.
                cx.diags.push(Diagnostic {
                    severity: kiln_ir::Severity::Warning,
                    ..d
                });
                Ok(())
            }
        }
    }
    fn statistics(&self) -> Vec<Statistic> {
        vec![
            Statistic {
                name: "num-rewrites",
                desc: "Number of pattern applications",
                value: self.stats[0],
            },
            Statistic {
                name: "num-folds",
                desc: "Number of folded ops",
                value: self.stats[1],
            },
            Statistic {
                name: "num-dce'd",
                desc: "Number of dead ops erased",
                value: self.stats[2],
            },
        ]
    }
    fn options(&self) -> String {
        self.opts.render()
    }
}
