//! `convert-tensor-to-loop`: bufferization. Tensors become memref buffers and every tensor op a
//! loop nest over them.
//!
//! Calling convention: `func.func @f(%a: tensor<Nx4xf32>) -> tensor<Nx4xf32>` becomes
//! `func.func @f(%a: memref<Nx4xf32>, %r0: memref<Nx4xf32>)`: results are written into buffers
//! the caller provides (destination passing), so functions return nothing. A value that is
//! returned is computed directly into its result buffer when the function computes it (no
//! copy); anything else returned (an argument, a view) is copied. Arguments are never written.
//!
//! Extents: constant dimensions are constants; a symbol is read at run time (`loop.dim`) from
//! the first argument whose type has it; `?` extents follow from the operands of the op that
//! produced the value. Temporaries are freed before each return.

use kiln_dialects::builders::{CmpF, CmpI, OpBuilder};
use kiln_dialects::elementwise;
use kiln_ir::pass::{Pass, PassContext, PassFailed};
use kiln_ir::{
    Attr, AttrKind, Builder, Diagnostic, Dim, DimOp, Module, OpId, OperationState, Sym, Type, TypeKind, Value,
};
use rustc_hash::FxHashMap;

/// The mark of a function this pass lowered: its loop-level accesses need no run-time check.
pub const BUFFERIZED: &str = "kiln.bufferized";

/// The mark of a `loop.for` whose iterations are independent: each writes only its own
/// elements of the buffers it stores to and reads nothing another iteration writes (except
/// through `SCRATCH` buffers). `convert-loop-to-llvm{parallel=true}` runs such loops on the
/// thread pool.
pub const PARALLEL: &str = "kiln.parallel";

/// The mark of a `loop.alloc` that a parallel loop uses as per-iteration scratch space (a
/// fused nest's row buffer): each thread gets its own copy.
pub const SCRATCH: &str = "kiln.scratch";

/// The side of a transpose's square tiles. Measured at tier 2 (1 thread): 4096² f32 took 127
/// ms untiled, 36 with 8, 39 with 16, 50 with 32, 63 with 64; 3000×3100 took 29 untiled and
/// 15-28 with any of them. 8 source rows at a power-of-two stride map to one L1 set, whose 8
/// ways hold them; more rows evict each other before the tile's next column is read.
const TRANSPOSE_TILE: i64 = 8;

kiln_ir::declare_pass! {
    argument: "convert-tensor-to-loop", display: "ConvertTensorToLoop",
    summary: "Bufferize: tensors to memref buffers, tensor ops to loop nests",
    options: TensorToLoopOptions {
        library_calls: bool = false, "library-calls",
            "Lower f32/f64 matrix products to calls of Kiln's GEMM (kiln_rt_matmul_f32/f64) instead of loop nests";
    },
    create: |o: TensorToLoopOptions| Box::new(TensorToLoop { opts: o }),
}

struct TensorToLoop {
    opts: TensorToLoopOptions,
}

impl Pass for TensorToLoop {
    kiln_ir::declared_pass_names!(opts);
    fn run(&mut self, m: &mut Module, root: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
        let funcs = kiln_ir::pass::top_level_ops(m, root, &["func.func"]);
        let exported = exported_results(m, &funcs);
        let library_calls = self.opts.library_calls;
        cx.for_each(m, funcs, |m, f| lower_function(m, f, &exported, library_calls))
    }
}

mod compute;
mod fused;
mod indexing;
mod regions;

type R<T> = Result<T, Diagnostic>;

fn memref_of(ctx: &kiln_ir::Context, t: Type) -> Type {
    match ctx.ty(t) {
        TypeKind::Tensor {
            shape: Some(s), elem, ..
        } => ctx.memref_type(s.to_vec(), *elem),
        _ => t,
    }
}

fn is_tensor(ctx: &kiln_ir::Context, t: Type) -> bool {
    matches!(ctx.ty(t), TypeKind::Tensor { .. })
}

/// Non-splat constants with more elements than this are copied from read-only data; smaller
/// ones are stored element by element (no global, no loop).
const SMALL_CONSTANT: usize = 16;

/// Where a function reads the value of a dimension symbol.
#[derive(Copy, Clone)]
enum SymSource {
    /// Dimension `k` of an argument buffer.
    Dim(Value, usize),
    /// A rank-0 integer argument JAX marks as the symbol's value (`jax.global_constant`):
    /// how a private function of a shape-polymorphic export knows `b` when none of its tensor
    /// arguments has it.
    Scalar(Value),
}

struct Lower<'m> {
    m: &'m mut Module,
    /// tensor value -> its buffer
    bufs: FxHashMap<Value, Value>,
    /// symbol -> where its value can be read
    syms: FxHashMap<Sym, SymSource>,
    /// returned value -> the result buffer to compute it into
    dest: FxHashMap<Value, Value>,
    /// buffers this function allocated (freed before returning)
    temps: Vec<Value>,
    /// tensor ops replaced by loop nests, erased (users first) at the end
    dead: Vec<OpId>,
    /// the location of the op being lowered, given to what replaces it
    loc: Attr,
    /// broadcasts read in place: value -> (source buffer, source dims, dims map)
    virt: FxHashMap<Value, (Value, Vec<Dim>, Vec<i64>)>,
    /// every function's exported results (see `exported_results`)
    exported: FxHashMap<String, Vec<bool>>,
    /// this function's
    my_exports: Vec<bool>,
    index: Type,
    /// Matrix products become calls of the runtime's GEMM (`library-calls`).
    library_calls: bool,
}

/// Per function, which results have extents its arguments do not determine (a `?`, or a symbol
/// no argument type has). The function allocates those itself and hands them to the caller
/// with `loop.export`; the caller passes an empty buffer and reads its descriptor after the call.
fn exported_results(m: &Module, funcs: &[OpId]) -> FxHashMap<String, Vec<bool>> {
    let ctx = m.ctx();
    let mut out = FxHashMap::default();
    for &f in funcs {
        let Some((ins, outs)) = kiln_dialects::func::signature(m, f) else {
            continue;
        };
        let bound: Vec<Sym> = ins
            .iter()
            .flat_map(|&t| shape(ctx, t))
            .filter_map(|d| if let Dim::Sym(s) = d { Some(s) } else { None })
            .collect();
        let flags = outs
            .iter()
            .map(|&t| is_tensor(ctx, t) && shape(ctx, t).iter().any(|d| !determined(d, &bound)))
            .collect();
        if let Some(name) = kiln_ir::symbol::symbol_name(m, f) {
            out.insert(name.to_string(), flags);
        }
    }
    out
}

fn determined(d: &Dim, bound: &[Sym]) -> bool {
    match d {
        Dim::Const(_) => true,
        Dim::Sym(s) => bound.contains(s),
        Dim::Expr(e) => determined(&e.lhs, bound) && determined(&e.rhs, bound),
        Dim::Dynamic => false,
    }
}

