//! The `func` dialect: functions, calls and returns.

use kiln_ir::attrs::AttrKind;
use kiln_ir::lexer::Tok;
use kiln_ir::module::{Module, OpId};
use kiln_ir::parser::{Argument, OpParser, PResult};
use kiln_ir::printer::{print_type, type_to_string, OpPrinter};
use kiln_ir::registry::{Arity, DialectDef, Interfaces, OpDef, Traits};
use kiln_ir::symbol::{lookup_nearest, symbol_name};
use kiln_ir::{Attr, Type, TypeKind};

/// The `func` dialect definition.
pub fn dialect() -> DialectDef {
    let mut d = DialectDef::new("func", "Functions, calls and returns");
    d.ops = vec![
        OpDef {
            traits: Traits::ISOLATED_FROM_ABOVE | Traits::SYMBOL,
            inherent_attrs: vec!["sym_name", "function_type", "sym_visibility", "arg_attrs", "res_attrs"],
            operands: Arity::Exact(0),
            results: Arity::Exact(0),
            verify: Some(verify_func),
            parse: Some(parse_func),
            print: Some(print_func),
            default_dialect: Some("func"),
            interfaces: Interfaces {
                callable: true,
                ..Default::default()
            },
            ..OpDef::new(
                "func.func",
                "A function with a body region (or a declaration without one)",
            )
        },
        OpDef {
            inherent_attrs: vec!["callee"],
            verify: Some(verify_call),
            parse: Some(parse_call),
            print: Some(print_call),
            interfaces: Interfaces {
                call_callee_attr: Some("callee"),
                ..Default::default()
            },
            ..OpDef::new("func.call", "Calls a function by symbol")
        },
        OpDef {
            traits: Traits::PURE | Traits::TERMINATOR | Traits::RETURN_LIKE,
            results: Arity::Exact(0),
            verify: Some(verify_return),
            parse: Some(crate::syntax::parse_terminator),
            print: Some(crate::syntax::print_terminator),
            ..OpDef::new("func.return", "Returns from a function")
        },
    ];
    d
}

/// The entry block of function `f` (`None` for a declaration).
pub fn entry_block(m: &Module, f: OpId) -> Option<kiln_ir::BlockId> {
    m.region_blocks(*m.regions(f).first()?).first().copied()
}

/// Whether `op` is a public `func.func` with a body: what callers outside the module call.
pub fn is_public_definition(m: &Module, op: OpId) -> bool {
    m.op_name(op) == "func.func" && kiln_ir::symbol::is_public(m, op) && entry_block(m, op).is_some()
}

/// The `(inputs, results)` of a function op.
pub fn signature(m: &Module, op: OpId) -> Option<(Vec<Type>, Vec<Type>)> {
    let ctx = m.ctx();
    let t = m.attr(op, "function_type").and_then(|a| ctx.attr_type(a))?;
    match ctx.ty(t) {
        TypeKind::Function { inputs, results } => Some((inputs.to_vec(), results.to_vec())),
        _ => None,
    }
}

