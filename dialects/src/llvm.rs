//! The `llvm` dialect: a mirror of LLVM IR, the last level before translation. Pointers are
//! `!llvm.ptr` (opaque, as in LLVM 15+). Function signatures use builtin function types.
//! Branches carry block arguments (LLVM's phis).

use crate::syntax::{parse_std, parse_terminator, print_std, print_terminator};
use kiln_ir::attrs::{AttrKind, DenseArray};
use kiln_ir::builder::Builder;
use kiln_ir::lexer::Tok;
use kiln_ir::module::{BlockId, Module, OpId, OperationState};
use kiln_ir::parser::{OpParser, PResult};
use kiln_ir::printer::{type_to_string, OpPrinter};
use kiln_ir::registry::{Arity, DialectDef, Interfaces, OpDef, Traits, VerifyFn};
use kiln_ir::{Attr, Context, Type, TypeKind};

type R = Result<(), String>;

/// The name of an llvm op's fast-math attribute, as upstream's `llvm` dialect spells it.
pub const FASTMATH: &str = "fastmathFlags";

/// `#llvm.fastmath<flags>` (`flags` comma-separated, e.g. `contract, reassoc`).
pub fn fastmath_attr(ctx: &Context, flags: &str) -> Attr {
    ctx.intern_attr(AttrKind::Dialect {
        dialect: ctx.sym("llvm"),
        body: format!(".fastmath<{flags}>").into(),
    })
}

/// The flags of an llvm op's `fastmathFlags` (`contract, reassoc`); `None` without one or with
/// `none`.
pub fn fastmath_flags(m: &Module, op: OpId) -> Option<String> {
    let flags = match m.ctx().attr(m.attr(op, FASTMATH)?) {
        AttrKind::Dialect { body, .. } => body.strip_prefix(".fastmath<")?.strip_suffix('>')?.to_string(),
        _ => return None,
    };
    (!flags.is_empty() && flags != "none").then_some(flags)
}

/// The fast-math attribute an llvm op gets for an arith or math op's `fastmath` flags.
pub fn fastmath_from_arith(m: &Module, op: OpId) -> Option<(&'static str, Attr)> {
    let flags = crate::arith::fastmath_flags(m, op)?;
    // Upstream prints LLVM's flags in its enum's order, comma and space between: the same text
    // round-trips through upstream.
    const ORDER: [&str; 8] = ["nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc", "fast"];
    let given: Vec<&str> = flags.split(',').map(str::trim).collect();
    let mut ordered: Vec<&str> = ORDER.iter().copied().filter(|f| given.contains(f)).collect();
    ordered.extend(given.iter().copied().filter(|f| !ORDER.contains(f)));
    Some((FASTMATH, fastmath_attr(m.ctx(), &ordered.join(", "))))
}

fn elem(ctx: &Context, t: Type) -> Type {
    crate::arith::elem(ctx, t)
}

fn is_ptr(ctx: &Context, t: Type) -> bool {
    matches!(ctx.ty(t), TypeKind::Dialect { dialect, body } if ctx.str(*dialect) == "llvm" && (&**body == ".ptr" || body.starts_with(".ptr<")))
}

fn verify_type_body(body: &str) -> Result<(), String> {
    let ok = body == ".ptr"
        || body == ".void"
        || [".ptr<", ".struct<", ".array<", ".func<"]
            .iter()
            .any(|p| body.starts_with(p) && body.ends_with('>'));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "unknown LLVM type '!llvm{body}' (expected ptr, ptr<N>, void, struct<...>, array<...> or func<...>)"
        ))
    }
}

fn check_all(m: &Module, op: OpId, ok: fn(&Context, Type) -> bool, what: &str) -> R {
    for (i, v) in m.operands(op).enumerate() {
        let t = m.value_type(v);
        if !ok(m.ctx(), t) {
            return Err(format!(
                "operand #{i} must be {what}, got '{}'",
                type_to_string(m.ctx(), t)
            ));
        }
    }
    Ok(())
}

fn verify_global(m: &Module, op: OpId) -> R {
    let ctx = m.ctx();
    if m.attr(op, "sym_name").and_then(|a| ctx.attr_str(a)).is_none() {
        return Err("requires a 'sym_name' string".into());
    }
    match m.attr(op, "value").map(|a| ctx.attr(a)) {
        Some(AttrKind::Dense { ty, .. })
            if ctx
                .ty(*ty)
                .shape()
                .is_some_and(|s| s.iter().all(|d| d.as_const().is_some())) =>
        {
            Ok(())
        }
        _ => Err("requires a dense 'value' of static shape".into()),
    }
}

fn verify_addressof(m: &Module, op: OpId) -> R {
    let named = m
        .attr(op, "global_name")
        .is_some_and(|a| matches!(m.ctx().attr(a), AttrKind::SymbolRef { .. }));
    if !named {
        return Err("requires a 'global_name' symbol reference".into());
    }
    let t = m.value_type(m.result(op, 0));
    if !is_ptr(m.ctx(), t) {
        return Err(format!(
            "result must be '!llvm.ptr', got '{}'",
            type_to_string(m.ctx(), t)
        ));
    }
    Ok(())
}

