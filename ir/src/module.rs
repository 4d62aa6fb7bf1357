//! The IR arena: operations, blocks, regions and SSA values of one module.
//!
//! Everything is stored in flat vectors and referred to by small copyable ids, so building,
//! walking and rewriting allocate nothing per element beyond the vectors' growth. Use lists are
//! intrusive doubly-linked lists threaded through the operands, so adding, removing and
//! replacing a use is O(1). Erased entities are tombstoned, not reused; a module that has been
//! rewritten heavily can be compacted by cloning it.

use crate::attrs::Attr;
use crate::context::{Context, Sym};
use crate::registry::{OpDef, Traits};
use crate::types::Type;
use rustc_hash::FxHashMap;
use smallvec::SmallVec;
use std::num::NonZeroU32;
use std::sync::Arc;

macro_rules! id {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub struct $name(NonZeroU32);
        impl $name {
            #[inline]
            fn new(i: usize) -> Self {
                $name(NonZeroU32::new(i as u32 + 1).expect("IR arena overflow"))
            }
            /// Dense index of this id in its arena.
            #[inline]
            pub fn index(self) -> usize {
                self.0.get() as usize - 1
            }
        }
    };
}
id!(/// An operation.
    OpId);
id!(/// A block.
    BlockId);
id!(/// A region.
    RegionId);
id!(/// An SSA value (op result or block argument).
    Value);

/// One use of a value: operand `index` of `op`.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct UseRef {
    pub op: OpId,
    pub index: u32,
}

#[derive(Clone, Debug)]
struct Operand {
    value: Value,
    prev: Option<UseRef>,
    next: Option<UseRef>,
}

/// What defines a value.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ValueDef {
    Result {
        op: OpId,
        index: u32,
    },
    Arg {
        block: BlockId,
        index: u32,
    },
    /// Not yet defined (a parser forward reference) or detached.
    Placeholder,
}

#[derive(Clone, Debug)]
struct ValueData {
    ty: Type,
    def: ValueDef,
    first_use: Option<UseRef>,
}

#[derive(Clone, Debug)]
struct OpData {
    name: Sym,
    def: u32,
    loc: Attr,
    operands: SmallVec<[Operand; 2]>,
    first_result: u32,
    num_results: u32,
    props: Attr,
    attrs: Attr,
    regions: SmallVec<[RegionId; 1]>,
    successors: SmallVec<[BlockId; 1]>,
    parent: Option<BlockId>,
    prev: Option<OpId>,
    next: Option<OpId>,
    alive: bool,
}

#[derive(Clone, Debug)]
struct BlockData {
    parent: Option<RegionId>,
    args: SmallVec<[Value; 2]>,
    arg_locs: SmallVec<[Attr; 2]>,
    first: Option<OpId>,
    last: Option<OpId>,
    alive: bool,
}

#[derive(Clone, Debug)]
struct RegionData {
    parent: Option<OpId>,
    blocks: Vec<BlockId>,
}

const NO_DEF: u32 = u32::MAX;

/// Everything needed to create an operation.
#[derive(Clone, Debug)]
pub struct OperationState {
    pub name: Sym,
    pub loc: Attr,
    pub operands: SmallVec<[Value; 4]>,
    pub result_types: SmallVec<[Type; 2]>,
    /// Inherent attributes (`<{...}>`).
    pub props: Vec<(Sym, Attr)>,
    /// Discardable attributes (`{...}`).
    pub attrs: Vec<(Sym, Attr)>,
    /// Regions created with [`Module::new_region`], to be owned by the op.
    pub regions: SmallVec<[RegionId; 1]>,
    pub successors: SmallVec<[BlockId; 1]>,
}

impl OperationState {
    pub fn new(name: Sym, loc: Attr) -> Self {
        OperationState {
            name,
            loc,
            operands: SmallVec::new(),
            result_types: SmallVec::new(),
            props: Vec::new(),
            attrs: Vec::new(),
            regions: SmallVec::new(),
            successors: SmallVec::new(),
        }
    }
}

