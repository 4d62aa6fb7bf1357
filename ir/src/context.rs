//! The context: interned strings, types and attributes, and the registry of dialects and ops.
//!
//! A context is built, given its dialects (`&mut self`), then shared (`Arc<Context>`). Interning
//! works through `&self` from any thread; reading interned data takes no lock.

use crate::attrs::{Attr, AttrKind, DenseArray, DenseData, Loc, NamedAttr};
use crate::intern::Interner;
use crate::registry::{DialectDef, OpDef};
use crate::types::{Dim, FloatKind, Signedness, Type, TypeKind};
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// An interned string (identifier, op name, attribute name, symbol).
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Sym(pub(crate) u32);

/// Owner of interned data and of the dialect registry.
pub struct Context {
    strings: Interner<Box<str>>,
    types: Interner<TypeKind>,
    attrs: Interner<AttrKind>,
    dialects: FxHashMap<Sym, Arc<DialectDef>>,
    op_defs: Vec<Arc<OpDef>>,
    op_index: FxHashMap<Sym, u32>,
    /// Passes registered by the embedder, named in pipelines next to Kiln's own.
    passes: crate::pass::PassRegistry,
    common: Common,
}

/// Handles created once per context so hot paths never intern them again.
#[derive(Copy, Clone)]
struct Common {
    i1: Type,
    i32: Type,
    i64: Type,
    index: Type,
    f32: Type,
    f64: Type,
    none: Type,
    unit: Attr,
    unknown_loc: Attr,
    empty_dict: Attr,
}

/// The registered dialects and passes (the interned tables are too large to be useful).
impl std::fmt::Debug for Context {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut dialects: Vec<&str> = self.dialects().map(|d| d.name.as_str()).collect();
        dialects.sort_unstable();
        let passes: Vec<&str> = self.passes.iter().map(|p| p.argument).collect();
        f.debug_struct("Context")
            .field("dialects", &dialects)
            .field("passes", &passes)
            .finish_non_exhaustive()
    }
}

impl Default for Context {
    fn default() -> Self {
        Self::new()
    }
}

impl Context {
    /// A context with the `builtin` dialect registered.
    pub fn new() -> Self {
        let strings = Interner::new();
        let types = Interner::new();
        let attrs = Interner::new();
        let mk_int = |w| {
            Type(types.intern(
                &TypeKind::Integer {
                    width: w,
                    signedness: Signedness::Signless,
                },
                || TypeKind::Integer {
                    width: w,
                    signedness: Signedness::Signless,
                },
            ))
        };
        let i1 = mk_int(1);
        let i32 = mk_int(32);
        let i64 = mk_int(64);
        let index = Type(types.intern(&TypeKind::Index, || TypeKind::Index));
        let f32 = Type(types.intern(&TypeKind::Float(FloatKind::F32), || TypeKind::Float(FloatKind::F32)));
        let f64 = Type(types.intern(&TypeKind::Float(FloatKind::F64), || TypeKind::Float(FloatKind::F64)));
        let none = Type(types.intern(&TypeKind::None, || TypeKind::None));
        let unit = Attr(attrs.intern(&AttrKind::Unit, || AttrKind::Unit));
        let unknown_loc = Attr(attrs.intern(&AttrKind::Location(Loc::Unknown), || AttrKind::Location(Loc::Unknown)));
        let empty: Box<[NamedAttr]> = Box::new([]);
        let empty_dict = Attr(attrs.intern(&AttrKind::Dictionary(empty.clone()), || AttrKind::Dictionary(empty)));
        let mut ctx = Context {
            strings,
            types,
            attrs,
            dialects: FxHashMap::default(),
            op_defs: Vec::new(),
            op_index: FxHashMap::default(),
            passes: crate::pass::PassRegistry::new(),
            common: Common {
                i1,
                i32,
                i64,
                index,
                f32,
                f64,
                none,
                unit,
                unknown_loc,
                empty_dict,
            },
        };
        ctx.register_dialect(crate::builtin::dialect());
        ctx
    }

