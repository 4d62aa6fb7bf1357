//! `tensor-fusion`: groups tensor ops that can run as one loop nest into `tensor.fused`
//! regions, which `convert-tensor-to-loop` lowers without intermediate buffers.
//!
//! - `plan.rs`: whether ops can share one nest, and its shape (the iteration space, the outer
//!   dimensions reductions keep); shared with the lowering.
//! - `cost.rs`: the cost model (bytes moved, element operations, loop nests).
//! - `groups.rs`: forming the groups and making them explicit.

pub mod cost;
pub mod groups;
pub mod plan;

use kiln_ir::pass::{Pass, PassContext, PassFailed, Statistic};
use kiln_ir::{Diagnostic, Module, OpId};

kiln_ir::declare_pass! {
    argument: "tensor-fusion", display: "TensorFusion",
    summary: "Group tensor ops into tensor.fused regions that lower to one loop nest each (elementwise chains with their broadcasts, reductions with their producers and consumers)",
    options: FusionOptions {
        explain: bool = false, "explain",
            "Emit a remark per group: its ops, why each joined, and the cost before and after";
    },
    create: |o: FusionOptions| Box::new(Fusion { opts: o, stats: [0; 3] }),
}

struct Fusion {
    opts: FusionOptions,
    /// Groups formed, ops fused, bytes of memory traffic saved (by the cost model).
    stats: [u64; 3],
}

impl Pass for Fusion {
    kiln_ir::declared_pass_names!(opts);
    fn run(&mut self, m: &mut Module, root: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
        let funcs = kiln_ir::pass::top_level_ops(m, root, &["func.func"]);
        for f in funcs {
            let Some(&region) = m.regions(f).first() else { continue };
            let Some(&entry) = m.region_blocks(region).first() else {
                continue;
            };
            let groups = groups::form(m, entry);
            for g in &groups {
                self.stats[0] += 1;
                self.stats[1] += g.ops.len() as u64;
                self.stats[2] += g.unfused.bytes.saturating_sub(g.fused.bytes);
                if self.opts.explain {
                    cx.diags.push(explain(m, g));
                }
                groups::materialize(m, g);
            }
        }
        Ok(())
    }
    fn statistics(&self) -> Vec<Statistic> {
        vec![
            Statistic {
                name: "num-groups",
                desc: "Fusion groups formed",
                value: self.stats[0],
            },
            Statistic {
                name: "num-fused-ops",
                desc: "Ops moved into fusion groups",
                value: self.stats[1],
            },
            Statistic {
                name: "bytes-saved",
                desc: "Memory traffic the groups save, by the cost model",
                value: self.stats[2],
            },
        ]
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