fn int_like(ctx: &Context, t: Type) -> bool {
    matches!(ctx.ty(elem(ctx, t)), TypeKind::Integer { .. })
}
fn float_like(ctx: &Context, t: Type) -> bool {
    ctx.ty(elem(ctx, t)).is_float()
}

fn verify_int(m: &Module, op: OpId) -> R {
    check_all(m, op, int_like, "an integer or vector of integers")
}
fn verify_float(m: &Module, op: OpId) -> R {
    check_all(m, op, float_like, "a float or vector of floats")
}

const ICMP: [&str; 10] = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"];
const FCMP: [&str; 16] = [
    "false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "true",
];

type TypeCheck = fn(&Context, Type) -> bool;

fn verify_cmp(m: &Module, op: OpId) -> R {
    let (names, ok): (&[&str], TypeCheck) = if m.op_name(op) == "llvm.icmp" {
        (&ICMP, |c, t| int_like(c, t) || is_ptr(c, t))
    } else {
        (&FCMP, float_like)
    };
    let p = m
        .attr(op, "predicate")
        .and_then(|a| m.ctx().attr_str(a))
        .ok_or("requires string attribute 'predicate'")?;
    if !names.contains(&p) {
        return Err(format!(
            "unknown predicate '{p}' (expected one of {})",
            names.join(", ")
        ));
    }
    check_all(m, op, ok, "comparable")?;
    let t = m.value_type(m.operand_value(op, 0));
    if m.num_operands(op) != 2 || m.value_type(m.operand_value(op, 1)) != t {
        return Err("expects two operands of one type".into());
    }
    let want = crate::arith::with_elem(m.ctx(), t, m.ctx().i1());
    if m.value_type(m.result(op, 0)) != want && !(is_ptr(m.ctx(), t) && m.value_type(m.result(op, 0)) == m.ctx().i1()) {
        return Err(format!("expects result '{}'", type_to_string(m.ctx(), want)));
    }
    Ok(())
}

/// Upstream's syntax of `llvm.icmp`/`llvm.fcmp`: `"slt" %a, %b {attrs} : T`, the operands'
/// type after the colon (the result is i1 of the same shape). The `std` form (`%a, %b
/// {predicate = "slt"} : (T, T) -> i1`) still parses.
fn parse_cmp(p: &mut OpParser<'_, '_>) -> PResult<()> {
    if p.peek_kind() != Tok::String {
        return parse_std(p);
    }
    let pred = p.parse_attr()?;
    p.add_attr("predicate", pred);
    let ops = p.parse_operand_list()?;
    p.parse_optional_attr_dict()?;
    let t = p.parse_colon_type()?;
    p.resolve_operands(&ops, &[t, t])?;
    let ctx = p.ctx();
    let r = if is_ptr(&ctx, t) {
        ctx.i1()
    } else {
        crate::arith::with_elem(&ctx, t, ctx.i1())
    };
    p.state.result_types.push(r);
    Ok(())
}

fn print_cmp(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let pred = m
        .attr(op, "predicate")
        .and_then(|a| pr.ctx().attr_str(a))
        .map(str::to_string);
    let (Some(pred), 2) = (pred, m.num_operands(op)) else {
        return print_std(pr, op);
    };
    pr.w(&format!(" \"{pred}\" "));
    pr.operands(m.operands(op));
    pr.attr_dict(op, &["predicate"]);
    pr.w(" : ");
    pr.ty(m.value_type(m.operand_value(op, 0)));
}

/// `llvm.intr.ctlz` counts every bit of a zero in Kiln: `is_zero_poison`, if present, is false.
fn verify_ctlz(m: &Module, op: OpId) -> R {
    if let Some(a) = m.attr(op, "is_zero_poison") {
        if !matches!(m.ctx().attr(a), AttrKind::Bool(false)) {
            return Err("expects 'is_zero_poison = false' (Kiln counts every bit of a zero)".into());
        }
    }
    verify_int(m, op)
}

fn verify_select(m: &Module, op: OpId) -> R {
    if m.num_operands(op) != 3 || m.value_type(m.operand_value(op, 1)) != m.value_type(m.operand_value(op, 2)) {
        return Err("expects a condition and two values of one type".into());
    }
    let c = m.value_type(m.operand_value(op, 0));
    if elem(m.ctx(), c) != m.ctx().i1() {
        return Err("expects an i1 (or vector of i1) condition".into());
    }
    Ok(())
}

