//! `specialize{N=64,arg2=3}`: the tier-3 specialization of a module's public functions.
//!
//! `SYMBOL=V` binds a dimension symbol (as `shape-specialize` does: types, signatures, folded
//! checks); `argI=V` binds the value of argument `I` (an integer or index scalar, or a rank-0
//! integer tensor), whose uses become a constant that later folding propagates (loop trip
//! counts, `ktensor.while` conditions, selects). Each public function then starts with one
//! `kiln.guard` per binding it can observe: the first argument dimension spelled by each
//! bound symbol, and each bound argument value. The function keeps its arity and argument
//! order, so a caller passes the same arguments to the generic and the specialized version.

use kiln_dialects::func::{entry_block, is_public_definition};
use kiln_ir::pass::{Pass, PassContext, PassFailed, Statistic};
use kiln_ir::printer::type_to_string;
use kiln_ir::{BlockId, Builder, Diagnostic, Dim, Module, OpId, OperationState, TypeKind, Value};

kiln_ir::declare_pass! {
    argument: "specialize", display: "Specialize",
    summary: "Specialize public functions to dimension bindings (N=64) and argument values (arg1=3), behind kiln.guard entry checks",
    bindings: |bindings| {
        let mut dims = Vec::new();
        let mut values = Vec::new();
        for (k, v) in bindings {
            match k.strip_prefix("arg").and_then(|i| i.parse::<usize>().ok()) {
                Some(i) => values.push((i, v)),
                None if v < 0 => return Err(format!("symbol '{k}' must be non-negative, got {v}")),
                None => dims.push((k, v)),
            }
        }
        Ok(Box::new(Specialize {
            dims,
            values,
            guards: 0,
            folded: 0,
        }))
    },
}

struct Specialize {
    dims: Vec<(String, i64)>,
    values: Vec<(usize, i64)>,
    guards: u64,
    folded: u64,
}

/// A guard to insert: (function, argument, dimension or `None` for the value, value, symbol).
type GuardAt = (OpId, Value, Option<usize>, i64, Option<String>);

/// Where a function's tier-3 bindings are observed: the first argument dimension spelled by
/// each symbol of its signature (in order of first appearance), and its integer or index scalar
/// arguments (or rank-0 integer tensors). One rule for this pass's guards and the engine's
/// inline cache, which must read the same values.
#[derive(Clone, Debug, Default)]
pub struct BindingSites {
    /// (symbol, argument, dimension).
    pub dims: Vec<(String, usize, usize)>,
    /// Arguments specialized by value.
    pub values: Vec<usize>,
}

/// The [`BindingSites`] of function `f`.
pub fn binding_sites(m: &Module, f: OpId) -> BindingSites {
    let ctx = m.ctx();
    let mut b = BindingSites::default();
    let Some(entry) = entry_block(m, f) else {
        return b;
    };
    for (i, &a) in m.block_args(entry).iter().enumerate() {
        let t = m.value_type(a);
        if value_bindable(ctx, t) {
            b.values.push(i);
        }
        for (d, dim) in ctx.ty(t).shape().unwrap_or(&[]).iter().enumerate() {
            if let Dim::Sym(sym) = dim {
                let name = ctx.str(*sym).to_string();
                if !b.dims.iter().any(|x| x.0 == name) {
                    b.dims.push((name, i, d));
                }
            }
        }
    }
    b
}

/// An integer or index scalar, or a rank-0 integer tensor: what is specialized by value.
fn value_bindable(ctx: &kiln_ir::Context, t: kiln_ir::Type) -> bool {
    let elem = match ctx.ty(t) {
        TypeKind::Tensor {
            shape: Some(s), elem, ..
        } if s.is_empty() => *elem,
        TypeKind::Tensor { .. } | TypeKind::MemRef { .. } => return false,
        _ => t,
    };
    ctx.ty(elem).is_integer_like()
}

