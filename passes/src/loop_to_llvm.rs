//! `convert-loop-to-llvm`: the `loop` dialect to the `llvm` dialect.
//!
//! - Structured control flow becomes blocks: `loop.for` a header block with a compare and a
//!   back edge, `loop.if` a conditional branch to a join block, `loop.parallel` nested fors.
//! - A memref is a pointer to its descriptor: the data pointer, then one i64 size and one i64
//!   stride (in elements) per dimension. This pass reads the descriptor of each memref once
//!   (function arguments at entry, allocations where they happen) and indexes the data with
//!   those values; loads and stores become a getelementptr and an llvm.load/store.
//! - Symbolic dimensions are bound from the argument descriptors at entry (`memref<Nx4xf32>`
//!   binds N to the first size), so `loop.alloc`, `loop.view` and `loop.subview` results of
//!   symbolic types get their sizes at run time.
//!
//! Index values stay `index` for the arith ops that compute them: the pass bridges with
//! `builtin.unrealized_conversion_cast` (index <-> i64, memref <-> !llvm.ptr), which
//! `convert-arith-to-llvm` and `convert-func-to-llvm` fold away.

use crate::runtime_abi;
use crate::to_llvm::llvm_ptr;
use kiln_dialects::builders::{CmpI, OpBuilder};
use kiln_ir::pass::{Pass, PassContext, PassFailed};
use kiln_ir::{
    Attr, BlockId, Builder, Diagnostic, Dim, DimOp, Module, OpId, OperationState, Sym, Type, TypeKind, Value,
};
use rustc_hash::FxHashMap;

kiln_ir::declare_pass! {
    argument: "convert-loop-to-llvm", display: "ConvertLoopToLLVM",
    summary: "Lower loop-dialect buffers and structured control flow to the llvm dialect",
    options: LoopToLlvmOptions {
        contiguous_entry_arguments: bool = false, "contiguous-entry-arguments",
            "Memref arguments of public functions no call in the module targets are row-major and contiguous (the runtime's calling convention): strides from sizes, static sizes as constants";
        parallel: bool = false, "parallel",
            "Run loops marked kiln.parallel (independent iterations) on the runtime's thread pool: each becomes a function of its own that kiln_rt_parallel_for calls per chunk";
    },
    create: |o: LoopToLlvmOptions| Box::new(LoopToLlvm { opts: o }),
}

struct LoopToLlvm {
    opts: LoopToLlvmOptions,
}

impl Pass for LoopToLlvm {
    kiln_ir::declared_pass_names!(opts);
    fn run(&mut self, m: &mut Module, root: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
        let funcs: Vec<OpId> = kiln_ir::pass::top_level_ops(m, root, &["func.func", "llvm.func"])
            .into_iter()
            .filter(|&f| m.regions(f).first().is_some_and(|&r| !m.region_blocks(r).is_empty()))
            .collect();
        // Functions something in the module calls may receive views (subviews are strided).
        let called = kiln_ir::symbol::symbol_uses(m, root);
        let contiguous = self.opts.contiguous_entry_arguments;
        let parallel = self.opts.parallel;
        cx.for_each(m, funcs, |m, f| {
            let entry_only = contiguous
                && kiln_ir::symbol::is_public(m, f)
                && kiln_ir::symbol::symbol_name(m, f).is_some_and(|n| !called.contains(&m.ctx().sym(n)));
            let outlined = if parallel {
                crate::outline_parallel::outline(m, f, entry_only)
            } else {
                Vec::new()
            };
            lower_function(m, f, entry_only)?;
            for o in outlined {
                lower_function(m, o, false)?;
            }
            Ok(())
        })
    }
}

/// In hand-written loop code, `loop.dealloc` and `loop.export` (which frees its destination's
/// storage) may only free buffers the function allocated (`loop.alloc`, through views): an
/// argument's storage belongs to the caller, and freeing it would corrupt the caller's heap.
/// Code lowered from the tensor level exports into its result parameters by design and is
/// marked `kiln.bufferized`, which skips this check.
fn check_frees_own_buffers(m: &Module, func: OpId) -> R<()> {
    for op in m.walk(func, kiln_ir::Order::Pre) {
        let freed = match m.op_name(op) {
            "loop.dealloc" => m.operand_value(op, 0),
            "loop.export" => m.operand_value(op, 1),
            _ => continue,
        };
        let mut v = freed;
        while let Some(d) = m
            .defining_op(v)
            .filter(|&d| matches!(m.op_name(d), "loop.view" | "loop.subview"))
        {
            v = m.operand_value(d, 0);
        }
        let owned = m.defining_op(v).is_some_and(|d| m.op_name(d) == "loop.alloc");
        if !owned {
            return Err(Diagnostic::error(
                m.loc(op),
                format!(
                    "'{}' frees a buffer this function did not allocate (an argument's storage belongs to the caller)",
                    m.op_name(op)
                ),
            ));
        }
    }
    Ok(())
}

