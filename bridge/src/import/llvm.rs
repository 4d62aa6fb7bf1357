//! Import of upstream's `llvm` dialect into Kiln's llvm level: the inverse of
//! [`crate::export::export_llvm_level`]. Upstream's generic form spells every property,
//! defaults included (`CConv`, `linkage`, `ordering`, `overflowFlags`, `fastmathFlags =
//! #llvm.fastmath<none>`, ...): the defaults are dropped, the attributes the export
//! rewrote are rewritten back, and a property Kiln cannot honour (an atomic ordering, a
//! calling convention other than C's, operand bundles) is an error naming the op.

use crate::export::llvm::{DYNAMIC_INDEX, FCMP, ICMP};
use kiln_ir::attrs::{AttrKind, DenseArray};
use kiln_ir::parser::parse_type_str;
use kiln_ir::{Attr, Diagnostic, Module, OpId, OperationState, Order, Type, TypeKind};
use std::sync::Arc;

type R<T> = Result<T, Diagnostic>;

fn err(m: &Module, op: OpId, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::error(
        m.loc(op),
        format!("'{}' cannot be imported: {}", m.op_name(op), msg.into()),
    )
}

fn int_of(m: &Module, op: OpId, name: &str) -> Option<i128> {
    m.attr(op, name).and_then(|a| m.ctx().attr_int(a))
}

/// The entries of `op`'s `array<...>` attribute `name` (empty without one).
fn int_array(m: &Module, op: OpId, name: &str) -> Vec<i64> {
    match m.attr(op, name).map(|a| m.ctx().attr(a)) {
        Some(AttrKind::DenseArray {
            values: DenseArray::Int(v),
            ..
        }) => v.to_vec(),
        _ => Vec::new(),
    }
}

fn set_prop(m: &mut Module, op: OpId, name: &str, value: Attr) {
    let ctx = m.ctx().clone();
    m.remove_attr(op, name);
    let props = ctx.dict_with(m.props(op), ctx.sym(name), Some(value));
    m.set_props(op, props);
}

/// Drops `name` when it holds `default` (as printed), else fails with `why`.
fn drop_default(m: &mut Module, op: OpId, name: &str, default: &str, why: &str) -> R<()> {
    let Some(a) = m.attr(op, name) else {
        return Ok(());
    };
    let text = kiln_ir::printer::attr_to_string(m.ctx(), a);
    if text != default {
        return Err(err(m, op, format!("{why} ('{name} = {text}')")));
    }
    m.remove_attr(op, name);
    Ok(())
}

