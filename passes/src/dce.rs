//! `dce`: erase pure ops whose results are unused, and blocks unreachable from their region's
//! entry.

use kiln_ir::pass::{Pass, PassContext, PassFailed, Statistic};
use kiln_ir::rewrite::is_trivially_dead;
use kiln_ir::{BlockId, Module, OpId, Order};
use rustc_hash::FxHashSet;

kiln_ir::declare_pass! {
    argument: "dce", display: "DCE",
    summary: "Erase unused pure ops and unreachable blocks",
    options: DceOptions {},
    create: |_: DceOptions| Box::new(Dce { ops: 0, blocks: 0 }),
}

struct Dce {
    ops: u64,
    blocks: u64,
}

impl Pass for Dce {
    kiln_ir::declared_pass_names!();
    fn run(&mut self, m: &mut Module, root: OpId, _cx: &mut PassContext) -> Result<(), PassFailed> {
        // Unreachable blocks first: their ops may be the only users of otherwise dead values.
        for op in m.walk(root, Order::Pre) {
            if !m.is_alive(op) {
                continue;
            }
            for r in m.regions(op).to_vec() {
                let blocks: Vec<BlockId> = m.region_blocks(r).to_vec();
                if blocks.len() < 2 {
                    continue;
                }
                let mut seen: FxHashSet<BlockId> = FxHashSet::default();
                let mut stack = vec![blocks[0]];
                while let Some(b) = stack.pop() {
                    if seen.insert(b) {
                        if let Some(t) = m.last_op(b) {
                            stack.extend(m.successors(t).iter().copied());
                        }
                    }
                }
                for b in blocks.into_iter().filter(|b| !seen.contains(b)) {
                    m.erase_block(b);
                    self.blocks += 1;
                }
            }
        }
        // Reverse post-order: users are visited before the ops that define their operands.
        let mut work: Vec<OpId> = m.walk(root, Order::Post);
        work.retain(|&o| o != root);
        let mut queued: FxHashSet<OpId> = work.iter().copied().collect();
        while let Some(op) = work.pop() {
            queued.remove(&op);
            if !m.is_alive(op) || !is_trivially_dead(m, op) {
                continue;
            }
            let defs: Vec<OpId> = m.operands(op).filter_map(|v| m.defining_op(v)).collect();
            m.erase_op(op);
            self.ops += 1;
            for d in defs {
                if m.is_alive(d) && queued.insert(d) {
                    work.push(d);
                }
            }
        }
        Ok(())
    }
    fn statistics(&self) -> Vec<Statistic> {
        vec![
            Statistic {
                name: "num-ops-erased",
                desc: "Number of dead ops erased",
                value: self.ops,
            },
            Statistic {
                name: "num-blocks-erased",
                desc: "Number of unreachable blocks erased",
                value: self.blocks,
            },
        ]
    }
}