/// Checks a cast against its rule: `rule(ctx, from, to, from_width, to_width)`.
fn check_cast(m: &Module, op: OpId, rule: fn(&Context, Type, Type, u32, u32) -> bool) -> R {
    let ctx = m.ctx();
    let (from, to) = (m.value_type(m.operand_value(op, 0)), m.value_type(m.result(op, 0)));
    let (fw, tw) = (
        ctx.bit_width(elem(ctx, from)).unwrap_or(0),
        ctx.bit_width(elem(ctx, to)).unwrap_or(0),
    );
    if !rule(ctx, from, to, fw, tw) {
        return Err(format!(
            "invalid cast from '{}' to '{}'",
            type_to_string(ctx, from),
            type_to_string(ctx, to)
        ));
    }
    Ok(())
}

/// An op of the generic-syntax table: name, summary, traits, inherent attributes, verifier,
/// operand and result arity.
type Row = (String, &'static str, Traits, Vec<&'static str>, VerifyFn, Arity, Arity);

/// One row per cast: the verifier generated from its rule.
macro_rules! casts {
    ($($verify:ident: $name:literal, |$c:ident, $f:ident, $t:ident, $fw:ident, $tw:ident| $rule:expr;)*) => {
        $(fn $verify(m: &Module, op: OpId) -> R {
            check_cast(m, op, |$c, $f, $t, $fw, $tw| $rule)
        })*
        fn cast_rows() -> Vec<Row> {
            vec![$(($name.to_string(), "Conversion", Traits::PURE, vec![], $verify as VerifyFn, Arity::Exact(1), Arity::Exact(1))),*]
        }
    };
}

casts! {
    verify_sext: "llvm.sext", |c, f, t, fw, tw| int_like(c, f) && int_like(c, t) && tw > fw;
    verify_zext: "llvm.zext", |c, f, t, fw, tw| int_like(c, f) && int_like(c, t) && tw > fw;
    verify_trunc: "llvm.trunc", |c, f, t, fw, tw| int_like(c, f) && int_like(c, t) && tw < fw;
    verify_sitofp: "llvm.sitofp", |c, f, t, _fw, _tw| int_like(c, f) && float_like(c, t);
    verify_uitofp: "llvm.uitofp", |c, f, t, _fw, _tw| int_like(c, f) && float_like(c, t);
    verify_fptosi: "llvm.fptosi", |c, f, t, _fw, _tw| float_like(c, f) && int_like(c, t);
    verify_fptoui: "llvm.fptoui", |c, f, t, _fw, _tw| float_like(c, f) && int_like(c, t);
    verify_fpext: "llvm.fpext", |c, f, t, fw, tw| float_like(c, f) && float_like(c, t) && tw > fw;
    verify_fptrunc: "llvm.fptrunc", |c, f, t, fw, tw| float_like(c, f) && float_like(c, t) && tw < fw;
    verify_bitcast: "llvm.bitcast", |_c, _f, _t, fw, tw| fw == tw && fw > 0;
    verify_ptrtoint: "llvm.ptrtoint", |c, f, t, _fw, _tw| is_ptr(c, f) && int_like(c, t);
    verify_inttoptr: "llvm.inttoptr", |c, f, t, _fw, _tw| int_like(c, f) && is_ptr(c, t);
}

fn verify_alloca(m: &Module, op: OpId) -> R {
    if m.num_operands(op) != 1 || !int_like(m.ctx(), m.value_type(m.operand_value(op, 0))) {
        return Err("expects one integer element count".into());
    }
    if m.attr(op, "elem_type").is_none_or(|a| m.ctx().attr_type(a).is_none()) {
        return Err("requires type attribute 'elem_type'".into());
    }
    if !is_ptr(m.ctx(), m.value_type(m.result(op, 0))) {
        return Err("expects a !llvm.ptr result".into());
    }
    verify_alignment(m, op)
}

fn verify_alignment(m: &Module, op: OpId) -> R {
    if let Some(a) = m.attr(op, "alignment") {
        let v = m.ctx().attr_int(a).ok_or("'alignment' must be an integer")?;
        if v <= 0 || v & (v - 1) != 0 {
            return Err(format!("alignment {v} is not a power of two"));
        }
    }
    Ok(())
}

fn verify_load(m: &Module, op: OpId) -> R {
    if m.num_operands(op) != 1 || !is_ptr(m.ctx(), m.value_type(m.operand_value(op, 0))) {
        return Err("expects one !llvm.ptr operand".into());
    }
    verify_alignment(m, op)
}

fn verify_store(m: &Module, op: OpId) -> R {
    if m.num_operands(op) != 2 || !is_ptr(m.ctx(), m.value_type(m.operand_value(op, 1))) {
        return Err("expects a value and a !llvm.ptr".into());
    }
    verify_alignment(m, op)
}

fn verify_gep(m: &Module, op: OpId) -> R {
    if m.num_operands(op) < 2 || !is_ptr(m.ctx(), m.value_type(m.operand_value(op, 0))) {
        return Err("expects a base !llvm.ptr and at least one index".into());
    }
    if m.operands(op).skip(1).any(|v| !int_like(m.ctx(), m.value_type(v))) {
        return Err("expects integer indices".into());
    }
    if m.attr(op, "elem_type").is_none_or(|a| m.ctx().attr_type(a).is_none()) {
        return Err("requires type attribute 'elem_type'".into());
    }
    Ok(())
}

