//! StableHLO's unsigned integers (`ui8` .. `ui64`) in `convert-stablehlo-to-tensor`.
//!
//! Kiln's integer ops are signless, like LLVM's: a tensor of `ui32` is stored as 32-bit two's
//! complement bits, and the ops whose meaning depends on signedness (division, remainder,
//! min/max, ordering comparisons, sign, abs, conversions that widen or go to or from floats)
//! compute signed. So the importer spells out the unsigned meaning with signless ops, and every
//! tier computes it the same way: a width under 64 is zero-extended into i64 (a sign
//! extension masked to the width), where its value is exact and non-negative; orderings use the
//! unsigned predicates. What has no exact spelling (ui64 division, powers and top_k of
//! unsigned values) is a clear "not supported" at import, never a signed result.
//!
//! Ops whose result bits do not depend on signedness (add, sub, mul, bitwise, shifts, popcnt,
//! data movement, equality) keep their ordinary conversion.

use crate::stablehlo_to_tensor::{emit, splat_as};
use kiln_ir::conversion::ConversionRewriter;
use kiln_ir::types::Signedness;
use kiln_ir::{Builder, OpId, OperationState, Type, TypeKind, Value};

/// The width of `v`'s element type when it is an unsigned integer.
pub(crate) fn unsigned_width(rw: &ConversionRewriter<'_>, v: Value) -> Option<u32> {
    let ctx = rw.m.ctx();
    let t = rw.m.value_type(v);
    let e = ctx.ty(t).element_type().unwrap_or(t);
    match ctx.ty(e) {
        TypeKind::Integer {
            width,
            signedness: Signedness::Unsigned,
        } => Some(*width),
        _ => None,
    }
}

/// `like`'s shape with element type `elem`.
fn with_elem(rw: &ConversionRewriter<'_>, like: Value, elem: Type) -> Type {
    let ctx = rw.m.ctx();
    let dims = ctx
        .ty(rw.m.value_type(like))
        .shape()
        .map(|s| s.to_vec())
        .unwrap_or_default();
    ctx.tensor_type(dims, elem)
}

/// A constant of `like`'s shape and element type `elem`: an integer `i` or a float `f`.
fn splat(rw: &mut ConversionRewriter<'_>, at: OpId, like: Value, elem: Type, i: i128, f: f64) -> Value {
    let ctx = rw.m.ctx().clone();
    let rank0 = ctx.tensor_type(vec![], elem);
    let n = (ctx.bit_width(elem).unwrap_or(64) as usize).div_ceil(8);
    let bytes = match ctx.ty(elem) {
        TypeKind::Float(k) => kiln_ir::float::f64_to_bits(f, *k).to_le_bytes()[..n].to_vec(),
        _ => i.to_le_bytes()[..n].to_vec(),
    };
    let value = ctx.dense_attr(rank0, bytes);
    let c = emit(rw, at, "ktensor.constant", &[], vec![("value", value)], rank0);
    let ty = with_elem(rw, like, elem);
    splat_as(rw, at, c, like, ty)
}

/// `x` (unsigned, narrower than 64 bits) as an exact, non-negative i64.
fn zext64(rw: &mut ConversionRewriter<'_>, at: OpId, x: Value, width: u32) -> Value {
    let i64t = rw.m.ctx().i64();
    let ty = with_elem(rw, x, i64t);
    let wide = emit(rw, at, "ktensor.convert", &[x], vec![], ty);
    let mask = splat(rw, at, x, i64t, (1i128 << width) - 1, 0.0);
    emit(rw, at, "ktensor.and", &[wide, mask], vec![], ty)
}

fn cmp(rw: &mut ConversionRewriter<'_>, at: OpId, pred: &str, a: Value, b: Value) -> Value {
    let ctx = rw.m.ctx().clone();
    let ty = with_elem(rw, a, ctx.i1());
    emit(
        rw,
        at,
        "ktensor.cmp",
        &[a, b],
        vec![("predicate", ctx.str_attr(pred))],
        ty,
    )
}

fn select(rw: &mut ConversionRewriter<'_>, at: OpId, c: Value, a: Value, b: Value) -> Value {
    let ty = rw.m.value_type(a);
    emit(rw, at, "ktensor.select", &[c, a, b], vec![], ty)
}