/// A memref's descriptor, read into SSA values.
#[derive(Clone)]
struct Desc {
    /// The descriptor pointer (what crosses calls).
    ptr: Value,
    data: Value,
    sizes: Vec<Value>,
    strides: Vec<Value>,
    elem: Type,
}

struct Lower<'m> {
    m: &'m mut Module,
    func: OpId,
    entry: BlockId,
    descs: FxHashMap<Value, Desc>,
    syms: FxHashMap<Sym, Value>,
    /// Hand-written loop code: every load and store is bounds-checked at run time.
    checked: bool,
    i64: Type,
    ptr: Type,
    index: Type,
}

type R<T> = Result<T, Diagnostic>;

fn is_memref(m: &Module, t: Type) -> bool {
    matches!(m.ctx().ty(t), TypeKind::MemRef { .. })
}

/// `contiguous`: the function is only entered from the runtime, whose buffers are row-major
/// and contiguous with the extents its types say (checked before the call).
fn lower_function(m: &mut Module, func: OpId, contiguous: bool) -> R<()> {
    let ctx = m.ctx().clone();
    let region = m.regions(func)[0];
    let entry = m.region_blocks(region)[0];
    let checked = m.attr(func, crate::tensor_to_loop::BUFFERIZED).is_none();
    if checked {
        check_frees_own_buffers(m, func)?;
    }
    let mut lw = Lower {
        i64: ctx.i64(),
        ptr: llvm_ptr(&ctx),
        index: ctx.index_type(),
        m,
        func,
        entry,
        descs: FxHashMap::default(),
        syms: FxHashMap::default(),
        checked,
    };
    // Read the argument descriptors at entry and bind the symbols of their shapes.
    let first = lw.m.first_op(entry);
    for a in lw.m.block_args(entry).to_vec() {
        if !is_memref(lw.m, lw.m.value_type(a)) {
            continue;
        }
        let at = match first {
            Some(op) => Builder::before(op),
            None => Builder::at_end(entry),
        };
        let p = lw.cast(&at, a, lw.ptr);
        let d = lw.read_desc(&at, p, lw.m.value_type(a), func, contiguous)?;
        let dims = shape(lw.m, lw.m.value_type(a));
        for (k, dim) in dims.iter().enumerate() {
            if let Dim::Sym(s) = dim {
                lw.syms.entry(*s).or_insert(d.sizes[k]);
            }
        }
        lw.descs.insert(a, d);
    }
    // An outlined parallel loop's captured memrefs (`outline_parallel`): their descriptors are
    // read where they are unpacked.
    let captures: Vec<OpId> =
        lw.m.block_ops(entry)
            .filter(|&o| lw.m.attr(o, crate::outline_parallel::CAPTURE).is_some())
            .collect();
    for c in captures {
        let (p, v) = (lw.m.operand_value(c, 0), lw.m.result(c, 0));
        let contiguous = lw.m.attr(c, crate::outline_parallel::CONTIGUOUS).is_some();
        let at = match lw.m.next_op(c) {
            Some(n) => Builder::before(n),
            None => Builder::at_end(entry),
        };
        let ty = lw.m.value_type(v);
        let d = lw.read_desc(&at, p, ty, func, contiguous)?;
        for (k, dim) in shape(lw.m, ty).iter().enumerate() {
            if let Dim::Sym(s) = dim {
                lw.syms.entry(*s).or_insert(d.sizes[k]);
            }
        }
        lw.descs.insert(v, d);
    }
    lw.parallel_to_for();
    lw.lower_region(region)?;
    Ok(())
}

fn shape(m: &Module, t: Type) -> Vec<Dim> {
    m.ctx().ty(t).shape().map(|s| s.to_vec()).unwrap_or_default()
}

