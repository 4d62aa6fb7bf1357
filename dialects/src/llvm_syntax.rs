//! Upstream's custom syntax for the `llvm` ops whose form differs from Kiln's `std` format:
//! Kiln prints what `mlir-opt` prints (`llvm.load %p : !llvm.ptr -> f32`,
//! `llvm.getelementptr inbounds %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f32`,
//! `llvm.sitofp %x : i64 to f32`, `llvm.intr.exp(%x) : (f32) -> f32`, ...), so that its llvm
//! level reads as upstream's; each parser also takes the `std` form Kiln printed before.

use kiln_ir::lexer::Tok;
use kiln_ir::module::OpId;
use kiln_ir::parser::{OpParser, PResult, UnresolvedOperand};
use kiln_ir::printer::OpPrinter;
use kiln_ir::{Attr, TypeKind};

/// Operands, attributes and `:`; returns the operands, the first type and its location.
fn head(p: &mut OpParser<'_, '_>) -> PResult<(Vec<UnresolvedOperand>, kiln_ir::Type, Attr)> {
    let ops = p.parse_operand_list()?;
    p.parse_optional_attr_dict()?;
    p.expect(Tok::Colon, "':' and types")?;
    let at = p.current_loc();
    let t = p.parse_type()?;
    Ok((ops, t, at))
}

/// `OP %x {attrs} : A <sep> B`: one operand of type A, one result of type B (`->` for
/// loads, `to` for casts).
fn parse_one_to_one(p: &mut OpParser<'_, '_>, sep: fn(&mut OpParser<'_, '_>) -> bool) -> PResult<()> {
    let (ops, t, at) = head(p)?;
    if sep(p) {
        let r = p.parse_type()?;
        p.resolve_operands(&ops, &[t])?;
        p.state.result_types.push(r);
        return Ok(());
    }
    crate::syntax::resolve_std_type(p, &ops, t, at)
}

/// A type in a custom form's type list.
#[derive(Copy, Clone)]
enum Ty {
    Operand(usize),
    LastOperand,
    Result,
}

/// ` %a, %b {attrs}` and then each separator with its type (the first separator is ` : `).
fn print_operands_then(pr: &mut OpPrinter<'_>, op: OpId, types: &[(&str, Ty)]) {
    let m = pr.module();
    pr.w(" ");
    pr.operands(m.operands(op));
    pr.attr_dict(op, &[]);
    for &(sep, t) in types {
        let v = match t {
            Ty::Operand(i) => m.operand_value(op, i),
            Ty::LastOperand => m.operand_value(op, m.num_operands(op) - 1),
            Ty::Result => m.result(op, 0),
        };
        pr.w(sep);
        pr.ty(m.value_type(v));
    }
}

fn print_one_to_one(pr: &mut OpPrinter<'_>, op: OpId, sep: &str) {
    print_operands_then(pr, op, &[(" : ", Ty::Operand(0)), (sep, Ty::Result)]);
}

/// `llvm.load %p {attrs} : !llvm.ptr -> T`.
pub(crate) fn parse_load(p: &mut OpParser<'_, '_>) -> PResult<()> {
    parse_one_to_one(p, |p| p.consume_if(Tok::Arrow))
}

pub(crate) fn print_load(pr: &mut OpPrinter<'_>, op: OpId) {
    print_one_to_one(pr, op, " -> ")
}

/// `llvm.store %v, %p {attrs} : T, !llvm.ptr`; `llvm.select %c, %a, %b : i1, T` (the second
/// type is every value's but the first).
pub(crate) fn parse_pair(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let (ops, t, at) = head(p)?;
    if p.consume_if(Tok::Comma) {
        let u = p.parse_type()?;
        let mut tys = vec![t];
        tys.extend(std::iter::repeat_n(u, ops.len().saturating_sub(1)));
        p.resolve_operands(&ops, &tys)?;
        if p.num_results == 1 {
            p.state.result_types.push(u);
        }
        return Ok(());
    }
    crate::syntax::resolve_std_type(p, &ops, t, at)
}

pub(crate) fn print_pair(pr: &mut OpPrinter<'_>, op: OpId) {
    print_operands_then(pr, op, &[(" : ", Ty::Operand(0)), (", ", Ty::LastOperand)]);
}

