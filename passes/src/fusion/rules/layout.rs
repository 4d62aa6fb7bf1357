//! Layout: chains of broadcasts compose into one (JAX broadcasts a row to [N, 1] and then to
//! [N, M]). The composed broadcast reads the same source elements, so it is exact.

use crate::fusion::egraph::{Facts, Info, Key};
use egg::{Applier, EGraph, Id, PatternAst, Rewrite, SearchMatches, Searcher, Subst, Symbol, SymbolLang, Var};

pub(super) fn rules() -> Vec<Rewrite<SymbolLang, Facts>> {
    vec![Rewrite::new("broadcast-broadcast", BroadcastOfBroadcast, ComposeBroadcasts).expect("a valid rule")]
}

fn is_broadcast(n: &SymbolLang) -> bool {
    n.op.as_str().starts_with("tensor.broadcast_in_dim#")
}

fn inner_var() -> Var {
    "?inner".parse().expect("a variable")
}

/// Finds classes holding a broadcast of a class holding a broadcast; binds `?inner` to the
/// inner class.
struct BroadcastOfBroadcast;

impl Searcher<SymbolLang, Facts> for BroadcastOfBroadcast {
    fn search_eclass_with_limit(
        &self,
        egraph: &EGraph<SymbolLang, Facts>,
        eclass: Id,
        limit: usize,
    ) -> Option<SearchMatches<'_, SymbolLang>> {
        let mut substs = Vec::new();
        for n in egraph[eclass].iter().filter(|n| is_broadcast(n)) {
            let inner = egraph.find(n.children[0]);
            if egraph[inner].iter().any(is_broadcast) && substs.len() < limit {
                let mut s = Subst::with_capacity(1);
                s.insert(inner_var(), inner);
                substs.push(s);
            }
        }
        (!substs.is_empty()).then_some(SearchMatches {
            eclass,
            substs,
            ast: None,
        })
    }
    fn vars(&self) -> Vec<Var> {
        vec![inner_var()]
    }
}

/// Adds `broadcast(x)` with the composed dimension map for every such pair.
struct ComposeBroadcasts;

/// A broadcast node's dimension map and result type.
fn broadcast_of(facts: &Facts, op: Symbol) -> Option<(Vec<i64>, kiln_ir::Type)> {
    match facts.key_of(op)?.1 {
        Key::Broadcast { dims, ty } => Some((dims.clone(), *ty)),
        _ => None,
    }
}

impl Applier<SymbolLang, Facts> for ComposeBroadcasts {
    fn apply_one(
        &self,
        egraph: &mut EGraph<SymbolLang, Facts>,
        eclass: Id,
        subst: &Subst,
        _ast: Option<&PatternAst<SymbolLang>>,
        rule: Symbol,
    ) -> Vec<Id> {
        let inner = subst[inner_var()];
        let outers: Vec<SymbolLang> = egraph[eclass]
            .iter()
            .filter(|n| is_broadcast(n) && egraph.find(n.children[0]) == egraph.find(inner))
            .cloned()
            .collect();
        let inners: Vec<SymbolLang> = egraph[inner].iter().filter(|n| is_broadcast(n)).cloned().collect();
        let mut changed = Vec::new();
        for o in &outers {
            for i in &inners {
                let facts = &egraph.analysis;
                let (Some((od, ty)), Some((id, _))) = (broadcast_of(facts, o.op), broadcast_of(facts, i.op)) else {
                    continue;
                };
                // Source dimension j -> inner result dimension id[j] -> outer result dimension.
                let Some(dims) = id
                    .iter()
                    .map(|&d| od.get(d as usize).copied())
                    .collect::<Option<Vec<i64>>>()
                else {
                    continue;
                };
                let info: Info = egraph[eclass].data.clone();
                let k = egraph
                    .analysis
                    .add(Key::Broadcast { dims, ty }, Info { splat: None, ..info });
                let node = SymbolLang::new(format!("tensor.broadcast_in_dim#{k}"), vec![i.children[0]]);
                let new = egraph.add(node);
                if egraph.union_trusted(eclass, new, rule) {
                    changed.push(eclass);
                }
            }
        }
        changed
    }
}
