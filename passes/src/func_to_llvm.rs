//! `convert-func-to-llvm`: `func.func`, `func.call` and `func.return` to the `llvm` dialect.
//! Signatures convert `index` to i64 and a memref to `!llvm.ptr` (its descriptor, see
//! `convert-loop-to-llvm`). A function returns at most one value; tensors must be lowered
//! first. Casts bridge the arguments' old and new types and fold away. A function lowered
//! completely ends with signless integers (`to_llvm::make_signless`), as LLVM's are.

use crate::to_llvm::{cast_to, llvm_ptr, llvm_type};
use kiln_ir::conversion::fold_casts;
use kiln_ir::pass::{Pass, PassContext, PassFailed};
use kiln_ir::{Builder, Diagnostic, Module, OpId, OperationState, Order, Type, TypeKind, Value};

kiln_ir::declare_pass! {
    argument: "convert-func-to-llvm", display: "ConvertFuncToLLVM",
    summary: "Lower func.func, func.call and func.return to the llvm dialect",
    options: FuncToLlvmOptions {},
    create: |_: FuncToLlvmOptions| Box::new(FuncToLlvm),
}

struct FuncToLlvm;

impl Pass for FuncToLlvm {
    kiln_ir::declared_pass_names!();
    fn run(&mut self, m: &mut Module, root: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
        guard_recursion(m, root);
        let ops: Vec<OpId> = m
            .walk(root, Order::Pre)
            .into_iter()
            .filter(|&o| m.op_name(o).starts_with("func."))
            .collect();
        let mut failed = false;
        // The body of a function that cannot be lowered is left alone: one error per function.
        let mut bad: Vec<OpId> = Vec::new();
        for op in ops {
            if !m.is_alive(op) || bad.iter().any(|&f| m.is_ancestor(f, op)) {
                continue;
            }
            if let Err(d) = lower(m, op) {
                cx.diags.push(d);
                failed = true;
                if m.op_name(op) == "func.func" {
                    bad.push(op);
                }
            }
        }
        fold_casts(m, root);
        // LLVM's integers have no sign: the last conversion of a function drops it.
        let funcs: Vec<OpId> = m
            .walk(root, Order::Pre)
            .into_iter()
            .filter(|&o| m.op_name(o) == "llvm.func")
            .collect();
        for f in funcs {
            crate::to_llvm::make_signless(m, f);
        }
        if failed {
            Err(PassFailed)
        } else {
            Ok(())
        }
    }
}

/// Bounds the call depth of recursive functions, as tier 0 does: each function in a cycle of
/// the call graph (found with Tarjan's algorithm; an acyclic module pays nothing) calls
/// `kiln_rt_enter()` on entry and `kiln_rt_leave()` before returning. Past the runtime's limit
/// the call stops with an error instead of overflowing the native stack.
fn guard_recursion(m: &mut Module, root: OpId) {
    use petgraph::graph::DiGraph;
    let ctx = m.ctx().clone();
    let funcs: Vec<OpId> = kiln_ir::pass::top_level_ops(m, root, &["func.func"])
        .into_iter()
        .filter(|&o| m.regions(o).first().is_some_and(|&r| !m.region_blocks(r).is_empty()))
        .collect();
    let mut g = DiGraph::<OpId, ()>::new();
    let nodes: rustc_hash::FxHashMap<String, petgraph::graph::NodeIndex> = funcs
        .iter()
        .filter_map(|&f| Some((kiln_ir::symbol::symbol_name(m, f)?.to_string(), g.add_node(f))))
        .collect();
    for &from in nodes.values() {
        let f = g[from];
        for call in m.walk(f, Order::Pre) {
            if m.op_name(call) != "func.call" {
                continue;
            }
            let callee = m.attr(call, "callee").and_then(|a| match ctx.attr(a) {
                kiln_ir::AttrKind::SymbolRef { root, .. } => Some(ctx.str(*root).to_string()),
                _ => None,
            });
            if let Some(&to) = callee.as_ref().and_then(|c| nodes.get(c)) {
                g.update_edge(from, to, ());
            }
        }
    }
    let recursive: Vec<OpId> = petgraph::algo::tarjan_scc(&g)
        .into_iter()
        .filter(|scc| scc.len() > 1 || g.contains_edge(scc[0], scc[0]))
        .flatten()
        .map(|n| g[n])
        .collect();
    for f in recursive {
        use crate::runtime_abi::{RuntimeFn, ENTER, LEAVE};
        ENTER.declare_llvm(m, f);
        LEAVE.declare_llvm(m, f);
        let call = |m: &mut Module, at: &Builder, rt: &RuntimeFn| {
            let mut st = OperationState::new(ctx.sym("llvm.call"), m.loc(f));
            st.props = vec![(ctx.sym("callee"), rt.callee(&ctx))];
            at.create(m, st);
        };
        let entry = m.region_blocks(m.regions(f)[0])[0];
        let at = match m.first_op(entry) {
            Some(o) => Builder::before(o),
            None => Builder::at_end(entry),
        };
        call(m, &at, &ENTER);
        let returns: Vec<OpId> = m
            .walk(f, Order::Pre)
            .into_iter()
            .filter(|&o| m.op_name(o) == "func.return")
            .collect();
        for r in returns {
            call(m, &Builder::before(r), &LEAVE);
        }
    }
}

