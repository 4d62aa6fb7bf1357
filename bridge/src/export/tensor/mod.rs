//! Export of Kiln's tensor level (`ktensor`, after `decompose` and `shape-infer`) to upstream's
//! `linalg`, `tensor`, `arith`, `scf` and `func` on tensors, so that upstream's own
//! bufferization and lowering can run a Kiln program (the `--backend=mlir-linalg` reference,
//! whose structure owes nothing to Kiln's `convert-tensor-to-loop`).
//!
//! The mapping:
//! - elementwise ops (the elementwise table, `cmp`, `select`, `convert`, `bitcast`,
//!   `is_finite`, `reduce_precision`) → `linalg.generic` with identity maps; the body is the
//!   op's scalar form, which Kiln's op declarations define once: the op on rank-0 tensors,
//!   lowered by Kiln's `convert-tensor-to-loop` to `arith`/`math`, crosses as scalar code;
//! - `reduce` → `linalg.fill` of the kind's identity and a `linalg.generic` with reduction
//!   iterators (its combiner is the scalar form of `add`/`mul`/`max`/`min`), `mean` divides
//!   after; `matmul`, `batch_matmul`, `dot_general` → a contraction `linalg.generic`;
//! - `broadcast_in_dim` → `linalg.generic` (a size-1 source dimension reads index 0),
//!   `transpose` → `linalg.transpose`, `iota` → `linalg.generic` over `linalg.index`,
//!   `reverse` → `linalg.generic` reading with `tensor.extract`;
//! - `reshape` → `tensor.reshape`, `concat` → `tensor.concat`, `slice` →
//!   `tensor.extract_slice`, `pad` → `tensor.pad` (interior padding: a fill and a strided
//!   `tensor.insert_slice`), `dynamic_slice`/`dynamic_update_slice` → `extract_slice`/
//!   `insert_slice` at clamped offsets, `dim` → `tensor.dim`, `constant` → `arith.constant`;
//! - `assert`/`assert_dim_eq` → an `scf.if` calling `kiln_rt_assert_failed(id, values)`, with
//!   the messages in [`Export::assert_messages`].
//!
//! Extents that are not constants become `?`; a result's extents are computed from its
//! operands (`tensor.dim`) or from the shape operand of the op, as the op's semantics say.
//! Ops with no structured upstream equivalent here (`sort`, `gather`/`scatter`, `conv`,
//! `reduce_window`, `reduce_region`, `if`, `while`) are a located error naming the op.

mod control;
mod movement;
mod reduction;
mod scalar;
mod sequential;

use super::{Export, Exporter, R};
use kiln_ir::attrs::{AttrKind, DenseArray};
use kiln_ir::parser::{parse_source, ParseConfig};
use kiln_ir::pass::{OpPassManager, RunOptions};
use kiln_ir::printer::{attr_to_string, type_to_string};
use kiln_ir::types::{FloatKind, Signedness};
use kiln_ir::{Diagnostic, Dim, DimOp, Module, OpId, Sym, Type, TypeKind, Value};
use rustc_hash::FxHashMap;
use std::fmt::Write;

/// Kiln's lowering of one elementwise op on rank-0 tensors: its scalar form.
const SCALAR_PIPELINE: &str = "builtin.module(convert-tensor-to-loop,math-approximation{ops=erf_inv})";

/// Exports a module at Kiln's tensor level to upstream's `linalg`/`tensor` dialects on
/// tensors (see the module documentation). Public functions are marked
/// `llvm.emit_c_interface`; every result is returned (upstream's bufferization allocates it).
pub fn export_tensor_level(m: &Module) -> R<Export> {
    let mut t = TensorExport {
        m,
        out: String::new(),
        names: FxHashMap::default(),
        next: 0,
        syms: FxHashMap::default(),
        messages: Vec::new(),
        dropped: Vec::new(),
        bodies: 0,
        indent: 2,
    };
    let mut funcs = String::new();
    for op in m.block_ops(m.body()).collect::<Vec<_>>() {
        if m.op_name(op) != "func.func" {
            return Err(super::unsupported(m, op, "at module level"));
        }
        t.out.clear();
        t.func(op)?;
        funcs.push_str(&t.out);
    }
    let mut text = String::from("module {\n");
    if !t.messages.is_empty() {
        text.push_str("  func.func private @kiln_rt_assert_failed(i64, tensor<?xi64>)\n");
    }
    text.push_str(&funcs);
    text.push_str("}\n");
    Ok(Export {
        text,
        dropped: t.dropped,
        returned: FxHashMap::default(),
        assert_messages: t.messages,
    })
}

