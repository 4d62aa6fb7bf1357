//! Layout: chains of data-movement ops compose into one. Broadcasts: JAX broadcasts a row to
//! [N, 1] and then to [N, M]; the composed broadcast reads the same source elements.
//! Transposes: two transposes are one (or none, when their permutations cancel); so are two
//! reshapes (none when the outer one gives back the source's type). All are exact (they move
//! elements, never compute), and each leaves one op where there were two. With the sinking
//! rules (`sinking.rs`) they cancel layout ops that elementwise ops stood between.

use crate::fusion::egraph::{Facts, Info, Key};
use egg::{Applier, EGraph, Id, PatternAst, Rewrite, SearchMatches, Searcher, Subst, Symbol, SymbolLang, Var};
use kiln_ir::Type;

pub(super) fn rules() -> Vec<Rewrite<SymbolLang, Facts>> {
    vec![
        Rewrite::new(
            "broadcast-broadcast",
            Chain("ktensor.broadcast_in_dim#"),
            Compose("ktensor.broadcast_in_dim#"),
        )
        .expect("a valid rule"),
        Rewrite::new(
            "transpose-transpose",
            Chain("ktensor.transpose#"),
            Compose("ktensor.transpose#"),
        )
        .expect("a valid rule"),
        Rewrite::new(
            "reshape-reshape",
            Chain("ktensor.reshape#"),
            Compose("ktensor.reshape#"),
        )
        .expect("a valid rule"),
    ]
}

fn inner_var() -> Var {
    "?inner".parse().expect("a variable")
}

/// Finds classes holding an op of this kind (a keyed-symbol prefix) applied to a class holding
/// one too; binds `?inner` to the inner class.
struct Chain(&'static str);

impl Searcher<SymbolLang, Facts> for Chain {
    fn search_eclass_with_limit(
        &self,
        egraph: &EGraph<SymbolLang, Facts>,
        eclass: Id,
        limit: usize,
    ) -> Option<SearchMatches<'_, SymbolLang>> {
        let kind = |n: &SymbolLang| n.op.as_str().starts_with(self.0);
        let mut substs = Vec::new();
        for n in egraph[eclass].iter().filter(|n| kind(n)) {
            let inner = egraph.find(n.children[0]);
            if egraph[inner].iter().any(kind) && substs.len() < limit {
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

/// Adds the composition of every such pair (for transposes that cancel, the source itself).
struct Compose(&'static str);

/// What composing `outer(inner(x))` gives: a new key, or `x` itself.
enum Composed {
    Key(Key),
    Source,
}

fn compose(facts: &Facts, outer: Symbol, inner: Symbol, source: Option<Type>) -> Option<Composed> {
    match (&facts.key_of(outer)?.1, &facts.key_of(inner)?.1) {
        // A reshape of a reshape is one reshape to the outer type, or none when that is the
        // source's type.
        (Key::Reshape { ty }, Key::Reshape { .. }) if source == Some(*ty) => Some(Composed::Source),
        (Key::Reshape { ty }, Key::Reshape { .. }) => Some(Composed::Key(Key::Reshape { ty: *ty })),
        // Source dimension j -> inner result dimension id[j] -> outer result dimension.
        (Key::Broadcast { dims: od, ty }, Key::Broadcast { dims: id, .. }) => {
            let dims = id
                .iter()
                .map(|&d| od.get(d as usize).copied())
                .collect::<Option<Vec<i64>>>()?;
            Some(Composed::Key(Key::Broadcast { dims, ty: *ty }))
        }
        // Result dimension i of the outer is inner dimension op[i], which is source dimension
        // ip[op[i]].
        (Key::Transpose { perm: op, ty }, Key::Transpose { perm: ip, .. }) => {
            let perm = op
                .iter()
                .map(|&d| ip.get(d as usize).copied())
                .collect::<Option<Vec<i64>>>()?;
            if perm.iter().enumerate().all(|(i, &p)| p == i as i64) {
                Some(Composed::Source)
            } else {
                Some(Composed::Key(Key::Transpose { perm, ty: *ty }))
            }
        }
        _ => None,
    }
}

impl Applier<SymbolLang, Facts> for Compose {
    fn apply_one(
        &self,
        egraph: &mut EGraph<SymbolLang, Facts>,
        eclass: Id,
        subst: &Subst,
        _ast: Option<&PatternAst<SymbolLang>>,
        rule: Symbol,
    ) -> Vec<Id> {
        let kind = |n: &SymbolLang| n.op.as_str().starts_with(self.0);
        let inner = subst[inner_var()];
        let outers: Vec<SymbolLang> = egraph[eclass]
            .iter()
            .filter(|n| kind(n) && egraph.find(n.children[0]) == egraph.find(inner))
            .cloned()
            .collect();
        let inners: Vec<SymbolLang> = egraph[inner].iter().filter(|n| kind(n)).cloned().collect();
        let mut changed = Vec::new();
        for o in &outers {
            for i in &inners {
                let source = egraph[i.children[0]].data.ty;
                let Some(c) = compose(&egraph.analysis, o.op, i.op, source) else {
                    continue;
                };
                let new = match c {
                    Composed::Source => i.children[0],
                    Composed::Key(key) => {
                        let info: Info = egraph[eclass].data.clone();
                        let k = egraph.analysis.add(key, Info { splat: None, ..info });
                        let prefix = self.0.trim_end_matches('#');
                        egraph.add(SymbolLang::new(format!("{prefix}#{k}"), vec![i.children[0]]))
                    }
                };
                if egraph.union_trusted(eclass, new, rule) {
                    changed.push(eclass);
                }
            }
        }
        changed
    }
}
