//! `tensor-fusion`: groups tensor ops that can run as one loop nest into `ktensor.fused`
//! regions, which `convert-tensor-to-loop` lowers without intermediate buffers.
//!
//! First the function's fusible dataflow is rewritten as an e-graph (egg): exact algebraic and
//! layout rules (`rules/`), under node, iteration and time budgets, extracted by the cost
//! model. Then the groups are formed on the result.
//!
//! - `egraph.rs`: the e-graph of a function's dataflow, its analysis, extraction and rebuild.
//! - `rules/`: the rewrite rules, one file per topic, and their invariants (`README.md`).
//! - `plan.rs`: whether ops can share one nest, and its shape (the iteration space, the outer
//!   dimensions reductions keep); shared with the lowering.
//! - `cost.rs`: the cost model (bytes moved, element operations, loop nests).
//! - `groups.rs`: forming the groups and making them explicit.
//! - `dot.rs`: the groups as a DOT graph (`dot=FILE`).

pub mod cost;
pub mod dot;
pub mod egraph;
pub mod groups;
pub mod plan;
mod rules;

use kiln_ir::pass::{Pass, PassContext, PassFailed, Statistic};
use kiln_ir::{Diagnostic, Module, OpId};

kiln_ir::declare_pass! {
    argument: "tensor-fusion", display: "TensorFusion",
    summary: "Rewrite tensor dataflow with an e-graph (egg), then group ops into ktensor.fused regions that lower to one loop nest each (elementwise chains with their broadcasts, reductions with their producers and consumers)",
    options: FusionOptions {
        explain: bool = false, "explain",
            "Emit remarks: per group its ops, why each joined and the cost before and after; per rewritten value egg's explanation; per function the e-graph's size and stop reason";
        egraph: bool = true, "egraph",
            "Rewrite with the e-graph before grouping; false groups the ops as they are (tier 1: greedy fusion at a fraction of the compile time)";
        node_limit: usize = 20000, "node-limit",
            "Stop rewriting a function's e-graph at this many e-nodes";
        iter_limit: usize = 16, "iter-limit",
            "Stop rewriting after this many iterations of the rules";
        time_limit_ms: usize = 20, "time-limit-ms",
            "Stop rewriting a function after this many milliseconds";
        dot: String = String::new(), "dot",
            "Write the fusion groups of every function to this file as a Graphviz DOT graph";
    },
    create: |o: FusionOptions| Box::new(Fusion { opts: o, stats: [0; STATS.len()] }),
}

/// The pass's counters: name and description.
const STATS: [(&str, &str); 9] = [
    ("num-groups", "Fusion groups formed"),
    ("num-fused-ops", "Ops moved into fusion groups"),
    ("bytes-saved", "Memory traffic the groups save, by the cost model"),
    (
        "num-rewritten",
        "Values replaced by a cheaper equivalent from the e-graph",
    ),
    ("num-enodes", "E-nodes at the end of rewriting, summed over functions"),
    ("stop-saturated", "E-graphs that saturated"),
    ("stop-node-limit", "E-graphs stopped by the node limit"),
    ("stop-iter-limit", "E-graphs stopped by the iteration limit"),
    ("stop-time-limit", "E-graphs stopped by the time limit"),
];

/// The module attribute listing the groups formed (one string each), which the runtime shows
/// in the engine's report.
pub const GROUPS_ATTR: &str = "kiln.fusion_groups";

struct Fusion {
    opts: FusionOptions,
    stats: [u64; STATS.len()],
}

fn stop_text(s: &egg::StopReason) -> String {
    match s {
        egg::StopReason::Saturated => "saturated".into(),
        egg::StopReason::NodeLimit(n) => format!("node limit ({n})"),
        egg::StopReason::IterationLimit(n) => format!("iteration limit ({n})"),
        egg::StopReason::TimeLimit(t) => format!("time limit ({:.0} ms)", t * 1e3),
        egg::StopReason::Other(s) => s.clone(),
    }
}

