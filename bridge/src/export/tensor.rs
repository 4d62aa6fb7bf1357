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
    fn to_index(&mut self, x: &str, from: Type) -> String {
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
        self.to_index(&e, elem)
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
        // Each symbol is the extent of the first argument that has it.
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
        for op in m.block_ops(entry).collect::<Vec<_>>() {
            self.op(op)?;
        }
        let _ = writeln!(self.out, "  }}");
        Ok(())
    }

    /// The scalar form of the elementwise op `name` (with the attributes of `attrs_of`) on
    /// the values `args` of element types `elems`, emitted at the current indent: Kiln's own
    /// loop lowering of the op on rank-0 tensors. Returns the result's name.
    fn scalar(
        &mut self,
        at: OpId,
        name: &str,
        attrs_of: Option<OpId>,
        args: &[String],
        elems: &[Type],
        out: Type,
    ) -> R<String> {
        let m = self.m;
        let ctx = m.ctx().clone();
        let params: Vec<String> = elems
            .iter()
            .enumerate()
            .map(|(i, &e)| format!("%a{i}: tensor<{}>", type_to_string(&ctx, e)))
            .collect();
        let operands: Vec<String> = (0..elems.len()).map(|i| format!("%a{i}")).collect();
        let types: Vec<String> = elems
            .iter()
            .map(|&e| format!("tensor<{}>", type_to_string(&ctx, e)))
            .collect();
        let out_t = format!("tensor<{}>", type_to_string(&ctx, out));
        let mut dicts = String::new();
        if let Some(op) = attrs_of {
            if !ctx.dict_entries(m.props(op)).is_empty() {
                let _ = write!(dicts, " <{}>", attr_to_string(&ctx, m.props(op)));
            }
            if !ctx.dict_entries(m.attrs(op)).is_empty() {
                let _ = write!(dicts, " {}", attr_to_string(&ctx, m.attrs(op)));
            }
        }
        let text = format!(
            "func.func @body({}) -> {out_t} {{\n  %r = \"{name}\"({}){dicts} : ({}) -> {out_t}\n  return %r : {out_t}\n}}\n",
            params.join(", "),
            operands.join(", "),
            types.join(", ")
        );
        let located =
            |e: Diagnostic| Diagnostic::error(m.loc(at), format!("the scalar form of '{name}': {}", e.message));
        let mut body = parse_source(&ctx, &text, &ParseConfig::default()).map_err(|e| located(e.into()))?;
        let reg = kiln_passes::registry_for(&ctx);
        let mut pm = OpPassManager::parse(SCALAR_PIPELINE, &reg).map_err(|e| Diagnostic::error(m.loc(at), e))?;
        let mut ro = RunOptions::default();
        let root = body.root();
        if pm.run(&mut body, root, &mut ro).is_err() {
            let d = ro
                .diags
                .into_iter()
                .next()
                .unwrap_or_else(|| Diagnostic::error(m.loc(at), "Kiln's lowering failed"));
            return Err(located(d));
        }
        // The lowering may declare runtime functions beside it (a run-time check's).
        let entry = body
            .block_ops(body.body())
            .filter(|&f| kiln_ir::symbol::symbol_name(&body, f) == Some("body"))
            .find_map(|f| {
                body.regions(f)
                    .first()
                    .and_then(|&r| body.region_blocks(r).first().copied())
            })
            .ok_or_else(|| Diagnostic::error(m.loc(at), "the scalar form lost its function"))?;
        let bargs = body.block_args(entry).to_vec();
        self.bodies += 1;
        let mut e = Exporter {
            m: &body,
            out: String::new(),
            names: FxHashMap::default(),
            next: 0,
            syms: FxHashMap::default(),
            globals: String::new(),
            nglobals: 0,
            dropped: Vec::new(),
            indent: self.indent,
            exports: FxHashMap::default(),
            exported: FxHashMap::default(),
            prefix: format!("s{}_", self.bodies),
        };
        let mut result = None;
        for o in body.block_ops(entry).collect::<Vec<_>>() {
            match body.op_name(o) {
                "loop.load" => {
                    let src = body.operand_value(o, 0);
                    let k = bargs.iter().position(|&a| a == src).unwrap_or(0);
                    e.names
                        .insert(body.result(o, 0), args.get(k).cloned().unwrap_or_default());
                }
                "loop.store" => result = Some(e.name(body.operand_value(o, 0))),
                "func.return" => {}
                // Integer division's check: made before the linalg op (`division_check`); the
                // scalar form's safe divisor keeps the division itself defined.
                "loop.if" if matches!(name, "ktensor.div" | "ktensor.rem") => {}
                n if n.starts_with("arith.") || n.starts_with("math.") => e.op(o)?,
                n => {
                    return Err(cannot(
                        m,
                        at,
                        &format!("its scalar form needs '{n}' (a run-time check), which a linalg body cannot hold"),
                    ))
                }
            }
        }
        self.out.push_str(&e.out);
        result.ok_or_else(|| cannot(m, at, "its scalar form stores no value"))
    }

    /// `%r = linalg.generic` over `rank` loops (`reduction[d]` marks reduction loops), reading
    /// `ins` (name, type, map), into `init` of type `out_t` through `out_map`; `body` emits
    /// the scalar code from the block arguments (inputs, then the accumulator) and returns the
    /// yielded name.
    #[allow(clippy::too_many_arguments)]
    fn generic(
        &mut self,
        r: &str,
        reduction: &[bool],
        ins: &[(String, String, String)],
        in_elems: &[String],
        init: &str,
        out_t: &str,
        out_map: &str,
        out_elem: &str,
        body: impl FnOnce(&mut Self, &[String]) -> R<String>,
    ) -> R<()> {
        let outs = [Out {
            init: init.to_string(),
            ty: out_t.to_string(),
            map: out_map.to_string(),
            elem: out_elem.to_string(),
        }];
        self.generic_n(&[r.to_string()], reduction, ins, in_elems, &outs, |s, b| {
            Ok(vec![body(s, b)?])
        })
    }

    /// A `linalg.generic` with several outputs: `results` name them, `body` returns one
    /// yielded name per output.
    fn generic_n(
        &mut self,
        results: &[String],
        reduction: &[bool],
        ins: &[(String, String, String)],
        in_elems: &[String],
        outs: &[Out],
        body: impl FnOnce(&mut Self, &[String]) -> R<Vec<String>>,
    ) -> R<()> {
        let mut maps: Vec<String> = ins.iter().map(|i| i.2.clone()).collect();
        maps.extend(outs.iter().map(|o| o.map.clone()));
        let ins_text = if ins.is_empty() {
            String::new()
        } else {
            let n: Vec<&str> = ins.iter().map(|i| i.0.as_str()).collect();
            let t: Vec<&str> = ins.iter().map(|i| i.1.as_str()).collect();
            format!(" ins({} : {})", n.join(", "), t.join(", "))
        };
        let inits: Vec<&str> = outs.iter().map(|o| o.init.as_str()).collect();
        let out_ts: Vec<&str> = outs.iter().map(|o| o.ty.as_str()).collect();
        self.line(&format!(
            "{} = linalg.generic {{indexing_maps = [{}], iterator_types = {}}}{ins_text} outs({} : {}) {{",
            results.join(", "),
            maps.join(", "),
            iterators(reduction),
            inits.join(", "),
            out_ts.join(", ")
        ));
        let bargs: Vec<String> = (0..ins.len() + outs.len()).map(|_| self.fresh()).collect();
        let elems: Vec<&str> = in_elems
            .iter()
            .map(String::as_str)
            .chain(outs.iter().map(|o| o.elem.as_str()))
            .collect();
        let header: Vec<String> = bargs.iter().zip(&elems).map(|(b, t)| format!("{b}: {t}")).collect();
        self.line(&format!("^bb0({}):", header.join(", ")));
        self.indent += 1;
        let ys = body(self, &bargs)?;
        let out_elems: Vec<&str> = outs.iter().map(|o| o.elem.as_str()).collect();
        self.line(&format!("linalg.yield {} : {}", ys.join(", "), out_elems.join(", ")));
        self.indent -= 1;
        self.line(&format!("}} -> ({})", out_ts.join(", ")));
        Ok(())
    }

    /// The scalar form of a combiner region (a block of elementwise ops on rank-0 tensors
    /// ending in `ktensor.yield`), with its arguments named `args`: the yielded names.
    fn region_scalars(&mut self, at: OpId, region: kiln_ir::RegionId, args: &[String]) -> R<Vec<String>> {
        let m = self.m;
        let Some(&b) = m.region_blocks(region).first() else {
            return Err(cannot(m, at, "its region is empty"));
        };
        let mut local: FxHashMap<Value, String> = m.block_args(b).iter().copied().zip(args.iter().cloned()).collect();
        let get = |local: &FxHashMap<Value, String>, v: Value| {
            local.get(&v).cloned().ok_or_else(|| {
                cannot(
                    m,
                    at,
                    "its region uses a value from outside, which a linalg body cannot read as a scalar",
                )
            })
        };
        for op in m.block_ops(b).collect::<Vec<_>>() {
            let name = m.op_name(op).to_string();
            let operands: Vec<Value> = m.operands(op).collect();
            match name.as_str() {
                "ktensor.yield" => return operands.iter().map(|&v| get(&local, v)).collect(),
                "ktensor.constant" => {
                    let value = m.attr(op, "value").ok_or_else(|| cannot(m, op, "it has no 'value'"))?;
                    let r = m.result(op, 0);
                    let (c, e) = (self.fresh(), self.fresh());
                    let ct = self.vty(r);
                    self.line(&format!(
                        "{c} = arith.constant {}",
                        super::signless(&attr_to_string(m.ctx(), value))
                    ));
                    self.line(&format!("{e} = tensor.extract {c}[] : {ct}"));
                    local.insert(r, e);
                }
                n if is_elementwise(n) => {
                    let names = operands.iter().map(|&v| get(&local, v)).collect::<R<Vec<_>>>()?;
                    let elems: Vec<Type> = operands.iter().map(|&v| self.elem_of(m.value_type(v))).collect();
                    let r = m.result(op, 0);
                    let out = self.elem_of(m.value_type(r));
                    let v = self.scalar(op, n, Some(op), &names, &elems, out)?;
                    local.insert(r, v);
                }
                _ => {
                    return Err(cannot(
                        m,
                        op,
                        "a combiner region of the tensor-level export holds elementwise ops only",
                    ))
                }
            }
        }
        Err(cannot(m, at, "its region does not end in 'ktensor.yield'"))
    }

    /// An elementwise op: one `linalg.generic` whose body is the op's scalar form. A rank-0
    /// operand of a ranked op (a scalar predicate of `select`) is read at every point.
    fn elementwise(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let operands: Vec<Value> = m.operands(op).collect();
        let r = m.result(op, 0);
        let rt = m.value_type(r);
        let rank = self.dims(rt).len();
        let full = operands
            .iter()
            .copied()
            .find(|&v| self.dims(m.value_type(v)).len() == rank)
            .ok_or_else(|| cannot(m, op, "no operand has the result's rank"))?;
        let sizes = self.sizes(op, rt, |s, k| Some(s.ext(full, k)))?;
        let out_t = self.ty(rt);
        let init = self.empty(&out_t, &sizes);
        let ins: Vec<(String, String, String)> = operands
            .iter()
            .map(|&v| {
                let map = if self.dims(m.value_type(v)).len() == rank {
                    identity(rank)
                } else {
                    map(rank, &[])
                };
                (self.name(v), self.vty(v), map)
            })
            .collect();
        let elems: Vec<Type> = operands.iter().map(|&v| self.elem_of(m.value_type(v))).collect();
        let in_elems: Vec<String> = elems.iter().map(|&e| self.scalar_ty(e)).collect();
        let out_elem = self.elem_of(rt);
        let op_name = m.op_name(op).to_string();
        if matches!(op_name.as_str(), "ktensor.div" | "ktensor.rem") && !m.ctx().ty(out_elem).is_float() {
            self.division_check(operands[1])?;
        }
        let name = self.name(r);
        let oe = self.scalar_ty(out_elem);
        self.generic(
            &name,
            &vec![false; rank],
            &ins,
            &in_elems,
            &init,
            &out_t,
            &identity(rank),
            &oe,
            |s, b| s.scalar(op, &op_name, Some(op), &b[..elems.len()], &elems, out_elem),
        )
    }

    /// Reports integer division by zero before the division (as Kiln's tiers do): a
    /// reduction of the divisor to "no zero element", then the check.
    fn division_check(&mut self, divisor: Value) -> R<()> {
        let m = self.m;
        let rank = self.dims(m.value_type(divisor)).len();
        let et = self.scalar_ty(self.elem_of(m.value_type(divisor)));
        let (t, init, all) = (self.fresh(), self.fresh(), self.fresh());
        self.line(&format!("{t} = arith.constant true"));
        self.line(&format!("{init} = tensor.empty() : tensor<i1>"));
        self.line(&format!(
            "{all} = linalg.fill ins({t} : i1) outs({init} : tensor<i1>) -> tensor<i1>"
        ));
        let ins = vec![(self.name(divisor), self.vty(divisor), identity(rank))];
        let nz = self.fresh();
        self.generic(
            &nz,
            &vec![true; rank],
            &ins,
            &[et.clone()],
            &all,
            "tensor<i1>",
            &map(rank, &[]),
            "i1",
            |s, b| {
                let (z, c, a) = (s.fresh(), s.fresh(), s.fresh());
                s.line(&format!("{z} = arith.constant 0 : {et}"));
                s.line(&format!("{c} = arith.cmpi ne, {}, {z} : {et}", b[0]));
                s.line(&format!("{a} = arith.andi {}, {c} : i1", b[1]));
                Ok(a)
            },
        )?;
        let ok = self.fresh();
        self.line(&format!("{ok} = tensor.extract {nz}[] : tensor<i1>"));
        self.check(&ok, "integer division by zero".into(), &[]);
        Ok(())
    }

    /// The identity of reduction `kind` on `elem`, as an `arith.constant` literal.
    fn reduction_identity(&self, op: OpId, kind: &str, elem: Type) -> R<String> {
        let m = self.m;
        let t = self.scalar_ty(elem);
        let text = match (m.ctx().ty(elem), kind) {
            (TypeKind::Float(_), "sum" | "mean") => "0.0".to_string(),
            (TypeKind::Float(_), "prod") => "1.0".to_string(),
            (TypeKind::Float(f), "max" | "min") => {
                let neg = kind == "max";
                match (f, neg) {
                    (FloatKind::F16, true) => "0xFC00",
                    (FloatKind::F16, false) => "0x7C00",
                    (FloatKind::BF16, true) => "0xFF80",
                    (FloatKind::BF16, false) => "0x7F80",
                    (FloatKind::F32, true) => "0xFF800000",
                    (FloatKind::F32, false) => "0x7F800000",
                    (FloatKind::F64, true) => "0xFFF0000000000000",
                    (FloatKind::F64, false) => "0x7FF0000000000000",
                }
                .to_string()
            }
            (TypeKind::Integer { width, signedness }, _) => {
                let w = *width;
                let unsigned = *signedness == Signedness::Unsigned;
                match kind {
                    "sum" => "0".into(),
                    "prod" => "1".into(),
                    // All ones is the unsigned maximum; the signless literal is -1.
                    "max" if unsigned => "0".into(),
                    "min" if unsigned => "-1".into(),
                    "max" if w == 1 => "0".into(),
                    "min" if w == 1 => "-1".into(),
                    "max" => (-(1i128 << (w - 1))).to_string(),
                    "min" => ((1i128 << (w - 1)) - 1).to_string(),
                    _ => return Err(cannot(m, op, &format!("no '{kind}' reduction of integers"))),
                }
            }
            _ => return Err(cannot(m, op, &format!("no '{kind}' reduction of '{t}'"))),
        };
        Ok(format!("{text} : {t}"))
    }

    fn reduce(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let ctx = m.ctx();
        let kind = m
            .attr(op, "kind")
            .and_then(|a| ctx.attr_str(a))
            .unwrap_or("sum")
            .to_string();
        let axes: Vec<usize> = ints(m, op, "axes")
            .unwrap_or_default()
            .iter()
            .map(|&a| a as usize)
            .collect();
        let keep = m.attr(op, "keep_dims").is_some();
        let x = m.operand_value(op, 0);
        let xdims = self.dims(m.value_type(x));
        let elem = self.elem_of(m.value_type(x));
        let rank = xdims.len();
        let kept: Vec<usize> = (0..rank).filter(|d| !axes.contains(d)).collect();
        let red_dims: Vec<Dim> = kept.iter().map(|&d| xdims[d].clone()).collect();
        let red_t = self.shape_ty(&red_dims, elem);
        let mut sizes = Vec::new();
        for &d in &kept {
            if xdims[d].as_const().is_none() {
                sizes.push(self.ext(x, d));
            }
        }
        let init = self.empty(&red_t, &sizes);
        let ident = self.reduction_identity(op, &kind, elem)?;
        let z = self.fresh();
        self.line(&format!("{z} = arith.constant {ident}"));
        let filled = self.fresh();
        let et = self.scalar_ty(elem);
        self.line(&format!(
            "{filled} = linalg.fill ins({z} : {et}) outs({init} : {red_t}) -> {red_t}"
        ));
        let combiner = match kind.as_str() {
            "sum" | "mean" => "ktensor.add",
            "prod" => "ktensor.mul",
            "max" => "ktensor.max",
            "min" => "ktensor.min",
            k => return Err(cannot(m, op, &format!("unknown reduction '{k}'"))),
        };
        let out_map = map(rank, &kept.iter().map(|d| format!("d{d}")).collect::<Vec<_>>());
        let ins = vec![(self.name(x), self.vty(x), identity(rank))];
        let reduction: Vec<bool> = (0..rank).map(|d| axes.contains(&d)).collect();
        let mut res = self.fresh();
        self.generic(
            &res,
            &reduction,
            &ins,
            &[et.clone()],
            &filled,
            &red_t,
            &out_map,
            &et,
            |s, b| s.scalar(op, combiner, None, &[b[1].clone(), b[0].clone()], &[elem, elem], elem),
        )?;
        if kind == "mean" {
            // The count of reduced elements, as the element type.
            let mut n = self.index_const(1);
            for &a in &axes {
                let e = self.ext(x, a);
                let p = self.fresh();
                self.line(&format!("{p} = arith.muli {n}, {e} : index"));
                n = p;
            }
            let (i, f) = (self.fresh(), self.fresh());
            self.line(&format!("{i} = arith.index_cast {n} : index to i64"));
            self.line(&format!("{f} = arith.sitofp {i} : i64 to {et}"));
            let init = self.empty(&red_t, &sizes);
            let mean = self.fresh();
            let r = red_dims.len();
            self.generic(
                &mean,
                &vec![false; r],
                &[(res.clone(), red_t.clone(), identity(r))],
                &[et.clone()],
                &init,
                &red_t,
                &identity(r),
                &et,
                |s, b| {
                    let q = s.fresh();
                    s.line(&format!("{q} = arith.divf {}, {f} : {et}", b[0]));
                    Ok(q)
                },
            )?;
            res = mean;
        }
        let r = m.result(op, 0);
        if keep {
            let rt = m.value_type(r);
            let shape: Vec<String> = (0..rank)
                .map(|d| {
                    if axes.contains(&d) {
                        self.index_const(1)
                    } else {
                        self.ext(x, d)
                    }
                })
                .collect();
            self.reshape_to(r, &res, &red_t, rt, &shape);
        } else {
            self.names.insert(r, res);
        }
        Ok(())
    }

    /// `r = tensor.reshape src(shape)` with `shape` the result's extents (index values).
    fn reshape_to(&mut self, r: Value, src: &str, src_t: &str, rt: Type, shape: &[String]) {
        let st = format!("tensor<{}xindex>", shape.len());
        let s = self.fresh();
        if shape.is_empty() {
            self.line(&format!("{s} = tensor.empty() : {st}"));
        } else {
            self.line(&format!("{s} = tensor.from_elements {} : {st}", shape.join(", ")));
        }
        let (n, t) = (self.name(r), self.ty(rt));
        self.line(&format!("{n} = tensor.reshape {src}({s}) : ({src_t}, {st}) -> {t}"));
    }

    /// A contraction: output loops (batch, lhs free, rhs free) then the contracted loops.
    fn contraction(&mut self, op: OpId, lb: &[i64], rb: &[i64], lc: &[i64], rc: &[i64]) -> R<()> {
        let m = self.m;
        let (lhs, rhs) = (m.operand_value(op, 0), m.operand_value(op, 1));
        let r = m.result(op, 0);
        let rt = m.value_type(r);
        let (ld, rd) = (self.dims(m.value_type(lhs)), self.dims(m.value_type(rhs)));
        let elem = self.elem_of(rt);
        if self.elem_of(m.value_type(lhs)) != elem || self.elem_of(m.value_type(rhs)) != elem {
            return Err(cannot(m, op, "its operands' element type differs from its result's"));
        }
        let lf: Vec<usize> = (0..ld.len())
            .filter(|&d| !lb.contains(&(d as i64)) && !lc.contains(&(d as i64)))
            .collect();
        let rf: Vec<usize> = (0..rd.len())
            .filter(|&d| !rb.contains(&(d as i64)) && !rc.contains(&(d as i64)))
            .collect();
        let nout = lb.len() + lf.len() + rf.len();
        let loops = nout + lc.len();
        let side = |dims: usize, batch: &[i64], contract: &[i64], free: &[usize], free_at: usize| -> Vec<String> {
            (0..dims)
                .map(|d| {
                    if let Some(p) = batch.iter().position(|&b| b == d as i64) {
                        format!("d{p}")
                    } else if let Some(q) = contract.iter().position(|&c| c == d as i64) {
                        format!("d{}", nout + q)
                    } else {
                        format!("d{}", free_at + free.iter().position(|&f| f == d).unwrap_or(0))
                    }
                })
                .collect()
        };
        let lmap = map(loops, &side(ld.len(), lb, lc, &lf, lb.len()));
        let rmap = map(loops, &side(rd.len(), rb, rc, &rf, lb.len() + lf.len()));
        let omap = map(loops, &(0..nout).map(|d| format!("d{d}")).collect::<Vec<_>>());
        // Where each output extent comes from: (operand, dimension).
        let mut from: Vec<(Value, usize)> = lb.iter().map(|&d| (lhs, d as usize)).collect();
        from.extend(lf.iter().map(|&d| (lhs, d)));
        from.extend(rf.iter().map(|&d| (rhs, d)));
        let sizes = self.sizes(op, rt, |s, k| from.get(k).map(|&(v, d)| s.ext(v, d)))?;
        let out_t = self.ty(rt);
        let init = self.empty(&out_t, &sizes);
        let et = self.scalar_ty(elem);
        let float = m.ctx().ty(elem).is_float();
        let z = self.fresh();
        self.line(&format!(
            "{z} = arith.constant {} : {et}",
            if float { "0.0" } else { "0" }
        ));
        let filled = self.fresh();
        self.line(&format!(
            "{filled} = linalg.fill ins({z} : {et}) outs({init} : {out_t}) -> {out_t}"
        ));
        let ins = vec![
            (self.name(lhs), self.vty(lhs), lmap),
            (self.name(rhs), self.vty(rhs), rmap),
        ];
        let reduction: Vec<bool> = (0..loops).map(|l| l >= nout).collect();
        let name = self.name(r);
        let (mul, add) = if float {
            ("arith.mulf", "arith.addf")
        } else {
            ("arith.muli", "arith.addi")
        };
        self.generic(
            &name,
            &reduction,
            &ins,
            &[et.clone(), et.clone()],
            &filled,
            &out_t,
            &omap,
            &et,
            |s, b| {
                let (p, q) = (s.fresh(), s.fresh());
                s.line(&format!("{p} = {mul} {}, {} : {et}", b[0], b[1]));
                s.line(&format!("{q} = {add} {}, {p} : {et}", b[2]));
                Ok(q)
            },
        )
    }

    fn broadcast(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let x = m.operand_value(op, 0);
        let shape = (m.num_operands(op) == 2).then(|| m.operand_value(op, 1));
        let r = m.result(op, 0);
        let rt = m.value_type(r);
        let rdims = self.dims(rt);
        let xdims = self.dims(m.value_type(x));
        let bdims: Vec<usize> = ints(m, op, "dims")
            .unwrap_or_default()
            .iter()
            .map(|&d| d as usize)
            .collect();
        let sizes = self.sizes(op, rt, |s, k| match shape {
            Some(sh) => Some(s.shape_entry(sh, k)),
            None => {
                let j = bdims.iter().position(|&d| d == k)?;
                (xdims[j].as_const() != Some(1)).then(|| s.ext(x, j))
            }
        })?;
        let rank = rdims.len();
        let exprs: Vec<String> = bdims
            .iter()
            .enumerate()
            .map(|(j, &d)| {
                if xdims[j].as_const() == Some(1) && rdims.get(d).and_then(|e| e.as_const()) != Some(1) {
                    "0".to_string()
                } else {
                    format!("d{d}")
                }
            })
            .collect();
        let out_t = self.ty(rt);
        let init = self.empty(&out_t, &sizes);
        let et = self.scalar_ty(self.elem_of(rt));
        let ins = vec![(self.name(x), self.vty(x), map(rank, &exprs))];
        let name = self.name(r);
        self.generic(
            &name,
            &vec![false; rank],
            &ins,
            &[et.clone()],
            &init,
            &out_t,
            &identity(rank),
            &et,
            |_, b| Ok(b[0].clone()),
        )
    }

    /// A runtime check: when `ok` (an i1) is false, `kiln_rt_assert_failed(id, values)`.
    fn check(&mut self, ok: &str, message: String, values: &[String]) {
        let id = self.messages.len();
        self.messages.push(message);
        let (t, bad) = (self.fresh(), self.fresh());
        self.line(&format!("{t} = arith.constant true"));
        self.line(&format!("{bad} = arith.xori {ok}, {t} : i1"));
        self.line(&format!("scf.if {bad} {{"));
        self.indent += 1;
        let n = values.len();
        let vals = self.fresh();
        if values.is_empty() {
            self.line(&format!("{vals} = tensor.empty() : tensor<0xi64>"));
        } else {
            self.line(&format!(
                "{vals} = tensor.from_elements {} : tensor<{n}xi64>",
                values.join(", ")
            ));
        }
        let (c, i) = (self.fresh(), self.fresh());
        self.line(&format!("{c} = tensor.cast {vals} : tensor<{n}xi64> to tensor<?xi64>"));
        self.line(&format!("{i} = arith.constant {id} : i64"));
        self.line(&format!(
            "func.call @kiln_rt_assert_failed({i}, {c}) : (i64, tensor<?xi64>) -> ()"
        ));
        self.indent -= 1;
        self.line("}");
    }

    /// An i64 from a scalar integer of type `t`.
    fn to_i64(&mut self, x: &str, t: Type) -> String {
        let ts = self.scalar_ty(t);
        if ts == "i64" {
            return x.to_string();
        }
        let r = self.fresh();
        if ts == "index" {
            self.line(&format!("{r} = arith.index_cast {x} : index to i64"));
            return r;
        }
        let ext = if matches!(
            self.m.ctx().ty(t),
            TypeKind::Integer {
                signedness: Signedness::Unsigned,
                ..
            }
        ) || ts == "i1"
        {
            "arith.extui"
        } else {
            "arith.extsi"
        };
        self.line(&format!("{r} = {ext} {x} : {ts} to i64"));
        r
    }

    /// Clamped start offsets of a window of `sizes` (index values) in `x`, from the rank-0
    /// start operands: StableHLO's `clamp(0, start, dim - size)`.
    fn clamped_starts(&mut self, x: Value, starts: &[Value], sizes: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        let zero = self.index_const(0);
        for (k, &s) in starts.iter().enumerate() {
            let v = self.scalar_of(s);
            let et = self.elem_of(self.m.value_type(s));
            let i = self.to_index(&v, et);
            let d = self.ext(x, k);
            let (hi, lo, c) = (self.fresh(), self.fresh(), self.fresh());
            self.line(&format!("{hi} = arith.subi {d}, {} : index", sizes[k]));
            self.line(&format!("{lo} = arith.maxsi {i}, {zero} : index"));
            self.line(&format!("{c} = arith.minsi {lo}, {hi} : index"));
            out.push(c);
        }
        out
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
                self.line(&format!(
                    "{s} = tensor.extract_slice {xn}[{}] [{}] [{}] : {xt} to {st}",
                    list(&start),
                    list(&sizes),
                    list(&strides)
                ));
                self.cast_to(results[0], &s, &st);
            }
            "ktensor.pad" if operands.len() == 2 => self.pad(op)?,
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
                    vals.push(self.to_i64(&s, et));
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

    /// `x` (named `xn`, of extents `dims`) edge-padded by `low`/`high` (non-negative) with
    /// the scalar `v`: the padded name, its upstream type and extents.
    #[allow(clippy::too_many_arguments)]
    fn edge_pad(
        &mut self,
        xn: &str,
        xt: &str,
        dims: &[Dim],
        elem: Type,
        low: &[i64],
        high: &[i64],
        v: &str,
    ) -> (String, String, Vec<Dim>) {
        let pdims: Vec<Dim> = dims
            .iter()
            .enumerate()
            .map(|(k, d)| match d.as_const() {
                Some(c) => Dim::Const(c + low[k] + high[k]),
                None => Dim::Dynamic,
            })
            .collect();
        if low.iter().chain(high).all(|&p| p == 0) {
            return (xn.to_string(), xt.to_string(), dims.to_vec());
        }
        let pt = self.shape_ty(&pdims, elem);
        let et = self.scalar_ty(elem);
        let list = |v: &[i64]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ");
        let p = self.fresh();
        let idx: Vec<String> = (0..dims.len()).map(|_| format!("{}: index", self.fresh())).collect();
        self.line(&format!(
            "{p} = tensor.pad {xn} low[{}] high[{}] {{",
            list(low),
            list(high)
        ));
        self.line(&format!("^bb0({}):", idx.join(", ")));
        self.line(&format!("  tensor.yield {v} : {et}"));
        self.line(&format!("}} : {xt} to {pt}"));
        (p, pt, pdims)
    }

    /// `reduce_region`: one `linalg.generic` with an output per initial value, the combiner
    /// region as its body (region arguments: accumulators, then elements).
    fn reduce_region(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let operands: Vec<Value> = m.operands(op).collect();
        let n = operands.len() / 2;
        let (inputs, inits) = operands.split_at(n);
        let axes: Vec<usize> = ints(m, op, "axes")
            .unwrap_or_default()
            .iter()
            .map(|&a| a as usize)
            .collect();
        let keep = m.attr(op, "keep_dims").is_some();
        let x0 = inputs[0];
        let xdims = self.dims(m.value_type(x0));
        let rank = xdims.len();
        let kept: Vec<usize> = (0..rank).filter(|d| !axes.contains(d)).collect();
        let red_dims: Vec<Dim> = kept.iter().map(|&d| xdims[d].clone()).collect();
        let mut sizes = Vec::new();
        for &d in &kept {
            if xdims[d].as_const().is_none() {
                sizes.push(self.ext(x0, d));
            }
        }
        let out_map = map(rank, &kept.iter().map(|d| format!("d{d}")).collect::<Vec<_>>());
        let mut outs = Vec::new();
        for &init in inits {
            let elem = self.elem_of(m.value_type(init));
            let t = self.shape_ty(&red_dims, elem);
            let e = self.empty(&t, &sizes);
            let v = self.scalar_of(init);
            let f = self.fresh();
            let et = self.scalar_ty(elem);
            self.line(&format!("{f} = linalg.fill ins({v} : {et}) outs({e} : {t}) -> {t}"));
            outs.push(Out {
                init: f,
                ty: t,
                map: out_map.clone(),
                elem: et,
            });
        }
        let ins: Vec<(String, String, String)> = inputs
            .iter()
            .map(|&v| (self.name(v), self.vty(v), identity(rank)))
            .collect();
        let in_elems: Vec<String> = inputs
            .iter()
            .map(|&v| self.scalar_ty(self.elem_of(m.value_type(v))))
            .collect();
        let reduction: Vec<bool> = (0..rank).map(|d| axes.contains(&d)).collect();
        let names: Vec<String> = (0..n).map(|_| self.fresh()).collect();
        let region = m.regions(op)[0];
        self.generic_n(&names, &reduction, &ins, &in_elems, &outs, |s, b| {
            let mut args: Vec<String> = b[n..].to_vec();
            args.extend(b[..n].iter().cloned());
            s.region_scalars(op, region, &args)
        })?;
        for (k, name) in names.iter().enumerate() {
            let r = m.result(op, k);
            if keep {
                let shape: Vec<String> = (0..rank)
                    .map(|d| {
                        if axes.contains(&d) {
                            self.index_const(1)
                        } else {
                            self.ext(x0, d)
                        }
                    })
                    .collect();
                let t = outs[k].ty.clone();
                self.reshape_to(r, name, &t, m.value_type(r), &shape);
            } else {
                self.names.insert(r, name.clone());
            }
        }
        Ok(())
    }

    /// `reduce_window` (attribute window, no base dilation): the inputs padded with their
    /// initial values, then a `linalg.generic` over output and window loops (the window's
    /// extents come from an empty tensor of its shape, as linalg's pooling ops take them).
    fn reduce_window(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let operands: Vec<Value> = m.operands(op).collect();
        if operands.len() % 2 == 1 {
            return Err(cannot(m, op, "a run-time window is not exported"));
        }
        let n = operands.len() / 2;
        let (inputs, inits) = operands.split_at(n);
        let rank = self.dims(m.value_type(inputs[0])).len();
        let w = kiln_dialects::tensor_regions::Window::of(m, op, rank).map_err(|e| cannot(m, op, &e))?;
        if w.base_dilations.iter().any(|&d| d != 1) || w.padding.iter().any(|&(l, h)| l < 0 || h < 0) {
            return Err(cannot(m, op, "base dilation and negative padding are not exported"));
        }
        let low: Vec<i64> = w.padding.iter().map(|p| p.0).collect();
        let high: Vec<i64> = w.padding.iter().map(|p| p.1).collect();
        let mut ins = Vec::new();
        let mut in_elems = Vec::new();
        let mut init_vals = Vec::new();
        let exprs: Vec<String> = (0..rank)
            .map(|k| {
                let (s, d) = (w.strides[k], w.window_dilations[k]);
                format!("d{k} * {s} + d{} * {d}", rank + k)
            })
            .collect();
        for (&x, &init) in inputs.iter().zip(inits) {
            let elem = self.elem_of(m.value_type(x));
            let v = self.scalar_of(init);
            let (xn, xt) = (self.name(x), self.vty(x));
            let dims = self.dims(m.value_type(x));
            let (p, pt, _) = self.edge_pad(&xn, &xt, &dims, elem, &low, &high, &v);
            ins.push((p, pt, map(2 * rank, &exprs)));
            in_elems.push(self.scalar_ty(elem));
            init_vals.push(v);
        }
        let wt = format!(
            "tensor<{}xf32>",
            w.dims.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("x")
        );
        let win = self.fresh();
        self.line(&format!("{win} = tensor.empty() : {wt}"));
        ins.push((
            win,
            wt,
            map(
                2 * rank,
                &(0..rank).map(|k| format!("d{}", rank + k)).collect::<Vec<_>>(),
            ),
        ));
        in_elems.push("f32".into());
        // Output extents: (in + low + high - (window - 1) * dilation - 1) / stride + 1.
        let rt0 = m.value_type(m.result(op, 0));
        let x0 = inputs[0];
        let sizes = self.sizes(op, rt0, |s, k| {
            let e = s.ext(x0, k);
            let span = low[k] + high[k] - (w.dims[k] - 1) * w.window_dilations[k] - 1;
            let (c, st, one) = (s.index_const(span), s.index_const(w.strides[k]), s.index_const(1));
            let (a, q, r) = (s.fresh(), s.fresh(), s.fresh());
            s.line(&format!("{a} = arith.addi {e}, {c} : index"));
            s.line(&format!("{q} = arith.divsi {a}, {st} : index"));
            s.line(&format!("{r} = arith.addi {q}, {one} : index"));
            Some(r)
        })?;
        let mut outs = Vec::new();
        for (k, v) in init_vals.iter().enumerate() {
            let rt = m.value_type(m.result(op, k));
            let t = self.ty(rt);
            let et = self.scalar_ty(self.elem_of(rt));
            let e = self.empty(&t, &sizes);
            let f = self.fresh();
            self.line(&format!("{f} = linalg.fill ins({v} : {et}) outs({e} : {t}) -> {t}"));
            outs.push(Out {
                init: f,
                ty: t,
                map: identity_of(2 * rank, rank),
                elem: et,
            });
        }
        let reduction: Vec<bool> = (0..2 * rank).map(|l| l >= rank).collect();
        let names: Vec<String> = (0..n).map(|k| self.name(m.result(op, k))).collect();
        let region = m.regions(op)[0];
        self.generic_n(&names, &reduction, &ins, &in_elems, &outs, |s, b| {
            let mut args: Vec<String> = b[n + 1..].to_vec();
            args.extend(b[..n].iter().cloned());
            s.region_scalars(op, region, &args)
        })
    }

    /// `conv2d` (NHWC input, HWCF filter): zero padding, then `linalg.conv_2d_nhwc_hwcf`.
    fn conv2d(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let (x, w) = (m.operand_value(op, 0), m.operand_value(op, 1));
        let get = |n: &str, d: Vec<i64>| ints(m, op, n).unwrap_or(d);
        let strides = get("strides", vec![1, 1]);
        let dil = get("dilations", vec![1, 1]);
        let pad = get("padding", vec![0, 0, 0, 0]);
        if pad.iter().any(|&p| p < 0) {
            return Err(cannot(m, op, "negative padding is not exported"));
        }
        let r = m.result(op, 0);
        let rt = m.value_type(r);
        let elem = self.elem_of(rt);
        let et = self.scalar_ty(elem);
        let float = m.ctx().ty(elem).is_float();
        let z = self.fresh();
        self.line(&format!(
            "{z} = arith.constant {} : {et}",
            if float { "0.0" } else { "0" }
        ));
        let (xn, xt) = (self.name(x), self.vty(x));
        let dims = self.dims(m.value_type(x));
        let (low, high) = (vec![0, pad[0], pad[2], 0], vec![0, pad[1], pad[3], 0]);
        let (p, pt, _) = self.edge_pad(&xn, &xt, &dims, elem, &low, &high, &z);
        let sizes = self.sizes(op, rt, |s, k| match k {
            0 => Some(s.ext(x, 0)),
            3 => Some(s.ext(w, 3)),
            _ => {
                let i = k - 1;
                let (e, kw) = (s.ext(x, k), s.ext(w, i));
                let (one, d, st, edges) = (
                    s.index_const(1),
                    s.index_const(dil[i]),
                    s.index_const(strides[i]),
                    s.index_const(pad[2 * i] + pad[2 * i + 1] - 1),
                );
                let (a, b, c, q, r) = (s.fresh(), s.fresh(), s.fresh(), s.fresh(), s.fresh());
                s.line(&format!("{a} = arith.subi {kw}, {one} : index"));
                s.line(&format!("{b} = arith.muli {a}, {d} : index"));
                s.line(&format!("{c} = arith.addi {e}, {edges} : index"));
                s.line(&format!("{q} = arith.subi {c}, {b} : index"));
                let t = s.fresh();
                s.line(&format!("{t} = arith.divsi {q}, {st} : index"));
                s.line(&format!("{r} = arith.addi {t}, {one} : index"));
                Some(r)
            }
        })?;
        let out_t = self.ty(rt);
        let init = self.empty(&out_t, &sizes);
        let f = self.fresh();
        self.line(&format!(
            "{f} = linalg.fill ins({z} : {et}) outs({init} : {out_t}) -> {out_t}"
        ));
        let (rn, wn, wt) = (self.name(r), self.name(w), self.vty(w));
        self.line(&format!(
            "{rn} = linalg.conv_2d_nhwc_hwcf {{dilations = dense<[{}, {}]> : tensor<2xi64>, strides = dense<[{}, {}]> : tensor<2xi64>}} ins({p}, {wn} : {pt}, {wt}) outs({f} : {out_t}) -> {out_t}",
            dil[0], dil[1], strides[0], strides[1]
        ));
        Ok(())
    }

    /// The ops of a region of tensor ops (a branch or a loop body), its terminator becoming
    /// `scf.yield` or `scf.condition` (which forwards the block's arguments).
    fn nested(&mut self, region: kiln_ir::RegionId, with_args: bool) -> R<()> {
        let m = self.m;
        let Some(&b) = m.region_blocks(region).first() else {
            return Ok(());
        };
        if with_args {
            let args: Vec<String> = m
                .block_args(b)
                .to_vec()
                .into_iter()
                .map(|a| format!("{}: {}", self.name(a), self.vty(a)))
                .collect();
            self.line(&format!("^bb0({}):", args.join(", ")));
        }
        self.indent += 1;
        for op in m.block_ops(b).collect::<Vec<_>>() {
            let operands: Vec<Value> = m.operands(op).collect();
            match m.op_name(op) {
                "ktensor.yield" => {
                    let n: Vec<String> = operands.iter().map(|&v| self.name(v)).collect();
                    let t: Vec<String> = operands.iter().map(|&v| self.vty(v)).collect();
                    if n.is_empty() {
                        self.line("scf.yield");
                    } else {
                        self.line(&format!("scf.yield {} : {}", n.join(", "), t.join(", ")));
                    }
                }
                "ktensor.condition" => {
                    let c = self.scalar_of(operands[0]);
                    let args: Vec<Value> = m.block_args(b).to_vec();
                    let n: Vec<String> = args.iter().map(|&v| self.name(v)).collect();
                    let t: Vec<String> = args.iter().map(|&v| self.vty(v)).collect();
                    self.line(&format!("scf.condition({c}) {} : {}", n.join(", "), t.join(", ")));
                }
                _ => self.op(op)?,
            }
        }
        self.indent -= 1;
        Ok(())
    }

    /// `while` → `scf.while` on tensors.
    fn while_loop(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let operands: Vec<Value> = m.operands(op).collect();
        let results: Vec<Value> = m.results(op).collect();
        let regions = m.regions(op).to_vec();
        // The condition region's arguments are the loop's; scf.while names them in its header.
        let cond_b = m.region_blocks(regions[0])[0];
        let inits: Vec<String> = m
            .block_args(cond_b)
            .to_vec()
            .into_iter()
            .zip(&operands)
            .map(|(a, &v)| format!("{} = {}", self.name(a), self.name(v)))
            .collect();
        let ts: Vec<String> = operands.iter().map(|&v| self.vty(v)).collect();
        let rs: Vec<String> = results.iter().map(|&v| self.name(v)).collect();
        let lhs = if rs.is_empty() {
            String::new()
        } else {
            format!("{} = ", rs.join(", "))
        };
        self.line(&format!(
            "{lhs}scf.while ({}) : ({}) -> ({}) {{",
            inits.join(", "),
            ts.join(", "),
            ts.join(", ")
        ));
        self.nested(regions[0], false)?;
        self.line("} do {");
        self.nested(regions[1], true)?;
        self.line("}");
        Ok(())
    }

    /// `if` → `scf.if` on tensors.
    fn if_op(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let c = self.scalar_of(m.operand_value(op, 0));
        let results: Vec<Value> = m.results(op).collect();
        let rs: Vec<String> = results.iter().map(|&v| self.name(v)).collect();
        let ts: Vec<String> = results.iter().map(|&v| self.vty(v)).collect();
        let regions = m.regions(op).to_vec();
        if rs.is_empty() {
            self.line(&format!("scf.if {c} {{"));
        } else {
            self.line(&format!("{} = scf.if {c} -> ({}) {{", rs.join(", "), ts.join(", ")));
        }
        self.nested(regions[0], false)?;
        self.line("} else {");
        if let Some(&r) = regions.get(1) {
            self.nested(r, false)?;
        }
        self.line("}");
        Ok(())
    }

    /// `general_gather` with attribute slice sizes: a `linalg.generic` over the result whose
    /// body reads the operand with `tensor.extract` at the clamped start of its batch
    /// position plus its offset (StableHLO's gather, as Kiln's lowering reads it).
    fn general_gather(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let g = kiln_dialects::tensor_indexing::GatherDims::of(m, op).map_err(|e| cannot(m, op, &e))?;
        let (src, ids) = (m.operand_value(op, 0), m.operand_value(op, 1));
        let slice = ints(m, op, "slice_sizes").unwrap_or_default();
        let orank = self.dims(m.value_type(src)).len();
        let irank = self.dims(m.value_type(ids)).len();
        let r = m.result(op, 0);
        let rt = m.value_type(r);
        let out_rank = self.dims(rt).len();
        let ivd = g.index_vector_dim as usize;
        let has = |v: &[i64], d: usize| v.contains(&(d as i64));
        let batch_ids: Vec<usize> = (0..irank).filter(|&i| i != ivd).collect();
        let batch_pos: Vec<usize> = (0..out_rank).filter(|&i| !has(&g.offset_dims, i)).collect();
        let window: Vec<usize> = (0..orank)
            .filter(|&d| !has(&g.collapsed_slice_dims, d) && !has(&g.operand_batching_dims, d))
            .collect();
        // Slice sizes: the attribute, or a run-time operand (dynamic_gather).
        let run_time = (m.num_operands(op) == 3).then(|| m.operand_value(op, 2));
        let slice_sizes: Vec<String> = (0..orank)
            .map(|d| match run_time {
                Some(sv) => self.shape_entry(sv, d),
                None => self.index_const(slice.get(d).copied().unwrap_or(1)),
            })
            .collect();
        let sizes = self.sizes(op, rt, |s, k| match batch_pos.iter().position(|&p| p == k) {
            Some(j) => Some(s.ext(ids, batch_ids[j])),
            None => {
                let w = g.offset_dims.iter().position(|&o| o == k as i64)?;
                Some(slice_sizes[window[w]].clone())
            }
        })?;
        // Outside the body: the highest start of each dimension, max(extent - size, 0).
        let zero = self.index_const(0);
        let mut highest = Vec::new();
        for d in 0..orank {
            let e = self.ext(src, d);
            let sz = slice_sizes[d].clone();
            let (a, b) = (self.fresh(), self.fresh());
            self.line(&format!("{a} = arith.subi {e}, {sz} : index"));
            self.line(&format!("{b} = arith.maxsi {a}, {zero} : index"));
            highest.push(b);
        }
        let out_t = self.ty(rt);
        let init = self.empty(&out_t, &sizes);
        let et = self.scalar_ty(self.elem_of(rt));
        let ie = self.elem_of(m.value_type(ids));
        let (sn, st, idn, idt) = (self.name(src), self.vty(src), self.name(ids), self.vty(ids));
        let name = self.name(r);
        self.generic(
            &name,
            &vec![false; out_rank],
            &[],
            &[],
            &init,
            &out_t,
            &identity(out_rank),
            &et,
            |s, _| {
                let ivs: Vec<String> = (0..out_rank)
                    .map(|k| {
                        let i = s.fresh();
                        s.line(&format!("{i} = linalg.index {k} : index"));
                        i
                    })
                    .collect();
                let batch: Vec<String> = batch_pos.iter().map(|&p| ivs[p].clone()).collect();
                let mut at = vec![zero.clone(); orank];
                for (k, &d) in g.start_index_map.iter().enumerate() {
                    let d = d as usize;
                    let mut iidx = batch.clone();
                    if ivd < irank {
                        let c = s.index_const(k as i64);
                        iidx.insert(ivd, c);
                    }
                    let v = s.fresh();
                    s.line(&format!("{v} = tensor.extract {idn}[{}] : {idt}", iidx.join(", ")));
                    let i = s.to_index(&v, ie);
                    let (lo, c) = (s.fresh(), s.fresh());
                    s.line(&format!("{lo} = arith.maxsi {i}, {zero} : index"));
                    s.line(&format!("{c} = arith.minsi {lo}, {} : index", highest[d]));
                    at[d] = c;
                }
                for (&od, &id) in g.operand_batching_dims.iter().zip(&g.start_indices_batching_dims) {
                    let j = batch_ids.iter().position(|&x| x == id as usize).unwrap_or(0);
                    let a = s.fresh();
                    s.line(&format!("{a} = arith.addi {}, {} : index", at[od as usize], batch[j]));
                    at[od as usize] = a;
                }
                for (&d, &o) in window.iter().zip(&g.offset_dims) {
                    let a = s.fresh();
                    s.line(&format!("{a} = arith.addi {}, {} : index", at[d], ivs[o as usize]));
                    at[d] = a;
                }
                let v = s.fresh();
                s.line(&format!("{v} = tensor.extract {sn}[{}] : {st}", at.join(", ")));
                Ok(v)
            },
        )
    }

    /// `slice` with run-time start, limit and strides (1-D tensors): `tensor.extract_slice`
    /// at dynamic offsets, sizes and strides, checked (a failed check reports the bounds) and
    /// clamped so that the read stays inside the operand whatever the bounds are.
    fn dynamic_bounds_slice(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let x = m.operand_value(op, 0);
        let (sv, lv, tv) = (m.operand_value(op, 1), m.operand_value(op, 2), m.operand_value(op, 3));
        let rank = self.dims(m.value_type(x)).len();
        let (zero, one) = (self.index_const(0), self.index_const(1));
        let (mut offs, mut sizes, mut strides) = (Vec::new(), Vec::new(), Vec::new());
        for k in 0..rank {
            let (s0, l, t0) = (
                self.shape_entry(sv, k),
                self.shape_entry(lv, k),
                self.shape_entry(tv, k),
            );
            let e = self.ext(x, k);
            let (ok1, ok2, ok3, ok4) = (self.fresh(), self.fresh(), self.fresh(), self.fresh());
            self.line(&format!("{ok1} = arith.cmpi sge, {s0}, {zero} : index"));
            self.line(&format!("{ok2} = arith.cmpi sle, {s0}, {l} : index"));
            self.line(&format!("{ok3} = arith.cmpi sle, {l}, {e} : index"));
            self.line(&format!("{ok4} = arith.cmpi sge, {t0}, {one} : index"));
            let (a, b, ok) = (self.fresh(), self.fresh(), self.fresh());
            self.line(&format!("{a} = arith.andi {ok1}, {ok2} : i1"));
            self.line(&format!("{b} = arith.andi {ok3}, {ok4} : i1"));
            self.line(&format!("{ok} = arith.andi {a}, {b} : i1"));
            let vals: Vec<String> = [&s0, &l, &t0, &e]
                .iter()
                .map(|v| {
                    let c = self.fresh();
                    self.line(&format!("{c} = arith.index_cast {v} : index to i64"));
                    c
                })
                .collect();
            self.check(
                &ok,
                format!("slice of dimension {k}: start {{0}}, limit {{1}} and stride {{2}} do not fit extent {{3}}"),
                &vals,
            );
            // Clamped: start in [0, e], limit in [start, e], stride >= 1.
            let (s1, s2, l1, l2, t) = (self.fresh(), self.fresh(), self.fresh(), self.fresh(), self.fresh());
            self.line(&format!("{s1} = arith.maxsi {s0}, {zero} : index"));
            self.line(&format!("{s2} = arith.minsi {s1}, {e} : index"));
            self.line(&format!("{l1} = arith.minsi {l}, {e} : index"));
            self.line(&format!("{l2} = arith.maxsi {l1}, {s2} : index"));
            self.line(&format!("{t} = arith.maxsi {t0}, {one} : index"));
            // ceil((limit - start) / stride)
            let (d, d1, n) = (self.fresh(), self.fresh(), self.fresh());
            self.line(&format!("{d} = arith.subi {l2}, {s2} : index"));
            self.line(&format!("{d1} = arith.addi {d}, {t} : index"));
            let d2 = self.fresh();
            self.line(&format!("{d2} = arith.subi {d1}, {one} : index"));
            self.line(&format!("{n} = arith.divsi {d2}, {t} : index"));
            offs.push(s2);
            sizes.push(n);
            strides.push(t);
        }
        let elem = self.elem_of(m.value_type(x));
        let st = self.shape_ty(&vec![Dim::Dynamic; rank], elem);
        let (xn, xt) = (self.name(x), self.vty(x));
        let s = self.fresh();
        self.line(&format!(
            "{s} = tensor.extract_slice {xn}[{}] [{}] [{}] : {xt} to {st}",
            offs.join(", "),
            sizes.join(", "),
            strides.join(", ")
        ));
        self.cast_to(m.result(op, 0), &s, &st);
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

    /// `pad` with attribute bounds: `tensor.pad` for edge padding, a fill and a strided
    /// `tensor.insert_slice` for interior padding.
    fn pad(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let (x, pv) = (m.operand_value(op, 0), m.operand_value(op, 1));
        let low = ints(m, op, "low").unwrap_or_default();
        let high = ints(m, op, "high").unwrap_or_default();
        let rank = low.len();
        let interior = ints(m, op, "interior").unwrap_or_else(|| vec![0; rank]);
        if interior.iter().any(|&p| p < 0)
            || (interior.iter().any(|&p| p > 0) && low.iter().chain(&high).any(|&p| p < 0))
        {
            return Err(cannot(
                m,
                op,
                "negative interior padding, or interior with negative edge padding, is not exported",
            ));
        }
        let xdims = self.dims(m.value_type(x));
        let elem = self.elem_of(m.value_type(x));
        let et = self.scalar_ty(elem);
        let v = self.scalar_of(pv);
        let list = |v: &[i64]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ");
        let (xn, xt) = (self.name(x), self.vty(x));
        let r = m.result(op, 0);
        if interior.iter().all(|&i| i == 0) {
            // Negative edges cut first (a slice), then the positive ones pad.
            let (mut src, mut st, mut dims) = (xn.clone(), xt.clone(), xdims.clone());
            if low.iter().chain(&high).any(|&p| p < 0) {
                let mut sizes = Vec::new();
                let mut sdims = Vec::new();
                for k in 0..rank {
                    let cut = (-low[k]).max(0) + (-high[k]).max(0);
                    match xdims[k].as_const() {
                        Some(c) => {
                            sizes.push((c - cut).max(0).to_string());
                            sdims.push(Dim::Const((c - cut).max(0)));
                        }
                        None => {
                            let (e, c) = (self.ext(x, k), self.index_const(cut));
                            let d = self.fresh();
                            self.line(&format!("{d} = arith.subi {e}, {c} : index"));
                            sizes.push(d);
                            sdims.push(Dim::Dynamic);
                        }
                    }
                }
                let offs: Vec<i64> = low.iter().map(|&l| (-l).max(0)).collect();
                let t = self.shape_ty(&sdims, elem);
                let sl = self.fresh();
                self.line(&format!(
                    "{sl} = tensor.extract_slice {xn}[{}] [{}] [{}] : {xt} to {t}",
                    list(&offs),
                    sizes.join(", "),
                    vec!["1"; rank].join(", ")
                ));
                (src, st, dims) = (sl, t, sdims);
            }
            let lo: Vec<i64> = low.iter().map(|&l| l.max(0)).collect();
            let hi: Vec<i64> = high.iter().map(|&h| h.max(0)).collect();
            let (p, pt, _) = self.edge_pad(&src, &st, &dims, elem, &lo, &hi, &v);
            self.cast_to(r, &p, &pt);
            return Ok(());
        }
        // Extent: low + high + n + (n - 1) * interior (n >= 1).
        let mut sizes = Vec::new();
        let mut dims = Vec::new();
        let mut xexts = Vec::new();
        for k in 0..rank {
            let n = self.ext(x, k);
            xexts.push(match xdims[k].as_const() {
                Some(c) => c.to_string(),
                None => n.clone(),
            });
            match xdims[k].as_const() {
                Some(c) => dims.push(Dim::Const(low[k] + high[k] + c + (c - 1).max(0) * interior[k])),
                None => {
                    dims.push(Dim::Dynamic);
                    let (a, b, c) = (self.fresh(), self.fresh(), self.fresh());
                    let one = self.index_const(1);
                    let stride = self.index_const(interior[k] + 1);
                    let edges = self.index_const(low[k] + high[k]);
                    self.line(&format!("{a} = arith.subi {n}, {one} : index"));
                    self.line(&format!("{b} = arith.muli {a}, {stride} : index"));
                    self.line(&format!("{c} = arith.addi {b}, {one} : index"));
                    let s = self.fresh();
                    self.line(&format!("{s} = arith.addi {c}, {edges} : index"));
                    sizes.push(s);
                }
            }
        }
        let pt = self.shape_ty(&dims, elem);
        let init = self.empty(&pt, &sizes);
        let filled = self.fresh();
        self.line(&format!(
            "{filled} = linalg.fill ins({v} : {et}) outs({init} : {pt}) -> {pt}"
        ));
        let strides: Vec<i64> = interior.iter().map(|i| i + 1).collect();
        let p = self.fresh();
        self.line(&format!(
            "{p} = tensor.insert_slice {xn} into {filled}[{}] [{}] [{}] : {xt} into {pt}",
            list(&low),
            xexts.join(", "),
            list(&strides)
        ));
        self.cast_to(r, &p, &pt);
        Ok(())
    }
}
