//! The `stablehlo` and `chlo` dialects, as JAX emits them, so exported programs can be imported.
//!
//! The ops JAX emits for the corpus have StableHLO's pretty form; the rest of the specification's
//! ops are registered too (see `spec_ops`), most in the generic form only. Dialect attributes
//! (`#stablehlo.dot<...>`, `#stablehlo<comparison_direction GE>`) are kept as text and read by the
//! conversion to the tensor dialect.

use kiln_ir::module::{Module, OpId};
use kiln_ir::registry::{Arity, DialectDef, OpDef, Traits};

fn verify_return(m: &Module, op: OpId) -> Result<(), String> {
    match m.parent_op(op).map(|p| m.op_name(p)) {
        Some(n) if n.starts_with("stablehlo.") => Ok(()),
        _ => Err("expects a stablehlo parent op".into()),
    }
}

/// One op of a table: name, summary, traits, inherent attributes, operand and result arity.
type OpRow = (
    &'static str,
    &'static str,
    Traits,
    &'static [&'static str],
    Arity,
    Arity,
);

fn row_def((name, summary, traits, attrs, operands, results): OpRow) -> OpDef {
    OpDef {
        traits,
        inherent_attrs: attrs.to_vec(),
        operands,
        results,
        ..OpDef::new(name, summary)
    }
}

/// The `stablehlo` dialect definition.
pub fn dialect() -> DialectDef {
    let mut d = DialectDef::new("stablehlo", "StableHLO ops as exported by JAX");
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
        ("and", 2),
        ("or", 2),
        ("xor", 2),
        ("remainder", 2),
        ("atan2", 2),
        ("shift_left", 2),
        ("shift_right_arithmetic", 2),
        ("shift_right_logical", 2),
        ("not", 1),
        ("sign", 1),
        ("floor", 1),
        ("ceil", 1),
        ("cosine", 1),
        ("sine", 1),
        ("tan", 1),
        ("cbrt", 1),
        ("exponential_minus_one", 1),
        ("log_plus_one", 1),
        ("round_nearest_even", 1),
        ("round_nearest_afz", 1),
        ("popcnt", 1),
        ("count_leading_zeros", 1),
    ];
    for (n, arity) in elementwise {
        d.ops.push(OpDef {
            traits: same,
            operands: Arity::Exact(arity),
            results: Arity::Exact(1),
            ..OpDef::new(&format!("stablehlo.{n}"), "Elementwise")
        });
    }
    let other: [OpRow; 14] = [
        (
            "stablehlo.dynamic_broadcast_in_dim",
            "Broadcast to a shape given at run time",
            Traits::PURE,
            &[
                "broadcast_dimensions",
                "known_expanding_dimensions",
                "known_nonexpanding_dimensions",
            ],
            Arity::Exact(2),
            Arity::Exact(1),
        ),
        (
            "stablehlo.get_dimension_size",
            "A dimension's size as tensor<i32>",
            Traits::PURE,
            &["dimension"],
            Arity::Exact(1),
            Arity::Exact(1),
        ),
        (
            "stablehlo.concatenate",
            "Concatenation along 'dimension'",
            Traits::PURE,
            &["dimension"],
            Arity::AtLeast(1),
            Arity::Exact(1),
        ),
        (
            "stablehlo.custom_call",
            "A call to a named target (JAX's shape_assertion checks shapes)",
            Traits::empty(),
            &[
                "call_target_name",
                "has_side_effect",
                "backend_config",
                "api_version",
                "called_computations",
                "operand_layouts",
                "result_layouts",
                "output_operand_aliases",
            ],
            Arity::Any,
            Arity::Any,
        ),
        (
            "stablehlo.composite",
            "A named op with its meaning given by the 'decomposition' function (JAX wraps e.g. chlo.erf this way under export)",
            Traits::empty(),
            &["name", "decomposition", "version", "composite_attributes"],
            Arity::Any,
            Arity::Any,
        ),
        (
            "stablehlo.dynamic_reshape",
            "Reshape to a shape given at run time",
            Traits::PURE,
            &[],
            Arity::Exact(2),
            Arity::Exact(1),
        ),
        (
            "stablehlo.constant",
            "A dense constant",
            Traits::PURE | Traits::CONSTANT_LIKE,
            &["value"],
            Arity::Exact(0),
            Arity::Exact(1),
        ),
        (
            "stablehlo.broadcast_in_dim",
            "Broadcast along broadcast_dimensions",
            Traits::PURE,
            &["broadcast_dimensions"],
            Arity::Exact(1),
            Arity::Exact(1),
        ),
        (
            "stablehlo.dot_general",
            "Contraction (dot_dimension_numbers)",
            Traits::PURE,
            &["dot_dimension_numbers", "precision_config", "algorithm"],
            Arity::Exact(2),
            Arity::Exact(1),
        ),
        (
            "stablehlo.reduce",
            "Reduction with a combiner region over 'dimensions'",
            Traits::PURE,
            &["dimensions"],
            Arity::AtLeast(2),
            Arity::AtLeast(1),
        ),
        (
            "stablehlo.reshape",
            "Reshape",
            Traits::PURE,
            &[],
            Arity::Exact(1),
            Arity::Exact(1),
        ),
        (
            "stablehlo.transpose",
            "Permutes dimensions",
            Traits::PURE,
            &["permutation"],
            Arity::Exact(1),
            Arity::Exact(1),
        ),
        (
            "stablehlo.compare",
            "Elementwise comparison",
            Traits::PURE,
            &["comparison_direction", "compare_type"],
            Arity::Exact(2),
            Arity::Exact(1),
        ),
        (
            "stablehlo.select",
            "Elementwise choice",
            Traits::PURE,
            &[],
            Arity::Exact(3),
            Arity::Exact(1),
        ),
    ];
    d.ops.extend(other.into_iter().map(row_def));
    d.ops.push(OpDef {
        traits: Traits::PURE | Traits::TERMINATOR | Traits::RETURN_LIKE,
        results: Arity::Exact(0),
        verify: Some(verify_return),
        ..OpDef::new("stablehlo.return", "Ends a stablehlo region")
    });
    d.ops.extend(spec_ops());
    for o in d.ops.iter_mut() {
        if let Some((_, req)) = REQUIRED.iter().find(|(n, _)| *n == o.name) {
            o.required_attrs = req.to_vec();
        }
    }
    with_syntax(d)
}

