//! Op and dialect definitions: traits, hooks for verification, folding, canonicalization and
//! custom assembly. `ir` defines the shapes of these hooks; dialects fill them in.

use crate::attrs::Attr;
use crate::module::{Module, OpId, Value};
use crate::parser::{OpParser, PResult};
use crate::printer::OpPrinter;
use crate::rewrite::RewritePattern;
use std::sync::Arc;

bitflags::bitflags! {
    /// Static properties of an op.
    #[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, Default)]
    pub struct Traits: u32 {
        /// No side effects: removable when unused, CSE-able.
        const PURE = 1 << 0;
        /// Operands may be reordered (canonicalization moves constants right).
        const COMMUTATIVE = 1 << 1;
        /// Must be the last op of its block.
        const TERMINATOR = 1 << 2;
        /// Regions may not use values defined outside the op.
        const ISOLATED_FROM_ABOVE = 1 << 3;
        /// Defines a symbol (`sym_name`).
        const SYMBOL = 1 << 4;
        /// Its region holds a symbol table (symbols unique within).
        const SYMBOL_TABLE = 1 << 5;
        /// Every operand and result has the same type.
        const SAME_OPERANDS_AND_RESULT_TYPE = 1 << 6;
        /// Blocks of its regions need no terminator.
        const NO_TERMINATOR = 1 << 7;
        /// Each region has at most one block.
        const SINGLE_BLOCK = 1 << 8;
        /// Regions are graph regions: no dominance requirement between ops.
        const GRAPH_REGION = 1 << 9;
        /// Returns control (and its operands) to the parent op.
        const RETURN_LIKE = 1 << 10;
        /// Materializes a constant (its value is the `value` attribute).
        const CONSTANT_LIKE = 1 << 11;
        /// Every operand has the same type.
        const SAME_OPERANDS_TYPE = 1 << 12;
    }
}

/// Result of folding one result of an op.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum FoldResult {
    /// The result is this constant.
    Attr(Attr),
    /// The result is this existing value.
    Value(Value),
}

/// Checks an op's invariants; the error message is reported at the op's location.
pub type VerifyFn = fn(&Module, OpId) -> Result<(), String>;
/// Folds an op given the constant values of its operands (`None` where not constant).
/// Returns one entry per result, or `None` when it does not fold.
pub type FoldFn = fn(&Module, OpId, &[Option<Attr>]) -> Option<Vec<FoldResult>>;
/// Parses the custom form after the op name (and result list) into the parser's op state.
pub type ParseFn = fn(&mut OpParser<'_, '_>) -> PResult<()>;
/// Prints the custom form after the op name.
pub type PrintFn = fn(&mut OpPrinter<'_>, OpId);
/// Computes an op's result types from its operands and attributes, symbolically. An error is
/// a certain inconsistency (64 vs 128); unknowns (N vs M) are not errors.
pub type InferTypesFn = fn(&Module, OpId) -> Result<Vec<crate::types::Type>, String>;
/// Dimension `lhs_dim` of operand `lhs` must equal dimension `rhs_dim` of operand `rhs`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct DimEq {
    pub lhs: usize,
    pub lhs_dim: usize,
    pub rhs: usize,
    pub rhs_dim: usize,
}
/// The operand dimensions an op requires to be equal (checked at run time where the types
/// cannot decide it; see the `shape-infer` pass).
pub type DimConstraintsFn = fn(&Module, OpId) -> Vec<DimEq>;
/// Checks the text of a dialect type or attribute body.
pub type BodyCheckFn = fn(&str) -> Result<(), String>;
/// Rewrites an op into other ops (a decomposition, like PyTorch's): builds them before `op`
/// (`Builder::before(op)`) and returns the values that replace `op`'s results, one per
/// result; the driver (the `decompose` pass) replaces and erases `op`. An error is reported at
/// the op's location. The new ops may decompose in turn.
pub type DecomposeFn = fn(&mut Module, OpId) -> Result<Vec<Value>, String>;
/// Lowers an op on tensors to loops, inside `convert-tensor-to-loop` (tiers 1-3): `inputs` are
/// the operands' buffers (memrefs; scalar operands as they are), `outputs` the results'
/// buffers, allocated with the result shapes. The function builds, at `at` (before the op),
/// code that reads the inputs and writes every element of every output (`loop`, `arith`,
/// `math` ops, through the typed builders); it must not write the inputs. An error is
/// reported at the op's location.
pub type LowerToLoopsFn =
    fn(&mut Module, at: crate::builder::Builder, op: OpId, inputs: &[Value], outputs: &[Value]) -> Result<(), String>;
