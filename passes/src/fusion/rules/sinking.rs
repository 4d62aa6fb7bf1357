//! Sinking: an elementwise op whose operands all go through the same layout op (one broadcast,
//! transpose or reshape: the same map and type) computes on the sources, and the layout op
//! moves to its result: `add(T(a), T(b)) → T(add(a, b))`. An operand that is a broadcast
//! scalar (JAX's `broadcast_in_dim(constant, dims = [])`) becomes the same scalar broadcast to
//! the sources' type. Exact: layout ops move elements and the op is computed on the same
//! elements. Worth it because the e-graph can then cancel the layout op against another one
//! (`T(exp(T(x))) → exp(x)`), because one layout op replaces several, and, for broadcasts,
//! because the op runs over the smaller source (`exp(B(a)) → B(exp(a))`).
//!
//! Terminates: each application moves a layout op one node closer to the leaves.

use crate::fusion::egraph::{Facts, Info, Key};
use egg::{Applier, EGraph, Id, PatternAst, Rewrite, SearchMatches, Searcher, Subst, Symbol, SymbolLang, Var};

pub(super) fn rules() -> Vec<Rewrite<SymbolLang, Facts>> {
    [
        ("sink-broadcast", "ktensor.broadcast_in_dim#"),
        ("sink-transpose", "ktensor.transpose#"),
        ("sink-reshape", "ktensor.reshape#"),
    ]
    .into_iter()
    .map(|(name, prefix)| Rewrite::new(name, Sink(prefix), Sink(prefix)).expect("a valid rule"))
    .collect()
}

/// The rule for one kind of layout op (a keyed-symbol prefix): searcher and applier.
struct Sink(&'static str);

/// An operand of the sunk op.
enum Operand {
    /// The layout op's source.
    Source(Id),
    /// A scalar (the rank-0 class) to broadcast to the sources' type.
    Scalar(Id),
}

/// One way to sink: the elementwise node, the layout symbol, its sources' type and the new
/// operands.
struct Candidate {
    op: Symbol,
    layout: Symbol,
    source: Info,
    operands: Vec<Operand>,
}

/// True for a plain elementwise node (a name without a key, with operands).
fn plain(n: &SymbolLang) -> bool {
    !n.children.is_empty() && !n.op.as_str().contains('#')
}

/// The rank-0 source of a scalar broadcast in class `c`, if it holds one.
fn scalar_source(egraph: &EGraph<SymbolLang, Facts>, c: Id) -> Option<Id> {
    egraph[c].iter().find_map(|n| match egraph.analysis.key_of(n.op) {
        Some((_, Key::Broadcast { dims, .. })) if dims.is_empty() => Some(n.children[0]),
        _ => None,
    })
}

impl Sink {
    fn candidates(&self, egraph: &EGraph<SymbolLang, Facts>, eclass: Id) -> Vec<Candidate> {
        let is_layout = |n: &SymbolLang| {
            n.op.as_str().starts_with(self.0)
                // A scalar broadcast is an operand the others adapt to, not the op to sink.
                && !matches!(egraph.analysis.key_of(n.op), Some((_, Key::Broadcast { dims, .. })) if dims.is_empty())
        };
        let mut out = Vec::new();
        for n in egraph[eclass].iter().filter(|n| plain(n)) {
            // The layout ops of the first operand that is not a scalar fix the symbol.
            let Some(first) = n.children.iter().find(|&&c| egraph[c].iter().any(is_layout)) else {
                continue;
            };
            for l in egraph[*first].iter().filter(|n| is_layout(n)) {
                let source = egraph[l.children[0]].data.clone();
                let mut operands = Vec::new();
                for &c in &n.children {
                    let same = egraph[c]
                        .iter()
                        .find(|k| k.op == l.op && egraph[k.children[0]].data.ty == source.ty);
                    match (same, scalar_source(egraph, c)) {
                        (Some(k), _) => operands.push(Operand::Source(k.children[0])),
                        (None, Some(s)) => operands.push(Operand::Scalar(s)),
                        (None, None) => break,
                    }
                }
                if operands.len() == n.children.len() && source.ty.is_some() {
                    out.push(Candidate {
                        op: n.op,
                        layout: l.op,
                        source,
                        operands,
                    });
                }
            }
        }
        out
    }
}

impl Searcher<SymbolLang, Facts> for Sink {
    fn search_eclass_with_limit(
        &self,
        egraph: &EGraph<SymbolLang, Facts>,
        eclass: Id,
        limit: usize,
    ) -> Option<SearchMatches<'_, SymbolLang>> {
        (limit > 0 && !self.candidates(egraph, eclass).is_empty()).then(|| SearchMatches {
            eclass,
            substs: vec![Subst::default()],
            ast: None,
        })
    }
    fn vars(&self) -> Vec<Var> {
        Vec::new()
    }
}

impl Applier<SymbolLang, Facts> for Sink {
    fn apply_one(
        &self,
        egraph: &mut EGraph<SymbolLang, Facts>,
        eclass: Id,
        _subst: &Subst,
        _ast: Option<&PatternAst<SymbolLang>>,
        rule: Symbol,
    ) -> Vec<Id> {
        let mut changed = Vec::new();
        for c in self.candidates(egraph, eclass) {
            let Some(ty) = c.source.ty else { continue };
            let mut kids = Vec::with_capacity(c.operands.len());
            for o in &c.operands {
                kids.push(match *o {
                    Operand::Source(id) => id,
                    Operand::Scalar(s) => {
                        let info = Info {
                            splat: None,
                            ..c.source.clone()
                        };
                        let k = egraph.analysis.add(Key::Broadcast { dims: Vec::new(), ty }, info);
                        egraph.add(SymbolLang::new(format!("ktensor.broadcast_in_dim#{k}"), vec![s]))
                    }
                });
            }
            let inner = egraph.add(SymbolLang::new(c.op, kids));
            let moved = egraph.add(SymbolLang::new(c.layout, vec![inner]));
            if egraph.union_trusted(eclass, moved, rule) {
                changed.push(eclass);
            }
        }
        changed
    }
}
