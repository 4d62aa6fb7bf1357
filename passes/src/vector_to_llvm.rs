//! `convert-vector-to-llvm`: the `vector` dialect's value ops to the `llvm` dialect (its memory
//! ops need buffer descriptors and are lowered by `convert-loop-to-llvm`).
//!
//! broadcast is an insertelement and a zero-mask shufflevector; create_mask compares a lane
//! index constant with the splatted bound; reductions are LLVM's `kvector.reduce` intrinsics,
//! combined with the accumulator when there is one.

use crate::to_llvm::{cast_to, llvm_type};
use kiln_dialects::builders::{CmpI, OpBuilder};
use kiln_ir::{Attr, AttrKind, Builder, Diagnostic, Module, OpId, OperationState, Type, TypeKind, Value};

crate::to_llvm::per_op_lowering!(
    VectorToLlvm,
    "convert-vector-to-llvm",
    "ConvertVectorToLLVM",
    "Lower vector value ops (broadcast, fma, reduction, extract, insert, shuffle, create_mask) to the llvm dialect",
    select: |n| n.starts_with("kvector."),
    lower: lower,
);

fn lanes(ctx: &kiln_ir::Context, t: Type) -> Option<(u64, Type)> {
    match ctx.ty(t) {
        TypeKind::Vector { shape, elem, .. } if shape.len() == 1 => Some((shape[0], *elem)),
        _ => None,
    }
}

