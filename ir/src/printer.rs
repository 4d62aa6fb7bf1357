//! The MLIR textual printer: generic form for every op, custom forms through each op's print
//! hook, and the printers of types, attributes and locations.

use crate::attrs::{Attr, AttrKind, DenseArray, DenseData, Loc};
use crate::context::Context;
use crate::float::format_float;
use crate::lexer::escape_into;
use crate::module::{BlockId, Module, OpId, RegionId, Value, ValueDef};
use crate::registry::Traits;
use crate::types::{Dim, DimOp, Signedness, Type, TypeKind};
use std::fmt::Write;

/// Printer settings.
#[derive(Copy, Clone, Debug, Default)]
pub struct PrintOptions {
    /// Print every op in the generic form.
    pub generic: bool,
    /// Print locations (`loc(...)`) on ops and block arguments.
    pub debug_info: bool,
    /// Print non-splat dense constants with more elements than this as
    /// `dense_resource<__elided__>` (mlir-opt's `--mlir-elide-elementsattrs-if-larger`).
    pub elide_elements_above: Option<usize>,
}

thread_local! {
    /// The elision limit of the print in progress on this thread. Attributes are printed by
    /// free functions that dialects' custom printers call without the options, so the limit
    /// travels beside them for the duration of `print_op`.
    static ELIDE_ABOVE: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
}

const ARG_BIT: u32 = 1 << 31;
const UNNAMED: u32 = u32::MAX;
/// Non-splat constants with more elements than this print as a hex blob (as MLIR does).
const HEX_THRESHOLD: usize = 100;

/// The printer state handed to custom print hooks.
pub struct OpPrinter<'a> {
    m: &'a Module,
    ctx: &'a Context,
    /// The text printed so far.
    pub out: String,
    opts: PrintOptions,
    indent: usize,
    names: Vec<u32>,
    block_ids: Vec<u32>,
    default_dialect: Vec<&'static str>,
}

/// Prints `op` (usually the module root) and everything nested in it.
pub fn print_op(m: &Module, op: OpId, opts: PrintOptions) -> String {
    let saved = ELIDE_ABOVE.with(|e| e.replace(opts.elide_elements_above));
    let mut p = OpPrinter::new(m, opts);
    p.number_op_regions(op, 0, 0);
    p.print_operation(op);
    p.out.push('\n');
    ELIDE_ABOVE.with(|e| e.set(saved));
    p.out
}

/// Prints the whole module.
pub fn print_module(m: &Module, opts: PrintOptions) -> String {
    print_op(m, m.root(), opts)
}

impl<'a> OpPrinter<'a> {
    fn new(m: &'a Module, opts: PrintOptions) -> Self {
        OpPrinter {
            m,
            ctx: m.ctx(),
            out: String::with_capacity(4096),
            opts,
            indent: 0,
            names: Vec::new(),
            block_ids: Vec::new(),
            default_dialect: Vec::new(),
        }
    }

    // ----- naming -----

    fn set_name(&mut self, v: Value, n: u32) {
        let i = v.index();
        if self.names.len() <= i {
            self.names.resize(i + 1, UNNAMED);
        }
        self.names[i] = n;
    }
    fn set_block_id(&mut self, b: BlockId, n: u32) {
        let i = b.index();
        if self.block_ids.len() <= i {
            self.block_ids.resize(i + 1, UNNAMED);
        }
        self.block_ids[i] = n;
    }