    // ----- strings -----

    /// Interns a string.
    pub fn sym(&self, s: &str) -> Sym {
        Sym(self.strings.intern(s, || s.into()))
    }
    /// The text of an interned string.
    #[inline]
    pub fn str(&self, s: Sym) -> &str {
        self.strings.get(s.0)
    }

    // ----- types -----

    /// Interns a type.
    pub fn intern_type(&self, kind: TypeKind) -> Type {
        // Dimension expressions are stored in canonical form, so equal shapes are one type.
        let kind = match kind {
            TypeKind::Tensor {
                shape: Some(s),
                elem,
                encoding,
            } if s.iter().any(|d| matches!(d, Dim::Expr(_))) => TypeKind::Tensor {
                shape: Some(self.canonical_dims(&s)),
                elem,
                encoding,
            },
            TypeKind::MemRef {
                shape: Some(s),
                elem,
                layout,
                memory_space,
            } if s.iter().any(|d| matches!(d, Dim::Expr(_))) => TypeKind::MemRef {
                shape: Some(self.canonical_dims(&s)),
                elem,
                layout,
                memory_space,
            },
            k => k,
        };
        Type(self.types.intern_owned(kind))
    }

    fn canonical_dims(&self, dims: &[Dim]) -> Box<[Dim]> {
        dims.iter().map(|d| crate::dim::simplify(self, d)).collect()
    }
    /// The structure of a type.
    #[inline]
    pub fn ty(&self, t: Type) -> &TypeKind {
        self.types.get(t.0)
    }
    /// Signless integer type of `width` bits.
    pub fn int_type(&self, width: u32) -> Type {
        match width {
            1 => self.common.i1,
            32 => self.common.i32,
            64 => self.common.i64,
            _ => self.intern_type(TypeKind::Integer {
                width,
                signedness: Signedness::Signless,
            }),
        }
    }
    pub fn i1(&self) -> Type {
        self.common.i1
    }
    pub fn i32(&self) -> Type {
        self.common.i32
    }
    pub fn i64(&self) -> Type {
        self.common.i64
    }
    pub fn index_type(&self) -> Type {
        self.common.index
    }
    pub fn f32(&self) -> Type {
        self.common.f32
    }
    pub fn f64(&self) -> Type {
        self.common.f64
    }
    pub fn none_type(&self) -> Type {
        self.common.none
    }
    /// A float type.
    pub fn float_type(&self, k: FloatKind) -> Type {
        self.intern_type(TypeKind::Float(k))
    }
    /// `(inputs) -> results`.
    pub fn function_type(&self, inputs: &[Type], results: &[Type]) -> Type {
        self.intern_type(TypeKind::Function {
            inputs: inputs.into(),
            results: results.into(),
        })
    }
    /// A ranked tensor type.
    pub fn tensor_type(&self, shape: Vec<Dim>, elem: Type) -> Type {
        self.intern_type(TypeKind::Tensor {
            shape: Some(shape.into()),
            elem,
            encoding: None,
        })
    }
    /// A ranked memref (buffer) type with the default layout.
    pub fn memref_type(&self, shape: Vec<Dim>, elem: Type) -> Type {
        self.intern_type(TypeKind::MemRef {
            shape: Some(shape.into()),
            elem,
            layout: None,
            memory_space: None,
        })
    }
    /// A fixed-width vector type.
    pub fn vector_type(&self, shape: &[u64], elem: Type) -> Type {
        self.intern_type(TypeKind::Vector {
            shape: shape.into(),
            scalable: vec![false; shape.len()].into(),
            elem,
        })
    }
    /// Bit width of an integer or float type (index counts as 64).
    pub fn bit_width(&self, t: Type) -> Option<u32> {
        match self.ty(t) {
            TypeKind::Integer { width, .. } => Some(*width),
            TypeKind::Index => Some(64),
            TypeKind::Float(k) => Some(k.width()),
            _ => None,
        }
    }