/// Casts: `llvm.sitofp %x {attrs} : i64 to f32`.
pub(crate) fn parse_cast(p: &mut OpParser<'_, '_>) -> PResult<()> {
    parse_one_to_one(p, |p| p.parse_optional_keyword("to"))
}

pub(crate) fn print_cast(pr: &mut OpPrinter<'_>, op: OpId) {
    print_one_to_one(pr, op, " to ")
}

/// `llvm.getelementptr [inbounds] %base[%i, ...] {attrs} : (!llvm.ptr, i64, ...) ->
/// !llvm.ptr, T` (T: `elem_type`).
pub(crate) fn parse_gep(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ctx = p.ctx();
    if p.parse_optional_keyword("inbounds") {
        p.add_attr("inbounds", ctx.unit_attr());
    }
    let base = p.parse_operand()?;
    if p.consume_if(Tok::LSquare) {
        let mut ops = vec![base];
        ops.extend(p.parse_operand_list()?);
        p.expect(Tok::RSquare, "']' after the indices")?;
        p.parse_optional_attr_dict()?;
        p.expect(Tok::Colon, "':' and types")?;
        let at = p.current_loc();
        let t = p.parse_type()?;
        p.expect(Tok::Comma, "',' and the element type")?;
        let elem = p.parse_type()?;
        p.add_attr("elem_type", ctx.type_attr(elem));
        return crate::syntax::resolve_std_type(p, &ops, t, at);
    }
    let mut ops = vec![base];
    if p.consume_if(Tok::Comma) {
        ops.extend(p.parse_operand_list()?);
    }
    crate::syntax::parse_std_tail(p, &ops)
}

pub(crate) fn print_gep(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let ctx = pr.ctx();
    let elem = m.attr(op, "elem_type").and_then(|a| ctx.attr_type(a));
    let Some(elem) = elem else {
        return crate::syntax::print_std(pr, op);
    };
    if m.attr(op, "inbounds").is_some() {
        pr.w(" inbounds");
    }
    pr.w(" ");
    pr.operand(m.operand_value(op, 0));
    pr.w("[");
    pr.operands(m.operands(op).skip(1));
    pr.w("]");
    pr.attr_dict(op, &["elem_type", "inbounds"]);
    pr.w(" : (");
    pr.types(m.operands(op).map(|v| m.value_type(v)));
    pr.w(") -> ");
    pr.ty(m.value_type(m.result(op, 0)));
    pr.w(", ");
    pr.ty(elem);
}

/// `llvm.alloca %n x T {attrs} : (i64) -> !llvm.ptr` (T: `elem_type`).
pub(crate) fn parse_alloca(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ctx = p.ctx();
    let n = p.parse_operand()?;
    if p.parse_optional_keyword("x") {
        let elem = p.parse_type()?;
        p.add_attr("elem_type", ctx.type_attr(elem));
    }
    p.parse_optional_attr_dict()?;
    p.expect(Tok::Colon, "':' and types")?;
    let at = p.current_loc();
    let t = p.parse_type()?;
    crate::syntax::resolve_std_type(p, &[n], t, at)
}

pub(crate) fn print_alloca(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let ctx = pr.ctx();
    let Some(elem) = m.attr(op, "elem_type").and_then(|a| ctx.attr_type(a)) else {
        return crate::syntax::print_std(pr, op);
    };
    pr.w(" ");
    pr.operands(m.operands(op));
    pr.w(" x ");
    pr.ty(elem);
    pr.attr_dict(op, &["elem_type"]);
    pr.w(" : (");
    pr.types(m.operands(op).map(|v| m.value_type(v)));
    pr.w(") -> ");
    pr.ty(m.value_type(m.result(op, 0)));
}

/// One-result intrinsics: `llvm.intr.exp(%x) {attrs} : (f32) -> f32`.
pub(crate) fn parse_intr(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ops = if p.consume_if(Tok::LParen) {
        let ops = p.parse_operand_list()?;
        p.expect(Tok::RParen, "')' after the operands")?;
        ops
    } else {
        p.parse_operand_list()?
    };
    crate::syntax::parse_std_tail(p, &ops)
}