impl Fusion {
    /// Rewrites the dataflow of `f`'s body with the e-graph; counts and explains.
    fn rewrite(
        &mut self,
        m: &mut Module,
        f: OpId,
        entry: kiln_ir::BlockId,
        rules: &[egg::Rewrite<egg::SymbolLang, egraph::Facts>],
        budget: egraph::Budget,
        cx: &mut PassContext,
    ) {
        let out = egraph::rewrite(m, entry, rules, budget, self.opts.explain);
        self.stats[3] += out.replaced.len() as u64;
        self.stats[4] += out.nodes as u64;
        let reason = match out.stop {
            egg::StopReason::Saturated => 5,
            egg::StopReason::NodeLimit(_) => 6,
            egg::StopReason::IterationLimit(_) => 7,
            _ => 8,
        };
        self.stats[reason] += 1;
        if reason != 5 {
            // Still correct: extraction takes the best of what the e-graph holds.
            tracing::debug!(stop = %stop_text(&out.stop), "tensor-fusion: an e-graph hit a budget");
        }
        if self.opts.explain {
            cx.diags.push(Diagnostic::remark(
                m.loc(f),
                format!(
                    "e-graph: {} e-nodes, stopped: {}; {} values rewritten",
                    out.nodes,
                    stop_text(&out.stop),
                    out.replaced.len()
                ),
            ));
            for (v, why) in &out.replaced {
                if let (Some(d), Some(why)) = (m.defining_op(*v), why) {
                    cx.diags.push(Diagnostic::remark(m.loc(d), format!("rewritten: {why}")));
                }
            }
        }
    }
}

impl Pass for Fusion {
    kiln_ir::declared_pass_names!(opts);
    fn run(&mut self, m: &mut Module, root: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
        let funcs = kiln_ir::pass::top_level_ops(m, root, &["func.func"]);
        let rules = rules::all();
        let mut dots = Vec::new();
        let mut described: Vec<String> = Vec::new();
        let budget = egraph::Budget {
            nodes: self.opts.node_limit,
            iterations: self.opts.iter_limit,
            time: std::time::Duration::from_millis(self.opts.time_limit_ms as u64),
        };
        for f in funcs {
            let Some(&region) = m.regions(f).first() else { continue };
            let Some(&entry) = m.region_blocks(region).first() else {
                continue;
            };
            if self.opts.egraph {
                self.rewrite(m, f, entry, &rules, budget, cx);
            }
            let groups = groups::form(m, entry);
            if !self.opts.dot.is_empty() {
                let name = kiln_ir::symbol::symbol_name(m, f).unwrap_or("").to_string();
                dots.push(dot::render(m, &name, entry, &groups));
            }
            let fname = kiln_ir::symbol::symbol_name(m, f).unwrap_or("").to_string();
            for g in &groups {
                let names: Vec<&str> = g
                    .ops
                    .iter()
                    .map(|&o| m.op_name(o).trim_start_matches("ktensor."))
                    .collect();
                described.push(format!("@{fname}: {} ops ({})", g.ops.len(), names.join(" ")));
                self.stats[0] += 1;
                self.stats[1] += g.ops.len() as u64;
                self.stats[2] += g.unfused.bytes.saturating_sub(g.fused.bytes);
                if self.opts.explain {
                    cx.diags.push(explain(m, g));
                }
                groups::materialize(m, g);
            }
        }
        if !described.is_empty() {
            let ctx = m.ctx().clone();
            let items: Vec<kiln_ir::Attr> = described.iter().map(|d| ctx.str_attr(d)).collect();
            m.set_attr(root, GROUPS_ATTR, ctx.array_attr(&items));
        }
        if !self.opts.dot.is_empty() {
            if let Err(e) = std::fs::write(&self.opts.dot, dots.join("\n")) {
                cx.diags.push(Diagnostic::error(
                    m.loc(root),
                    format!("tensor-fusion: cannot write '{}': {e}", self.opts.dot),
                ));
                return Err(PassFailed);
            }
        }
        Ok(())
    }
    fn statistics(&self) -> Vec<Statistic> {
        STATS
            .iter()
            .zip(self.stats)
            .map(|(&(name, desc), value)| Statistic { name, desc, value })
            .collect()
    }
}

/// The remark explaining a group: its ops, why each joined, and the cost that made it win.
fn explain(m: &Module, g: &groups::Group) -> Diagnostic {
    let names: Vec<&str> = g.ops.iter().map(|&o| m.op_name(o)).collect();
    let mut d = Diagnostic::remark(
        m.loc(g.root),
        format!(
            "fused {} ops into one loop nest ({}): {} -> {}",
            g.ops.len(),
            names.join(", "),
            g.unfused,
            g.fused
        ),
    );
    for &(op, user) in &g.joins {
        d = d.with_note(
            Some(m.loc(op)),
            format!(
                "'{}' joins: its only users are in the group (through '{}')",
                m.op_name(op),
                m.op_name(user)
            ),
        );
    }
    d
}
