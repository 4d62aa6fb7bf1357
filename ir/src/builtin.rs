//! The `builtin` dialect: `builtin.module` and `builtin.unrealized_conversion_cast`. It lives in
//! `ir` because the parser wraps top-level ops in a module and dialect conversion needs the cast.

use crate::lexer::Tok;
use crate::module::{Module, OpId};
use crate::parser::{OpParser, PResult};
use crate::printer::OpPrinter;
use crate::registry::{DialectDef, OpDef, Traits};

pub(crate) fn dialect() -> DialectDef {
    let mut d = DialectDef::new("builtin", "Modules and the casts dialect conversion leaves behind");
    d.ops.push(OpDef {
        traits: Traits::ISOLATED_FROM_ABOVE
            | Traits::SYMBOL_TABLE
            | Traits::NO_TERMINATOR
            | Traits::SINGLE_BLOCK
            | Traits::GRAPH_REGION,
        inherent_attrs: vec!["sym_name", "sym_visibility"],
        operands: crate::registry::Arity::Exact(0),
        results: crate::registry::Arity::Exact(0),
        verify: Some(verify_module),
        parse: Some(parse_module),
        print: Some(print_module),
        ..OpDef::new("builtin.module", "A top-level container of operations")
    });
    d.ops.push(OpDef {
        traits: Traits::PURE,
        parse: Some(parse_cast),
        print: Some(print_cast),
        ..OpDef::new(
            "builtin.unrealized_conversion_cast",
            "A cast between types of partially converted IR",
        )
    });
    d
}

fn verify_module(m: &Module, op: OpId) -> Result<(), String> {
    let rs = m.regions(op);
    if rs.len() != 1 || m.region_blocks(rs[0]).len() != 1 {
        return Err("expects one region with one block".into());
    }
    if m.num_operands(op) != 0 || m.num_results(op) != 0 {
        return Err("expects no operands or results".into());
    }
    if !m.block_args(m.region_blocks(rs[0])[0]).is_empty() {
        return Err("expects its body block to have no arguments".into());
    }
    Ok(())
}

fn parse_module(p: &mut OpParser<'_, '_>) -> PResult<()> {
    if let Some(name) = p.parse_optional_symbol_name()? {
        let ctx = p.ctx();
        p.add_attr("sym_name", ctx.str_attr(&name));
    }
    p.parse_optional_attr_dict_with_keyword()?;
    let r = p.parse_region(&[])?;
    // `module {}` still has its (empty) body block, as in MLIR.
    p.ensure_block(r);
    Ok(())
}

fn print_module(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let ctx = pr.ctx();
    if let Some(n) = m.attr(op, "sym_name").and_then(|a| ctx.attr_str(a)) {
        pr.w(" ");
        pr.symbol(n);
    }
    pr.attr_dict_with_keyword(op, &["sym_name"]);
    pr.w(" ");
    pr.region(m.regions(op)[0], false);
}

fn parse_cast(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ops = p.parse_operand_list()?;
    let mut in_types = Vec::new();
    if !ops.is_empty() {
        p.expect(Tok::Colon, "':'")?;
        in_types = p.parse_type_list()?;
    }
    p.parse_keyword("to")?;
    let out = p.parse_type_list()?;
    p.resolve_operands(&ops, &in_types)?;
    p.state.result_types.extend(out);
    p.parse_optional_attr_dict()
}

fn print_cast(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    if m.num_operands(op) > 0 {
        pr.w(" ");
        pr.operands(m.operands(op));
        pr.w(" : ");
        pr.types(m.operands(op).map(|v| m.value_type(v)));
    }
    pr.w(" to ");
    pr.types(m.results(op).map(|v| m.value_type(v)));
    pr.attr_dict(op, &[]);
}