pub(crate) fn print_intr(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.w("(");
    pr.operands(m.operands(op));
    pr.w(")");
    pr.attr_dict(op, &[]);
    pr.w(" : (");
    pr.types(m.operands(op).map(|v| m.value_type(v)));
    pr.w(") -> ");
    pr.types(m.results(op).map(|v| m.value_type(v)));
}

/// `llvm.call_intrinsic "llvm.ldexp.v16f32.v16i32"(%a, %b) {attrs} : (T, U) -> R`, and `-> ()`
/// for no result, as upstream writes it.
pub(crate) fn parse_call_intrinsic(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let name = p.parse_attr()?;
    if p.ctx().attr_str(name).is_none() {
        return Err(p.error("expected the intrinsic's name as a string"));
    }
    p.add_attr("intrin", name);
    p.expect(Tok::LParen, "'(' before the operands")?;
    let ops = if p.peek_kind() == Tok::RParen {
        Vec::new()
    } else {
        p.parse_operand_list()?
    };
    p.expect(Tok::RParen, "')' after the operands")?;
    crate::syntax::parse_std_tail(p, &ops)
}

pub(crate) fn print_call_intrinsic(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let name = m
        .attr(op, "intrin")
        .and_then(|a| pr.ctx().attr_str(a))
        .unwrap_or_default()
        .to_string();
    pr.w(&format!(" {name:?}("));
    pr.operands(m.operands(op));
    pr.w(")");
    pr.attr_dict(op, &["intrin"]);
    pr.w(" : (");
    pr.types(m.operands(op).map(|v| m.value_type(v)));
    pr.w(") -> ");
    if m.num_results(op) == 0 {
        pr.w("()");
    } else {
        pr.types(m.results(op).map(|v| m.value_type(v)));
    }
}

/// Result-only ops: `llvm.mlir.poison : T`, `llvm.mlir.zero : T`.
pub(crate) fn parse_nullary(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let (ops, t, at) = head(p)?;
    if ops.is_empty() && !matches!(p.ctx().ty(t), TypeKind::Function { .. }) {
        p.state.result_types.push(t);
        return Ok(());
    }
    crate::syntax::resolve_std_type(p, &ops, t, at)
}

pub(crate) fn print_nullary(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.attr_dict(op, &[]);
    pr.w(" : ");
    pr.ty(m.value_type(m.result(op, 0)));
}

/// `llvm.mlir.addressof @name : !llvm.ptr`.
pub(crate) fn parse_addressof(p: &mut OpParser<'_, '_>) -> PResult<()> {
    if let Some(name) = p.parse_optional_symbol_name()? {
        let ctx = p.ctx();
        p.add_attr("global_name", ctx.symbol_ref(&name));
        p.parse_optional_attr_dict()?;
        p.expect(Tok::Colon, "':' and the pointer type")?;
        let t = p.parse_type()?;
        p.state.result_types.push(t);
        return Ok(());
    }
    let (ops, t, at) = head(p)?;
    crate::syntax::resolve_std_type(p, &ops, t, at)
}

pub(crate) fn print_addressof(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let ctx = pr.ctx();
    let name = match m.attr(op, "global_name").map(|a| ctx.attr(a)) {
        Some(kiln_ir::AttrKind::SymbolRef { root, nested }) if nested.is_empty() => ctx.str(*root).to_string(),
        _ => return crate::syntax::print_std(pr, op),
    };
    pr.w(&format!(" @{name}"));
    pr.attr_dict(op, &["global_name"]);
    pr.w(" : ");
    pr.ty(m.value_type(m.result(op, 0)));
}

/// `{attrs} : vector<NxT>`: the vector type and its element type.
fn vector_tail(p: &mut OpParser<'_, '_>) -> PResult<(kiln_ir::Type, kiln_ir::Type)> {
    p.parse_optional_attr_dict()?;
    p.expect(Tok::Colon, "':' and the vector type")?;
    let vt = p.parse_type()?;
    match p.ctx().ty(vt) {
        TypeKind::Vector { elem, .. } => Ok((vt, *elem)),
        _ => Err(p.error_at_op("expects a vector type")),
    }
}