fn lower_function(m: &mut Module, f: OpId, exported: &FxHashMap<String, Vec<bool>>, library_calls: bool) -> R<()> {
    let ctx = m.ctx().clone();
    let loc = m.loc(f);
    let ft = m
        .attr(f, "function_type")
        .and_then(|a| ctx.attr_type(a))
        .expect("verified func");
    let TypeKind::Function { inputs, results } = ctx.ty(ft).clone() else {
        return Ok(());
    };
    if !inputs.iter().chain(results.iter()).any(|&t| is_tensor(&ctx, t)) && !has_tensor_ops(m, f) {
        return Ok(());
    }
    // Every access this lowering emits is in bounds by construction; hand-written loop code
    // (a function without this mark) gets checked accesses in `convert-loop-to-llvm`.
    m.set_attr(f, BUFFERIZED, ctx.unit_attr());
    for &t in inputs.iter().chain(results.iter()) {
        if matches!(ctx.ty(t), TypeKind::Tensor { shape: None, .. }) {
            return Err(Diagnostic::error(loc, "unranked tensors have no buffer form"));
        }
    }
    // New signature: inputs as buffers, then one buffer per result.
    let mut ins: Vec<Type> = inputs.iter().map(|&t| memref_of(&ctx, t)).collect();
    // A scalar result is returned through a rank-0 buffer.
    let outs: Vec<Type> = results
        .iter()
        .map(|&t| {
            if is_tensor(&ctx, t) {
                memref_of(&ctx, t)
            } else {
                ctx.memref_type(vec![], t)
            }
        })
        .collect();
    ins.extend(outs.iter().copied());
    m.set_attr(f, "function_type", ctx.type_attr(ctx.function_type(&ins, &[])));
    // Results became trailing parameters: their attributes move with them.
    let dicts = |name: &str, n: usize| -> Vec<Attr> {
        match m.attr(f, name).map(|a| ctx.attr(a).clone()) {
            Some(AttrKind::Array(items)) if items.len() == n => items.to_vec(),
            _ => vec![ctx.dict_attr([]); n],
        }
    };
    if m.attr(f, "arg_attrs").is_some() || m.attr(f, "res_attrs").is_some() {
        let mut all = dicts("arg_attrs", inputs.len());
        all.extend(dicts("res_attrs", results.len()));
        m.set_attr(f, "arg_attrs", ctx.array_attr(&all));
        m.remove_attr(f, "res_attrs");
    }
    let Some(&entry) = m.regions(f).first().and_then(|&r| m.region_blocks(r).first()) else {
        return Ok(()); // a declaration
    };
    if m.region_blocks(m.regions(f)[0]).len() != 1 {
        return Err(Diagnostic::error(
            loc,
            "bufferization expects a single-block function body",
        ));
    }
    let name = kiln_ir::symbol::symbol_name(m, f).unwrap_or("").to_string();
    let my_exports = exported.get(&name).cloned().unwrap_or_default();
    let mut lw = Lower {
        m,
        exported: exported.clone(),
        virt: FxHashMap::default(),
        my_exports: my_exports.clone(),
        bufs: FxHashMap::default(),
        syms: FxHashMap::default(),
        dest: FxHashMap::default(),
        temps: Vec::new(),
        dead: Vec::new(),
        loc,
        index: ctx.index_type(),
        library_calls,
    };
    let mut scalars = Vec::new();
    for (i, a) in lw.m.block_args(entry).to_vec().into_iter().enumerate() {
        let t = lw.m.value_type(a);
        if is_tensor(&ctx, t) {
            if let Some(name) = crate::name_dims::global_constant(lw.m, f, i) {
                let int = ctx.ty(t).element_type().is_some_and(|e| ctx.ty(e).is_integer_like());
                if int && shape(&ctx, t).is_empty() {
                    scalars.push((ctx.sym(&name), a));
                }
            }
            lw.m.set_value_type(a, memref_of(&ctx, t));
            lw.bufs.insert(a, a);
            for (k, d) in shape(&ctx, t).iter().enumerate() {
                if let Dim::Sym(s) = d {
                    lw.syms.entry(*s).or_insert(SymSource::Dim(a, k));
                }
            }
        }
    }
    // A dimension of a tensor argument first (its buffer is what the code indexes), else the
    // dimension variable's own argument.
    for (s, a) in scalars {
        lw.syms.entry(s).or_insert(SymSource::Scalar(a));
    }
    let out_params: Vec<Value> = outs.iter().map(|&t| lw.m.add_block_arg(entry, t, loc)).collect();
    // Returned values are computed straight into the result buffers (each buffer once).
    if let Some(ret) = lw.m.last_op(entry).filter(|&r| lw.m.op_name(r) == "func.return") {
        for (k, (v, &p)) in
            lw.m.operands(ret)
                .collect::<Vec<_>>()
                .into_iter()
                .zip(&out_params)
                .enumerate()
        {
            if lw.m.defining_op(v).is_some() && !my_exports.get(k).copied().unwrap_or(false) {
                lw.dest.entry(v).or_insert(p);
            }
        }
    }
    let ops: Vec<OpId> = lw.m.block_ops(entry).collect();
    for op in ops {
        lw.lower(op, &out_params)?;
    }
    for op in lw.dead.into_iter().rev() {
        lw.m.erase_op(op);
    }
    Ok(())
}

fn has_tensor_ops(m: &Module, f: OpId) -> bool {
    m.walk(f, kiln_ir::Order::Pre)
        .into_iter()
        .any(|o| m.op_name(o).starts_with("ktensor.") || m.op_name(o) == "kiln.guard")
}

fn shape(ctx: &kiln_ir::Context, t: Type) -> Vec<Dim> {
    ctx.ty(t).shape().map(|s| s.to_vec()).unwrap_or_default()
}

/// True for the ops lowered as one loop nest of a scalar computation per element (the list
/// the fusion plan uses too).
fn is_elementwise(m: &Module, op: OpId) -> bool {
    crate::fusion::plan::is_elementwise_name(m.op_name(op))
}

/// The scalar op computing a tensor elementwise op on `elem`, from the elementwise table;
/// `None` where the lowering composes several (`scalar_elementwise`).
fn scalar_op(ctx: &kiln_ir::Context, name: &str, elem: Type) -> Option<&'static str> {
    if name == "ktensor.select" {
        return Some("arith.select");
    }
    elementwise::lookup(name)?.scalar(ctx.ty(elem).is_float())
}