fn lanes(m: &Module, t: Type) -> Option<u64> {
    match m.ctx().ty(t) {
        TypeKind::Vector { shape, .. } if shape.len() == 1 => Some(shape[0]),
        _ => None,
    }
}

fn verify_extractelement(m: &Module, op: OpId) -> R {
    let v = m.value_type(m.operand_value(op, 0));
    lanes(m, v).ok_or("expects a 1-D vector")?;
    if m.value_type(m.result(op, 0)) != elem(m.ctx(), v) || !int_like(m.ctx(), m.value_type(m.operand_value(op, 1))) {
        return Err("expects an integer position and an element result".into());
    }
    Ok(())
}

fn verify_insertelement(m: &Module, op: OpId) -> R {
    let v = m.value_type(m.operand_value(op, 0));
    lanes(m, v).ok_or("expects a 1-D vector")?;
    if m.value_type(m.operand_value(op, 1)) != elem(m.ctx(), v) || m.value_type(m.result(op, 0)) != v {
        return Err("expects (vector, element, position) and the vector type as result".into());
    }
    Ok(())
}

fn verify_shufflevector(m: &Module, op: OpId) -> R {
    let (a, b) = (
        m.value_type(m.operand_value(op, 0)),
        m.value_type(m.operand_value(op, 1)),
    );
    let (la, lb) = (
        lanes(m, a).ok_or("expects 1-D vectors")?,
        lanes(m, b).ok_or("expects 1-D vectors")?,
    );
    let mask = match m.attr(op, "mask").map(|x| m.ctx().attr(x)) {
        // i32 entries, as upstream's `llvm.shufflevector` (and LLVM IR) has them.
        Some(AttrKind::DenseArray {
            values: DenseArray::Int(v),
            elem,
        }) if *elem == m.ctx().i32() => v.to_vec(),
        _ => return Err("requires 'mask' as array<i32: ...>".into()),
    };
    if lanes(m, m.value_type(m.result(op, 0))) != Some(mask.len() as u64) {
        return Err("expects as many result lanes as mask entries".into());
    }
    if mask.iter().any(|&x| x < -1 || x >= (la + lb) as i64) {
        return Err("mask index out of range (-1 means poison)".into());
    }
    Ok(())
}

fn verify_masked(m: &Module, op: OpId) -> R {
    let load = m.op_name(op).ends_with("load");
    let (ptr, mask) = if load { (0, 1) } else { (1, 2) };
    if m.num_operands(op) != 3 || !is_ptr(m.ctx(), m.value_type(m.operand_value(op, ptr))) {
        return Err("expects a pointer, a mask and a vector".into());
    }
    lanes(m, m.value_type(m.operand_value(op, mask))).ok_or("expects a vector mask")?;
    Ok(())
}

fn verify_reduce(m: &Module, op: OpId) -> R {
    let name = m.op_name(op);
    let ordered = name.ends_with(".fadd") || name.ends_with(".fmul");
    let v = m.value_type(m.operand_value(op, if ordered { 1 } else { 0 }));
    lanes(m, v).ok_or("expects a 1-D vector")?;
    if m.value_type(m.result(op, 0)) != elem(m.ctx(), v) {
        return Err("expects the result to be the element type".into());
    }
    if ordered && (m.num_operands(op) != 2 || m.value_type(m.operand_value(op, 0)) != elem(m.ctx(), v)) {
        return Err("expects a start value and a vector".into());
    }
    Ok(())
}

fn verify_same_float(m: &Module, op: OpId) -> R {
    verify_float(m, op)?;
    let t = m.value_type(m.result(op, 0));
    if m.operands(op).any(|v| m.value_type(v) != t) {
        return Err("expects operands and result of one type".into());
    }
    Ok(())
}

/// `llvm.call_intrinsic "llvm.<name>.<overloads>"(...)`: a call of an LLVM intrinsic by its
/// full name, for those upstream's `llvm.intr.*` ops do not take (upstream MLIR 22's
/// `llvm.intr.ldexp` rejects a vector exponent; Kiln's vector `kmath.ldexp` lowers to this).
fn verify_call_intrinsic(m: &Module, op: OpId) -> R {
    let name = m
        .attr(op, "intrin")
        .and_then(|a| m.ctx().attr_str(a))
        .ok_or("requires string attribute 'intrin'")?;
    if !name.starts_with("llvm.") {
        return Err(format!("'intrin' must name an LLVM intrinsic (llvm.*), not '{name}'"));
    }
    Ok(())
}

fn verify_return(m: &Module, op: OpId) -> R {
    let f = m
        .parent_op(op)
        .filter(|&f| m.op_name(f) == "llvm.func")
        .ok_or("expects parent op 'llvm.func'")?;
    let (_, results) = crate::func::signature(m, f).unwrap_or_default();
    let got: Vec<Type> = m.operands(op).map(|v| m.value_type(v)).collect();
    if got != results {
        return Err("operand types must match the function's result types".into());
    }
    Ok(())
}

