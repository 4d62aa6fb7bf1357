//! Export of Kiln's loop level to upstream MLIR dialects (`func`, `arith`, `math`, `scf`,
//! `memref`, `vector`), as upstream's generic text, which `melior` then parses and verifies.
//!
//! The mapping, op by op:
//! - `loop.for` → `scf.for`, `loop.parallel` → `scf.parallel` (its `loop.yield` →
//!   `scf.reduce`), `loop.if` → `scf.if`, `loop.while` → `scf.while` (`loop.condition` →
//!   `scf.condition`), `loop.yield` → `scf.yield`;
//! - `loop.alloc` → `memref.alloc` (then `memref.cast` to the common layout), `loop.dealloc` →
//!   `memref.dealloc`, `loop.load`/`loop.store` → `memref.load`/`memref.store`, `loop.dim` →
//!   `memref.dim`, `loop.subview` → `memref.subview`, `loop.view` →
//!   `memref.reinterpret_cast` (row-major strides at the source's offset),
//!   `loop.constant_buffer` → a constant `memref.global` and `memref.get_global`;
//! - `loop.export %src, %dst` into a parameter of the function → the function returns `%src`
//!   as an extra result (a no-op `memref.cast {kiln.export = k}` marks the place), and its
//!   callers use the returned buffer (after a placeholder) or copy it into theirs; an export
//!   into another buffer → `memref.copy` then `memref.dealloc %src`;
//! - `kvector.*` → `vector.*` (a masked store's operands reordered, a reduction's kind as
//!   `#vector.kind<...>`, a lane position as `static_position`);
//! - `func`, `arith` and `math` ops are upstream's own and cross as they are.
//!
//! Types: a Kiln memref is a strided buffer (views and subviews keep their source's strides)
//! with contiguous rows, so every memref becomes upstream's `memref<...xT, strided<[?, ...,
//! 1], offset: ?>>`; a symbolic extent becomes `?`. What the `?` loses is kept beside it: each
//! function gets a `kiln.arg_shapes` attribute with its arguments' Kiln types, buffers a
//! `kiln.type`, and [`Export::dropped`] says which symbols were turned into `?`. Symbols are
//! bound at run time from the extents of the memref arguments (`memref.dim` at the function's
//! entry), as Kiln's own lowering binds them. Ops the export adds carry `kiln.bridge`, so that
//! [`crate::import`] can take them off again.

pub(crate) mod llvm;
mod tensor;
mod vector;

pub use llvm::{export_llvm_level, is_llvm_level};
pub use tensor::export_tensor_level;

use kiln_ir::attrs::AttrKind;
use kiln_ir::printer::{attr_to_string, type_to_string};
use kiln_ir::{BlockId, Diagnostic, Dim, DimOp, Module, OpId, RegionId, Sym, Type, TypeKind, Value};
use rustc_hash::FxHashMap;
use std::fmt::Write;

/// An exported module: upstream MLIR text and what the export could not carry.
#[derive(Debug, Clone)]
pub struct Export {
    /// The module in upstream's generic form.
    pub text: String,
    /// One line per piece of information upstream's types could not hold (symbolic extents
    /// written as `?`; each is also in the function's `kiln.arg_shapes` attribute).
    pub dropped: Vec<String>,
    /// Functions that hand buffers to their callers (Kiln's `loop.export` into a parameter):
    /// the parameter indices, in the order of the results they become after the function's
    /// own. A caller from outside passes any descriptor for such a parameter and takes the
    /// returned buffer, which it owns (upstream allocated it with `malloc`).
    pub returned: FxHashMap<String, Vec<usize>>,
    /// The messages of the run-time checks the export wrote (`kiln_rt_assert_failed(id,
    /// values)` reports message `id`, with `{i}` replaced by the i-th value); at the loop
    /// level they are the module's `kiln.assert_messages`.
    pub assert_messages: Vec<String>,
}

type R<T> = Result<T, Diagnostic>;

/// Exports a module at the level it is at: Kiln's llvm level (a module of `llvm` ops) with
/// [`export_llvm_level`], the tensor level (a module with `ktensor` ops) with
/// [`export_tensor_level`], otherwise the loop level with [`export_loop_level`].
pub fn export_module(m: &Module) -> R<Export> {
    if is_llvm_level(m) {
        export_llvm_level(m)
    } else if is_tensor_level(m) {
        export_tensor_level(m)
    } else {
        export_loop_level(m)
    }
}

/// True when a module holds ops of Kiln's tensor level (`ktensor.*`).
pub fn is_tensor_level(m: &Module) -> bool {
    m.walk(m.root(), kiln_ir::Order::Pre)
        .into_iter()
        .any(|op| m.op_name(op).starts_with("ktensor."))
}