impl Lower<'_> {
    /// Typed builders at `at`, with the op's location.
    fn b(&mut self, at: &Builder) -> OpBuilder<'_> {
        OpBuilder::new(self.m, *at, self.loc)
    }

    /// One loop nest over `sizes` writing `dst[ivs] = src[index(ivs)]`: the shape of every
    /// data-movement lowering (broadcast, transpose, reverse, slices, gathers).
    fn copy_indexed(
        &mut self,
        at: &Builder,
        sizes: &[Value],
        src: Value,
        dst: Value,
        index: impl FnOnce(&mut Self, &Builder, &[Value]) -> Vec<Value>,
    ) {
        let (ivs, inner) = self.nest_parallel(at, sizes);
        let idx = index(self, &inner, &ivs);
        let v = self.load(&inner, src, &idx);
        self.store(&inner, v, dst, &ivs);
    }

    /// A transpose that moves the source's contiguous dimension (to output dimension `k`), in
    /// square tiles of [`TRANSPOSE_TILE`] along output dimensions `k` and the last: a tile's
    /// source lines stay in cache until the tile has read all of their elements, where the
    /// untiled nest read one element per line and lost the line before coming back for its
    /// neighbours. The other dimensions stay outermost;
    /// the outermost loop is parallel (tiles write disjoint elements).
    fn transpose_tiled(&mut self, at: &Builder, sizes: &[Value], src: Value, dst: Value, perm: &[i64], k: usize) {
        let rank = sizes.len();
        let last = rank - 1;
        let zero = self.index_const(at, 0);
        let one = self.index_const(at, 1);
        let tile = self.index_const(at, TRANSPOSE_TILE);
        // Loops over tile numbers (from 0 by 1, the form the parallel outliner splits).
        let tm1 = self.index_const(at, TRANSPOSE_TILE - 1);
        let ktiles = self.b(at).addi(sizes[k], tm1);
        let ktiles = self.b(at).divui(ktiles, tile);
        let ltiles = self.b(at).addi(sizes[last], tm1);
        let ltiles = self.b(at).divui(ltiles, tile);
        let others: Vec<usize> = (0..rank).filter(|&d| d != k && d != last).collect();
        let mut cur = *at;
        let mut ivs = vec![zero; rank];
        let mut outermost = None;
        for &d in &others {
            let (iv, body) = self.b(&cur).for_loop(zero, sizes[d], one);
            outermost.get_or_insert(iv);
            ivs[d] = iv;
            cur = body;
        }
        let (kt, body) = self.b(&cur).for_loop(zero, ktiles, one);
        outermost.get_or_insert(kt);
        let (lt, body) = self.b(&body).for_loop(zero, ltiles, one);
        let kb = self.b(&body).muli(kt, tile);
        let lb = self.b(&body).muli(lt, tile);
        let kend = self.b(&body).addi(kb, tile);
        let kend = self.b(&body).minsi(kend, sizes[k]);
        let lend = self.b(&body).addi(lb, tile);
        let lend = self.b(&body).minsi(lend, sizes[last]);
        let (ki, body) = self.b(&body).for_loop(kb, kend, one);
        let (li, body) = self.b(&body).for_loop(lb, lend, one);
        ivs[k] = ki;
        ivs[last] = li;
        let mut idx = ivs.clone();
        for (i, &p) in perm.iter().enumerate() {
            idx[p as usize] = ivs[i];
        }
        let v = self.load(&body, src, &idx);
        self.store(&body, v, dst, &ivs);
        if let Some(iv) = outermost {
            self.mark_parallel(iv);
        }
    }

    /// The index into a reduction's result for input indices `ivs`: the `kept` dimensions,
    /// or with `keep` (keep_dims) every dimension, reduced `axes` at 0.
    fn reduced_index(&mut self, at: &Builder, ivs: &[Value], axes: &[usize], kept: &[usize], keep: bool) -> Vec<Value> {
        if keep {
            let zero = self.index_const(at, 0);
            (0..ivs.len())
                .map(|d| if axes.contains(&d) { zero } else { ivs[d] })
                .collect()
        } else {
            kept.iter().map(|&d| ivs[d]).collect()
        }
    }

    fn index_const(&mut self, at: &Builder, v: i64) -> Value {
        self.int_const(at, self.index, v)
    }

    /// An integer constant of type `ty`, exact over all of i64.
    fn int_const(&mut self, at: &Builder, ty: Type, v: i64) -> Value {
        self.b(at).constant_int(ty, v)
    }

    fn scalar_const(&mut self, at: &Builder, elem: Type, v: f64) -> Value {
        self.b(at).constant_float(elem, v)
    }

    fn buf(&self, op: OpId, v: Value) -> R<Value> {
        self.bufs.get(&v).copied().ok_or_else(|| {
            Diagnostic::error(
                self.m.loc(op),
                "operand has no buffer (produced by an op bufferization does not handle)",
            )
        })
    }

    fn dim_of(&mut self, at: &Builder, buf: Value, k: usize) -> Value {
        self.b(at).dim(buf, k)
    }

    /// The run-time extent of dimension `d`; `fallback` gives `?` extents.
    fn extent(&mut self, at: &Builder, op: OpId, d: &Dim, fallback: Option<(Value, usize)>) -> R<Value> {
        Ok(match d {
            Dim::Const(c) => self.index_const(at, *c),
            Dim::Sym(s) => match self.syms.get(s).copied() {
                Some(SymSource::Dim(b, k)) => self.dim_of(at, b, k),
                Some(SymSource::Scalar(b)) => {
                    let v = self.load(at, b, &[]);
                    let t = self.index;
                    self.b(at).index_cast(v, t)
                }
                None => match fallback {
                    Some((b, k)) => self.dim_of(at, b, k),
                    None => {
                        return Err(Diagnostic::error(
                            self.m.loc(op),
                            format!("the extent '{}' is not read from any argument", self.m.ctx().str(*s)),
                        ))
                    }
                },
            },
            Dim::Expr(e) => {
                let (a, b) = (self.extent(at, op, &e.lhs, None)?, self.extent(at, op, &e.rhs, None)?);
                let mut b_ = self.b(at);
                match e.op {
                    DimOp::Add => b_.addi(a, b),
                    DimOp::Sub => b_.subi(a, b),
                    DimOp::Mul => b_.muli(a, b),
                    DimOp::Div => b_.divsi(a, b),
                    DimOp::Mod => b_.remsi(a, b),
                }
            }
            Dim::Dynamic => match fallback {
                Some((b, k)) => self.dim_of(at, b, k),
                None => {
                    return Err(Diagnostic::error(
                        self.m.loc(op),
                        "a '?' extent cannot be computed here",
                    ))
                }
            },
        })
    }

    /// The buffer for result `r` of `op`: its destination if returned, else a new allocation.
    /// `like(k)` names an operand buffer and dimension whose extent equals result dimension k.
    fn result_buffer(
        &mut self,
        op: OpId,
        r: Value,
        like: &dyn Fn(usize) -> Option<(Value, usize)>,
    ) -> R<(Value, Vec<Value>)> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let t = self.m.value_type(r);
        let dims = shape(&ctx, t);
        let mut sizes = Vec::new();
        for (k, d) in dims.iter().enumerate() {
            sizes.push(self.extent(&at, op, d, like(k))?);
        }
        let mt = memref_of(&ctx, t);
        let b = self.place(&at, r, mt, &dims, &sizes);
        Ok((b, sizes))
    }

    /// The source index of a broadcast at result index `ivs`: a dimension the broadcast expands
    /// (extent 1, known or found at run time) reads index 0.
    fn broadcast_index(
        &mut self,
        at: &Builder,
        src: Value,
        src_dims: &[Dim],
        map: &[i64],
        ivs: &[Value],
    ) -> Vec<Value> {
        let zero = self.index_const(at, 0);
        let mut idx = Vec::with_capacity(map.len());
        for (j, &d) in map.iter().enumerate() {
            let iv = ivs[d as usize];
            idx.push(match &src_dims[j] {
                Dim::Const(1) => zero,
                Dim::Const(_) => iv,
                _ => {
                    let n = self.dim_of(at, src, j);
                    let one = self.index_const(at, 1);
                    let unit = self.b(at).cmpi(CmpI::Eq, n, one);
                    self.b(at).select(unit, zero, iv)
                }
            });
        }
        idx
    }

    /// A broadcast can stay virtual (its users read the source in place) when it is not
    /// returned, takes no run-time shape, and every user is an elementwise op with an operand
    /// that is not a broadcast (which gives the loop its extents).
    fn can_stay_virtual(&self, op: OpId) -> bool {
        let m = &*self.m;
        if m.num_operands(op) != 1 {
            return false;
        }
        let r = m.result(op, 0);
        if self.dest.contains_key(&r) {
            return false;
        }
        let users: Vec<OpId> = m.uses(r).map(|u| u.op).collect();
        // Users in other blocks may be combiner regions, which are emitted as scalar code.
        let block = m.parent_block(op);
        !users.is_empty()
            && users.iter().all(|&u| {
                if m.parent_block(u) != block {
                    return false;
                }
                is_elementwise(m, u)
                    && m.operands(u).any(|v| {
                        m.defining_op(v)
                            .is_none_or(|d| m.op_name(d) != "ktensor.broadcast_in_dim")
                    })
            })
    }

    /// The buffer of result `r` with run-time extents `sizes` (one per dimension).
    fn result_buffer_sized(&mut self, op: OpId, r: Value, sizes: Vec<Value>) -> (Value, Vec<Value>) {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let t = self.m.value_type(r);
        let dims = shape(&ctx, t);
        let b = self.place(&at, r, memref_of(&ctx, t), &dims, &sizes);
        (b, sizes)
    }

    /// The buffer of value `r`: its destination if it is returned, else a new allocation of
    /// type `mt` (the extents of the non-constant `dims` given by `sizes`).
    fn place(&mut self, at: &Builder, r: Value, mt: Type, dims: &[Dim], sizes: &[Value]) -> Value {
        let b = match self.dest.get(&r).copied() {
            Some(p) => p,
            None => {
                let dynamic: Vec<Value> = dims
                    .iter()
                    .zip(sizes)
                    .filter(|(d, _)| !matches!(d, Dim::Const(_)))
                    .map(|(_, &s)| s)
                    .collect();
                let b = self.b(at).alloc(mt, &dynamic);
                self.temps.push(b);
                b
            }
        };
        self.bufs.insert(r, b);
        b
    }

    /// [`Self::nest`] whose outermost loop is marked [`PARALLEL`]: the caller guarantees its
    /// iterations write disjoint elements.
    fn nest_parallel(&mut self, at: &Builder, sizes: &[Value]) -> (Vec<Value>, Builder) {
        let (ivs, inner) = self.nest(at, sizes);
        if let Some(&iv) = ivs.first() {
            self.mark_parallel(iv);
        }
        (ivs, inner)
    }

    /// Marks the loop whose induction variable is `iv` [`PARALLEL`].
    fn mark_parallel(&mut self, iv: Value) {
        let owner = self
            .m
            .value_block(iv)
            .and_then(|b| self.m.block_region(b))
            .and_then(|r| self.m.region_op(r));
        if let Some(l) = owner {
            let unit = self.m.ctx().unit_attr();
            self.m.set_attr(l, PARALLEL, unit);
        }
    }

    /// Builds `for i_k in 0..sizes[k]` nests before `op`; returns the ivs and a builder for
    /// the innermost body (before its yield).
    fn nest(&mut self, at: &Builder, sizes: &[Value]) -> (Vec<Value>, Builder) {
        let mut at = *at;
        let mut ivs = Vec::new();
        let zero = self.index_const(&at, 0);
        let one = self.index_const(&at, 1);
        for &s in sizes {
            let (iv, body) = self.b(&at).for_loop(zero, s, one);
            ivs.push(iv);
            at = body;
        }
        (ivs, at)
    }

    fn load(&mut self, at: &Builder, buf: Value, idx: &[Value]) -> Value {
        self.b(at).load(buf, idx)
    }

    fn store(&mut self, at: &Builder, v: Value, buf: Value, idx: &[Value]) {
        self.b(at).store(v, buf, idx);
    }

    fn lower(&mut self, op: OpId, out_params: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let name = self.m.op_name(op).to_string();
        let loc = self.m.loc(op);
        self.loc = loc;
        let at = Builder::before(op);
        let elem_of = |m: &Module, v: Value| {
            let t = m.value_type(v);
            m.ctx().ty(t).element_type().unwrap_or(t)
        };
        if let Some(f) = self.m.op_def(op).and_then(|d| d.lower_to_loops) {
            return self.custom_loops(op, f);
        }
        if !name.starts_with("ktensor.") && !matches!(name.as_str(), "func.return" | "func.call" | "kiln.guard") {
            if self
                .m
                .operands(op)
                .chain(self.m.results(op))
                .any(|v| is_tensor(&ctx, self.m.value_type(v)))
            {
                return Err(Diagnostic::error(
                    loc,
                    format!("'{name}' on tensors has no loop lowering"),
                ));
            }
            return Ok(());
        }
        let operands: Vec<Value> = self.m.operands(op).collect();
        match name.as_str() {
            "func.return" => {
                for (k, &v) in operands.iter().enumerate() {
                    if self.my_exports.get(k).copied().unwrap_or(false) {
                        // Hand a buffer of this function's own to the caller (a copy when the
                        // value lives in an argument or a view of one).
                        let b = self.buf(op, v)?;
                        let owned = match self.temps.iter().position(|&t| t == b) {
                            Some(i) => self.temps.remove(i),
                            None => {
                                let t = self.alloc_like(&at, b);
                                self.copy(&at, b, t)?;
                                t
                            }
                        };
                        self.b(&at).export(owned, out_params[k]);
                        continue;
                    }
                    // A scalar (arguments already have their buffer types: ask the buffer map).
                    if !self.bufs.contains_key(&v) && !is_tensor(&ctx, self.m.value_type(v)) {
                        self.store(&at, v, out_params[k], &[]);
                        continue;
                    }
                    let b = self.buf(op, v)?;
                    if b != out_params[k] {
                        self.copy(&at, b, out_params[k])?;
                    }
                }
                for t in std::mem::take(&mut self.temps) {
                    if !out_params.contains(&t) {
                        self.b(&at).dealloc(t);
                    }
                }
                self.b(&at).ret(&[]);
                self.m.erase_op(op);
                return Ok(());
            }
            "func.call" => {
                let mut args: Vec<Value> = Vec::new();
                for &v in &operands {
                    args.push(match self.bufs.get(&v) {
                        Some(&b) => b,
                        None if is_tensor(&ctx, self.m.value_type(v)) => self.buf(op, v)?,
                        None => v,
                    });
                }
                let mut scalars = Vec::new();
                let callee_name = match self.m.attr(op, "callee").map(|a| ctx.attr(a).clone()) {
                    Some(AttrKind::SymbolRef { root, .. }) => ctx.str(root).to_string(),
                    _ => String::new(),
                };
                let callee_exports = self.exported.get(&callee_name).cloned().unwrap_or_default();
                let mut export_slots = Vec::new();
                for (k, r) in self.m.results(op).collect::<Vec<_>>().into_iter().enumerate() {
                    let rt = self.m.value_type(r);
                    if callee_exports.get(k).copied().unwrap_or(false) {
                        // An empty buffer the callee fills with `loop.export`.
                        let dims = shape(&ctx, rt);
                        let zeros: Vec<Value> = dims
                            .iter()
                            .filter(|d| !matches!(d, Dim::Const(_)))
                            .map(|_| self.index_const(&at, 0))
                            .collect();
                        let b = self.b(&at).alloc(memref_of(&ctx, rt), &zeros);
                        self.temps.push(b);
                        self.bufs.insert(r, b);
                        export_slots.push(args.len() as i64);
                        args.push(b);
                    } else if is_tensor(&ctx, rt) {
                        let (b, _) = self.result_buffer(op, r, &|_| None)?;
                        args.push(b);
                    } else {
                        let b = self.b(&at).alloc(ctx.memref_type(vec![], rt), &[]);
                        self.temps.push(b);
                        scalars.push((r, b));
                        args.push(b);
                    }
                }
                let callee = self.m.attr(op, "callee").expect("verified call");
                let mut props = vec![("callee", callee)];
                if !export_slots.is_empty() {
                    props.push(("kiln.exported", ctx.i64_array_attr(&export_slots)));
                }
                self.b(&at).op0("func.call", &args, props);
                for (r, b) in scalars {
                    let v = self.load(&at, b, &[]);
                    self.m.replace_all_uses(r, v);
                }
            }
            "ktensor.cast" => {
                let b = self.buf(op, operands[0])?;
                let r = self.m.result(op, 0);
                self.bufs.insert(r, b);
            }
            "ktensor.constant" => {
                let r = self.m.result(op, 0);
                let (b, sizes) = self.result_buffer(op, r, &|_| None)?;
                let a = self.m.attr(op, "value").expect("verified");
                let elem = elem_of(self.m, r);
                let AttrKind::Dense { data, .. } = ctx.attr(a).clone() else {
                    return Err(Diagnostic::error(loc, "expects a dense constant"));
                };
                let values = dense_elements(&ctx, elem, &data);
                if data.splat {
                    let (ivs, inner) = self.nest(&at, &sizes);
                    let c = self.b(&inner).constant(values[0], elem);
                    self.store(&inner, c, b, &ivs);
                } else if values.len() > SMALL_CONSTANT {
                    // Read-only data (global data in compiled code), copied into the buffer:
                    // the code stays one loop nest whatever the constant's size.
                    let mt = memref_of(&ctx, self.m.value_type(r));
                    let src = self.b(&at).constant_buffer(a, mt);
                    self.copy_indexed(&at, &sizes, src, b, |_, _, ivs| ivs.to_vec());
                } else {
                    let dims: Vec<usize> = shape(&ctx, self.m.value_type(r))
                        .iter()
                        .map(|d| d.as_const().unwrap_or(1) as usize)
                        .collect();
                    for (i, &v) in values.iter().enumerate() {
                        let mut rem = i;
                        let mut idx = vec![0; dims.len()];
                        for k in (0..dims.len()).rev() {
                            idx[k] = rem % dims[k];
                            rem /= dims[k];
                        }
                        let idx: Vec<Value> = idx.iter().map(|&x| self.index_const(&at, x as i64)).collect();
                        let c = self.b(&at).constant(v, elem);
                        self.store(&at, c, b, &idx);
                    }
                }
            }
            "ktensor.broadcast_in_dim" if self.can_stay_virtual(op) => {
                // Read in place by its elementwise users: never materialized.
                let src = self.buf(op, operands[0])?;
                let r = self.m.result(op, 0);
                let src_dims = shape(&ctx, self.m.value_type(operands[0]));
                self.virt.insert(r, (src, src_dims, int_list(self.m, op, "dims")));
            }
            "ktensor.broadcast_in_dim" => {
                let src = self.buf(op, operands[0])?;
                let src_dims = shape(&ctx, self.m.value_type(operands[0]));
                let map = int_list(self.m, op, "dims");
                let r = self.m.result(op, 0);
                let like = |k: usize| map.iter().position(|&d| d as usize == k).map(|j| (src, j));
                let (b, sizes) = match operands.get(1) {
                    Some(&shape_v) => {
                        let sb = self.buf(op, shape_v)?;
                        self.result_buffer_shaped(op, r, sb)?
                    }
                    None => self.result_buffer(op, r, &like)?,
                };
                self.copy_indexed(&at, &sizes, src, b, |lw, inner, ivs| {
                    lw.broadcast_index(inner, src, &src_dims, &map, ivs)
                });
            }
            "ktensor.transpose" => {
                let src = self.buf(op, operands[0])?;
                let perm = int_list(self.m, op, "perm");
                let r = self.m.result(op, 0);
                let like = |k: usize| Some((src, perm[k] as usize));
                let (b, sizes) = self.result_buffer(op, r, &like)?;
                let rank = perm.len();
                // The output dimension that reads the source's contiguous one.
                let k = perm.iter().position(|&p| p as usize + 1 == rank);
                match k {
                    Some(k) if k + 1 < rank => self.transpose_tiled(&at, &sizes, src, b, &perm, k),
                    _ => self.copy_indexed(&at, &sizes, src, b, |_, _, ivs| {
                        let mut idx = ivs.to_vec();
                        for (i, &p) in perm.iter().enumerate() {
                            idx[p as usize] = ivs[i];
                        }
                        idx
                    }),
                }
            }
            "ktensor.reshape" => {
                let rdims = shape(&ctx, self.m.value_type(self.m.result(op, 0)));
                let sdims = shape(&ctx, self.m.value_type(operands[0]));
                let same_count = kiln_ir::dim::equal(
                    &ctx,
                    &kiln_ir::dim::product(&ctx, &sdims),
                    &kiln_ir::dim::product(&ctx, &rdims),
                ) == Some(true);
                let shaped = operands.len() > 1 && rdims.iter().any(|d| matches!(d, Dim::Dynamic));
                if shaped || !same_count {
                    // `?` extents come from the shape operand, or the element counts agree only
                    // at run time: a new buffer of the result's extents, filled by a flat copy
                    // (both buffers seen as 1-D views) once the counts are checked. A view would
                    // read past the operand when they do not agree.
                    let src = self.buf(op, operands[0])?;
                    let r = self.m.result(op, 0);
                    let (b, _) = if shaped {
                        let sb = self.buf(op, operands[1])?;
                        self.result_buffer_shaped(op, r, sb)?
                    } else {
                        self.result_buffer(op, r, &|_| None)?
                    };
                    let e = elem_or_self(&ctx, self.m.value_type(r));
                    let flat = ctx.memref_type(vec![Dim::Dynamic], e);
                    let sv = self.b(&at).view(src, flat);
                    let dv = self.b(&at).view(b, flat);
                    // The element counts must agree: checked at run time, and the copy is
                    // skipped when they do not (so nothing is written out of bounds).
                    let (ns, nd) = (self.dim_of(&at, sv, 0), self.dim_of(&at, dv, 0));
                    let ok = self.b(&at).cmpi(CmpI::Eq, ns, nd);
                    let (ns64, nd64) = (
                        self.b(&at).index_cast(ns, ctx.i64()),
                        self.b(&at).index_cast(nd, ctx.i64()),
                    );
                    self.runtime_check(
                        &at,
                        op,
                        ok,
                        "cannot reshape {0} elements into {1} elements",
                        &[ns64, nd64],
                    );
                    let inner = self.guard(&at, ok);
                    self.copy(&inner, sv, dv)?;
                    self.dead.push(op);
                    return Ok(());
                }
                // A view of the same (contiguous) storage.
                let src = self.buf(op, operands[0])?;
                let r = self.m.result(op, 0);
                let mt = memref_of(&ctx, self.m.value_type(r));
                let v = self.b(&at).view(src, mt);
                self.bufs.insert(r, v);
            }
            "ktensor.reduce" => self.reduce(op, &operands)?,
            "ktensor.dim" => {
                let src = self.buf(op, operands[0])?;
                let k = self.m.attr(op, "index").and_then(|a| ctx.attr_int(a)).unwrap_or(0) as usize;
                let r = self.m.result(op, 0);
                let rt = self.m.value_type(r);
                let elem = ctx.ty(rt).element_type().unwrap_or(rt);
                if !is_tensor(&ctx, rt) {
                    // To an index: the extent itself.
                    let d = self.dim_of(&at, src, k);
                    self.check_extent_fits(&at, op, d, elem);
                    let d = if rt == self.index {
                        d
                    } else {
                        self.b(&at).index_cast(d, rt)
                    };
                    self.m.replace_all_uses(r, d);
                    self.dead.push(op);
                    return Ok(());
                }
                let (b, _) = self.result_buffer(op, r, &|_| None)?;
                let e = ctx.ty(rt).element_type().expect("tensor");
                let d = self.dim_of(&at, src, k);
                self.check_extent_fits(&at, op, d, e);
                let v = self.b(&at).index_cast(d, e);
                self.store(&at, v, b, &[]);
            }
            "ktensor.concat" => self.concat(op, &operands)?,
            "ktensor.if" => self.lower_if(op, &operands)?,
            "ktensor.reduce_region" => self.reduce_region(op, &operands)?,
            "ktensor.general_scatter" => self.general_scatter(op, &operands)?,
            "ktensor.sort" => self.sort(op, &operands)?,
            "ktensor.gather" => self.gather_axis(op, &operands)?,
            "ktensor.scatter" => self.scatter_axis(op, &operands)?,
            "ktensor.reduce_window" => self.reduce_window(op, &operands)?,
            "ktensor.dynamic_slice" => self.dynamic_slice(op, &operands, false)?,
            "ktensor.dynamic_update_slice" => self.dynamic_slice(op, &operands, true)?,
            "ktensor.general_gather" => self.general_gather(op, &operands)?,
            "ktensor.conv2d" => self.conv2d(op, &operands)?,
            "ktensor.pad" => self.pad(op, &operands)?,
            "ktensor.slice" if operands.len() == 4 => self.slice_dynamic(op, &operands)?,
            "ktensor.while" => self.lower_while(op, &operands)?,
            "ktensor.fused" if self.fused_nest(op, &operands)? => {}
            "ktensor.fused" => {
                // No plan for one nest: the body runs once, op by op, in place: its arguments
                // are the operands' buffers.
                let blk = self.m.region_blocks(self.m.regions(op)[0])[0];
                for (a, &v) in self.m.block_args(blk).to_vec().into_iter().zip(&operands) {
                    let b = self.buf(op, v)?;
                    self.bufs.insert(a, b);
                }
                let mut dests = Vec::new();
                for r in self.m.results(op).collect::<Vec<_>>() {
                    dests.push(self.result_buffer(op, r, &|_| None)?.0);
                }
                let (term, temps) = self.inline_block(blk, op)?;
                let vals: Vec<Value> = self.m.operands(term).collect();
                let srcs: Vec<Value> = vals.iter().map(|&v| self.buf(op, v)).collect::<R<_>>()?;
                self.copy_into(&at, &srcs, &dests)?;
                self.free(&at, temps, &dests);
            }
            "ktensor.slice" if operands.len() == 1 => {
                let src = self.buf(op, operands[0])?;
                let start = int_list(self.m, op, "start");
                let strides = int_list(self.m, op, "strides");
                let r = self.m.result(op, 0);
                let (b, sizes) = self.result_buffer(op, r, &|_| None)?;
                let (ivs, inner) = self.nest(&at, &sizes);
                let mut idx = Vec::new();
                for (k, &iv) in ivs.iter().enumerate() {
                    let st = strides.get(k).copied().unwrap_or(1);
                    let s0 = self.index_const(&inner, start.get(k).copied().unwrap_or(0));
                    let sc = self.index_const(&inner, st);
                    let m = self.b(&inner).muli(iv, sc);
                    idx.push(self.b(&inner).addi(m, s0));
                }
                let v = self.load(&inner, src, &idx);
                self.store(&inner, v, b, &ivs);
            }
            "ktensor.reverse" => {
                let src = self.buf(op, operands[0])?;
                let dims: Vec<usize> = int_list(self.m, op, "dims").into_iter().map(|d| d as usize).collect();
                let r = self.m.result(op, 0);
                let like = move |k: usize| Some((src, k));
                let (b, sizes) = self.result_buffer(op, r, &like)?;
                self.copy_indexed(&at, &sizes, src, b, |lw, inner, ivs| {
                    let one = lw.index_const(inner, 1);
                    let mut idx = ivs.to_vec();
                    for &d in &dims {
                        let last = lw.b(inner).subi(sizes[d], one);
                        idx[d] = lw.b(inner).subi(last, ivs[d]);
                    }
                    idx
                });
            }
            "ktensor.iota" => {
                let d = self.m.attr(op, "dim").and_then(|a| ctx.attr_int(a)).unwrap_or(0) as usize;
                let r = self.m.result(op, 0);
                let e = elem_or_self(&ctx, self.m.value_type(r));
                let (b, sizes) = match operands.first() {
                    Some(&shape_v) => {
                        let sb = self.buf(op, shape_v)?;
                        self.result_buffer_shaped(op, r, sb)?
                    }
                    None => self.result_buffer(op, r, &|_| None)?,
                };
                let (ivs, inner) = self.nest(&at, &sizes);
                let i = self.b(&inner).index_cast(ivs[d], ctx.i64());
                let v = self.convert(&inner, i, e)?;
                self.store(&inner, v, b, &ivs);
            }
            "ktensor.assert" => self.assert(op, &operands)?,
            "ktensor.assert_dim_eq" => {
                // The run-time shape check shape-infer inserts, worded as tier 0 words it.
                let (a, b) = (self.buf(op, operands[0])?, self.buf(op, operands[1])?);
                let get = |lw: &Self, n: &str| lw.m.attr(op, n).and_then(|x| ctx.attr_int(x)).unwrap_or(0) as usize;
                let (l, r) = (get(self, "lhs_dim"), get(self, "rhs_dim"));
                let msg = self
                    .m
                    .attr(op, "message")
                    .and_then(|x| ctx.attr_str(x))
                    .unwrap_or("")
                    .to_string();
                let (x, y) = (self.dim_of(&at, a, l), self.dim_of(&at, b, r));
                let ok = self.b(&at).cmpi(CmpI::Eq, x, y);
                let x64 = self.b(&at).index_cast(x, ctx.i64());
                let y64 = self.b(&at).index_cast(y, ctx.i64());
                let text = format!("run-time shape check failed: {msg}: got {{0}} vs {{1}}");
                self.runtime_check(&at, op, ok, &text, &[x64, y64]);
            }
            "kiln.guard" => self.guard_check(op, operands[0])?,
            "ktensor.matmul" => self.matmul(op, &operands)?,
            "ktensor.batch_matmul" => self.batch_matmul(op, &operands)?,
            "ktensor.dot_general" => self.dot_general(op, &operands)?,
            _ if is_elementwise(self.m, op) => self.elementwise(op, &operands)?,
            _ => return Err(Diagnostic::error(loc, format!("'{name}' has no loop lowering yet"))),
        }
        // Tensor results now live in buffers: no use of the tensor values remains.
        self.dead.push(op);
        Ok(())
    }

    /// An op that declares its own loop lowering (`OpDef::lower_to_loops`, an embedder's):
    /// its results' buffers are allocated here (a result extent that is not a constant or a
    /// symbol is read from the first tensor operand with the same extent at that position),
    /// and the op's function fills them.
    fn custom_loops(&mut self, op: OpId, f: kiln_ir::registry::LowerToLoopsFn) -> R<()> {
        let ctx = self.m.ctx().clone();
        let operands: Vec<Value> = self.m.operands(op).collect();
        let mut inputs = Vec::with_capacity(operands.len());
        let mut shaped: Vec<(Value, Vec<Dim>)> = Vec::new();
        for &v in &operands {
            let t = self.m.value_type(v);
            if is_tensor(&ctx, t) {
                let b = self.buf(op, v)?;
                shaped.push((b, shape(&ctx, t)));
                inputs.push(b);
            } else {
                inputs.push(v);
            }
        }
        let mut outputs = Vec::new();
        for r in self.m.results(op).collect::<Vec<_>>() {
            let dims = shape(&ctx, self.m.value_type(r));
            let like = |k: usize| {
                shaped
                    .iter()
                    .find(|(_, s)| s.get(k) == dims.get(k))
                    .map(|(b, _)| (*b, k))
            };
            outputs.push(self.result_buffer(op, r, &like)?.0);
        }
        let name = self.m.op_name(op).to_string();
        f(self.m, Builder::before(op), op, &inputs, &outputs)
            .map_err(|e| Diagnostic::error(self.m.loc(op), format!("lowering '{name}' to loops: {e}")))?;
        self.dead.push(op);
        Ok(())
    }

    /// A run-time check that extent `d` (an index) fits integer type `ty`, which `ktensor.dim`
    /// reads it as: JAX's `get_dimension_size` is an i32, and a larger extent must be an
    /// error, not a truncated value that later shape checks would trust.
    fn check_extent_fits(&mut self, at: &Builder, op: OpId, d: Value, ty: Type) {
        let ctx = self.m.ctx().clone();
        let Some(w) = ctx.bit_width(ty).filter(|&w| w < 64 && ty != self.index) else {
            return;
        };
        let max = self.index_const(at, (1i64 << (w - 1)) - 1);
        // Predicate 7 is `ule` in arith's encoding; extents are never negative.
        let ok = self.b(at).cmpi(CmpI::Ule, d, max);
        let d64 = self.b(at).index_cast(d, ctx.i64());
        let text = format!(
            "extent {{0}} of dimension {} does not fit the result type '{}'",
            self.m.attr(op, "index").and_then(|a| ctx.attr_int(a)).unwrap_or(0),
            kiln_ir::printer::type_to_string(&ctx, ty)
        );
        self.runtime_check(at, op, ok, &text, &[d64]);
    }

    /// `result_buffer` for an op whose extents are also given at run time by the 1-D integer
    /// buffer `shape_buf`: `?` extents are read from it.
    fn result_buffer_shaped(&mut self, op: OpId, r: Value, shape_buf: Value) -> R<(Value, Vec<Value>)> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let dims = shape(&ctx, self.m.value_type(r));
        let mut sizes = Vec::new();
        for (k, d) in dims.iter().enumerate() {
            let known = match d {
                Dim::Sym(s) => self.syms.contains_key(s),
                Dim::Dynamic => false,
                _ => true,
            };
            sizes.push(if known {
                self.extent(&at, op, d, None)?
            } else {
                let i = self.index_const(&at, k as i64);
                let v = self.load(&at, shape_buf, &[i]);
                {
                    let t = self.index;
                    self.b(&at).index_cast(v, t)
                }
            });
        }
        let mt = memref_of(&ctx, self.m.value_type(r));
        let b = self.place(&at, r, mt, &dims, &sizes);
        Ok((b, sizes))
    }

    /// `ktensor.assert %cond, %v...`: a run-time check (see `runtime_check`) whose message's
    /// `{i}` are the values. Execution continues after a failure (every buffer access is still
    /// sized by the checked argument shapes); the caller reports it when the call returns.
    fn assert(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let msg = self
            .m
            .attr(op, "message")
            .and_then(|a| ctx.attr_str(a))
            .unwrap_or("assertion failed")
            .to_string();
        let cond_buf = self.buf(op, operands[0])?;
        let ok = self.load(&at, cond_buf, &[]);
        let mut vals = Vec::new();
        for &v in &operands[1..] {
            let vb = self.buf(op, v)?;
            let rank = shape(&ctx, self.m.value_type(vb)).len();
            let zeros: Vec<Value> = (0..rank).map(|_| self.index_const(&at, 0)).collect();
            let x = self.load(&at, vb, &zeros);
            vals.push(self.convert(&at, x, ctx.i64())?);
        }
        self.runtime_check(&at, op, ok, &format!("run-time assertion failed: {msg}"), &vals);
        Ok(())
    }

    /// `kiln.guard`: a run-time check of a dimension or a scalar value. A dimension the type
    /// fixes folds away (the entry's argument check already holds it).
    fn guard_check(&mut self, op: OpId, v: Value) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let int = |m: &Module, n: &str| m.attr(op, n).and_then(|a| ctx.attr_int(a)).map(|x| x as i64);
        let want = int(self.m, "equals").unwrap_or(0);
        let symbol = self
            .m
            .attr(op, "symbol")
            .and_then(|a| ctx.attr_str(a))
            .map(|s| format!(" ({s})"))
            .unwrap_or_default();
        let (got, what) = match int(self.m, "dim") {
            Some(d) => {
                let b = self.buf(op, v)?;
                (self.dim_of(&at, b, d as usize), format!("dimension {d}"))
            }
            // Arguments already have their buffer types: ask the buffer map.
            None if self.bufs.contains_key(&v) || is_tensor(&ctx, self.m.value_type(v)) => {
                let b = self.buf(op, v)?;
                (self.load(&at, b, &[]), "value".to_string())
            }
            None => (v, "value".to_string()),
        };
        let got = if self.m.value_type(got) == ctx.index_type() {
            self.b(&at).index_cast(got, ctx.i64())
        } else {
            self.convert(&at, got, ctx.i64())?
        };
        let c = self.int_const(&at, ctx.i64(), want);
        let ok = self.b(&at).cmpi(CmpI::Eq, got, c);
        let text = format!("guard failed: {what}{symbol} is {{0}}, the specialization expects {want}");
        self.runtime_check(&at, op, ok, &text, &[got]);
        Ok(())
    }

    /// A new buffer with `src`'s type and run-time extents.
    fn alloc_like(&mut self, at: &Builder, src: Value) -> Value {
        let ctx = self.m.ctx().clone();
        let t = self.m.value_type(src);
        let dims = shape(&ctx, t);
        let dynamic: Vec<Value> = dims
            .iter()
            .enumerate()
            .filter(|(_, d)| !matches!(d, Dim::Const(_)))
            .map(|(k, _)| k)
            .collect::<Vec<_>>()
            .into_iter()
            .map(|k| self.dim_of(at, src, k))
            .collect();
        self.b(at).alloc(t, &dynamic)
    }

    fn copy(&mut self, at: &Builder, from: Value, to: Value) -> R<()> {
        let rank = shape(self.m.ctx(), self.m.value_type(from)).len();
        let sizes: Vec<Value> = (0..rank).map(|k| self.dim_of(at, from, k)).collect();
        let (ivs, inner) = self.nest(at, &sizes);
        let v = self.load(&inner, from, &ivs);
        self.store(&inner, v, to, &ivs);
        Ok(())
    }
}