/// The attributes the StableHLO specification gives no default: an op without one is
/// invalid, and the custom forms cannot print it.
const REQUIRED: &[(&str, &[&str])] = &[
    ("stablehlo.constant", &["value"]),
    ("stablehlo.iota", &["iota_dimension"]),
    ("stablehlo.dynamic_iota", &["iota_dimension"]),
    ("stablehlo.get_dimension_size", &["dimension"]),
    ("stablehlo.concatenate", &["dimension"]),
    ("stablehlo.broadcast_in_dim", &["broadcast_dimensions"]),
    ("stablehlo.dot_general", &["dot_dimension_numbers"]),
    ("stablehlo.reduce", &["dimensions"]),
    ("stablehlo.transpose", &["permutation"]),
    ("stablehlo.compare", &["comparison_direction"]),
    ("stablehlo.reverse", &["dimensions"]),
    ("stablehlo.slice", &["start_indices", "limit_indices"]),
    ("stablehlo.dynamic_slice", &["slice_sizes"]),
    ("stablehlo.pad", &["edge_padding_low", "edge_padding_high"]),
    ("stablehlo.gather", &["dimension_numbers", "slice_sizes"]),
    ("stablehlo.dynamic_gather", &["dimension_numbers"]),
    ("stablehlo.scatter", &["scatter_dimension_numbers"]),
    ("stablehlo.reduce_window", &["window_dimensions"]),
    ("stablehlo.reduce_precision", &["exponent_bits", "mantissa_bits"]),
    ("stablehlo.custom_call", &["call_target_name"]),
    ("stablehlo.composite", &["name", "decomposition"]),
];

/// The rest of the specification's ops. `with_syntax` gives the ones JAX prints in a custom form
/// their parser; the others are generic only. The conversion names any it cannot lower.
fn spec_ops() -> Vec<OpDef> {
    let spec_ops: [OpRow; 24] = [
        (
            "stablehlo.reduce_precision",
            "Rounds floats to fewer exponent and mantissa bits",
            Traits::PURE,
            &["exponent_bits", "mantissa_bits"],
            Arity::Exact(1),
            Arity::Exact(1),
        ),
        (
            "stablehlo.iota",
            "Values counting along iota_dimension",
            Traits::PURE,
            &["iota_dimension"],
            Arity::Exact(0),
            Arity::Exact(1),
        ),
        (
            "stablehlo.dynamic_iota",
            "iota of a shape given at run time",
            Traits::PURE,
            &["iota_dimension"],
            Arity::Exact(1),
            Arity::Exact(1),
        ),
        (
            "stablehlo.slice",
            "Static strided slice",
            Traits::PURE,
            &["start_indices", "limit_indices", "strides"],
            Arity::Exact(1),
            Arity::Exact(1),
        ),
        (
            "stablehlo.dynamic_slice",
            "Slice at run-time start indices",
            Traits::PURE,
            &["slice_sizes"],
            Arity::AtLeast(1),
            Arity::Exact(1),
        ),
        (
            "stablehlo.real_dynamic_slice",
            "Slice with run-time bounds",
            Traits::PURE,
            &[],
            Arity::Exact(4),
            Arity::Exact(1),
        ),
        (
            "stablehlo.dynamic_update_slice",
            "Writes a slice at run-time indices",
            Traits::PURE,
            &[],
            Arity::AtLeast(2),
            Arity::Exact(1),
        ),
        (
            "stablehlo.pad",
            "Edge and interior padding",
            Traits::PURE,
            &["edge_padding_low", "edge_padding_high", "interior_padding"],
            Arity::Exact(2),
            Arity::Exact(1),
        ),
        (
            "stablehlo.dynamic_pad",
            "Padding given at run time",
            Traits::PURE,
            &[],
            Arity::Exact(5),
            Arity::Exact(1),
        ),
        (
            "stablehlo.convert",
            "Element type conversion",
            Traits::PURE,
            &[],
            Arity::Exact(1),
            Arity::Exact(1),
        ),
        (
            "stablehlo.bitcast_convert",
            "Reinterprets element bits",
            Traits::PURE,
            &[],
            Arity::Exact(1),
            Arity::Exact(1),
        ),
        (
            "stablehlo.reverse",
            "Reverses 'dimensions'",
            Traits::PURE,
            &["dimensions"],
            Arity::Exact(1),
            Arity::Exact(1),
        ),
        (
            "stablehlo.clamp",
            "Elementwise clamp(min, x, max)",
            Traits::PURE,
            &[],
            Arity::Exact(3),
            Arity::Exact(1),
        ),
        (
            "stablehlo.is_finite",
            "Elementwise finiteness test",
            Traits::PURE,
            &[],
            Arity::Exact(1),
            Arity::Exact(1),
        ),
        (
            "stablehlo.gather",
            "Gather (#stablehlo.gather dimension numbers)",
            Traits::PURE,
            &["dimension_numbers", "slice_sizes", "indices_are_sorted"],
            Arity::Exact(2),
            Arity::Exact(1),
        ),
        (
            "stablehlo.dynamic_gather",
            "Gather with run-time slice sizes",
            Traits::PURE,
            &["dimension_numbers", "indices_are_sorted"],
            Arity::Exact(3),
            Arity::Exact(1),
        ),
        (
            "stablehlo.scatter",
            "Scatter with an update region",
            Traits::empty(),
            &["scatter_dimension_numbers", "indices_are_sorted", "unique_indices"],
            Arity::AtLeast(3),
            Arity::AtLeast(1),
        ),
        (
            "stablehlo.convolution",
            "Convolution (#stablehlo.conv dimension numbers)",
            Traits::PURE,
            &[
                "dimension_numbers",
                "window_strides",
                "padding",
                "lhs_dilation",
                "rhs_dilation",
                "window_reversal",
                "feature_group_count",
                "batch_group_count",
                "precision_config",
            ],
            Arity::Exact(2),
            Arity::Exact(1),
        ),
        (
            "stablehlo.reduce_window",
            "Windowed reduction with a combiner region",
            Traits::PURE,
            &[
                "window_dimensions",
                "window_strides",
                "base_dilations",
                "window_dilations",
                "padding",
            ],
            Arity::AtLeast(2),
            Arity::AtLeast(1),
        ),
        (
            "stablehlo.sort",
            "Sort along 'dimension' by a comparator region",
            Traits::PURE,
            &["dimension", "is_stable"],
            Arity::AtLeast(1),
            Arity::AtLeast(1),
        ),
        (
            "stablehlo.while",
            "Loop with cond and body regions",
            Traits::empty(),
            &[],
            Arity::Any,
            Arity::Any,
        ),
        (
            "stablehlo.case",
            "Runs the branch region selected by an index",
            Traits::empty(),
            &[],
            Arity::Exact(1),
            Arity::Any,
        ),
        (
            "stablehlo.if",
            "Runs one of two regions",
            Traits::empty(),
            &[],
            Arity::Exact(1),
            Arity::Any,
        ),
        (
            "stablehlo.dynamic_conv",
            "Convolution with run-time padding",
            Traits::PURE,
            &[
                "dimension_numbers",
                "window_strides",
                "lhs_dilation",
                "rhs_dilation",
                "window_reversal",
                "feature_group_count",
                "batch_group_count",
                "precision_config",
            ],
            Arity::Exact(3),
            Arity::Exact(1),
        ),
    ];
    let mut defs: Vec<OpDef> = spec_ops.into_iter().map(row_def).collect();
    defs.push(OpDef {
        verify: Some(verify_barrier),
        ..row_def((
            "stablehlo.optimization_barrier",
            "Blocks optimizations across it",
            Traits::empty(),
            &[],
            Arity::Any,
            Arity::Any,
        ))
    });
    defs
}

