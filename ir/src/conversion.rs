//! Dialect conversion: rewrite the ops a [`ConversionTarget`] calls illegal through
//! [`ConversionPattern`]s, converting types with a [`TypeConverter`]. Where converted and
//! unconverted IR meet, `builtin.unrealized_conversion_cast` ops bridge the types; casts that
//! cancel out are removed at the end.
//!
//! Unlike MLIR's driver this one is not transactional: a pattern must not change the IR unless
//! it returns true. That keeps the driver a single forward walk, which is what lowering needs.

use crate::builder::Builder;
use crate::context::Context;
use crate::diag::Diagnostic;
use crate::module::{BlockId, Module, OpId, OperationState, Order, Value};
use crate::types::Type;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// Whether an op (or every op of a dialect) is legal after conversion.
#[derive(Clone)]
pub enum Legality {
    Legal,
    Illegal,
    /// Legal when the function says so.
    Dynamic(fn(&Module, OpId) -> bool),
}

/// What the converted IR may contain.
#[derive(Clone, Default)]
pub struct ConversionTarget {
    ops: FxHashMap<String, Legality>,
    dialects: FxHashMap<String, Legality>,
}

impl ConversionTarget {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn add_legal_dialect(&mut self, d: &str) -> &mut Self {
        self.dialects.insert(d.into(), Legality::Legal);
        self
    }
    pub fn add_illegal_dialect(&mut self, d: &str) -> &mut Self {
        self.dialects.insert(d.into(), Legality::Illegal);
        self
    }
    pub fn add_legal_op(&mut self, op: &str) -> &mut Self {
        self.ops.insert(op.into(), Legality::Legal);
        self
    }
    pub fn add_illegal_op(&mut self, op: &str) -> &mut Self {
        self.ops.insert(op.into(), Legality::Illegal);
        self
    }
    pub fn add_dynamically_legal_op(&mut self, op: &str, f: fn(&Module, OpId) -> bool) -> &mut Self {
        self.ops.insert(op.into(), Legality::Dynamic(f));
        self
    }
    /// `Some(true)` legal, `Some(false)` illegal, `None` unknown to the target.
    pub fn is_legal(&self, m: &Module, op: OpId) -> Option<bool> {
        let name = m.op_name(op);
        let l = self
            .ops
            .get(name)
            .or_else(|| self.dialects.get(name.split('.').next().unwrap_or("")))?;
        Some(match l {
            Legality::Legal => true,
            Legality::Illegal => false,
            Legality::Dynamic(f) => f(m, op),
        })
    }
    fn explicitly_illegal(&self, m: &Module, op: OpId) -> bool {
        self.is_legal(m, op) == Some(false)
    }
}

type TypeRule = Arc<dyn Fn(&Context, Type) -> Option<Type> + Send + Sync>;

/// Maps source types to target types. Rules added later are tried first; a type no rule
/// converts cannot be converted.
#[derive(Clone, Default)]
pub struct TypeConverter {
    rules: Vec<TypeRule>,
}

impl TypeConverter {
    pub fn new() -> Self {
        Self::default()
    }
    /// Adds a rule; `None` means "not mine, try the next rule".
    pub fn add(&mut self, f: impl Fn(&Context, Type) -> Option<Type> + Send + Sync + 'static) -> &mut Self {
        self.rules.push(Arc::new(f));
        self
    }
    /// Adds the identity rule (every type is legal as it is).
    pub fn add_identity(&mut self) -> &mut Self {
        self.add(|_, t| Some(t))
    }
    /// The converted type.
    pub fn convert(&self, ctx: &Context, t: Type) -> Option<Type> {
        self.rules.iter().rev().find_map(|r| r(ctx, t))
    }
    /// True when `t` converts to itself.
    pub fn is_legal(&self, ctx: &Context, t: Type) -> bool {
        self.convert(ctx, t) == Some(t)
    }
}

/// Rewrites one illegal op. `operands` are the op's operands already in converted types.
pub trait ConversionPattern: Send + Sync {
    fn name(&self) -> &str;
    /// The op name this pattern converts; `None` for any.
    fn root(&self) -> Option<&str>;
    fn benefit(&self) -> u16 {
        1
    }
    /// Returns true when it replaced or erased `op` (and only then changed the IR).
    fn match_and_rewrite(&self, op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool;
}

/// The mutation API of conversion patterns.
pub struct ConversionRewriter<'m> {
    pub m: &'m mut Module,
    pub types: &'m TypeConverter,
    created: Vec<OpId>,
    /// Set by [`ConversionRewriter::unsupported`]: why the op cannot be converted at all.
    unsupported: Option<String>,
}