/// An op's tier-0 kernel, type-erased: tensors belong to the runtime, a layer above `ir`.
/// Make one with `kiln_runtime::interp::custom_kernel` (`kiln::kernel`); the interpreter
/// downcasts it.
pub type OpKernel = Arc<dyn std::any::Any + Send + Sync>;
/// Builds the op that materializes constant `value` of type `ty` (for folding).
pub type MaterializeFn = fn(&mut Module, &mut crate::builder::Builder, Attr, crate::types::Type, Attr) -> Option<OpId>;

/// How many operands (or results) an op takes, checked by the verifier before the op's own
/// verifier and shape function run, so those may index operands and results freely.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum Arity {
    /// Not declared: the op's verifier checks the count, if anything does.
    #[default]
    Any,
    /// Exactly this many.
    Exact(usize),
    /// This many or more (variadic ops).
    AtLeast(usize),
    /// Between the two bounds, inclusive (optional operands).
    Between(usize, usize),
    /// One of two counts (an optional group of operands: all present or none).
    Either(usize, usize),
}

impl Arity {
    /// True when `n` values satisfy the declaration.
    pub fn admits(self, n: usize) -> bool {
        match self {
            Arity::Any => true,
            Arity::Exact(k) => n == k,
            Arity::AtLeast(k) => n >= k,
            Arity::Between(lo, hi) => (lo..=hi).contains(&n),
            Arity::Either(a, b) => n == a || n == b,
        }
    }
    /// `"2 operands"`, `"at least 1 result"`: what the diagnostic says is expected.
    pub fn describe(self, what: &str) -> String {
        let plural = |k: usize| if k == 1 { String::new() } else { "s".to_string() };
        match self {
            Arity::Any => format!("any number of {what}s"),
            Arity::Exact(k) => format!("{k} {what}{}", plural(k)),
            Arity::AtLeast(k) => format!("at least {k} {what}{}", plural(k)),
            Arity::Between(lo, hi) => format!("{lo} to {hi} {what}s"),
            Arity::Either(a, b) => format!("{a} or {b} {what}s"),
        }
    }
}

/// The element types an op's operands take: of a scalar operand, or of a vector's or tensor's
/// elements. Checked by the verifier right after the arity, so hooks may rely on it.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum ElemClass {
    /// Not declared: the op's verifier checks the types, if anything does.
    #[default]
    Any,
    /// Floats only (`f16`, `bf16`, `f32`, `f64`).
    Float,
    /// Integers or `index` (signless in Kiln's IR: signedness is the op's).
    Int,
    /// Floats, integers or `index`.
    Numeric,
}

impl ElemClass {
    /// True when element type `t` belongs to the class.
    pub fn admits(self, t: &crate::types::TypeKind) -> bool {
        match self {
            ElemClass::Any => true,
            ElemClass::Float => t.is_float(),
            ElemClass::Int => t.is_integer_like(),
            ElemClass::Numeric => t.is_float() || t.is_integer_like(),
        }
    }
    /// What the diagnostic says the operand must be (MLIR's wording).
    pub fn describe(self) -> &'static str {
        match self {
            ElemClass::Any => "of any type",
            ElemClass::Float => "floating-point-like",
            ElemClass::Int => "signless-integer-like",
            ElemClass::Numeric => "signless-integer-like or floating-point-like",
        }
    }
}

/// How calls and callables expose themselves to the inliner and symbol passes.
#[derive(Clone, Debug, Default)]
pub struct Interfaces {
    /// A call: its callee is the symbol-ref attribute of this name; all operands are arguments.
    pub call_callee_attr: Option<&'static str>,
    /// A callable: region 0 is the body; the attribute `function_type` gives its signature.
    pub callable: bool,
}