/// The barrier passes its operands through: one result of each operand's type.
fn verify_barrier(m: &Module, op: OpId) -> Result<(), String> {
    let ins: Vec<_> = m.operands(op).map(|v| m.value_type(v)).collect();
    let outs: Vec<_> = m.results(op).map(|v| m.value_type(v)).collect();
    if ins != outs {
        return Err(format!(
            "expects one result of each operand's type ({} operands, {} results)",
            ins.len(),
            outs.len()
        ));
    }
    Ok(())
}

/// The `chlo` dialect definition (the few ops JAX leaves in).
pub fn chlo_dialect() -> DialectDef {
    let mut d = DialectDef::new("chlo", "Client HLO ops JAX leaves in exported programs");
    for (name, summary) in [
        ("chlo.square", "x * x"),
        ("chlo.erf", "Error function"),
        ("chlo.erfc", "Complementary error function"),
        ("chlo.asinh", "Inverse hyperbolic sine"),
        ("chlo.atan", "Arctangent"),
        ("chlo.erf_inv", "Inverse error function"),
    ] {
        d.ops.push(OpDef {
            traits: Traits::PURE | Traits::SAME_OPERANDS_AND_RESULT_TYPE,
            operands: Arity::Exact(1),
            results: Arity::Exact(1),
            ..OpDef::new(name, summary)
        });
    }
    d.ops.push(OpDef {
        traits: Traits::PURE,
        inherent_attrs: vec!["k"],
        operands: Arity::Exact(1),
        results: Arity::Exact(2),
        ..OpDef::new(
            "chlo.top_k",
            "The k largest values along the last dimension, and their indices",
        )
    });
    with_syntax(d)
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

// ----- pretty forms (the StableHLO assembly JAX prints) -----

use crate::syntax::{parse_std, print_std_with};
use kiln_ir::attrs::{AttrKind, DenseArray};
use kiln_ir::lexer::Tok;
use kiln_ir::parser::{OpParser, PResult};
use kiln_ir::printer::OpPrinter;
use kiln_ir::{Attr, Builder, OperationState, TypeKind};

/// `[1, 2]` as integers.
fn parse_int_list(p: &mut OpParser<'_, '_>) -> PResult<Vec<i64>> {
    let at = p.current_loc();
    let a = p.parse_attr()?;
    let ctx = p.ctx();
    match ctx.attr(a) {
        AttrKind::Array(items) => items
            .iter()
            .map(|&i| {
                ctx.attr_int(i)
                    .map(|v| v as i64)
                    .ok_or_else(|| kiln_ir::Diagnostic::error(at, "expected integers"))
            })
            .collect(),
        _ => Err(kiln_ir::Diagnostic::error(
            at,
            "expected a list of integers like [0, 1]",
        )),
    }
}

fn i64_array(p: &OpParser<'_, '_>, v: &[i64]) -> Attr {
    p.ctx().i64_array_attr(v)
}

fn ints_of(m: &Module, op: OpId, name: &str) -> Vec<i64> {
    match m.attr(op, name).map(|a| m.ctx().attr(a)) {
        Some(AttrKind::DenseArray {
            values: DenseArray::Int(v),
            ..
        }) => v.to_vec(),
        _ => Vec::new(),
    }
}

fn list_text(v: &[i64]) -> String {
    format!("[{}]", v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", "))
}

/// `%a, %b, ... : T` or `: (T...) -> R` after keyword arguments parsed by `rest`.
fn operands_then(
    p: &mut OpParser<'_, '_>,
    n_operands: Option<usize>,
    mut rest: impl FnMut(&mut OpParser<'_, '_>) -> PResult<()>,
) -> PResult<()> {
    let mut ops = Vec::new();
    loop {
        match n_operands {
            Some(n) if ops.len() == n => break,
            _ => {}
        }
        match p.parse_optional_operand()? {
            Some(o) => ops.push(o),
            None => break,
        }
        if !p.consume_if(Tok::Comma) {
            break;
        }
    }
    rest(p)?;
    crate::syntax::parse_std_tail(p, &ops)
}

/// `%x, dims = [0, 1] : (T) -> R` with the list stored as `attr` (and `%x, %shape, dims = ...`
/// for the dynamic broadcast).
fn parse_dims_named(p: &mut OpParser<'_, '_>, attr: &str) -> PResult<()> {
    operands_then(p, None, |p| {
        p.parse_keyword("dims")?;
        p.expect(Tok::Equal, "'='")?;
        let v = parse_int_list(p)?;
        let a = i64_array(p, &v);
        p.add_attr(attr, a);
        Ok(())
    })
}

fn print_dims_named(pr: &mut OpPrinter<'_>, op: OpId, attr: &str) {
    let m = pr.module();
    pr.w(" ");
    pr.operands(m.operands(op));
    pr.w(&format!(", dims = {}", list_text(&ints_of(m, op, attr))));
    print_types(pr, op, &[attr]);
}

fn parse_broadcast(p: &mut OpParser<'_, '_>) -> PResult<()> {
    parse_dims_named(p, "broadcast_dimensions")
}

fn print_broadcast(pr: &mut OpPrinter<'_>, op: OpId) {
    print_dims_named(pr, op, "broadcast_dimensions")
}

fn parse_transpose(p: &mut OpParser<'_, '_>) -> PResult<()> {
    parse_dims_named(p, "permutation")
}

fn print_transpose(pr: &mut OpPrinter<'_>, op: OpId) {
    print_dims_named(pr, op, "permutation")
}