/// Exports a module at Kiln's loop level (after `convert-tensor-to-loop`) to upstream's
/// `func`, `arith`, `math`, `scf` and `memref` dialects. An op with no upstream equivalent at
/// this level is an error naming it, at its location.
pub fn export_loop_level(m: &Module) -> R<Export> {
    let mut e = Exporter {
        m,
        out: String::with_capacity(16 * 1024),
        names: FxHashMap::default(),
        next: 0,
        syms: FxHashMap::default(),
        globals: String::new(),
        nglobals: 0,
        dropped: Vec::new(),
        indent: 1,
        exports: FxHashMap::default(),
        exported: FxHashMap::default(),
        prefix: String::new(),
    };
    let ctx = m.ctx();
    // Kiln's `loop.export` moves a buffer into the caller's descriptor, which upstream's
    // value semantics cannot do; a function that exports returns the buffers instead (see
    // `Exporter::call`, and `Export::returned` for the callers outside).
    for f in m.block_ops(m.body()) {
        if m.op_name(f) != "func.func" {
            continue;
        }
        let Some(&entry) = m.regions(f).first().and_then(|&r| m.region_blocks(r).first()) else {
            continue;
        };
        let args = m.block_args(entry);
        let mut params = Vec::new();
        for op in m.walk(f, kiln_ir::Order::Pre) {
            if m.op_name(op) != "loop.export" {
                continue;
            }
            let dst = m.operand_value(op, 1);
            let Some(k) = args.iter().position(|&a| a == dst) else {
                continue;
            };
            if m.parent_block(op) != Some(entry) {
                return Err(cannot(m, op, "it exports into a parameter inside a region: only an export in the function's body can become a returned buffer"));
            }
            if !params.contains(&k) {
                params.push(k);
            }
        }
        if !params.is_empty() {
            let name = kiln_ir::symbol::symbol_name(m, f).unwrap_or_default().to_string();
            e.exports.insert(name, params);
        }
    }
    let mut funcs = String::new();
    for op in m.block_ops(m.body()).collect::<Vec<_>>() {
        if m.op_name(op) != "func.func" {
            return Err(unsupported(m, op, "at module level"));
        }
        e.out.clear();
        e.func(op)?;
        funcs.push_str(&e.out);
    }
    let props = e.dict(m.props(m.root()), &[]);
    let mut text = if props.is_empty() {
        String::from("\"builtin.module\"() ({\n")
    } else {
        format!("\"builtin.module\"() <{props}> ({{\n")
    };
    text.push_str(&e.globals);
    text.push_str(&funcs);
    text.push_str("}) ");
    let attrs = m.attrs(m.root());
    if !ctx.dict_entries(attrs).is_empty() {
        text.push_str(&attr_to_string(ctx, attrs));
        text.push(' ');
    }
    text.push_str(": () -> ()\n");
    Ok(Export {
        text,
        dropped: e.dropped,
        returned: e.exports,
        assert_messages: Vec::new(),
    })
}

fn unsupported(m: &Module, op: OpId, level: &str) -> Diagnostic {
    if m.op_name(op).starts_with("llvm.") {
        return Diagnostic::error(
            m.loc(op),
            format!(
                "'{}' cannot cross the bridge: a module at the loop level cannot hold llvm ops (a module of llvm ops alone exports at the llvm level)",
                m.op_name(op)
            ),
        );
    }
    Diagnostic::error(
        m.loc(op),
        format!(
            "'{}' cannot cross the bridge {level}: upstream MLIR has no equivalent (export the loop level: convert-tensor-to-loop{{library-calls=false}})",
            m.op_name(op)
        ),
    )
}

fn cannot(m: &Module, op: OpId, why: &str) -> Diagnostic {
    Diagnostic::error(m.loc(op), format!("'{}' cannot cross the bridge: {why}", m.op_name(op)))
}

struct Exporter<'a> {
    m: &'a Module,
    out: String,
    names: FxHashMap<Value, String>,
    next: usize,
    /// Symbol → the SSA value (index) holding its run-time value in the current function.
    syms: FxHashMap<Sym, String>,
    globals: String,
    nglobals: usize,
    dropped: Vec<String>,
    indent: usize,
    /// Private functions that hand buffers to their callers (`loop.export` into a parameter):
    /// the parameter indices, in the order of the extra results they become.
    exports: FxHashMap<String, Vec<usize>>,
    /// In the current function: the value exported into each exporting parameter so far.
    exported: FxHashMap<usize, String>,
    /// Put before every SSA name, so that ops of another module (a scalar body the tensor
    /// level exports, see `tensor.rs`) get names of their own.
    prefix: String,
}