    /// Numbers the values and blocks inside `op`'s regions. Isolated ops restart numbering;
    /// sibling regions reuse numbers (their names are out of each other's scope).
    fn number_op_regions(&mut self, op: OpId, next_value: u32, next_arg: u32) {
        let m = self.m;
        let isolated = m.has_trait(op, Traits::ISOLATED_FROM_ABOVE);
        for &r in m.regions(op) {
            let (mut nv, mut na) = if isolated { (0, 0) } else { (next_value, next_arg) };
            self.number_region(r, &mut nv, &mut na);
        }
    }
    fn number_region(&mut self, r: RegionId, nv: &mut u32, na: &mut u32) {
        let m = self.m;
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            for (bi, &b) in m.region_blocks(r).iter().enumerate() {
                self.set_block_id(b, bi as u32);
                for &a in m.block_args(b) {
                    if bi == 0 {
                        self.set_name(a, ARG_BIT | *na);
                        *na += 1;
                    } else {
                        self.set_name(a, *nv);
                        *nv += 1;
                    }
                }
                for op in m.block_ops(b) {
                    if m.num_results(op) > 0 {
                        let n = *nv;
                        *nv += 1;
                        for res in m.results(op) {
                            self.set_name(res, n);
                        }
                    }
                    if !m.regions(op).is_empty() {
                        self.number_op_regions(op, *nv, *na);
                    }
                }
            }
        })
    }

    // ----- hooks for custom printers -----

    /// The module being printed.
    pub fn module(&self) -> &'a Module {
        self.m
    }
    pub fn ctx(&self) -> &'a Context {
        self.ctx
    }
    /// Appends raw text.
    pub fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }
    /// Prints a value reference (`%0`, `%arg1`, `%3#1`).
    pub fn operand(&mut self, v: Value) {
        let n = self.names.get(v.index()).copied().unwrap_or(UNNAMED);
        if n == UNNAMED {
            // A value outside the printed tree (e.g. printing a single nested op).
            let _ = write!(self.out, "%<<UNKNOWN SSA VALUE {}>>", v.index());
            return;
        }
        if n & ARG_BIT != 0 {
            let _ = write!(self.out, "%arg{}", n & !ARG_BIT);
            return;
        }
        let _ = write!(self.out, "%{n}");
        if let ValueDef::Result { op, index } = self.m.value_def(v) {
            if self.m.num_results(op) > 1 {
                let _ = write!(self.out, "#{index}");
            }
        }
    }
    /// Prints values separated by `, `.
    pub fn operands(&mut self, vals: impl IntoIterator<Item = Value>) {
        for (i, v) in vals.into_iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.operand(v);
        }
    }
    pub fn ty(&mut self, t: Type) {
        print_type(self.ctx, t, &mut self.out);
    }
    /// Prints types separated by `, `.
    pub fn types(&mut self, ts: impl IntoIterator<Item = Type>) {
        for (i, t) in ts.into_iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.ty(t);
        }
    }
    pub fn attr(&mut self, a: Attr) {
        print_attr(self.ctx, a, &mut self.out);
    }
    /// Prints `{...}` of the op's attributes (properties and discardable) except `elided`;
    /// nothing when none remain.
    pub fn attr_dict(&mut self, op: OpId, elided: &[&str]) {
        self.attr_dict_impl(op, elided, false)
    }
    /// As [`Self::attr_dict`], with the `attributes` keyword before the dictionary.
    pub fn attr_dict_with_keyword(&mut self, op: OpId, elided: &[&str]) {
        self.attr_dict_impl(op, elided, true)
    }
    fn attr_dict_impl(&mut self, op: OpId, elided: &[&str], keyword: bool) {
        let ctx = self.ctx;
        let mut entries: Vec<_> = ctx
            .dict_entries(self.m.props(op))
            .iter()
            .chain(ctx.dict_entries(self.m.attrs(op)))
            .filter(|e| !elided.contains(&ctx.str(e.name)))
            .copied()
            .collect();
        if entries.is_empty() {
            return;
        }
        entries.sort_by(|a, b| ctx.str(a.name).cmp(ctx.str(b.name)));
        self.out.push(' ');
        if keyword {
            self.out.push_str("attributes ");
        }
        print_dict_entries(ctx, &entries, &mut self.out);
    }
    /// Prints `@name`, quoted when needed.
    pub fn symbol(&mut self, name: &str) {
        self.out.push('@');
        print_ident_or_string(name, &mut self.out);
    }
    /// Prints ` loc(...)` when locations are enabled.
    pub fn loc_suffix(&mut self, loc: Attr) {
        if self.opts.debug_info {
            self.out.push(' ');
            print_loc(self.ctx, loc, &mut self.out);
        }
    }
    /// Prints a block label `^bbN`.
    pub fn successor(&mut self, b: BlockId) {
        let n = self.block_ids.get(b.index()).copied().unwrap_or(UNNAMED);
        let _ = write!(self.out, "^bb{n}");
    }
    /// Prints a region. `entry_args`: print the entry block's header even without successors.
    pub fn region(&mut self, r: RegionId, entry_args: bool) {
        let m = self.m;
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            self.out.push_str("{\n");
            self.indent += 1;
            for (bi, &b) in m.region_blocks(r).iter().enumerate() {
                // An empty block prints its label, or it would read back as no block at all.
                let header = bi > 0 || (entry_args && (!m.block_args(b).is_empty() || m.first_op(b).is_none()));
                if header {
                    self.block_header(b);
                }
                for op in m.block_ops(b) {
                    self.print_operation(op);
                    self.out.push('\n');
                }
            }
            self.indent -= 1;
            self.pad();
            self.out.push('}');
        })
    }
    fn block_header(&mut self, b: BlockId) {
        let m = self.m;
        for _ in 0..self.indent.saturating_sub(1) {
            self.out.push_str("  ");
        }
        self.successor(b);
        let args = m.block_args(b);
        if !args.is_empty() {
            self.out.push('(');
            for (i, &a) in args.iter().enumerate() {
                if i > 0 {
                    self.out.push_str(", ");
                }
                self.operand(a);
                self.out.push_str(": ");
                self.ty(m.value_type(a));
                self.loc_suffix(m.block_arg_locs(b)[i]);
            }
            self.out.push(')');
        }
        self.out.push_str(":\n");
    }
    fn pad(&mut self) {
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
    }

    // ----- ops -----

    fn print_operation(&mut self, op: OpId) {
        let m = self.m;
        self.pad();
        let nres = m.num_results(op);
        if nres > 0 {
            let r0 = m.result(op, 0);
            let n = self.names.get(r0.index()).copied().unwrap_or(UNNAMED);
            let _ = write!(self.out, "%{n}");
            if nres > 1 {
                let _ = write!(self.out, ":{nres}");
            }
            self.out.push_str(" = ");
        }
        let def = m.op_def(op);
        match def.and_then(|d| d.print) {
            Some(print) if !self.opts.generic => {
                let name = m.op_name(op);
                let short = self
                    .default_dialect
                    .last()
                    .and_then(|d| name.strip_prefix(d).and_then(|s| s.strip_prefix('.')));
                // `builtin` is the default dialect only outside ops that set their own.
                let short = short.or_else(|| {
                    if self.default_dialect.is_empty() {
                        name.strip_prefix("builtin.")
                    } else {
                        None
                    }
                });
                self.out.push_str(short.unwrap_or(name));
                let dd = def.and_then(|d| d.default_dialect);
                if let Some(d) = dd {
                    self.default_dialect.push(d);
                }
                print(self, op);
                if dd.is_some() {
                    self.default_dialect.pop();
                }
            }
            _ => self.print_generic(op),
        }
        self.loc_suffix(m.loc(op));
    }

    fn print_generic(&mut self, op: OpId) {
        let m = self.m;
        let ctx = self.ctx;
        self.out.push('"');
        escape_into(m.op_name(op), &mut self.out);
        self.out.push_str("\"(");
        self.operands(m.operands(op));
        self.out.push(')');
        let succ = m.successors(op);
        if !succ.is_empty() {
            self.out.push('[');
            for (i, &b) in succ.iter().enumerate() {
                if i > 0 {
                    self.out.push_str(", ");
                }
                self.successor(b);
            }
            self.out.push(']');
        }
        let props = ctx.dict_entries(m.props(op));
        if !props.is_empty() {
            self.out.push_str(" <");
            print_dict_entries(ctx, props, &mut self.out);
            self.out.push('>');
        }
        let regions = m.regions(op);
        if !regions.is_empty() {
            self.out.push_str(" (");
            for (i, &r) in regions.iter().enumerate() {
                if i > 0 {
                    self.out.push_str(", ");
                }
                self.region(r, true);
            }
            self.out.push(')');
        }
        let attrs = ctx.dict_entries(m.attrs(op));
        if !attrs.is_empty() {
            self.out.push(' ');
            print_dict_entries(ctx, attrs, &mut self.out);
        }
        self.out.push_str(" : (");
        self.types(m.operands(op).map(|v| m.value_type(v)));
        self.out.push_str(") -> ");
        let results: Vec<Type> = m.results(op).map(|v| m.value_type(v)).collect();
        print_result_types(ctx, &results, &mut self.out);
    }
}

