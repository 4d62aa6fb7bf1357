//! Export of Kiln's llvm level (after `convert-loop-to-llvm` and the other `*-to-llvm`
//! passes) to upstream's `llvm` dialect.
//!
//! Kiln's `llvm` ops are upstream's ops with upstream's operands and results; what differs is
//! how a few attributes are spelled, so the export is a rewrite of those attributes on a copy
//! of the module, printed in the generic form:
//! - `llvm.func`: the builtin function type becomes `!llvm.func<ret (args)>` (`void` for no
//!   result);
//! - `llvm.icmp`/`llvm.fcmp`: the predicate's name becomes upstream's enum value;
//! - a `fastmath = #arith.fastmath<...>` written on an llvm op (Kiln's lowering writes
//!   `fastmathFlags`, as upstream does) becomes `fastmathFlags = #llvm.fastmath<...>`;
//! - `llvm.getelementptr`: every index is an operand (`rawConstantIndices` says so);
//! - `llvm.call` and `llvm.call_intrinsic`: operand segments (arguments, no bundle operands)
//!   and no operand bundles;
//! - `llvm.intr.masked.load`/`store`: the alignment is an i32;
//! - `llvm.intr.ctlz`: `is_zero_poison = false` (Kiln counts every bit of a zero);
//! - `llvm.mlir.global`: its constant `value` of any static shape becomes a flat
//!   `!llvm.array` (Kiln's value type kept in `kiln.type`), private and constant, with
//!   upstream's (empty) initializer region.
//!
//! [`crate::import`] undoes each of these, so a module exported and imported back prints as
//! the original.

use super::Export;
use kiln_ir::attrs::AttrKind;
use kiln_ir::parser::{parse_source, ParseConfig};
use kiln_ir::printer::{print_module, type_to_string, PrintOptions};
use kiln_ir::{Attr, Diagnostic, Dim, Module, OpId, Order, Type, TypeKind};
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// The predicates of `llvm.icmp`, in the order of upstream's enum.
pub(crate) const ICMP: [&str; 10] = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"];
/// The predicates of `llvm.fcmp`, in the order of upstream's enum.
pub(crate) const FCMP: [&str; 16] = [
    "_false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "_true",
];
/// What `rawConstantIndices` holds for an index passed as an operand (upstream's
/// `GEPOp::kDynamicIndex`).
pub(crate) const DYNAMIC_INDEX: i32 = i32::MIN;

/// Whether `m` is at Kiln's llvm level: its module holds `llvm` ops (functions, globals).
pub fn is_llvm_level(m: &Module) -> bool {
    m.block_ops(m.body()).any(|op| m.op_name(op).starts_with("llvm."))
}

/// Exports a module at Kiln's llvm level to upstream's `llvm` dialect, in the generic form.
/// Anything at module level that is not an `llvm` op is an error naming it.
pub fn export_llvm_level(m: &Module) -> Result<Export, Diagnostic> {
    let ctx = m.ctx().clone();
    for op in m.block_ops(m.body()) {
        if !m.op_name(op).starts_with("llvm.") {
            return Err(Diagnostic::error(
                m.loc(op),
                format!(
                    "'{}' cannot cross the bridge at the llvm level: a module exported at the llvm level holds only llvm ops (lower it with the tier pipelines, or export before convert-loop-to-llvm)",
                    m.op_name(op)
                ),
            ));
        }
    }
    // A copy to rewrite: the module printed and parsed again (the printer and parser are
    // exact inverses; `Module` has no deep copy of its own).
    let text = print_module(
        m,
        PrintOptions {
            generic: true,
            debug_info: true,
            ..Default::default()
        },
    );
    let cfg = ParseConfig {
        allow_unregistered: true,
        file_name: "-".into(),
        first_line: 1,
    };
    let mut c = parse_source(&ctx, &text, &cfg)?;
    for op in c.walk(c.root(), Order::Pre) {
        rewrite(&mut c, op, &ctx)?;
    }
    let out = print_module(
        &c,
        PrintOptions {
            generic: true,
            ..Default::default()
        },
    );
    Ok(Export {
        text: super::signless(&out),
        dropped: Vec::new(),
        returned: FxHashMap::default(),
        assert_messages: Vec::new(),
    })
}

fn set_prop(m: &mut Module, op: OpId, name: &str, value: Attr) {
    let ctx = m.ctx().clone();
    m.remove_attr(op, name);
    let props = ctx.dict_with(m.props(op), ctx.sym(name), Some(value));
    m.set_props(op, props);
}

fn dialect_attr(ctx: &kiln_ir::Context, body: String) -> Attr {
    ctx.intern_attr(AttrKind::Dialect {
        dialect: ctx.sym("llvm"),
        body: body.into(),
    })
}

fn i32_array(ctx: &kiln_ir::Context, items: &[i32]) -> Attr {
    ctx.intern_attr(AttrKind::DenseArray {
        elem: ctx.i32(),
        values: kiln_ir::attrs::DenseArray::Int(items.iter().map(|&v| v as i64).collect()),
    })
}