/// `llvm.extractelement %v[%i : i64] : vector<NxT>` and
/// `llvm.insertelement %x, %v[%i : i64] : vector<NxT>` (the value first, as upstream spells
/// it; Kiln's operands are vector, value, index).
pub(crate) fn parse_element(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let insert = p.state_name() == "llvm.insertelement";
    let ops = p.parse_operand_list()?;
    if !p.consume_if(Tok::LSquare) {
        return crate::syntax::parse_std_tail(p, &ops);
    }
    let i = p.parse_operand()?;
    p.expect(Tok::Colon, "':' and the index type")?;
    let it = p.parse_type()?;
    p.expect(Tok::RSquare, "']' after the index")?;
    let (vt, elem) = vector_tail(p)?;
    let mut all = ops.clone();
    all.push(i);
    if insert {
        all.swap(0, 1);
        p.resolve_operands(&all, &[vt, elem, it])?;
        p.state.result_types.push(vt);
    } else {
        p.resolve_operands(&all, &[vt, it])?;
        p.state.result_types.push(elem);
    }
    Ok(())
}

pub(crate) fn print_element(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let n = m.num_operands(op);
    pr.w(" ");
    if n == 3 {
        pr.operand(m.operand_value(op, 1));
        pr.w(", ");
        pr.operand(m.operand_value(op, 0));
    } else {
        pr.operand(m.operand_value(op, 0));
    }
    let i = m.operand_value(op, n - 1);
    pr.w("[");
    pr.operand(i);
    pr.w(" : ");
    pr.ty(m.value_type(i));
    pr.w("]");
    pr.attr_dict(op, &[]);
    pr.w(" : ");
    pr.ty(m.value_type(m.operand_value(op, 0)));
}

/// `llvm.shufflevector %a, %b [0, 1, ...] : vector<NxT>` (the operands' type; the result has
/// one lane per mask entry).
pub(crate) fn parse_shuffle(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ops = p.parse_operand_list()?;
    if !p.consume_if(Tok::LSquare) {
        return crate::syntax::parse_std_tail(p, &ops);
    }
    let mut mask = Vec::new();
    if !p.consume_if(Tok::RSquare) {
        loop {
            mask.push(p.parse_integer()?);
            if !p.consume_if(Tok::Comma) {
                break;
            }
        }
        p.expect(Tok::RSquare, "']' after the mask")?;
    }
    let (vt, elem) = vector_tail(p)?;
    let ctx = p.ctx();
    let n = mask.len() as u64;
    p.add_attr(
        "mask",
        ctx.intern_attr(kiln_ir::AttrKind::DenseArray {
            elem: ctx.int_type(32),
            values: kiln_ir::attrs::DenseArray::Int(mask.into()),
        }),
    );
    p.resolve_operands(&ops, &[vt, vt])?;
    p.state.result_types.push(ctx.vector_type(&[n], elem));
    Ok(())
}

pub(crate) fn print_shuffle(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let ctx = pr.ctx();
    let mask = match m.attr(op, "mask").map(|a| ctx.attr(a)) {
        Some(kiln_ir::AttrKind::DenseArray {
            values: kiln_ir::attrs::DenseArray::Int(v),
            ..
        }) => v.to_vec(),
        _ => return crate::syntax::print_std(pr, op),
    };
    pr.w(" ");
    pr.operands(m.operands(op));
    let list: Vec<String> = mask.iter().map(|x| x.to_string()).collect();
    pr.w(&format!(" [{}]", list.join(", ")));
    pr.attr_dict(op, &["mask"]);
    pr.w(" : ");
    pr.ty(m.value_type(m.operand_value(op, 0)));
}

/// `llvm.intr.masked.store %v, %p, %mask {attrs} : vector<NxT>, vector<Nxi1> into !llvm.ptr`.
pub(crate) fn parse_masked_store(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let (ops, t, at) = head(p)?;
    if p.consume_if(Tok::Comma) {
        let mask = p.parse_type()?;
        p.parse_keyword("into")?;
        let ptr = p.parse_type()?;
        return p.resolve_operands(&ops, &[t, ptr, mask]);
    }
    crate::syntax::resolve_std_type(p, &ops, t, at)
}