impl ConversionRewriter<'_> {
    /// Declines `op` for good with a reason: the conversion fails with this message at the
    /// op's location instead of the generic "failed to legalize". The pattern returns false
    /// and must not have changed the IR.
    pub fn unsupported(&mut self, why: impl Into<String>) -> bool {
        self.unsupported = Some(why.into());
        false
    }
    /// Creates an op at `b`'s insertion point.
    pub fn create(&mut self, b: &Builder, st: OperationState) -> OpId {
        let op = b.create(self.m, st);
        self.created.push(op);
        op
    }
    /// Converts a type with the converter.
    pub fn convert_type(&self, t: Type) -> Option<Type> {
        self.types.convert(self.m.ctx(), t)
    }
    /// Replaces `op`'s results with `vals` (possibly of converted types) and erases `op`.
    /// Users that are not converted yet see a cast back to the original type.
    pub fn replace_op(&mut self, op: OpId, vals: &[Value]) {
        let olds: Vec<Value> = self.m.results(op).collect();
        for (old, &new) in olds.iter().zip(vals) {
            let (ot, nt) = (self.m.value_type(*old), self.m.value_type(new));
            let v = if ot == nt || !self.m.has_uses(*old) {
                new
            } else {
                self.cast(Builder::before(op), new, ot)
            };
            self.m.replace_all_uses(*old, v);
        }
        self.m.erase_op(op);
    }
    /// Erases an op with unused results.
    pub fn erase_op(&mut self, op: OpId) {
        self.m.erase_op(op);
    }
    /// Inserts `builtin.unrealized_conversion_cast v to ty`.
    pub fn cast(&mut self, b: Builder, v: Value, ty: Type) -> Value {
        let ctx = self.m.ctx().clone();
        let loc = self
            .m
            .defining_op(v)
            .map(|d| self.m.loc(d))
            .unwrap_or(ctx.unknown_loc());
        let mut st = OperationState::new(ctx.sym("builtin.unrealized_conversion_cast"), loc);
        st.operands.push(v);
        st.result_types.push(ty);
        let c = b.create(self.m, st);
        self.m.result(c, 0)
    }
    /// Converts the argument types of `block`; old uses see casts back to the old types.
    pub fn convert_block_signature(&mut self, block: BlockId) -> Result<(), String> {
        let args: Vec<Value> = self.m.block_args(block).to_vec();
        for a in args {
            let ot = self.m.value_type(a);
            let nt = self.convert_type(ot).ok_or_else(|| {
                format!(
                    "cannot convert block argument type '{}'",
                    crate::printer::type_to_string(self.m.ctx(), ot)
                )
            })?;
            if nt == ot {
                continue;
            }
            self.m.set_value_type(a, nt);
            if self.m.has_uses(a) {
                let b = match self.m.first_op(block) {
                    Some(f) => Builder::before(f),
                    None => Builder::at_end(block),
                };
                let c = self.cast(b, a, ot);
                let cast_op = self.m.defining_op(c).expect("cast result");
                self.m.replace_uses_if(a, c, |_, u| u.op != cast_op);
            }
        }
        Ok(())
    }
}

/// Which ops must be converted.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ConversionMode {
    /// Only explicitly illegal ops must be converted; unknown ones may stay.
    Partial,
    /// Every op must end up legal.
    Full,
}

/// What a conversion did.
#[derive(Copy, Clone, Debug, Default)]
pub struct ConversionStats {
    pub converted: usize,
    pub casts_removed: usize,
}