fn verify_nothing(_: &Module, _: OpId) -> R {
    Ok(())
}

// ----- branches -----

/// The operands passed to each successor: with `operandSegmentSizes` (cond_br) the segments
/// after the condition, else every operand to the single successor (br).
fn successor_operand_ranges(m: &Module, op: OpId) -> Vec<std::ops::Range<usize>> {
    match m.attr(op, "operandSegmentSizes").map(|a| m.ctx().attr(a)) {
        Some(AttrKind::DenseArray {
            values: DenseArray::Int(v),
            ..
        }) if v.len() == 3 && v.iter().all(|&x| x >= 0) => {
            let (c, a, b) = (v[0] as usize, v[1] as usize, v[2] as usize);
            vec![c..c + a, c + a..c + a + b]
        }
        _ => std::iter::once(0..m.num_operands(op)).collect(),
    }
}

fn check_successor_args(m: &Module, op: OpId) -> R {
    for (i, (range, &b)) in successor_operand_ranges(m, op)
        .into_iter()
        .zip(m.successors(op))
        .enumerate()
    {
        if range.end > m.num_operands(op) {
            return Err("'operandSegmentSizes' does not match the operands".into());
        }
        let args: Vec<Type> = m.block_args(b).iter().map(|&a| m.value_type(a)).collect();
        let given: Vec<Type> = range.map(|j| m.value_type(m.operand_value(op, j))).collect();
        if args != given {
            return Err(format!(
                "successor #{i} takes {} arguments of other types than the {} given",
                args.len(),
                given.len()
            ));
        }
    }
    Ok(())
}

fn verify_br(m: &Module, op: OpId) -> R {
    if m.successors(op).len() != 1 || m.attr(op, "operandSegmentSizes").is_some() {
        return Err("expects one successor".into());
    }
    check_successor_args(m, op)
}

fn verify_cond_br(m: &Module, op: OpId) -> R {
    if m.successors(op).len() != 2 {
        return Err("expects 2 successors".into());
    }
    if m.num_operands(op) == 0 || m.value_type(m.operand_value(op, 0)) != m.ctx().i1() {
        return Err("expects an i1 condition".into());
    }
    let r = successor_operand_ranges(m, op);
    if r.len() != 2 || r[0].start != 1 || r[1].end != m.num_operands(op) {
        return Err("'operandSegmentSizes' does not match the operands".into());
    }
    check_successor_args(m, op)
}

/// `^bb1` or `^bb1(%a, %b : i32, f32)`.
fn parse_dest(p: &mut OpParser<'_, '_>) -> PResult<(BlockId, usize)> {
    let b = p.parse_successor()?;
    let mut n = 0;
    if p.consume_if(Tok::LParen) {
        let ops = p.parse_operand_list()?;
        p.expect(Tok::Colon, "':' and the argument types")?;
        let tys = p.parse_type_list()?;
        p.expect(Tok::RParen, "')'")?;
        p.resolve_operands(&ops, &tys)?;
        n = ops.len();
    }
    p.state.successors.push(b);
    Ok((b, n))
}

fn print_dest(pr: &mut OpPrinter<'_>, op: OpId, i: usize, range: std::ops::Range<usize>) {
    let m = pr.module();
    pr.successor(m.successors(op)[i]);
    if !range.is_empty() {
        pr.w("(");
        pr.operands(range.clone().map(|j| m.operand_value(op, j)));
        pr.w(" : ");
        pr.types(range.map(|j| m.value_type(m.operand_value(op, j))));
        pr.w(")");
    }
}

fn parse_br(p: &mut OpParser<'_, '_>) -> PResult<()> {
    parse_dest(p)?;
    p.parse_optional_attr_dict()
}

fn print_br(pr: &mut OpPrinter<'_>, op: OpId) {
    let n = pr.module().num_operands(op);
    pr.w(" ");
    print_dest(pr, op, 0, 0..n);
    pr.attr_dict(op, &[]);
}

fn parse_cond_br(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ctx = p.ctx();
    let c = p.parse_operand()?;
    p.resolve_operands(&[c], &[ctx.i1()])?;
    p.expect(Tok::Comma, "','")?;
    let (_, a) = parse_dest(p)?;
    p.expect(Tok::Comma, "','")?;
    let (_, b) = parse_dest(p)?;
    p.parse_optional_attr_dict()?;
    let seg = ctx.intern_attr(AttrKind::DenseArray {
        elem: ctx.i32(),
        values: DenseArray::Int(vec![1, a as i64, b as i64].into()),
    });
    p.add_attr("operandSegmentSizes", seg);
    Ok(())
}

fn print_cond_br(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    let r = successor_operand_ranges(m, op);
    pr.w(" ");
    pr.operand(m.operand_value(op, 0));
    pr.w(", ");
    print_dest(pr, op, 0, r[0].clone());
    pr.w(", ");
    print_dest(pr, op, 1, r[1].clone());
    pr.attr_dict(op, &["operandSegmentSizes"]);
}

