//! A function's fusible tensor dataflow as an e-graph (egg), rewritten by the rules of
//! `rules/` and extracted back by the cost model.
//!
//! Nodes are `egg::SymbolLang`: an elementwise op whose result has its operands' type is its
//! plain name (`ktensor.mul`), so rules are written as ordinary patterns; an op with attributes
//! or a type of its own (a broadcast, a reduction, a comparison, a conversion) and every value
//! from outside the graph is a *keyed* symbol (`ktensor.reduce#3`, `v#0`) naming an entry of the
//! analysis's side table, which keeps what rebuilding it needs. The analysis also knows each
//! class's splat constant value (for the rules' conditions) and element count (for the costs).

use super::cost::{self, SYMBOLIC_EXTENT};
use super::plan::{self, Role};
use egg::{Analysis, CostFunction, DidMerge, EGraph, Id, Language, RecExpr, Runner, StopReason, Symbol, SymbolLang};
use kiln_ir::{AttrKind, Builder, Module, OpId, OperationState, Type, Value};
use rustc_hash::{FxHashMap, FxHashSet};
use std::time::Duration;

/// What a keyed symbol stands for.
#[derive(Clone, Debug)]
pub enum Key {
    /// A value from outside the graph (an argument, or the result of an op the graph does not
    /// model).
    Value(Value),
    /// An op of the function: rebuilt with its attributes and result type.
    Op(OpId),
    /// A broadcast: operand dimension j goes to result dimension `dims[j]`.
    Broadcast { dims: Vec<i64>, ty: Type },
    /// A transpose: result dimension i is operand dimension `perm[i]`.
    Transpose { perm: Vec<i64>, ty: Type },
    /// A reshape (static: one operand) to `ty`.
    Reshape { ty: Type },
}

/// What the analysis knows of a class.
#[derive(Clone, Debug, PartialEq)]
pub struct Info {
    /// The value of every element, when the class is a splat constant.
    pub splat: Option<f64>,
    /// Whether the elements are floats.
    pub float: bool,
    /// Its element count (symbolic extents estimated).
    pub elems: u64,
    /// Its type (a class holds values of one type: the rules keep types).
    pub ty: Option<Type>,
}

/// The side table of keyed symbols and the per-class facts.
#[derive(Default)]
pub struct Facts {
    pub keys: Vec<Key>,
    /// Per key: its result's info (for leaves and keyed ops).
    infos: Vec<Info>,
    /// Broadcasts, transposes and reshapes by kind, map and type, so a rule making the same one
    /// twice gets the same symbol (and the e-graph saturates).
    layouts: FxHashMap<(u8, Vec<i64>, Type), usize>,
}

impl Facts {
    /// The key of symbol `name#k`.
    pub fn key_of(&self, op: Symbol) -> Option<(usize, &Key)> {
        let s = op.as_str();
        let k: usize = s.rsplit_once('#')?.1.parse().ok()?;
        self.keys.get(k).map(|key| (k, key))
    }
    /// Registers a key whose result has `info`; returns its index (the existing one for a
    /// broadcast already known).
    pub fn add(&mut self, key: Key, info: Info) -> usize {
        let layout = match &key {
            Key::Broadcast { dims, ty } => Some((0, dims.clone(), *ty)),
            Key::Transpose { perm, ty } => Some((1, perm.clone(), *ty)),
            Key::Reshape { ty } => Some((2, Vec::new(), *ty)),
            _ => None,
        };
        if let Some(l) = layout {
            if let Some(&k) = self.layouts.get(&l) {
                return k;
            }
            self.layouts.insert(l, self.keys.len());
        }
        self.keys.push(key);
        self.infos.push(info);
        self.keys.len() - 1
    }
}

impl Analysis<SymbolLang> for Facts {
    type Data = Info;
    fn make(egraph: &mut EGraph<SymbolLang, Self>, enode: &SymbolLang) -> Info {
        if let Some((k, key)) = egraph.analysis.key_of(enode.op) {
            let mut info = egraph.analysis.infos[k].clone();
            // A broadcast of a splat is a splat of the same value.
            if matches!(key, Key::Broadcast { .. }) {
                info.splat = info
                    .splat
                    .or_else(|| enode.children.first().and_then(|&c| egraph[c].data.splat));
            }
            return info;
        }
        // A plain elementwise op: its operands' shape and element kind.
        let kids: Vec<&Info> = enode.children.iter().map(|&c| &egraph[c].data).collect();
        Info {
            splat: None,
            float: kids.last().is_some_and(|i| i.float),
            elems: kids.iter().map(|i| i.elems).max().unwrap_or(1),
            ty: kids.last().and_then(|i| i.ty),
        }
    }
    fn merge(&mut self, a: &mut Info, b: Info) -> DidMerge {
        if a.splat.is_none() && b.splat.is_some() {
            a.splat = b.splat;
            return DidMerge(true, false);
        }
        DidMerge(false, a.splat.is_none() && b.splat.is_some())
    }
}

