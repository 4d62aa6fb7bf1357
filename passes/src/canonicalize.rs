//! `canonicalize`: folding plus every registered canonicalization pattern, applied greedily.

use kiln_ir::diag::Diagnostic;
use kiln_ir::pass::{Pass, PassContext, PassFailed, PassInfo, PassOptionInfo, PassOptions, Statistic};
use kiln_ir::rewrite::{apply_patterns_greedily, GreedyConfig, PatternSet};
use kiln_ir::{Module, OpId};

pub fn info() -> PassInfo {
    PassInfo {
        argument: "canonicalize",
        summary: "Fold ops and apply canonicalization patterns until a fixed point",
        options: vec![
            PassOptionInfo {
                name: "max-iterations",
                desc: "Maximum sweeps over the IR",
                default: "10",
            },
            PassOptionInfo {
                name: "max-num-rewrites",
                desc: "Maximum rewrites (folds and patterns); -1 for no limit",
                default: "-1",
            },
            PassOptionInfo {
                name: "test-convergence",
                desc: "Fail when the rewrite does not converge",
                default: "false",
            },
        ],
        free_options: false,
        create: |o: &PassOptions| {
            let max_rewrites = match o.get("max-num-rewrites") {
                None | Some("-1") => usize::MAX,
                Some(_) => o.usize_or("max-num-rewrites", usize::MAX)?,
            };
            Ok(Box::new(Canonicalize {
                cfg: GreedyConfig {
                    max_iterations: o.usize_or("max-iterations", 10)?.max(1),
                    max_rewrites,
                    ..Default::default()
                },
                test_convergence: o.bool_or("test-convergence", false)?,
                patterns: None,
                stats: [0; 3],
            }))
        },
    }
}

struct Canonicalize {
    cfg: GreedyConfig,
    test_convergence: bool,
    patterns: Option<PatternSet>,
    stats: [u64; 3],
}

impl Pass for Canonicalize {
    fn argument(&self) -> &'static str {
        "canonicalize"
    }
    fn display_name(&self) -> &'static str {
        "Canonicalizer"
    }
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
            Err(d) if self.test_convergence => {
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
        let r = if self.cfg.max_rewrites == usize::MAX {
            "-1".to_string()
        } else {
            self.cfg.max_rewrites.to_string()
        };
        format!(
            "max-iterations={} max-num-rewrites={r} test-convergence={}",
            self.cfg.max_iterations, self.test_convergence
        )
    }
}