/// Splits `s` at the commas outside brackets.
fn split_top(s: &str) -> Vec<&str> {
    let (mut depth, mut start, mut out) = (0i32, 0, Vec::new());
    for (i, c) in s.char_indices() {
        match c {
            '<' | '(' | '[' | '{' => depth += 1,
            '>' | ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    if !s[start..].trim().is_empty() {
        out.push(s[start..].trim());
    }
    out
}

/// A type as upstream writes it inside `!llvm.func<...>` (`ptr`, `i64`, `vector<4xf32>`),
/// as Kiln's parser reads it.
fn nested_type(ctx: &Arc<kiln_ir::Context>, s: &str) -> Option<Type> {
    let full = if s == "ptr" || ["ptr<", "struct<", "array<", "func<"].iter().any(|p| s.starts_with(p)) {
        format!("!llvm.{s}")
    } else {
        s.to_string()
    };
    parse_type_str(ctx, &full).ok()
}

/// The builtin function type of `!llvm.func<ret (args)>`.
fn builtin_func_type(ctx: &Arc<kiln_ir::Context>, t: Type) -> Option<Type> {
    let TypeKind::Dialect { dialect, body } = ctx.ty(t).clone() else {
        return None;
    };
    if ctx.str(dialect) != "llvm" {
        return None;
    }
    let inner = body.strip_prefix(".func<")?.strip_suffix('>')?;
    // The return type ends at the first top-level '('.
    let mut depth = 0i32;
    let open = inner.char_indices().find_map(|(i, c)| {
        match c {
            '<' | '[' | '{' => depth += 1,
            '>' | ']' | '}' => depth -= 1,
            '(' if depth == 0 => return Some(i),
            _ => {}
        }
        None
    })?;
    let ret = inner[..open].trim();
    let args = inner[open + 1..].trim().strip_suffix(')')?;
    let inputs: Option<Vec<Type>> = split_top(args).into_iter().map(|a| nested_type(ctx, a)).collect();
    let results = if ret == "void" {
        Vec::new()
    } else {
        vec![nested_type(ctx, ret)?]
    };
    Some(ctx.function_type(&inputs?, &results))
}

/// Rewrites the `llvm` ops of `m` (upstream's spelling) into Kiln's.
pub(super) fn import_llvm_level(m: &mut Module) -> R<()> {
    let ctx = m.ctx().clone();
    for op in m.block_ops(m.body()).collect::<Vec<_>>() {
        if !m.op_name(op).starts_with("llvm.") {
            return Err(Diagnostic::error(
                m.loc(op),
                format!(
                    "'{}' cannot be imported beside llvm ops: a module at the llvm level holds only llvm ops",
                    m.op_name(op)
                ),
            ));
        }
    }
    for op in m.walk(m.root(), Order::Pre) {
        let name = m.op_name(op).to_string();
        if !name.starts_with("llvm.") {
            continue;
        }
        // Kiln's llvm ops carry `fastmathFlags` as upstream's do (a discardable attribute);
        // `none` is the default.
        if let Some(a) = m.attr(op, "fastmathFlags") {
            m.remove_attr(op, "fastmathFlags");
            if kiln_ir::printer::attr_to_string(&ctx, a) != "#llvm.fastmath<none>" {
                m.set_attr(op, "fastmathFlags", a);
            }
        }
        // Wrap flags (nsw, nuw) only promise more than Kiln assumes: dropping them is safe.
        m.remove_attr(op, "overflowFlags");
        match name.as_str() {
            "llvm.func" => {
                let ft = m.attr(op, "function_type").and_then(|a| match ctx.attr(a) {
                    AttrKind::Type(t) => builtin_func_type(&ctx, *t),
                    _ => None,
                });
                let Some(ft) = ft else {
                    return Err(err(
                        m,
                        op,
                        "its 'function_type' is not an '!llvm.func<...>' Kiln can read (no varargs)",
                    ));
                };
                set_prop(m, op, "function_type", ctx.type_attr(ft));
                drop_default(
                    m,
                    op,
                    "CConv",
                    "#llvm.cconv<ccc>",
                    "Kiln calls with the C convention only",
                )?;
                drop_default(
                    m,
                    op,
                    "linkage",
                    "#llvm.linkage<external>",
                    "Kiln's functions have external linkage (their visibility says who calls them)",
                )?;
                drop_default(m, op, "unnamed_addr", "0 : i64", "Kiln does not model unnamed_addr")?;
                drop_default(m, op, "visibility_", "0 : i64", "Kiln does not model ELF visibility")?;
            }
            "llvm.icmp" | "llvm.fcmp" => {
                let table: &[&str] = if name == "llvm.icmp" { &ICMP } else { &FCMP };
                let p = int_of(m, op, "predicate")
                    .and_then(|k| usize::try_from(k).ok())
                    .and_then(|k| table.get(k));
                let Some(p) = p else {
                    return Err(err(m, op, "its predicate is not one of upstream's"));
                };
                set_prop(m, op, "predicate", ctx.str_attr(p));
            }
            "llvm.getelementptr" => {
                let raw = int_array(m, op, "rawConstantIndices");
                m.remove_attr(op, "rawConstantIndices");
                m.remove_attr(op, "noWrapFlags");
                m.remove_attr(op, "inbounds");
                if raw.iter().any(|&k| k != DYNAMIC_INDEX as i64) {
                    constant_indices(m, op, &raw)?;
                }
            }
            "llvm.call_intrinsic" => no_bundles(m, op)?,
            "llvm.call" => {
                no_bundles(m, op)?;
                drop_default(
                    m,
                    op,
                    "CConv",
                    "#llvm.cconv<ccc>",
                    "Kiln calls with the C convention only",
                )?;
                drop_default(
                    m,
                    op,
                    "TailCallKind",
                    "#llvm.tailcallkind<none>",
                    "Kiln does not model tail calls",
                )?;
            }
            "llvm.load" | "llvm.store" => {
                drop_default(m, op, "ordering", "0 : i64", "Kiln's loads and stores are not atomic")?;
                if m.attr(op, "volatile_").is_some() {
                    return Err(err(m, op, "Kiln's loads and stores are not volatile"));
                }
            }
            // Poison at zero allows any result there, the bit width Kiln gives included.
            "llvm.intr.ctlz" => set_prop(m, op, "is_zero_poison", ctx.intern_attr(AttrKind::Bool(false))),
            "llvm.mlir.global" => {
                drop_default(m, op, "linkage", "#llvm.linkage<private>", "Kiln's globals are private")?;
                for k in ["constant", "global_type", "dso_local"] {
                    m.remove_attr(op, k);
                }
                drop_default(m, op, "addr_space", "0 : i32", "Kiln's globals are in address space 0")?;
                drop_default(m, op, "unnamed_addr", "0 : i64", "Kiln does not model unnamed_addr")?;
                drop_default(m, op, "visibility_", "0 : i64", "Kiln does not model ELF visibility")?;
                if m.regions(op).iter().any(|&r| !m.region_blocks(r).is_empty()) {
                    return Err(err(
                        m,
                        op,
                        "Kiln's globals hold a constant 'value', not an initializer region",
                    ));
                }
                let recorded = m
                    .attr(op, "kiln.type")
                    .and_then(|a| ctx.attr_str(a))
                    .map(str::to_string);
                m.remove_attr(op, "kiln.type");
                if let Some(text) = recorded {
                    let Ok(t) = parse_type_str(&ctx, &text) else {
                        return Err(err(m, op, format!("bad 'kiln.type' '{text}'")));
                    };
                    match m.attr(op, "value").map(|a| ctx.attr(a).clone()) {
                        Some(AttrKind::Dense { data, .. }) => {
                            set_prop(m, op, "value", ctx.intern_attr(AttrKind::Dense { ty: t, data }));
                        }
                        _ => return Err(err(m, op, "a global without a dense 'value'")),
                    }
                }
                // Without its (empty) initializer region, as Kiln's global is.
                let mut st = OperationState::new(ctx.sym("llvm.mlir.global"), m.loc(op));
                st.props
                    .extend(ctx.dict_entries(m.props(op)).iter().map(|na| (na.name, na.value)));
                st.attrs
                    .extend(ctx.dict_entries(m.attrs(op)).iter().map(|na| (na.name, na.value)));
                let new = m.create_op(st);
                m.insert_op_before(op, new);
                m.erase_op(op);
            }
            _ => {}
        }
    }
    Ok(())
}

/// A call's operands are all arguments: no operand bundles (upstream's segments say so).
fn no_bundles(m: &mut Module, op: OpId) -> R<()> {
    let segs = int_array(m, op, "operandSegmentSizes");
    if segs.get(1).is_some_and(|&b| b != 0) {
        return Err(err(m, op, "Kiln's calls take no operand bundles"));
    }
    m.remove_attr(op, "operandSegmentSizes");
    drop_default(
        m,
        op,
        "op_bundle_sizes",
        "array<i32>",
        "Kiln's calls take no operand bundles",
    )
}

/// Rebuilds a `llvm.getelementptr` whose `rawConstantIndices` hold constants (upstream's
/// folders put them there) with every index an operand, as Kiln's takes them: each constant
/// becomes an `llvm.mlir.constant` of i32 before it.
fn constant_indices(m: &mut Module, op: OpId, raw: &[i64]) -> R<()> {
    let ctx = m.ctx().clone();
    let mut dynamic = m.operands(op).skip(1).collect::<Vec<_>>().into_iter();
    let mut operands = vec![m.operand_value(op, 0)];
    for &k in raw {
        if k == DYNAMIC_INDEX as i64 {
            let Some(v) = dynamic.next() else {
                return Err(err(m, op, "more dynamic indices than operands"));
            };
            operands.push(v);
        } else {
            let mut st = OperationState::new(ctx.sym("llvm.mlir.constant"), m.loc(op));
            st.props.push((ctx.sym("value"), ctx.int_attr(k as i128, ctx.i32())));
            st.result_types.push(ctx.i32());
            let c = m.create_op(st);
            m.insert_op_before(op, c);
            operands.push(m.result(c, 0));
        }
    }
    let mut st = OperationState::new(ctx.sym("llvm.getelementptr"), m.loc(op));
    st.operands.extend(operands);
    st.result_types.push(m.value_type(m.result(op, 0)));
    for na in ctx.dict_entries(m.props(op)).iter() {
        st.props.push((na.name, na.value));
    }
    for na in ctx.dict_entries(m.attrs(op)).iter() {
        st.attrs.push((na.name, na.value));
    }
    let new = m.create_op(st);
    m.insert_op_before(op, new);
    let (from, to) = (m.result(op, 0), m.result(new, 0));
    m.replace_all_uses(from, to);
    m.erase_op(op);
    Ok(())
}