/// Prints `T`, or `(T, U)` / `()` when parentheses are needed.
pub fn print_result_types(ctx: &Context, results: &[Type], out: &mut String) {
    if results.len() == 1 && !matches!(ctx.ty(results[0]), TypeKind::Function { .. }) {
        print_type(ctx, results[0], out);
    } else {
        out.push('(');
        for (i, &t) in results.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            print_type(ctx, t, out);
        }
        out.push(')');
    }
}

fn is_bare_ident(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && (b[0].is_ascii_alphabetic() || b[0] == b'_')
        && b.iter()
            .all(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c == b'.')
}

fn print_ident_or_string(s: &str, out: &mut String) {
    if is_bare_ident(s) {
        out.push_str(s);
    } else {
        out.push('"');
        escape_into(s, out);
        out.push('"');
    }
}

fn print_dict_entries(ctx: &Context, entries: &[crate::attrs::NamedAttr], out: &mut String) {
    out.push('{');
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        print_ident_or_string(ctx.str(e.name), out);
        if !matches!(ctx.attr(e.value), AttrKind::Unit) {
            out.push_str(" = ");
            print_attr(ctx, e.value, out);
        }
    }
    out.push('}');
}

/// A type as text.
pub fn type_to_string(ctx: &Context, t: Type) -> String {
    let mut s = String::new();
    print_type(ctx, t, &mut s);
    s
}