/// One output of a `linalg.generic`: its initial value, type, indexing map and element type.
struct Out {
    init: String,
    ty: String,
    map: String,
    elem: String,
}

/// The ops whose scalar form Kiln's lowering of a rank-0 op gives.
fn is_elementwise(name: &str) -> bool {
    kiln_dialects::elementwise::lookup(name).is_some()
        || matches!(
            name,
            "ktensor.cmp"
                | "ktensor.select"
                | "ktensor.convert"
                | "ktensor.bitcast"
                | "ktensor.is_finite"
                | "ktensor.reduce_precision"
        )
}

struct TensorExport<'a> {
    m: &'a Module,
    out: String,
    names: FxHashMap<Value, String>,
    next: usize,
    /// Symbol → the SSA value (index) of its run-time value in the current function.
    syms: FxHashMap<Sym, String>,
    messages: Vec<String>,
    dropped: Vec<String>,
    /// Scalar bodies exported so far (each gets its own name prefix).
    bodies: usize,
    indent: usize,
}

fn cannot(m: &Module, op: OpId, why: &str) -> Diagnostic {
    Diagnostic::error(
        m.loc(op),
        format!("'{}' cannot cross the bridge at the tensor level: {why}", m.op_name(op)),
    )
}

fn ints(m: &Module, op: OpId, name: &str) -> Option<Vec<i64>> {
    match m.ctx().attr(m.attr(op, name)?) {
        AttrKind::DenseArray {
            values: DenseArray::Int(v),
            ..
        } => Some(v.to_vec()),
        AttrKind::Array(items) => items.iter().map(|&i| m.ctx().attr_int(i).map(|x| x as i64)).collect(),
        _ => None,
    }
}

/// `affine_map<(d0, d1) -> (exprs)>` over `rank` loop dimensions.
fn map(rank: usize, exprs: &[String]) -> String {
    let ds: Vec<String> = (0..rank).map(|d| format!("d{d}")).collect();
    format!("affine_map<({}) -> ({})>", ds.join(", "), exprs.join(", "))
}

/// The map of the first `n` of `rank` loop dimensions.
fn identity_of(rank: usize, n: usize) -> String {
    map(rank, &(0..n).map(|d| format!("d{d}")).collect::<Vec<_>>())
}

fn identity(rank: usize) -> String {
    let ds: Vec<String> = (0..rank).map(|d| format!("d{d}")).collect();
    map(rank, &ds)
}

fn iterators(kinds: &[bool]) -> String {
    let it: Vec<&str> = kinds
        .iter()
        .map(|&r| if r { "\"reduction\"" } else { "\"parallel\"" })
        .collect();
    format!("[{}]", it.join(", "))
}