fn verify_func(m: &Module, op: OpId) -> Result<(), String> {
    let (inputs, results) = signature(m, op).ok_or("requires a 'function_type' attribute of function type")?;
    let ctx = m.ctx();
    for (name, n) in [("arg_attrs", inputs.len()), ("res_attrs", results.len())] {
        if let Some(a) = m.attr(op, name) {
            match ctx.attr(a) {
                AttrKind::Array(items)
                    if items.len() == n && items.iter().all(|i| matches!(ctx.attr(*i), AttrKind::Dictionary(_))) => {}
                _ => return Err(format!("expects '{name}' to be an array of {n} dictionaries")),
            }
        }
    }
    if let Some(v) = m.attr(op, "sym_visibility") {
        if !matches!(ctx.attr_str(v), Some("public" | "private" | "nested")) {
            return Err("expects 'sym_visibility' to be \"public\", \"private\" or \"nested\"".into());
        }
    }
    let r = m.regions(op);
    if r.len() != 1 {
        return Err("expects one region".into());
    }
    let blocks = m.region_blocks(r[0]);
    let Some(&entry) = blocks.first() else {
        if m.attr(op, "sym_visibility").and_then(|v| ctx.attr_str(v)) == Some("public") {
            return Err("symbol declaration cannot have public visibility".into());
        }
        return Ok(());
    };
    let args = m.block_args(entry);
    if args.len() != inputs.len() {
        return Err(format!(
            "entry block must have {} arguments to match function signature",
            inputs.len()
        ));
    }
    for (i, (&a, &t)) in args.iter().zip(&inputs).enumerate() {
        if m.value_type(a) != t {
            return Err(format!(
                "type of entry block argument #{i}('{}') must match the type of the corresponding argument in function signature('{}')",
                type_to_string(ctx, m.value_type(a)),
                type_to_string(ctx, t)
            ));
        }
    }
    Ok(())
}

fn parse_func(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ctx = p.ctx();
    if let Some(vis) = ["public", "private", "nested"]
        .into_iter()
        .find(|v| p.parse_optional_keyword(v))
    {
        p.add_attr("sym_visibility", ctx.str_attr(vis));
    }
    let name = p.parse_symbol_name()?;
    p.add_attr("sym_name", ctx.str_attr(&name));
    p.expect(Tok::LParen, "'(' to start the argument list")?;
    let mut args: Vec<Argument> = Vec::new();
    let mut arg_types = Vec::new();
    let mut arg_attrs: Vec<Attr> = Vec::new();
    let mut named = None;
    if !p.consume_if(Tok::RParen) {
        loop {
            let is_named = p.peek_kind() == Tok::PercentIdent;
            if *named.get_or_insert(is_named) != is_named {
                return Err(p.error("expected SSA identifier or type consistently for all arguments"));
            }
            if is_named {
                let a = p.parse_argument(true)?;
                arg_types.push(a.ty);
                arg_attrs.push(a.attrs.unwrap_or(ctx.empty_dict()));
                args.push(a);
            } else {
                arg_types.push(p.parse_type()?);
                arg_attrs.push(p.parse_optional_dict_attr()?.unwrap_or(ctx.empty_dict()));
                p.parse_optional_loc()?;
            }
            if !p.consume_if(Tok::Comma) {
                break;
            }
        }
        p.expect(Tok::RParen, "')' to end the argument list")?;
    }
    let mut results = Vec::new();
    let mut res_attrs: Vec<Attr> = Vec::new();
    if p.consume_if(Tok::Arrow) {
        if p.consume_if(Tok::LParen) {
            if !p.consume_if(Tok::RParen) {
                loop {
                    results.push(p.parse_type()?);
                    res_attrs.push(p.parse_optional_dict_attr()?.unwrap_or(ctx.empty_dict()));
                    if !p.consume_if(Tok::Comma) {
                        break;
                    }
                }
                p.expect(Tok::RParen, "')' to end the result list")?;
            }
        } else {
            results.push(p.parse_type()?);
            res_attrs.push(ctx.empty_dict());
        }
    }
    p.add_attr("function_type", ctx.type_attr(ctx.function_type(&arg_types, &results)));
    if arg_attrs.iter().any(|&a| a != ctx.empty_dict()) {
        p.add_attr("arg_attrs", ctx.array_attr(&arg_attrs));
    }
    if res_attrs.iter().any(|&a| a != ctx.empty_dict()) {
        p.add_attr("res_attrs", ctx.array_attr(&res_attrs));
    }
    p.parse_optional_attr_dict_with_keyword()?;
    if p.at_lbrace() {
        if named == Some(false) {
            return Err(p.error("expected named arguments for a function with a body"));
        }
        p.parse_region(&args)?;
    } else {
        if named == Some(true) {
            return Err(p.error("expected '{' to begin the body of a function with named arguments"));
        }
        p.add_empty_region();
    }
    Ok(())
}

