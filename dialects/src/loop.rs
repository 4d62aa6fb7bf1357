//! The `loop` dialect: the mid level of lowering. Buffers are `memref` types with the same
//! symbolic dimensions as tensors; a symbolic or dynamic dimension of an allocation is given
//! by an `index` operand and read back with `loop.dim`. Loops are structured ops with regions.

use crate::syntax::{parse_std, parse_terminator, print_std, print_terminator};
use kiln_ir::lexer::Tok;
use kiln_ir::module::{Module, OpId};
use kiln_ir::parser::{Argument, OpParser, PResult};
use kiln_ir::printer::{type_to_string, OpPrinter};
use kiln_ir::registry::{Arity, DialectDef, OpDef, ParseFn, PrintFn, Traits, VerifyFn};
use kiln_ir::{dim, AttrKind, Dim, Type, TypeKind, Value};

type R = Result<(), String>;

fn memref_of(m: &Module, v: Value) -> Result<(Vec<Dim>, Type), String> {
    match m.ctx().ty(m.value_type(v)) {
        TypeKind::MemRef {
            shape: Some(s), elem, ..
        } => Ok((s.to_vec(), *elem)),
        _ => Err(format!(
            "expects a ranked memref, got '{}'",
            type_to_string(m.ctx(), m.value_type(v))
        )),
    }
}

fn all_index(m: &Module, vals: impl Iterator<Item = Value>, what: &str) -> R {
    let idx = m.ctx().index_type();
    for v in vals {
        if m.value_type(v) != idx {
            return Err(format!(
                "expects {what} of type index, got '{}'",
                type_to_string(m.ctx(), m.value_type(v))
            ));
        }
    }
    Ok(())
}

fn verify_alloc(m: &Module, op: OpId) -> R {
    let (dims, _) = memref_of(m, m.result(op, 0))?;
    let non_static = dims.iter().filter(|d| d.as_const().is_none()).count();
    if m.num_operands(op) != non_static {
        return Err(format!(
            "expects one index operand per non-static dimension ({non_static}), got {}",
            m.num_operands(op)
        ));
    }
    all_index(m, m.operands(op), "dimension sizes")
}

/// `loop.constant_buffer {value = dense<...>}`: a read-only buffer of static shape holding
/// `value` (compiled code keeps it as global data). Nothing may write or free it.
fn verify_constant_buffer(m: &Module, op: OpId) -> R {
    if m.num_operands(op) != 0 {
        return Err("expects no operands".into());
    }
    let (dims, elem) = memref_of(m, m.result(op, 0))?;
    let ctx = m.ctx();
    let Some(AttrKind::Dense { ty, .. }) = m.attr(op, "value").map(|a| ctx.attr(a)) else {
        return Err("requires a dense 'value'".into());
    };
    let (vs, ve) = (ctx.ty(*ty).shape(), ctx.ty(*ty).element_type());
    if vs != Some(&dims[..]) || ve != Some(elem) || dims.iter().any(|d| d.as_const().is_none()) {
        return Err(format!(
            "'value' ({}) must have the buffer's static shape and element type",
            type_to_string(ctx, *ty)
        ));
    }
    Ok(())
}

fn verify_dealloc(m: &Module, op: OpId) -> R {
    if m.num_operands(op) != 1 || m.num_results(op) != 0 {
        return Err("expects one memref operand and no results".into());
    }
    memref_of(m, m.operand_value(op, 0)).map(|_| ())
}

/// `loop.export %src, %dst`: `%dst` (a result buffer the caller passed) takes over `%src`'s
/// storage and extents; whatever `%dst` held is freed. How a function returns a result whose
/// extents only it knows.
fn verify_export(m: &Module, op: OpId) -> R {
    if m.num_operands(op) != 2 || m.num_results(op) != 0 {
        return Err("expects a source and a destination buffer".into());
    }
    let (s, e) = memref_of(m, m.operand_value(op, 0))?;
    let (d, de) = memref_of(m, m.operand_value(op, 1))?;
    if e != de || s.len() != d.len() {
        return Err("expects buffers of the same element type and rank".into());
    }
    Ok(())
}

