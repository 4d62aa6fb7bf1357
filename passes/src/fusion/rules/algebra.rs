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
        rw!("add-zero"; "(ktensor.add ?x ?c)" => "?x"
            if splat("?c", |v, float| v == 0.0 && (!float || v.is_sign_negative()))),
        rw!("zero-add"; "(ktensor.add ?c ?x)" => "?x"
            if splat("?c", |v, float| v == 0.0 && (!float || v.is_sign_negative()))),
        rw!("sub-zero"; "(ktensor.sub ?x ?c)" => "?x"
            if splat("?c", |v, float| v == 0.0 && (!float || v.is_sign_positive()))),
        rw!("mul-one"; "(ktensor.mul ?x ?c)" => "?x" if splat("?c", |v, _| v == 1.0)),
        rw!("one-mul"; "(ktensor.mul ?c ?x)" => "?x" if splat("?c", |v, _| v == 1.0)),
        rw!("div-one"; "(ktensor.div ?x ?c)" => "?x" if splat("?c", |v, _| v == 1.0)),
        // maximum/minimum propagate NaN, so the infinity that loses to every number (and to
        // NaN) is an identity. This removes the -inf splat JAX's reductions start from.
        // Both operand orders are written out (commutative ops are not rewritten by a
        // commutativity rule, see README.md).
        rw!("max-neg-inf"; "(ktensor.max ?x ?c)" => "?x" if splat("?c", |v, _| v == f64::NEG_INFINITY)),
        rw!("neg-inf-max"; "(ktensor.max ?c ?x)" => "?x" if splat("?c", |v, _| v == f64::NEG_INFINITY)),
        rw!("min-pos-inf"; "(ktensor.min ?x ?c)" => "?x" if splat("?c", |v, _| v == f64::INFINITY)),
        rw!("pos-inf-min"; "(ktensor.min ?c ?x)" => "?x" if splat("?c", |v, _| v == f64::INFINITY)),
        // max(x, +0) is relu(x): relu(-0) = +0 and relu(NaN) = NaN, as maximum gives.
        rw!("max-zero-relu"; "(ktensor.max ?x ?c)" => "(ktensor.relu ?x)"
            if splat("?c", |v, _| v == 0.0 && v.is_sign_positive())),
        rw!("zero-max-relu"; "(ktensor.max ?c ?x)" => "(ktensor.relu ?x)"
            if splat("?c", |v, _| v == 0.0 && v.is_sign_positive())),
        // Idempotence.
        rw!("max-self"; "(ktensor.max ?x ?x)" => "?x"),
        rw!("min-self"; "(ktensor.min ?x ?x)" => "?x"),
        rw!("relu-relu"; "(ktensor.relu (ktensor.relu ?x))" => "(ktensor.relu ?x)"),
        rw!("abs-abs"; "(ktensor.abs (ktensor.abs ?x))" => "(ktensor.abs ?x)"),
        // Negations: exact sign flips.
        rw!("neg-neg"; "(ktensor.neg (ktensor.neg ?x))" => "?x"),
        rw!("abs-neg"; "(ktensor.abs (ktensor.neg ?x))" => "(ktensor.abs ?x)"),
        rw!("sub-neg"; "(ktensor.sub ?x (ktensor.neg ?y))" => "(ktensor.add ?x ?y)"),
        rw!("add-neg"; "(ktensor.add ?x (ktensor.neg ?y))" => "(ktensor.sub ?x ?y)"),
        rw!("mul-neg-neg"; "(ktensor.mul (ktensor.neg ?x) (ktensor.neg ?y))" => "(ktensor.mul ?x ?y)"),
    ]
}