// ----- constants -----

fn verify_constant(m: &Module, op: OpId) -> R {
    let v = m.attr(op, "value").ok_or("requires attribute 'value'")?;
    let t = crate::arith::attr_type(m.ctx(), v).ok_or("'value' must be an integer, float or dense attribute")?;
    if m.value_type(m.result(op, 0)) != t {
        return Err("expects the value's type as result type".into());
    }
    Ok(())
}

/// `llvm.mlir.constant(42 : i32) : i32`, as MLIR writes it.
fn parse_constant(p: &mut OpParser<'_, '_>) -> PResult<()> {
    p.expect(Tok::LParen, "'('")?;
    let a = p.parse_attr()?;
    p.expect(Tok::RParen, "')'")?;
    p.parse_optional_attr_dict()?;
    let t = p.parse_colon_type()?;
    p.add_attr("value", a);
    p.state.result_types.push(t);
    Ok(())
}

fn print_constant(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.w("(");
    if let Some(v) = m.attr(op, "value") {
        pr.attr(v);
    }
    pr.w(")");
    pr.attr_dict(op, &["value"]);
    pr.w(" : ");
    pr.ty(m.value_type(m.result(op, 0)));
}

fn materialize(m: &mut Module, b: &mut Builder, value: Attr, ty: Type, loc: Attr) -> Option<OpId> {
    let ctx = m.ctx().clone();
    if crate::arith::attr_type(&ctx, value) != Some(ty) {
        return None;
    }
    let mut st = OperationState::new(ctx.sym("llvm.mlir.constant"), loc);
    st.props.push((ctx.sym("value"), value));
    st.result_types.push(ty);
    Some(b.create(m, st))
}