fn verify_view(m: &Module, op: OpId) -> R {
    let (src, e) = memref_of(m, m.operand_value(op, 0))?;
    let (dst, de) = memref_of(m, m.result(op, 0))?;
    if e != de {
        return Err("expects the view to keep the element type".into());
    }
    let ctx = m.ctx();
    if dim::equal(ctx, &dim::product(ctx, &src), &dim::product(ctx, &dst)) == Some(false) {
        return Err("expects the view to keep the element count".into());
    }
    Ok(())
}

fn verify_subview(m: &Module, op: OpId) -> R {
    let (src, e) = memref_of(m, m.operand_value(op, 0))?;
    let (dst, de) = memref_of(m, m.result(op, 0))?;
    if e != de || src.len() != dst.len() {
        return Err("expects a subview of the same rank and element type".into());
    }
    if m.num_operands(op) != 1 + src.len() {
        return Err(format!(
            "expects one offset per dimension ({}), got {}",
            src.len(),
            m.num_operands(op) - 1
        ));
    }
    all_index(m, m.operands(op).skip(1), "offsets")?;
    for (i, (s, d)) in src.iter().zip(&dst).enumerate() {
        if let (Some(s), Some(d)) = (s.as_const(), d.as_const()) {
            if d > s {
                return Err(format!("subview dimension {i} ({d}) exceeds the buffer's ({s})"));
            }
        }
    }
    Ok(())
}

fn verify_load(m: &Module, op: OpId) -> R {
    let (dims, e) = memref_of(m, m.operand_value(op, 0))?;
    if m.num_operands(op) != 1 + dims.len() {
        return Err(format!(
            "expects {} indices, got {}",
            dims.len(),
            m.num_operands(op) - 1
        ));
    }
    all_index(m, m.operands(op).skip(1), "indices")?;
    if m.value_type(m.result(op, 0)) != e {
        return Err("expects the result to have the element type".into());
    }
    Ok(())
}

fn verify_store(m: &Module, op: OpId) -> R {
    let (dims, e) = memref_of(m, m.operand_value(op, 1))?;
    if m.num_operands(op) != 2 + dims.len() {
        return Err(format!(
            "expects {} indices, got {}",
            dims.len(),
            m.num_operands(op) - 2
        ));
    }
    all_index(m, m.operands(op).skip(2), "indices")?;
    if m.value_type(m.operand_value(op, 0)) != e {
        return Err("expects the stored value to have the element type".into());
    }
    Ok(())
}

fn verify_dim(m: &Module, op: OpId) -> R {
    let (dims, _) = memref_of(m, m.operand_value(op, 0))?;
    let i = m
        .attr(op, "index")
        .and_then(|a| m.ctx().attr_int(a))
        .ok_or("requires integer attribute 'index'")?;
    if i < 0 || i as usize >= dims.len() {
        return Err(format!("dimension {i} is out of range for rank {}", dims.len()));
    }
    if m.value_type(m.result(op, 0)) != m.ctx().index_type() {
        return Err("expects an index result".into());
    }
    Ok(())
}

fn body_yield_types(m: &Module, op: OpId, region: usize) -> Result<Vec<Type>, String> {
    let r = *m.regions(op).get(region).ok_or("missing region")?;
    let b = *m.region_blocks(r).first().ok_or("expects a body block")?;
    let t = m.last_op(b).ok_or("expects a terminator")?;
    Ok(m.operands(t).map(|v| m.value_type(v)).collect())
}

/// Operands: lower bound, upper bound, step, then the initial values of the carried ones.
fn verify_for(m: &Module, op: OpId) -> R {
    if m.num_operands(op) < 3 {
        return Err("expects lower bound, upper bound and step".into());
    }
    all_index(m, m.operands(op).take(3), "bounds and step")?;
    let carried: Vec<Type> = m.operands(op).skip(3).map(|v| m.value_type(v)).collect();
    let results: Vec<Type> = m.results(op).map(|v| m.value_type(v)).collect();
    if carried != results {
        return Err("expects one result per iter_arg, of the same type".into());
    }
    let b = m.region_blocks(m.regions(op)[0])[0];
    let args: Vec<Type> = m.block_args(b).iter().map(|&a| m.value_type(a)).collect();
    let mut want = vec![m.ctx().index_type()];
    want.extend(carried.iter().copied());
    if args != want {
        return Err("expects the body to take the induction variable and the iter_args".into());
    }
    if body_yield_types(m, op, 0)? != carried {
        return Err("expects the body to yield the iter_args' types".into());
    }
    Ok(())
}