/// Maps values and blocks of an original to their clones.
#[derive(Default, Debug)]
pub struct IrMapping {
    pub values: FxHashMap<Value, Value>,
    pub blocks: FxHashMap<BlockId, BlockId>,
}

impl IrMapping {
    /// The mapped value, or `v` itself when unmapped.
    pub fn lookup(&self, v: Value) -> Value {
        self.values.get(&v).copied().unwrap_or(v)
    }
    pub fn map(&mut self, from: Value, to: Value) {
        self.values.insert(from, to);
    }
}

/// Walk order.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Order {
    /// An op before the ops nested in it.
    Pre,
    /// The ops nested in an op before the op itself.
    Post,
}

/// A tree of operations rooted at a `builtin.module` op, and the arena that owns it.
pub struct Module {
    ctx: Arc<Context>,
    ops: Vec<OpData>,
    blocks: Vec<BlockData>,
    regions: Vec<RegionData>,
    values: Vec<ValueData>,
    root: OpId,
}

impl Module {
    /// An empty `builtin.module` at location `loc`.
    pub fn new(ctx: Arc<Context>, loc: Attr) -> Self {
        let mut m = Module {
            ctx,
            ops: Vec::new(),
            blocks: Vec::new(),
            regions: Vec::new(),
            values: Vec::new(),
            root: OpId::new(0),
        };
        let region = m.new_region();
        let block = m.new_block();
        m.append_block(region, block);
        let mut st = OperationState::new(m.ctx.sym("builtin.module"), loc);
        st.regions.push(region);
        m.root = m.create_op(st);
        m
    }

    /// A module with capacity reserved for about `ops` operations.
    pub fn with_capacity(ctx: Arc<Context>, loc: Attr, ops: usize) -> Self {
        let mut m = Module::new(ctx, loc);
        m.ops.reserve(ops);
        m.values.reserve(ops);
        m
    }

    /// The context this module's types and attributes live in.
    #[inline]
    pub fn ctx(&self) -> &Arc<Context> {
        &self.ctx
    }
    /// The root op.
    pub fn root(&self) -> OpId {
        self.root
    }
    pub(crate) fn set_root(&mut self, op: OpId) {
        self.root = op;
    }
    /// The single block of the root module op.
    pub fn body(&self) -> BlockId {
        self.regions[self.ops[self.root.index()].regions[0].index()].blocks[0]
    }
    /// Number of live operations.
    pub fn num_ops(&self) -> usize {
        self.ops.iter().filter(|o| o.alive).count()
    }

    // ----- creation -----