fn lower(m: &mut Module, op: OpId) -> Result<(), Diagnostic> {
    let ctx = m.ctx().clone();
    let name = m.op_name(op).to_string();
    let loc = m.loc(op);
    if matches!(
        name.as_str(),
        "kvector.load" | "kvector.store" | "kvector.maskedload" | "kvector.maskedstore"
    ) {
        // Memory ops: convert-loop-to-llvm lowers them with the buffer descriptors.
        return Ok(());
    }
    let at = Builder::before(op);
    let emit =
        |m: &mut Module, name: &str, operands: &[Value], props: Vec<(&str, Attr)>, ty: Option<Type>| -> Option<Value> {
            let mut st = OperationState::new(ctx.sym(name), loc);
            st.operands.extend_from_slice(operands);
            st.props = props.into_iter().map(|(n, a)| (ctx.sym(n), a)).collect();
            st.result_types.extend(ty);
            let o = at.create(m, st);
            m.results(o).next()
        };
    let ops: Vec<Value> = m
        .operands(op)
        .collect::<Vec<_>>()
        .into_iter()
        .map(|v| {
            let t = llvm_type(&ctx, m.value_type(v));
            cast_to(m, &at, loc, v, t)
        })
        .collect();
    let rty = m.results(op).next().map(|r| llvm_type(&ctx, m.value_type(r)));
    let i64c = |m: &mut Module, v: i64| OpBuilder::new(m, at, loc).llvm_i64(v);
    let splat = |m: &mut Module, s: Value, vt: Type| -> Value {
        let (n, _) = lanes(&ctx, vt).expect("a vector");
        let poison = emit(m, "llvm.mlir.poison", &[], vec![], Some(vt)).expect("result");
        let z = i64c(m, 0);
        let ins = emit(m, "llvm.insertelement", &[poison, s, z], vec![], Some(vt)).expect("result");
        let mask = ctx.intern_attr(AttrKind::DenseArray {
            elem: ctx.int_type(32),
            values: kiln_ir::attrs::DenseArray::Int(vec![0; n as usize].into()),
        });
        emit(m, "llvm.shufflevector", &[ins, ins], vec![("mask", mask)], Some(vt)).expect("result")
    };
    let new = match name.as_str() {
        "kvector.broadcast" => Some(splat(m, ops[0], rty.expect("a result"))),
        "kvector.fma" => emit(m, "llvm.intr.fma", &ops, vec![], rty),
        "kvector.extract" | "kvector.insert" => {
            let pos = m.attr(op, "position").and_then(|a| ctx.attr_int(a)).unwrap_or(0) as i64;
            let p = i64c(m, pos);
            if name == "kvector.extract" {
                emit(m, "llvm.extractelement", &[ops[0], p], vec![], rty)
            } else {
                emit(m, "llvm.insertelement", &[ops[1], ops[0], p], vec![], rty)
            }
        }
        "kvector.shuffle" => {
            // kvector's mask has i64 entries (as upstream's vector.shuffle), LLVM's i32.
            let entries = match m.attr(op, "mask").map(|a| ctx.attr(a).clone()) {
                Some(AttrKind::DenseArray {
                    values: kiln_ir::attrs::DenseArray::Int(v),
                    ..
                }) => v,
                _ => return Err(Diagnostic::error(loc, "expects a shuffle mask")),
            };
            let mask = ctx.intern_attr(AttrKind::DenseArray {
                elem: ctx.int_type(32),
                values: kiln_ir::attrs::DenseArray::Int(entries),
            });
            emit(m, "llvm.shufflevector", &ops, vec![("mask", mask)], rty)
        }
        "kvector.create_mask" => {
            // lane < n for each lane
            let vt = rty.expect("a result");
            let (n, _) = lanes(&ctx, vt).ok_or_else(|| Diagnostic::error(loc, "expects a 1-D mask"))?;
            let it = ctx.intern_type(TypeKind::Vector {
                shape: vec![n].into(),
                scalable: vec![false].into(),
                elem: ctx.i64(),
            });
            let bytes: Vec<u8> = (0..n as i64).flat_map(|i| i.to_le_bytes()).collect();
            let iota = OpBuilder::new(m, at, loc).llvm_constant(ctx.dense_attr(it, bytes), it);
            let bound = splat(m, ops[0], it);
            Some(OpBuilder::new(m, at, loc).llvm_icmp(CmpI::Slt, iota, bound))
        }
        "kvector.reduction" => {
            let kind = m
                .attr(op, "kind")
                .and_then(|a| ctx.attr_str(a))
                .unwrap_or("add")
                .to_string();
            let rt = rty.expect("a result");
            let float = ctx.ty(rt).is_float();
            let (intr, combine) = match (kind.as_str(), float) {
                ("add", true) => ("fadd", "llvm.fadd"),
                ("mul", true) => ("fmul", "llvm.fmul"),
                ("maximumf", _) => ("fmaximum", "llvm.intr.maximum"),
                ("minimumf", _) => ("fminimum", "llvm.intr.minimum"),
                ("add", false) => ("add", "llvm.add"),
                ("mul", false) => ("mul", "llvm.mul"),
                ("maxsi", _) => ("smax", ""),
                ("minsi", _) => ("smin", ""),
                ("maxui", _) => ("umax", ""),
                ("minui", _) => ("umin", ""),
                ("and", _) => ("and", "llvm.and"),
                ("or", _) => ("or", "llvm.or"),
                (k, _) => {
                    return Err(Diagnostic::error(
                        loc,
                        format!("reduction kind '{k}' has no LLVM lowering"),
                    ))
                }
            };
            let full = format!("llvm.intr.vector.reduce.{intr}");
            // A reassociable reduction (`fastmath = "reassoc"`, from `vectorize-loops`) folds its
            // lanes as a tree instead of one after another.
            let fm: Vec<(&str, Attr)> = kiln_dialects::llvm::fastmath_from_arith(m, op).into_iter().collect();
            let r = if intr == "fadd" || intr == "fmul" {
                // Ordered float reductions take their start value first.
                let start = match ops.get(1) {
                    Some(&acc) => acc,
                    None => {
                        let v = if intr == "fadd" { 0.0 } else { 1.0 };
                        let kf = match ctx.ty(rt) {
                            TypeKind::Float(k) => *k,
                            _ => unreachable!("float kind"),
                        };
                        let a = ctx.intern_attr(AttrKind::Float {
                            bits: kiln_ir::float::f64_to_bits(v, kf),
                            ty: rt,
                        });
                        OpBuilder::new(m, at, loc).llvm_constant(a, rt)
                    }
                };
                emit(m, &full, &[start, ops[0]], fm, Some(rt)).expect("result")
            } else {
                let r = emit(m, &full, &[ops[0]], fm, Some(rt)).expect("result");
                match ops.get(1) {
                    Some(&acc) if !combine.is_empty() => emit(m, combine, &[r, acc], vec![], Some(rt)).expect("result"),
                    Some(&acc) => {
                        let p = match intr {
                            "smax" => CmpI::Sgt,
                            "smin" => CmpI::Slt,
                            "umax" => CmpI::Ugt,
                            _ => CmpI::Ult,
                        };
                        let c = OpBuilder::new(m, at, loc).llvm_icmp(p, r, acc);
                        OpBuilder::new(m, at, loc).llvm_select(c, r, acc)
                    }
                    None => r,
                }
            };
            Some(r)
        }
        _ => return Err(Diagnostic::error(loc, format!("'{name}' has no LLVM lowering"))),
    };
    if let (Some(v), Some(r)) = (new, m.results(op).next()) {
        let old = m.value_type(r);
        let back = cast_to(m, &Builder::before(op), loc, v, old);
        m.replace_all_uses(r, back);
    }
    m.erase_op(op);
    Ok(())
}