fn verify_parallel(m: &Module, op: OpId) -> R {
    let n = m.num_operands(op);
    if n == 0 || !n.is_multiple_of(3) {
        return Err("expects lower bounds, upper bounds and steps, one of each per dimension".into());
    }
    all_index(m, m.operands(op), "bounds and steps")?;
    let b = m.region_blocks(m.regions(op)[0])[0];
    if m.block_args(b).len() != n / 3 {
        return Err(format!("expects {} induction variables", n / 3));
    }
    if !body_yield_types(m, op, 0)?.is_empty() {
        return Err("expects the body to yield nothing".into());
    }
    Ok(())
}

fn verify_if(m: &Module, op: OpId) -> R {
    if m.num_operands(op) != 1 || m.value_type(m.operand_value(op, 0)) != m.ctx().i1() {
        return Err("expects one i1 condition".into());
    }
    let results: Vec<Type> = m.results(op).map(|v| m.value_type(v)).collect();
    for r in 0..m.regions(op).len() {
        if m.region_blocks(m.regions(op)[r]).is_empty() {
            if results.is_empty() {
                continue;
            }
            return Err("an if with results needs an else region".into());
        }
        if body_yield_types(m, op, r)? != results {
            return Err(format!("region #{r} must yield the result types"));
        }
    }
    Ok(())
}

fn verify_yield(m: &Module, op: OpId) -> R {
    match m.parent_op(op).map(|p| m.op_name(p)) {
        Some("loop.for" | "loop.parallel" | "loop.if" | "loop.while") => Ok(()),
        _ => Err("expects parent op 'loop.for', 'loop.parallel', 'loop.if' or 'loop.while'".into()),
    }
}

// ----- syntax -----

/// `loop.load %buf[%i, %j] : memref<...>`
fn parse_load(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let b = p.parse_operand()?;
    p.expect(Tok::LSquare, "'['")?;
    let idx = p.parse_operand_list()?;
    p.expect(Tok::RSquare, "']'")?;
    p.parse_optional_attr_dict()?;
    let at = p.current_loc();
    let t = p.parse_colon_type()?;
    let ctx = p.ctx();
    let TypeKind::MemRef { elem, .. } = ctx.ty(t).clone() else {
        return Err(kiln_ir::Diagnostic::error(at, "expected a memref type"));
    };
    p.resolve_operands(&[b], &[t])?;
    p.resolve_operands(&idx, &vec![ctx.index_type(); idx.len()])?;
    p.state.result_types.push(elem);
    Ok(())
}

fn print_load(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.w(" ");
    pr.operand(m.operand_value(op, 0));
    pr.w("[");
    pr.operands(m.operands(op).skip(1));
    pr.w("]");
    pr.attr_dict(op, &[]);
    pr.w(" : ");
    pr.ty(m.value_type(m.operand_value(op, 0)));
}

/// `loop.store %v, %buf[%i, %j] : memref<...>`
fn parse_store(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let v = p.parse_operand()?;
    p.expect(Tok::Comma, "','")?;
    let b = p.parse_operand()?;
    p.expect(Tok::LSquare, "'['")?;
    let idx = p.parse_operand_list()?;
    p.expect(Tok::RSquare, "']'")?;
    p.parse_optional_attr_dict()?;
    let at = p.current_loc();
    let t = p.parse_colon_type()?;
    let ctx = p.ctx();
    let TypeKind::MemRef { elem, .. } = ctx.ty(t).clone() else {
        return Err(kiln_ir::Diagnostic::error(at, "expected a memref type"));
    };
    p.resolve_operands(&[v, b], &[elem, t])?;
    p.resolve_operands(&idx, &vec![ctx.index_type(); idx.len()])
}