/// An attribute as text.
pub fn attr_to_string(ctx: &Context, a: Attr) -> String {
    let mut s = String::new();
    print_attr(ctx, a, &mut s);
    s
}

fn print_dims(ctx: &Context, dims: &[Dim], out: &mut String) {
    for d in dims {
        print_dim(ctx, d, out);
        out.push('x');
    }
}

/// Prints one dimension: `4`, `?`, `N`, `(N*2)`.
pub fn print_dim(ctx: &Context, d: &Dim, out: &mut String) {
    match d {
        Dim::Const(c) => {
            let _ = write!(out, "{c}");
        }
        Dim::Dynamic => out.push('?'),
        Dim::Sym(s) => {
            let name = ctx.str(*s);
            if is_bare_dim_symbol(name) {
                out.push_str(name);
            } else {
                out.push('(');
                out.push_str(name);
                out.push(')');
            }
        }
        Dim::Expr(_) => {
            out.push('(');
            print_dim_expr(ctx, d, 0, out);
            out.push(')');
        }
    }
}

/// A symbol that can stand bare in a shape: an uppercase start and no lowercase `x` (which
/// separates dimensions).
pub fn is_bare_dim_symbol(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_uppercase()
        && b.iter().all(|&c| (c.is_ascii_alphanumeric() || c == b'_') && c != b'x')
}

fn print_dim_expr(ctx: &Context, d: &Dim, parent_prec: u8, out: &mut String) {
    match d {
        Dim::Expr(e) => {
            let p = e.op.precedence();
            let paren = p < parent_prec;
            if paren {
                out.push('(');
            }
            print_dim_expr(ctx, &e.lhs, p, out);
            out.push_str(e.op.symbol());
            // Right operands of non-associative ops need parentheses at equal precedence.
            let rp = if matches!(e.op, DimOp::Sub | DimOp::Div | DimOp::Mod) {
                p + 1
            } else {
                p
            };
            print_dim_expr(ctx, &e.rhs, rp, out);
            if paren {
                out.push(')');
            }
        }
        Dim::Sym(s) => out.push_str(ctx.str(*s)),
        Dim::Const(c) => {
            let _ = write!(out, "{c}");
        }
        Dim::Dynamic => out.push('?'),
    }
}

/// Prints a type.
pub fn print_type(ctx: &Context, t: Type, out: &mut String) {
    match ctx.ty(t) {
        TypeKind::Integer { width, signedness } => {
            let p = match signedness {
                Signedness::Signless => "i",
                Signedness::Signed => "si",
                Signedness::Unsigned => "ui",
            };
            let _ = write!(out, "{p}{width}");
        }
        TypeKind::Index => out.push_str("index"),
        TypeKind::Float(k) => out.push_str(k.keyword()),
        TypeKind::None => out.push_str("none"),
        TypeKind::Function { inputs, results } => {
            out.push('(');
            for (i, &t) in inputs.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                print_type(ctx, t, out);
            }
            out.push_str(") -> ");
            print_result_types(ctx, results, out);
        }
        TypeKind::Tensor { shape, elem, encoding } => {
            out.push_str("tensor<");
            match shape {
                Some(s) => print_dims(ctx, s, out),
                None => out.push_str("*x"),
            }
            print_type(ctx, *elem, out);
            if let Some(e) = encoding {
                out.push_str(", ");
                print_attr(ctx, *e, out);
            }
            out.push('>');
        }
        TypeKind::MemRef {
            shape,
            elem,
            layout,
            memory_space,
        } => {
            out.push_str("memref<");
            match shape {
                Some(s) => print_dims(ctx, s, out),
                None => out.push_str("*x"),
            }
            print_type(ctx, *elem, out);
            for a in [layout, memory_space].into_iter().flatten() {
                out.push_str(", ");
                print_attr(ctx, *a, out);
            }
            out.push('>');
        }
        TypeKind::Vector { shape, scalable, elem } => {
            out.push_str("vector<");
            for (d, s) in shape.iter().zip(scalable.iter()) {
                if *s {
                    let _ = write!(out, "[{d}]x");
                } else {
                    let _ = write!(out, "{d}x");
                }
            }
            print_type(ctx, *elem, out);
            out.push('>');
        }
        TypeKind::Tuple(ts) => {
            out.push_str("tuple<");
            for (i, &t) in ts.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                print_type(ctx, t, out);
            }
            out.push('>');
        }
        TypeKind::Complex(e) => {
            out.push_str("complex<");
            print_type(ctx, *e, out);
            out.push('>');
        }
        TypeKind::Dialect { dialect, body } => {
            out.push('!');
            out.push_str(ctx.str(*dialect));
            out.push_str(body);
        }
    }
}

