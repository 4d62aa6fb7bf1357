//! The rewrite rules of the tensor e-graph, one file per topic. `README.md` states the
//! invariants every rule keeps.

mod algebra;
mod layout;
mod sinking;

use super::egraph::Facts;
use egg::{Id, Rewrite, Subst, SymbolLang, Var};

/// Every rule, in a fixed order.
pub fn all() -> Vec<Rewrite<SymbolLang, Facts>> {
    let mut r = algebra::rules();
    r.extend(layout::rules());
    r.extend(sinking::rules());
    r
}

/// A condition: the class bound to `var` is a splat of a value `test` accepts.
fn splat(var: &str, test: fn(f64, bool) -> bool) -> impl Fn(&mut egg::EGraph<SymbolLang, Facts>, Id, &Subst) -> bool {
    let var: Var = var.parse().expect("a pattern variable");
    move |egraph, _, subst| {
        let info = &egraph[subst[var]].data;
        info.splat.is_some_and(|v| test(v, info.float))
    }
}