/// `stablehlo.convert` to or from an unsigned type, where the signless conversion differs:
/// widening or to float from unsigned (zero extension), and float to unsigned.
pub(crate) fn convert(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let ctx = rw.m.ctx().clone();
    let [x] = operands else { return false };
    let r = rw.m.result(op, 0);
    let (from_u, to_u) = (unsigned_width(rw, *x), unsigned_width(rw, r));
    let rty = rw.m.value_type(r);
    let (Some(from), Some(to)) = (ctx.ty(rw.m.value_type(*x)).element_type(), ctx.ty(rty).element_type()) else {
        return false;
    };
    let (from_float, to_float) = (ctx.ty(from).is_float(), ctx.ty(to).is_float());
    let to_width = ctx.bit_width(to).unwrap_or(0);
    let i64t = ctx.i64();
    let v = match (from_u, to_u) {
        // Unsigned, narrower than 64 bits, to a float or a wider integer: zero-extend.
        (Some(w), _) if w < 64 && (to_float || (to_width > w && to_width > 1)) => {
            let wide = zext64(rw, op, *x, w);
            if to == i64t {
                wide
            } else {
                emit(rw, op, "ktensor.convert", &[wide], vec![], rty)
            }
        }
        // ui64 to a float: halve (keeping the low bit, so rounding is unchanged), convert
        // as signed, double; the exact value where the top bit is clear.
        (Some(64), _) if to_float => {
            let ity = with_elem(rw, *x, i64t);
            let bits = emit(rw, op, "ktensor.bitcast", &[*x], vec![], ity);
            let direct = emit(rw, op, "ktensor.convert", &[bits], vec![], rty);
            let one = splat(rw, op, *x, i64t, 1, 0.0);
            let half = emit(rw, op, "ktensor.shift_right_logical", &[bits, one], vec![], ity);
            let low = emit(rw, op, "ktensor.and", &[bits, one], vec![], ity);
            let halved = emit(rw, op, "ktensor.or", &[half, low], vec![], ity);
            let f = emit(rw, op, "ktensor.convert", &[halved], vec![], rty);
            let doubled = emit(rw, op, "ktensor.add", &[f, f], vec![], rty);
            let zero = splat(rw, op, *x, i64t, 0, 0.0);
            let small = cmp(rw, op, "ge", bits, zero);
            select(rw, op, small, direct, doubled)
        }
        // A float to unsigned: through i64 (exact for every in-range value under 2^63), then
        // truncated to the width; ui64 values from 2^63 up subtract 2^63 first.
        (_, Some(w)) if from_float => {
            let ity = with_elem(rw, *x, i64t);
            let direct = emit(rw, op, "ktensor.convert", &[*x], vec![], ity);
            let wide = if w == 64 {
                let two63 = splat(rw, op, *x, from, 0, 9_223_372_036_854_775_808.0);
                let big = cmp(rw, op, "ge", *x, two63);
                let less = emit(rw, op, "ktensor.sub", &[*x, two63], vec![], rw.m.value_type(*x));
                let low = emit(rw, op, "ktensor.convert", &[less], vec![], ity);
                let top = splat(rw, op, *x, i64t, i64::MIN as i128, 0.0);
                let high = emit(rw, op, "ktensor.xor", &[low, top], vec![], ity);
                select(rw, op, big, high, direct)
            } else {
                direct
            };
            if to == i64t {
                wide
            } else {
                emit(rw, op, "ktensor.convert", &[wide], vec![], rty)
            }
        }
        // Same bits, truncation, or sign extension of a signed source: signless as it is.
        _ => return false,
    };
    rw.replace_op(op, &[v]);
    true
}

/// `divide` and `remainder` of unsigned integers: computed on the zero-extended values.
pub(crate) fn divide(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let [a, b] = operands else { return false };
    let Some(w) = unsigned_width(rw, *a) else { return false };
    let name = if rw.m.op_name(op) == "stablehlo.divide" {
        "ktensor.div"
    } else {
        "ktensor.rem"
    };
    if w == 64 {
        return rw.unsupported("on ui64 is not supported (Kiln's integer division is signed; widths up to 32 are)");
    }
    let (wa, wb) = (zext64(rw, op, *a, w), zext64(rw, op, *b, w));
    let ty = rw.m.value_type(wa);
    let q = emit(rw, op, name, &[wa, wb], vec![], ty);
    let rty = rw.m.value_type(rw.m.result(op, 0));
    let v = emit(rw, op, "ktensor.convert", &[q], vec![], rty);
    rw.replace_op(op, &[v]);
    true
}

