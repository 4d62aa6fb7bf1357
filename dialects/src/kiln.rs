//! The `kiln` dialect: ops of the runtime's own, which no frontend writes.
//!
//! `kiln.guard` is the entry check of a specialized function (inserted by the `specialize`
//! pass). The engine selects a specialization by the same bindings before calling it; the guard
//! states them in the IR, so `jit-opt` shows them, and checks them again on entry at every tier.
//! A failed guard is a failed call of the specialized version, which the engine answers by
//! running the generic one (deoptimization): a guard comes before any other op of the body, so
//! nothing has run twice.

use kiln_ir::lexer::Tok;
use kiln_ir::module::{Module, OpId};
use kiln_ir::parser::{OpParser, PResult};
use kiln_ir::printer::{type_to_string, OpPrinter};
use kiln_ir::registry::{Arity, DialectDef, OpDef};
use kiln_ir::{Dim, TypeKind};

/// `kiln.guard %arg {dim = D, equals = V, symbol = "N"}`: dimension `D` of the tensor `%arg`
/// is `V` (the binding `N = V`). Without `dim`: the value of `%arg` (an integer or index
/// scalar, or a rank-0 integer tensor) is `V`.
fn verify_guard(m: &Module, op: OpId) -> Result<(), String> {
    let ctx = m.ctx();
    // One operand, no result: the declared arity, checked before this runs.
    let int = |n: &str| {
        m.attr(op, n)
            .map(|a| ctx.attr_int(a).ok_or(format!("'{n}' must be an integer")))
    };
    let equals = int("equals").ok_or("expects an 'equals' attribute")?? as i64;
    if let Some(a) = m.attr(op, "symbol") {
        ctx.attr_str(a).ok_or("'symbol' must be a string")?;
    }
    let v = m.operand_value(op, 0);
    let t = m.value_type(v);
    let shown = type_to_string(ctx, t);
    match int("dim").transpose()? {
        Some(d) => {
            let shape = ctx
                .ty(t)
                .shape()
                .ok_or_else(|| format!("a dimension guard expects a ranked tensor, got '{shown}'"))?;
            let d = usize::try_from(d)
                .ok()
                .filter(|&d| d < shape.len())
                .ok_or_else(|| format!("dimension {d} is out of range for '{shown}'"))?;
            if equals < 0 {
                return Err(format!("a dimension cannot equal {equals}"));
            }
            if let Dim::Const(c) = shape[d] {
                if c != equals {
                    return Err(format!(
                        "can never hold: dimension {d} of '{shown}' is {c}, not {equals}"
                    ));
                }
            }
        }
        None => {
            let scalar = match ctx.ty(t) {
                TypeKind::Tensor {
                    shape: Some(s), elem, ..
                } if s.is_empty() => *elem,
                TypeKind::Tensor { .. } => {
                    return Err(format!(
                        "a value guard expects a scalar or a rank-0 tensor, got '{shown}'"
                    ))
                }
                _ => t,
            };
            if !ctx.ty(scalar).is_integer_like() {
                return Err(format!(
                    "a value guard expects an integer or index value, got '{shown}'"
                ));
            }
        }
    }
    Ok(())
}

/// `kiln.guard %v {attrs} : type`.
fn parse_guard(p: &mut OpParser<'_, '_>) -> PResult<()> {
    let ops = p.parse_operand_list()?;
    p.parse_optional_attr_dict()?;
    p.expect(Tok::Colon, "':' and the operand's type")?;
    let t = p.parse_type()?;
    p.resolve_operands(&ops, &vec![t; ops.len()])
}

fn print_guard(pr: &mut OpPrinter<'_>, op: OpId) {
    let m = pr.module();
    pr.w(" ");
    pr.operands(m.operands(op));
    pr.attr_dict(op, &[]);
    // An invalid guard (no operand) can be printed in a diagnostic: print what it has.
    if let Some(v) = m.operands(op).next() {
        pr.w(" : ");
        pr.ty(m.value_type(v));
    }
}

/// The `kiln` dialect definition.
pub fn dialect() -> DialectDef {
    let mut d = DialectDef::new("kiln", "Runtime ops: the guards of specialized functions");
    d.ops = vec![OpDef {
        // Not pure: a guard may fail, so it is neither removed nor moved.
        inherent_attrs: vec!["dim", "equals", "symbol"],
        operands: Arity::Exact(1),
        results: Arity::Exact(0),
        verify: Some(verify_guard),
        parse: Some(parse_guard),
        print: Some(print_guard),
        ..OpDef::new(
            "kiln.guard",
            "Entry check of a specialized function: a dimension or a scalar value equals a constant",
        )
    }];
    d
}
