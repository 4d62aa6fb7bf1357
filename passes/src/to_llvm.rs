//! What every conversion to the `llvm` dialect shares: the per-op lowering skeleton, the type
//! conversion of `index`, the bridging casts between converted and unconverted values, and
//! declarations of external functions (libm, the runtime).

use kiln_ir::conversion::fold_casts;
use kiln_ir::pass::{PassContext, PassFailed};
use kiln_ir::{
    Attr, AttrKind, BlockId, Builder, Diagnostic, Module, OpId, OperationState, Order, Type, TypeKind, Value,
};

/// Declares a conversion pass that lowers each op a name predicate selects, one at a time
/// (through [`lower_each`]): the pass, its options (none) and its `Pass` impl.
macro_rules! per_op_lowering {
    ($pass:ident, $arg:literal, $display:literal, $summary:literal, select: $select:expr, lower: $lower:expr $(,)?) => {
        kiln_ir::declare_pass! {
            argument: $arg, display: $display, summary: $summary,
            options: NoOptions {},
            create: |_: NoOptions| Box::new($pass),
        }

        struct $pass;

        impl kiln_ir::pass::Pass for $pass {
            kiln_ir::declared_pass_names!();
            fn run(
                &mut self,
                m: &mut kiln_ir::Module,
                root: kiln_ir::OpId,
                cx: &mut kiln_ir::pass::PassContext,
            ) -> Result<(), kiln_ir::pass::PassFailed> {
                $crate::to_llvm::lower_each(m, root, cx, $select, $lower)
            }
        }
    };
}
pub(crate) use per_op_lowering;

/// Lowers each op under `root` whose name `select` picks, one diagnostic per op that fails, then
/// folds the cast pairs the lowering left between neighbours.
pub fn lower_each(
    m: &mut Module,
    root: OpId,
    cx: &mut PassContext,
    select: impl Fn(&str) -> bool,
    lower: fn(&mut Module, OpId) -> Result<(), Diagnostic>,
) -> Result<(), PassFailed> {
    let ops: Vec<OpId> = m
        .walk(root, Order::Pre)
        .into_iter()
        .filter(|&o| select(m.op_name(o)))
        .collect();
    let mut failed = false;
    for op in ops {
        if let Err(d) = lower(m, op) {
            cx.diags.push(d);
            failed = true;
        }
    }
    fold_casts(m, root);
    if failed {
        Err(PassFailed)
    } else {
        Ok(())
    }
}

/// `index` as i64, inside vectors too; other types unchanged.
pub fn llvm_type(ctx: &kiln_ir::Context, t: Type) -> Type {
    match ctx.ty(t) {
        TypeKind::Index => ctx.i64(),
        TypeKind::Vector { shape, scalable, elem } if matches!(ctx.ty(*elem), TypeKind::Index) => {
            ctx.intern_type(TypeKind::Vector {
                shape: shape.clone(),
                scalable: scalable.clone(),
                elem: ctx.i64(),
            })
        }
        _ => t,
    }
}

/// Reads `v` as type `to` through a cast (reusing the source of a cast from `to`).
pub fn cast_to(m: &mut Module, at: &Builder, loc: Attr, v: Value, to: Type) -> Value {
    if m.value_type(v) == to {
        return v;
    }
    if let Some(d) = m.defining_op(v) {
        if m.op_name(d) == "builtin.unrealized_conversion_cast" && m.value_type(m.operand_value(d, 0)) == to {
            return m.operand_value(d, 0);
        }
    }
    let ctx = m.ctx().clone();
    let mut st = OperationState::new(ctx.sym("builtin.unrealized_conversion_cast"), loc);
    st.operands.push(v);
    st.result_types.push(to);
    let c = at.create(m, st);
    m.result(c, 0)
}

/// i1, or a vector of i1 shaped like `t`.
pub fn bool_like(ctx: &kiln_ir::Context, t: Type) -> Type {
    match ctx.ty(t) {
        TypeKind::Vector { shape, scalable, .. } => ctx.intern_type(TypeKind::Vector {
            shape: shape.clone(),
            scalable: scalable.clone(),
            elem: ctx.i1(),
        }),
        _ => ctx.i1(),
    }
}

/// The function (`func.func` or `llvm.func`) enclosing `op`.
pub fn enclosing_func(m: &Module, op: OpId) -> Option<OpId> {
    let mut cur = m.parent_op(op);
    while let Some(p) = cur {
        if matches!(m.op_name(p), "func.func" | "llvm.func") {
            return Some(p);
        }
        cur = m.parent_op(p);
    }
    None
}

/// The `!llvm.ptr` type.
pub fn llvm_ptr(ctx: &kiln_ir::Context) -> Type {
    ctx.intern_type(TypeKind::Dialect {
        dialect: ctx.sym("llvm"),
        body: ".ptr".into(),
    })
}