impl Pass for Specialize {
    kiln_ir::declared_pass_names!();
    fn options(&self) -> String {
        let d = self.dims.iter().map(|(k, v)| format!("{k}={v}"));
        let v = self.values.iter().map(|(i, v)| format!("arg{i}={v}"));
        d.chain(v).collect::<Vec<_>>().join(",")
    }
    fn run(&mut self, m: &mut Module, root: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
        let ctx = m.ctx().clone();
        // (function, entry block) of each public definition.
        let funcs: Vec<(OpId, BlockId)> = m
            .walk(root, kiln_ir::Order::Pre)
            .into_iter()
            .filter(|&f| is_public_definition(m, f))
            .filter_map(|f| Some((f, entry_block(m, f)?)))
            .collect();
        // Where each binding is observed, read before the symbols are bound.
        let mut guards: Vec<GuardAt> = Vec::new();
        for &(f, entry) in &funcs {
            let args = m.block_args(entry).to_vec();
            let sites = binding_sites(m, f);
            for (name, v) in &self.dims {
                if let Some(&(_, i, d)) = sites.dims.iter().find(|x| &x.0 == name) {
                    guards.push((f, args[i], Some(d), *v, Some(name.clone())));
                }
            }
            for &(i, v) in &self.values {
                let Some(&a) = args.get(i) else {
                    cx.diags.push(Diagnostic::error(
                        m.loc(f),
                        format!(
                            "specialize: arg{i} is out of range: the function has {} arguments",
                            args.len()
                        ),
                    ));
                    return Err(PassFailed);
                };
                let t = m.value_type(a);
                if !sites.values.contains(&i) {
                    cx.diags.push(Diagnostic::error(
                        m.loc(f),
                        format!(
                            "specialize: arg{i} is a '{}'; only integer and index scalars (or rank-0 integer tensors) are specialized by value",
                            type_to_string(&ctx, t)
                        ),
                    ));
                    return Err(PassFailed);
                }
                guards.push((f, a, None, v, None));
            }
        }
        let what = format!("specialize: contradiction with {}", self.options());
        self.folded += crate::shape_specialize::bind_symbols(m, root, &self.dims, &what, cx)?;
        // The guards go first in the body, in binding order; the constants that replace the
        // bound values come right after them.
        // Insertion points taken before anything is inserted, so guards keep the binding order.
        let anchors: rustc_hash::FxHashMap<OpId, Builder> = funcs
            .iter()
            .map(|&(f, entry)| (f, m.first_op(entry).map_or(Builder::at_end(entry), Builder::before)))
            .collect();
        let mut values = Vec::new();
        for (f, arg, d, v, symbol) in guards {
            let loc = m.loc(f);
            let mut st = OperationState::new(ctx.sym("kiln.guard"), loc);
            st.operands.push(arg);
            if let Some(d) = d {
                st.props.push((ctx.sym("dim"), ctx.int_attr(d as i128, ctx.i64())));
            }
            st.props.push((ctx.sym("equals"), ctx.int_attr(v as i128, ctx.i64())));
            if let Some(s) = symbol {
                st.props.push((ctx.sym("symbol"), ctx.str_attr(&s)));
            }
            let guard = anchors[&f].create(m, st);
            self.guards += 1;
            if d.is_none() {
                values.push((f, arg, v, guard, loc));
            }
        }
        // The bound values' uses (all but their guards') read constants placed after the guards.
        for (f, arg, v, guard, loc) in values {
            let c = constant(m, anchors[&f], arg, v, loc);
            m.replace_uses_if(arg, c, |_, u| u.op != guard);
        }
        Ok(())
    }
    fn statistics(&self) -> Vec<Statistic> {
        vec![
            Statistic {
                name: "num-guards",
                desc: "Number of kiln.guard entry checks inserted",
                value: self.guards,
            },
            Statistic {
                name: "num-checks-folded",
                desc: "Number of run-time shape checks proven by the bindings",
                value: self.folded,
            },
        ]
    }
}

/// A constant `v` of `arg`'s type: `ktensor.constant` for a rank-0 tensor, else `arith.constant`.
fn constant(m: &mut Module, at: Builder, arg: Value, v: i64, loc: kiln_ir::Attr) -> Value {
    let ctx = m.ctx().clone();
    let t = m.value_type(arg);
    let (name, value) = match ctx.ty(t) {
        TypeKind::Tensor { elem, .. } => {
            let w = ctx.bit_width(*elem).map_or(8, |b| (b as usize).div_ceil(8)).max(1);
            (
                "ktensor.constant",
                ctx.dense_attr(t, v.to_le_bytes()[..w.min(8)].to_vec()),
            )
        }
        _ => ("arith.constant", ctx.int_attr(v as i128, t)),
    };
    let mut st = OperationState::new(ctx.sym(name), loc);
    st.props.push((ctx.sym("value"), value));
    st.result_types.push(t);
    let op = at.create(m, st);
    m.result(op, 0)
}
