//! Import of upstream modules in `func`, `arith`, `math`, `scf` and `memref` into Kiln's loop
//! level, and of modules in upstream's `llvm` dialect into Kiln's llvm level (`llvm.rs`): the
//! inverse of [`crate::export`], so that `mlir-opt`'s output is a Kiln input.
//!
//! Upstream's parser and verifier read the text first (so both the pretty and the generic form
//! are accepted, and upstream's errors come back located); upstream prints it in the generic
//! form, which Kiln parses with upstream's ops as unregistered ops; then each op is rebuilt as
//! Kiln's (`scf.for` → `loop.for`, `memref.load` → `loop.load`, ...). What the export added is
//! removed again: ops tagged `kiln.bridge` (symbol bindings, index arithmetic, casts), the
//! copy of an exported buffer (`kiln.export` → `loop.export`), the returned buffers of
//! functions listed in `kiln.returned`; Kiln types come back from `kiln.type` and
//! `kiln.arg_shapes` where the export left them, otherwise `?` extents stay dynamic and strided
//! layouts are dropped (a Kiln memref is a strided view already).
//!
//! Architecture invariant: an exported module imports to a module that prints as the original
//! (the lit test `test/Bridge/round-trip.test` checks both corpora), except that unsigned
//! integer types come back signless.

mod llvm;
mod vector;

use crate::Upstream;
use kiln_ir::attrs::{AttrKind, DenseArray};
use kiln_ir::parser::{parse_source, parse_type_str, ParseConfig};
use kiln_ir::{Attr, Context, Diagnostic, Module, OpId, OperationState, Order, Type, TypeKind, Value};
use rustc_hash::FxHashMap;
use std::sync::Arc;

type R<T> = Result<T, Diagnostic>;

/// Reads an upstream module (pretty or generic form) into Kiln's loop level. `name` is the
/// file name used in locations and `first_line` the line of the text's first line in it (for
/// a chunk of a split file).
pub fn import_upstream(ctx: &Arc<Context>, text: &str, name: &str, first_line: u32) -> R<Module> {
    let up = Upstream::new();
    let shift = |line: u32| line + first_line.saturating_sub(1);
    let generic = up.print(text, true, true).map_err(|e| {
        // Upstream's first located error, at its place in the caller's file.
        match upstream_loc(&e) {
            Some((l, c)) => Diagnostic::error(ctx.file_loc(name, shift(l), c), e),
            None => Diagnostic::error(ctx.unknown_loc(), format!("{name}: {e}")),
        }
    })?;
    // Locations point into the caller's file, not into upstream's printout.
    let mut located = String::with_capacity(generic.len());
    let mut rest = generic.as_str();
    while let Some(i) = rest.find("loc(\"-\":") {
        located.push_str(&rest[..i]);
        rest = &rest[i + 8..];
        let end = rest.find(':').unwrap_or(0);
        let line: u32 = rest[..end].parse().unwrap_or(0);
        located.push_str(&format!("loc({name:?}:{}", shift(line)));
        rest = &rest[end..];
    }
    located.push_str(rest);
    let cfg = ParseConfig {
        allow_unregistered: true,
        file_name: name.to_string(),
        first_line: 1,
    };
    let mut m = parse_source(ctx, &located, &cfg)?;
    if crate::export::is_llvm_level(&m) {
        llvm::import_llvm_level(&mut m)?;
        return Ok(m);
    }
    Importer {
        m: &mut m,
        placed: Default::default(),
    }
    .run()?;
    Ok(m)
}

/// The line and column of the first `loc("-":L:C)` in an upstream message.
fn upstream_loc(msg: &str) -> Option<(u32, u32)> {
    let rest = msg.split("loc(\"-\":").nth(1)?;
    let mut parts = rest.splitn(3, [':', ')']);
    let l = parts.next()?.parse().ok()?;
    let c = parts.next()?.parse().ok()?;
    Some((l, c))
}

struct Importer<'a> {
    m: &'a mut Module,
    /// (function, parameter) pairs whose `loop.export` a marker put back already.
    placed: rustc_hash::FxHashSet<(OpId, usize)>,
}

fn attrs_of(v: &[(String, Attr)]) -> Vec<(&str, Attr)> {
    v.iter().map(|(k, a)| (k.as_str(), *a)).collect()
}

fn err(m: &Module, op: OpId, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::error(m.loc(op), msg.into())
}