pub(crate) fn print_masked_store(pr: &mut OpPrinter<'_>, op: OpId) {
    let types = [
        (" : ", Ty::Operand(0)),
        (", ", Ty::Operand(2)),
        (" into ", Ty::Operand(1)),
    ];
    print_operands_then(pr, op, &types);
}

/// `llvm.mlir.global private constant @name(dense<...> : tensor<NxT>) {addr_space = 0 : i32,
/// alignment = A : i64} : !llvm.array<N x T>`: Kiln's globals are private read-only data in
/// address space 0; the value prints flat, as upstream's translation to LLVM IR needs it.
pub(crate) fn parse_global(p: &mut OpParser<'_, '_>) -> PResult<()> {
    if p.peek_kind() == Tok::LBrace {
        let (ops, t, at) = head(p)?;
        return crate::syntax::resolve_std_type(p, &ops, t, at);
    }
    for kw in ["private", "constant"] {
        if !p.parse_optional_keyword(kw) {
            return Err(p.error_at_op(format!(
                "expects '{kw}': Kiln's globals are private constants (llvm.mlir.global private constant @name(value) : type)"
            )));
        }
    }
    let ctx = p.ctx();
    let name = p.parse_symbol_name()?;
    p.add_attr("sym_name", ctx.str_attr(&name));
    p.expect(Tok::LParen, "'(' and the value")?;
    let value = p.parse_attr()?;
    p.add_attr("value", value);
    p.expect(Tok::RParen, "')' after the value")?;
    p.parse_optional_attr_dict()?;
    p.expect(Tok::Colon, "':' and the global's type")?;
    p.parse_type()?;
    // Address space 0 is the only one Kiln has.
    let space = ctx.sym("addr_space");
    let zero = |a: Attr| ctx.attr_int(a) == Some(0);
    let mut nonzero = false;
    for list in [&mut p.state.props, &mut p.state.attrs] {
        if let Some(i) = list.iter().position(|(n, _)| *n == space) {
            nonzero |= !zero(list[i].1);
            list.remove(i);
        }
    }
    if nonzero {
        return Err(p.error_at_op("Kiln's globals are in address space 0"));
    }
    Ok(())
}

pub(crate) fn print_global(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let ctx = pr.ctx();
    let name = m.attr(op, "sym_name").and_then(|a| ctx.attr_str(a)).map(str::to_string);
    let value = m.attr(op, "value").and_then(|a| match ctx.attr(a) {
        kiln_ir::AttrKind::Dense { ty, data } => Some((*ty, data.clone())),
        _ => None,
    });
    let (Some(name), Some((ty, data))) = (name, value) else {
        return crate::syntax::print_std(pr, op);
    };
    let elem = ctx.ty(ty).element_type().unwrap_or(ty);
    let Some(n) = ctx
        .ty(ty)
        .shape()
        .and_then(|s| s.iter().map(|d| d.as_const()).product::<Option<i64>>())
    else {
        return crate::syntax::print_std(pr, op);
    };
    let flat = ctx.intern_attr(kiln_ir::AttrKind::Dense {
        ty: ctx.tensor_type(vec![kiln_ir::Dim::Const(n)], elem),
        data,
    });
    pr.w(" private constant ");
    pr.symbol(&name);
    pr.w("(");
    pr.attr(flat);
    pr.w(") {addr_space = 0 : i32");
    let mut rest: Vec<_> = ctx
        .dict_entries(m.props(op))
        .iter()
        .chain(ctx.dict_entries(m.attrs(op)))
        .filter(|e| !["sym_name", "value"].contains(&ctx.str(e.name)))
        .copied()
        .collect();
    rest.sort_by(|a, b| ctx.str(a.name).cmp(ctx.str(b.name)));
    for e in rest {
        pr.w(&format!(", {} = ", ctx.str(e.name)));
        pr.attr(e.value);
    }
    pr.w("} : !llvm.array<");
    pr.w(&n.to_string());
    pr.w(" x ");
    pr.ty(elem);
    pr.w(">");
}