impl TensorExport<'_> {
    fn fresh(&mut self) -> String {
        self.next += 1;
        format!("%y{}", self.next)
    }
    fn name(&mut self, v: Value) -> String {
        if let Some(n) = self.names.get(&v) {
            return n.clone();
        }
        let n = format!("%t{}", v.index());
        self.names.insert(v, n.clone());
        n
    }
    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    /// Along one dimension of a padded or dilated source (interior step `step`): the source
    /// index `rel floordiv step`, and-ing into `ok` whether `rel` lands on an element (`rel >= 0`,
    /// on the step, and below `extent`).
    fn dilated_index(&mut self, rel: &str, step: &str, extent: &str, zero: &str, ok: &mut Option<String>) -> String {
        let (q, rem) = (self.fresh(), self.fresh());
        self.line(&format!("{q} = arith.floordivsi {rel}, {step} : index"));
        self.line(&format!("{rem} = arith.remsi {rel}, {step} : index"));
        let (c1, c2, c3, g1, g2) = (self.fresh(), self.fresh(), self.fresh(), self.fresh(), self.fresh());
        self.line(&format!("{c1} = arith.cmpi sge, {rel}, {zero} : index"));
        self.line(&format!("{c2} = arith.cmpi eq, {rem}, {zero} : index"));
        self.line(&format!("{c3} = arith.cmpi slt, {q}, {extent} : index"));
        self.line(&format!("{g1} = arith.andi {c1}, {c2} : i1"));
        self.line(&format!("{g2} = arith.andi {g1}, {c3} : i1"));
        *ok = Some(match ok.take() {
            Some(prev) => {
                let x = self.fresh();
                self.line(&format!("{x} = arith.andi {prev}, {g2} : i1"));
                x
            }
            None => g2,
        });
        q
    }

    /// `x[idx]` when `ok`, `otherwise` else, as an `scf.if` (no condition: `x[idx]`).
    fn extract_or(
        &mut self,
        ok: &Option<String>,
        x: &str,
        xt: &str,
        idx: &[String],
        et: &str,
        otherwise: &str,
    ) -> String {
        let Some(ok) = ok else {
            let e = self.fresh();
            self.line(&format!("{e} = tensor.extract {x}[{}] : {xt}", idx.join(", ")));
            return e;
        };
        let y = self.fresh();
        self.line(&format!("{y} = scf.if {ok} -> ({et}) {{"));
        let e = self.fresh();
        self.line(&format!("  {e} = tensor.extract {x}[{}] : {xt}", idx.join(", ")));
        self.line(&format!("  scf.yield {e} : {et}"));
        self.line("} else {");
        self.line(&format!("  scf.yield {otherwise} : {et}"));
        self.line("}");
        y
    }

    fn elem_of(&self, t: Type) -> Type {
        match self.m.ctx().ty(t) {
            TypeKind::Tensor { elem, .. } => *elem,
            _ => t,
        }
    }
    fn dims(&self, t: Type) -> Vec<Dim> {
        self.m.ctx().ty(t).shape().map(|s| s.to_vec()).unwrap_or_default()
    }
    /// A scalar type in upstream's spelling (signless integers).
    fn scalar_ty(&self, t: Type) -> String {
        super::signless(&type_to_string(self.m.ctx(), t))
    }
    fn shape_ty(&self, dims: &[Dim], elem: Type) -> String {
        let mut s = String::from("tensor<");
        for d in dims {
            match d.as_const() {
                Some(c) => {
                    let _ = write!(s, "{c}x");
                }
                None => s.push_str("?x"),
            }
        }
        s.push_str(&self.scalar_ty(elem));
        s.push('>');
        s
    }
    /// Upstream's spelling of a Kiln type: a symbolic extent becomes `?`.
    fn ty(&self, t: Type) -> String {
        match self.m.ctx().ty(t) {
            TypeKind::Tensor {
                shape: Some(s), elem, ..
            } => self.shape_ty(s, *elem),
            _ => self.scalar_ty(t),
        }
    }
    fn vty(&self, v: Value) -> String {
        self.ty(self.m.value_type(v))
    }

    fn index_const(&mut self, c: i64) -> String {
        let v = self.fresh();
        self.line(&format!("{v} = arith.constant {c} : index"));
        v
    }

    /// Dimension `k` of the existing value `v`, as an index.
    fn ext(&mut self, v: Value, k: usize) -> String {
        let d = self.dims(self.m.value_type(v))[k].clone();
        if let Some(c) = d.as_const() {
            return self.index_const(c);
        }
        let c = self.index_const(k as i64);
        let (n, t) = (self.name(v), self.vty(v));
        let r = self.fresh();
        self.line(&format!("{r} = tensor.dim {n}, {c} : {t}"));
        r
    }

    /// The run-time value of an extent known by its symbols (`None` if a symbol is unbound).
    fn dim_value(&mut self, d: &Dim) -> Option<String> {
        Some(match d {
            Dim::Const(c) => self.index_const(*c),
            Dim::Sym(s) => self.syms.get(s).cloned()?,
            Dim::Expr(e) => {
                let a = self.dim_value(&e.lhs)?;
                let b = self.dim_value(&e.rhs)?;
                let name = match e.op {
                    DimOp::Add => "arith.addi",
                    DimOp::Sub => "arith.subi",
                    DimOp::Mul => "arith.muli",
                    DimOp::Div => "arith.floordivsi",
                    DimOp::Mod => "arith.remsi",
                };
                let v = self.fresh();
                self.line(&format!("{v} = {name} {a}, {b} : index"));
                v
            }
            Dim::Dynamic => return None,
        })
    }

    /// A scalar integer `x` of type `from` as an index.
    fn as_index(&mut self, x: &str, from: Type) -> String {
        let t = self.scalar_ty(from);
        if t == "index" {
            return x.to_string();
        }
        let r = self.fresh();
        let cast = if matches!(
            self.m.ctx().ty(from),
            TypeKind::Integer {
                signedness: Signedness::Unsigned,
                ..
            }
        ) {
            "arith.index_castui"
        } else {
            "arith.index_cast"
        };
        self.line(&format!("{r} = {cast} {x} : {t} to index"));
        r
    }

    /// Entry `k` of the 1-D shape tensor `shape`, as an index.
    fn shape_entry(&mut self, shape: Value, k: usize) -> String {
        let c = self.index_const(k as i64);
        let (n, t) = (self.name(shape), self.vty(shape));
        let e = self.fresh();
        self.line(&format!("{e} = tensor.extract {n}[{c}] : {t}"));
        let elem = self.elem_of(self.m.value_type(shape));
        self.as_index(&e, elem)
    }

    /// The value of a rank-0 tensor.
    fn scalar_of(&mut self, v: Value) -> String {
        let (n, t) = (self.name(v), self.vty(v));
        let e = self.fresh();
        self.line(&format!("{e} = tensor.extract {n}[] : {t}"));
        e
    }

    /// The dynamic extents of result type `t`, dimension `k` given by `known(k)` when the
    /// op's semantics say where it comes from, else by its symbols.
    fn sizes(
        &mut self,
        op: OpId,
        t: Type,
        mut known: impl FnMut(&mut Self, usize) -> Option<String>,
    ) -> R<Vec<String>> {
        let mut out = Vec::new();
        for (k, d) in self.dims(t).iter().enumerate() {
            if d.as_const().is_some() {
                continue;
            }
            // A bound symbol is read once, at the function's entry.
            let bound = match d {
                Dim::Sym(s) => self.syms.get(s).cloned(),
                _ => None,
            };
            let v = match bound.or_else(|| known(self, k)) {
                Some(v) => v,
                None => self.dim_value(d).ok_or_else(|| {
                    cannot(
                        self.m,
                        op,
                        &format!("the export cannot compute extent #{k} of its result"),
                    )
                })?,
            };
            out.push(v);
        }
        Ok(out)
    }

    fn empty(&mut self, t: &str, sizes: &[String]) -> String {
        let e = self.fresh();
        self.line(&format!("{e} = tensor.empty({}) : {t}", sizes.join(", ")));
        e
    }

    fn func(&mut self, f: OpId) -> R<()> {
        let m = self.m;
        let ctx = m.ctx();
        self.names.clear();
        self.syms.clear();
        let Some(fty) = m.attr(f, "function_type").and_then(|a| match ctx.attr(a) {
            AttrKind::Type(t) => Some(*t),
            _ => None,
        }) else {
            return Err(Diagnostic::error(m.loc(f), "a function without 'function_type'"));
        };
        let TypeKind::Function { inputs, results } = ctx.ty(fty).clone() else {
            return Err(Diagnostic::error(m.loc(f), "'function_type' is not a function type"));
        };
        let name = kiln_ir::symbol::symbol_name(m, f).unwrap_or("f").to_string();
        let private = m.attr(f, "sym_visibility").and_then(|a| ctx.attr_str(a)) == Some("private");
        let res: Vec<String> = results.iter().map(|&t| self.ty(t)).collect();
        let symbolic: Vec<String> = inputs
            .iter()
            .chain(results.iter())
            .filter(|&&t| self.dims(t).iter().any(|d| matches!(d, Dim::Sym(_) | Dim::Expr(_))))
            .map(|&t| type_to_string(ctx, t))
            .collect();
        if !symbolic.is_empty() {
            self.dropped.push(format!(
                "@{name}: symbolic extents written as '?' ({})",
                symbolic.join(", ")
            ));
        }
        let vis = if private { "private " } else { "" };
        let Some(entry) = m.regions(f).first().and_then(|&r| m.region_blocks(r).first().copied()) else {
            let ins: Vec<String> = inputs.iter().map(|&t| self.ty(t)).collect();
            let _ = writeln!(
                self.out,
                "  func.func {vis}@{name}({}) -> ({})",
                ins.join(", "),
                res.join(", ")
            );
            return Ok(());
        };
        let args = m.block_args(entry).to_vec();
        let header: Vec<String> = args
            .iter()
            .map(|&a| format!("{}: {}", self.name(a), self.vty(a)))
            .collect();
        let attrs = if private {
            ""
        } else {
            " attributes {llvm.emit_c_interface}"
        };
        let _ = writeln!(
            self.out,
            "  func.func {vis}@{name}({}) -> ({}){attrs} {{",
            header.join(", "),
            res.join(", ")
        );
        self.indent = 2;
        // Each symbol is the extent of the first argument that has it, else the value of the
        // scalar parameter JAX passes it in (`jax.global_constant`).
        for &a in &args {
            for (k, d) in self.dims(m.value_type(a)).iter().enumerate() {
                if let Dim::Sym(s) = d {
                    if !self.syms.contains_key(s) {
                        let v = self.ext(a, k);
                        self.syms.insert(*s, v);
                    }
                }
            }
        }
        for (i, &a) in args.iter().enumerate() {
            let Some(name) = kiln_passes::name_dims::global_constant(m, f, i) else {
                continue;
            };
            let t = m.value_type(a);
            let scalar_int = ctx.ty(t).shape().is_some_and(|s| s.is_empty())
                && ctx.ty(t).element_type().is_some_and(|e| ctx.ty(e).is_integer_like());
            let s = ctx.sym(&name);
            if scalar_int && !self.syms.contains_key(&s) {
                let x = self.scalar_of(a);
                let v = self.as_index(&x, ctx.ty(t).element_type().expect("a scalar tensor"));
                self.syms.insert(s, v);
            }
        }
        for op in m.block_ops(entry).collect::<Vec<_>>() {
            self.op(op)?;
        }
        let _ = writeln!(self.out, "  }}");
        Ok(())
    }

    fn op(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let ctx = m.ctx();
        let name = m.op_name(op).to_string();
        let operands: Vec<Value> = m.operands(op).collect();
        let results: Vec<Value> = m.results(op).collect();
        match name.as_str() {
            "ktensor.constant" => {
                let value = m.attr(op, "value").ok_or_else(|| cannot(m, op, "it has no 'value'"))?;
                let r = self.name(results[0]);
                let v = super::signless(&attr_to_string(ctx, value));
                self.line(&format!("{r} = arith.constant {v}"));
            }
            n if is_elementwise(n) => self.elementwise(op)?,
            "ktensor.reduce_region" => self.reduce_region(op)?,
            "ktensor.reduce_window" => self.reduce_window(op)?,
            "ktensor.conv2d" => self.conv2d(op)?,
            "ktensor.while" => self.while_loop(op)?,
            "ktensor.if" => self.if_op(op)?,
            "ktensor.general_gather" => self.general_gather(op)?,
            "ktensor.sort" => self.sort(op)?,
            "ktensor.general_scatter" => self.general_scatter(op)?,
            "ktensor.slice" if operands.len() == 4 => self.dynamic_bounds_slice(op)?,
            "ktensor.reduce" => self.reduce(op)?,
            "ktensor.matmul" => self.contraction(op, &[], &[], &[1], &[0])?,
            "ktensor.batch_matmul" => self.contraction(op, &[0], &[0], &[2], &[1])?,
            "ktensor.dot_general" => {
                let get = |n: &str| ints(m, op, n).unwrap_or_default();
                let (lb, rb, lc, rc) = (
                    get("lhs_batch"),
                    get("rhs_batch"),
                    get("lhs_contract"),
                    get("rhs_contract"),
                );
                self.contraction(op, &lb, &rb, &lc, &rc)?
            }
            "ktensor.broadcast_in_dim" => self.broadcast(op)?,
            "ktensor.transpose" => {
                let x = operands[0];
                let perm = ints(m, op, "perm").unwrap_or_default();
                let rt = m.value_type(results[0]);
                let sizes = self.sizes(op, rt, |s, k| perm.get(k).map(|&p| s.ext(x, p as usize)))?;
                let out_t = self.ty(rt);
                let init = self.empty(&out_t, &sizes);
                let (r, xn, xt) = (self.name(results[0]), self.name(x), self.vty(x));
                let p: Vec<String> = perm.iter().map(|p| p.to_string()).collect();
                self.line(&format!(
                    "{r} = linalg.transpose ins({xn} : {xt}) outs({init} : {out_t}) permutation = [{}]",
                    p.join(", ")
                ));
            }
            "ktensor.reshape" => {
                let rt = m.value_type(results[0]);
                let rdims = self.dims(rt);
                let mut shape = Vec::new();
                for (k, d) in rdims.iter().enumerate() {
                    let v = match (d.as_const(), operands.get(1)) {
                        (Some(c), _) => self.index_const(c),
                        (None, Some(&sh)) => self.shape_entry(sh, k),
                        (None, None) => self.dim_value(d).ok_or_else(|| {
                            cannot(m, op, &format!("the export cannot compute extent #{k} of its result"))
                        })?,
                    };
                    shape.push(v);
                }
                let (src, st) = (self.name(operands[0]), self.vty(operands[0]));
                self.reshape_to(results[0], &src, &st, rt, &shape);
            }
            "ktensor.concat" => {
                let d = m.attr(op, "dim").and_then(|a| ctx.attr_int(a)).unwrap_or(0);
                let names: Vec<String> = operands.iter().map(|&v| self.name(v)).collect();
                let types: Vec<String> = operands.iter().map(|&v| self.vty(v)).collect();
                let (r, rt) = (self.name(results[0]), self.vty(results[0]));
                self.line(&format!(
                    "{r} = tensor.concat dim({d}) {} : ({}) -> {rt}",
                    names.join(", "),
                    types.join(", ")
                ));
            }
            "ktensor.iota" => {
                let d = m.attr(op, "dim").and_then(|a| ctx.attr_int(a)).unwrap_or(0) as usize;
                let rt = m.value_type(results[0]);
                let shape = operands.first().copied();
                let sizes = self.sizes(op, rt, |s, k| shape.map(|sh| s.shape_entry(sh, k)))?;
                let out_t = self.ty(rt);
                let init = self.empty(&out_t, &sizes);
                let elem = self.elem_of(rt);
                let et = self.scalar_ty(elem);
                let float = ctx.ty(elem).is_float();
                let rank = self.dims(rt).len();
                let r = self.name(results[0]);
                self.generic(
                    &r,
                    &vec![false; rank],
                    &[],
                    &[],
                    &init,
                    &out_t,
                    &identity(rank),
                    &et,
                    |s, _| {
                        let (i, c) = (s.fresh(), s.fresh());
                        s.line(&format!("{i} = linalg.index {d} : index"));
                        if float {
                            let f = s.fresh();
                            s.line(&format!("{c} = arith.index_cast {i} : index to i64"));
                            s.line(&format!("{f} = arith.sitofp {c} : i64 to {et}"));
                            Ok(f)
                        } else {
                            s.line(&format!("{c} = arith.index_cast {i} : index to {et}"));
                            Ok(c)
                        }
                    },
                )?;
            }
            "ktensor.slice" if operands.len() == 1 => {
                let x = operands[0];
                let start = ints(m, op, "start").unwrap_or_default();
                let limit = ints(m, op, "limit").unwrap_or_default();
                let strides = ints(m, op, "strides").unwrap_or_else(|| vec![1; start.len()]);
                let sizes: Vec<i64> = (0..start.len())
                    .map(|k| ((limit[k] - start[k]).max(0) + strides[k] - 1) / strides[k].max(1))
                    .collect();
                let elem = self.elem_of(m.value_type(x));
                let st = self.shape_ty(&sizes.iter().map(|&s| Dim::Const(s)).collect::<Vec<_>>(), elem);
                let list = |v: &[i64]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ");
                let (xn, xt) = (self.name(x), self.vty(x));
                let s = self.fresh();
                if sizes.contains(&0) {
                    // An empty slice may start at the extent (StableHLO allows start == limit ==
                    // extent), which upstream's verifier rejects as out of bounds.
                    self.line(&format!("{s} = tensor.empty() : {st}"));
                } else {
                    self.line(&format!(
                        "{s} = tensor.extract_slice {xn}[{}] [{}] [{}] : {xt} to {st}",
                        list(&start),
                        list(&sizes),
                        list(&strides)
                    ));
                }
                self.cast_to(results[0], &s, &st);
            }
            "ktensor.pad" if operands.len() == 2 => self.pad(op)?,
            "ktensor.pad" => {
                // Run-time low, high and interior (1-D integer tensors).
                let rank = self.dims(m.value_type(operands[0])).len();
                let mut lists = Vec::new();
                for &v in &operands[2..5] {
                    lists.push((0..rank).map(|k| self.shape_entry(v, k)).collect::<Vec<_>>());
                }
                self.general_pad(op, &lists[0], &lists[1], &lists[2])?
            }
            "ktensor.reverse" => {
                let x = operands[0];
                let dims: Vec<usize> = ints(m, op, "dims")
                    .unwrap_or_default()
                    .iter()
                    .map(|&d| d as usize)
                    .collect();
                let rt = m.value_type(results[0]);
                let rank = self.dims(rt).len();
                let exts: Vec<String> = (0..rank).map(|k| self.ext(x, k)).collect();
                let sizes = self.sizes(op, rt, |_, k| Some(exts[k].clone()))?;
                let out_t = self.ty(rt);
                let init = self.empty(&out_t, &sizes);
                let one = self.index_const(1);
                let et = self.scalar_ty(self.elem_of(rt));
                let (r, xn, xt) = (self.name(results[0]), self.name(x), self.vty(x));
                self.generic(
                    &r,
                    &vec![false; rank],
                    &[],
                    &[],
                    &init,
                    &out_t,
                    &identity(rank),
                    &et,
                    |s, _| {
                        let mut idx = Vec::new();
                        for (k, ext) in exts.iter().enumerate() {
                            let i = s.fresh();
                            s.line(&format!("{i} = linalg.index {k} : index"));
                            if dims.contains(&k) {
                                let (l, j) = (s.fresh(), s.fresh());
                                s.line(&format!("{l} = arith.subi {ext}, {one} : index"));
                                s.line(&format!("{j} = arith.subi {l}, {i} : index"));
                                idx.push(j);
                            } else {
                                idx.push(i);
                            }
                        }
                        let v = s.fresh();
                        s.line(&format!("{v} = tensor.extract {xn}[{}] : {xt}", idx.join(", ")));
                        Ok(v)
                    },
                )?;
            }
            "ktensor.dim" => {
                let k = m.attr(op, "index").and_then(|a| ctx.attr_int(a)).unwrap_or(0) as usize;
                let e = self.ext(operands[0], k);
                let elem = self.elem_of(m.value_type(results[0]));
                let et = self.scalar_ty(elem);
                let c = self.fresh();
                self.line(&format!("{c} = arith.index_cast {e} : index to {et}"));
                let (r, rt) = (self.name(results[0]), self.vty(results[0]));
                self.line(&format!("{r} = tensor.from_elements {c} : {rt}"));
            }
            "ktensor.cast" => {
                let x = self.name(operands[0]);
                let xt = self.vty(operands[0]);
                self.cast_to(results[0], &x, &xt);
            }
            "ktensor.assert" => {
                let message = m
                    .attr(op, "message")
                    .and_then(|a| ctx.attr_str(a))
                    .unwrap_or("")
                    .to_string();
                let ok = self.scalar_of(operands[0]);
                let mut vals = Vec::new();
                for &v in &operands[1..] {
                    let s = self.scalar_of(v);
                    let et = self.elem_of(m.value_type(v));
                    vals.push(self.as_i64(&s, et));
                }
                self.check(&ok, message, &vals);
            }
            "ktensor.assert_dim_eq" => {
                let get = |n: &str| m.attr(op, n).and_then(|a| ctx.attr_int(a)).unwrap_or(0) as usize;
                let message = m
                    .attr(op, "message")
                    .and_then(|a| ctx.attr_str(a))
                    .unwrap_or("")
                    .to_string();
                let a = self.ext(operands[0], get("lhs_dim"));
                let b = self.ext(operands[1], get("rhs_dim"));
                let ok = self.fresh();
                self.line(&format!("{ok} = arith.cmpi eq, {a}, {b} : index"));
                let (ai, bi) = (self.fresh(), self.fresh());
                self.line(&format!("{ai} = arith.index_cast {a} : index to i64"));
                self.line(&format!("{bi} = arith.index_cast {b} : index to i64"));
                self.check(&ok, message, &[ai, bi]);
            }
            "ktensor.dynamic_slice" => {
                let x = operands[0];
                let sizes = ints(m, op, "sizes").unwrap_or_default();
                let size_names: Vec<String> = sizes.iter().map(|&s| self.index_const(s)).collect();
                let offs = self.clamped_starts(x, &operands[1..], &size_names);
                let elem = self.elem_of(m.value_type(x));
                let st = self.shape_ty(&sizes.iter().map(|&s| Dim::Const(s)).collect::<Vec<_>>(), elem);
                let list = |v: &[i64]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ");
                let ones = vec!["1"; sizes.len()].join(", ");
                let (xn, xt) = (self.name(x), self.vty(x));
                let s = self.fresh();
                self.line(&format!(
                    "{s} = tensor.extract_slice {xn}[{}] [{}] [{ones}] : {xt} to {st}",
                    offs.join(", "),
                    list(&sizes)
                ));
                self.cast_to(results[0], &s, &st);
            }
            "ktensor.dynamic_update_slice" => {
                let (x, u) = (operands[0], operands[1]);
                let rank = self.dims(m.value_type(u)).len();
                let sizes: Vec<String> = (0..rank).map(|k| self.ext(u, k)).collect();
                let offs = self.clamped_starts(x, &operands[2..], &sizes);
                // Static extents as literals: upstream checks them against the update's type.
                let udims = self.dims(m.value_type(u));
                let sizes: Vec<String> = sizes
                    .into_iter()
                    .zip(&udims)
                    .map(|(s, d)| d.as_const().map_or(s, |c| c.to_string()))
                    .collect();
                let ones = vec!["1"; rank].join(", ");
                let (xn, xt, un, ut) = (self.name(x), self.vty(x), self.name(u), self.vty(u));
                let s = self.fresh();
                self.line(&format!(
                    "{s} = tensor.insert_slice {un} into {xn}[{}] [{}] [{ones}] : {ut} into {xt}",
                    offs.join(", "),
                    sizes.join(", ")
                ));
                self.cast_to(results[0], &s, &xt);
            }
            "func.call" => {
                let callee = match m.attr(op, "callee").map(|a| ctx.attr(a)) {
                    Some(AttrKind::SymbolRef { root, .. }) => ctx.str(*root).to_string(),
                    _ => return Err(cannot(m, op, "it has no callee")),
                };
                let names: Vec<String> = operands.iter().map(|&v| self.name(v)).collect();
                let types: Vec<String> = operands.iter().map(|&v| self.vty(v)).collect();
                let rts: Vec<String> = results.iter().map(|&v| self.vty(v)).collect();
                let lhs: Vec<String> = results.iter().map(|&v| self.name(v)).collect();
                let lhs = if lhs.is_empty() {
                    String::new()
                } else {
                    format!("{} = ", lhs.join(", "))
                };
                self.line(&format!(
                    "{lhs}func.call @{callee}({}) : ({}) -> ({})",
                    names.join(", "),
                    types.join(", "),
                    rts.join(", ")
                ));
            }
            "func.return" => {
                if operands.is_empty() {
                    self.line("func.return");
                } else {
                    let names: Vec<String> = operands.iter().map(|&v| self.name(v)).collect();
                    let types: Vec<String> = operands.iter().map(|&v| self.vty(v)).collect();
                    self.line(&format!("func.return {} : {}", names.join(", "), types.join(", ")));
                }
            }
            _ => {
                return Err(cannot(
                    m,
                    op,
                    "upstream has no structured equivalent the export maps it to (export the loop level instead)",
                ))
            }
        }
        Ok(())
    }

    /// Names result `r` by `v` (of upstream type `vt`), through a `tensor.cast` where Kiln's
    /// type is spelled differently (a static extent Kiln keeps symbolic, or the reverse).
    fn cast_to(&mut self, r: Value, v: &str, vt: &str) {
        let rt = self.vty(r);
        if rt == vt {
            self.names.insert(r, v.to_string());
        } else {
            let n = self.name(r);
            self.line(&format!("{n} = tensor.cast {v} : {vt} to {rt}"));
        }
    }
}
