//! `shape-infer`: refines result types through each op's shape function (`?` becomes `N`, `N*2`
//! or a constant where the operands tell), and turns dimension equalities that are unknown until
//! run time (`N` vs `M`, `?` vs `4`) into `ktensor.assert_dim_eq` checks, so later tiers and the
//! interpreter enforce them. Certain mismatches were already rejected by the verifier.
//!
//! Function signatures are kept: a refined value that reaches an op without a shape function
//! (a `return`, a `call`) is cast back to the type that op expects.
//!
//! A `broadcast_in_dim` or `reshape` whose run-time shape operand describes exactly its result
//! type's extents (JAX's `dynamic_broadcast_in_dim` to `[b, 2048]` built from `b`, typed
//! `tensor<(b)x2048xf32>`) drops the operand: the type says it all, and the one-operand form is
//! what fusion reads as an index map (a bias broadcast to the batch would otherwise be
//! materialized, `b`×2048 elements written and read again, on every call).

use kiln_ir::pass::{Pass, PassContext, PassFailed, Statistic};
use kiln_ir::printer::type_to_string;
use kiln_ir::{dim, Builder, Diagnostic, Dim, Module, OpId, OperationState, Order, Type, Value};
use rustc_hash::FxHashSet;

kiln_ir::declare_pass! {
    argument: "shape-infer", display: "ShapeInference",
    summary: "Refine tensor result types symbolically and insert run-time checks for unknown dimension equalities",
    options: ShapeInferOptions {},
    create: |_: ShapeInferOptions| Box::new(ShapeInfer { refined: 0, checks: 0, shapes_dropped: 0 }),
}

struct ShapeInfer {
    refined: u64,
    checks: u64,
    shapes_dropped: u64,
}

/// The ops whose second operand is a run-time shape the result type may make redundant.
const SHAPED_BY_OPERAND: [&str; 2] = ["ktensor.broadcast_in_dim", "ktensor.reshape"];

impl Pass for ShapeInfer {
    kiln_ir::declared_pass_names!();
    fn run(&mut self, m: &mut Module, root: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
        let ctx = m.ctx().clone();
        let mut asserted: FxHashSet<(Value, usize, Value, usize)> = FxHashSet::default();
        for op in m.walk(root, Order::Pre) {
            if !m.is_alive(op) || op == root {
                continue;
            }
            // Run-time checks for equalities the types cannot decide.
            let constraints = m
                .op_def(op)
                .and_then(|d| d.dim_constraints)
                .map(|f| f(m, op))
                .unwrap_or_default();
            for c in constraints {
                let (a, b) = (m.operand_value(op, c.lhs), m.operand_value(op, c.rhs));
                let (Some(sa), Some(sb)) = (ctx.ty(m.value_type(a)).shape(), ctx.ty(m.value_type(b)).shape()) else {
                    continue;
                };
                let (Some(da), Some(db)) = (sa.get(c.lhs_dim), sb.get(c.rhs_dim)) else {
                    continue;
                };
                let same = a == b && c.lhs_dim == c.rhs_dim;
                if same || dim::equal(&ctx, da, db).is_some() || !asserted.insert((a, c.lhs_dim, b, c.rhs_dim)) {
                    continue;
                }
                let msg = format!(
                    "'{}' needs dimension {} of operand #{} ('{}') to equal dimension {} of operand #{} ('{}')",
                    m.op_name(op),
                    c.lhs_dim,
                    c.lhs,
                    type_to_string(&ctx, m.value_type(a)),
                    c.rhs_dim,
                    c.rhs,
                    type_to_string(&ctx, m.value_type(b))
                );
                let mut st = OperationState::new(ctx.sym("ktensor.assert_dim_eq"), m.loc(op));
                st.operands.push(a);
                st.operands.push(b);
                st.props
                    .push((ctx.sym("lhs_dim"), ctx.int_attr(c.lhs_dim as i128, ctx.i64())));
                st.props
                    .push((ctx.sym("rhs_dim"), ctx.int_attr(c.rhs_dim as i128, ctx.i64())));
                st.props.push((ctx.sym("message"), ctx.str_attr(&msg)));
                Builder::before(op).create(m, st);
                self.checks += 1;
            }
            // Refinement of result types.
            let Some(infer) = m.op_def(op).and_then(|d| d.infer_types) else {
                continue;
            };
            let inferred = match infer(m, op) {
                Ok(t) => t,
                Err(e) => {
                    cx.diags
                        .push(Diagnostic::error(m.loc(op), format!("'{}' op {e}", m.op_name(op))));
                    return Err(PassFailed);
                }
            };
            for (i, t) in inferred.into_iter().enumerate().take(m.num_results(op)) {
                let r = m.result(op, i);
                let old = m.value_type(r);
                let new = refine_type(m, old, t);
                if new != old {
                    m.set_value_type(r, new);
                    self.refined += 1;
                    keep_rigid_uses(m, r, old);
                }
            }
            if redundant_shape_operand(m, op) {
                let (source, shape) = (m.operand_value(op, 0), m.operand_value(op, 1));
                m.set_operands(op, &[source]);
                erase_dead_producers(m, shape);
                self.shapes_dropped += 1;
            }
        }
        Ok(())
    }
    fn statistics(&self) -> Vec<Statistic> {
        vec![
            Statistic {
                name: "num-refined",
                desc: "Number of result types refined",
                value: self.refined,
            },
            Statistic {
                name: "num-checks",
                desc: "Number of run-time dimension checks inserted",
                value: self.checks,
            },
            Statistic {
                name: "num-shapes-dropped",
                desc: "Number of run-time shape operands dropped as the result type states them",
                value: self.shapes_dropped,
            },
        ]
    }
}