/// Budgets of one run of the rules.
#[derive(Copy, Clone, Debug)]
pub struct Budget {
    pub nodes: usize,
    pub iterations: usize,
    pub time: Duration,
}

/// The result of rewriting one function.
pub struct Outcome {
    /// Why the rules stopped.
    pub stop: StopReason,
    /// E-nodes at the end.
    pub nodes: usize,
    /// Values replaced by a cheaper equivalent, with the explanation when asked for.
    pub replaced: Vec<(Value, Option<String>)>,
}

/// The ops the graph models: those that can take part in a fused nest, and transposes and
/// static reshapes (which the layout rules compose and sink; they stay out of the groups).
fn modeled(m: &Module, op: OpId) -> bool {
    plan::role(m, op).is_some()
        || (matches!(m.op_name(op), "ktensor.transpose" | "ktensor.reshape")
            && m.num_operands(op) == 1
            && m.num_results(op) == 1
            && plan::ranked(m, m.result(op, 0))
            && plan::ranked(m, m.operand_value(op, 0)))
}

/// Whether `op`'s result has the type its first full-rank operand has (a plain node).
fn plain(m: &Module, op: OpId) -> bool {
    plan::role(m, op) == Some(Role::Elementwise)
        && kiln_dialects::elementwise::lookup(m.op_name(op)).is_some()
        && m.operands(op).all(|v| m.value_type(v) == m.value_type(m.result(op, 0)))
}

fn info_of(m: &Module, v: Value) -> Info {
    let ctx = m.ctx();
    let t = m.value_type(v);
    let e = ctx.ty(t).element_type().unwrap_or(t);
    Info {
        splat: None,
        float: ctx.ty(e).is_float(),
        elems: cost::elements(m, v),
        ty: Some(t),
    }
}

/// The splat value of a constant op, as f64.
fn splat_value(m: &Module, op: OpId) -> Option<f64> {
    let a = m.attr(op, "value")?;
    let ctx = m.ctx();
    let AttrKind::Dense { ty, data } = ctx.attr(a) else {
        return None;
    };
    if !data.splat {
        return None;
    }
    let e = ctx.ty(*ty).element_type()?;
    let bytes = &data.bytes;
    Some(match (ctx.ty(e), bytes.len()) {
        (kiln_ir::TypeKind::Float(kiln_ir::FloatKind::F32), 4) => {
            f32::from_le_bytes(bytes[..4].try_into().ok()?) as f64
        }
        (kiln_ir::TypeKind::Float(kiln_ir::FloatKind::F64), 8) => f64::from_le_bytes(bytes[..8].try_into().ok()?),
        (kiln_ir::TypeKind::Integer { .. }, 4) => i32::from_le_bytes(bytes[..4].try_into().ok()?) as f64,
        (kiln_ir::TypeKind::Integer { .. }, 8) => i64::from_le_bytes(bytes[..8].try_into().ok()?) as f64,
        _ => return None,
    })
}