fn print_store(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.w(" ");
    pr.operand(m.operand_value(op, 0));
    pr.w(", ");
    pr.operand(m.operand_value(op, 1));
    pr.w("[");
    pr.operands(m.operands(op).skip(2));
    pr.w("]");
    pr.attr_dict(op, &[]);
    pr.w(" : ");
    pr.ty(m.value_type(m.operand_value(op, 1)));
}

/// `loop.for %i = %lb to %ub step %s iter_args(%acc = %init) -> (f32) { ... }`
fn parse_for(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ctx = p.ctx();
    let iv = p.parse_operand()?;
    p.expect(Tok::Equal, "'='")?;
    let lb = p.parse_operand()?;
    p.parse_keyword("to")?;
    let ub = p.parse_operand()?;
    p.parse_keyword("step")?;
    let st = p.parse_operand()?;
    let idx = ctx.index_type();
    p.resolve_operands(&[lb, ub, st], &[idx, idx, idx])?;
    let mut args = vec![Argument {
        name: iv,
        ty: idx,
        attrs: None,
        loc: None,
    }];
    let mut inits = Vec::new();
    if p.parse_optional_keyword("iter_args") {
        p.expect(Tok::LParen, "'('")?;
        loop {
            let a = p.parse_operand()?;
            p.expect(Tok::Equal, "'='")?;
            inits.push(p.parse_operand()?);
            args.push(Argument {
                name: a,
                ty: idx,
                attrs: None,
                loc: None,
            });
            if !p.consume_if(Tok::Comma) {
                break;
            }
        }
        p.expect(Tok::RParen, "')'")?;
        p.expect(Tok::Arrow, "'->' and the iter_args' types")?;
        let tys = p.parse_result_types()?;
        if tys.len() != inits.len() {
            return Err(p.error(format!("expected {} types for the iter_args", inits.len())));
        }
        for (a, &t) in args.iter_mut().skip(1).zip(&tys) {
            a.ty = t;
        }
        p.resolve_operands(&inits, &tys)?;
        p.state.result_types.extend(tys);
    }
    p.parse_region(&args)?;
    p.parse_optional_attr_dict()
}

fn print_for(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let b = m.region_blocks(m.regions(op)[0])[0];
    let args = m.block_args(b).to_vec();
    pr.w(" ");
    pr.operand(args[0]);
    pr.w(" = ");
    pr.operand(m.operand_value(op, 0));
    pr.w(" to ");
    pr.operand(m.operand_value(op, 1));
    pr.w(" step ");
    pr.operand(m.operand_value(op, 2));
    if m.num_operands(op) > 3 {
        pr.w(" iter_args(");
        for (i, (a, v)) in args.iter().skip(1).zip(m.operands(op).skip(3)).enumerate() {
            if i > 0 {
                pr.w(", ");
            }
            pr.operand(*a);
            pr.w(" = ");
            pr.operand(v);
        }
        pr.w(") -> (");
        pr.types(m.results(op).map(|v| m.value_type(v)));
        pr.w(")");
    }
    pr.w(" ");
    pr.region(m.regions(op)[0], false);
    pr.attr_dict(op, &[]);
}

/// `loop.parallel (%i, %j) = (%a, %b) to (%c, %d) step (%e, %f) { ... }`
fn parse_parallel(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ctx = p.ctx();
    let idx = ctx.index_type();
    let group = |p: &mut OpParser<'_, '_>| -> PResult<Vec<kiln_ir::parser::UnresolvedOperand>> {
        p.expect(Tok::LParen, "'('")?;
        let v = p.parse_operand_list()?;
        p.expect(Tok::RParen, "')'")?;
        Ok(v)
    };
    let ivs = group(p)?;
    p.expect(Tok::Equal, "'='")?;
    let lbs = group(p)?;
    p.parse_keyword("to")?;
    let ubs = group(p)?;
    p.parse_keyword("step")?;
    let steps = group(p)?;
    if lbs.len() != ivs.len() || ubs.len() != ivs.len() || steps.len() != ivs.len() {
        return Err(p.error("expected as many bounds and steps as induction variables"));
    }
    for list in [&lbs, &ubs, &steps] {
        p.resolve_operands(list, &vec![idx; list.len()])?;
    }
    let args: Vec<Argument> = ivs
        .into_iter()
        .map(|name| Argument {
            name,
            ty: idx,
            attrs: None,
            loc: None,
        })
        .collect();
    p.parse_region(&args)?;
    p.parse_optional_attr_dict()
}