/// Everything Kiln knows about one op, declared in one place.
#[derive(Clone)]
pub struct OpDef {
    /// Full name, `dialect.op`.
    pub name: String,
    /// One-line description.
    pub summary: String,
    pub traits: Traits,
    /// Attributes that belong to the op (printed as properties `<{...}>` in generic form).
    pub inherent_attrs: Vec<&'static str>,
    /// Attributes the op cannot be without (ODS's non-optional ones): the verifier reports
    /// a missing one before the op's own `verify` runs, so verifiers, shape functions and
    /// custom printers may rely on them.
    pub required_attrs: Vec<&'static str>,
    /// How many operands the op takes (checked before `verify` and `infer_types`).
    pub operands: Arity,
    /// How many results the op has (checked before `verify` and `infer_types`).
    pub results: Arity,
    /// The element types every operand takes (checked after the arity, before `verify`).
    pub operand_elems: ElemClass,
    pub verify: Option<VerifyFn>,
    /// The shape function: result types inferred from operands and attributes.
    pub infer_types: Option<InferTypesFn>,
    /// Operand dimensions that must agree (for run-time shape checks).
    pub dim_constraints: Option<DimConstraintsFn>,
    pub fold: Option<FoldFn>,
    /// Patterns `canonicalize` applies to this op.
    pub canonical_patterns: Vec<Arc<dyn RewritePattern>>,
    pub parse: Option<ParseFn>,
    pub print: Option<PrintFn>,
    /// Dialect whose ops may be written without prefix inside this op's regions.
    pub default_dialect: Option<&'static str>,
    pub interfaces: Interfaces,
    /// How the op runs at tier 0 when the interpreter has no kernel of its own for it (an
    /// embedder's op).
    pub kernel: Option<OpKernel>,
    /// How the op lowers: a rewrite into ops the tiers know. Native tiers run it first in
    /// their pipelines (pass `decompose`); tier 0 runs it at load time when there is no
    /// `kernel`.
    pub decompose: Option<DecomposeFn>,
    /// How the op lowers to loops when it has no decomposition: its loop nest, built by
    /// `convert-tensor-to-loop` into the buffers of its operands and results.
    pub lower_to_loops: Option<LowerToLoopsFn>,
}

impl OpDef {
    /// A definition with a name and summary and nothing else; fill the rest with struct update.
    pub fn new(name: &str, summary: &str) -> Self {
        OpDef {
            name: name.to_string(),
            summary: summary.to_string(),
            traits: Traits::empty(),
            inherent_attrs: Vec::new(),
            required_attrs: Vec::new(),
            operands: Arity::Any,
            results: Arity::Any,
            operand_elems: ElemClass::Any,
            verify: None,
            infer_types: None,
            dim_constraints: None,
            fold: None,
            canonical_patterns: Vec::new(),
            parse: None,
            print: None,
            default_dialect: None,
            interfaces: Interfaces::default(),
            kernel: None,
            decompose: None,
            lower_to_loops: None,
        }
    }
    /// True when the op has trait `t`.
    pub fn has(&self, t: Traits) -> bool {
        self.traits.contains(t)
    }
}

/// A dialect: a namespace of ops plus dialect-wide hooks.
#[derive(Clone)]
pub struct DialectDef {
    pub name: String,
    pub summary: String,
    pub ops: Vec<OpDef>,
    /// Checks the body of a `!dialect...` type; `None` accepts any body.
    pub verify_type: Option<BodyCheckFn>,
    /// Checks the body of a `#dialect...` attribute; `None` accepts any body.
    pub verify_attr: Option<BodyCheckFn>,
    /// Creates constant ops for folded values.
    pub materialize_constant: Option<MaterializeFn>,
}

impl DialectDef {
    pub fn new(name: &str, summary: &str) -> Self {
        DialectDef {
            name: name.to_string(),
            summary: summary.to_string(),
            ops: Vec::new(),
            verify_type: None,
            verify_attr: None,
            materialize_constant: None,
        }
    }
}
