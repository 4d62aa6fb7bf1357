//! Types: handles into the context's type table, and their structure.
//!
//! A tensor or memref dimension is a [`Dim`]: a constant, `?`, a named symbol, or an expression of
//! symbols. The textual grammar is in ARCHITECTURE.md ("Symbolic dimensions").

use crate::attrs::Attr;
use crate::context::Sym;

/// An interned type. Cheap to copy and compare; resolve it with [`crate::Context::ty`].
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Type(pub(crate) u32);

/// Integer signedness as spelled in the type (`i32`, `si32`, `ui32`).
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Signedness {
    Signless,
    Signed,
    Unsigned,
}

/// Floating-point formats.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum FloatKind {
    F16,
    BF16,
    F32,
    F64,
}

impl FloatKind {
    /// Width in bits.
    pub fn width(self) -> u32 {
        match self {
            FloatKind::F16 | FloatKind::BF16 => 16,
            FloatKind::F32 => 32,
            FloatKind::F64 => 64,
        }
    }
    /// The keyword used in the textual form.
    pub fn keyword(self) -> &'static str {
        match self {
            FloatKind::F16 => "f16",
            FloatKind::BF16 => "bf16",
            FloatKind::F32 => "f32",
            FloatKind::F64 => "f64",
        }
    }
}

/// One dimension of a shaped type.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Dim {
    /// A static extent.
    Const(i64),
    /// `?`: unknown until run time, unrelated to any other dimension.
    Dynamic,
    /// A named symbol (`N`); the same name in one function denotes the same extent.
    Sym(Sym),
    /// An arithmetic expression of symbols and constants (`(N*2)`).
    Expr(Box<DimExpr>),
}

/// Binary operators allowed in dimension expressions.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum DimOp {
    Add,
    Sub,
    Mul,
    /// Floor division, written `/`.
    Div,
    /// Remainder, written `%`.
    Mod,
}

impl DimOp {
    /// The operator's spelling.
    pub fn symbol(self) -> &'static str {
        match self {
            DimOp::Add => "+",
            DimOp::Sub => "-",
            DimOp::Mul => "*",
            DimOp::Div => "/",
            DimOp::Mod => "%",
        }
    }
    pub(crate) fn precedence(self) -> u8 {
        match self {
            DimOp::Add | DimOp::Sub => 1,
            _ => 2,
        }
    }
}

/// `lhs op rhs` over dimensions.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct DimExpr {
    pub op: DimOp,
    pub lhs: Dim,
    pub rhs: Dim,
}

impl Dim {
    /// The static extent, if this dimension is a constant.
    pub fn as_const(&self) -> Option<i64> {
        match self {
            Dim::Const(c) => Some(*c),
            _ => None,
        }
    }
    /// Builds `lhs op rhs`.
    pub fn expr(op: DimOp, lhs: Dim, rhs: Dim) -> Dim {
        Dim::Expr(Box::new(DimExpr { op, lhs, rhs }))
    }
}

/// The structure of a type.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TypeKind {
    Integer {
        width: u32,
        signedness: Signedness,
    },
    Index,
    Float(FloatKind),
    /// `none`.
    None,
    Function {
        inputs: Box<[Type]>,
        results: Box<[Type]>,
    },
    /// `tensor<4x?xNxf32>`; `shape` is `None` for `tensor<*xf32>`.
    Tensor {
        shape: Option<Box<[Dim]>>,
        elem: Type,
        encoding: Option<Attr>,
    },
    /// `memref<4xNxf32>`: a buffer with the same dimension kinds as tensors.
    MemRef {
        shape: Option<Box<[Dim]>>,
        elem: Type,
        layout: Option<Attr>,
        memory_space: Option<Attr>,
    },
    /// `vector<4x[8]xf32>`: fixed (or scalable, in brackets) extents.
    Vector {
        shape: Box<[u64]>,
        scalable: Box<[bool]>,
        elem: Type,
    },
    Tuple(Box<[Type]>),
    Complex(Type),
    /// A type of a dialect: `!dialect.body` or `!dialect<body>`, kept as text. `body` starts with
    /// `.` or `<` exactly as written after the dialect name.
    Dialect {
        dialect: Sym,
        body: Box<str>,
    },
}

impl TypeKind {
    /// The dimensions of a ranked tensor or memref.
    pub fn shape(&self) -> Option<&[Dim]> {
        match self {
            TypeKind::Tensor { shape, .. } | TypeKind::MemRef { shape, .. } => shape.as_deref(),
            _ => None,
        }
    }
    /// The element type of a tensor, memref, vector or complex.
    pub fn element_type(&self) -> Option<Type> {
        match self {
            TypeKind::Tensor { elem, .. }
            | TypeKind::MemRef { elem, .. }
            | TypeKind::Vector { elem, .. }
            | TypeKind::Complex(elem) => Some(*elem),
            _ => None,
        }
    }
    /// True for signless/signed/unsigned integers and `index`.
    pub fn is_integer_like(&self) -> bool {
        matches!(self, TypeKind::Integer { .. } | TypeKind::Index)
    }
    /// True for the float kinds.
    pub fn is_float(&self) -> bool {
        matches!(self, TypeKind::Float(_))
    }
}