fn print_parallel(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let n = m.num_operands(op) / 3;
    let b = m.region_blocks(m.regions(op)[0])[0];
    pr.w(" (");
    pr.operands(m.block_args(b).to_vec());
    pr.w(") = (");
    pr.operands(m.operands(op).take(n));
    pr.w(") to (");
    pr.operands(m.operands(op).skip(n).take(n));
    pr.w(") step (");
    pr.operands(m.operands(op).skip(2 * n));
    pr.w(") ");
    pr.region(m.regions(op)[0], false);
    pr.attr_dict(op, &[]);
}

/// `loop.if %c -> (T) { ... } else { ... }`
fn parse_if(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ctx = p.ctx();
    let c = p.parse_operand()?;
    p.resolve_operands(&[c], &[ctx.i1()])?;
    if p.consume_if(Tok::Arrow) {
        let tys = p.parse_result_types()?;
        p.state.result_types.extend(tys);
    }
    p.parse_region(&[])?;
    if p.parse_optional_keyword("else") {
        p.parse_region(&[])?;
    } else {
        p.add_empty_region();
    }
    p.parse_optional_attr_dict()
}

fn print_if(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.w(" ");
    pr.operand(m.operand_value(op, 0));
    if m.num_results(op) > 0 {
        pr.w(" -> (");
        pr.types(m.results(op).map(|v| m.value_type(v)));
        pr.w(")");
    }
    pr.w(" ");
    pr.region(m.regions(op)[0], false);
    if !m.region_blocks(m.regions(op)[1]).is_empty() {
        pr.w(" else ");
        pr.region(m.regions(op)[1], false);
    }
    pr.attr_dict(op, &[]);
}

/// `loop.while` carries nothing: state lives in buffers. The cond region ends with
/// `loop.condition %c` (continue while true), the body with `loop.yield`.
fn verify_while(m: &Module, op: OpId) -> R {
    if m.num_operands(op) != 0 || m.num_results(op) != 0 || m.regions(op).len() != 2 {
        return Err("expects no operands, no results, and a cond and a body region".into());
    }
    let cond = m.region_blocks(m.regions(op)[0]).last().and_then(|&b| m.last_op(b));
    if cond.map(|c| m.op_name(c)) != Some("loop.condition") {
        return Err("expects the cond region to end with loop.condition".into());
    }
    if body_yield_types(m, op, 1)?.is_empty() {
        Ok(())
    } else {
        Err("expects the body to yield nothing".into())
    }
}

fn verify_condition(m: &Module, op: OpId) -> R {
    if m.parent_op(op).map(|p| m.op_name(p)) != Some("loop.while") {
        return Err("expects parent op 'loop.while'".into());
    }
    if m.num_operands(op) != 1 || m.value_type(m.operand_value(op, 0)) != m.ctx().i1() {
        return Err("expects one i1 operand".into());
    }
    Ok(())
}

/// `loop.while { cond } do { body }`
fn parse_while(p: &mut OpParser<'_, '_>) -> PResult<()> {
    p.parse_region(&[])?;
    p.parse_keyword("do")?;
    p.parse_region(&[])?;
    p.parse_optional_attr_dict()
}

fn print_while(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.w(" ");
    pr.region(m.regions(op)[0], false);
    pr.w(" do ");
    pr.region(m.regions(op)[1], false);
    pr.attr_dict(op, &[]);
}

