//! An op builder with an insertion point.

use crate::attrs::Attr;
use crate::module::{BlockId, Module, OpId, OperationState, RegionId, Value};
use crate::types::Type;

/// Where the builder inserts new ops.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum InsertPoint {
    /// Detached: ops are created but not inserted.
    None,
    /// At the end of a block.
    End(BlockId),
    /// Right before an op.
    Before(OpId),
}

/// Creates ops at an insertion point.
#[derive(Copy, Clone, Debug)]
pub struct Builder {
    pub ip: InsertPoint,
}

impl Builder {
    /// A builder appending to `block`.
    pub fn at_end(block: BlockId) -> Self {
        Builder {
            ip: InsertPoint::End(block),
        }
    }
    /// A builder inserting before `op`.
    pub fn before(op: OpId) -> Self {
        Builder {
            ip: InsertPoint::Before(op),
        }
    }
    /// A builder inserting right after `op`.
    pub fn after(m: &Module, op: OpId) -> Self {
        match m.next_op(op) {
            Some(n) => Builder::before(n),
            None => Builder::at_end(m.parent_block(op).expect("anchor op is detached")),
        }
    }
    /// Creates an op from `st` and inserts it at the insertion point.
    pub fn create(&self, m: &mut Module, st: OperationState) -> OpId {
        let op = m.create_op(st);
        self.insert(m, op);
        op
    }
    /// Inserts an existing detached op at the insertion point.
    pub fn insert(&self, m: &mut Module, op: OpId) {
        match self.ip {
            InsertPoint::None => {}
            InsertPoint::End(b) => m.append_op(b, op),
            InsertPoint::Before(o) => m.insert_op_before(o, op),
        }
    }
    /// Shorthand: creates `name(operands) -> result_types` with attributes, returns the op.
    pub fn op(
        &self,
        m: &mut Module,
        name: &str,
        operands: &[Value],
        result_types: &[Type],
        attrs: &[(&str, Attr)],
        loc: Attr,
    ) -> OpId {
        let ctx = m.ctx().clone();
        let mut st = OperationState::new(ctx.sym(name), loc);
        st.operands.extend_from_slice(operands);
        st.result_types.extend_from_slice(result_types);
        st.attrs = attrs.iter().map(|(n, a)| (ctx.sym(n), *a)).collect();
        self.create(m, st)
    }
    /// Creates a region holding one block with arguments of `arg_types`; returns both.
    pub fn region_with_block(m: &mut Module, arg_types: &[Type], loc: Attr) -> (RegionId, BlockId) {
        let r = m.new_region();
        let b = m.new_block();
        for &t in arg_types {
            m.add_block_arg(b, t, loc);
        }
        m.append_block(r, b);
        (r, b)
    }
}
