//! Attributes: handles into the context's attribute table, and their structure. Locations are
//! attributes too (as in MLIR), so they are interned and compared by handle.

use crate::context::Sym;
use crate::types::Type;

/// An interned attribute. Cheap to copy and compare; resolve it with [`crate::Context::attr`].
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Attr(pub(crate) u32);

/// A named attribute inside a dictionary.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct NamedAttr {
    pub name: Sym,
    pub value: Attr,
}

/// Values of `array<T: ...>`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DenseArray {
    /// Integer (and `i1`) elements.
    Int(Box<[i64]>),
    /// Float elements as `f64` bit patterns (exact for f16/bf16/f32/f64 values).
    Float(Box<[u64]>),
}

/// The payload of `dense<...>`: elements of `ty`'s element type, little-endian, each in
/// `ceil(width/8)` bytes (`i1` in one byte). Storage is canonical: a constant with all elements
/// equal is always stored as a splat, so equal constants intern to the same attribute.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct DenseData {
    pub splat: bool,
    pub bytes: Box<[u8]>,
}

/// A location: where an operation or value comes from.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Loc {
    Unknown,
    /// `"file":line:col`, optionally a range `to :col` / `to line:col`.
    File {
        file: Sym,
        line: u32,
        col: u32,
        end: Option<(u32, u32)>,
    },
    /// `"name"` or `"name"(child)`.
    Name {
        name: Box<str>,
        child: Option<Attr>,
    },
    /// `callsite(callee at caller)`.
    CallSite {
        callee: Attr,
        caller: Attr,
    },
    /// `fused[a, b]` or `fused<metadata>[a, b]`.
    Fused {
        locs: Box<[Attr]>,
        metadata: Option<Attr>,
    },
}

/// The structure of an attribute.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttrKind {
    /// `unit`: presence only.
    Unit,
    Bool(bool),
    /// `42 : i64`. Values of up to 64 bits (signed or unsigned) fit.
    Integer {
        value: i128,
        ty: Type,
    },
    /// `1.0 : f32`; `bits` is the IEEE bit pattern in the type's own width.
    Float {
        bits: u64,
        ty: Type,
    },
    /// `"text"`, optionally typed (`"text" : i32`).
    String {
        value: Box<str>,
        ty: Option<Type>,
    },
    Array(Box<[Attr]>),
    /// `array<i64: 1, 2>`.
    DenseArray {
        elem: Type,
        values: DenseArray,
    },
    /// `{a = 1, b}`: entries sorted by name, names unique.
    Dictionary(Box<[NamedAttr]>),
    /// A type used as an attribute.
    Type(Type),
    /// `@root::@nested`.
    SymbolRef {
        root: Sym,
        nested: Box<[Sym]>,
    },
    /// `dense<...> : tensor<...>` (or vector).
    Dense {
        ty: Type,
        data: DenseData,
    },
    /// `#dialect.name<...>` or `#dialect<...>` kept as text: `body` is everything after the
    /// dialect name, starting with `.` or `<`.
    Dialect {
        dialect: Sym,
        body: Box<str>,
    },
    /// A builtin attribute Kiln does not model (`affine_map<...>`, `strided<...>`,
    /// `dense_resource<...>`), kept exactly as written.
    Verbatim(Box<str>),
    Location(Loc),
}