    // ----- attributes -----

    /// Interns an attribute.
    pub fn intern_attr(&self, kind: AttrKind) -> Attr {
        Attr(self.attrs.intern_owned(kind))
    }
    /// The structure of an attribute.
    #[inline]
    pub fn attr(&self, a: Attr) -> &AttrKind {
        self.attrs.get(a.0)
    }
    pub fn unit_attr(&self) -> Attr {
        self.common.unit
    }
    pub fn bool_attr(&self, b: bool) -> Attr {
        self.intern_attr(AttrKind::Bool(b))
    }
    /// `value : ty`.
    pub fn int_attr(&self, value: i128, ty: Type) -> Attr {
        self.intern_attr(AttrKind::Integer { value, ty })
    }
    /// A float attribute from an `f64` value rounded to `ty`.
    pub fn float_attr(&self, value: f64, ty: Type) -> Attr {
        let bits = match self.ty(ty) {
            TypeKind::Float(k) => crate::float::f64_to_bits(value, *k),
            _ => value.to_bits(),
        };
        self.intern_attr(AttrKind::Float { bits, ty })
    }
    pub fn str_attr(&self, s: &str) -> Attr {
        self.intern_attr(AttrKind::String {
            value: s.into(),
            ty: None,
        })
    }
    pub fn type_attr(&self, t: Type) -> Attr {
        self.intern_attr(AttrKind::Type(t))
    }
    pub fn array_attr(&self, items: &[Attr]) -> Attr {
        self.intern_attr(AttrKind::Array(items.into()))
    }
    /// `array<i64: ...>`.
    pub fn i64_array_attr(&self, items: &[i64]) -> Attr {
        self.intern_attr(AttrKind::DenseArray {
            elem: self.i64(),
            values: DenseArray::Int(items.into()),
        })
    }
    /// `@name`.
    pub fn symbol_ref(&self, name: &str) -> Attr {
        self.intern_attr(AttrKind::SymbolRef {
            root: self.sym(name),
            nested: Box::new([]),
        })
    }
    /// A dictionary; entries are sorted by name, a later duplicate replaces an earlier one.
    pub fn dict_attr(&self, entries: impl IntoIterator<Item = (Sym, Attr)>) -> Attr {
        let mut v: Vec<NamedAttr> = entries
            .into_iter()
            .map(|(name, value)| NamedAttr { name, value })
            .collect();
        if v.is_empty() {
            return self.common.empty_dict;
        }
        self.sort_named(&mut v);
        self.intern_attr(AttrKind::Dictionary(v.into()))
    }
    /// Sorts dictionary entries by name and keeps the last of duplicates.
    pub(crate) fn sort_named(&self, v: &mut Vec<NamedAttr>) {
        // Stable sort keeps insertion order among duplicates; keep the last one.
        v.sort_by(|a, b| self.str(a.name).cmp(self.str(b.name)));
        let mut out: Vec<NamedAttr> = Vec::with_capacity(v.len());
        for e in v.drain(..) {
            match out.last_mut() {
                Some(last) if last.name == e.name => *last = e,
                _ => out.push(e),
            }
        }
        *v = out;
    }
    pub fn empty_dict(&self) -> Attr {
        self.common.empty_dict
    }
    /// The entries of a dictionary attribute (empty for anything else).
    pub fn dict_entries(&self, a: Attr) -> &[NamedAttr] {
        match self.attr(a) {
            AttrKind::Dictionary(v) => v,
            _ => &[],
        }
    }
    /// Looks `name` up in a dictionary attribute.
    pub fn dict_get(&self, dict: Attr, name: &str) -> Option<Attr> {
        self.dict_entries(dict)
            .iter()
            .find(|e| self.str(e.name) == name)
            .map(|e| e.value)
    }
    /// A copy of `dict` with `name` set to `value` (or removed when `value` is `None`).
    pub fn dict_with(&self, dict: Attr, name: Sym, value: Option<Attr>) -> Attr {
        let mut v: Vec<(Sym, Attr)> = self
            .dict_entries(dict)
            .iter()
            .filter(|e| e.name != name)
            .map(|e| (e.name, e.value))
            .collect();
        if let Some(value) = value {
            v.push((name, value));
        }
        self.dict_attr(v)
    }
    /// `dense<...>` from raw element bytes; detects splats so equal constants are one attribute.
    pub fn dense_attr(&self, ty: Type, bytes: Vec<u8>) -> Attr {
        let elem = self.ty(ty).element_type().unwrap_or(ty);
        let ew = self.bit_width(elem).map(|w| w.div_ceil(8) as usize).unwrap_or(1).max(1);
        let splat = bytes.len() == ew || (bytes.len() > ew && bytes.chunks(ew).all(|c| c == &bytes[..ew]));
        let bytes = if splat && bytes.len() >= ew {
            bytes[..ew].to_vec()
        } else {
            bytes
        };
        self.intern_attr(AttrKind::Dense {
            ty,
            data: DenseData {
                splat,
                bytes: bytes.into(),
            },
        })
    }
    /// The raw bits of element `i` of a dense payload of `elem`s (a splat answers every `i`).
    /// None past the end of the payload or for an element type without a bit width.
    pub fn dense_bits(&self, elem: Type, data: &DenseData, i: usize) -> Option<u64> {
        let ew = (self.bit_width(elem)?.div_ceil(8) as usize).max(1);
        let at = if data.splat { 0 } else { i.checked_mul(ew)? };
        let bytes = data.bytes.get(at..at + ew.min(8))?;
        let mut raw = [0u8; 8];
        raw[..bytes.len()].copy_from_slice(bytes);
        Some(u64::from_le_bytes(raw))
    }
    /// Element bits of type `elem` as f64: floats by value, integers sign-extended from their width.
    pub fn bits_as_f64(&self, elem: Type, bits: u64) -> Option<f64> {
        match self.ty(elem) {
            TypeKind::Float(k) => Some(crate::float::bits_to_f64(bits, *k)),
            _ => self.bits_as_i64(elem, bits).map(|v| v as f64),
        }
    }
    /// Integer element bits of type `elem`, sign-extended from their width (index is 64 bits).
    pub fn bits_as_i64(&self, elem: Type, bits: u64) -> Option<i64> {
        let width = match self.ty(elem) {
            TypeKind::Integer { width, .. } if (1..=64).contains(width) => *width,
            TypeKind::Index => 64,
            _ => return None,
        };
        let s = 64 - width;
        Some(((bits << s) as i64) >> s)
    }
    /// The integer value of an integer or bool attribute.
    pub fn attr_int(&self, a: Attr) -> Option<i128> {
        match self.attr(a) {
            AttrKind::Integer { value, .. } => Some(*value),
            AttrKind::Bool(b) => Some(*b as i128),
            _ => None,
        }
    }
    /// The value of a float attribute (exact: the bits are read in their own format), or of
    /// an integer one as a float.
    pub fn attr_f64(&self, a: Attr) -> Option<f64> {
        match self.attr(a) {
            AttrKind::Float { bits, ty } => match self.ty(*ty) {
                TypeKind::Float(k) => Some(crate::float::bits_to_f64(*bits, *k)),
                _ => None,
            },
            AttrKind::Integer { value, .. } => Some(*value as f64),
            _ => None,
        }
    }
    /// The text of a string attribute.
    pub fn attr_str(&self, a: Attr) -> Option<&str> {
        match self.attr(a) {
            AttrKind::String { value, .. } => Some(value),
            _ => None,
        }
    }
    /// The type held by a type attribute.
    pub fn attr_type(&self, a: Attr) -> Option<Type> {
        match self.attr(a) {
            AttrKind::Type(t) => Some(*t),
            _ => None,
        }
    }