impl Lower<'_> {
    /// Typed builders at `at`, every op at the function's location.
    fn b(&mut self, at: &Builder) -> OpBuilder<'_> {
        let loc = self.m.loc(self.func);
        OpBuilder::new(self.m, *at, loc)
    }

    fn cast(&mut self, at: &Builder, v: Value, to: Type) -> Value {
        self.b(at).cast(v, to)
    }

    fn i64_const(&mut self, at: &Builder, v: i64) -> Value {
        self.b(at).llvm_i64(v)
    }

    /// The address of field `k` (in 8-byte slots) of the descriptor at `p`.
    fn slot(&mut self, at: &Builder, p: Value, k: i64) -> Value {
        let off = self.i64_const(at, k);
        let i64 = self.i64;
        self.b(at).llvm_gep(p, off, i64)
    }

    /// Loads field `k` of the descriptor at `p`.
    fn field(&mut self, at: &Builder, p: Value, k: i64, ty: Type) -> Value {
        let slot = self.slot(at, p, k);
        self.b(at).llvm_load(slot, ty, Some(8))
    }

    fn store_field(&mut self, at: &Builder, p: Value, k: i64, v: Value) {
        let slot = self.slot(at, p, k);
        self.b(at).llvm_store(v, slot, Some(8));
    }

    /// Reads a descriptor. When it is `contiguous` (row-major with the extents of `ty`, as the
    /// runtime passes entry arguments), only the data pointer and the symbolic extents are
    /// read: static extents are constants and the strides products of the extents, which lets
    /// LLVM vectorize without versioning every loop on them.
    fn read_desc(&mut self, at: &Builder, p: Value, ty: Type, at_op: OpId, contiguous: bool) -> R<Desc> {
        let elem = self.elem(ty, at_op)?;
        let data = self.field(at, p, 0, self.ptr);
        let dims = shape(self.m, ty);
        let rank = dims.len() as i64;
        let sizes: Vec<Value> = dims
            .iter()
            .enumerate()
            .map(|(k, d)| match d {
                Dim::Const(c) if contiguous => self.i64_const(at, *c),
                _ => self.field(at, p, 1 + k as i64, self.i64),
            })
            .collect();
        let strides = if contiguous {
            self.row_major(at, &sizes)
        } else {
            (0..rank).map(|k| self.field(at, p, 1 + rank + k, self.i64)).collect()
        };
        Ok(Desc {
            ptr: p,
            data,
            sizes,
            strides,
            elem,
        })
    }

    /// Allocates a descriptor on the stack (in the entry block) and fills it.
    fn write_desc(&mut self, at: &Builder, data: Value, sizes: Vec<Value>, strides: Vec<Value>, elem: Type) -> Desc {
        let rank = sizes.len() as i64;
        let entry_at = match self.m.first_op(self.entry) {
            Some(o) => Builder::before(o),
            None => Builder::at_end(self.entry),
        };
        let n = self.i64_const(&entry_at, 1 + 2 * rank);
        let (i64, ptr) = (self.i64, self.ptr);
        let p = self.b(&entry_at).llvm_alloca(n, i64, 8, ptr);
        self.store_field(at, p, 0, data);
        for (k, &s) in sizes.iter().enumerate() {
            self.store_field(at, p, 1 + k as i64, s);
        }
        for (k, &s) in strides.iter().enumerate() {
            self.store_field(at, p, 1 + rank + k as i64, s);
        }
        Desc {
            ptr: p,
            data,
            sizes,
            strides,
            elem,
        }
    }

    /// The element type in memory (`index` is stored as i64).
    fn elem(&self, ty: Type, op: OpId) -> R<Type> {
        let e = self
            .m
            .ctx()
            .ty(ty)
            .element_type()
            .ok_or_else(|| Diagnostic::error(self.m.loc(op), "expects a memref"))?;
        Ok(if e == self.index { self.i64 } else { e })
    }

    /// The run-time value of dimension `d` as i64 (symbols bound from argument descriptors).
    fn dim_value(&mut self, at: &Builder, d: &Dim, op: OpId) -> R<Value> {
        Ok(match d {
            Dim::Const(c) => self.i64_const(at, *c),
            Dim::Sym(s) => *self.syms.get(s).ok_or_else(|| {
                Diagnostic::error(
                    self.m.loc(op),
                    format!(
                        "symbol '{}' is not the extent of any memref argument, so its value is unknown at run time",
                        self.m.ctx().str(*s)
                    ),
                )
            })?,
            Dim::Expr(e) => {
                let (a, b) = (self.dim_value(at, &e.lhs, op)?, self.dim_value(at, &e.rhs, op)?);
                let mut b_ = self.b(at);
                match e.op {
                    DimOp::Add => b_.llvm_add(a, b),
                    DimOp::Sub => b_.llvm_sub(a, b),
                    DimOp::Mul => b_.llvm_mul(a, b),
                    DimOp::Div => b_.llvm_sdiv(a, b),
                    DimOp::Mod => b_.llvm_srem(a, b),
                }
            }
            Dim::Dynamic => {
                return Err(Diagnostic::error(
                    self.m.loc(op),
                    "a '?' extent has no run-time value here",
                ))
            }
        })
    }

    fn row_major(&mut self, at: &Builder, sizes: &[Value]) -> Vec<Value> {
        let mut strides = vec![self.i64_const(at, 1); sizes.len()];
        for k in (0..sizes.len().saturating_sub(1)).rev() {
            strides[k] = self.b(at).llvm_mul(strides[k + 1], sizes[k + 1]);
        }
        strides
    }

    fn desc(&self, v: Value, op: OpId) -> R<Desc> {
        self.descs.get(&v).cloned().ok_or_else(|| {
            Diagnostic::error(
                self.m.loc(op),
                "memref values must come from a function argument, loop.alloc, loop.view or loop.subview (not through loop-carried values)",
            )
        })
    }

    /// `data + sum(index_k * stride_k)` in elements.
    /// In hand-written loop code, a run-time check that `idx` (with `lanes` elements along the
    /// last dimension) lies inside `d`'s extents; the runtime leaves the call otherwise, as tier
    /// 0 reports an out-of-bounds access. Code from `convert-tensor-to-loop` is in bounds by
    /// construction and is not checked.
    fn check_bounds(&mut self, at: &Builder, d: &Desc, idx: &[Value], lanes: i64) {
        if !self.checked {
            return;
        }
        runtime_abi::CHECK_INDEX.declare_llvm(self.m, self.func);
        for (k, (&i, &n)) in idx.iter().zip(&d.sizes).enumerate() {
            let i = self.cast(at, i, self.i64);
            let len = self.i64_const(at, if k + 1 == idx.len() { lanes } else { 1 });
            self.b(at).llvm_call(runtime_abi::CHECK_INDEX.name, &[i, len, n], None);
        }
    }

    fn address(&mut self, at: &Builder, d: &Desc, idx: &[Value]) -> Value {
        let mut off: Option<Value> = None;
        for (k, &i) in idx.iter().enumerate() {
            let i = self.cast(at, i, self.i64);
            let t = self.b(at).llvm_mul(i, d.strides[k]);
            off = Some(match off {
                Some(o) => self.b(at).llvm_add(o, t),
                None => t,
            });
        }
        let off = off.unwrap_or_else(|| self.i64_const(at, 0));
        self.b(at).llvm_gep(d.data, off, d.elem)
    }

    /// Rewrites every `loop.parallel` into nested `loop.for`s (the sequential schedule).
    fn parallel_to_for(&mut self) {
        let pars: Vec<OpId> = self
            .m
            .walk(self.func, kiln_ir::Order::Post)
            .into_iter()
            .filter(|&o| self.m.op_name(o) == "loop.parallel")
            .collect();
        let ctx = self.m.ctx().clone();
        for par in pars {
            let n = self.m.num_operands(par) / 3;
            let ops: Vec<Value> = self.m.operands(par).collect();
            let body = self.m.region_blocks(self.m.regions(par)[0])[0];
            let ivs = self.m.block_args(body).to_vec();
            let loc = self.m.loc(par);
            // Build fors from the outside in; the innermost takes the body's ops.
            let mut at = Builder::before(par);
            let mut inner_block = None;
            for k in 0..n {
                let (r, b) = Builder::region_with_block(self.m, &[self.index], loc);
                let mut st = OperationState::new(ctx.sym("loop.for"), loc);
                st.operands.extend([ops[k], ops[n + k], ops[2 * n + k]]);
                st.regions.push(r);
                at.create(self.m, st);
                let iv = self.m.block_args(b)[0];
                self.m.replace_all_uses(ivs[k], iv);
                if k + 1 < n {
                    // The next for goes before this one's yield, created below.
                    let y = OperationState::new(ctx.sym("loop.yield"), loc);
                    let y = Builder::at_end(b).create(self.m, y);
                    at = Builder::before(y);
                }
                inner_block = Some(b);
            }
            let inner = inner_block.expect("a parallel loop has a dimension");
            let moved: Vec<OpId> = self.m.block_ops(body).collect();
            for o in moved {
                self.m.move_op_to_end(o, inner);
            }
            self.m.erase_op(par);
        }
    }

    fn lower_region(&mut self, region: kiln_ir::RegionId) -> R<()> {
        // Ops are collected first: lowering splits blocks and moves ops between them.
        let mut ops = Vec::new();
        for &b in self.m.region_blocks(region) {
            ops.extend(self.m.block_ops(b));
        }
        for op in ops {
            self.lower_op(op)?;
        }
        Ok(())
    }

    fn lower_op(&mut self, op: OpId) -> R<()> {
        let name = self.m.op_name(op).to_string();
        let at = Builder::before(op);
        let loc = self.m.loc(op);
        let ctx = self.m.ctx().clone();
        match name.as_str() {
            "loop.for" => self.lower_for(op)?,
            "loop.if" => self.lower_if(op)?,
            "loop.while" => self.lower_while(op)?,
            "loop.alloc" => {
                let ty = self.m.value_type(self.m.result(op, 0));
                let elem = self.elem(ty, op)?;
                let mut dyn_ops = self.m.operands(op).collect::<Vec<_>>().into_iter();
                let mut sizes = Vec::new();
                for d in shape(self.m, ty) {
                    sizes.push(match d {
                        Dim::Const(c) => self.i64_const(&at, c),
                        _ => match dyn_ops.next() {
                            Some(v) => self.cast(&at, v, self.i64),
                            None => self.dim_value(&at, &d, op)?,
                        },
                    });
                }
                let strides = self.row_major(&at, &sizes);
                let width = ctx.bit_width(elem).map_or(8, |w| (w as u64).div_ceil(8) as i64);
                // The runtime's buffer pool (64-byte aligned; freed buffers are reused by size)
                // sizes the buffer from the descriptor with checked arithmetic: extents may
                // come from input data, and a product wrapped here would undersize it. It fills
                // the data slot, or leaves the call when it cannot allocate.
                let rank = sizes.len() as i64;
                let ptr = self.ptr;
                let null = self.b(&at).llvm_zero(ptr);
                let mut d = self.write_desc(&at, null, sizes, strides, elem);
                let (rank_v, width_v) = (self.i64_const(&at, rank), self.i64_const(&at, width));
                runtime_abi::ALLOC_SHAPE.declare_llvm(self.m, self.func);
                d.data = self
                    .b(&at)
                    .llvm_call(runtime_abi::ALLOC_SHAPE.name, &[d.ptr, rank_v, width_v], Some(ptr))
                    .expect("a typed call has a result");
                let r = self.m.result(op, 0);
                let back = self.cast(&at, d.ptr, ty);
                self.m.replace_all_uses(r, back);
                self.descs.insert(back, d);
                self.m.erase_op(op);
            }
            "loop.constant_buffer" => {
                // Private read-only data beside the function; the descriptor points into it.
                let ty = self.m.value_type(self.m.result(op, 0));
                let elem = self.elem(ty, op)?;
                let value = self.m.attr(op, "value").expect("verified");
                let base = kiln_ir::symbol::symbol_name(self.m, self.func)
                    .unwrap_or("f")
                    .to_string();
                let parent = self.m.parent_op(self.func).unwrap_or(self.func);
                let taken: rustc_hash::FxHashSet<String> = self
                    .m
                    .walk(parent, kiln_ir::Order::Pre)
                    .into_iter()
                    .filter(|&o| self.m.op_name(o) == "llvm.mlir.global")
                    .filter_map(|o| {
                        self.m
                            .attr(o, "sym_name")
                            .and_then(|a| ctx.attr_str(a))
                            .map(str::to_string)
                    })
                    .collect();
                let name = (0..)
                    .map(|k| format!("__kiln_const.{base}.{k}"))
                    .find(|n| !taken.contains(n))
                    .expect("an unused name");
                let mut st = OperationState::new(ctx.sym("llvm.mlir.global"), self.m.loc(op));
                st.props.push((ctx.sym("sym_name"), ctx.str_attr(&name)));
                st.props.push((ctx.sym("value"), value));
                st.props.push((ctx.sym("alignment"), ctx.int_attr(64, ctx.i64())));
                Builder::before(self.func).create(self.m, st);
                let ptr = self.ptr;
                let data = self.b(&at).llvm_addressof(&name, ptr);
                let mut sizes = Vec::new();
                for d in shape(self.m, ty) {
                    sizes.push(self.i64_const(&at, d.as_const().expect("verified static")));
                }
                let strides = self.row_major(&at, &sizes);
                let d = self.write_desc(&at, data, sizes, strides, elem);
                let r = self.m.result(op, 0);
                let back = self.cast(&at, d.ptr, ty);
                self.m.replace_all_uses(r, back);
                self.descs.insert(back, d);
                self.m.erase_op(op);
            }
            "loop.export" => {
                // dst takes src's storage and extents; what dst held is freed (nothing when
                // the caller passed an empty descriptor).
                let src = self.desc(self.m.operand_value(op, 0), op)?;
                let dst_v = self.m.operand_value(op, 1);
                let dst = self.desc(dst_v, op)?;
                runtime_abi::FREE.declare_llvm(self.m, self.func);
                self.b(&at).llvm_call(runtime_abi::FREE.name, &[dst.data], None);
                self.store_field(&at, dst.ptr, 0, src.data);
                let rank = src.sizes.len() as i64;
                for (k, (&sz, &st)) in src.sizes.iter().zip(&src.strides).enumerate() {
                    self.store_field(&at, dst.ptr, 1 + k as i64, sz);
                    self.store_field(&at, dst.ptr, 1 + rank + k as i64, st);
                }
                self.descs.insert(dst_v, Desc { ptr: dst.ptr, ..src });
                self.m.erase_op(op);
            }
            "func.call" if self.m.attr(op, "kiln.exported").is_some() => {
                // The callee exported results into these buffers: read their descriptors again.
                let idx: Vec<usize> = match self.m.attr(op, "kiln.exported").map(|a| ctx.attr(a).clone()) {
                    Some(kiln_ir::AttrKind::DenseArray {
                        values: kiln_ir::attrs::DenseArray::Int(v),
                        ..
                    }) => v.iter().map(|&i| i as usize).collect(),
                    _ => Vec::new(),
                };
                let after = match self.m.next_op(op) {
                    Some(n) => Builder::before(n),
                    None => Builder::at_end(self.m.parent_block(op).expect("in a block")),
                };
                for i in idx {
                    let v = self.m.operand_value(op, i);
                    let d = self.desc(v, op)?;
                    let ty = self.m.value_type(v);
                    let fresh = self.read_desc(&after, d.ptr, ty, op, false)?;
                    self.descs.insert(v, fresh);
                }
            }
            "loop.dealloc" => {
                let d = self.desc(self.m.operand_value(op, 0), op)?;
                runtime_abi::FREE.declare_llvm(self.m, self.func);
                self.b(&at).llvm_call(runtime_abi::FREE.name, &[d.data], None);
                self.m.erase_op(op);
            }
            "loop.dim" => {
                let d = self.desc(self.m.operand_value(op, 0), op)?;
                let k = self.m.attr(op, "index").and_then(|a| ctx.attr_int(a)).unwrap_or(0) as usize;
                let v = *d
                    .sizes
                    .get(k)
                    .ok_or_else(|| Diagnostic::error(loc, "dimension out of range"))?;
                let rty = self.m.value_type(self.m.result(op, 0));
                let v = self.cast(&at, v, rty);
                let r = self.m.result(op, 0);
                self.m.replace_all_uses(r, v);
                self.m.erase_op(op);
            }
            "loop.load" | "loop.store" => {
                let store = name == "loop.store";
                let ops: Vec<Value> = self.m.operands(op).collect();
                let (buf, idx) = if store {
                    (ops[1], &ops[2..])
                } else {
                    (ops[0], &ops[1..])
                };
                let d = self.desc(buf, op)?;
                self.check_bounds(&at, &d, idx, 1);
                let p = self.address(&at, &d, idx);
                let width = ctx
                    .bit_width(d.elem)
                    .map_or(1, |w| (w as u64).div_ceil(8) as i64)
                    .max(1);
                let align = Some(width as u64);
                if store {
                    let v = self.cast(&at, ops[0], d.elem);
                    self.b(&at).llvm_store(v, p, align);
                } else {
                    let v = self.b(&at).llvm_load(p, d.elem, align);
                    let r = self.m.result(op, 0);
                    let v = self.cast(&at, v, self.m.value_type(r));
                    self.m.replace_all_uses(r, v);
                }
                self.m.erase_op(op);
            }
            "kvector.load" | "kvector.maskedload" | "kvector.store" | "kvector.maskedstore" => {
                // Vector memory ops address the data like scalar ones; masked ones become LLVM's
                // masked intrinsics (lanes off the mask are never touched).
                let ops: Vec<Value> = self.m.operands(op).collect();
                let store = name.ends_with("store");
                let masked = name.contains("masked");
                let base = usize::from(store);
                let buf = ops[base];
                let d = self.desc(buf, op)?;
                let rank = shape(self.m, self.m.value_type(buf)).len();
                let idx = &ops[base + 1..base + 1 + rank];
                // The lanes run along the last dimension. Masked accesses touch only their
                // set lanes, which the mask (not this check) keeps in bounds.
                if !masked {
                    let vt = if store {
                        self.m.value_type(ops[0])
                    } else {
                        self.m.value_type(self.m.result(op, 0))
                    };
                    let lanes = match ctx.ty(vt) {
                        TypeKind::Vector { shape, .. } => shape.iter().product::<u64>() as i64,
                        _ => 1,
                    };
                    self.check_bounds(&at, &d, idx, lanes);
                }
                let p = self.address(&at, &d, idx);
                let width = ctx
                    .bit_width(d.elem)
                    .map_or(1, |w| (w as u64).div_ceil(8) as i64)
                    .max(1);
                let rest = &ops[base + 1 + rank..];
                match (store, masked) {
                    (false, false) => {
                        let r = self.m.result(op, 0);
                        let t = self.m.value_type(r);
                        let v = self.b(&at).llvm_load(p, t, Some(width as u64));
                        self.m.replace_all_uses(r, v);
                    }
                    (false, true) => {
                        let r = self.m.result(op, 0);
                        let t = self.m.value_type(r);
                        let v = self.b(&at).llvm_masked_load(p, rest[0], rest[1], t, width as u64);
                        self.m.replace_all_uses(r, v);
                    }
                    (true, false) => {
                        if self.m.attr(op, crate::vectorize::NONTEMPORAL).is_some() {
                            // `vectorize-loops` promises the vector's alignment with the mark.
                            let vt = self.m.value_type(ops[0]);
                            let lanes = match ctx.ty(vt) {
                                TypeKind::Vector { shape, .. } => shape.iter().product::<u64>(),
                                _ => 1,
                            };
                            self.b(&at).llvm_store(ops[0], p, Some(lanes * width as u64));
                            let st = self.m.prev_op(op).expect("the store just built");
                            self.m.set_attr(st, "nontemporal", ctx.unit_attr());
                        } else {
                            self.b(&at).llvm_store(ops[0], p, Some(width as u64));
                        }
                    }
                    (true, true) => {
                        self.b(&at).llvm_masked_store(ops[0], p, rest[0], width as u64);
                    }
                }
                self.m.erase_op(op);
            }
            "loop.view" | "loop.subview" => {
                let src = self.desc(self.m.operand_value(op, 0), op)?;
                let ty = self.m.value_type(self.m.result(op, 0));
                let dims = shape(self.m, ty);
                let mut sizes = Vec::new();
                for d in &dims {
                    sizes.push(match d {
                        // A view keeps the element count: a lone unknown extent is the rest.
                        Dim::Dynamic if name == "loop.view" && dims.len() == 1 => {
                            let mut n = self.i64_const(&at, 1);
                            for &s in &src.sizes {
                                n = self.b(&at).llvm_mul(n, s);
                            }
                            n
                        }
                        _ => self.dim_value(&at, d, op)?,
                    });
                }
                let (data, strides) = if name == "loop.view" {
                    (src.data, self.row_major(&at, &sizes))
                } else {
                    let offs: Vec<Value> = self.m.operands(op).skip(1).collect();
                    (self.address(&at, &src, &offs), src.strides.clone())
                };
                let d = self.write_desc(&at, data, sizes, strides, src.elem);
                let back = self.cast(&at, d.ptr, ty);
                let r = self.m.result(op, 0);
                self.m.replace_all_uses(r, back);
                self.descs.insert(back, d);
                self.m.erase_op(op);
            }
            "func.return" | "llvm.return" => {
                // A returned memref must outlive the call: only an argument's does (the
                // descriptors this pass creates live in the function's stack frame).
                let entry_args = self.m.block_args(self.entry).to_vec();
                for v in self.m.operands(op).collect::<Vec<_>>() {
                    if is_memref(self.m, self.m.value_type(v)) && !entry_args.contains(&v) {
                        return Err(Diagnostic::error(
                            loc,
                            "returning a buffer other than an argument has no native lowering; write results into argument buffers",
                        ));
                    }
                }
            }
            "loop.parallel" => return Err(Diagnostic::error(loc, "loop.parallel should have become loop.for")),
            "loop.yield" => {}
            _ => {
                // Other ops stay; their regions (if any) are lowered in place.
                for r in self.m.regions(op).to_vec() {
                    self.lower_region(r)?;
                }
            }
        }
        Ok(())
    }

    /// Moves the ops after `op` in its block into a new block inserted after it, which takes
    /// arguments of `types`. Returns the new block.
    fn split_after(&mut self, op: OpId, types: &[Type]) -> BlockId {
        let block = self.m.parent_block(op).expect("op in a block");
        let cont = self.m.new_block();
        let loc = self.m.loc(op);
        for &t in types {
            self.m.add_block_arg(cont, t, loc);
        }
        self.m.insert_block_after(block, cont);
        let mut next = self.m.next_op(op);
        while let Some(o) = next {
            next = self.m.next_op(o);
            self.m.move_op_to_end(o, cont);
        }
        cont
    }

    /// Moves the blocks of `from` into `op`'s parent region right after `after`.
    fn splice(&mut self, from: kiln_ir::RegionId, after: BlockId) -> Vec<BlockId> {
        let blocks = self.m.region_blocks(from).to_vec();
        let mut prev = after;
        for &b in &blocks {
            self.m.detach_block(b);
            self.m.insert_block_after(prev, b);
            prev = b;
        }
        blocks
    }

    fn branch(&mut self, at: &Builder, loc: Attr, dest: BlockId, args: &[Value]) {
        let ctx = self.m.ctx().clone();
        let mut st = OperationState::new(ctx.sym("llvm.br"), loc);
        st.operands.extend_from_slice(args);
        st.successors.push(dest);
        at.create(self.m, st);
    }

    fn lower_for(&mut self, op: OpId) -> R<()> {
        let loc = self.m.loc(op);
        let body_region = self.m.regions(op)[0];
        self.lower_region(body_region)?;
        let ops: Vec<Value> = self.m.operands(op).collect();
        let (lb, ub, step, inits) = (ops[0], ops[1], ops[2], &ops[3..]);
        let result_types: Vec<Type> = self.m.results(op).map(|r| self.m.value_type(r)).collect();
        let cur = self.m.parent_block(op).expect("in a block");
        let cont = self.split_after(op, &result_types);
        // header(%i: i64, %iters...): continue while %i < %ub.
        let header = self.m.new_block();
        let i = self.m.add_block_arg(header, self.i64, loc);
        let iters: Vec<Value> = result_types
            .iter()
            .map(|&t| self.m.add_block_arg(header, t, loc))
            .collect();
        self.m.insert_block_after(cur, header);
        let at = Builder::before(op);
        let lb64 = self.cast(&at, lb, self.i64);
        let ub64 = self.cast(&at, ub, self.i64);
        let step64 = self.cast(&at, step, self.i64);
        let mut args = vec![lb64];
        args.extend_from_slice(inits);
        self.branch(&at, loc, header, &args);
        let blocks = self.splice(body_region, header);
        let body = blocks[0];
        // The body's induction variable becomes i64; its index users read it through a cast.
        let iv = self.m.block_args(body)[0];
        self.m.set_value_type(iv, self.i64);
        if let Some(first) = self.m.first_op(body) {
            let tmp = self.cast(&Builder::before(first), iv, self.index);
            let cast_op = self.m.defining_op(tmp).expect("cast op");
            self.m.replace_uses_if(iv, tmp, |_, u| u.op != cast_op);
        }
        let h = Builder::at_end(header);
        let cond = self.b(&h).llvm_icmp(CmpI::Slt, i, ub64);
        let mut body_args = vec![i];
        body_args.extend(iters.iter().copied());
        self.cond_branch(&h, loc, cond, body, &body_args, cont, &iters);
        // Each yield steps the induction variable and goes back to the header.
        for b in blocks {
            if let Some(t) = self.m.last_op(b).filter(|&t| self.m.op_name(t) == "loop.yield") {
                let at = Builder::before(t);
                let ivb = self.m.block_args(body)[0];
                let next = self.b(&at).llvm_add(ivb, step64);
                let mut args = vec![next];
                args.extend(self.m.operands(t));
                self.branch(&at, loc, header, &args);
                self.m.erase_op(t);
            }
        }
        let rs: Vec<Value> = self.m.block_args(cont).to_vec();
        self.m.replace_op_results(op, &rs);
        self.m.erase_op(op);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn cond_branch(
        &mut self,
        at: &Builder,
        loc: Attr,
        cond: Value,
        t: BlockId,
        targs: &[Value],
        f: BlockId,
        fargs: &[Value],
    ) {
        let ctx = self.m.ctx().clone();
        let mut operands = vec![cond];
        operands.extend_from_slice(targs);
        operands.extend_from_slice(fargs);
        let mut st = OperationState::new(ctx.sym("llvm.cond_br"), loc);
        st.operands.extend(operands);
        st.props = vec![(
            ctx.sym("operandSegmentSizes"),
            ctx.intern_attr(kiln_ir::AttrKind::DenseArray {
                elem: ctx.int_type(32),
                values: kiln_ir::attrs::DenseArray::Int(vec![1, targs.len() as i64, fargs.len() as i64].into()),
            }),
        )];
        st.successors.extend([t, f]);
        at.create(self.m, st);
    }

    /// `while { cond } do { body }`: branch to the cond blocks; `loop.condition` branches to the
    /// body or out; the body's yield branches back to the cond.
    fn lower_while(&mut self, op: OpId) -> R<()> {
        let loc = self.m.loc(op);
        let (cond_r, body_r) = (self.m.regions(op)[0], self.m.regions(op)[1]);
        self.lower_region(cond_r)?;
        self.lower_region(body_r)?;
        let cur = self.m.parent_block(op).expect("in a block");
        let cont = self.split_after(op, &[]);
        let cond_blocks = self.splice(cond_r, cur);
        let last_cond = *cond_blocks.last().expect("a cond block");
        let body_blocks = self.splice(body_r, last_cond);
        let (cond0, body0) = (cond_blocks[0], body_blocks.first().copied().unwrap_or(cond_blocks[0]));
        self.branch(&Builder::before(op), loc, cond0, &[]);
        for b in cond_blocks {
            if let Some(t) = self.m.last_op(b).filter(|&t| self.m.op_name(t) == "loop.condition") {
                let c = self.m.operand_value(t, 0);
                self.cond_branch(&Builder::before(t), loc, c, body0, &[], cont, &[]);
                self.m.erase_op(t);
            }
        }
        for b in body_blocks {
            if let Some(t) = self.m.last_op(b).filter(|&t| self.m.op_name(t) == "loop.yield") {
                self.branch(&Builder::before(t), loc, cond0, &[]);
                self.m.erase_op(t);
            }
        }
        self.m.erase_op(op);
        Ok(())
    }

    fn lower_if(&mut self, op: OpId) -> R<()> {
        let loc = self.m.loc(op);
        let regions = self.m.regions(op).to_vec();
        for &r in &regions {
            self.lower_region(r)?;
        }
        let cond = self.m.operand_value(op, 0);
        let result_types: Vec<Type> = self.m.results(op).map(|r| self.m.value_type(r)).collect();
        let cur = self.m.parent_block(op).expect("in a block");
        let cont = self.split_after(op, &result_types);
        let then_blocks = self.splice(regions[0], cur);
        let last_then = *then_blocks.last().unwrap_or(&cur);
        let else_blocks = match regions.get(1) {
            Some(&r) if !self.m.region_blocks(r).is_empty() => self.splice(r, last_then),
            _ => Vec::new(),
        };
        let at = Builder::before(op);
        let t = then_blocks.first().copied().unwrap_or(cont);
        let f = else_blocks.first().copied().unwrap_or(cont);
        self.cond_branch(&at, loc, cond, t, &[], f, &[]);
        for b in then_blocks.into_iter().chain(else_blocks) {
            if let Some(y) = self.m.last_op(b).filter(|&y| self.m.op_name(y) == "loop.yield") {
                let args: Vec<Value> = self.m.operands(y).collect();
                self.branch(&Builder::before(y), loc, cont, &args);
                self.m.erase_op(y);
            }
        }
        let rs: Vec<Value> = self.m.block_args(cont).to_vec();
        self.m.replace_op_results(op, &rs);
        self.m.erase_op(op);
        Ok(())
    }
}