/// Prints an attribute.
pub fn print_attr(ctx: &Context, a: Attr, out: &mut String) {
    stacker::maybe_grow(32 * 1024, 1024 * 1024, || print_attr_inner(ctx, a, out))
}

fn print_attr_inner(ctx: &Context, a: Attr, out: &mut String) {
    match ctx.attr(a) {
        AttrKind::Unit => out.push_str("unit"),
        AttrKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        AttrKind::Integer { value, ty } => {
            let _ = write!(out, "{value} : ");
            print_type(ctx, *ty, out);
        }
        AttrKind::Float { bits, ty } => {
            if let TypeKind::Float(k) = ctx.ty(*ty) {
                format_float(*bits, *k, out);
            }
            out.push_str(" : ");
            print_type(ctx, *ty, out);
        }
        AttrKind::String { value, ty } => {
            out.push('"');
            escape_into(value, out);
            out.push('"');
            if let Some(t) = ty {
                out.push_str(" : ");
                print_type(ctx, *t, out);
            }
        }
        AttrKind::Array(items) => {
            out.push('[');
            for (i, &it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                print_attr(ctx, it, out);
            }
            out.push(']');
        }
        AttrKind::DenseArray { elem, values } => {
            out.push_str("array<");
            print_type(ctx, *elem, out);
            let is_bool = ctx.bit_width(*elem) == Some(1);
            let n = match values {
                DenseArray::Int(v) => v.len(),
                DenseArray::Float(v) => v.len(),
            };
            if n > 0 {
                out.push_str(": ");
            }
            for i in 0..n {
                if i > 0 {
                    out.push_str(", ");
                }
                match values {
                    DenseArray::Int(v) if is_bool => out.push_str(if v[i] != 0 { "true" } else { "false" }),
                    DenseArray::Int(v) => {
                        let _ = write!(out, "{}", v[i]);
                    }
                    DenseArray::Float(v) => {
                        format_float(v[i], crate::types::FloatKind::F64, out);
                    }
                }
            }
            out.push('>');
        }
        AttrKind::Dictionary(entries) => print_dict_entries(ctx, entries, out),
        AttrKind::Type(t) => print_type(ctx, *t, out),
        AttrKind::SymbolRef { root, nested } => {
            out.push('@');
            print_ident_or_string(ctx.str(*root), out);
            for n in nested.iter() {
                out.push_str("::@");
                print_ident_or_string(ctx.str(*n), out);
            }
        }
        AttrKind::Dense { ty, data } => {
            let elems = ctx.ty(*ty).shape().and_then(|s| {
                s.iter()
                    .try_fold(1u64, |n, d| d.as_const().and_then(|c| n.checked_mul(c as u64)))
            });
            if !data.splat
                && ELIDE_ABOVE
                    .with(|e| e.get())
                    .is_some_and(|k| elems.is_some_and(|n| n > k as u64))
            {
                out.push_str("dense_resource<__elided__> : ");
                print_type(ctx, *ty, out);
                return;
            }
            out.push_str("dense<");
            print_dense(ctx, *ty, data, out);
            out.push_str("> : ");
            print_type(ctx, *ty, out);
        }
        AttrKind::Dialect { dialect, body } => {
            out.push('#');
            out.push_str(ctx.str(*dialect));
            out.push_str(body);
        }
        AttrKind::Verbatim(s) => out.push_str(s),
        AttrKind::Location(_) => print_loc(ctx, a, out),
    }
}