fn print_func(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let ctx = pr.ctx();
    let (inputs, results) = signature(m, op).unwrap_or_default();
    // `llvm.func private @f` means private linkage upstream, not symbol visibility: there
    // the visibility stays in the attribute dictionary (what upstream prints).
    let keyword = m.op_name(op) != "llvm.func";
    if let Some(v) = m
        .attr(op, "sym_visibility")
        .and_then(|a| ctx.attr_str(a))
        .filter(|_| keyword)
    {
        pr.w(" ");
        pr.w(v);
    }
    pr.w(" ");
    pr.symbol(symbol_name(m, op).unwrap_or(""));
    let dict_at = |name: &str, i: usize| -> Option<Attr> {
        match ctx.attr(m.attr(op, name)?) {
            AttrKind::Array(items) => items.get(i).copied().filter(|&a| a != ctx.empty_dict()),
            _ => None,
        }
    };
    let region = m.regions(op)[0];
    let entry = m.region_blocks(region).first().copied();
    pr.w("(");
    for (i, &t) in inputs.iter().enumerate() {
        if i > 0 {
            pr.w(", ");
        }
        if let Some(b) = entry {
            pr.operand(m.block_args(b)[i]);
            pr.w(": ");
        }
        pr.ty(t);
        if let Some(d) = dict_at("arg_attrs", i) {
            pr.w(" ");
            pr.attr(d);
        }
        if let Some(b) = entry {
            pr.loc_suffix(m.block_arg_locs(b)[i]);
        }
    }
    pr.w(")");
    if !results.is_empty() {
        pr.w(" -> ");
        let any_attrs = (0..results.len()).any(|i| dict_at("res_attrs", i).is_some());
        let single = results.len() == 1 && !any_attrs && !matches!(ctx.ty(results[0]), TypeKind::Function { .. });
        if !single {
            pr.w("(");
        }
        for (i, &t) in results.iter().enumerate() {
            if i > 0 {
                pr.w(", ");
            }
            pr.ty(t);
            if let Some(d) = dict_at("res_attrs", i) {
                pr.w(" ");
                pr.attr(d);
            }
        }
        if !single {
            pr.w(")");
        }
    }
    let elided: &[&str] = if keyword {
        &["sym_name", "function_type", "sym_visibility", "arg_attrs", "res_attrs"]
    } else {
        &["sym_name", "function_type", "arg_attrs", "res_attrs"]
    };
    pr.attr_dict_with_keyword(op, elided);
    if entry.is_some() {
        pr.w(" ");
        pr.region(region, false);
    }
}

fn callee_name(m: &Module, op: OpId) -> Option<&str> {
    match m.ctx().attr(m.attr(op, "callee")?) {
        AttrKind::SymbolRef { root, nested } if nested.is_empty() => Some(m.ctx().str(*root)),
        _ => None,
    }
}

/// A buffer may be passed for a memref parameter whose type says less about it: the same
/// element type and rank, and each extent equal or not a constant in one of them (`(b)x16` for
/// `?x16`). Buffers cross calls as descriptors that carry their extents, so nothing is lost;
/// bufferization knows more about a buffer than the callee's signature does.
fn refines_memref(ctx: &kiln_ir::Context, arg: kiln_ir::Type, param: kiln_ir::Type) -> bool {
    match (ctx.ty(arg), ctx.ty(param)) {
        (
            TypeKind::MemRef {
                shape: Some(a),
                elem: ea,
                ..
            },
            TypeKind::MemRef {
                shape: Some(p),
                elem: ep,
                ..
            },
        ) => {
            ea == ep
                && a.len() == p.len()
                && a.iter()
                    .zip(p.iter())
                    .all(|(x, y)| x == y || x.as_const().is_none() || y.as_const().is_none())
        }
        _ => false,
    }
}