    /// A detached, empty region.
    pub fn new_region(&mut self) -> RegionId {
        let id = RegionId::new(self.regions.len());
        self.regions.push(RegionData {
            parent: None,
            blocks: Vec::new(),
        });
        id
    }
    /// A detached block without arguments.
    pub fn new_block(&mut self) -> BlockId {
        let id = BlockId::new(self.blocks.len());
        self.blocks.push(BlockData {
            parent: None,
            args: SmallVec::new(),
            arg_locs: SmallVec::new(),
            first: None,
            last: None,
            alive: true,
        });
        id
    }
    /// Appends an argument of type `ty` to `block`.
    pub fn add_block_arg(&mut self, block: BlockId, ty: Type, loc: Attr) -> Value {
        let b = &mut self.blocks[block.index()];
        let index = b.args.len() as u32;
        let v = Value::new(self.values.len());
        self.values.push(ValueData {
            ty,
            def: ValueDef::Arg { block, index },
            first_use: None,
        });
        let b = &mut self.blocks[block.index()];
        b.args.push(v);
        b.arg_locs.push(loc);
        v
    }
    /// Removes argument `index` of `block`; it must have no uses.
    pub fn erase_block_arg(&mut self, block: BlockId, index: usize) {
        let v = self.blocks[block.index()].args.remove(index);
        self.blocks[block.index()].arg_locs.remove(index);
        debug_assert!(
            self.values[v.index()].first_use.is_none(),
            "erasing a used block argument"
        );
        self.values[v.index()].def = ValueDef::Placeholder;
        let args: SmallVec<[Value; 2]> = self.blocks[block.index()].args.clone();
        for (i, a) in args.iter().enumerate().skip(index) {
            self.values[a.index()].def = ValueDef::Arg { block, index: i as u32 };
        }
    }
    /// Appends `block` to `region`.
    pub fn append_block(&mut self, region: RegionId, block: BlockId) {
        self.blocks[block.index()].parent = Some(region);
        self.regions[region.index()].blocks.push(block);
    }
    /// Inserts `block` at position `pos` of `region`.
    pub fn insert_block(&mut self, region: RegionId, pos: usize, block: BlockId) {
        self.blocks[block.index()].parent = Some(region);
        self.regions[region.index()].blocks.insert(pos, block);
    }
    /// Inserts `block` right after `after`, in `after`'s region (which it must have).
    pub fn insert_block_after(&mut self, after: BlockId, block: BlockId) {
        let region = self.blocks[after.index()].parent.expect("`after` is in a region");
        let pos = self.regions[region.index()]
            .blocks
            .iter()
            .position(|&b| b == after)
            .expect("a block is in its parent region");
        self.insert_block(region, pos + 1, block);
    }
    /// Removes `block` from its region without destroying it.
    pub fn detach_block(&mut self, block: BlockId) {
        if let Some(r) = self.blocks[block.index()].parent.take() {
            self.regions[r.index()].blocks.retain(|b| *b != block);
        }
    }

    /// A value with no definition yet (used by the parser for forward references).
    pub fn new_placeholder(&mut self, ty: Type) -> Value {
        let v = Value::new(self.values.len());
        self.values.push(ValueData {
            ty,
            def: ValueDef::Placeholder,
            first_use: None,
        });
        v
    }

    /// Creates a detached operation. Registered ops get their inherent attributes moved into
    /// properties, so either spelling in the generic form gives the same IR.
    pub fn create_op(&mut self, st: OperationState) -> OpId {
        let id = OpId::new(self.ops.len());
        let def = self.ctx.op_def_index(st.name);
        let (props, attrs) = self.split_attrs(def, st.props, st.attrs);
        let first_result = self.values.len() as u32;
        for (i, ty) in st.result_types.iter().enumerate() {
            self.values.push(ValueData {
                ty: *ty,
                def: ValueDef::Result {
                    op: id,
                    index: i as u32,
                },
                first_use: None,
            });
        }
        for r in &st.regions {
            self.regions[r.index()].parent = Some(id);
        }
        self.ops.push(OpData {
            name: st.name,
            def: def.unwrap_or(NO_DEF),
            loc: st.loc,
            operands: st
                .operands
                .iter()
                .map(|&value| Operand {
                    value,
                    prev: None,
                    next: None,
                })
                .collect(),
            first_result,
            num_results: st.result_types.len() as u32,
            props,
            attrs,
            regions: st.regions,
            successors: st.successors,
            parent: None,
            prev: None,
            next: None,
            alive: true,
        });
        for i in 0..st.operands.len() {
            self.link_use(UseRef {
                op: id,
                index: i as u32,
            });
        }
        id
    }

    fn split_attrs(&self, def: Option<u32>, props: Vec<(Sym, Attr)>, attrs: Vec<(Sym, Attr)>) -> (Attr, Attr) {
        let ctx = &self.ctx;
        match def {
            Some(d) if !attrs.is_empty() => {
                let inherent = &ctx.op_def_at(d).inherent_attrs;
                let (mut p, mut a) = (props, Vec::with_capacity(attrs.len()));
                for (n, v) in attrs {
                    if inherent.contains(&ctx.str(n)) {
                        p.push((n, v))
                    } else {
                        a.push((n, v))
                    }
                }
                (ctx.dict_attr(p), ctx.dict_attr(std::mem::take(&mut a)))
            }
            _ => (ctx.dict_attr(props), ctx.dict_attr(attrs)),
        }
    }