/// Converts everything nested in `root`.
pub fn apply_conversion(
    m: &mut Module,
    root: OpId,
    target: &ConversionTarget,
    patterns: &[Arc<dyn ConversionPattern>],
    types: &TypeConverter,
    mode: ConversionMode,
) -> Result<ConversionStats, Diagnostic> {
    let mut pats: Vec<&Arc<dyn ConversionPattern>> = patterns.iter().collect();
    pats.sort_by_key(|p| std::cmp::Reverse(p.benefit()));
    let mut stats = ConversionStats::default();
    let mut worklist: Vec<OpId> = m.walk(root, Order::Pre).into_iter().filter(|&o| o != root).collect();
    worklist.reverse();
    let mut budget = worklist.len() * 8 + 1024;
    while let Some(op) = worklist.pop() {
        if !m.is_alive(op) {
            continue;
        }
        let legal = target.is_legal(m, op);
        if legal == Some(true) || (legal.is_none() && mode == ConversionMode::Partial) {
            continue;
        }
        budget = budget.checked_sub(1).ok_or_else(|| {
            Diagnostic::error(
                m.loc(op),
                "dialect conversion did not terminate (patterns keep creating illegal ops)",
            )
        })?;
        let name = m.op_name(op).to_string();
        let mut done = false;
        for p in pats.iter().filter(|p| p.root().is_none_or(|r| r == name)) {
            let operands = adapted_operands(m, op, types);
            let mut rw = ConversionRewriter {
                m,
                types,
                created: Vec::new(),
                unsupported: None,
            };
            if p.match_and_rewrite(op, &operands, &mut rw) {
                let created = rw.created;
                tracing::trace!(pattern = p.name(), op = %name, "converted");
                stats.converted += 1;
                // Newly created ops may themselves need converting (nested ones first).
                for c in created.into_iter().rev() {
                    if m.is_alive(c) {
                        let mut nested = m.walk(c, Order::Pre);
                        nested.reverse();
                        worklist.extend(nested);
                    }
                }
                done = true;
                break;
            }
            if let Some(why) = rw.unsupported {
                return Err(Diagnostic::error(m.loc(op), format!("'{name}' {why}")));
            }
            // A pattern that declined must have left the IR alone.
        }
        if !done && m.is_alive(op) {
            let msg = if target.explicitly_illegal(m, op) {
                format!("failed to legalize operation '{name}' that was explicitly marked illegal")
            } else {
                format!("failed to legalize operation '{name}'")
            };
            return Err(Diagnostic::error(m.loc(op), msg));
        }
    }
    stats.casts_removed = fold_casts(m, root);
    Ok(stats)
}

/// The operands of `op` in converted types: a cast from a converted value is looked through,
/// other values whose type converts get a cast to the new type.
fn adapted_operands(m: &mut Module, op: OpId, types: &TypeConverter) -> Vec<Value> {
    let ctx = m.ctx().clone();
    let mut out = Vec::with_capacity(m.num_operands(op));
    let mut made: FxHashMap<Value, Value> = FxHashMap::default();
    for i in 0..m.num_operands(op) {
        let v = m.operand_value(op, i);
        let ty = m.value_type(v);
        let want = types.convert(&ctx, ty).unwrap_or(ty);
        if want == ty {
            out.push(v);
            continue;
        }
        if let Some(&c) = made.get(&v) {
            out.push(c);
            continue;
        }
        if let Some(d) = m.defining_op(v) {
            if m.op_name(d) == "builtin.unrealized_conversion_cast" && m.num_operands(d) == 1 {
                let src = m.operand_value(d, 0);
                if m.value_type(src) == want {
                    out.push(src);
                    continue;
                }
            }
        }
        let mut st = OperationState::new(ctx.sym("builtin.unrealized_conversion_cast"), m.loc(op));
        st.operands.push(v);
        st.result_types.push(want);
        let c = Builder::before(op).create(m, st);
        let r = m.result(c, 0);
        made.insert(v, r);
        out.push(r);
    }
    out
}

/// Removes casts that are unused or that undo another cast (`A -> B -> A`).
pub fn fold_casts(m: &mut Module, root: OpId) -> usize {
    let mut removed = 0;
    let ops = m.walk(root, Order::Post);
    for op in ops {
        if !m.is_alive(op)
            || m.op_name(op) != "builtin.unrealized_conversion_cast"
            || m.num_operands(op) != 1
            || m.num_results(op) != 1
        {
            continue;
        }
        let r = m.result(op, 0);
        let src = m.operand_value(op, 0);
        // Anywhere up the chain of casts feeding this one, a value of the result's type
        // replaces it (A -> B -> A, and A -> B -> C -> A where conversions meet).
        let is_cast =
            |m: &Module, d: OpId| m.op_name(d) == "builtin.unrealized_conversion_cast" && m.num_operands(d) == 1;
        let mut v = src;
        for _ in 0..16 {
            if m.value_type(v) == m.value_type(r) {
                m.replace_all_uses(r, v);
                break;
            }
            match m.defining_op(v) {
                Some(d) if is_cast(m, d) => v = m.operand_value(d, 0),
                _ => break,
            }
        }
        if !m.has_uses(r) {
            let mut src_def = m.defining_op(src);
            m.erase_op(op);
            removed += 1;
            // The casts above it that fed only it go too.
            while let Some(d) = src_def {
                if !(m.is_alive(d) && is_cast(m, d) && m.results(d).all(|x| !m.has_uses(x))) {
                    break;
                }
                src_def = m.defining_op(m.operand_value(d, 0));
                m.erase_op(d);
                removed += 1;
            }
        }
    }
    removed
}
