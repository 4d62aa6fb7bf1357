//! Assembly formats shared by many ops, so an op's declaration names its syntax in one word.
//!
//! `std`: `%a, %b {attrs} : T` when every operand and the single result have type `T`, else
//! `%a, %b {attrs} : (T1, T2) -> R`. `std_region`: the same followed by one region.

use kiln_ir::lexer::Tok;
use kiln_ir::module::OpId;
use kiln_ir::parser::{OpParser, PResult, UnresolvedOperand};
use kiln_ir::printer::OpPrinter;
use kiln_ir::{Type, TypeKind};

/// Operands, attributes and types (see the module docs).
pub fn parse_std(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ops = p.parse_operand_list()?;
    parse_std_tail(p, &ops)
}

/// The `{attrs} : types` tail of the `std` format, resolving `ops` against the types.
pub fn parse_std_tail(p: &mut OpParser<'_, '_>, ops: &[UnresolvedOperand]) -> PResult<()> {
    p.parse_optional_attr_dict()?;
    p.expect(Tok::Colon, "':' and types")?;
    let at = p.current_loc();
    let t = p.parse_type()?;
    resolve_std_type(p, ops, t, at)
}

/// What `: t` means in the `std` format, once `t` (read at `at`) is parsed: a function type,
/// or one type for every operand and the result.
pub fn resolve_std_type(
    p: &mut OpParser<'_, '_>,
    ops: &[UnresolvedOperand],
    t: kiln_ir::Type,
    at: kiln_ir::Attr,
) -> PResult<()> {
    let ctx = p.ctx();
    match ctx.ty(t).clone() {
        TypeKind::Function { inputs, results } => {
            p.resolve_operands(ops, &inputs)?;
            p.state.result_types.extend(results.iter().copied());
        }
        _ => {
            let tys = vec![t; ops.len()];
            p.resolve_operands(ops, &tys)?;
            if p.num_results > 1 {
                return Err(kiln_ir::Diagnostic::error(
                    at,
                    "expected a function type for an op with several results",
                ));
            }
            if p.num_results == 1 {
                p.state.result_types.push(t);
            }
        }
    }
    Ok(())
}

/// Prints the `std` format, eliding `elided` attributes.
pub fn print_std_with(pr: &mut OpPrinter<'_>, op: OpId, elided: &[&str]) {
    let m = pr.module();
    if m.num_operands(op) > 0 {
        pr.w(" ");
        pr.operands(m.operands(op));
    }
    print_std_tail(pr, op, elided);
}

/// The `{attrs} : types` tail of the `std` format, eliding `elided` attributes.
pub fn print_std_tail(pr: &mut OpPrinter<'_>, op: OpId, elided: &[&str]) {
    let m = pr.module();
    pr.attr_dict(op, elided);
    pr.w(" : ");
    let ins: Vec<Type> = m.operands(op).map(|v| m.value_type(v)).collect();
    let outs: Vec<Type> = m.results(op).map(|v| m.value_type(v)).collect();
    if outs.len() == 1
        && !ins.is_empty()
        && ins.iter().all(|&t| t == outs[0])
        && !matches!(pr.ctx().ty(outs[0]), TypeKind::Function { .. })
    {
        pr.ty(outs[0]);
    } else {
        let ctx = pr.ctx();
        pr.ty(ctx.function_type(&ins, &outs));
    }
}

pub fn print_std(pr: &mut OpPrinter<'_>, op: OpId) {
    print_std_with(pr, op, &[])
}

/// `std` followed by a region (whose entry block spells out its arguments).
pub fn parse_std_region(p: &mut OpParser<'_, '_>) -> PResult<()> {
    parse_std(p)?;
    p.parse_region(&[])?;
    Ok(())
}

pub fn print_std_region(pr: &mut OpPrinter<'_>, op: OpId) {
    print_std(pr, op);
    let m = pr.module();
    for &r in m.regions(op) {
        pr.w(" ");
        pr.region(r, true);
    }
}

/// Terminators: `%a, %b : T1, T2` or nothing.
pub fn parse_terminator(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ops = p.parse_operand_list()?;
    p.parse_optional_attr_dict()?;
    if !ops.is_empty() {
        p.expect(Tok::Colon, "':' and operand types")?;
        let tys = p.parse_type_list()?;
        p.resolve_operands(&ops, &tys)?;
    }
    Ok(())
}

pub fn print_terminator(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.attr_dict(op, &[]);
    if m.num_operands(op) > 0 {
        pr.w(" ");
        pr.operands(m.operands(op));
        pr.w(" : ");
        pr.types(m.operands(op).map(|v| m.value_type(v)));
    }
}

/// `dense<...> : T`: a constant whose type is its attribute's (tensor and stablehlo constants).
pub fn parse_dense_constant(p: &mut OpParser<'_, '_>) -> PResult<()> {
    p.parse_optional_attr_dict()?;
    let at = p.current_loc();
    let a = p.parse_attr()?;
    let ctx = p.ctx();
    let kiln_ir::AttrKind::Dense { ty, .. } = ctx.attr(a) else {
        return Err(kiln_ir::Diagnostic::error(at, "expected a dense elements attribute"));
    };
    p.state.result_types.push(*ty);
    p.add_attr("value", a);
    Ok(())
}

pub fn print_dense_constant(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.attr_dict(op, &["value"]);
    if let Some(v) = m.attr(op, "value") {
        pr.w(" ");
        pr.attr(v);
    }
}

/// ` %a, %b {attrs} : T1, T2`: every operand, then the given types (one per type the syntax
/// names: `stablehlo.select`'s predicate and value, `kmath.ldexp`'s value and exponent).
pub fn print_operands_then_types(pr: &mut OpPrinter<'_>, op: OpId, types: &[Type]) {
    let m = pr.module();
    pr.w(" ");
    pr.operands(m.operands(op));
    pr.attr_dict(op, &[]);
    pr.w(" : ");
    for (i, &t) in types.iter().enumerate() {
        if i > 0 {
            pr.w(", ");
        }
        pr.ty(t);
    }
}

/// `%x {attrs} : T <sep> R` for one-operand ops that change the type (`to` for casts, `->` for
/// CHLO).
pub fn print_unary_conversion(pr: &mut OpPrinter<'_>, op: OpId, sep: &str) {
    let m = pr.module();
    pr.w(" ");
    pr.operand(m.operand_value(op, 0));
    pr.attr_dict(op, &[]);
    pr.w(" : ");
    pr.ty(m.value_type(m.operand_value(op, 0)));
    pr.w(sep);
    pr.ty(m.value_type(m.result(op, 0)));
}