fn parse_reverse(p: &mut OpParser<'_, '_>) -> PResult<()> {
    parse_dims_named(p, "dimensions")
}

fn print_reverse(pr: &mut OpPrinter<'_>, op: OpId) {
    print_dims_named(pr, op, "dimensions")
}

/// `%x, %v, low = [..], high = [..], interior = [..] : (T, T) -> R`.
fn parse_pad(p: &mut OpParser<'_, '_>) -> PResult<()> {
    operands_then(p, Some(2), |p| {
        for (kw, attr) in [
            ("low", "edge_padding_low"),
            ("high", "edge_padding_high"),
            ("interior", "interior_padding"),
        ] {
            p.parse_keyword(kw)?;
            p.expect(Tok::Equal, "'='")?;
            let v = parse_int_list(p)?;
            let a = i64_array(p, &v);
            p.add_attr(attr, a);
            if kw != "interior" {
                p.expect(Tok::Comma, "','")?;
            }
        }
        Ok(())
    })
}

fn print_pad(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.w(" ");
    pr.operands(m.operands(op));
    pr.w(&format!(
        ", low = {}, high = {}, interior = {}",
        list_text(&ints_of(m, op, "edge_padding_low")),
        list_text(&ints_of(m, op, "edge_padding_high")),
        list_text(&ints_of(m, op, "interior_padding"))
    ));
    print_types(pr, op, &["edge_padding_low", "edge_padding_high", "interior_padding"]);
}

/// `%x, format = e8m7 : T`: exponent and mantissa bits.
fn parse_reduce_precision(p: &mut OpParser<'_, '_>) -> PResult<()> {
    operands_then(p, Some(1), |p| {
        p.parse_keyword("format")?;
        p.expect(Tok::Equal, "'='")?;
        let at = p.current_loc();
        let f = p.parse_optional_bare_ident().unwrap_or_default();
        let parsed = f
            .strip_prefix('e')
            .and_then(|r| r.split_once('m'))
            .and_then(|(e, m)| Some((e.parse::<i64>().ok()?, m.parse::<i64>().ok()?)));
        let Some((e, mant)) = parsed else {
            return Err(kiln_ir::Diagnostic::error(at, "expected a format like e8m7"));
        };
        let ctx = p.ctx();
        p.add_attr("exponent_bits", ctx.int_attr(e as i128, ctx.int_type(32)));
        p.add_attr("mantissa_bits", ctx.int_attr(mant as i128, ctx.int_type(32)));
        Ok(())
    })
}

fn print_reduce_precision(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let ctx = pr.ctx();
    let get = |n: &str| m.attr(op, n).and_then(|a| ctx.attr_int(a)).unwrap_or(0);
    let format = format!(", format = e{}m{}", get("exponent_bits"), get("mantissa_bits"));
    pr.w(" ");
    pr.operands(m.operands(op));
    pr.w(&format);
    print_types(pr, op, &["exponent_bits", "mantissa_bits"]);
}

fn print_types(pr: &mut OpPrinter<'_>, op: OpId, elided: &[&str]) {
    let m = pr.module();
    pr.attr_dict(op, elided);
    pr.w(" : ");
    let ctx = pr.ctx();
    let ins: Vec<kiln_ir::Type> = m.operands(op).map(|v| m.value_type(v)).collect();
    let outs: Vec<kiln_ir::Type> = m.results(op).map(|v| m.value_type(v)).collect();
    pr.ty(ctx.function_type(&ins, &outs));
}

/// `%x, dim = 0 : (T) -> R` with the integer stored as `attr`.
fn parse_dim_named(p: &mut OpParser<'_, '_>, attr: &str) -> PResult<()> {
    operands_then(p, None, |p| {
        p.parse_keyword("dim")?;
        p.expect(Tok::Equal, "'='")?;
        let v = p.parse_integer()?;
        let ctx = p.ctx();
        p.add_attr(attr, ctx.int_attr(v as i128, ctx.i64()));
        Ok(())
    })
}

fn print_dim_named(pr: &mut OpPrinter<'_>, op: OpId, attr: &str) {
    let m = pr.module();
    let d = m.attr(op, attr).and_then(|a| pr.ctx().attr_int(a)).unwrap_or(0);
    pr.w(" ");
    pr.operands(m.operands(op));
    pr.w(&format!(", dim = {d}"));
    print_types(pr, op, &[attr]);
}

/// get_dimension_size and concatenate.
fn parse_dim_op(p: &mut OpParser<'_, '_>) -> PResult<()> {
    parse_dim_named(p, "dimension")
}

fn print_dim_op(pr: &mut OpPrinter<'_>, op: OpId) {
    print_dim_named(pr, op, "dimension")
}

fn parse_dynamic_iota(p: &mut OpParser<'_, '_>) -> PResult<()> {
    parse_dim_named(p, "iota_dimension")
}

fn print_dynamic_iota(pr: &mut OpPrinter<'_>, op: OpId) {
    print_dim_named(pr, op, "iota_dimension")
}

/// `%a, %b, [batching_dims = [0] x [0], ]contracting_dims = [1] x [0][, precision = [...]]`.
fn parse_dot_general(p: &mut OpParser<'_, '_>) -> PResult<()> {
    operands_then(p, Some(2), |p| {
        let mut batch = (Vec::new(), Vec::new());
        let mut contract = (Vec::new(), Vec::new());
        while let Some(kw) = p.parse_optional_bare_ident() {
            p.expect(Tok::Equal, "'='")?;
            match kw.as_str() {
                "batching_dims" | "contracting_dims" => {
                    let l = parse_int_list(p)?;
                    p.parse_keyword("x")?;
                    let r = parse_int_list(p)?;
                    if kw == "batching_dims" {
                        batch = (l, r);
                    } else {
                        contract = (l, r);
                    }
                }
                "precision" => {
                    p.expect(Tok::LSquare, "'['")?;
                    let mut items = Vec::new();
                    while let Some(v) = p.parse_optional_bare_ident() {
                        items.push(v);
                        if !p.consume_if(Tok::Comma) {
                            break;
                        }
                    }
                    p.expect(Tok::RSquare, "']'")?;
                    let ctx = p.ctx();
                    let dsym = ctx.sym("stablehlo");
                    let attrs: Vec<Attr> = items
                        .iter()
                        .map(|v| {
                            ctx.intern_attr(AttrKind::Dialect {
                                dialect: dsym,
                                body: format!("<precision {v}>").into(),
                            })
                        })
                        .collect();
                    p.add_attr("precision_config", ctx.array_attr(&attrs));
                }
                other => return Err(p.error(format!("unexpected '{other}' in dot_general"))),
            }
            if !p.consume_if(Tok::Comma) {
                break;
            }
        }
        let mut body = String::from(".dot<");
        let mut parts = Vec::new();
        if !batch.0.is_empty() || !batch.1.is_empty() {
            parts.push(format!(
                "lhs_batching_dimensions = {}, rhs_batching_dimensions = {}",
                list_text(&batch.0),
                list_text(&batch.1)
            ));
        }
        parts.push(format!(
            "lhs_contracting_dimensions = {}, rhs_contracting_dimensions = {}",
            list_text(&contract.0),
            list_text(&contract.1)
        ));
        body.push_str(&parts.join(", "));
        body.push('>');
        let ctx = p.ctx();
        let a = ctx.intern_attr(AttrKind::Dialect {
            dialect: ctx.sym("stablehlo"),
            body: body.into(),
        });
        p.add_attr("dot_dimension_numbers", a);
        Ok(())
    })
}