impl Exporter<'_> {
    fn fresh(&mut self) -> String {
        self.next += 1;
        format!("%{}x{}", self.prefix, self.next)
    }
    fn name(&mut self, v: Value) -> String {
        if let Some(n) = self.names.get(&v) {
            return n.clone();
        }
        let n = format!("%{}v{}", self.prefix, v.index());
        self.names.insert(v, n.clone());
        n
    }
    fn pad(&mut self) {
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
    }
    fn line(&mut self, s: &str) {
        self.pad();
        self.out.push_str(s);
        self.out.push('\n');
    }

    /// Upstream's spelling of a Kiln type.
    fn ty(&self, t: Type) -> String {
        let ctx = self.m.ctx();
        match ctx.ty(t) {
            TypeKind::MemRef {
                shape: Some(shape),
                elem,
                ..
            } => {
                let mut s = String::from("memref<");
                for d in shape.iter() {
                    match d.as_const() {
                        Some(c) => {
                            let _ = write!(s, "{c}x");
                        }
                        None => s.push_str("?x"),
                    }
                }
                s.push_str(&self.ty(*elem));
                s.push_str(", strided<[");
                // The innermost stride is 1: Kiln's buffers are row-major with contiguous
                // rows (arguments are passed contiguous, views are row-major and subviews
                // keep their source's strides), which upstream's vector loads need to know.
                let mut strides = vec!["?"; shape.len()];
                if let Some(last) = strides.last_mut() {
                    *last = "1";
                }
                s.push_str(&strides.join(", "));
                s.push_str("], offset: ?>>");
                s
            }
            TypeKind::Function { inputs, results } => {
                let i: Vec<String> = inputs.iter().map(|&t| self.ty(t)).collect();
                let r: Vec<String> = results.iter().map(|&t| self.ty(t)).collect();
                format!("({}) -> ({})", i.join(", "), r.join(", "))
            }
            // Upstream's arith works on signless integers only; Kiln's ops already say how
            // they treat the sign (divui, extsi, ...), so the type's signedness is redundant.
            TypeKind::Integer { width, .. } => format!("i{width}"),
            TypeKind::Vector { .. } => signless(&type_to_string(ctx, t)),
            _ => type_to_string(ctx, t),
        }
    }
    /// The identity-layout memref type of the same shape (what `memref.alloc` produces).
    fn plain_memref(&self, t: Type) -> String {
        let s = self.ty(t);
        match s.find(", strided<") {
            Some(i) => format!("{}>", &s[..i]),
            None => s,
        }
    }
    fn types(&self, vals: impl IntoIterator<Item = Value>) -> String {
        vals.into_iter()
            .map(|v| self.ty(self.m.value_type(v)))
            .collect::<Vec<_>>()
            .join(", ")
    }
    fn operands(&mut self, vals: impl IntoIterator<Item = Value>) -> String {
        vals.into_iter().map(|v| self.name(v)).collect::<Vec<_>>().join(", ")
    }
    fn results_lhs(&mut self, op: OpId) -> String {
        let m = self.m;
        let n = m.num_results(op);
        if n == 0 {
            return String::new();
        }
        // Each result gets its own name: upstream's `%r:2` would need `#0`/`#1` at the uses.
        let names: Vec<String> = m.results(op).map(|r| self.name(r)).collect();
        format!("{} = ", names.join(", "))
    }

    /// An attribute dictionary in upstream's spelling (`fastmath` as `#arith.fastmath`).
    fn dict(&self, d: kiln_ir::Attr, skip: &[&str]) -> String {
        let ctx = self.m.ctx();
        let mut parts = Vec::new();
        for na in ctx.dict_entries(d) {
            let key = ctx.str(na.name);
            if skip.contains(&key) {
                continue;
            }
            let quoted = if key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '$')
            {
                key.to_string()
            } else {
                format!("\"{key}\"")
            };
            let value = match (key, ctx.attr(na.value)) {
                ("fastmath", AttrKind::String { value, .. }) => {
                    let flags = if value.is_empty() {
                        "none".to_string()
                    } else {
                        value.to_string()
                    };
                    format!("#arith.fastmath<{flags}>")
                }
                (_, AttrKind::Unit) => {
                    parts.push(quoted);
                    continue;
                }
                _ => signless(&attr_to_string(ctx, na.value)),
            };
            parts.push(format!("{quoted} = {value}"));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("{{{}}}", parts.join(", "))
        }
    }

    fn func(&mut self, f: OpId) -> R<()> {
        let m = self.m;
        let ctx = m.ctx();
        self.syms.clear();
        let fty = m.attr(f, "function_type").and_then(|a| match ctx.attr(a) {
            AttrKind::Type(t) => Some(*t),
            _ => None,
        });
        let Some(fty) = fty else {
            return Err(Diagnostic::error(m.loc(f), "a function without 'function_type'"));
        };
        let name = kiln_ir::symbol::symbol_name(m, f).unwrap_or("f").to_string();
        self.exported.clear();
        let mut fty_text = self.ty(fty);
        if let (Some(params), TypeKind::Function { inputs, results }) = (self.exports.get(&name), ctx.ty(fty)) {
            let i: Vec<String> = inputs.iter().map(|&t| self.ty(t)).collect();
            let mut r: Vec<String> = results.iter().map(|&t| self.ty(t)).collect();
            r.extend(params.iter().map(|&k| self.ty(inputs[k])));
            fty_text = format!("({}) -> ({})", i.join(", "), r.join(", "));
        }
        let mut props = vec![format!("function_type = {fty_text}"), format!("sym_name = \"{name}\"")];
        if let Some(v) = m.attr(f, "sym_visibility") {
            props.push(format!("sym_visibility = {}", attr_to_string(ctx, v)));
        }
        if let Some(v) = m.attr(f, "arg_attrs") {
            props.push(format!("arg_attrs = {}", signless(&attr_to_string(ctx, v))));
        }
        if let Some(v) = m.attr(f, "res_attrs") {
            // One dictionary per result, the returned buffers' included.
            let mut text = signless(&attr_to_string(ctx, v));
            if let Some(params) = self.exports.get(&name) {
                let extra = vec!["{}"; params.len()].join(", ");
                text = match text.strip_suffix(']') {
                    Some(inner) if inner.len() > 1 => format!("{inner}, {extra}]"),
                    _ => format!("[{extra}]"),
                };
            }
            props.push(format!("res_attrs = {text}"));
        }
        props.sort();
        let body = m.regions(f).first().and_then(|&r| m.region_blocks(r).first().copied());
        let public = m.attr(f, "sym_visibility").and_then(|a| ctx.attr_str(a)) != Some("private");
        let mut attrs = self.dict(
            m.attrs(f),
            &["function_type", "sym_name", "sym_visibility", "arg_attrs", "res_attrs"],
        );
        // The arguments' Kiln types, which keep what `?` drops.
        if let TypeKind::Function { inputs, .. } = ctx.ty(fty) {
            let symbolic: Vec<String> = inputs
                .iter()
                .filter(|&&t| {
                    ctx.ty(t)
                        .shape()
                        .is_some_and(|s| s.iter().any(|d| matches!(d, Dim::Sym(_) | Dim::Expr(_))))
                })
                .map(|&t| type_to_string(ctx, t))
                .collect();
            if !symbolic.is_empty() {
                let all: Vec<String> = inputs
                    .iter()
                    .map(|&t| format!("\"{}\"", type_to_string(ctx, t)))
                    .collect();
                let extra = format!("kiln.arg_shapes = [{}]", all.join(", "));
                self.dropped.push(format!(
                    "@{name}: symbolic extents written as '?' ({}); kept in its 'kiln.arg_shapes' attribute",
                    symbolic.join(", ")
                ));
                attrs = merge_dict(&attrs, &extra);
            }
        }
        if let Some(params) = self.exports.get(&name) {
            let ks: Vec<String> = params.iter().map(|k| k.to_string()).collect();
            attrs = merge_dict(&attrs, &format!("kiln.returned = array<i64: {}>", ks.join(", ")));
        }
        if public && body.is_some() {
            attrs = merge_dict(&attrs, "llvm.emit_c_interface");
        }
        // What the bridge added to the function (its import removes them again).
        attrs = merge_dict(&attrs, "kiln.bridge");
        let _ = writeln!(self.out, "  \"func.func\"() <{{{}}}> ({{", props.join(", "));
        if let Some(b) = body {
            self.entry_block(b)?;
        }
        let _ = writeln!(self.out, "  }}) {attrs} : () -> ()");
        Ok(())
    }

    fn entry_block(&mut self, b: BlockId) -> R<()> {
        let m = self.m;
        let ctx = m.ctx();
        let args: Vec<Value> = m.block_args(b).to_vec();
        let header: Vec<String> = args
            .iter()
            .map(|&a| format!("{}: {}", self.name(a), self.ty(m.value_type(a))))
            .collect();
        let _ = writeln!(self.out, "  ^bb0({}):", header.join(", "));
        self.indent = 2;
        // Bind each symbol to the first memref argument extent that names it.
        for &a in &args {
            let Some(shape) = ctx.ty(m.value_type(a)).shape().map(|s| s.to_vec()) else {
                continue;
            };
            if !matches!(ctx.ty(m.value_type(a)), TypeKind::MemRef { .. }) {
                continue;
            }
            for (k, d) in shape.iter().enumerate() {
                if let Dim::Sym(s) = d {
                    if self.syms.contains_key(s) {
                        continue;
                    }
                    let c = self.index_const(k as i64);
                    let v = self.fresh();
                    let an = self.name(a);
                    let at = self.ty(m.value_type(a));
                    self.line(&format!(
                        "{v} = \"memref.dim\"({an}, {c}) {{kiln.bridge}} : ({at}, index) -> index"
                    ));
                    self.syms.insert(*s, v);
                }
            }
        }
        for op in m.block_ops(b).collect::<Vec<_>>() {
            self.op(op)?;
        }
        Ok(())
    }

    fn index_const(&mut self, c: i64) -> String {
        let v = self.fresh();
        self.line(&format!(
            "{v} = \"arith.constant\"() <{{value = {c} : index}}> {{kiln.bridge}} : () -> index"
        ));
        v
    }

    /// The run-time value of an extent, as an SSA name of type index.
    fn dim_value(&mut self, d: &Dim, op: OpId) -> R<String> {
        Ok(match d {
            Dim::Const(c) => self.index_const(*c),
            Dim::Sym(s) => self.syms.get(s).cloned().ok_or_else(|| {
                Diagnostic::error(
                    self.m.loc(op),
                    format!(
                        "symbol '{}' is not the extent of any memref argument, so the export cannot compute it",
                        self.m.ctx().str(*s)
                    ),
                )
            })?,
            Dim::Expr(e) => {
                let a = self.dim_value(&e.lhs, op)?;
                let b = self.dim_value(&e.rhs, op)?;
                let name = match e.op {
                    DimOp::Add => "arith.addi",
                    DimOp::Sub => "arith.subi",
                    DimOp::Mul => "arith.muli",
                    DimOp::Div => "arith.floordivsi",
                    DimOp::Mod => "arith.remsi",
                };
                let v = self.fresh();
                self.line(&format!(
                    "{v} = \"{name}\"({a}, {b}) {{kiln.bridge}} : (index, index) -> index"
                ));
                v
            }
            Dim::Dynamic => {
                return Err(Diagnostic::error(
                    self.m.loc(op),
                    "a '?' extent has no run-time value the export can compute",
                ))
            }
        })
    }

    fn region(&mut self, r: RegionId, parent: &str) -> R<String> {
        let m = self.m;
        let saved = std::mem::take(&mut self.out);
        let indent = self.indent;
        self.out.push_str("{\n");
        for &b in m.region_blocks(r) {
            let args: Vec<Value> = m.block_args(b).to_vec();
            let header: Vec<String> = args
                .iter()
                .map(|&a| format!("{}: {}", self.name(a), self.ty(m.value_type(a))))
                .collect();
            self.pad();
            let _ = writeln!(self.out, "^bb0({}):", header.join(", "));
            self.indent = indent + 1;
            for op in m.block_ops(b).collect::<Vec<_>>() {
                if m.op_name(op) == "loop.yield" {
                    let name = match parent {
                        "scf.parallel" => "scf.reduce",
                        _ => "scf.yield",
                    };
                    let ops: Vec<Value> = m.operands(op).collect();
                    let (o, t) = (self.operands(ops.clone()), self.types(ops));
                    self.line(&format!("\"{name}\"({o}) : ({t}) -> ()"));
                } else {
                    self.op(op)?;
                }
            }
            self.indent = indent;
        }
        self.pad();
        self.out.push('}');
        Ok(std::mem::replace(&mut self.out, saved))
    }

    /// The function containing `op`.
    fn func_of(&self, mut op: OpId) -> OpId {
        while let Some(p) = self.m.parent_op(op) {
            if self.m.op_name(p) == "func.func" {
                return p;
            }
            op = p;
        }
        op
    }
    /// The exporting parameters of the function around `op`, if it has any.
    fn current_exports(&self, op: OpId) -> Option<Vec<usize>> {
        let f = self.func_of(op);
        let name = kiln_ir::symbol::symbol_name(self.m, f)?;
        self.exports.get(name).cloned()
    }
    /// For `loop.export` into an exporting parameter of the current function: its index.
    fn exporting_param(&self, op: OpId) -> Option<usize> {
        let m = self.m;
        let params = self.current_exports(op)?;
        let f = self.func_of(op);
        let args = m.block_args(m.region_blocks(m.regions(f)[0])[0]);
        let k = args.iter().position(|&a| a == m.operand_value(op, 1))?;
        params.contains(&k).then_some(k)
    }
    fn callee_exports(&self, op: OpId) -> Option<Vec<usize>> {
        let callee = self.m.attr(op, "callee")?;
        let name = match self.m.ctx().attr(callee) {
            AttrKind::SymbolRef { root, .. } => self.m.ctx().str(*root).to_string(),
            _ => return None,
        };
        self.exports.get(&name).cloned()
    }

    /// The callee's parameter types (upstream's spelling), if it is a function of the module.
    fn callee_params(&self, op: OpId) -> Option<Vec<String>> {
        let m = self.m;
        let ctx = m.ctx();
        let name = match ctx.attr(m.attr(op, "callee")?) {
            AttrKind::SymbolRef { root, .. } => ctx.str(*root).to_string(),
            _ => return None,
        };
        let f = m
            .block_ops(m.body())
            .find(|&f| kiln_ir::symbol::symbol_name(m, f) == Some(name.as_str()))?;
        match ctx.attr(m.attr(f, "function_type")?) {
            AttrKind::Type(t) => match ctx.ty(*t) {
                TypeKind::Function { inputs, .. } => Some(inputs.iter().map(|&t| self.ty(t)).collect()),
                _ => None,
            },
            _ => None,
        }
    }

    /// A call's operands and their types, each buffer cast to the callee's parameter type
    /// where Kiln passes a more refined one (`memref<8x16xf32>` for `memref<?x16xf32>`;
    /// upstream's `func.call` wants the types equal).
    fn call_operands(&mut self, op: OpId) -> (String, String) {
        let m = self.m;
        let params = self.callee_params(op).unwrap_or_default();
        let mut names = Vec::new();
        let mut types = Vec::new();
        for (i, v) in m.operands(op).enumerate() {
            let (n, t) = (self.name(v), self.ty(m.value_type(v)));
            match params.get(i) {
                Some(p) if *p != t && t.starts_with("memref<") => {
                    let c = self.fresh();
                    self.line(&format!("{c} = \"memref.cast\"({n}) {{kiln.bridge}} : ({t}) -> {p}"));
                    names.push(c);
                    types.push(p.clone());
                }
                _ => {
                    names.push(n);
                    types.push(t);
                }
            }
        }
        (names.join(", "), types.join(", "))
    }

    /// A call of a function that exports: the buffers come back as extra results. Where the
    /// caller passed a placeholder (`kiln.exported` lists the operand), later uses of the
    /// operand read the returned buffer (and the placeholder is freed, as Kiln's callee
    /// frees it); elsewhere the operand's own buffer has the extents, and gets a copy.
    fn call(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let ctx = m.ctx();
        let params = self.callee_exports(op).expect("checked");
        let operands: Vec<Value> = m.operands(op).collect();
        let placeholders: Vec<usize> = match m.attr(op, "kiln.exported").map(|a| ctx.attr(a)) {
            Some(AttrKind::DenseArray {
                values: kiln_ir::attrs::DenseArray::Int(v),
                ..
            }) => v.iter().map(|&i| i as usize).collect(),
            _ => Vec::new(),
        };
        if !placeholders.is_empty() && m.parent_op(op).map(|p| m.op_name(p)) != Some("func.func") {
            return Err(cannot(m, op, "it receives exported buffers inside a region, where the returned buffer would not reach the later uses"));
        }
        let mut lhs: Vec<String> = m.results(op).map(|r| self.name(r)).collect();
        let mut rtypes: Vec<String> = m.results(op).map(|r| self.ty(m.value_type(r))).collect();
        let extra: Vec<String> = params.iter().map(|_| self.fresh()).collect();
        lhs.extend(extra.iter().cloned());
        let callee_params = self.callee_params(op).unwrap_or_default();
        rtypes.extend(params.iter().map(|&k| {
            callee_params
                .get(k)
                .cloned()
                .unwrap_or_else(|| self.ty(m.value_type(operands[k])))
        }));
        let (o, it) = self.call_operands(op);
        let props = self.dict(m.props(op), &[]);
        let props = if props.is_empty() { props } else { format!(" <{props}>") };
        let attrs = self.dict(m.attrs(op), &[]);
        self.line(&format!(
            "{} = \"func.call\"({o}){props} {attrs} : ({it}) -> ({})",
            lhs.join(", "),
            rtypes.join(", ")
        ));
        for (&k, r) in params.iter().zip(&extra) {
            let v = operands[k];
            let (old, t) = (self.name(v), self.ty(m.value_type(v)));
            if placeholders.contains(&k) {
                if m.defining_op(v).is_some_and(|d| m.op_name(d) == "loop.alloc") {
                    self.line(&format!("\"memref.dealloc\"({old}) {{kiln.bridge}} : ({t}) -> ()"));
                }
                self.names.insert(v, r.clone());
            } else {
                self.line(&format!(
                    "\"memref.copy\"({r}, {old}) {{kiln.bridge}} : ({t}, {t}) -> ()"
                ));
                self.line(&format!("\"memref.dealloc\"({r}) {{kiln.bridge}} : ({t}) -> ()"));
            }
        }
        Ok(())
    }

    fn op(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let ctx = m.ctx();
        let name = m.op_name(op).to_string();
        let operands: Vec<Value> = m.operands(op).collect();
        let results: Vec<Value> = m.results(op).collect();
        let sig = |e: &Self| format!("({}) -> ({})", e.types(operands.clone()), e.types(results.clone()));
        match name.as_str() {
            "loop.for" | "loop.if" | "loop.parallel" => {
                let up = match name.as_str() {
                    "loop.for" => "scf.for",
                    "loop.if" => "scf.if",
                    _ => "scf.parallel",
                };
                let mut regions = Vec::new();
                for &r in m.regions(op) {
                    regions.push(self.region(r, up)?);
                }
                // An `scf.if` without results may have an empty else region; `loop.if` may
                // have none at all.
                if up == "scf.if" && regions.len() == 1 {
                    regions.push("{\n}".into());
                }
                let props = if up == "scf.parallel" {
                    let n = operands.len() / 3;
                    format!(" <{{operandSegmentSizes = array<i32: {n}, {n}, {n}, 0>}}>")
                } else {
                    String::new()
                };
                let lhs = self.results_lhs(op);
                let o = self.operands(operands.clone());
                let attrs = self.dict(m.attrs(op), &[]);
                let s = sig(self);
                self.line(&format!(
                    "{lhs}\"{up}\"({o}){props} ({}) {attrs} : {s}",
                    regions.join(", ")
                ));
            }
            "loop.while" => {
                let cond = self.region(m.regions(op)[0], "scf.while")?;
                let body = self.region(m.regions(op)[1], "scf.while")?;
                let attrs = self.dict(m.attrs(op), &[]);
                self.line(&format!("\"scf.while\"() ({cond}, {body}) {attrs} : () -> ()"));
            }
            "loop.condition" => {
                if operands.len() != 1 {
                    return Err(cannot(
                        m,
                        op,
                        "it forwards values to the body, which Kiln's while loops never do",
                    ));
                }
                let c = self.name(operands[0]);
                self.line(&format!("\"scf.condition\"({c}) : (i1) -> ()"));
            }
            "loop.alloc" => {
                let t = m.value_type(results[0]);
                let plain = self.plain_memref(t);
                let o = self.operands(operands.clone());
                let n = operands.len();
                let raw = self.fresh();
                let idx = vec!["index"; n].join(", ");
                self.line(&format!(
                    "{raw} = \"memref.alloc\"({o}) <{{alignment = 64 : i64, operandSegmentSizes = array<i32: {n}, 0>}}> {} : ({idx}) -> {plain}",
                    merge_dict(&self.dict(m.attrs(op), &[]), &format!("kiln.type = \"{}\"", type_to_string(ctx, t)))
                ));
                let r = self.name(results[0]);
                let full = self.ty(t);
                self.line(&format!(
                    "{r} = \"memref.cast\"({raw}) {{kiln.bridge}} : ({plain}) -> {full}"
                ));
            }
            "loop.dealloc" => {
                let (o, t) = (self.name(operands[0]), self.ty(m.value_type(operands[0])));
                self.line(&format!("\"memref.dealloc\"({o}) : ({t}) -> ()"));
            }
            "loop.export" if self.exporting_param(op).is_some() => {
                let k = self.exporting_param(op).expect("checked");
                let src = self.name(operands[0]);
                // A no-op cast marks where the export was, for the import to put it back.
                let (mark, t) = (self.fresh(), self.ty(m.value_type(operands[0])));
                self.line(&format!(
                    "{mark} = \"memref.cast\"({src}) {{kiln.export = {k} : i64}} : ({t}) -> {t}"
                ));
                self.exported.insert(k, src);
            }
            "func.return" if self.current_exports(op).is_some() => {
                let params = self.current_exports(op).expect("checked");
                let mut names: Vec<String> = operands.iter().map(|&v| self.name(v)).collect();
                let mut types: Vec<String> = operands.iter().map(|&v| self.ty(m.value_type(v))).collect();
                let f = self.func_of(op);
                let args: Vec<Value> = m.block_args(m.region_blocks(m.regions(f)[0])[0]).to_vec();
                for k in params {
                    let v = self.exported.get(&k).cloned().ok_or_else(|| {
                        Diagnostic::error(m.loc(op), format!("returns before exporting into parameter #{k}"))
                    })?;
                    names.push(v);
                    types.push(self.ty(m.value_type(args[k])));
                }
                self.line(&format!(
                    "\"func.return\"({}) : ({}) -> ()",
                    names.join(", "),
                    types.join(", ")
                ));
            }
            "func.call" if self.callee_exports(op).is_some() => self.call(op)?,
            "loop.export" => {
                let (src, dst) = (self.name(operands[0]), self.name(operands[1]));
                let (st, dt) = (self.ty(m.value_type(operands[0])), self.ty(m.value_type(operands[1])));
                self.line(&format!(
                    "\"memref.copy\"({src}, {dst}) {{kiln.export}} : ({st}, {dt}) -> ()"
                ));
                self.line(&format!("\"memref.dealloc\"({src}) {{kiln.bridge}} : ({st}) -> ()"));
            }
            "loop.load" => {
                let o = self.operands(operands.clone());
                let lhs = self.results_lhs(op);
                let s = sig(self);
                self.line(&format!("{lhs}\"memref.load\"({o}) : {s}"));
            }
            "loop.store" => {
                let o = self.operands(operands.clone());
                let s = sig(self);
                self.line(&format!("\"memref.store\"({o}) : {s}"));
            }
            "loop.dim" => {
                let k = m.attr(op, "index").and_then(|a| ctx.attr_int(a)).unwrap_or(0);
                let c = self.index_const(k as i64);
                let (o, t) = (self.name(operands[0]), self.ty(m.value_type(operands[0])));
                let r = self.name(results[0]);
                self.line(&format!("{r} = \"memref.dim\"({o}, {c}) : ({t}, index) -> index"));
            }
            "loop.subview" => {
                // Offsets are operands; sizes come from the result type; unit strides.
                let t = m.value_type(results[0]);
                let dims = ctx.ty(t).shape().map(|s| s.to_vec()).unwrap_or_default();
                let mut dyn_sizes = Vec::new();
                let mut static_sizes = Vec::new();
                for d in &dims {
                    match d.as_const() {
                        Some(c) => static_sizes.push(c.to_string()),
                        None => {
                            dyn_sizes.push(self.dim_value(d, op)?);
                            static_sizes.push(i64::MIN.to_string());
                        }
                    }
                }
                let rank = dims.len();
                let src = self.name(operands[0]);
                let offs = self.operands(operands[1..].to_vec());
                let mut all = vec![src];
                if !offs.is_empty() {
                    all.push(offs);
                }
                all.extend(dyn_sizes.iter().cloned());
                let dyn_off = vec![i64::MIN.to_string(); rank].join(", ");
                let ones = vec!["1"; rank].join(", ");
                let mut in_types = vec![self.ty(m.value_type(operands[0]))];
                in_types.extend(std::iter::repeat_n("index".to_string(), rank + dyn_sizes.len()));
                let r = self.name(results[0]);
                let rt = self.ty(t);
                self.line(&format!(
                    "{r} = \"memref.subview\"({}) <{{operandSegmentSizes = array<i32: 1, {rank}, {}, 0>, static_offsets = {}, static_sizes = {}, static_strides = {}}}> {{kiln.type = \"{}\"}} : ({}) -> {rt}",
                    all.join(", "),
                    dyn_sizes.len(),
                    i64_array(&[dyn_off]),
                    i64_array(&static_sizes),
                    i64_array(&[ones]),
                    type_to_string(ctx, t),
                    in_types.join(", ")
                ));
            }
            "loop.view" => {
                // Row-major strides over the result's extents, at the source's offset (a view's
                // source is contiguous).
                let src_t = m.value_type(operands[0]);
                let t = m.value_type(results[0]);
                let dims = ctx.ty(t).shape().map(|s| s.to_vec()).unwrap_or_default();
                let src_dims = ctx.ty(src_t).shape().map(|s| s.to_vec()).unwrap_or_default();
                let src = self.name(operands[0]);
                let st = self.ty(src_t);
                let mut sizes = Vec::new();
                for d in &dims {
                    sizes.push(match d {
                        Dim::Dynamic if dims.len() == 1 => {
                            // A lone unknown extent is the source's element count.
                            let mut n = self.index_const(1);
                            for k in 0..src_dims.len() {
                                let c = self.index_const(k as i64);
                                let s = self.fresh();
                                self.line(&format!(
                                    "{s} = \"memref.dim\"({src}, {c}) {{kiln.bridge}} : ({st}, index) -> index"
                                ));
                                let p = self.fresh();
                                self.line(&format!(
                                    "{p} = \"arith.muli\"({n}, {s}) {{kiln.bridge}} : (index, index) -> index"
                                ));
                                n = p;
                            }
                            n
                        }
                        _ => self.dim_value(d, op)?,
                    });
                }
                let mut strides = vec![String::new(); sizes.len()];
                let mut acc = self.index_const(1);
                for k in (0..sizes.len()).rev() {
                    strides[k] = acc.clone();
                    if k > 0 {
                        let p = self.fresh();
                        self.line(&format!(
                            "{p} = \"arith.muli\"({acc}, {}) {{kiln.bridge}} : (index, index) -> index",
                            sizes[k]
                        ));
                        acc = p;
                    }
                }
                // The source's offset: `extract_strided_metadata`'s second result.
                let rank = src_dims.len();
                let base = self.fresh();
                let off = self.fresh();
                let mut meta = vec![base.clone(), off.clone()];
                for _ in 0..2 * rank {
                    meta.push(self.fresh());
                }
                let elem = match ctx.ty(src_t) {
                    TypeKind::MemRef { elem, .. } => self.ty(*elem),
                    _ => return Err(cannot(m, op, "its operand is not a memref")),
                };
                let idx_types = vec!["index"; 1 + 2 * rank].join(", ");
                self.line(&format!(
                    "{} = \"memref.extract_strided_metadata\"({src}) {{kiln.bridge}} : ({st}) -> (memref<{elem}>, {idx_types})",
                    meta.join(", ")
                ));
                // Static extents are attributes (upstream checks them against the type); the
                // others and every stride are operands.
                let n = sizes.len();
                let mut dyn_sizes = Vec::new();
                let mut static_sizes = Vec::new();
                for (d, s) in dims.iter().zip(&sizes) {
                    match d.as_const() {
                        Some(c) => static_sizes.push(c.to_string()),
                        None => {
                            dyn_sizes.push(format!(", {s}"));
                            static_sizes.push(i64::MIN.to_string());
                        }
                    }
                }
                let r = self.name(results[0]);
                let rt = self.ty(t);
                // The innermost stride is the static 1 of the result type; the others are
                // operands.
                let mut static_strides = vec![i64::MIN.to_string(); n];
                if let Some(last) = static_strides.last_mut() {
                    *last = "1".into();
                }
                let dyn_strides = &strides[..n.saturating_sub(1)];
                self.line(&format!(
                    "{r} = \"memref.reinterpret_cast\"({src}, {off}{}{}) <{{operandSegmentSizes = array<i32: 1, 1, {}, {}>, static_offsets = array<i64: {}>, static_sizes = {}, static_strides = {}}}> {{kiln.type = \"{}\"}} : ({st}, index{}) -> {rt}",
                    dyn_sizes.concat(),
                    dyn_strides.iter().map(|s| format!(", {s}")).collect::<String>(),
                    dyn_sizes.len(),
                    dyn_strides.len(),
                    i64::MIN,
                    i64_array(&static_sizes),
                    i64_array(&static_strides),
                    type_to_string(ctx, t),
                    ", index".repeat(dyn_sizes.len() + dyn_strides.len()),
                ));
            }
            "loop.constant_buffer" => {
                let t = m.value_type(results[0]);
                let value = m
                    .attr(op, "value")
                    .ok_or_else(|| cannot(m, op, "it has no 'value' (the module does not verify)"))?;
                let plain = self.plain_memref(t);
                self.nglobals += 1;
                let g = format!("__kiln_const_{}", self.nglobals);
                let _ = writeln!(
                    self.globals,
                    "  \"memref.global\"() <{{constant, initial_value = {}, sym_name = \"{g}\", sym_visibility = \"private\", type = {plain}}}> : () -> ()",
                    signless(&attr_to_string(ctx, value))
                );
                let raw = self.fresh();
                self.line(&format!(
                    "{raw} = \"memref.get_global\"() <{{name = @{g}}}> {{kiln.type = \"{}\"}} : () -> {plain}",
                    type_to_string(ctx, t)
                ));
                let r = self.name(results[0]);
                let full = self.ty(t);
                self.line(&format!(
                    "{r} = \"memref.cast\"({raw}) {{kiln.bridge}} : ({plain}) -> {full}"
                ));
            }
            n if n.starts_with("arith.") || n.starts_with("math.") || n == "func.call" || n == "func.return" => {
                if !m.regions(op).is_empty() {
                    return Err(cannot(m, op, "it has regions, which upstream's op has not"));
                }
                let (o, s) = if n == "func.call" {
                    let (o, it) = self.call_operands(op);
                    (o, format!("({it}) -> ({})", self.types(results.clone())))
                } else {
                    (self.operands(operands.clone()), sig(self))
                };
                let lhs = self.results_lhs(op);
                let props = self.dict(m.props(op), &[]);
                let props = if props.is_empty() { props } else { format!(" <{props}>") };
                let attrs = self.dict(m.attrs(op), &[]);
                self.line(&format!("{lhs}\"{n}\"({o}){props} {attrs} : {s}"));
            }
            n if n.starts_with("kvector.") => self.vector_op(op)?,
            _ => return Err(unsupported(m, op, "at the loop level")),
        }
        Ok(())
    }
}

