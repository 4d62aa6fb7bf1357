//! The fusion groups of a function as a Graphviz DOT graph (petgraph): one node per op of the
//! function's body, edges along the dataflow, the ops of each group filled with the group's
//! colour and labelled with its number.

use super::groups::Group;
use kiln_ir::{BlockId, Module, OpId};
use petgraph::dot::{Config, Dot};
use petgraph::graph::{DiGraph, NodeIndex};
use rustc_hash::FxHashMap;

/// Fill colours, one per group in turn.
const COLOURS: [&str; 8] = [
    "lightblue",
    "palegreen",
    "lightsalmon",
    "khaki",
    "plum",
    "lightcyan",
    "peachpuff",
    "lightpink",
];

/// The DOT graph of function `name`'s body ops (`block`), with `groups` marked.
pub fn render(m: &Module, name: &str, block: BlockId, groups: &[Group]) -> String {
    let group_of: FxHashMap<OpId, usize> = groups
        .iter()
        .enumerate()
        .flat_map(|(k, g)| g.ops.iter().map(move |&o| (o, k)))
        .collect();
    let mut g: DiGraph<String, &str> = DiGraph::new();
    let mut node: FxHashMap<OpId, NodeIndex> = FxHashMap::default();
    let mut fill: FxHashMap<NodeIndex, &str> = FxHashMap::default();
    for op in m.block_ops(block) {
        let label = match group_of.get(&op) {
            Some(k) => format!("g{k}: {}", m.op_name(op)),
            None => m.op_name(op).to_string(),
        };
        let n = g.add_node(label);
        if let Some(&k) = group_of.get(&op) {
            fill.insert(n, COLOURS[k % COLOURS.len()]);
        }
        node.insert(op, n);
        for v in m.operands(op) {
            if let Some(src) = m.defining_op(v).and_then(|d| node.get(&d)) {
                g.add_edge(*src, n, "");
            }
        }
    }
    let node_attrs = |_, (n, _): (NodeIndex, &String)| match fill.get(&n) {
        Some(c) => format!("style=filled, fillcolor={c}"),
        None => String::new(),
    };
    let dot = Dot::with_attr_getters(&g, &[Config::EdgeNoLabel], &|_, _| String::new(), &node_attrs);
    format!("// fusion groups of @{name}\n{dot}")
}