fn print_dot_general(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let ctx = pr.ctx();
    pr.w(" ");
    pr.operands(m.operands(op));
    let body = match m.attr(op, "dot_dimension_numbers").map(|a| ctx.attr(a)) {
        Some(AttrKind::Dialect { body, .. }) => body.to_string(),
        _ => String::new(),
    };
    let get = |n: &str| body_int_list(&body, n).unwrap_or_default();
    let (lb, rb) = (get("lhs_batching_dimensions"), get("rhs_batching_dimensions"));
    if !lb.is_empty() || !rb.is_empty() {
        pr.w(&format!(", batching_dims = {} x {}", list_text(&lb), list_text(&rb)));
    }
    pr.w(&format!(
        ", contracting_dims = {} x {}",
        list_text(&get("lhs_contracting_dimensions")),
        list_text(&get("rhs_contracting_dimensions"))
    ));
    if let Some(AttrKind::Array(items)) = m.attr(op, "precision_config").map(|a| ctx.attr(a)) {
        let names: Vec<String> = items
            .iter()
            .map(|&i| match ctx.attr(i) {
                AttrKind::Dialect { body, .. } => {
                    body.trim_start_matches("<precision ").trim_end_matches('>').to_string()
                }
                _ => "DEFAULT".into(),
            })
            .collect();
        pr.w(&format!(", precision = [{}]", names.join(", ")));
    }
    print_types(pr, op, &["dot_dimension_numbers", "precision_config"]);
}

/// `GE, %a, %b[, SIGNED] : (T, T) -> R`.
fn parse_compare(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let dir = p
        .parse_optional_bare_ident()
        .ok_or_else(|| p.error("expected a comparison direction (EQ, NE, LT, LE, GT, GE)"))?;
    p.expect(Tok::Comma, "','")?;
    let ctx = p.ctx();
    let dsym = ctx.sym("stablehlo");
    p.add_attr(
        "comparison_direction",
        ctx.intern_attr(AttrKind::Dialect {
            dialect: dsym,
            body: format!("<comparison_direction {dir}>").into(),
        }),
    );
    operands_then(p, Some(2), |p| {
        if let Some(ty) = p.parse_optional_bare_ident() {
            let ctx = p.ctx();
            p.add_attr(
                "compare_type",
                ctx.intern_attr(AttrKind::Dialect {
                    dialect: dsym,
                    body: format!("<comparison_type {ty}>").into(),
                }),
            );
        }
        Ok(())
    })
}

fn dialect_word(ctx: &kiln_ir::Context, a: Option<Attr>, prefix: &str) -> Option<String> {
    match ctx.attr(a?) {
        AttrKind::Dialect { body, .. } => Some(body.trim_start_matches(prefix).trim_end_matches('>').to_string()),
        _ => None,
    }
}

fn print_compare(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let ctx = pr.ctx();
    let dir = dialect_word(ctx, m.attr(op, "comparison_direction"), "<comparison_direction ").unwrap_or_default();
    pr.w(&format!(" {dir}, "));
    pr.operands(m.operands(op));
    if let Some(t) = dialect_word(ctx, m.attr(op, "compare_type"), "<comparison_type ") {
        pr.w(&format!(", {t}"));
    }
    print_types(pr, op, &["comparison_direction", "compare_type"]);
}

/// `@target(%args) {attrs} : (T...) -> R`.
fn parse_custom_call(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let target = p.parse_symbol_name()?;
    let ctx = p.ctx();
    p.add_attr("call_target_name", ctx.str_attr(&target));
    p.expect(Tok::LParen, "'('")?;
    let ops = p.parse_operand_list()?;
    p.expect(Tok::RParen, "')'")?;
    p.parse_optional_attr_dict()?;
    p.expect(Tok::Colon, "':' and the call type")?;
    let t = p.parse_type()?;
    let TypeKind::Function { inputs, results } = ctx.ty(t).clone() else {
        return Err(p.error("expected a function type"));
    };
    p.resolve_operands(&ops, &inputs)?;
    p.state.result_types.extend(results.iter().copied());
    Ok(())
}

fn print_custom_call(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let target = m
        .attr(op, "call_target_name")
        .and_then(|a| pr.ctx().attr_str(a))
        .unwrap_or("")
        .to_string();
    pr.w(" ");
    pr.symbol(&target);
    pr.w("(");
    pr.operands(m.operands(op));
    pr.w(")");
    print_types(pr, op, &["call_target_name"]);
}

/// `"name" %a, %b {decomposition = @f, version = 1 : i32} : (A, B) -> R`
fn parse_composite(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let name = p.parse_attr()?;
    if p.ctx().attr_str(name).is_none() {
        return Err(p.error("expected the composite's name as a string"));
    }
    p.add_attr("name", name);
    let ops = if p.peek_kind() == Tok::LBrace || p.peek_kind() == Tok::Colon {
        Vec::new()
    } else {
        p.parse_operand_list()?
    };
    crate::syntax::parse_std_tail(p, &ops)
}

fn print_composite(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    if let Some(a) = m.attr(op, "name") {
        pr.w(" ");
        pr.attr(a);
    }
    if m.num_operands(op) > 0 {
        pr.w(" ");
        pr.operands(m.operands(op));
    }
    print_types(pr, op, &["name"]);
}