    // ----- use lists -----

    fn operand(&self, u: UseRef) -> &Operand {
        &self.ops[u.op.index()].operands[u.index as usize]
    }
    fn operand_mut(&mut self, u: UseRef) -> &mut Operand {
        &mut self.ops[u.op.index()].operands[u.index as usize]
    }
    fn link_use(&mut self, u: UseRef) {
        let v = self.operand(u).value;
        let head = self.values[v.index()].first_use;
        {
            let o = self.operand_mut(u);
            o.prev = None;
            o.next = head;
        }
        if let Some(h) = head {
            self.operand_mut(h).prev = Some(u);
        }
        self.values[v.index()].first_use = Some(u);
    }
    fn unlink_use(&mut self, u: UseRef) {
        let (v, prev, next) = {
            let o = self.operand(u);
            (o.value, o.prev, o.next)
        };
        match prev {
            Some(p) => self.operand_mut(p).next = next,
            None => self.values[v.index()].first_use = next,
        }
        if let Some(n) = next {
            self.operand_mut(n).prev = prev;
        }
        let o = self.operand_mut(u);
        o.prev = None;
        o.next = None;
    }

    /// Iterates over the uses of `v`.
    pub fn uses(&self, v: Value) -> impl Iterator<Item = UseRef> + '_ {
        let mut cur = self.values[v.index()].first_use;
        std::iter::from_fn(move || {
            let u = cur?;
            cur = self.operand(u).next;
            Some(u)
        })
    }
    /// True when `v` has at least one use.
    pub fn has_uses(&self, v: Value) -> bool {
        self.values[v.index()].first_use.is_some()
    }
    /// Number of uses of `v`.
    pub fn use_count(&self, v: Value) -> usize {
        self.uses(v).count()
    }
    /// Points operand `index` of `op` at `v`.
    pub fn set_operand(&mut self, op: OpId, index: usize, v: Value) {
        let u = UseRef {
            op,
            index: index as u32,
        };
        if self.operand(u).value == v {
            return;
        }
        self.unlink_use(u);
        self.operand_mut(u).value = v;
        self.link_use(u);
    }
    /// Replaces the whole operand list of `op`.
    pub fn set_operands(&mut self, op: OpId, vals: &[Value]) {
        let n = self.ops[op.index()].operands.len();
        for i in 0..n {
            self.unlink_use(UseRef { op, index: i as u32 });
        }
        self.ops[op.index()].operands = vals
            .iter()
            .map(|&value| Operand {
                value,
                prev: None,
                next: None,
            })
            .collect();
        for i in 0..vals.len() {
            self.link_use(UseRef { op, index: i as u32 });
        }
    }
    /// Replaces every use of `from` with `to`.
    pub fn replace_all_uses(&mut self, from: Value, to: Value) {
        if from == to {
            return;
        }
        while let Some(u) = self.values[from.index()].first_use {
            self.unlink_use(u);
            self.operand_mut(u).value = to;
            self.link_use(u);
        }
    }
    /// Replaces the uses of `from` for which `keep` returns false.
    pub fn replace_uses_if(&mut self, from: Value, to: Value, mut replace: impl FnMut(&Module, UseRef) -> bool) {
        let uses: Vec<UseRef> = self.uses(from).collect();
        for u in uses {
            if replace(self, u) {
                self.set_operand(u.op, u.index as usize, to);
            }
        }
    }
    /// Replaces the results of `op` with `with`, one for one.
    pub fn replace_op_results(&mut self, op: OpId, with: &[Value]) {
        let results: SmallVec<[Value; 2]> = self.results(op).collect();
        debug_assert_eq!(results.len(), with.len());
        for (r, w) in results.iter().zip(with) {
            self.replace_all_uses(*r, *w);
        }
    }

    // ----- placement -----

    /// Appends a detached op at the end of `block`.
    pub fn append_op(&mut self, block: BlockId, op: OpId) {
        let last = self.blocks[block.index()].last;
        self.link_op(block, last, None, op);
    }
    /// Inserts a detached op right before `before`.
    pub fn insert_op_before(&mut self, before: OpId, op: OpId) {
        let b = self.ops[before.index()].parent.expect("insertion anchor is detached");
        let prev = self.ops[before.index()].prev;
        self.link_op(b, prev, Some(before), op);
    }
    /// Inserts a detached op right after `after`.
    pub fn insert_op_after(&mut self, after: OpId, op: OpId) {
        let b = self.ops[after.index()].parent.expect("insertion anchor is detached");
        let next = self.ops[after.index()].next;
        self.link_op(b, Some(after), next, op);
    }
    /// Inserts a detached op at the start of `block`.
    pub fn prepend_op(&mut self, block: BlockId, op: OpId) {
        let first = self.blocks[block.index()].first;
        self.link_op(block, None, first, op);
    }
    fn link_op(&mut self, block: BlockId, prev: Option<OpId>, next: Option<OpId>, op: OpId) {
        debug_assert!(self.ops[op.index()].parent.is_none(), "op is already in a block");
        let o = &mut self.ops[op.index()];
        o.parent = Some(block);
        o.prev = prev;
        o.next = next;
        match prev {
            Some(p) => self.ops[p.index()].next = Some(op),
            None => self.blocks[block.index()].first = Some(op),
        }
        match next {
            Some(n) => self.ops[n.index()].prev = Some(op),
            None => self.blocks[block.index()].last = Some(op),
        }
    }
    /// Unlinks `op` from its block; it keeps its operands, results and regions.
    pub fn detach_op(&mut self, op: OpId) {
        let Some(block) = self.ops[op.index()].parent.take() else {
            return;
        };
        let (prev, next) = (self.ops[op.index()].prev.take(), self.ops[op.index()].next.take());
        match prev {
            Some(p) => self.ops[p.index()].next = next,
            None => self.blocks[block.index()].first = next,
        }
        match next {
            Some(n) => self.ops[n.index()].prev = prev,
            None => self.blocks[block.index()].last = prev,
        }
    }
    /// Moves `op` right before `before` (possibly into another block).
    pub fn move_op_before(&mut self, op: OpId, before: OpId) {
        self.detach_op(op);
        self.insert_op_before(before, op);
    }
    /// Moves `op` to the end of `block`.
    pub fn move_op_to_end(&mut self, op: OpId, block: BlockId) {
        self.detach_op(op);
        self.append_op(block, op);
    }

    /// Erases `op` and everything nested in it. Its results must be unused outside it.
    pub fn erase_op(&mut self, op: OpId) {
        let all = self.walk(op, Order::Post);
        for &o in &all {
            for i in 0..self.ops[o.index()].operands.len() {
                self.unlink_use(UseRef { op: o, index: i as u32 });
            }
        }
        debug_assert!(
            self.results(op).all(|r| !self.has_uses(r)),
            "erasing an op whose results are still used"
        );
        self.detach_op(op);
        for &o in &all {
            self.ops[o.index()].alive = false;
            for &r in &self.ops[o.index()].regions.clone() {
                for &b in &self.regions[r.index()].blocks {
                    self.blocks[b.index()].alive = false;
                }
            }
        }
    }
    /// Erases `block` and its ops; its arguments must be unused outside it.
    pub fn erase_block(&mut self, block: BlockId) {
        let ops: Vec<OpId> = self.block_ops(block).collect();
        for &op in ops.iter().rev() {
            // Uses between ops of the block are dropped by erasing users first.
            let nested = self.walk(op, Order::Post);
            for &o in &nested {
                for i in 0..self.ops[o.index()].operands.len() {
                    self.unlink_use(UseRef { op: o, index: i as u32 });
                }
            }
        }
        for op in ops {
            self.erase_op(op);
        }
        self.detach_block(block);
        self.blocks[block.index()].alive = false;
    }

    // ----- queries -----

    /// The op's name.
    #[inline]
    pub fn op_name(&self, op: OpId) -> &str {
        self.ctx.str(self.ops[op.index()].name)
    }
    /// The op's name as an interned string.
    #[inline]
    pub fn op_name_sym(&self, op: OpId) -> Sym {
        self.ops[op.index()].name
    }
    /// The registered definition of the op, if its dialect is registered.
    #[inline]
    pub fn op_def(&self, op: OpId) -> Option<&OpDef> {
        let d = self.ops[op.index()].def;
        (d != NO_DEF).then(|| self.ctx.op_def_at(d))
    }
    /// True when the op is registered and has all of `t`.
    #[inline]
    pub fn has_trait(&self, op: OpId, t: Traits) -> bool {
        self.op_def(op).is_some_and(|d| d.traits.contains(t))
    }
    /// False once the op is erased.
    pub fn is_alive(&self, op: OpId) -> bool {
        self.ops[op.index()].alive
    }
    pub fn loc(&self, op: OpId) -> Attr {
        self.ops[op.index()].loc
    }
    pub fn set_loc(&mut self, op: OpId, loc: Attr) {
        self.ops[op.index()].loc = loc;
    }
    pub fn num_operands(&self, op: OpId) -> usize {
        self.ops[op.index()].operands.len()
    }
    pub fn operand_value(&self, op: OpId, i: usize) -> Value {
        self.ops[op.index()].operands[i].value
    }
    /// The operand values of `op`.
    pub fn operands(&self, op: OpId) -> impl ExactSizeIterator<Item = Value> + '_ {
        self.ops[op.index()].operands.iter().map(|o| o.value)
    }
    pub fn num_results(&self, op: OpId) -> usize {
        self.ops[op.index()].num_results as usize
    }
    pub fn result(&self, op: OpId, i: usize) -> Value {
        debug_assert!(i < self.num_results(op));
        Value::new(self.ops[op.index()].first_result as usize + i)
    }
    /// The result values of `op`.
    pub fn results(&self, op: OpId) -> impl ExactSizeIterator<Item = Value> + use<> {
        let o = &self.ops[op.index()];
        (o.first_result as usize..(o.first_result + o.num_results) as usize).map(Value::new)
    }
    /// Inherent attributes (dictionary).
    pub fn props(&self, op: OpId) -> Attr {
        self.ops[op.index()].props
    }
    /// Discardable attributes (dictionary).
    pub fn attrs(&self, op: OpId) -> Attr {
        self.ops[op.index()].attrs
    }
    pub fn set_props(&mut self, op: OpId, dict: Attr) {
        self.ops[op.index()].props = dict;
    }
    pub fn set_attrs(&mut self, op: OpId, dict: Attr) {
        self.ops[op.index()].attrs = dict;
    }
    /// An attribute by name, inherent first.
    pub fn attr(&self, op: OpId, name: &str) -> Option<Attr> {
        let o = &self.ops[op.index()];
        self.ctx
            .dict_get(o.props, name)
            .or_else(|| self.ctx.dict_get(o.attrs, name))
    }
    /// Sets an attribute: inherent ones (per the op definition) go to properties.
    pub fn set_attr(&mut self, op: OpId, name: &str, value: Attr) {
        let n = self.ctx.sym(name);
        let inherent = self.op_def(op).is_some_and(|d| d.inherent_attrs.contains(&name))
            || self.ctx.dict_get(self.props(op), name).is_some();
        let o = &mut self.ops[op.index()];
        if inherent {
            o.props = self.ctx.dict_with(o.props, n, Some(value));
        } else {
            o.attrs = self.ctx.dict_with(o.attrs, n, Some(value));
        }
    }
    /// Removes an attribute wherever it is.
    pub fn remove_attr(&mut self, op: OpId, name: &str) {
        let n = self.ctx.sym(name);
        let o = &mut self.ops[op.index()];
        o.props = self.ctx.dict_with(o.props, n, None);
        o.attrs = self.ctx.dict_with(o.attrs, n, None);
    }
    pub fn regions(&self, op: OpId) -> &[RegionId] {
        &self.ops[op.index()].regions
    }
    pub fn successors(&self, op: OpId) -> &[BlockId] {
        &self.ops[op.index()].successors
    }
    pub fn set_successor(&mut self, op: OpId, i: usize, b: BlockId) {
        self.ops[op.index()].successors[i] = b;
    }
    /// The block holding `op`.
    pub fn parent_block(&self, op: OpId) -> Option<BlockId> {
        self.ops[op.index()].parent
    }
    /// The op whose region holds `op`.
    pub fn parent_op(&self, op: OpId) -> Option<OpId> {
        let b = self.ops[op.index()].parent?;
        let r = self.blocks[b.index()].parent?;
        self.regions[r.index()].parent
    }
    pub fn next_op(&self, op: OpId) -> Option<OpId> {
        self.ops[op.index()].next
    }
    pub fn prev_op(&self, op: OpId) -> Option<OpId> {
        self.ops[op.index()].prev
    }
    pub fn block_region(&self, b: BlockId) -> Option<RegionId> {
        self.blocks[b.index()].parent
    }
    pub fn region_op(&self, r: RegionId) -> Option<OpId> {
        self.regions[r.index()].parent
    }
    pub fn region_blocks(&self, r: RegionId) -> &[BlockId] {
        &self.regions[r.index()].blocks
    }
    pub fn block_args(&self, b: BlockId) -> &[Value] {
        &self.blocks[b.index()].args
    }
    pub fn block_arg_locs(&self, b: BlockId) -> &[Attr] {
        &self.blocks[b.index()].arg_locs
    }
    pub fn set_block_arg_loc(&mut self, b: BlockId, i: usize, loc: Attr) {
        self.blocks[b.index()].arg_locs[i] = loc;
    }
    pub fn block_is_alive(&self, b: BlockId) -> bool {
        self.blocks[b.index()].alive
    }
    pub fn first_op(&self, b: BlockId) -> Option<OpId> {
        self.blocks[b.index()].first
    }
    /// The last op of a block (its terminator when it has one).
    pub fn last_op(&self, b: BlockId) -> Option<OpId> {
        self.blocks[b.index()].last
    }
    /// The ops of `block` in order. Do not insert or erase in the block while iterating.
    pub fn block_ops(&self, block: BlockId) -> impl Iterator<Item = OpId> + '_ {
        let mut cur = self.blocks[block.index()].first;
        std::iter::from_fn(move || {
            let op = cur?;
            cur = self.ops[op.index()].next;
            Some(op)
        })
    }
    pub fn value_type(&self, v: Value) -> Type {
        self.values[v.index()].ty
    }
    pub fn set_value_type(&mut self, v: Value, ty: Type) {
        self.values[v.index()].ty = ty;
    }
    pub fn value_def(&self, v: Value) -> ValueDef {
        self.values[v.index()].def
    }
    /// The op defining `v`, if `v` is a result.
    pub fn defining_op(&self, v: Value) -> Option<OpId> {
        match self.values[v.index()].def {
            ValueDef::Result { op, .. } => Some(op),
            _ => None,
        }
    }
    /// The block in which `v` is defined.
    pub fn value_block(&self, v: Value) -> Option<BlockId> {
        match self.values[v.index()].def {
            ValueDef::Result { op, .. } => self.ops[op.index()].parent,
            ValueDef::Arg { block, .. } => Some(block),
            ValueDef::Placeholder => None,
        }
    }
    /// True when `op` is `ancestor` or nested (at any depth) inside it.
    pub fn is_ancestor(&self, ancestor: OpId, mut op: OpId) -> bool {
        loop {
            if op == ancestor {
                return true;
            }
            match self.parent_op(op) {
                Some(p) => op = p,
                None => return false,
            }
        }
    }
    /// The nearest enclosing op (including `op`) that has trait `t`.
    pub fn ancestor_with_trait(&self, mut op: OpId, t: Traits) -> Option<OpId> {
        loop {
            if self.has_trait(op, t) {
                return Some(op);
            }
            op = self.parent_op(op)?;
        }
    }

    // ----- traversal -----

    /// All ops nested in `root` (including it) in the given order. Collected up front so the
    /// caller may mutate the module while going through the list (check [`Module::is_alive`]).
    pub fn walk(&self, root: OpId, order: Order) -> Vec<OpId> {
        let mut out = Vec::new();
        // Explicit stack: nesting depth is bounded by memory, not by the thread's stack.
        enum Item {
            Enter(OpId),
            Leave(OpId),
        }
        let mut stack = vec![Item::Enter(root)];
        while let Some(it) = stack.pop() {
            match it {
                Item::Leave(op) => out.push(op),
                Item::Enter(op) => {
                    match order {
                        Order::Pre => out.push(op),
                        Order::Post => stack.push(Item::Leave(op)),
                    }
                    let o = &self.ops[op.index()];
                    for &r in o.regions.iter().rev() {
                        for &b in self.regions[r.index()].blocks.iter().rev() {
                            let mut cur = self.blocks[b.index()].last;
                            while let Some(c) = cur {
                                stack.push(Item::Enter(c));
                                cur = self.ops[c.index()].prev;
                            }
                        }
                    }
                }
            }
        }
        out
    }

    /// Deep-copies `op` (detached), mapping operands through `map` and recording the clone's
    /// values and blocks in it.
    pub fn clone_op(&mut self, op: OpId, map: &mut IrMapping) -> OpId {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.clone_op_inner(op, map))
    }
    fn clone_op_inner(&mut self, op: OpId, map: &mut IrMapping) -> OpId {
        let src = self.ops[op.index()].clone();
        let mut st = OperationState::new(src.name, src.loc);
        st.operands = src.operands.iter().map(|o| map.lookup(o.value)).collect();
        st.result_types = self.results(op).map(|r| self.value_type(r)).collect();
        st.successors = src
            .successors
            .iter()
            .map(|b| map.blocks.get(b).copied().unwrap_or(*b))
            .collect();
        for &r in &src.regions {
            let nr = self.new_region();
            self.clone_region_into(r, nr, map);
            st.regions.push(nr);
        }
        let new = self.create_op(st);
        self.ops[new.index()].props = src.props;
        self.ops[new.index()].attrs = src.attrs;
        for (a, b) in self.results(op).zip(self.results(new)) {
            map.map(a, b);
        }
        new
    }
    /// Clones the blocks of `from` to the end of `to`.
    pub fn clone_region_into(&mut self, from: RegionId, to: RegionId, map: &mut IrMapping) {
        let blocks = self.regions[from.index()].blocks.clone();
        // Create all blocks first so successors and forward uses can be mapped.
        for &b in &blocks {
            let nb = self.new_block();
            let args = self.blocks[b.index()].args.clone();
            let locs = self.blocks[b.index()].arg_locs.clone();
            for (a, l) in args.iter().zip(locs) {
                let ty = self.value_type(*a);
                let na = self.add_block_arg(nb, ty, l);
                map.map(*a, na);
            }
            map.blocks.insert(b, nb);
            self.append_block(to, nb);
        }
        let mut cloned = Vec::new();
        for &b in &blocks {
            let nb = map.blocks[&b];
            let ops: Vec<OpId> = self.block_ops(b).collect();
            for o in ops {
                let c = self.clone_op_inner(o, map);
                self.append_op(nb, c);
                cloned.push(c);
            }
        }
        // Uses that precede their definition in block order (graph regions, CFG back edges)
        // were cloned before the mapping existed: remap them now.
        for c in cloned {
            for o in self.walk(c, Order::Pre) {
                for i in 0..self.num_operands(o) {
                    let v = self.operand_value(o, i);
                    if let Some(&nv) = map.values.get(&v) {
                        self.set_operand(o, i, nv);
                    }
                }
            }
        }
    }
}

impl std::fmt::Debug for Module {
    /// The module's IR in the generic form.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::printer::print_module(
            self,
            crate::printer::PrintOptions {
                generic: true,
                debug_info: false,
                ..Default::default()
            },
        ))
    }
}