/// The `loop` dialect definition.
pub fn dialect() -> DialectDef {
    let mut d = DialectDef::new("loop", "Buffers, loads/stores and structured loops");
    type Row = (
        &'static str,
        &'static str,
        Traits,
        Vec<&'static str>,
        VerifyFn,
        ParseFn,
        PrintFn,
        Arity,
        Arity,
    );
    let ops: Vec<Row> = vec![
        (
            "loop.alloc",
            "Allocates a buffer; one index operand per non-static dimension",
            Traits::empty(),
            vec![],
            verify_alloc,
            parse_std,
            print_std,
            Arity::Any,
            Arity::Exact(1),
        ),
        (
            "loop.constant_buffer",
            "A read-only buffer of static shape holding 'value' (global data in compiled code)",
            Traits::PURE,
            vec!["value"],
            verify_constant_buffer,
            parse_std,
            print_std,
            Arity::Exact(0),
            Arity::Exact(1),
        ),
        (
            "loop.export",
            "Hands a buffer's storage to a result buffer parameter (freeing what it held)",
            Traits::empty(),
            vec![],
            verify_export,
            parse_std,
            print_std,
            Arity::Exact(2),
            Arity::Exact(0),
        ),
        (
            "loop.dealloc",
            "Frees a buffer",
            Traits::empty(),
            vec![],
            verify_dealloc,
            parse_std,
            print_std,
            Arity::Exact(1),
            Arity::Exact(0),
        ),
        (
            "loop.view",
            "Reinterprets a contiguous buffer with another shape of the same element count",
            Traits::PURE,
            vec![],
            verify_view,
            parse_std,
            print_std,
            Arity::Exact(1),
            Arity::Exact(1),
        ),
        (
            "loop.subview",
            "A window of a buffer at the given offsets, sized by the result type (keeps the source's strides)",
            Traits::PURE,
            vec![],
            verify_subview,
            parse_std,
            print_std,
            Arity::AtLeast(1),
            Arity::Exact(1),
        ),
        (
            "loop.load",
            "Reads one element",
            Traits::empty(),
            vec![],
            verify_load,
            parse_load,
            print_load,
            Arity::AtLeast(1),
            Arity::Exact(1),
        ),
        (
            "loop.store",
            "Writes one element",
            Traits::empty(),
            vec![],
            verify_store,
            parse_store,
            print_store,
            Arity::AtLeast(2),
            Arity::Exact(0),
        ),
        (
            "loop.dim",
            "Reads a buffer dimension at run time",
            Traits::PURE,
            vec!["index"],
            verify_dim,
            parse_std,
            print_std,
            Arity::Exact(1),
            Arity::Exact(1),
        ),
        (
            "loop.for",
            "A sequential loop with loop-carried values",
            Traits::SINGLE_BLOCK,
            vec![],
            verify_for,
            parse_for,
            print_for,
            Arity::AtLeast(3),
            Arity::Any,
        ),
        (
            "loop.parallel",
            "A loop nest whose iterations are independent",
            Traits::SINGLE_BLOCK,
            vec![],
            verify_parallel,
            parse_parallel,
            print_parallel,
            Arity::AtLeast(3),
            Arity::Exact(0),
        ),
        (
            "loop.if",
            "Runs the then region or the (optional) else region",
            Traits::SINGLE_BLOCK,
            vec![],
            verify_if,
            parse_if,
            print_if,
            Arity::Exact(1),
            Arity::Any,
        ),
        (
            "loop.while",
            "Runs the body while the cond region's condition holds (state lives in buffers)",
            Traits::SINGLE_BLOCK,
            vec![],
            verify_while,
            parse_while,
            print_while,
            Arity::Any,
            Arity::Exact(0),
        ),
        (
            "loop.condition",
            "Ends a while's cond region: continue while true",
            Traits::TERMINATOR,
            vec![],
            verify_condition,
            parse_terminator,
            print_terminator,
            Arity::AtLeast(1),
            Arity::Exact(0),
        ),
        (
            "loop.yield",
            "Ends a loop body or if branch, yielding values",
            Traits::PURE | Traits::TERMINATOR | Traits::RETURN_LIKE,
            vec![],
            verify_yield,
            parse_terminator,
            print_terminator,
            Arity::Any,
            Arity::Exact(0),
        ),
    ];
    for (name, summary, traits, inherent_attrs, verify, parse, print, operands, results) in ops {
        d.ops.push(OpDef {
            traits,
            inherent_attrs,
            operands,
            results,
            verify: Some(verify),
            parse: Some(parse),
            print: Some(print),
            ..OpDef::new(name, summary)
        });
    }
    d
}