/// `(%x init: %c)[, (%y init: %d)...] applies stablehlo.add across dimensions = [1] : (T...) -> R`
/// (the combiner region is built from the named op), or the same with
/// `across dimensions = [..] : (T...) -> (R...) reducer(%a: E, %c: E) (%b: F, %d: F) { ... }`, whose
/// block takes the first argument of every pair, then the second of every pair.
fn parse_reduce(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let mut xs = Vec::new();
    let mut inits = Vec::new();
    loop {
        p.expect(Tok::LParen, "'('")?;
        xs.push(p.parse_operand()?);
        p.parse_keyword("init")?;
        p.expect(Tok::Colon, "':'")?;
        inits.push(p.parse_operand()?);
        p.expect(Tok::RParen, "')'")?;
        if !p.consume_if(Tok::Comma) {
            break;
        }
    }
    let at = p.current_loc();
    let combiner = if p.parse_optional_keyword("applies") {
        Some(
            p.parse_optional_bare_ident()
                .ok_or_else(|| p.error("expected the combining op"))?,
        )
    } else {
        None
    };
    p.parse_keyword("across")?;
    p.parse_keyword("dimensions")?;
    p.expect(Tok::Equal, "'='")?;
    let dims = parse_int_list(p)?;
    let a = i64_array(p, &dims);
    p.add_attr("dimensions", a);
    p.parse_optional_attr_dict()?;
    p.expect(Tok::Colon, "':' and types")?;
    let t = p.parse_type()?;
    let ctx = p.ctx();
    let TypeKind::Function { inputs, results } = ctx.ty(t).clone() else {
        return Err(p.error("expected a function type"));
    };
    let n = xs.len();
    if inputs.len() != 2 * n {
        return Err(p.error(format!("expected {} operand and init types", 2 * n)));
    }
    let operands: Vec<_> = xs.into_iter().chain(inits).collect();
    p.resolve_operands(&operands, &inputs)?;
    p.state.result_types.extend(results.iter().copied());
    let Some(combiner) = combiner else {
        p.parse_keyword("reducer")?;
        let (mut firsts, mut seconds) = (Vec::new(), Vec::new());
        for _ in 0..n {
            p.expect(Tok::LParen, "'(' and a pair of reducer arguments")?;
            firsts.push(p.parse_argument(false)?);
            p.expect(Tok::Comma, "','")?;
            seconds.push(p.parse_argument(false)?);
            p.expect(Tok::RParen, "')'")?;
        }
        firsts.extend(seconds);
        p.parse_region(&firsts)?;
        return Ok(());
    };
    if n != 1 {
        return Err(kiln_ir::Diagnostic::error(
            at,
            "`applies` takes one operand; use `reducer`",
        ));
    }
    if ctx.op_def(&combiner).is_none() {
        return Err(kiln_ir::Diagnostic::error(
            at,
            format!("unknown combining op '{combiner}'"),
        ));
    }
    // ^bb0(%a: I, %b: I): %r = <combiner> %a, %b; stablehlo.return %r
    let elem = inputs[1];
    let m = p.module_mut();
    let (region, block) = Builder::region_with_block(m, &[elem, elem], at);
    let (a0, a1) = (m.block_args(block)[0], m.block_args(block)[1]);
    let b = Builder::at_end(block);
    let mut st = OperationState::new(ctx.sym(&combiner), at);
    st.operands.extend([a0, a1]);
    st.result_types.push(elem);
    let c = b.create(m, st);
    let r = m.result(c, 0);
    let mut st = OperationState::new(ctx.sym("stablehlo.return"), at);
    st.operands.push(r);
    b.create(m, st);
    p.state.regions.push(region);
    Ok(())
}

/// `%p, %a, %b : Tp, T` (predicate type, then the type of the rest) or a function type.
fn parse_select(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ops = p.parse_operand_list()?;
    p.parse_optional_attr_dict()?;
    p.expect(Tok::Colon, "':' and types")?;
    let tys = p.parse_type_list()?;
    let ctx = p.ctx();
    match (tys.as_slice(), ctx.ty(tys[0]).clone()) {
        ([_], TypeKind::Function { inputs, results }) => {
            p.resolve_operands(&ops, &inputs)?;
            p.state.result_types.extend(results.iter().copied());
        }
        ([t], _) => {
            p.resolve_operands(&ops, &[*t, *t, *t])?;
            p.state.result_types.push(*t);
        }
        ([pt, t], _) => {
            p.resolve_operands(&ops, &[*pt, *t, *t])?;
            p.state.result_types.push(*t);
        }
        _ => return Err(p.error("expected the predicate type and the value type")),
    }
    Ok(())
}

fn print_select(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let types = [m.value_type(m.operand_value(op, 0)), m.value_type(m.result(op, 0))];
    crate::syntax::print_operands_then_types(pr, op, &types);
}

/// `dim = 1 : T` (iota).
fn parse_iota(p: &mut OpParser<'_, '_>) -> PResult<()> {
    p.parse_keyword("dim")?;
    p.expect(Tok::Equal, "'='")?;
    let v = p.parse_integer()?;
    let ctx = p.ctx();
    p.add_attr("iota_dimension", ctx.int_attr(v as i128, ctx.i64()));
    p.parse_optional_attr_dict()?;
    let t = p.parse_colon_type()?;
    p.state.result_types.push(t);
    Ok(())
}

fn print_iota(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let d = m
        .attr(op, "iota_dimension")
        .and_then(|a| pr.ctx().attr_int(a))
        .unwrap_or(0);
    pr.w(&format!(" dim = {d}"));
    pr.attr_dict(op, &["iota_dimension"]);
    pr.w(" : ");
    pr.ty(m.value_type(m.result(op, 0)));
}

/// `%x [1:5, 0:3:2] : (T) -> R`: start, limit and an optional stride per dimension.
fn parse_slice(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let x = p.parse_operand()?;
    p.expect(Tok::LSquare, "'['")?;
    let (mut start, mut limit, mut stride) = (Vec::new(), Vec::new(), Vec::new());
    if !p.consume_if(Tok::RSquare) {
        loop {
            start.push(p.parse_integer()?);
            p.expect(Tok::Colon, "':'")?;
            limit.push(p.parse_integer()?);
            stride.push(if p.consume_if(Tok::Colon) {
                p.parse_integer()?
            } else {
                1
            });
            if !p.consume_if(Tok::Comma) {
                break;
            }
        }
        p.expect(Tok::RSquare, "']'")?;
    }
    for (name, v) in [("start_indices", start), ("limit_indices", limit), ("strides", stride)] {
        let a = i64_array(p, &v);
        p.add_attr(name, a);
    }
    crate::syntax::parse_std_tail(p, &[x])
}