fn verify_call(m: &Module, op: OpId) -> Result<(), String> {
    let name = callee_name(m, op).ok_or("requires a 'callee' symbol reference attribute")?;
    let f = lookup_nearest(m, op, name)
        .filter(|&f| m.op_def(f).is_some_and(|d| d.interfaces.callable))
        .ok_or_else(|| format!("'{name}' does not reference a valid function"))?;
    let (inputs, results) = signature(m, f).ok_or("callee has no valid function type")?;
    let ctx = m.ctx();
    if inputs.len() != m.num_operands(op) {
        return Err("incorrect number of operands for callee".into());
    }
    for (i, (v, &t)) in m.operands(op).zip(&inputs).enumerate() {
        if m.value_type(v) != t && !refines_memref(ctx, m.value_type(v), t) {
            return Err(format!(
                "operand type mismatch: expected operand type '{}', but provided '{}' for operand number {i}",
                type_to_string(ctx, t),
                type_to_string(ctx, m.value_type(v))
            ));
        }
    }
    if results.len() != m.num_results(op) {
        return Err("incorrect number of results for callee".into());
    }
    for (i, (r, &t)) in m.results(op).zip(&results).enumerate() {
        if m.value_type(r) != t {
            return Err(format!(
                "result type mismatch at index {i}: expected '{}', but found '{}'",
                type_to_string(ctx, t),
                type_to_string(ctx, m.value_type(r))
            ));
        }
    }
    Ok(())
}

fn parse_call(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ctx = p.ctx();
    let name = p.parse_symbol_name()?;
    p.add_attr("callee", ctx.symbol_ref(&name));
    p.expect(Tok::LParen, "'(' to start call operands")?;
    let ops = p.parse_operand_list()?;
    p.expect(Tok::RParen, "')' to end call operands")?;
    p.parse_optional_attr_dict()?;
    p.expect(Tok::Colon, "':' and the callee type")?;
    let t = p.parse_type()?;
    let TypeKind::Function { inputs, results } = ctx.ty(t).clone() else {
        return Err(p.error("expected function type"));
    };
    p.resolve_operands(&ops, &inputs)?;
    p.state.result_types.extend(results.iter().copied());
    Ok(())
}

fn print_call(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.w(" ");
    pr.symbol(callee_name(m, op).unwrap_or(""));
    pr.w("(");
    pr.operands(m.operands(op));
    pr.w(")");
    pr.attr_dict(op, &["callee"]);
    pr.w(" : ");
    let ctx = pr.ctx();
    let ins: Vec<Type> = m.operands(op).map(|v| m.value_type(v)).collect();
    let outs: Vec<Type> = m.results(op).map(|v| m.value_type(v)).collect();
    let mut s = String::new();
    print_type(ctx, ctx.function_type(&ins, &outs), &mut s);
    pr.w(&s);
}

fn verify_return(m: &Module, op: OpId) -> Result<(), String> {
    let Some(f) = m.parent_op(op).filter(|&f| m.op_name(f) == "func.func") else {
        return Err("expects parent op 'func.func'".into());
    };
    let (_, results) = signature(m, f).unwrap_or_default();
    let fname = symbol_name(m, f).unwrap_or("");
    if results.len() != m.num_operands(op) {
        return Err(format!(
            "has {} operands, but enclosing function (@{fname}) returns {}",
            m.num_operands(op),
            results.len()
        ));
    }
    let ctx = m.ctx();
    for (i, (v, &t)) in m.operands(op).zip(&results).enumerate() {
        if m.value_type(v) != t {
            return Err(format!(
                "type of return operand {i} ('{}') doesn't match function result type ('{}') in function @{fname}",
                type_to_string(ctx, m.value_type(v)),
                type_to_string(ctx, t)
            ));
        }
    }
    Ok(())
}