impl Importer<'_> {
    fn ctx(&self) -> Arc<Context> {
        self.m.ctx().clone()
    }

    /// A Kiln type for an upstream one: strided layouts dropped (recursively through
    /// function types).
    fn kiln_type(&self, t: Type) -> Type {
        let ctx = self.ctx();
        match ctx.ty(t).clone() {
            TypeKind::MemRef {
                shape: Some(shape),
                elem,
                ..
            } => ctx.memref_type(shape.to_vec(), elem),
            TypeKind::Function { inputs, results } => {
                let i: Vec<Type> = inputs.iter().map(|&t| self.kiln_type(t)).collect();
                let r: Vec<Type> = results.iter().map(|&t| self.kiln_type(t)).collect();
                ctx.function_type(&i, &r)
            }
            _ => t,
        }
    }

    /// `t` with signless integer elements: the export made every integer signless, so the
    /// types it recorded must agree with the values' types.
    fn signless(&self, t: Type) -> Type {
        let ctx = self.ctx();
        match ctx.ty(t).clone() {
            TypeKind::Integer { width, .. } => ctx.int_type(width),
            TypeKind::MemRef {
                shape: Some(shape),
                elem,
                ..
            } => ctx.memref_type(shape.to_vec(), self.signless(elem)),
            _ => t,
        }
    }

    /// The type the export recorded in `kiln.type`, or the converted upstream type.
    fn recorded_type(&self, op: OpId, t: Type) -> R<Type> {
        let ctx = self.ctx();
        match self.m.attr(op, "kiln.type").and_then(|a| ctx.attr_str(a)) {
            Some(s) => parse_type_str(&ctx, s)
                .map(|t| self.signless(t))
                .map_err(|d| err(self.m, op, format!("bad 'kiln.type': {}", d.message))),
            None => Ok(self.kiln_type(t)),
        }
    }

    fn int_of(&self, v: Value) -> Option<i64> {
        let d = self.m.defining_op(v)?;
        if self.m.op_name(d) != "arith.constant" {
            return None;
        }
        self.m
            .attr(d, "value")
            .and_then(|a| self.m.ctx().attr_int(a))
            .map(|x| x as i64)
    }

    fn i64s(&self, op: OpId, name: &str) -> Vec<i64> {
        match self.m.attr(op, name).map(|a| self.m.ctx().attr(a).clone()) {
            Some(AttrKind::DenseArray {
                values: DenseArray::Int(v),
                ..
            }) => v.to_vec(),
            _ => Vec::new(),
        }
    }

    /// Creates `name` before `op` with `op`'s location, regions moved over, and replaces
    /// `op`'s results by the new op's.
    fn rebuild(
        &mut self,
        op: OpId,
        name: &str,
        operands: &[Value],
        results: &[Type],
        attrs: Vec<(&str, Attr)>,
    ) -> OpId {
        let ctx = self.ctx();
        let mut st = OperationState::new(ctx.sym(name), self.m.loc(op));
        st.operands.extend_from_slice(operands);
        st.result_types.extend_from_slice(results);
        for (k, a) in attrs {
            st.attrs.push((ctx.sym(k), a));
        }
        for &r in self.m.regions(op).to_vec().iter() {
            let nr = self.m.new_region();
            for b in self.m.region_blocks(r).to_vec() {
                self.m.detach_block(b);
                self.m.append_block(nr, b);
            }
            st.regions.push(nr);
        }
        let new = self.m.create_op(st);
        self.m.insert_op_before(op, new);
        let n = results.len().min(self.m.num_results(op));
        for i in 0..n {
            let (from, to) = (self.m.result(op, i), self.m.result(new, i));
            self.m.replace_all_uses(from, to);
        }
        new
    }

    /// The discardable attributes of `op` that the import keeps.
    fn kept_attrs(&self, op: OpId, drop: &[&str]) -> Vec<(String, Attr)> {
        let ctx = self.ctx();
        ctx.dict_entries(self.m.attrs(op))
            .iter()
            .map(|na| (ctx.str(na.name).to_string(), na.value))
            .filter(|(k, _)| !drop.contains(&k.as_str()) && k != "kiln.type" && k != "kiln.bridge")
            .collect()
    }

    fn run(&mut self) -> R<()> {
        let ctx = self.ctx();
        let root = self.m.root();
        // Globals first: `memref.get_global` reads their values.
        let mut globals: FxHashMap<String, Attr> = FxHashMap::default();
        for op in self.m.block_ops(self.m.body()).collect::<Vec<_>>() {
            if self.m.op_name(op) == "memref.global" {
                let name = self
                    .m
                    .attr(op, "sym_name")
                    .and_then(|a| ctx.attr_str(a))
                    .unwrap_or_default()
                    .to_string();
                let value = self
                    .m
                    .attr(op, "initial_value")
                    .ok_or_else(|| err(self.m, op, "a global without 'initial_value' cannot be imported"))?;
                globals.insert(name, value);
                self.m.erase_op(op);
            }
        }
        // Functions that return exported buffers, and how many results they had in Kiln.
        let mut returned: FxHashMap<String, (Vec<usize>, usize)> = FxHashMap::default();
        for f in self.m.block_ops(self.m.body()).collect::<Vec<_>>() {
            if self.m.op_name(f) != "func.func" {
                return Err(err(
                    self.m,
                    f,
                    format!("'{}' at module level cannot be imported", self.m.op_name(f)),
                ));
            }
            let ks = self.i64s(f, "kiln.returned");
            if !ks.is_empty() {
                let name = kiln_ir::symbol::symbol_name(self.m, f).unwrap_or_default().to_string();
                // The last results are the listed parameters' buffers, of their types.
                let (inputs, results) = match self.m.attr(f, "function_type").map(|a| ctx.attr(a).clone()) {
                    Some(AttrKind::Type(t)) => match ctx.ty(t).clone() {
                        TypeKind::Function { inputs, results } => (inputs.to_vec(), results.to_vec()),
                        _ => (Vec::new(), Vec::new()),
                    },
                    _ => (Vec::new(), Vec::new()),
                };
                let nres = results.len().checked_sub(ks.len());
                let fits = nres.is_some_and(|nres| {
                    ks.iter().enumerate().all(|(j, &k)| {
                        usize::try_from(k).is_ok_and(|k| k < inputs.len() && inputs[k] == results[nres + j])
                    })
                });
                let Some(nres) = nres.filter(|_| fits) else {
                    return Err(err(
                        self.m,
                        f,
                        "'kiln.returned' does not match the function's signature (each listed parameter's buffer must be one of the last results, of the parameter's type)",
                    ));
                };
                returned.insert(name, (ks.iter().map(|&k| k as usize).collect(), nres));
            }
        }
        // Kiln's buffers are strided views; another layout (an affine map) would be read
        // wrongly, so it is an error, not dropped.
        for op in self.m.walk(root, Order::Pre) {
            let mut types: Vec<Type> = self.m.results(op).map(|r| self.m.value_type(r)).collect();
            for &r in self.m.regions(op) {
                for &b in self.m.region_blocks(r) {
                    types.extend(self.m.block_args(b).iter().map(|&a| self.m.value_type(a)));
                }
            }
            for t in types {
                if let TypeKind::MemRef { layout: Some(l), .. } = ctx.ty(t) {
                    let l = kiln_ir::printer::attr_to_string(&ctx, *l);
                    if !l.starts_with("strided<") {
                        return Err(err(
                            self.m,
                            op,
                            format!(
                                "a memref with the layout '{l}' cannot be imported: Kiln's buffers are strided views"
                            ),
                        ));
                    }
                }
            }
        }
        let mut helpers = Vec::new();
        for op in self.m.walk(root, Order::Pre) {
            if !self.m.is_alive(op) || op == root {
                continue;
            }
            if self.m.attr(op, "kiln.bridge").is_some() && self.m.op_name(op) != "func.func" {
                helpers.push(op);
                continue;
            }
            self.op(op, &globals, &returned)?;
        }
        // The export's helpers go last, once nothing Kiln's reads them (a chain goes from its end).
        for &op in helpers.iter().rev() {
            if !self.m.is_alive(op) {
                continue;
            }
            match self.m.op_name(op) {
                // The cast of a buffer to the common layout: the buffer itself.
                "memref.cast" => {
                    let (from, to) = (self.m.result(op, 0), self.m.operand_value(op, 0));
                    self.m.replace_all_uses(from, to);
                }
                // The copy half of a returned buffer (its `func.call` took the uses).
                "memref.copy" | "memref.dealloc" => {}
                _ => {
                    if self.m.results(op).any(|r| self.m.has_uses(r)) {
                        return Err(err(
                            self.m,
                            op,
                            format!("'{}' was added by the export but is still used", self.m.op_name(op)),
                        ));
                    }
                }
            }
            self.m.erase_op(op);
        }
        Ok(())
    }

    fn op(
        &mut self,
        op: OpId,
        globals: &FxHashMap<String, Attr>,
        returned: &FxHashMap<String, (Vec<usize>, usize)>,
    ) -> R<()> {
        let ctx = self.ctx();
        let name = self.m.op_name(op).to_string();
        let operands: Vec<Value> = self.m.operands(op).collect();
        let result_types: Vec<Type> = self.m.results(op).map(|r| self.m.value_type(r)).collect();
        let kiln_results: Vec<Type> = result_types.iter().map(|&t| self.kiln_type(t)).collect();
        let keep = |imp: &Self, drop: &[&str]| -> Vec<(String, Attr)> { imp.kept_attrs(op, drop) };
        match name.as_str() {
            "func.func" => self.func(op, returned)?,
            "func.return" => {
                let f = self.m.parent_op(op).expect("a return in a function");
                let fname = kiln_ir::symbol::symbol_name(self.m, f).unwrap_or_default().to_string();
                if let Some((ks, nres)) = returned.get(&fname) {
                    let args = self.m.block_args(self.m.region_blocks(self.m.regions(f)[0])[0]).to_vec();
                    for (j, &k) in ks.iter().enumerate() {
                        if self.placed.contains(&(f, k)) {
                            continue;
                        }
                        let v = operands[nres + j];
                        // No marker (upstream folded it away): right after the buffer's last use.
                        let at = self.after_last_use(v, op);
                        self.rebuild_before(at, "loop.export", &[v, args[k]]);
                    }
                    self.m.set_operands(op, &operands[..*nres]);
                }
            }
            "func.call" => {
                let callee = self.m.attr(op, "callee").and_then(|a| match ctx.attr(a) {
                    AttrKind::SymbolRef { root, .. } => Some(ctx.str(*root).to_string()),
                    _ => None,
                });
                if let Some((ks, nres)) = callee.and_then(|c| returned.get(&c)) {
                    // The returned buffers are the operands' from now on (the export freed a
                    // placeholder or copied into the operand right after: helpers, dropped).
                    for (j, &k) in ks.iter().enumerate() {
                        let (from, to) = (self.m.result(op, nres + j), operands[k]);
                        self.m.replace_all_uses(from, to);
                    }
                    let attrs = self.kept_attrs(op, &[]);
                    let props: Vec<(String, Attr)> = ctx
                        .dict_entries(self.m.props(op))
                        .iter()
                        .map(|na| (ctx.str(na.name).to_string(), na.value))
                        .collect();
                    let mut all = props;
                    all.extend(attrs);
                    self.rebuild(op, "func.call", &operands, &kiln_results[..*nres], attrs_of(&all));
                    self.m.erase_op(op);
                } else {
                    self.retype_results(op);
                }
            }
            n if n.starts_with("arith.") || n.starts_with("math.") => {
                // Upstream prints the default flags Kiln leaves out.
                if let Some(a) = self.m.attr(op, "overflowFlags") {
                    if matches!(ctx.attr(a), AttrKind::Dialect { body, .. } if &**body == ".overflow<none>") {
                        self.m.remove_attr(op, "overflowFlags");
                    }
                }
                // Kiln leaves out the flags upstream prints by default.
                if self.m.attr(op, "fastmath").is_some() && kiln_dialects::arith::fastmath_flags(self.m, op).is_none() {
                    self.m.remove_attr(op, "fastmath");
                }
            }
            "scf.for" | "scf.if" | "scf.parallel" | "scf.while" => {
                let kiln = match name.as_str() {
                    "scf.for" => "loop.for",
                    "scf.if" => "loop.if",
                    "scf.parallel" => "loop.parallel",
                    _ => "loop.while",
                };
                // A parallel loop with reductions has no Kiln form.
                if name == "scf.parallel" && self.i64s(op, "operandSegmentSizes").get(3).copied().unwrap_or(0) != 0 {
                    return Err(err(self.m, op, "an 'scf.parallel' with reductions cannot be imported"));
                }
                if name == "scf.while" && (!operands.is_empty() || !result_types.is_empty()) {
                    return Err(err(self.m, op, "an 'scf.while' with carried values cannot be imported: Kiln's while loops keep their state in buffers"));
                }
                let kept = keep(self, &[]);
                self.rebuild(op, kiln, &operands, &kiln_results, attrs_of(&kept));
                self.m.erase_op(op);
            }
            "scf.yield" | "scf.reduce" | "scf.condition" => {
                let kiln = if name == "scf.condition" { "loop.condition" } else { "loop.yield" };
                if name == "scf.condition" && operands.len() != 1 {
                    return Err(err(self.m, op, "an 'scf.condition' forwarding values cannot be imported"));
                }
                self.rebuild(op, kiln, &operands, &[], Vec::new());
                self.m.erase_op(op);
            }
            "memref.alloc" | "memref.alloca" => {
                let t = self.recorded_type(op, result_types[0])?;
                let kept = keep(self, &[]);
                self.rebuild(op, "loop.alloc", &operands, &[t], attrs_of(&kept));
                self.m.erase_op(op);
            }
            "memref.dealloc" => {
                self.rebuild(op, "loop.dealloc", &operands, &[], Vec::new());
                self.m.erase_op(op);
            }
            "memref.load" => {
                self.rebuild(op, "loop.load", &operands, &kiln_results, Vec::new());
                self.m.erase_op(op);
            }
            "memref.store" => {
                self.rebuild(op, "loop.store", &operands, &[], Vec::new());
                self.m.erase_op(op);
            }
            "memref.dim" => {
                let k = self
                    .int_of(operands[1])
                    .ok_or_else(|| err(self.m, op, "a 'memref.dim' with a non-constant index cannot be imported"))?;
                let idx = ctx.int_attr(k as i128, ctx.i64());
                self.rebuild(op, "loop.dim", &operands[..1], &[ctx.index_type()], vec![("index", idx)]);
                self.m.erase_op(op);
            }
            "memref.cast" if self.m.attr(op, "kiln.export").is_some() => {
                // The export's marker of a `loop.export` into a returned parameter.
                let k = self.m.attr(op, "kiln.export").and_then(|a| ctx.attr_int(a)).unwrap_or(0) as usize;
                let mut f = op;
                while let Some(p) = self.m.parent_op(f) {
                    f = p;
                    if self.m.op_name(f) == "func.func" {
                        break;
                    }
                }
                let args = self.m.block_args(self.m.region_blocks(self.m.regions(f)[0])[0]).to_vec();
                let dst = *args.get(k).ok_or_else(|| err(self.m, op, "'kiln.export' names a missing parameter"))?;
                self.rebuild(op, "loop.export", &[operands[0], dst], &[], Vec::new());
                self.placed.insert((f, k));
                self.m.erase_op(op);
            }
            "memref.cast" => {
                let (from, to) = (self.m.result(op, 0), operands[0]);
                self.m.replace_all_uses(from, to);
                self.m.erase_op(op);
            }
            "memref.copy" if self.m.attr(op, "kiln.export").is_some() => {
                self.rebuild(op, "loop.export", &operands, &[], Vec::new());
                self.m.erase_op(op);
            }
            "memref.subview" => {
                // Offsets as operands (static ones become constants); sizes from the type;
                // Kiln's subviews keep the source's strides.
                if self.i64s(op, "static_strides").iter().any(|&s| s != 1) {
                    return Err(err(self.m, op, "a 'memref.subview' with strides other than 1 cannot be imported"));
                }
                let seg = self.i64s(op, "operandSegmentSizes");
                let n_off = seg.get(1).copied().unwrap_or(0) as usize;
                let mut dyn_offs = operands[1..1 + n_off].iter().copied();
                let mut offs = vec![operands[0]];
                for s in self.i64s(op, "static_offsets") {
                    if s == i64::MIN {
                        offs.push(dyn_offs.next().expect("verified by upstream"));
                    } else {
                        let c = self.index_const_before(op, s);
                        offs.push(c);
                    }
                }
                let t = self.recorded_type(op, result_types[0])?;
                self.rebuild(op, "loop.subview", &offs, &[t], Vec::new());
                self.m.erase_op(op);
            }
            "memref.reinterpret_cast" | "memref.reshape" | "memref.collapse_shape" | "memref.expand_shape" => {
                // A row-major view of a contiguous buffer (what the export writes for
                // `loop.view`); the offset and strides were the export's helpers.
                let t = self.recorded_type(op, result_types[0])?;
                self.rebuild(op, "loop.view", &operands[..1], &[t], Vec::new());
                self.m.erase_op(op);
            }
            "memref.get_global" => {
                let g = self.m.attr(op, "name").and_then(|a| match ctx.attr(a) {
                    AttrKind::SymbolRef { root, .. } => Some(ctx.str(*root).to_string()),
                    _ => None,
                });
                let value = g
                    .and_then(|g| globals.get(&g).copied())
                    .ok_or_else(|| err(self.m, op, "'memref.get_global' of an unknown global"))?;
                let t = self.recorded_type(op, result_types[0])?;
                self.rebuild(op, "loop.constant_buffer", &[], &[t], vec![("value", value)]);
                self.m.erase_op(op);
            }
            n if n.starts_with("vector.") => self.vector_op(op, &operands, &kiln_results)?,
            _ => {
                return Err(err(
                    self.m,
                    op,
                    format!("'{name}' cannot be imported: Kiln's loop level has no equivalent (the import reads func, arith, math, scf, memref and vector)"),
                ))
            }
        }
        Ok(())
    }

    /// The op of `ret`'s block just after the last one that uses `v` (in its regions too),
    /// or after `v`'s definition.
    fn after_last_use(&self, v: Value, ret: OpId) -> OpId {
        let m = &*self.m;
        let block = m.parent_block(ret).expect("a return in a block");
        let mut last = m.defining_op(v).filter(|&d| m.parent_block(d) == Some(block));
        for op in m.block_ops(block) {
            if op == ret {
                break;
            }
            let uses = m
                .walk(op, Order::Pre)
                .into_iter()
                .any(|o| m.operands(o).any(|x| x == v));
            if uses {
                last = Some(op);
            }
        }
        match last {
            Some(op) => m.next_op(op).unwrap_or(ret),
            None => m.first_op(block).unwrap_or(ret),
        }
    }

    fn rebuild_before(&mut self, at: OpId, name: &str, operands: &[Value]) {
        let ctx = self.ctx();
        let mut st = OperationState::new(ctx.sym(name), self.m.loc(at));
        st.operands.extend_from_slice(operands);
        let new = self.m.create_op(st);
        self.m.insert_op_before(at, new);
    }

    fn index_const_before(&mut self, at: OpId, v: i64) -> Value {
        let ctx = self.ctx();
        let mut st = OperationState::new(ctx.sym("arith.constant"), self.m.loc(at));
        st.props
            .push((ctx.sym("value"), ctx.int_attr(v as i128, ctx.index_type())));
        st.result_types.push(ctx.index_type());
        let new = self.m.create_op(st);
        self.m.insert_op_before(at, new);
        self.m.result(new, 0)
    }

    fn retype_results(&mut self, op: OpId) {
        for r in self.m.results(op).collect::<Vec<_>>() {
            let t = self.kiln_type(self.m.value_type(r));
            self.m.set_value_type(r, t);
        }
    }

    /// Arguments and function type back to Kiln's types; what the export added removed.
    fn func(&mut self, f: OpId, returned: &FxHashMap<String, (Vec<usize>, usize)>) -> R<()> {
        let ctx = self.ctx();
        let name = kiln_ir::symbol::symbol_name(self.m, f).unwrap_or_default().to_string();
        let Some(AttrKind::Type(fty)) = self.m.attr(f, "function_type").map(|a| ctx.attr(a).clone()) else {
            return Err(err(self.m, f, "a function without 'function_type'"));
        };
        let TypeKind::Function { inputs, results } = ctx.ty(fty).clone() else {
            return Err(err(self.m, f, "'function_type' is not a function type"));
        };
        let mut ins: Vec<Type> = inputs.iter().map(|&t| self.kiln_type(t)).collect();
        if let Some(AttrKind::Array(shapes)) = self.m.attr(f, "kiln.arg_shapes").map(|a| ctx.attr(a).clone()) {
            for (i, a) in shapes.iter().enumerate() {
                if let (Some(s), true) = (ctx.attr_str(*a), i < ins.len()) {
                    let t = parse_type_str(&ctx, s)
                        .map_err(|d| err(self.m, f, format!("bad 'kiln.arg_shapes': {}", d.message)))?;
                    ins[i] = self.signless(t);
                }
            }
        }
        let mut outs: Vec<Type> = results.iter().map(|&t| self.kiln_type(t)).collect();
        if let Some((_, nres)) = returned.get(&name) {
            outs.truncate(*nres);
        }
        let fty = ctx.function_type(&ins, &outs);
        self.m.set_attr(f, "function_type", ctx.type_attr(fty));
        if let Some(&entry) = self.m.regions(f).first().and_then(|&r| self.m.region_blocks(r).first()) {
            for (i, &a) in self.m.block_args(entry).to_vec().iter().enumerate() {
                self.m.set_value_type(a, ins[i]);
            }
        }
        if self.m.attr(f, "kiln.bridge").is_some() {
            for k in [
                "kiln.bridge",
                "kiln.arg_shapes",
                "kiln.returned",
                "llvm.emit_c_interface",
            ] {
                self.m.remove_attr(f, k);
            }
        }
        Ok(())
    }
}