/// Declares `llvm.func @name(params) -> result` next to `func` unless it exists.
pub fn declare(m: &mut Module, func: OpId, name: &str, params: &[Type], result: Option<Type>) {
    let Some(parent) = m.parent_block(func) else { return };
    let ft = m.ctx().function_type(params, result.as_slice());
    let loc = m.loc(func);
    declare_private(m, (parent, Builder::before(func)), "llvm.func", name, ft, loc);
}

/// Declares a private, bodiless function `name` of type `ft` (a `func.func` or an
/// `llvm.func`, per `kind`) at `at`, unless `block` already holds a symbol of that name.
pub fn declare_private(m: &mut Module, (block, at): (BlockId, Builder), kind: &str, name: &str, ft: Type, loc: Attr) {
    let exists = m
        .block_ops(block)
        .any(|o| m.attr(o, "sym_name").and_then(|a| m.ctx().attr_str(a)) == Some(name));
    if exists {
        return;
    }
    let ctx = m.ctx().clone();
    let mut st = OperationState::new(ctx.sym(kind), loc);
    st.props = vec![
        (ctx.sym("sym_name"), ctx.str_attr(name)),
        (ctx.sym("function_type"), ctx.type_attr(ft)),
        (ctx.sym("sym_visibility"), ctx.str_attr("private")),
    ];
    st.regions.push(m.new_region());
    at.create(m, st);
}

/// `@name`.
pub fn symbol(ctx: &kiln_ir::Context, name: &str) -> Attr {
    ctx.intern_attr(kiln_ir::AttrKind::SymbolRef {
        root: ctx.sym(name),
        nested: Box::new([]),
    })
}

/// An integer type without its sign (`ui32` → `i32`), inside vectors too; other types unchanged.
fn signless(ctx: &kiln_ir::Context, t: Type) -> Type {
    let scalar = |e: Type| match ctx.ty(e) {
        TypeKind::Integer { width, .. } => ctx.int_type(*width),
        _ => e,
    };
    match ctx.ty(t) {
        TypeKind::Vector { shape, scalable, elem } if scalar(*elem) != *elem => ctx.intern_type(TypeKind::Vector {
            shape: shape.clone(),
            scalable: scalable.clone(),
            elem: scalar(*elem),
        }),
        TypeKind::Function { inputs, results } => {
            let i: Vec<Type> = inputs.iter().map(|&t| signless(ctx, t)).collect();
            let r: Vec<Type> = results.iter().map(|&t| signless(ctx, t)).collect();
            ctx.function_type(&i, &r)
        }
        _ => scalar(t),
    }
}

/// Makes every integer of a fully lowered `llvm.func` signless, as LLVM's (and upstream's
/// `llvm` dialect's) integers are: the ops already say how they treat the sign (`sdiv`/`udiv`,
/// `sext`/`zext`, the predicates), so only the spelling changes. Values, block arguments,
/// the function type and the types inside attributes (`elem_type`, a constant's `value`) are
/// retyped; the casts between a signed or unsigned value and its signless twin become
/// identities and fold. A function still holding ops of other dialects (a partial lowering)
/// is left as it is.
pub fn make_signless(m: &mut Module, func: OpId) {
    let ctx = m.ctx().clone();
    let ops = m.walk(func, Order::Pre);
    let lowered = ops.iter().all(|&o| {
        let n = m.op_name(o);
        n.starts_with("llvm.") || n == "builtin.unrealized_conversion_cast"
    });
    if !lowered {
        return;
    }
    let retype = |m: &mut Module, v: Value| {
        let t = m.value_type(v);
        let s = signless(&ctx, t);
        if s != t {
            m.set_value_type(v, s);
        }
    };
    for &op in &ops {
        for r in m.results(op).collect::<Vec<_>>() {
            retype(m, r);
        }
        for region in m.regions(op).to_vec() {
            for b in m.region_blocks(region).to_vec() {
                for a in m.block_args(b).to_vec() {
                    retype(m, a);
                }
            }
        }
        for name in ["elem_type", "function_type"] {
            if let Some(t) = m.attr(op, name).and_then(|a| ctx.attr_type(a)) {
                let s = signless(&ctx, t);
                if s != t {
                    m.set_attr(op, name, ctx.type_attr(s));
                }
            }
        }
        if m.op_name(op) == "llvm.mlir.constant" {
            let Some(a) = m.attr(op, "value") else { continue };
            let new = match ctx.attr(a).clone() {
                AttrKind::Integer { value, ty } if signless(&ctx, ty) != ty => {
                    let t = signless(&ctx, ty);
                    // The same bits, read as two's complement.
                    let w = ctx.bit_width(t).unwrap_or(64).min(128);
                    let v = if w >= 128 {
                        value
                    } else {
                        (value << (128 - w)) >> (128 - w)
                    };
                    Some(ctx.int_attr(v, t))
                }
                AttrKind::Dense { ty, data } if signless(&ctx, ty) != ty => Some(ctx.intern_attr(AttrKind::Dense {
                    ty: signless(&ctx, ty),
                    data,
                })),
                _ => None,
            };
            if let Some(n) = new {
                m.set_attr(op, "value", n);
            }
        }
    }
    fold_casts(m, func);
}
