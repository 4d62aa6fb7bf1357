//! `cse`: common subexpression elimination of pure ops, scoped along the dominator tree.

use kiln_ir::pass::{Pass, PassContext, PassFailed, Statistic};
use kiln_ir::verify::DominanceInfo;
use kiln_ir::{Attr, BlockId, Module, OpId, RegionId, Sym, Traits, Type, Value};
use rustc_hash::FxHashMap;
use smallvec::SmallVec;

kiln_ir::declare_pass! {
    argument: "cse", display: "CSE",
    summary: "Eliminate common subexpressions",
    options: CseOptions {},
    create: |_: CseOptions| Box::new(Cse { erased: 0 }),
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    name: Sym,
    operands: SmallVec<[Value; 4]>,
    results: SmallVec<[Type; 2]>,
    props: Attr,
    attrs: Attr,
}

/// Known expressions, with an undo log so leaving a dominator subtree forgets what it added.
struct Scoped {
    map: FxHashMap<Key, OpId>,
    undo: Vec<Key>,
}

struct Cse {
    erased: u64,
}

impl Pass for Cse {
    kiln_ir::declared_pass_names!();
    fn run(&mut self, m: &mut Module, op: OpId, _cx: &mut PassContext) -> Result<(), PassFailed> {
        let mut dom = DominanceInfo::new();
        let regions: Vec<RegionId> = m.regions(op).to_vec();
        for r in regions {
            let mut s = Scoped {
                map: FxHashMap::default(),
                undo: Vec::new(),
            };
            self.region(m, r, &mut s, &mut dom);
        }
        Ok(())
    }
    fn statistics(&self) -> Vec<Statistic> {
        vec![Statistic {
            name: "num-cse'd",
            desc: "Number of operations CSE'd",
            value: self.erased,
        }]
    }
}

impl Cse {
    fn region(&mut self, m: &mut Module, r: RegionId, s: &mut Scoped, dom: &mut DominanceInfo) {
        // Regions nest as deep as the input does.
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.region_inner(m, r, s, dom))
    }

    fn region_inner(&mut self, m: &mut Module, r: RegionId, s: &mut Scoped, dom: &mut DominanceInfo) {
        let blocks: Vec<BlockId> = m.region_blocks(r).to_vec();
        if blocks.len() == 1 {
            self.block(m, blocks[0], s, dom);
            return;
        }
        // Visit blocks in dominator-tree preorder; each block sees what its dominators computed.
        // Unreachable blocks (no immediate dominator, not the entry) start from the region's scope.
        let idoms: Vec<(BlockId, Option<BlockId>)> = blocks.iter().map(|&b| (b, dom.idom(m, b))).collect();
        let children =
            |p: Option<BlockId>| -> Vec<BlockId> { idoms.iter().filter(|(_, i)| *i == p).map(|(b, _)| *b).collect() };
        let mut work: Vec<(BlockId, bool)> = children(None).into_iter().rev().map(|b| (b, true)).collect();
        let mut marks: Vec<usize> = Vec::new();
        while let Some((b, enter)) = work.pop() {
            if enter {
                marks.push(s.undo.len());
                self.block(m, b, s, dom);
                work.push((b, false));
                for c in children(Some(b)).into_iter().rev() {
                    work.push((c, true));
                }
            } else {
                let mark = marks.pop().unwrap_or(0);
                rollback(s, mark);
            }
        }
    }

    fn block(&mut self, m: &mut Module, b: BlockId, s: &mut Scoped, dom: &mut DominanceInfo) {
        let ops: Vec<OpId> = m.block_ops(b).collect();
        for op in ops {
            if !m.is_alive(op) {
                continue;
            }
            let cse_able = m.has_trait(op, Traits::PURE) && m.regions(op).is_empty() && m.num_results(op) > 0;
            if cse_able {
                let key = Key {
                    name: m.op_name_sym(op),
                    operands: m.operands(op).collect(),
                    results: m.results(op).map(|r| m.value_type(r)).collect(),
                    props: m.props(op),
                    attrs: m.attrs(op),
                };
                if let Some(&existing) = s.map.get(&key) {
                    let vals: Vec<Value> = m.results(existing).collect();
                    m.replace_op_results(op, &vals);
                    m.erase_op(op);
                    self.erased += 1;
                    continue;
                }
                s.map.insert(key.clone(), op);
                s.undo.push(key);
            }
            let isolated = m.has_trait(op, Traits::ISOLATED_FROM_ABOVE);
            for r in m.regions(op).to_vec() {
                if isolated {
                    let mut fresh = Scoped {
                        map: FxHashMap::default(),
                        undo: Vec::new(),
                    };
                    self.region(m, r, &mut fresh, dom);
                } else {
                    let mark = s.undo.len();
                    self.region(m, r, s, dom);
                    rollback(s, mark);
                }
            }
        }
    }
}

fn rollback(s: &mut Scoped, mark: usize) {
    while s.undo.len() > mark {
        if let Some(k) = s.undo.pop() {
            s.map.remove(&k);
        }
    }
}
