//! `specialize{N=64,arg2=3}`: the tier-3 specialization of a module's public functions.
//!
//! `SYMBOL=V` binds a dimension symbol (as `shape-specialize` does: types, signatures, folded
//! checks); `argI=V` binds the value of argument `I` (an integer or index scalar, or a rank-0
//! integer tensor), whose uses become a constant that later folding propagates (loop trip
//! counts, `tensor.while` conditions, selects). Each public function then starts with one
//! `kiln.guard` per binding it can observe: the first argument dimension spelled by each
//! bound symbol, and each bound argument value. The function keeps its arity and argument
//! order, so a caller passes the same arguments to the generic and the specialized version.

use kiln_dialects::func::{entry_block, is_public_definition};
use kiln_ir::pass::{Pass, PassContext, PassFailed, PassInfo, Statistic};
use kiln_ir::printer::type_to_string;
use kiln_ir::{BlockId, Builder, Diagnostic, Dim, Module, OpId, OperationState, TypeKind, Value};

pub fn info() -> PassInfo {
    PassInfo {
        argument: "specialize",
        summary: "Specialize public functions to dimension bindings (N=64) and argument values (arg1=3), behind kiln.guard entry checks",
        options: vec![],
        free_options: true,
        create: |o| {
            let mut dims = Vec::new();
            let mut values = Vec::new();
            for part in o.raw.split([',', ' ']).map(str::trim).filter(|s| !s.is_empty()) {
                let (k, v) = part
                    .split_once('=')
                    .ok_or_else(|| format!("expected SYMBOL=VALUE or argI=VALUE, got '{part}'"))?;
                let (k, v) = (k.trim(), v.trim());
                let v: i64 = v
                    .parse()
                    .map_err(|_| format!("'{k}' needs an integer value, got '{v}'"))?;
                match k.strip_prefix("arg").and_then(|i| i.parse::<usize>().ok()) {
                    Some(i) => values.push((i, v)),
                    None if v < 0 => return Err(format!("symbol '{k}' must be non-negative, got {v}")),
                    None => dims.push((k.to_string(), v)),
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
}

struct Specialize {
    dims: Vec<(String, i64)>,
    values: Vec<(usize, i64)>,
    guards: u64,
    folded: u64,
}

/// A guard to insert: (function, argument, dimension or `None` for the value, value, symbol).
type GuardAt = (OpId, Value, Option<usize>, i64, Option<String>);

impl Pass for Specialize {
    fn argument(&self) -> &'static str {
        "specialize"
    }
    fn display_name(&self) -> &'static str {
        "Specialize"
    }
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
            for (name, v) in &self.dims {
                let s = ctx.sym(name);
                let at = args.iter().enumerate().find_map(|(i, &a)| {
                    let shape = ctx.ty(m.value_type(a)).shape()?.to_vec();
                    shape.iter().position(|d| *d == Dim::Sym(s)).map(|d| (i, d))
                });
                if let Some((i, d)) = at {
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
                let elem = match ctx.ty(t) {
                    TypeKind::Tensor {
                        shape: Some(s), elem, ..
                    } if s.is_empty() => Some(*elem),
                    TypeKind::Tensor { .. } => None,
                    _ => Some(t),
                };
                if !elem.is_some_and(|e| ctx.ty(e).is_integer_like()) {
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

/// A constant `v` of `arg`'s type: `tensor.constant` for a rank-0 tensor, else `arith.constant`.
fn constant(m: &mut Module, at: Builder, arg: Value, v: i64, loc: kiln_ir::Attr) -> Value {
    let ctx = m.ctx().clone();
    let t = m.value_type(arg);
    let (name, value) = match ctx.ty(t) {
        TypeKind::Tensor { elem, .. } => {
            let w = ctx.bit_width(*elem).map_or(8, |b| (b as usize).div_ceil(8)).max(1);
            (
                "tensor.constant",
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
