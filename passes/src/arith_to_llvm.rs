//! `convert-arith-to-llvm`: `arith` and `math` ops on scalars and vectors to the `llvm` dialect
//! (`index` is i64). Operands of type `index` are read through a cast and index results are
//! handed back through one, so the pass composes with the others in any order; the casts that
//! undo each other are folded at the end.

use crate::to_llvm::{bool_like, cast_to, declare, enclosing_func, llvm_type, symbol};
use kiln_dialects::arith::{CMPF, CMPI};
use kiln_dialects::math::Lowering;
use kiln_ir::{Attr, AttrKind, Builder, Diagnostic, Module, OpId, OperationState, Type, TypeKind, Value};

crate::to_llvm::per_op_lowering!(
    ArithToLlvm,
    "convert-arith-to-llvm",
    "ConvertArithToLLVM",
    "Lower arith and math ops on scalars and vectors to the llvm dialect",
    select: |n| matches!(n.split('.').next(), Some("arith" | "math" | "kmath")),
    lower: lower,
);

fn is_tensor(ctx: &kiln_ir::Context, t: Type) -> bool {
    matches!(ctx.ty(t), TypeKind::Tensor { .. } | TypeKind::MemRef { .. })
}

fn lower(m: &mut Module, op: OpId) -> Result<(), Diagnostic> {
    let ctx = m.ctx().clone();
    let name = m.op_name(op).to_string();
    let loc = m.loc(op);
    if m.operands(op)
        .chain(m.results(op))
        .any(|v| is_tensor(&ctx, m.value_type(v)))
    {
        return Err(Diagnostic::error(
            loc,
            format!("'{name}' on tensors has no LLVM lowering; lower tensors to loops first"),
        ));
    }
    let at = Builder::before(op);
    let ops: Vec<Value> = m
        .operands(op)
        .collect::<Vec<_>>()
        .into_iter()
        .map(|v| {
            let t = llvm_type(&ctx, m.value_type(v));
            cast_to(m, &at, loc, v, t)
        })
        .collect();
    let old_ty = m.results(op).next().map(|r| m.value_type(r));
    let rty = old_ty.map(|t| llvm_type(&ctx, t));
    let emit = |m: &mut Module, name: &str, operands: &[Value], props: Vec<(&str, Attr)>, ty: Option<Type>| -> Value {
        let mut st = OperationState::new(ctx.sym(name), loc);
        st.operands.extend_from_slice(operands);
        st.props = props.into_iter().map(|(n, a)| (ctx.sym(n), a)).collect();
        st.result_types.extend(ty);
        let o = at.create(m, st);
        m.results(o).next().expect("one result")
    };
    // A math op lowers as its row of the math table says.
    let math = kiln_dialects::math::lookup(&name).map(|r| r.lower);
    let simple = match (name.as_str(), math) {
        (_, Some(Lowering::Intrinsic(intrinsic))) => Some(intrinsic),
        ("arith.addi", _) => Some("llvm.add"),
        ("arith.subi", _) => Some("llvm.sub"),
        ("arith.muli", _) => Some("llvm.mul"),
        ("arith.divsi", _) => Some("llvm.sdiv"),
        ("arith.divui", _) => Some("llvm.udiv"),
        ("arith.remsi", _) => Some("llvm.srem"),
        ("arith.remui", _) => Some("llvm.urem"),
        ("arith.andi", _) => Some("llvm.and"),
        ("arith.ori", _) => Some("llvm.or"),
        ("arith.xori", _) => Some("llvm.xor"),
        ("arith.shli", _) => Some("llvm.shl"),
        ("arith.shrsi", _) => Some("llvm.ashr"),
        ("arith.shrui", _) => Some("llvm.lshr"),
        ("arith.addf", _) => Some("llvm.fadd"),
        ("arith.subf", _) => Some("llvm.fsub"),
        ("arith.mulf", _) => Some("llvm.fmul"),
        ("arith.divf", _) => Some("llvm.fdiv"),
        ("arith.remf", _) => Some("llvm.frem"),
        ("arith.negf", _) => Some("llvm.fneg"),
        ("arith.maximumf", _) => Some("llvm.intr.maximum"),
        ("arith.minimumf", _) => Some("llvm.intr.minimum"),
        ("arith.select", _) => Some("llvm.select"),
        ("arith.extf", _) => Some("llvm.fpext"),
        ("arith.truncf", _) => Some("llvm.fptrunc"),
        ("arith.extsi", _) => Some("llvm.sext"),
        ("arith.extui", _) => Some("llvm.zext"),
        ("arith.trunci", _) => Some("llvm.trunc"),
        ("arith.sitofp", _) => Some("llvm.sitofp"),
        ("arith.uitofp", _) => Some("llvm.uitofp"),
        ("arith.fptosi", _) => Some("llvm.fptosi"),
        ("arith.fptoui", _) => Some("llvm.fptoui"),
        ("arith.bitcast", _) => Some("llvm.bitcast"),
        _ => None,
    };
    let width = |t: Type| ctx.bit_width(ctx.ty(t).element_type().unwrap_or(t)).unwrap_or(64);
    let new = if let Some(n) = simple {
        // Fast-math flags travel with the op (see `Fused`'s reductions).
        let mut fm: Vec<(&str, Attr)> = kiln_dialects::llvm::fastmath_from_arith(m, op).into_iter().collect();
        if n == "llvm.intr.ctlz" {
            // Kiln counts every bit of a zero (upstream's op requires the flag).
            fm.push(("is_zero_poison", ctx.intern_attr(kiln_ir::AttrKind::Bool(false))));
        }
        emit(m, n, &ops, fm, rty)
    } else if let Some(Lowering::Libm(short)) = math {
        let t = rty.expect("a result");
        if !matches!(ctx.ty(t), TypeKind::Float(_)) {
            return Err(Diagnostic::error(loc, format!("'{name}' is lowered for scalars only")));
        }
        // libm has f32 and f64 versions: 16-bit floats go through f32.
        let narrow = width(t) < 32;
        let ct = if narrow { ctx.f32() } else { t };
        let f = format!("{short}{}", if width(ct) == 32 { "f" } else { "" });
        let func = enclosing_func(m, op).ok_or_else(|| Diagnostic::error(loc, "not inside a function"))?;
        let params = vec![ct; ops.len()];
        declare(m, func, &f, &params, Some(ct));
        let args: Vec<Value> = if narrow {
            ops.iter()
                .map(|&v| emit(m, "llvm.fpext", &[v], vec![], Some(ct)))
                .collect()
        } else {
            ops.clone()
        };
        let r = emit(m, "llvm.call", &args, vec![("callee", symbol(&ctx, &f))], Some(ct));
        if narrow {
            emit(m, "llvm.fptrunc", &[r], vec![], rty)
        } else {
            r
        }
    } else {
        match name.as_str() {
            "arith.constant" => {
                let a = m.attr(op, "value").expect("verified constant");
                let a = match ctx.attr(a) {
                    AttrKind::Integer { value, ty } if matches!(ctx.ty(*ty), TypeKind::Index) => {
                        ctx.int_attr(*value, ctx.i64())
                    }
                    _ => a,
                };
                emit(m, "llvm.mlir.constant", &[], vec![("value", a)], rty)
            }
            "arith.cmpi" | "arith.cmpf" => {
                let p = m.attr(op, "predicate").and_then(|a| ctx.attr_int(a)).unwrap_or(0) as usize;
                let (llname, names): (&str, &[&str]) = if name == "arith.cmpi" {
                    ("llvm.icmp", &CMPI)
                } else {
                    ("llvm.fcmp", &CMPF)
                };
                let pred = ctx.str_attr(names.get(p).copied().unwrap_or("eq"));
                emit(m, llname, &ops, vec![("predicate", pred)], rty)
            }
            "arith.maxsi" | "arith.minsi" | "arith.maxui" | "arith.minui" => {
                let pred = match name.as_str() {
                    "arith.maxsi" => "sgt",
                    "arith.minsi" => "slt",
                    "arith.maxui" => "ugt",
                    _ => "ult",
                };
                let i1 = bool_like(&ctx, m.value_type(ops[0]));
                let c = emit(m, "llvm.icmp", &ops, vec![("predicate", ctx.str_attr(pred))], Some(i1));
                emit(m, "llvm.select", &[c, ops[0], ops[1]], vec![], rty)
            }
            "arith.index_cast" => {
                let (from, to) = (width(m.value_type(ops[0])), width(rty.expect("a result")));
                match from.cmp(&to) {
                    std::cmp::Ordering::Less => emit(m, "llvm.sext", &ops, vec![], rty),
                    std::cmp::Ordering::Greater => emit(m, "llvm.trunc", &ops, vec![], rty),
                    std::cmp::Ordering::Equal => ops[0],
                }
            }
            "math.rsqrt" => {
                let t = rty.expect("a result");
                let s = emit(m, "llvm.intr.sqrt", &ops, vec![], rty);
                let one = float_one(&ctx, t);
                let one = emit(m, "llvm.mlir.constant", &[], vec![("value", one)], rty);
                emit(m, "llvm.fdiv", &[one, s], vec![], rty)
            }
            // By name: upstream MLIR 22's `llvm.intr.ldexp` takes no vector of exponents.
            "kmath.ldexp" => {
                let types = [m.value_type(ops[0]), m.value_type(ops[1])];
                let [Some(x), Some(n)] = types.map(|t| overload_suffix(&ctx, t)) else {
                    return Err(Diagnostic::error(
                        loc,
                        "'kmath.ldexp' lowers for scalars and one-dimensional vectors only",
                    ));
                };
                let intrin = ctx.str_attr(&format!("llvm.ldexp.{x}.{n}"));
                emit(m, "llvm.call_intrinsic", &ops, vec![("intrin", intrin)], rty)
            }
            "math.absi" => {
                let t = rty.expect("a result");
                let z = emit(m, "llvm.mlir.zero", &[], vec![], Some(t));
                let n = emit(m, "llvm.sub", &[z, ops[0]], vec![], Some(t));
                let i1 = bool_like(&ctx, t);
                let c = emit(
                    m,
                    "llvm.icmp",
                    &[ops[0], z],
                    vec![("predicate", ctx.str_attr("slt"))],
                    Some(i1),
                );
                emit(m, "llvm.select", &[c, n, ops[0]], vec![], rty)
            }
            _ => return Err(Diagnostic::error(loc, format!("'{name}' has no LLVM lowering"))),
        }
    };
    if let Some(old) = old_ty {
        let back = cast_to(m, &Builder::before(op), loc, new, old);
        let r = m.result(op, 0);
        m.replace_all_uses(r, back);
    }
    m.erase_op(op);
    Ok(())
}

/// How an overloaded LLVM intrinsic's name spells type `t`: `f32`, `i32`, `v16f32`.
fn overload_suffix(ctx: &kiln_ir::Context, t: Type) -> Option<String> {
    match ctx.ty(t) {
        TypeKind::Vector { shape, elem, .. } if shape.len() == 1 => {
            Some(format!("v{}{}", shape[0], overload_suffix(ctx, *elem)?))
        }
        TypeKind::Float(kiln_ir::FloatKind::BF16) => Some("bf16".into()),
        TypeKind::Float(_) => Some(format!("f{}", ctx.bit_width(t)?)),
        TypeKind::Integer { width, .. } => Some(format!("i{width}")),
        _ => None,
    }
}

fn float_one(ctx: &kiln_ir::Context, t: Type) -> Attr {
    let e = ctx.ty(t).element_type().unwrap_or(t);
    match ctx.ty(e) {
        TypeKind::Float(k) => ctx.intern_attr(AttrKind::Float {
            bits: kiln_ir::float::f64_to_bits(1.0, *k),
            ty: e,
        }),
        _ => ctx.int_attr(1, e),
    }
}
