//! Kiln's IR core: an MLIR-style IR with interned types and attributes, arena-allocated
//! operations with SSA use lists, the MLIR textual format (parser and printer), diagnostics,
//! the verifier, pattern rewriting, dialect conversion and the pass manager.
//!
//! Architecture invariant: nothing in this crate knows any dialect but `builtin`. Dialects plug
//! in through [`registry::DialectDef`] and [`registry::OpDef`].

pub mod attrs;
pub mod builder;
mod builtin;
pub mod context;
pub mod conversion;
pub mod diag;
pub mod dim;
pub mod float;
pub mod instrument;
mod intern;
pub mod lexer;
pub mod module;
pub mod parser;
pub mod pass;
pub mod printer;
pub mod registry;
pub mod rewrite;
pub mod split;
pub mod symbol;
pub mod types;
pub mod verify;

pub use attrs::{Attr, AttrKind, Loc, NamedAttr};
pub use builder::Builder;
pub use context::{Context, Sym};
pub use diag::{DiagError, Diagnostic, Severity, SourceMgr};
pub use module::{BlockId, IrMapping, Module, OpId, OperationState, Order, RegionId, Value, ValueDef};
pub use parser::{parse_source, ParseConfig};
pub use printer::{print_module, print_op, PrintOptions};
pub use registry::{DialectDef, FoldResult, OpDef, Traits};
pub use types::{Dim, DimExpr, DimOp, FloatKind, Type, TypeKind};
