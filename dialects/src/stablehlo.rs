//! The `stablehlo` and `chlo` dialects, as JAX emits them, so exported programs can be imported.
//!
//! So far the ops are registered with their traits and parse in the generic form; the pretty
//! form and the ops the sample corpus does not use are still to come (see issue 5). Dialect
//! attributes (`#stablehlo.dot<...>`, `#stablehlo<comparison_direction GE>`) are kept as text and
//! read by the conversion to the tensor dialect.

use kiln_ir::module::{Module, OpId};
use kiln_ir::registry::{DialectDef, OpDef, Traits};

fn verify_return(m: &Module, op: OpId) -> Result<(), String> {
    match m.parent_op(op).map(|p| m.op_name(p)) {
        Some(n) if n.starts_with("stablehlo.") => Ok(()),
        _ => Err("expects a stablehlo parent op".into()),
    }
}

/// The `stablehlo` dialect definition.
pub fn dialect() -> DialectDef {
    let mut d = DialectDef::new("stablehlo", "StableHLO ops as exported by JAX (generic form)");
    let same = Traits::PURE | Traits::SAME_OPERANDS_AND_RESULT_TYPE;
    let elementwise = [
        ("add", 2),
        ("subtract", 2),
        ("multiply", 2),
        ("divide", 2),
        ("maximum", 2),
        ("minimum", 2),
        ("power", 2),
        ("abs", 1),
        ("exponential", 1),
        ("log", 1),
        ("negate", 1),
        ("rsqrt", 1),
        ("sqrt", 1),
        ("tanh", 1),
        ("logistic", 1),
    ];
    for (n, _) in elementwise {
        d.ops.push(OpDef {
            traits: same,
            ..OpDef::new(&format!("stablehlo.{n}"), "Elementwise")
        });
    }
    let other: [(&str, &str, Traits, &[&'static str]); 8] = [
        (
            "stablehlo.constant",
            "A dense constant",
            Traits::PURE | Traits::CONSTANT_LIKE,
            &["value"],
        ),
        (
            "stablehlo.broadcast_in_dim",
            "Broadcast along broadcast_dimensions",
            Traits::PURE,
            &["broadcast_dimensions"],
        ),
        (
            "stablehlo.dot_general",
            "Contraction (dot_dimension_numbers)",
            Traits::PURE,
            &["dot_dimension_numbers", "precision_config", "algorithm"],
        ),
        (
            "stablehlo.reduce",
            "Reduction with a combiner region over 'dimensions'",
            Traits::PURE,
            &["dimensions"],
        ),
        ("stablehlo.reshape", "Reshape", Traits::PURE, &[]),
        (
            "stablehlo.transpose",
            "Permutes dimensions",
            Traits::PURE,
            &["permutation"],
        ),
        (
            "stablehlo.compare",
            "Elementwise comparison",
            Traits::PURE,
            &["comparison_direction", "compare_type"],
        ),
        ("stablehlo.select", "Elementwise choice", Traits::PURE, &[]),
    ];
    for (name, summary, traits, attrs) in other {
        d.ops.push(OpDef {
            traits,
            inherent_attrs: attrs.to_vec(),
            ..OpDef::new(name, summary)
        });
    }
    d.ops.push(OpDef {
        traits: Traits::PURE | Traits::TERMINATOR | Traits::RETURN_LIKE,
        verify: Some(verify_return),
        ..OpDef::new("stablehlo.return", "Ends a stablehlo region")
    });
    d
}

/// The `chlo` dialect definition (the few ops JAX leaves in).
pub fn chlo_dialect() -> DialectDef {
    let mut d = DialectDef::new("chlo", "Client HLO ops JAX leaves in exported programs");
    d.ops.push(OpDef {
        traits: Traits::PURE | Traits::SAME_OPERANDS_AND_RESULT_TYPE,
        ..OpDef::new("chlo.square", "x * x")
    });
    d
}

/// Reads `name = [1, 2]` from a dialect attribute body such as
/// `.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>`.
pub fn body_int_list(body: &str, name: &str) -> Option<Vec<i64>> {
    let at = body.find(&format!("{name} ="))?;
    let rest = &body[at + name.len() + 2..];
    let open = rest.find('[')?;
    let close = rest.find(']')?;
    rest[open + 1..close]
        .split(',')
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().ok())
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_lists_from_attribute_bodies() {
        let b = ".dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>";
        assert_eq!(super::body_int_list(b, "lhs_contracting_dimensions"), Some(vec![2]));
        assert_eq!(super::body_int_list(b, "rhs_batching_dimensions"), Some(vec![0]));
        assert_eq!(super::body_int_list(b, "missing"), None);
        assert_eq!(
            super::body_int_list(".dot<lhs_contracting_dimensions = []>", "lhs_contracting_dimensions"),
            Some(vec![])
        );
    }
}