fn print_slice(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let (s, l, st) = (
        ints_of(m, op, "start_indices"),
        ints_of(m, op, "limit_indices"),
        ints_of(m, op, "strides"),
    );
    let parts: Vec<String> = (0..s.len())
        .map(|i| match st.get(i) {
            Some(&k) if k != 1 => format!("{}:{}:{k}", s[i], l.get(i).copied().unwrap_or(0)),
            _ => format!("{}:{}", s[i], l.get(i).copied().unwrap_or(0)),
        })
        .collect();
    pr.w(" ");
    pr.operands(m.operands(op));
    pr.w(&format!(" [{}]", parts.join(", ")));
    print_types(pr, op, &["start_indices", "limit_indices", "strides"]);
}

/// `%x, %i, %j, sizes = [3, 4] : (T...) -> R`.
fn parse_dynamic_slice(p: &mut OpParser<'_, '_>) -> PResult<()> {
    operands_then(p, None, |p| {
        p.parse_keyword("sizes")?;
        p.expect(Tok::Equal, "'='")?;
        let v = parse_int_list(p)?;
        let a = i64_array(p, &v);
        p.add_attr("slice_sizes", a);
        Ok(())
    })
}

fn print_dynamic_slice(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.w(" ");
    pr.operands(m.operands(op));
    pr.w(&format!(", sizes = {}", list_text(&ints_of(m, op, "slice_sizes"))));
    print_types(pr, op, &["slice_sizes"]);
}

/// `(%lhs, %rhs) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f], window = {stride = [..],
/// pad = [[..], ..], lhs_dilate = [..], rhs_dilate = [..], reverse = [..]} {attrs} : (T, T) -> R`.
/// Stored as the generic form's attributes. Printed in the generic form.
fn parse_convolution(p: &mut OpParser<'_, '_>) -> PResult<()> {
    p.expect(Tok::LParen, "'('")?;
    let ops = p.parse_operand_list()?;
    p.expect(Tok::RParen, "')'")?;
    p.parse_keyword("dim_numbers")?;
    p.expect(Tok::Equal, "'='")?;
    let mut labels = Vec::new();
    for k in 0..3 {
        if k == 1 {
            p.parse_keyword("x")?;
        } else if k == 2 {
            p.expect(Tok::Arrow, "'->'")?;
        }
        p.expect(Tok::LSquare, "'['")?;
        let mut items = Vec::new();
        loop {
            let item = match p.parse_optional_bare_ident() {
                Some(w) => w,
                None => p.parse_integer()?.to_string(),
            };
            items.push(item);
            if !p.consume_if(Tok::Comma) {
                break;
            }
        }
        p.expect(Tok::RSquare, "']'")?;
        labels.push(format!("[{}]", items.join(", ")));
    }
    let ctx = p.ctx();
    let dn = ctx.intern_attr(AttrKind::Dialect {
        dialect: ctx.sym("stablehlo"),
        body: format!(".conv<{}x{}->{}>", labels[0], labels[1], labels[2]).into(),
    });
    p.add_attr("dimension_numbers", dn);
    if p.consume_if(Tok::Comma) {
        p.parse_keyword("window")?;
        p.expect(Tok::Equal, "'='")?;
        p.expect(Tok::LBrace, "'{'")?;
        while let Some(key) = p.parse_optional_bare_ident() {
            p.expect(Tok::Equal, "'='")?;
            let at = p.current_loc();
            let a = p.parse_attr()?;
            let ints = |a: Attr| -> PResult<Vec<i64>> {
                match ctx.attr(a) {
                    AttrKind::Array(items) => items
                        .iter()
                        .map(|&i| match ctx.attr(i) {
                            AttrKind::Array(_) => Err(kiln_ir::Diagnostic::error(at, "unexpected nesting")),
                            _ => ctx
                                .attr_int(i)
                                .map(|v| v as i64)
                                .ok_or_else(|| kiln_ir::Diagnostic::error(at, "expected integers or booleans")),
                        })
                        .collect(),
                    _ => Err(kiln_ir::Diagnostic::error(at, "expected a list")),
                }
            };
            match key.as_str() {
                "stride" => p.add_attr("window_strides", ctx.i64_array_attr(&ints(a)?)),
                "lhs_dilate" => p.add_attr("lhs_dilation", ctx.i64_array_attr(&ints(a)?)),
                "rhs_dilate" => p.add_attr("rhs_dilation", ctx.i64_array_attr(&ints(a)?)),
                "reverse" => {
                    let v = ints(a)?;
                    p.add_attr(
                        "window_reversal",
                        ctx.intern_attr(AttrKind::DenseArray {
                            elem: ctx.i1(),
                            values: DenseArray::Int(v.into()),
                        }),
                    )
                }
                "pad" => {
                    let AttrKind::Array(rows) = ctx.attr(a).clone() else {
                        return Err(kiln_ir::Diagnostic::error(at, "expected [[low, high], ...]"));
                    };
                    let mut flat = Vec::new();
                    for r in rows.iter() {
                        let pair = ints(*r)?;
                        if pair.len() != 2 {
                            return Err(kiln_ir::Diagnostic::error(at, "expected [low, high] pairs"));
                        }
                        flat.extend(pair);
                    }
                    let ty = ctx.tensor_type(
                        vec![kiln_ir::Dim::Const(rows.len() as i64), kiln_ir::Dim::Const(2)],
                        ctx.i64(),
                    );
                    let bytes = flat.iter().flat_map(|v| v.to_le_bytes()).collect();
                    p.add_attr("padding", ctx.dense_attr(ty, bytes));
                }
                other => {
                    return Err(kiln_ir::Diagnostic::error(
                        at,
                        format!("unknown window field '{other}'"),
                    ))
                }
            }
            if !p.consume_if(Tok::Comma) {
                break;
            }
        }
        p.expect(Tok::RBrace, "'}'")?;
    }
    crate::syntax::parse_std_tail(p, &ops)
}

/// `(%x, k = 3) : T -> (T, Ti)` (chlo.top_k).
fn parse_top_k(p: &mut OpParser<'_, '_>) -> PResult<()> {
    p.expect(Tok::LParen, "'('")?;
    let x = p.parse_operand()?;
    p.expect(Tok::Comma, "','")?;
    p.parse_keyword("k")?;
    p.expect(Tok::Equal, "'='")?;
    let k = p.parse_integer()?;
    p.expect(Tok::RParen, "')'")?;
    let ctx = p.ctx();
    p.add_attr("k", ctx.int_attr(k as i128, ctx.i64()));
    p.parse_optional_attr_dict()?;
    let t = p.parse_colon_type()?;
    p.expect(Tok::Arrow, "'->'")?;
    p.expect(Tok::LParen, "'('")?;
    let results = p.parse_type_list()?;
    p.expect(Tok::RParen, "')'")?;
    p.resolve_operands(&[x], &[t])?;
    p.state.result_types.extend(results);
    Ok(())
}