/// `{a = 1}` + `b = 2` → `{a = 1, b = 2}`.
fn merge_dict(dict: &str, entry: &str) -> String {
    match dict.strip_suffix('}') {
        Some(inner) if inner.len() > 1 => format!("{inner}, {entry}}}"),
        _ => format!("{{{entry}}}"),
    }
}

/// `array<i64: a, b>`, or `array<i64>` when empty (upstream's spelling). Entries may be
/// comma-separated lists already.
fn i64_array<S: AsRef<str>>(items: &[S]) -> String {
    let parts: Vec<&str> = items.iter().map(|s| s.as_ref()).filter(|s| !s.is_empty()).collect();
    if parts.is_empty() {
        "array<i64>".into()
    } else {
        format!("array<i64: {}>", parts.join(", "))
    }
}

/// `ui32`/`si8` → `i32`/`i8` wherever a type is spelled in `text` (after `:`, `x`, `<`, `(`,
/// `,` or a space, before a non-identifier character).
fn signless(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        let starts = (b[i] == b'u' || b[i] == b's')
            && b.get(i + 1) == Some(&b'i')
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
            && (i == 0 || matches!(b[i - 1], b':' | b'x' | b'<' | b'(' | b',' | b' '));
        if starts {
            let mut j = i + 2;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if j == b.len() || !(b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                out.push('i');
                out.push_str(&text[i + 2..j]);
                i = j;
                continue;
            }
        }
        out.push(b[i] as char);
        i += 1;
    }
    out
}