/// `maximum`, `minimum` of unsigned integers: a select on the unsigned ordering.
pub(crate) fn min_max(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let [a, b] = operands else { return false };
    if unsigned_width(rw, *a).is_none() {
        return false;
    }
    let pred = if rw.m.op_name(op) == "stablehlo.maximum" {
        "ugt"
    } else {
        "ult"
    };
    let v = unsigned_min_max(rw, op, pred, *a, *b);
    rw.replace_op(op, &[v]);
    true
}

/// `a` where `a pred b` (`ugt` for the maximum, `ult` for the minimum), else `b`.
pub(crate) fn unsigned_min_max(rw: &mut ConversionRewriter<'_>, at: OpId, pred: &str, a: Value, b: Value) -> Value {
    let c = cmp(rw, at, pred, a, b);
    select(rw, at, c, a, b)
}

/// `sign` of unsigned integers is 1 where nonzero, else 0; `abs` is the value itself.
pub(crate) fn sign_abs(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let [x] = operands else { return false };
    if unsigned_width(rw, *x).is_none() {
        return false;
    }
    let v = if rw.m.op_name(op) == "stablehlo.abs" {
        *x
    } else {
        let t = rw.m.value_type(*x);
        let elem = rw.m.ctx().ty(t).element_type().unwrap_or(t);
        let zero = splat(rw, op, *x, elem, 0, 0.0);
        let one = splat(rw, op, *x, elem, 1, 0.0);
        let nonzero = cmp(rw, op, "ne", *x, zero);
        select(rw, op, nonzero, one, zero)
    };
    rw.replace_op(op, &[v]);
    true
}

/// Ops with no exact signless spelling for unsigned operands.
pub(crate) fn unsupported(_op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    if operands.first().is_some_and(|&v| unsigned_width(rw, v).is_some()) {
        return rw.unsupported("on unsigned integers is not supported");
    }
    false
}

/// Gathers and dynamic slices with unsigned start indices: StableHLO reads the indices as
/// unsigned (then clamps them), so they are zero-extended into i64 and the op is rebuilt on
/// those; the ordinary conversion then applies. ui64 indices, and scatters with unsigned
/// indices, are refused rather than read as signed.
pub(crate) fn indices(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    let name = rw.m.op_name(op).to_string();
    let positions: Vec<usize> = match name.as_str() {
        "stablehlo.dynamic_slice" => (1..operands.len()).collect(),
        "stablehlo.dynamic_update_slice" => (2..operands.len()).collect(),
        "stablehlo.gather" => vec![1],
        "stablehlo.dynamic_gather" => vec![1, 2],
        "stablehlo.scatter" => vec![operands.len() / 2],
        _ => return false,
    };
    let widths: Vec<(usize, u32)> = positions
        .iter()
        .filter_map(|&i| Some((i, unsigned_width(rw, *operands.get(i)?)?)))
        .collect();
    if widths.is_empty() {
        return false;
    }
    if name == "stablehlo.scatter" || widths.iter().any(|&(_, w)| w == 64) {
        return rw.unsupported("with unsigned indices of this kind is not supported (they would be read as signed)");
    }
    let mut ops = operands.to_vec();
    for (i, w) in widths {
        ops[i] = zext64(rw, op, operands[i], w);
    }
    let ctx = rw.m.ctx().clone();
    let mut st = OperationState::new(ctx.sym(&name), rw.m.loc(op));
    st.operands.extend_from_slice(&ops);
    st.props = ctx
        .dict_entries(rw.m.props(op))
        .iter()
        .map(|e| (e.name, e.value))
        .collect();
    st.attrs = ctx
        .dict_entries(rw.m.attrs(op))
        .iter()
        .map(|e| (e.name, e.value))
        .collect();
    st.result_types.extend(rw.m.results(op).map(|r| rw.m.value_type(r)));
    let new = rw.create(&Builder::before(op), st);
    let results: Vec<Value> = rw.m.results(new).collect();
    rw.replace_op(op, &results);
    true
}