fn print_top_k(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let k = m.attr(op, "k").and_then(|a| pr.ctx().attr_int(a)).unwrap_or(0);
    pr.w("(");
    pr.operands(m.operands(op));
    pr.w(&format!(", k = {k})"));
    pr.attr_dict(op, &["k"]);
    pr.w(" : ");
    pr.ty(m.value_type(m.operand_value(op, 0)));
    pr.w(" -> (");
    let rs: Vec<_> = m.results(op).collect();
    for (i, r) in rs.iter().enumerate() {
        if i > 0 {
            pr.w(", ");
        }
        pr.ty(m.value_type(*r));
    }
    pr.w(")");
}

fn parse_return(p: &mut OpParser<'_, '_>) -> PResult<()> {
    crate::syntax::parse_terminator(p)
}

/// Adds the pretty forms to the dialect's ops.
pub(crate) fn with_syntax(mut d: DialectDef) -> DialectDef {
    use kiln_ir::registry::{ParseFn, PrintFn};
    for op in &mut d.ops {
        let (parse, print): (ParseFn, Option<PrintFn>) = match op.name.as_str() {
            "stablehlo.constant" => (
                crate::syntax::parse_dense_constant,
                Some(crate::syntax::print_dense_constant),
            ),
            "stablehlo.broadcast_in_dim" | "stablehlo.dynamic_broadcast_in_dim" => {
                (parse_broadcast, Some(print_broadcast))
            }
            "stablehlo.get_dimension_size" | "stablehlo.concatenate" => (parse_dim_op, Some(print_dim_op)),
            "stablehlo.dynamic_iota" => (parse_dynamic_iota, Some(print_dynamic_iota)),
            "stablehlo.iota" => (parse_iota, Some(print_iota)),
            "stablehlo.transpose" => (parse_transpose, Some(print_transpose)),
            "stablehlo.reverse" => (parse_reverse, Some(print_reverse)),
            "stablehlo.pad" => (parse_pad, Some(print_pad)),
            "stablehlo.reduce_precision" => (parse_reduce_precision, Some(print_reduce_precision)),
            "stablehlo.select" => (parse_select, Some(print_select)),
            "stablehlo.slice" => (parse_slice, Some(print_slice)),
            "stablehlo.dynamic_slice" => (parse_dynamic_slice, Some(print_dynamic_slice)),
            "stablehlo.convolution" => (parse_convolution, None),
            "chlo.top_k" => (parse_top_k, Some(print_top_k)),
            // Region-bearing ops without a custom form here: generic only.
            "stablehlo.sort"
            | "stablehlo.scatter"
            | "stablehlo.reduce_window"
            | "stablehlo.case"
            | "stablehlo.if"
            | "stablehlo.gather"
            | "stablehlo.dynamic_gather"
            | "stablehlo.optimization_barrier"
            | "stablehlo.dynamic_conv" => {
                op.parse = None;
                op.print = None;
                continue;
            }
            "stablehlo.dot_general" => (parse_dot_general, Some(print_dot_general)),
            "stablehlo.compare" => (parse_compare, Some(print_compare)),
            "stablehlo.custom_call" => (parse_custom_call, Some(print_custom_call)),
            "stablehlo.composite" => (parse_composite, Some(print_composite)),
            // Printed in the generic form (the region is explicit there).
            "stablehlo.reduce" => (parse_reduce, None),
            "stablehlo.return" => (parse_return, Some(crate::syntax::print_terminator)),
            "chlo.square" | "chlo.erf" | "chlo.erfc" | "chlo.asinh" | "chlo.atan" | "chlo.erf_inv" => {
                (parse_chlo_unary, Some(print_chlo_unary))
            }
            "stablehlo.while" => (parse_while, None),
            _ => (parse_std, Some(print_std_plain)),
        };
        op.parse = Some(parse);
        op.print = print;
    }
    d
}

/// CHLO's unary form: `%x : T -> R`.
fn parse_chlo_unary(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let x = p.parse_operand()?;
    p.parse_optional_attr_dict()?;
    let t = p.parse_colon_type()?;
    let r = if p.consume_if(Tok::Arrow) { p.parse_type()? } else { t };
    p.resolve_operands(&[x], &[t])?;
    p.state.result_types.push(r);
    Ok(())
}

fn print_chlo_unary(pr: &mut OpPrinter<'_>, op: OpId) {
    crate::syntax::print_unary_conversion(pr, op, " -> ")
}

fn print_std_plain(pr: &mut OpPrinter<'_>, op: OpId) {
    print_std_with(pr, op, &[])
}

/// JAX's `while`: `(%iterArg = %init, ...) : T, ... [attributes {...}] cond {...} do {...}`; both
/// regions take the iteration arguments. Printed in the generic form.
fn parse_while(p: &mut OpParser<'_, '_>) -> PResult<()> {
    p.expect(Tok::LParen, "'(' and the iteration arguments")?;
    let mut names = Vec::new();
    let mut inits = Vec::new();
    if !p.consume_if(Tok::RParen) {
        loop {
            names.push(p.parse_operand()?);
            p.expect(Tok::Equal, "'=' and the initial value")?;
            inits.push(p.parse_operand()?);
            if !p.consume_if(Tok::Comma) {
                break;
            }
        }
        p.expect(Tok::RParen, "')'")?;
    }
    let mut types = Vec::new();
    if !inits.is_empty() {
        p.expect(Tok::Colon, "':' and the carried types")?;
        loop {
            types.push(p.parse_type()?);
            if !p.consume_if(Tok::Comma) {
                break;
            }
        }
    }
    if types.len() != inits.len() {
        return Err(p.error(format!("expected {} carried types, got {}", inits.len(), types.len())));
    }
    p.resolve_operands(&inits, &types)?;
    p.state.result_types.extend(types.iter().copied());
    p.parse_optional_attr_dict_with_keyword()?;
    let args: Vec<kiln_ir::parser::Argument> = names
        .into_iter()
        .zip(&types)
        .map(|(name, &ty)| kiln_ir::parser::Argument {
            name,
            ty,
            attrs: None,
            loc: None,
        })
        .collect();
    p.parse_keyword("cond")?;
    p.parse_region(&args)?;
    p.parse_keyword("do")?;
    p.parse_region(&args)?;
    Ok(())
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