/// `!llvm.func<ret (args)>` for a builtin function type.
pub(crate) fn llvm_func_type(ctx: &Arc<kiln_ir::Context>, t: Type) -> Option<Type> {
    let TypeKind::Function { inputs, results } = ctx.ty(t).clone() else {
        return None;
    };
    let ret = match results.len() {
        0 => "void".to_string(),
        1 => type_to_string(ctx, results[0]),
        _ => return None,
    };
    let args: Vec<String> = inputs.iter().map(|&a| type_to_string(ctx, a)).collect();
    Some(ctx.intern_type(TypeKind::Dialect {
        dialect: ctx.sym("llvm"),
        body: format!(".func<{ret} ({})>", args.join(", ")).into(),
    }))
}

fn rewrite(m: &mut Module, op: OpId, ctx: &Arc<kiln_ir::Context>) -> Result<(), Diagnostic> {
    let name = m.op_name(op).to_string();
    let fail =
        |m: &Module, why: String| Diagnostic::error(m.loc(op), format!("'{name}' cannot cross the bridge: {why}"));
    let flags = kiln_dialects::arith::fastmath_flags(m, op);
    m.remove_attr(op, "fastmath");
    if let Some(flags) = flags {
        set_prop(
            m,
            op,
            kiln_dialects::llvm::FASTMATH,
            kiln_dialects::llvm::fastmath_attr(ctx, &flags),
        );
    }
    match name.as_str() {
        "llvm.func" => {
            let t = m.attr(op, "function_type").and_then(|a| match ctx.attr(a) {
                AttrKind::Type(t) => Some(*t),
                _ => None,
            });
            let Some(ft) = t.and_then(|t| llvm_func_type(ctx, t)) else {
                return Err(fail(
                    m,
                    "its 'function_type' is not a function type of at most one result".into(),
                ));
            };
            set_prop(m, op, "function_type", ctx.type_attr(ft));
        }
        "llvm.icmp" | "llvm.fcmp" => {
            let table: &[&str] = if name == "llvm.icmp" { &ICMP } else { &FCMP };
            let p = m
                .attr(op, "predicate")
                .and_then(|a| ctx.attr_str(a))
                .map(str::to_string);
            let Some(k) = p.as_deref().and_then(|p| table.iter().position(|&q| q == p)) else {
                return Err(fail(m, format!("unknown predicate {p:?}")));
            };
            set_prop(m, op, "predicate", ctx.int_attr(k as i128, ctx.i64()));
        }
        "llvm.getelementptr" => {
            let n = m.num_operands(op).saturating_sub(1);
            set_prop(m, op, "rawConstantIndices", i32_array(ctx, &vec![DYNAMIC_INDEX; n]));
        }
        "llvm.call" | "llvm.call_intrinsic" => {
            let n = m.num_operands(op) as i32;
            set_prop(m, op, "operandSegmentSizes", i32_array(ctx, &[n, 0]));
            set_prop(m, op, "op_bundle_sizes", i32_array(ctx, &[]));
        }
        // Kiln's count of leading zeros is the bit width at zero, not poison.
        "llvm.intr.ctlz" if m.attr(op, "is_zero_poison").is_none() => {
            set_prop(m, op, "is_zero_poison", ctx.intern_attr(AttrKind::Bool(false)))
        }
        "llvm.mlir.global" => {
            let value = m.attr(op, "value");
            let Some((ty, data)) = value.and_then(|v| match ctx.attr(v) {
                AttrKind::Dense { ty, data } => Some((*ty, data.clone())),
                _ => None,
            }) else {
                return Err(fail(m, "a global without a dense 'value'".into()));
            };
            let elem = ctx.ty(ty).element_type().unwrap_or(ty);
            let n: Option<i64> = ctx
                .ty(ty)
                .shape()
                .and_then(|s| s.iter().map(|d| d.as_const()).product::<Option<i64>>());
            let Some(n) = n else {
                return Err(fail(m, "a global of a shape that is not static".into()));
            };
            let flat = ctx.tensor_type(vec![Dim::Const(n)], elem);
            let global_type = ctx.intern_type(TypeKind::Dialect {
                dialect: ctx.sym("llvm"),
                body: format!(".array<{n} x {}>", type_to_string(ctx, elem)).into(),
            });
            set_prop(m, op, "value", ctx.intern_attr(AttrKind::Dense { ty: flat, data }));
            set_prop(m, op, "global_type", ctx.type_attr(global_type));
            set_prop(m, op, "linkage", dialect_attr(ctx, ".linkage<private>".into()));
            set_prop(m, op, "constant", ctx.unit_attr());
            m.set_attr(op, "kiln.type", ctx.str_attr(&type_to_string(ctx, ty)));
            // Upstream's global has an initializer region (empty when `value` is set).
            let mut st = kiln_ir::OperationState::new(ctx.sym("llvm.mlir.global"), m.loc(op));
            st.props
                .extend(ctx.dict_entries(m.props(op)).iter().map(|na| (na.name, na.value)));
            st.attrs
                .extend(ctx.dict_entries(m.attrs(op)).iter().map(|na| (na.name, na.value)));
            st.regions.push(m.new_region());
            let new = m.create_op(st);
            m.insert_op_before(op, new);
            m.erase_op(op);
        }
        _ => {}
    }
    Ok(())
}