/// The llvm-dialect type of a signature type.
fn convert(m: &Module, op: OpId, t: Type) -> Result<Type, Diagnostic> {
    let ctx = m.ctx();
    match ctx.ty(t) {
        TypeKind::MemRef { .. } => Ok(llvm_ptr(ctx)),
        TypeKind::Tensor { .. } => Err(Diagnostic::error(
            m.loc(op),
            "functions on tensors have no LLVM lowering; lower tensors to loops first",
        )),
        _ => Ok(llvm_type(ctx, t)),
    }
}

/// `op`'s operands read as their llvm-dialect types (through casts) before `at`.
fn converted_operands(m: &mut Module, op: OpId, at: &Builder) -> Result<Vec<Value>, Diagnostic> {
    let loc = m.loc(op);
    let vals: Vec<Value> = m.operands(op).collect();
    let mut ops = Vec::new();
    for v in vals {
        let t = convert(m, op, m.value_type(v))?;
        ops.push(cast_to(m, at, loc, v, t));
    }
    Ok(ops)
}

fn lower(m: &mut Module, op: OpId) -> Result<(), Diagnostic> {
    let ctx = m.ctx().clone();
    let loc = m.loc(op);
    let name = m.op_name(op).to_string();
    match name.as_str() {
        "func.func" => {
            let ft = m
                .attr(op, "function_type")
                .and_then(|a| ctx.attr_type(a))
                .expect("verified func");
            let TypeKind::Function { inputs, results } = ctx.ty(ft).clone() else {
                return Err(Diagnostic::error(loc, "function_type is not a function type"));
            };
            if results.len() > 1 {
                return Err(Diagnostic::error(
                    loc,
                    "functions with several results have no LLVM lowering; return them through buffers",
                ));
            }
            let ins: Vec<Type> = inputs.iter().map(|&t| convert(m, op, t)).collect::<Result<_, _>>()?;
            let outs: Vec<Type> = results.iter().map(|&t| convert(m, op, t)).collect::<Result<_, _>>()?;
            // Retype the entry block's arguments; their users read them through casts.
            if let Some(&entry) = m.regions(op).first().and_then(|&r| m.region_blocks(r).first()) {
                let first = m.first_op(entry);
                for (a, &t) in m.block_args(entry).to_vec().into_iter().zip(&ins) {
                    let old = m.value_type(a);
                    if old == t {
                        continue;
                    }
                    m.set_value_type(a, t);
                    let at = match first {
                        Some(f) => Builder::before(f),
                        None => Builder::at_end(entry),
                    };
                    let mut st = OperationState::new(ctx.sym("builtin.unrealized_conversion_cast"), loc);
                    st.operands.push(a);
                    st.result_types.push(old);
                    let c = at.create(m, st);
                    let back = m.result(c, 0);
                    m.replace_uses_if(a, back, |_, u| u.op != c);
                }
            }
            let mut props: Vec<_> = ctx
                .dict_entries(m.props(op))
                .iter()
                .filter(|p| ctx.str(p.name) != "function_type")
                .map(|p| (p.name, p.value))
                .collect();
            props.push((ctx.sym("function_type"), ctx.type_attr(ctx.function_type(&ins, &outs))));
            let mut st = OperationState::new(ctx.sym("llvm.func"), loc);
            st.props = props;
            st.attrs = ctx
                .dict_entries(m.attrs(op))
                .iter()
                .map(|p| (p.name, p.value))
                .collect();
            let region = m.regions(op)[0];
            let nr = m.new_region();
            for b in m.region_blocks(region).to_vec() {
                m.detach_block(b);
                m.append_block(nr, b);
            }
            st.regions.push(nr);
            Builder::before(op).create(m, st);
            m.erase_op(op);
        }
        "func.return" => {
            if m.num_operands(op) > 1 {
                return Err(Diagnostic::error(loc, "returning several values has no LLVM lowering"));
            }
            let at = Builder::before(op);
            let ops = converted_operands(m, op, &at)?;
            let mut st = OperationState::new(ctx.sym("llvm.return"), loc);
            st.operands.extend(ops);
            at.create(m, st);
            m.erase_op(op);
        }
        "func.call" => {
            if m.num_results(op) > 1 {
                return Err(Diagnostic::error(
                    loc,
                    "calls with several results have no LLVM lowering",
                ));
            }
            let at = Builder::before(op);
            let ops = converted_operands(m, op, &at)?;
            let old = m.results(op).next().map(|r| m.value_type(r));
            let rty = match old {
                Some(t) => Some(convert(m, op, t)?),
                None => None,
            };
            let mut st = OperationState::new(ctx.sym("llvm.call"), loc);
            st.operands.extend(ops);
            st.props = vec![(ctx.sym("callee"), m.attr(op, "callee").expect("verified call"))];
            st.result_types.extend(rty);
            let c = at.create(m, st);
            if let Some(old) = old {
                let r = m.result(c, 0);
                let back = cast_to(m, &at, loc, r, old);
                let orig = m.result(op, 0);
                m.replace_all_uses(orig, back);
            }
            m.erase_op(op);
        }
        _ => return Err(Diagnostic::error(loc, format!("'{name}' has no LLVM lowering"))),
    }
    Ok(())
}