/// The `llvm` dialect definition.
pub fn dialect() -> DialectDef {
    let mut d = DialectDef::new("llvm", "A mirror of LLVM IR");
    d.verify_type = Some(verify_type_body);
    d.materialize_constant = Some(materialize);
    let func = crate::func::dialect();
    let find = |n: &str| func.ops.iter().find(|o| o.name == n).cloned().expect("func op");
    d.ops.push(OpDef {
        name: "llvm.func".into(),
        summary: "An LLVM function".into(),
        default_dialect: None,
        ..find("func.func")
    });
    d.ops.push(OpDef {
        name: "llvm.call".into(),
        summary: "A direct call".into(),
        ..find("func.call")
    });
    d.ops.push(OpDef {
        inherent_attrs: vec!["intrin"],
        required_attrs: vec!["intrin"],
        results: Arity::Between(0, 1),
        verify: Some(verify_call_intrinsic),
        parse: Some(crate::llvm_syntax::parse_call_intrinsic),
        print: Some(crate::llvm_syntax::print_call_intrinsic),
        ..OpDef::new("llvm.call_intrinsic", "A call of an LLVM intrinsic by its full name")
    });
    d.ops.push(OpDef {
        traits: Traits::TERMINATOR | Traits::RETURN_LIKE,
        verify: Some(verify_return),
        parse: Some(parse_terminator),
        print: Some(print_terminator),
        operands: Arity::Between(0, 1),
        results: Arity::Exact(0),
        ..OpDef::new("llvm.return", "Returns from an llvm.func")
    });
    d.ops.push(OpDef {
        traits: Traits::TERMINATOR,
        verify: Some(verify_br),
        parse: Some(parse_br),
        print: Some(print_br),
        results: Arity::Exact(0),
        ..OpDef::new("llvm.br", "Unconditional branch with block arguments")
    });
    d.ops.push(OpDef {
        traits: Traits::TERMINATOR,
        inherent_attrs: vec!["operandSegmentSizes"],
        operands: Arity::AtLeast(1),
        results: Arity::Exact(0),
        verify: Some(verify_cond_br),
        parse: Some(parse_cond_br),
        print: Some(print_cond_br),
        ..OpDef::new(
            "llvm.cond_br",
            "Conditional branch with block arguments for each destination",
        )
    });
    d.ops.push(OpDef {
        traits: Traits::TERMINATOR,
        verify: Some(verify_nothing),
        parse: Some(parse_terminator),
        print: Some(print_terminator),
        operands: Arity::Exact(0),
        results: Arity::Exact(0),
        ..OpDef::new("llvm.unreachable", "Marks unreachable code")
    });
    d.ops.push(OpDef {
        traits: Traits::PURE | Traits::CONSTANT_LIKE,
        inherent_attrs: vec!["value"],
        verify: Some(verify_constant),
        parse: Some(parse_constant),
        print: Some(print_constant),
        operands: Arity::Exact(0),
        results: Arity::Exact(1),
        ..OpDef::new("llvm.mlir.constant", "A constant")
    });
    let same = Traits::PURE | Traits::SAME_OPERANDS_AND_RESULT_TYPE;
    let e = Arity::Exact;
    let mut table: Vec<Row> = vec![
        (
            "llvm.mlir.poison".to_string(),
            "A poison value",
            Traits::PURE,
            vec![],
            verify_nothing,
            e(0),
            e(1),
        ),
        (
            "llvm.mlir.global".to_string(),
            "Read-only data named 'sym_name' holding the dense 'value' (private to the module, 'alignment' bytes aligned)",
            Traits::empty(),
            vec!["sym_name", "value", "alignment"],
            verify_global,
            e(0),
            e(0),
        ),
        (
            "llvm.mlir.addressof".to_string(),
            "The address of the function or global named by 'global_name'",
            Traits::PURE,
            vec!["global_name"],
            verify_addressof,
            e(0),
            e(1),
        ),
        (
            "llvm.mlir.zero".to_string(),
            "The zero value of a type (null for pointers)",
            Traits::PURE,
            vec![],
            verify_nothing,
            e(0),
            e(1),
        ),
        (
            "llvm.alloca".to_string(),
            "Stack allocation of 'elem_type' x count",
            Traits::empty(),
            vec!["elem_type", "alignment"],
            verify_alloca,
            e(1),
            e(1),
        ),
        (
            "llvm.load".to_string(),
            "Load with optional 'alignment'",
            Traits::empty(),
            vec!["alignment"],
            verify_load,
            e(1),
            e(1),
        ),
        (
            "llvm.store".to_string(),
            "Store with optional 'alignment'; 'nontemporal' (unit) makes it a streaming store",
            Traits::empty(),
            vec!["alignment", "nontemporal"],
            verify_store,
            e(2),
            e(0),
        ),
        (
            "llvm.getelementptr".to_string(),
            "Address arithmetic in units of 'elem_type'",
            Traits::PURE,
            vec!["elem_type", "inbounds"],
            verify_gep,
            Arity::AtLeast(1),
            e(1),
        ),
        (
            "llvm.icmp".to_string(),
            "Integer or pointer comparison",
            Traits::PURE,
            vec!["predicate"],
            verify_cmp,
            e(2),
            e(1),
        ),
        (
            "llvm.fcmp".to_string(),
            "Float comparison",
            Traits::PURE,
            vec!["predicate"],
            verify_cmp,
            e(2),
            e(1),
        ),
        (
            "llvm.select".to_string(),
            "Chooses by an i1 condition",
            Traits::PURE,
            vec![],
            verify_select,
            e(3),
            e(1),
        ),
        (
            "llvm.extractelement".to_string(),
            "Reads a vector lane",
            Traits::PURE,
            vec![],
            verify_extractelement,
            e(2),
            e(1),
        ),
        (
            "llvm.insertelement".to_string(),
            "Replaces a vector lane",
            Traits::PURE,
            vec![],
            verify_insertelement,
            e(3),
            e(1),
        ),
        (
            "llvm.shufflevector".to_string(),
            "Picks lanes of two vectors by 'mask'",
            Traits::PURE,
            vec!["mask"],
            verify_shufflevector,
            e(2),
            e(1),
        ),
    ];
    for (n, s) in [
        ("add", "Integer add"),
        ("sub", "Integer subtract"),
        ("mul", "Integer multiply"),
        ("sdiv", "Signed divide"),
        ("udiv", "Unsigned divide"),
        ("srem", "Signed remainder"),
        ("urem", "Unsigned remainder"),
        ("and", "Bitwise and"),
        ("or", "Bitwise or"),
        ("xor", "Bitwise xor"),
        ("shl", "Shift left"),
        ("lshr", "Logical shift right"),
        ("ashr", "Arithmetic shift right"),
    ] {
        table.push((format!("llvm.{n}"), s, same, vec![], verify_int, e(2), e(1)));
    }
    for (n, s) in [
        ("fadd", "Float add"),
        ("fsub", "Float subtract"),
        ("fmul", "Float multiply"),
        ("fdiv", "Float divide"),
        ("frem", "Float remainder"),
        ("fneg", "Float negate"),
    ] {
        let operands = if n == "fneg" { 1 } else { 2 };
        table.push((format!("llvm.{n}"), s, same, vec![], verify_float, e(operands), e(1)));
    }
    table.extend(cast_rows());
    for n in [
        "fma",
        "exp",
        "exp2",
        "log",
        "log2",
        "sqrt",
        "fabs",
        "pow",
        "sin",
        "cos",
        "atan",
        "floor",
        "ceil",
        "maxnum",
        "minnum",
        "maximum",
        "minimum",
        "copysign",
        "round",
        "roundeven",
        "trunc",
    ] {
        let operands = match n {
            "fma" => 3,
            "pow" | "maxnum" | "minnum" | "maximum" | "minimum" | "copysign" => 2,
            _ => 1,
        };
        table.push((
            format!("llvm.intr.{n}"),
            "LLVM intrinsic",
            Traits::PURE,
            vec![],
            verify_same_float,
            e(operands),
            e(1),
        ));
    }
    // llvm.intr.masked.load(ptr, mask, passthru) and masked.store(value, ptr, mask), with an
    // 'alignment' attribute.
    for n in ["masked.load", "masked.store"] {
        let results = if n == "masked.load" { 1 } else { 0 };
        table.push((
            format!("llvm.intr.{n}"),
            "Masked vector memory access",
            Traits::empty(),
            vec!["alignment"],
            verify_masked,
            e(3),
            e(results),
        ));
    }
    for (n, verify) in [("ctpop", verify_int as VerifyFn), ("ctlz", verify_ctlz as VerifyFn)] {
        table.push((
            format!("llvm.intr.{n}"),
            "LLVM integer intrinsic",
            Traits::PURE,
            if n == "ctlz" { vec!["is_zero_poison"] } else { vec![] },
            verify,
            e(1),
            e(1),
        ));
    }
    for n in [
        "fadd", "fmul", "fmax", "fmin", "fmaximum", "fminimum", "add", "mul", "and", "or", "xor", "smax", "smin",
        "umax", "umin",
    ] {
        let operands = if matches!(n, "fadd" | "fmul") { 2 } else { 1 };
        table.push((
            format!("llvm.intr.vector.reduce.{n}"),
            "Vector reduction intrinsic (fadd/fmul take a start value first)",
            Traits::PURE,
            vec![],
            verify_reduce,
            e(operands),
            e(1),
        ));
    }
    for (name, summary, traits, inherent_attrs, verify, operands, results) in table {
        d.ops.push(OpDef {
            traits,
            inherent_attrs,
            operands,
            results,
            verify: Some(verify),
            parse: Some(parse_std),
            print: Some(print_std),
            ..OpDef::new(&name, summary)
        });
    }
    d.ops
        .iter_mut()
        .filter(|o| o.name == "llvm.icmp" || o.name == "llvm.fcmp")
        .for_each(|o| {
            o.parse = Some(parse_cmp);
            o.print = Some(print_cmp);
        });
    // Fast-math flags are a property of every op that can carry them, as upstream declares
    // them (created or parsed, they print in the same place).
    for o in d.ops.iter_mut() {
        let n = o.name.as_str();
        if (n.starts_with("llvm.f") || n.starts_with("llvm.intr.") || n == "llvm.select" || n == "llvm.call")
            && !o.inherent_attrs.contains(&FASTMATH)
        {
            o.inherent_attrs.push(FASTMATH);
        }
    }
    // Upstream's own syntax where it differs from `std` (see `llvm_syntax`).
    let casts: Vec<String> = cast_rows().into_iter().map(|r| r.0).collect();
    for o in d.ops.iter_mut() {
        use crate::llvm_syntax as s;
        let n = o.name.as_str();
        let custom: Option<(kiln_ir::registry::ParseFn, kiln_ir::registry::PrintFn)> = match n {
            "llvm.load" => Some((s::parse_load, s::print_load)),
            "llvm.store" | "llvm.select" => Some((s::parse_pair, s::print_pair)),
            "llvm.getelementptr" => Some((s::parse_gep, s::print_gep)),
            "llvm.alloca" => Some((s::parse_alloca, s::print_alloca)),
            "llvm.mlir.poison" | "llvm.mlir.zero" => Some((s::parse_nullary, s::print_nullary)),
            "llvm.mlir.addressof" => Some((s::parse_addressof, s::print_addressof)),
            "llvm.mlir.global" => Some((s::parse_global, s::print_global)),
            "llvm.extractelement" | "llvm.insertelement" => Some((s::parse_element, s::print_element)),
            "llvm.shufflevector" => Some((s::parse_shuffle, s::print_shuffle)),
            "llvm.intr.masked.store" => Some((s::parse_masked_store, s::print_masked_store)),
            // Upstream has no custom form for these (a property without syntax, or integer
            // reductions, whose upstream ops declare none): generic.
            "llvm.intr.vector.reduce.fadd"
            | "llvm.intr.vector.reduce.fmul"
            | "llvm.intr.ctlz"
            | "llvm.intr.vector.reduce.add"
            | "llvm.intr.vector.reduce.mul"
            | "llvm.intr.vector.reduce.and"
            | "llvm.intr.vector.reduce.or"
            | "llvm.intr.vector.reduce.xor"
            | "llvm.intr.vector.reduce.smax"
            | "llvm.intr.vector.reduce.smin"
            | "llvm.intr.vector.reduce.umax"
            | "llvm.intr.vector.reduce.umin" => {
                o.print = None;
                None
            }
            "llvm.intr.masked.load" => None,
            _ if n.starts_with("llvm.intr.") => Some((s::parse_intr, s::print_intr)),
            _ if casts.iter().any(|c| c == n) => Some((s::parse_cast, s::print_cast)),
            _ => None,
        };
        if let Some((parse, print)) = custom {
            o.parse = Some(parse);
            o.print = Some(print);
        }
    }
    d.ops.iter_mut().filter(|o| o.name == "llvm.func").for_each(|o| {
        o.interfaces = Interfaces {
            callable: true,
            ..Default::default()
        }
    });
    d
}