    // ----- locations -----

    /// `loc(unknown)`.
    pub fn unknown_loc(&self) -> Attr {
        self.common.unknown_loc
    }
    /// Interns a location.
    pub fn loc(&self, l: Loc) -> Attr {
        self.intern_attr(AttrKind::Location(l))
    }
    /// `"file":line:col`.
    pub fn file_loc(&self, file: &str, line: u32, col: u32) -> Attr {
        self.loc(Loc::File {
            file: self.sym(file),
            line,
            col,
            end: None,
        })
    }
    /// The first `file:line:col` inside a location (looking through names, call sites and fusions).
    pub fn file_line_col(&self, loc: Attr) -> Option<(&str, u32, u32)> {
        let mut stack = vec![loc];
        while let Some(l) = stack.pop() {
            match self.attr(l) {
                AttrKind::Location(Loc::File { file, line, col, .. }) => return Some((self.str(*file), *line, *col)),
                AttrKind::Location(Loc::Name { child: Some(c), .. }) => stack.push(*c),
                AttrKind::Location(Loc::CallSite { callee, .. }) => stack.push(*callee),
                AttrKind::Location(Loc::Fused { locs, .. }) => stack.extend(locs.iter().rev()),
                _ => {}
            }
        }
        None
    }

    // ----- registry -----