/// Element bytes of a dense constant decoded as text, MLIR-style.
fn print_dense(ctx: &Context, ty: Type, data: &DenseData, out: &mut String) {
    let k = ctx.ty(ty);
    let elem = k.element_type().unwrap_or(ty);
    let width = ctx.bit_width(elem).unwrap_or(8);
    let ew = width.div_ceil(8).max(1) as usize;
    let n = data.bytes.len() / ew;
    if !data.splat && n > HEX_THRESHOLD && width > 1 {
        out.push_str("\"0x");
        for b in data.bytes.iter() {
            let _ = write!(out, "{b:02X}");
        }
        out.push('"');
        return;
    }
    let elem_str = |i: usize, out: &mut String| {
        let chunk = &data.bytes[i * ew..(i + 1) * ew];
        let mut raw = [0u8; 8];
        raw[..ew.min(8)].copy_from_slice(&chunk[..ew.min(8)]);
        let bits = u64::from_le_bytes(raw);
        match ctx.ty(elem) {
            TypeKind::Float(fk) => format_float(bits, *fk, out),
            TypeKind::Integer { width: 1, .. } => out.push_str(if bits & 1 != 0 { "true" } else { "false" }),
            TypeKind::Integer { width, signedness } => {
                let w = *width;
                if *signedness == Signedness::Unsigned {
                    let _ = write!(out, "{bits}");
                } else {
                    // Sign-extend from the element width.
                    let v = if w < 64 {
                        ((bits << (64 - w)) as i64) >> (64 - w)
                    } else {
                        bits as i64
                    };
                    let _ = write!(out, "{v}");
                }
            }
            TypeKind::Index => {
                let _ = write!(out, "{}", bits as i64);
            }
            _ => {
                let _ = write!(out, "{bits}");
            }
        }
    };
    if data.splat {
        elem_str(0, out);
        return;
    }
    let shape: Vec<usize> = k
        .shape()
        .map(|s| s.iter().map(|d| d.as_const().unwrap_or(0) as usize).collect())
        .unwrap_or_else(|| match k {
            TypeKind::Vector { shape, .. } => shape.iter().map(|&d| d as usize).collect(),
            _ => vec![n],
        });
    if shape.is_empty() {
        elem_str(0, out);
        return;
    }
    // Print nested brackets by walking the flat index.
    let mut idx = 0usize;
    fn rec(shape: &[usize], idx: &mut usize, out: &mut String, f: &dyn Fn(usize, &mut String)) {
        out.push('[');
        for i in 0..shape[0] {
            if i > 0 {
                out.push_str(", ");
            }
            if shape.len() == 1 {
                f(*idx, out);
                *idx += 1;
            } else {
                rec(&shape[1..], idx, out, f);
            }
        }
        out.push(']');
    }
    rec(&shape, &mut idx, out, &elem_str);
}

/// Prints a location as `loc(...)`.
pub fn print_loc(ctx: &Context, a: Attr, out: &mut String) {
    out.push_str("loc(");
    print_loc_inner(ctx, a, out);
    out.push(')');
}

fn print_loc_inner(ctx: &Context, a: Attr, out: &mut String) {
    let AttrKind::Location(l) = ctx.attr(a) else {
        out.push_str("unknown");
        return;
    };
    match l {
        Loc::Unknown => out.push_str("unknown"),
        Loc::File { file, line, col, end } => {
            out.push('"');
            escape_into(ctx.str(*file), out);
            let _ = write!(out, "\":{line}:{col}");
            match end {
                Some((el, ec)) if el == line => {
                    let _ = write!(out, " to :{ec}");
                }
                Some((el, ec)) => {
                    let _ = write!(out, " to {el}:{ec}");
                }
                None => {}
            }
        }
        Loc::Name { name, child } => {
            out.push('"');
            escape_into(name, out);
            out.push('"');
            if let Some(c) = child {
                out.push('(');
                print_loc_inner(ctx, *c, out);
                out.push(')');
            }
        }
        Loc::CallSite { callee, caller } => {
            out.push_str("callsite(");
            print_loc_inner(ctx, *callee, out);
            out.push_str(" at ");
            print_loc_inner(ctx, *caller, out);
            out.push(')');
        }
        Loc::Fused { locs, metadata } => {
            out.push_str("fused");
            if let Some(md) = metadata {
                out.push('<');
                print_attr(ctx, *md, out);
                out.push('>');
            }
            out.push('[');
            for (i, &l) in locs.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                print_loc_inner(ctx, l, out);
            }
            out.push(']');
        }
    }
}