/// Rewrites the modeled dataflow of `block` with `rules` under `budget`, replacing each value
/// that leaves the graph by its cheapest equivalent.
pub fn rewrite(
    m: &mut Module,
    block: kiln_ir::BlockId,
    rules: &[egg::Rewrite<SymbolLang, Facts>],
    budget: Budget,
    explain: bool,
) -> Outcome {
    let ops: Vec<OpId> = m.block_ops(block).filter(|&o| modeled(m, o)).collect();
    let inside: FxHashSet<OpId> = ops.iter().copied().collect();
    let mut eg = EGraph::new(Facts::default());
    if explain {
        eg = eg.with_explanations_enabled();
    }
    let mut ids: FxHashMap<Value, Id> = FxHashMap::default();
    let mut exprs: FxHashMap<Value, RecExpr<SymbolLang>> = FxHashMap::default();
    let leaf = |eg: &mut EGraph<SymbolLang, Facts>, m: &Module, v: Value| -> Id {
        let k = eg.analysis.add(Key::Value(v), info_of(m, v));
        eg.add(SymbolLang::leaf(format!("v#{k}")))
    };
    for &op in &ops {
        let mut kids = Vec::new();
        for v in m.operands(op).collect::<Vec<_>>() {
            let id = match ids.get(&v) {
                Some(&id) => id,
                None => {
                    let id = leaf(&mut eg, m, v);
                    ids.insert(v, id);
                    id
                }
            };
            kids.push(id);
        }
        let r = m.result(op, 0);
        let name = m.op_name(op).to_string();
        let node = if plain(m, op) {
            SymbolLang::new(name, kids)
        } else {
            let mut info = info_of(m, r);
            if plan::role(m, op) == Some(Role::Splat) {
                info.splat = splat_value(m, op);
            }
            // Broadcasts are keyed by their map and type, which the layout rules compose.
            let ints = |n: &str| -> Vec<i64> {
                match m.attr(op, n).map(|a| m.ctx().attr(a).clone()) {
                    Some(AttrKind::DenseArray {
                        values: kiln_ir::attrs::DenseArray::Int(v),
                        ..
                    }) => v.to_vec(),
                    _ => Vec::new(),
                }
            };
            let ty = m.value_type(r);
            let key = match name.as_str() {
                "ktensor.broadcast_in_dim" => Key::Broadcast { dims: ints("dims"), ty },
                "ktensor.transpose" => Key::Transpose { perm: ints("perm"), ty },
                "ktensor.reshape" => Key::Reshape { ty },
                _ => Key::Op(op),
            };
            let k = eg.analysis.add(key, info);
            SymbolLang::new(format!("{name}#{k}"), kids)
        };
        let id = eg.add(node);
        ids.insert(r, id);
    }
    // The graph's roots: values something outside it reads.
    let roots: Vec<Value> = ops
        .iter()
        .map(|&o| m.result(o, 0))
        .filter(|&r| m.uses(r).any(|u| !inside.contains(&u.op)))
        .collect();
    if explain {
        for &r in &roots {
            exprs.insert(r, eg.id_to_expr(ids[&r]));
        }
    }
    let runner = Runner::default()
        .with_egraph(eg)
        .with_node_limit(budget.nodes)
        .with_iter_limit(budget.iterations)
        .with_time_limit(budget.time)
        .run(rules);
    let stop = runner.stop_reason.clone().unwrap_or(StopReason::Saturated);
    let nodes = runner.egraph.total_size();
    let mut replaced = Vec::new();
    let mut rebuilt: Vec<(Value, RecExpr<SymbolLang>)> = Vec::new();
    {
        let extractor = egg::Extractor::new(&runner.egraph, Work { egraph: &runner.egraph });
        for &r in &roots {
            let original = runner.egraph.id_to_expr(ids[&r]);
            let before = expr_cost(&runner.egraph, &original);
            let (after, best) = extractor.find_best(ids[&r]);
            if after < before {
                rebuilt.push((r, best));
            }
        }
    }
    let mut runner = runner;
    let whys: Vec<Option<String>> = rebuilt
        .iter()
        .map(|(r, best)| {
            let orig = exprs.get(r)?;
            Some(runner.explain_equivalence(orig, best).get_flat_string())
        })
        .collect();
    let facts = std::mem::take(&mut runner.egraph.analysis);
    for ((r, best), why) in rebuilt.into_iter().zip(whys) {
        let Some(v) = build(m, &facts, &best, r) else { continue };
        if m.value_type(v) != m.value_type(r) {
            continue;
        }
        m.replace_all_uses(r, v);
        replaced.push((v, why));
    }
    // The replaced values' ops that nothing reads any more.
    for &op in ops.iter().rev() {
        if m.is_alive(op) && !m.has_uses(m.result(op, 0)) {
            m.erase_op(op);
        }
    }
    Outcome { stop, nodes, replaced }
}

