//! Algebraic identities that hold exactly in IEEE 754 arithmetic (NaN, signed zeros and
//! infinities included) and in two's-complement integers. Each removes an op or replaces two
//! by one; none grows the graph.

use super::splat;
use crate::fusion::egraph::Facts;
use egg::{rewrite as rw, Rewrite, SymbolLang};

pub(super) fn rules() -> Vec<Rewrite<SymbolLang, Facts>> {
    vec![
        // Identities with a splat operand. x + (-0) is x for every float (x + (+0) is not: it
        // turns -0 into +0); for integers any zero.
        rw!("add-zero"; "(tensor.add ?x ?c)" => "?x"
            if splat("?c", |v, float| v == 0.0 && (!float || v.is_sign_negative()))),
        rw!("zero-add"; "(tensor.add ?c ?x)" => "?x"
            if splat("?c", |v, float| v == 0.0 && (!float || v.is_sign_negative()))),
        rw!("sub-zero"; "(tensor.sub ?x ?c)" => "?x"
            if splat("?c", |v, float| v == 0.0 && (!float || v.is_sign_positive()))),
        rw!("mul-one"; "(tensor.mul ?x ?c)" => "?x" if splat("?c", |v, _| v == 1.0)),
        rw!("one-mul"; "(tensor.mul ?c ?x)" => "?x" if splat("?c", |v, _| v == 1.0)),
        rw!("div-one"; "(tensor.div ?x ?c)" => "?x" if splat("?c", |v, _| v == 1.0)),
        // maximum/minimum propagate NaN, so the infinity that loses to every number (and to
        // NaN) is an identity. This removes the -inf splat JAX's reductions start from.
        // Both operand orders are written out (commutative ops are not rewritten by a
        // commutativity rule, see README.md).
        rw!("max-neg-inf"; "(tensor.max ?x ?c)" => "?x" if splat("?c", |v, _| v == f64::NEG_INFINITY)),
        rw!("neg-inf-max"; "(tensor.max ?c ?x)" => "?x" if splat("?c", |v, _| v == f64::NEG_INFINITY)),
        rw!("min-pos-inf"; "(tensor.min ?x ?c)" => "?x" if splat("?c", |v, _| v == f64::INFINITY)),
        rw!("pos-inf-min"; "(tensor.min ?c ?x)" => "?x" if splat("?c", |v, _| v == f64::INFINITY)),
        // max(x, +0) is relu(x): relu(-0) = +0 and relu(NaN) = NaN, as maximum gives.
        rw!("max-zero-relu"; "(tensor.max ?x ?c)" => "(tensor.relu ?x)"
            if splat("?c", |v, _| v == 0.0 && v.is_sign_positive())),
        rw!("zero-max-relu"; "(tensor.max ?c ?x)" => "(tensor.relu ?x)"
            if splat("?c", |v, _| v == 0.0 && v.is_sign_positive())),
        // Idempotence.
        rw!("max-self"; "(tensor.max ?x ?x)" => "?x"),
        rw!("min-self"; "(tensor.min ?x ?x)" => "?x"),
        rw!("relu-relu"; "(tensor.relu (tensor.relu ?x))" => "(tensor.relu ?x)"),
        rw!("abs-abs"; "(tensor.abs (tensor.abs ?x))" => "(tensor.abs ?x)"),
        // Negations: exact sign flips.
        rw!("neg-neg"; "(tensor.neg (tensor.neg ?x))" => "?x"),
        rw!("abs-neg"; "(tensor.abs (tensor.neg ?x))" => "(tensor.abs ?x)"),
        rw!("sub-neg"; "(tensor.sub ?x (tensor.neg ?y))" => "(tensor.add ?x ?y)"),
        rw!("add-neg"; "(tensor.add ?x (tensor.neg ?y))" => "(tensor.sub ?x ?y)"),
        rw!("mul-neg-neg"; "(tensor.mul (tensor.neg ?x) (tensor.neg ?y))" => "(tensor.mul ?x ?y)"),
    ]
}