/// The element type of a shaped type, or the type itself.
fn elem_or_self(ctx: &kiln_ir::Context, t: Type) -> Type {
    ctx.ty(t).element_type().unwrap_or(t)
}

fn int_list(m: &Module, op: OpId, name: &str) -> Vec<i64> {
    match m.attr(op, name).map(|a| m.ctx().attr(a)) {
        Some(AttrKind::DenseArray {
            values: kiln_ir::attrs::DenseArray::Int(v),
            ..
        }) => v.to_vec(),
        Some(AttrKind::Array(items)) => items
            .iter()
            .filter_map(|&i| m.ctx().attr_int(i))
            .map(|v| v as i64)
            .collect(),
        _ => Vec::new(),
    }
}

/// The elements of a dense payload as f64 (exact for every f32 and for integers up to 2^53).
/// The elements of a dense payload of `elem`s as scalar constant attributes, exactly: integers
/// go from their bits to the attribute, not through an f64, which holds only 53 bits.
fn dense_elements(ctx: &kiln_ir::Context, elem: Type, data: &kiln_ir::attrs::DenseData) -> Vec<kiln_ir::Attr> {
    let w = ctx.bit_width(elem).map_or(1, |b| (b as usize).div_ceil(8)).max(1);
    let n = if data.splat { 1 } else { data.bytes.len() / w };
    (0..n)
        .map(|i| {
            let bits = ctx.dense_bits(elem, data, i).unwrap_or(0);
            match ctx.ty(elem) {
                TypeKind::Float(_) => ctx.intern_attr(AttrKind::Float { bits, ty: elem }),
                TypeKind::Integer { width: 1, .. } => ctx.intern_attr(AttrKind::Bool(bits & 1 != 0)),
                _ => ctx.int_attr(ctx.bits_as_i64(elem, bits).unwrap_or(0) as i128, elem),
            }
        })
        .collect()
}

/// Appends `msg` to the module's `kiln.assert_messages` and returns its index.
fn add_assert_message(m: &mut Module, msg: &str) -> usize {
    let ctx = m.ctx().clone();
    let root = m.root();
    let mut items: Vec<kiln_ir::Attr> = match m.attr(root, "kiln.assert_messages").map(|a| ctx.attr(a).clone()) {
        Some(AttrKind::Array(v)) => v.to_vec(),
        _ => Vec::new(),
    };
    items.push(ctx.str_attr(msg));
    let n = items.len() - 1;
    m.set_attr(root, "kiln.assert_messages", ctx.array_attr(&items));
    n
}

/// Declares `func.func private @name(params)` at module level unless it exists.
fn declare_runtime(m: &mut Module, name: &str, params: &[Type]) {
    let body = m.body();
    let at = match m.first_op(body) {
        Some(f) => Builder::before(f),
        None => Builder::at_end(body),
    };
    let (ft, loc) = (m.ctx().function_type(params, &[]), m.loc(m.root()));
    crate::to_llvm::declare_private(m, (body, at), "func.func", name, ft, loc);
}