/// Rebuilds `expr` before `at`'s users (right after the op defining `at`); returns its value.
fn build(m: &mut Module, facts: &Facts, expr: &RecExpr<SymbolLang>, at: Value) -> Option<Value> {
    let ctx = m.ctx().clone();
    let def = m.defining_op(at)?;
    let b = Builder::before(def);
    let mut vals: Vec<Value> = Vec::with_capacity(expr.as_ref().len());
    for node in expr.as_ref() {
        let kids: Vec<Value> = node.children().iter().map(|&c| vals[usize::from(c)]).collect();
        let v = match facts.key_of(node.op) {
            Some((_, Key::Value(v))) => *v,
            Some((_, Key::Op(op))) => {
                // The same op with these operands (a reused original where they are the same).
                if m.operands(*op).eq(kids.iter().copied()) && m.is_alive(*op) {
                    m.result(*op, 0)
                } else {
                    let mut st = OperationState::new(m.op_name_sym(*op), m.loc(*op));
                    st.operands.extend_from_slice(&kids);
                    st.result_types.push(m.value_type(m.result(*op, 0)));
                    let o = b.create(m, st);
                    let (props, attrs) = (m.props(*op), m.attrs(*op));
                    m.set_props(o, props);
                    m.set_attrs(o, attrs);
                    m.result(o, 0)
                }
            }
            Some((_, Key::Reshape { ty })) => {
                let mut st = OperationState::new(ctx.sym("ktensor.reshape"), m.loc(def));
                st.operands.extend_from_slice(&kids);
                st.result_types.push(*ty);
                let o = b.create(m, st);
                m.result(o, 0)
            }
            Some((_, Key::Broadcast { dims: map, ty })) | Some((_, Key::Transpose { perm: map, ty })) => {
                let (name, attr) = match facts.key_of(node.op) {
                    Some((_, Key::Broadcast { .. })) => ("ktensor.broadcast_in_dim", "dims"),
                    _ => ("ktensor.transpose", "perm"),
                };
                let mut st = OperationState::new(ctx.sym(name), m.loc(def));
                st.operands.extend_from_slice(&kids);
                st.props.push((ctx.sym(attr), ctx.i64_array_attr(map)));
                st.result_types.push(*ty);
                let o = b.create(m, st);
                m.result(o, 0)
            }
            None => {
                let ty = m.value_type(*kids.first()?);
                let mut st = OperationState::new(ctx.sym(node.op.as_str()), m.loc(def));
                st.operands.extend_from_slice(&kids);
                st.result_types.push(ty);
                let o = b.create(m, st);
                m.result(o, 0)
            }
        };
        vals.push(v);
    }
    vals.last().copied()
}

/// The extraction cost: the work of each node (its elements times its per-element work),
/// plus one so a smaller tree wins a tie. Keyed leaves and splats cost nothing.
struct Work<'a> {
    egraph: &'a EGraph<SymbolLang, Facts>,
}

fn node_cost(enode: &SymbolLang, elems: u64) -> u64 {
    let name = enode.op.as_str();
    if name.starts_with("v#") || name.starts_with("ktensor.constant#") {
        return 0;
    }
    let per = if name.starts_with("ktensor.broadcast_in_dim") {
        0
    } else {
        let base = name.split('#').next().unwrap_or(name);
        cost::flops_per_name(base)
    };
    // One per node and one per operand read: of two equal-work forms, the one reading fewer
    // operands wins (`relu(x)` over `max(x, 0)`).
    1 + enode.children.len() as u64 + per * elems.min(SYMBOLIC_EXTENT * SYMBOLIC_EXTENT)
}

impl CostFunction<SymbolLang> for Work<'_> {
    type Cost = u64;
    fn cost<C>(&mut self, enode: &SymbolLang, mut costs: C) -> u64
    where
        C: FnMut(Id) -> u64,
    {
        let elems = enode
            .children
            .iter()
            .map(|&c| self.egraph[c].data.elems)
            .max()
            .unwrap_or(1);
        let own = node_cost(enode, elems);
        enode.children.iter().fold(own, |a, &c| a.saturating_add(costs(c)))
    }
}

/// The cost of an expression of the e-graph by the same measure as extraction.
fn expr_cost(egraph: &EGraph<SymbolLang, Facts>, expr: &RecExpr<SymbolLang>) -> u64 {
    let mut costs: Vec<u64> = Vec::new();
    let mut classes: Vec<Option<Id>> = Vec::new();
    for node in expr.as_ref() {
        let elems = node
            .children()
            .iter()
            .map(|&c| classes[usize::from(c)].map_or(1, |id| egraph[id].data.elems))
            .max()
            .unwrap_or(1);
        let c = node
            .children()
            .iter()
            .fold(node_cost(node, elems), |a, &c| a.saturating_add(costs[usize::from(c)]));
        costs.push(c);
        let canon = node.clone().map_children(|c| classes[usize::from(c)].unwrap_or(c));
        classes.push(egraph.lookup(canon));
    }
    costs.last().copied().unwrap_or(0)
}