    /// Registers a dialect and its ops. Registering the same name again replaces the ops.
    pub fn register_dialect(&mut self, d: DialectDef) {
        let dname = self.sym(&d.name);
        for op in &d.ops {
            let name = self.sym(&op.name);
            let def = Arc::new(op.clone());
            match self.op_index.get(&name) {
                Some(&i) => self.op_defs[i as usize] = def,
                None => {
                    self.op_index.insert(name, self.op_defs.len() as u32);
                    self.op_defs.push(def);
                }
            }
        }
        self.dialects.insert(dname, Arc::new(d));
    }
    /// Registers a pass (from its `declare_pass!` declaration's `info()`), so that textual
    /// pipelines run on modules of this context can name it: `kiln::run_pipeline`, the
    /// engine's tier pipelines, `NativeModule::compile`. A pass of the same name replaces the
    /// earlier one; Kiln's own passes are found when no registered pass has the name.
    pub fn register_pass(&mut self, info: crate::pass::PassInfo) {
        self.passes.register(info);
    }
    /// The passes registered with [`Context::register_pass`].
    pub fn passes(&self) -> &crate::pass::PassRegistry {
        &self.passes
    }
    /// A registered dialect.
    pub fn dialect(&self, name: &str) -> Option<&DialectDef> {
        let s = self.strings_lookup(name)?;
        self.dialects.get(&s).map(|d| &**d)
    }
    pub(crate) fn dialect_by_sym(&self, s: Sym) -> Option<&DialectDef> {
        self.dialects.get(&s).map(|d| &**d)
    }
    /// All registered dialects.
    pub fn dialects(&self) -> impl Iterator<Item = &DialectDef> {
        self.dialects.values().map(|d| &**d)
    }
    fn strings_lookup(&self, s: &str) -> Option<Sym> {
        Some(self.sym(s))
    }
    /// Index of a registered op definition (stored in each op so lookups are a vector index).
    pub(crate) fn op_def_index(&self, name: Sym) -> Option<u32> {
        self.op_index.get(&name).copied()
    }
    #[inline]
    pub(crate) fn op_def_at(&self, i: u32) -> &OpDef {
        &self.op_defs[i as usize]
    }
    /// The definition of a registered op.
    pub fn op_def(&self, name: &str) -> Option<&OpDef> {
        self.op_def_index(self.sym(name)).map(|i| self.op_def_at(i))
    }
    /// All registered op definitions.
    pub fn op_defs(&self) -> impl Iterator<Item = &OpDef> {
        self.op_defs.iter().map(|d| &**d)
    }
    /// Number of interned types and attributes (for statistics).
    pub fn interned_counts(&self) -> (usize, usize, usize) {
        (self.strings.len(), self.types.len(), self.attrs.len())
    }
}