/// True when `op` is a `broadcast_in_dim` or `reshape` with a run-time shape operand whose
/// elements are, symbolically, exactly the extents of its result type, none of them `?`.
fn redundant_shape_operand(m: &Module, op: OpId) -> bool {
    if m.num_operands(op) != 2 || !SHAPED_BY_OPERAND.contains(&m.op_name(op)) {
        return false;
    }
    let ctx = m.ctx();
    let Some(result) = ctx.ty(m.value_type(m.result(op, 0))).shape().map(<[Dim]>::to_vec) else {
        return false;
    };
    let Some(described) = crate::name_dims::shape_operand_dims(m, m.operand_value(op, 1)) else {
        return false;
    };
    described.len() == result.len()
        && result
            .iter()
            .zip(&described)
            .all(|(r, d)| !matches!(r, Dim::Dynamic) && dim::equal(ctx, r, d) == Some(true))
}

/// Erases the pure ops that computed `v` (a dropped shape operand) once nothing reads them, so
/// that no dimension arithmetic is left for the lowerings to materialize.
fn erase_dead_producers(m: &mut Module, v: Value) {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        let Some(op) = m.defining_op(v).filter(|&d| m.is_alive(d)) else {
            continue;
        };
        if kiln_ir::rewrite::is_trivially_dead(m, op) {
            stack.extend(m.operands(op));
            m.erase_op(op);
        }
    }
}

/// Merges the declared and inferred types dimension by dimension (the more specific wins).
fn refine_type(m: &Module, declared: Type, inferred: Type) -> Type {
    let ctx = m.ctx();
    match (ctx.ty(declared).shape(), ctx.ty(inferred).shape()) {
        (Some(a), Some(b))
            if a.len() == b.len() && ctx.ty(declared).element_type() == ctx.ty(inferred).element_type() =>
        {
            let dims = a.iter().zip(b).map(|(x, y)| dim::refine(x, y)).collect();
            ctx.tensor_type(dims, ctx.ty(declared).element_type().expect("shaped"))
        }
        _ => declared,
    }
}

/// Uses by ops without a shape function keep seeing the type they were written with.
fn keep_rigid_uses(m: &mut Module, v: Value, old: Type) {
    let rigid: Vec<kiln_ir::module::UseRef> = m
        .uses(v)
        .filter(|u| m.op_def(u.op).and_then(|d| d.infer_types).is_none())
        .collect();
    if rigid.is_empty() {
        return;
    }
    let ctx = m.ctx().clone();
    let def = m.defining_op(v).expect("a result");
    let mut st = OperationState::new(ctx.sym("ktensor.cast"), m.loc(def));
    st.operands.push(v);
    st.result_types.push(old);
    let cast = Builder::after(m, def).create(m, st);
    let c = m.result(cast, 0);
    for u in rigid {
        m.set_operand(u.op, u.index as usize, c);
    }
}
