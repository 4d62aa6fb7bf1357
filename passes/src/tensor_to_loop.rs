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

use kiln_ir::pass::{Pass, PassContext, PassFailed, PassInfo};
use kiln_ir::{
    Attr, AttrKind, Builder, Diagnostic, Dim, DimOp, Module, OpId, OperationState, Sym, Type, TypeKind, Value,
};
use rustc_hash::FxHashMap;

pub fn info() -> PassInfo {
    PassInfo {
        argument: "convert-tensor-to-loop",
        summary: "Bufferize: tensors to memref buffers, tensor ops to loop nests",
        options: vec![],
        free_options: false,
        create: |_| Ok(Box::new(TensorToLoop)),
    }
}

struct TensorToLoop;

impl Pass for TensorToLoop {
    fn argument(&self) -> &'static str {
        "convert-tensor-to-loop"
    }
    fn display_name(&self) -> &'static str {
        "ConvertTensorToLoop"
    }
    fn run(&mut self, m: &mut Module, root: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
        let funcs: Vec<OpId> = m
            .regions(root)
            .iter()
            .flat_map(|&r| m.region_blocks(r).iter().flat_map(|&b| m.block_ops(b)))
            .filter(|&o| m.op_name(o) == "func.func")
            .collect();
        let mut failed = false;
        for f in funcs {
            if let Err(d) = lower_function(m, f) {
                cx.diags.push(d);
                failed = true;
            }
        }
        if failed {
            Err(PassFailed)
        } else {
            Ok(())
        }
    }
}

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

struct Lower<'m> {
    m: &'m mut Module,
    /// tensor value -> its buffer
    bufs: FxHashMap<Value, Value>,
    /// symbol -> (buffer, dimension) it can be read from
    syms: FxHashMap<Sym, (Value, usize)>,
    /// returned value -> the result buffer to compute it into
    dest: FxHashMap<Value, Value>,
    /// buffers this function allocated (freed before returning)
    temps: Vec<Value>,
    /// tensor ops replaced by loop nests, erased (users first) at the end
    dead: Vec<OpId>,
    /// the location of the op being lowered, given to what replaces it
    loc: Attr,
    index: Type,
}

fn lower_function(m: &mut Module, f: OpId) -> R<()> {
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
    let Some(&entry) = m.regions(f).first().and_then(|&r| m.region_blocks(r).first()) else {
        return Ok(()); // a declaration
    };
    if m.region_blocks(m.regions(f)[0]).len() != 1 {
        return Err(Diagnostic::error(
            loc,
            "bufferization expects a single-block function body",
        ));
    }
    let mut lw = Lower {
        m,
        bufs: FxHashMap::default(),
        syms: FxHashMap::default(),
        dest: FxHashMap::default(),
        temps: Vec::new(),
        dead: Vec::new(),
        loc,
        index: ctx.index_type(),
    };
    for a in lw.m.block_args(entry).to_vec() {
        let t = lw.m.value_type(a);
        if is_tensor(&ctx, t) {
            lw.m.set_value_type(a, memref_of(&ctx, t));
            lw.bufs.insert(a, a);
            for (k, d) in shape(&ctx, t).iter().enumerate() {
                if let Dim::Sym(s) = d {
                    lw.syms.entry(*s).or_insert((a, k));
                }
            }
        }
    }
    let out_params: Vec<Value> = outs.iter().map(|&t| lw.m.add_block_arg(entry, t, loc)).collect();
    // Returned values are computed straight into the result buffers (each buffer once).
    if let Some(ret) = lw.m.last_op(entry).filter(|&r| lw.m.op_name(r) == "func.return") {
        for (v, &p) in lw.m.operands(ret).collect::<Vec<_>>().into_iter().zip(&out_params) {
            if lw.m.defining_op(v).is_some() {
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
        .any(|o| m.op_name(o).starts_with("tensor."))
}

fn shape(ctx: &kiln_ir::Context, t: Type) -> Vec<Dim> {
    ctx.ty(t).shape().map(|s| s.to_vec()).unwrap_or_default()
}

/// The scalar op computing a tensor elementwise op on `elem`.
fn scalar_op(ctx: &kiln_ir::Context, name: &str, elem: Type) -> Option<&'static str> {
    let float = ctx.ty(elem).is_float();
    Some(match (name, float) {
        ("tensor.add", true) => "arith.addf",
        ("tensor.add", false) => "arith.addi",
        ("tensor.sub", true) => "arith.subf",
        ("tensor.sub", false) => "arith.subi",
        ("tensor.mul", true) => "arith.mulf",
        ("tensor.mul", false) => "arith.muli",
        ("tensor.div", true) => "arith.divf",
        ("tensor.div", false) => "arith.divsi",
        ("tensor.rem", true) => "arith.remf",
        ("tensor.rem", false) => "arith.remsi",
        ("tensor.max", true) => "arith.maximumf",
        ("tensor.max", false) => "arith.maxsi",
        ("tensor.min", true) => "arith.minimumf",
        ("tensor.min", false) => "arith.minsi",
        ("tensor.and", false) => "arith.andi",
        ("tensor.or", false) => "arith.ori",
        ("tensor.xor", false) => "arith.xori",
        ("tensor.pow", true) => "math.powf",
        ("tensor.exp", true) => "math.exp",
        ("tensor.log", true) => "math.log",
        ("tensor.tanh", true) => "math.tanh",
        ("tensor.sqrt", true) => "math.sqrt",
        ("tensor.rsqrt", true) => "math.rsqrt",
        ("tensor.erf", true) => "math.erf",
        ("tensor.abs", true) => "math.absf",
        ("tensor.abs", false) => "math.absi",
        ("tensor.neg", true) => "arith.negf",
        ("tensor.floor", true) => "math.floor",
        ("tensor.popcnt", false) => "math.ctpop",
        ("tensor.clz", false) => "math.ctlz",
        ("tensor.ceil", true) => "math.ceil",
        ("tensor.round", true) => "math.round",
        ("tensor.roundeven", true) => "math.roundeven",
        ("tensor.sin", true) => "math.sin",
        ("tensor.cos", true) => "math.cos",
        ("tensor.tan", true) => "math.tan",
        ("tensor.expm1", true) => "math.expm1",
        ("tensor.log1p", true) => "math.log1p",
        ("tensor.cbrt", true) => "math.cbrt",
        ("tensor.atan2", true) => "math.atan2",
        ("tensor.select", _) => "arith.select",
        _ => return None,
    })
}

impl Lower<'_> {
    fn emit(
        &mut self,
        at: &Builder,
        name: &str,
        operands: &[Value],
        props: Vec<(&str, kiln_ir::Attr)>,
        result: Option<Type>,
    ) -> Option<Value> {
        let ctx = self.m.ctx().clone();
        let mut st = OperationState::new(ctx.sym(name), self.loc);
        st.operands.extend_from_slice(operands);
        st.props = props.into_iter().map(|(n, a)| (ctx.sym(n), a)).collect();
        st.result_types.extend(result);
        let o = at.create(self.m, st);
        self.m.results(o).next()
    }

    fn index_const(&mut self, at: &Builder, v: i64) -> Value {
        let ctx = self.m.ctx().clone();
        let a = ctx.int_attr(v as i128, self.index);
        self.emit(at, "arith.constant", &[], vec![("value", a)], Some(self.index))
            .expect("result")
    }

    fn scalar_const(&mut self, at: &Builder, elem: Type, v: f64) -> Value {
        let ctx = self.m.ctx().clone();
        let a = match ctx.ty(elem) {
            TypeKind::Float(k) => ctx.intern_attr(AttrKind::Float {
                bits: kiln_ir::float::f64_to_bits(v, *k),
                ty: elem,
            }),
            _ => ctx.int_attr(v as i128, elem),
        };
        self.emit(at, "arith.constant", &[], vec![("value", a)], Some(elem))
            .expect("result")
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
        let ctx = self.m.ctx().clone();
        let a = ctx.int_attr(k as i128, ctx.i64());
        self.emit(at, "loop.dim", &[buf], vec![("index", a)], Some(self.index))
            .expect("result")
    }

    /// The run-time extent of dimension `d`; `fallback` gives `?` extents.
    fn extent(&mut self, at: &Builder, op: OpId, d: &Dim, fallback: Option<(Value, usize)>) -> R<Value> {
        Ok(match d {
            Dim::Const(c) => self.index_const(at, *c),
            Dim::Sym(s) => match self.syms.get(s).copied() {
                Some((b, k)) => self.dim_of(at, b, k),
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
                let name = match e.op {
                    DimOp::Add => "arith.addi",
                    DimOp::Sub => "arith.subi",
                    DimOp::Mul => "arith.muli",
                    DimOp::Div => "arith.divsi",
                    DimOp::Mod => "arith.remsi",
                };
                self.emit(at, name, &[a, b], vec![], Some(self.index)).expect("result")
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

    /// `name` on two index values.
    fn ix(&mut self, at: &Builder, name: &str, a: Value, b: Value) -> Value {
        let t = self.index;
        self.emit(at, name, &[a, b], vec![], Some(t)).expect("result")
    }

    /// `arith.cmpi` with predicate number `p` (MLIR's encoding: 0 eq, 2 slt, 4 sgt, 5 sge, ...).
    fn icmp(&mut self, at: &Builder, p: i128, a: Value, b: Value) -> Value {
        let ctx = self.m.ctx().clone();
        let pa = vec![("predicate", ctx.int_attr(p, ctx.i64()))];
        self.emit(at, "arith.cmpi", &[a, b], pa, Some(ctx.i1()))
            .expect("result")
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
                let b = self.emit(at, "loop.alloc", &dynamic, vec![], Some(mt)).expect("result");
                self.temps.push(b);
                b
            }
        };
        self.bufs.insert(r, b);
        b
    }

    /// Builds `for i_k in 0..sizes[k]` nests before `op`; returns the ivs and a builder for
    /// the innermost body (before its yield).
    fn nest(&mut self, at: &Builder, sizes: &[Value]) -> (Vec<Value>, Builder) {
        let ctx = self.m.ctx().clone();
        let loc = self.loc;
        let mut at = *at;
        let mut ivs = Vec::new();
        let zero = self.index_const(&at, 0);
        let one = self.index_const(&at, 1);
        for &s in sizes {
            let (region, block) = Builder::region_with_block(self.m, &[self.index], loc);
            let mut st = OperationState::new(ctx.sym("loop.for"), loc);
            st.operands.extend([zero, s, one]);
            st.regions.push(region);
            at.create(self.m, st);
            let y = OperationState::new(ctx.sym("loop.yield"), loc);
            let y = Builder::at_end(block).create(self.m, y);
            ivs.push(self.m.block_args(block)[0]);
            at = Builder::before(y);
        }
        (ivs, at)
    }

    fn load(&mut self, at: &Builder, buf: Value, idx: &[Value]) -> Value {
        let e = self.m.ctx().ty(self.m.value_type(buf)).element_type().expect("memref");
        let mut ops = vec![buf];
        ops.extend_from_slice(idx);
        self.emit(at, "loop.load", &ops, vec![], Some(e)).expect("result")
    }

    fn store(&mut self, at: &Builder, v: Value, buf: Value, idx: &[Value]) {
        let mut ops = vec![v, buf];
        ops.extend_from_slice(idx);
        self.emit(at, "loop.store", &ops, vec![], None);
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
        if !name.starts_with("tensor.") && !matches!(name.as_str(), "func.return" | "func.call") {
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
                    // A scalar (arguments already have their buffer types: ask the buffer map).
                    if !self.bufs.contains_key(&v) && !is_tensor(&ctx, self.m.value_type(v)) {
                        self.store(&at, v, out_params[k], &[]);
                        continue;
                    }
                    let b = self.buf(op, v)?;
                    if b != out_params[k] {
                        self.copy(&at, op, b, out_params[k])?;
                    }
                }
                for t in std::mem::take(&mut self.temps) {
                    if !out_params.contains(&t) {
                        self.emit(&at, "loop.dealloc", &[t], vec![], None);
                    }
                }
                self.emit(&at, "func.return", &[], vec![], None);
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
                for r in self.m.results(op).collect::<Vec<_>>() {
                    let rt = self.m.value_type(r);
                    if is_tensor(&ctx, rt) {
                        let (b, _) = self.result_buffer(op, r, &|_| None)?;
                        args.push(b);
                    } else {
                        let b = self
                            .emit(&at, "loop.alloc", &[], vec![], Some(ctx.memref_type(vec![], rt)))
                            .expect("result");
                        self.temps.push(b);
                        scalars.push((r, b));
                        args.push(b);
                    }
                }
                let callee = self.m.attr(op, "callee").expect("verified call");
                self.emit(&at, "func.call", &args, vec![("callee", callee)], None);
                for (r, b) in scalars {
                    let v = self.load(&at, b, &[]);
                    self.m.replace_all_uses(r, v);
                }
            }
            "tensor.cast" => {
                let b = self.buf(op, operands[0])?;
                let r = self.m.result(op, 0);
                self.bufs.insert(r, b);
            }
            "tensor.constant" => {
                let r = self.m.result(op, 0);
                let (b, sizes) = self.result_buffer(op, r, &|_| None)?;
                let a = self.m.attr(op, "value").expect("verified");
                let elem = elem_of(self.m, r);
                let AttrKind::Dense { data, .. } = ctx.attr(a).clone() else {
                    return Err(Diagnostic::error(loc, "expects a dense constant"));
                };
                let values = dense_values(&ctx, elem, &data);
                if data.splat {
                    let (ivs, inner) = self.nest(&at, &sizes);
                    let c = self.scalar_const(&inner, elem, values[0]);
                    self.store(&inner, c, b, &ivs);
                } else {
                    if values.len() > 4096 {
                        return Err(Diagnostic::error(
                            loc,
                            "dense constants over 4096 elements are not lowered yet",
                        ));
                    }
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
                        let c = self.scalar_const(&at, elem, v);
                        self.store(&at, c, b, &idx);
                    }
                }
            }
            "tensor.broadcast_in_dim" => {
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
                let (ivs, inner) = self.nest(&at, &sizes);
                let zero = self.index_const(&inner, 0);
                let idx: Vec<Value> = map
                    .iter()
                    .enumerate()
                    .map(|(j, &d)| {
                        if src_dims[j] == Dim::Const(1) {
                            zero
                        } else {
                            ivs[d as usize]
                        }
                    })
                    .collect();
                let v = self.load(&inner, src, &idx);
                self.store(&inner, v, b, &ivs);
            }
            "tensor.transpose" => {
                let src = self.buf(op, operands[0])?;
                let perm = int_list(self.m, op, "perm");
                let r = self.m.result(op, 0);
                let like = |k: usize| Some((src, perm[k] as usize));
                let (b, sizes) = self.result_buffer(op, r, &like)?;
                let (ivs, inner) = self.nest(&at, &sizes);
                let mut idx = vec![ivs[0]; ivs.len()];
                for (i, &p) in perm.iter().enumerate() {
                    idx[p as usize] = ivs[i];
                }
                let v = self.load(&inner, src, &idx);
                self.store(&inner, v, b, &ivs);
            }
            "tensor.reshape" => {
                let rdims = shape(&ctx, self.m.value_type(self.m.result(op, 0)));
                if operands.len() > 1 && rdims.iter().any(|d| matches!(d, Dim::Dynamic)) {
                    return Err(Diagnostic::error(
                        loc,
                        "reshapes to '?' extents given at run time are not lowered yet",
                    ));
                }
                // A view of the same (contiguous) storage.
                let src = self.buf(op, operands[0])?;
                let r = self.m.result(op, 0);
                let mt = memref_of(&ctx, self.m.value_type(r));
                let v = self.emit(&at, "loop.view", &[src], vec![], Some(mt)).expect("result");
                self.bufs.insert(r, v);
            }
            "tensor.reduce" => self.reduce(op, &operands)?,
            "tensor.dim" => {
                let src = self.buf(op, operands[0])?;
                let k = self.m.attr(op, "index").and_then(|a| ctx.attr_int(a)).unwrap_or(0) as usize;
                let r = self.m.result(op, 0);
                let rt = self.m.value_type(r);
                if !is_tensor(&ctx, rt) {
                    // To an index: the extent itself.
                    let d = self.dim_of(&at, src, k);
                    let d = if rt == self.index {
                        d
                    } else {
                        self.emit(&at, "arith.index_cast", &[d], vec![], Some(rt))
                            .expect("result")
                    };
                    self.m.replace_all_uses(r, d);
                    self.dead.push(op);
                    return Ok(());
                }
                let (b, _) = self.result_buffer(op, r, &|_| None)?;
                let e = ctx.ty(rt).element_type().expect("tensor");
                let d = self.dim_of(&at, src, k);
                let v = self
                    .emit(&at, "arith.index_cast", &[d], vec![], Some(e))
                    .expect("result");
                self.store(&at, v, b, &[]);
            }
            "tensor.concat" => self.concat(op, &operands)?,
            "tensor.if" => self.lower_if(op, &operands)?,
            "tensor.reduce_region" => self.reduce_region(op, &operands)?,
            "tensor.general_scatter" => self.general_scatter(op, &operands)?,
            "tensor.sort" => self.sort(op, &operands)?,
            "tensor.gather" => self.gather_axis(op, &operands)?,
            "tensor.scatter" => self.scatter_axis(op, &operands)?,
            "tensor.reduce_window" if operands.len() == 2 => self.reduce_window(op, &operands)?,
            "tensor.dynamic_slice" => self.dynamic_slice(op, &operands, false)?,
            "tensor.dynamic_update_slice" => self.dynamic_slice(op, &operands, true)?,
            "tensor.general_gather" if operands.len() == 2 => self.general_gather(op, &operands)?,
            "tensor.conv2d" => self.conv2d(op, &operands)?,
            "tensor.pad" if operands.len() == 2 => self.pad(op, &operands)?,
            "tensor.while" => self.lower_while(op, &operands)?,
            "tensor.fused" => {
                // The body runs once, in place: its arguments are the operands' buffers.
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
                self.copy_into(&at, op, &srcs, &dests)?;
                self.free(&at, temps, &dests);
            }
            "tensor.slice" if operands.len() == 1 => {
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
                    let m = self.ix(&inner, "arith.muli", iv, sc);
                    idx.push(self.ix(&inner, "arith.addi", m, s0));
                }
                let v = self.load(&inner, src, &idx);
                self.store(&inner, v, b, &ivs);
            }
            "tensor.reverse" => {
                let src = self.buf(op, operands[0])?;
                let dims: Vec<usize> = int_list(self.m, op, "dims").into_iter().map(|d| d as usize).collect();
                let r = self.m.result(op, 0);
                let like = move |k: usize| Some((src, k));
                let (b, sizes) = self.result_buffer(op, r, &like)?;
                let (ivs, inner) = self.nest(&at, &sizes);
                let one = self.index_const(&inner, 1);
                let mut idx = ivs.clone();
                for &d in &dims {
                    let last = self.ix(&inner, "arith.subi", sizes[d], one);
                    idx[d] = self.ix(&inner, "arith.subi", last, ivs[d]);
                }
                let v = self.load(&inner, src, &idx);
                self.store(&inner, v, b, &ivs);
            }
            "tensor.iota" => {
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
                let i = self
                    .emit(&inner, "arith.index_cast", &[ivs[d]], vec![], Some(ctx.i64()))
                    .expect("result");
                let v = self.convert(&inner, loc, i, e)?;
                self.store(&inner, v, b, &ivs);
            }
            "tensor.assert" => self.assert(op, &operands)?,
            "tensor.matmul" => self.matmul(op, &operands)?,
            "tensor.batch_matmul" => self.batch_matmul(op, &operands)?,
            "tensor.dot_general" => self.dot_general(op, &operands)?,
            "tensor.cmp"
            | "tensor.convert"
            | "tensor.relu"
            | "tensor.sigmoid"
            | "tensor.sign"
            | "tensor.bitcast"
            | "tensor.is_finite"
            | "tensor.shift_left"
            | "tensor.shift_right_arithmetic"
            | "tensor.shift_right_logical"
            | "tensor.reduce_precision" => self.elementwise(op, &operands)?,
            _ if operands
                .last()
                .copied()
                .or_else(|| self.m.results(op).next())
                .is_some_and(|v| scalar_op(&ctx, &name, elem_of(self.m, v)).is_some()) =>
            {
                self.elementwise(op, &operands)?
            }
            _ => return Err(Diagnostic::error(loc, format!("'{name}' has no loop lowering yet"))),
        }
        // Tensor results now live in buffers: no use of the tensor values remains.
        self.dead.push(op);
        Ok(())
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
                self.emit(&at, "arith.index_cast", &[v], vec![], Some(self.index))
                    .expect("result")
            });
        }
        let mt = memref_of(&ctx, self.m.value_type(r));
        let b = self.place(&at, r, mt, &dims, &sizes);
        Ok((b, sizes))
    }

    fn concat(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let axis = self.m.attr(op, "dim").and_then(|a| ctx.attr_int(a)).unwrap_or(0) as usize;
        let bufs: Vec<Value> = operands.iter().map(|&v| self.buf(op, v)).collect::<R<_>>()?;
        let r = self.m.result(op, 0);
        let first = bufs[0];
        let like = move |k: usize| (k != axis).then_some((first, k));
        let (b, _) = self.result_buffer(op, r, &like)?;
        let mut offset = self.index_const(&at, 0);
        for &src in &bufs {
            let rank = shape(&ctx, self.m.value_type(src)).len();
            let sizes: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, src, k)).collect();
            let (ivs, inner) = self.nest(&at, &sizes);
            let v = self.load(&inner, src, &ivs);
            let mut idx = ivs.clone();
            idx[axis] = self.ix(&inner, "arith.addi", ivs[axis], offset);
            self.store(&inner, v, b, &idx);
            offset = self.ix(&at, "arith.addi", offset, sizes[axis]);
        }
        Ok(())
    }

    /// `tensor.assert %cond, %v...`: a run-time check (see `runtime_check`) whose message's
    /// `{i}` are the values. Execution continues after a failure (every buffer access is still
    /// sized by the checked argument shapes); the caller reports it when the call returns.
    fn assert(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let loc = self.loc;
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
            vals.push(self.convert(&at, loc, x, ctx.i64())?);
        }
        self.runtime_check(&at, op, ok, &format!("run-time assertion failed: {msg}"), &vals);
        Ok(())
    }

    /// A run-time check inside generated code: when `ok` is false, reports `message` (its
    /// `{i}` filled with `values`, i64 scalars) through `kiln_rt_assert_failed`, like a
    /// failed `tensor.assert`.
    fn runtime_check(&mut self, at: &Builder, op: OpId, ok: Value, message: &str, values: &[Value]) {
        let ctx = self.m.ctx().clone();
        let msg = match ctx.file_line_col(self.m.loc(op)) {
            Some((f, l, c)) => format!("{f}:{l}:{c}: error: {message}"),
            None => format!("error: {message}"),
        };
        let id = add_assert_message(self.m, &msg);
        let t = self
            .emit(
                at,
                "arith.constant",
                &[],
                vec![("value", ctx.intern_attr(AttrKind::Bool(true)))],
                Some(ctx.i1()),
            )
            .expect("result");
        let failed = self
            .emit(at, "arith.xori", &[ok, t], vec![], Some(ctx.i1()))
            .expect("result");
        let inner = self.guard(at, failed);
        let vt = ctx.memref_type(vec![Dim::Const(values.len().max(1) as i64)], ctx.i64());
        let vals = self.emit(&inner, "loop.alloc", &[], vec![], Some(vt)).expect("result");
        for (k, &v) in values.iter().enumerate() {
            let i = self.index_const(&inner, k as i64);
            self.store(&inner, v, vals, &[i]);
        }
        let idv = self
            .emit(
                &inner,
                "arith.constant",
                &[],
                vec![("value", ctx.int_attr(id as i128, ctx.i64()))],
                Some(ctx.i64()),
            )
            .expect("result");
        declare_runtime(self.m, "kiln_rt_assert_failed", &[ctx.i64(), vt]);
        let callee = ctx.intern_attr(AttrKind::SymbolRef {
            root: ctx.sym("kiln_rt_assert_failed"),
            nested: Box::new([]),
        });
        self.emit(&inner, "func.call", &[idv, vals], vec![("callee", callee)], None);
        self.emit(&inner, "loop.dealloc", &[vals], vec![], None);
    }

    /// The index `ids[pos]` as index, checked against `[0, n)` (reported like tier 0; the
    /// access then uses a clamped index so it stays inside the buffer).
    fn checked_index(&mut self, at: &Builder, op: OpId, what: &str, ids: Value, pos: &[Value], n: Value) -> Value {
        let ctx = self.m.ctx().clone();
        let raw = self.load(at, ids, pos);
        let i = self
            .emit(at, "arith.index_cast", &[raw], vec![], Some(self.index))
            .expect("result");
        let ok = self.in_bounds(at, i, n);
        let i64v = self
            .emit(at, "arith.index_cast", &[i], vec![], Some(ctx.i64()))
            .expect("result");
        let n64 = self
            .emit(at, "arith.index_cast", &[n], vec![], Some(ctx.i64()))
            .expect("result");
        self.runtime_check(
            at,
            op,
            ok,
            &format!("{what} index {{0}} is out of range [0, {{1}})"),
            &[i64v, n64],
        );
        let zero = self.index_const(at, 0);
        self.emit(at, "arith.select", &[ok, i, zero], vec![], Some(self.index))
            .expect("result")
    }

    /// gather along one axis: out[o.., i.., r..] = table[o.., ids[i..], r..].
    fn gather_axis(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let (table, ids) = (self.buf(op, operands[0])?, self.buf(op, operands[1])?);
        let a = self.m.attr(op, "axis").and_then(|x| ctx.attr_int(x)).unwrap_or(0) as usize;
        let trank = shape(&ctx, self.m.value_type(table)).len();
        let irank = shape(&ctx, self.m.value_type(ids)).len();
        let r = self.m.result(op, 0);
        let like = move |k: usize| {
            if k < a {
                Some((table, k))
            } else if k < a + irank {
                Some((ids, k - a))
            } else {
                Some((table, k - irank + 1))
            }
        };
        let (b, sizes) = self.result_buffer(op, r, &like)?;
        let n = self.dim_of(&at, table, a);
        let (ivs, inner) = self.nest(&at, &sizes);
        let i = self.checked_index(&inner, op, "gather", ids, &ivs[a..a + irank], n);
        let mut tidx: Vec<Value> = ivs[..a].to_vec();
        tidx.push(i);
        tidx.extend_from_slice(&ivs[a + irank..]);
        debug_assert_eq!(tidx.len(), trank);
        let v = self.load(&inner, table, &tidx);
        self.store(&inner, v, b, &ivs);
        Ok(())
    }

    /// scatter along one axis: a copy of dest with updates written (or added) at the indices.
    fn scatter_axis(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let (dest, ids, upd) = (
            self.buf(op, operands[0])?,
            self.buf(op, operands[1])?,
            self.buf(op, operands[2])?,
        );
        let a = self.m.attr(op, "axis").and_then(|x| ctx.attr_int(x)).unwrap_or(0) as usize;
        let add = self.m.attr(op, "kind").and_then(|x| ctx.attr_str(x)) == Some("add");
        let irank = shape(&ctx, self.m.value_type(ids)).len();
        let urank = shape(&ctx, self.m.value_type(upd)).len();
        let r = self.m.result(op, 0);
        let like = move |k: usize| Some((dest, k));
        let (b, _) = self.result_buffer(op, r, &like)?;
        if b != dest {
            self.copy(&at, op, dest, b)?;
        }
        let n = self.dim_of(&at, dest, a);
        let usz: Vec<Value> = (0..urank).map(|k| self.dim_of(&at, upd, k)).collect();
        let (ivs, inner) = self.nest(&at, &usz);
        let i = self.checked_index(&inner, op, "scatter", ids, &ivs[a..a + irank], n);
        let mut didx: Vec<Value> = ivs[..a].to_vec();
        didx.push(i);
        didx.extend_from_slice(&ivs[a + irank..]);
        let u = self.load(&inner, upd, &ivs);
        let v = if add {
            let cur = self.load(&inner, b, &didx);
            let e = self.m.value_type(u);
            let n = if ctx.ty(e).is_float() {
                "arith.addf"
            } else {
                "arith.addi"
            };
            self.emit(&inner, n, &[cur, u], vec![], Some(e)).expect("result")
        } else {
            u
        };
        self.store(&inner, v, b, &didx);
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
        self.emit(at, "loop.alloc", &dynamic, vec![], Some(t)).expect("result")
    }

    /// The scalar i1 of a condition operand (a `tensor<i1>` buffer or an i1).
    fn condition(&mut self, at: &Builder, op: OpId, c: Value) -> R<Value> {
        if is_tensor(self.m.ctx(), self.m.value_type(c)) {
            let b = self.buf(op, c)?;
            Ok(self.load(at, b, &[]))
        } else {
            Ok(c)
        }
    }

    /// Moves the ops of `old` (but its terminator) before `before`, lowers them, and returns the
    /// old terminator. Buffers they allocate are freed before `before` unless kept.
    fn inline_block(&mut self, old: kiln_ir::BlockId, before: OpId) -> R<(OpId, Vec<Value>)> {
        let saved = std::mem::take(&mut self.temps);
        let ops: Vec<OpId> = self.m.block_ops(old).collect();
        let (term, body) = ops.split_last().expect("a terminated block");
        for &o in body {
            self.m.move_op_before(o, before);
        }
        for &o in body {
            self.lower(o, &[])?;
        }
        let region_temps = std::mem::replace(&mut self.temps, saved);
        Ok((*term, region_temps))
    }

    /// Copies `srcs[j]` into `dests[j]` before `at`, staging sources that are themselves
    /// destinations (a loop that swaps its carried values) through temporaries.
    fn copy_into(&mut self, at: &Builder, op: OpId, srcs: &[Value], dests: &[Value]) -> R<()> {
        let mut srcs = srcs.to_vec();
        let mut staged = Vec::new();
        for j in 0..srcs.len() {
            if srcs[j] != dests[j] && dests.contains(&srcs[j]) {
                let t = self.alloc_like(at, srcs[j]);
                self.copy(at, op, srcs[j], t)?;
                staged.push(t);
                srcs[j] = t;
            }
        }
        for j in 0..srcs.len() {
            if srcs[j] != dests[j] {
                self.copy(at, op, srcs[j], dests[j])?;
            }
        }
        for t in staged {
            self.emit(at, "loop.dealloc", &[t], vec![], None);
        }
        Ok(())
    }

    fn free(&mut self, at: &Builder, bufs: Vec<Value>, keep: &[Value]) {
        for b in bufs {
            if !keep.contains(&b) {
                self.emit(at, "loop.dealloc", &[b], vec![], None);
            }
        }
    }

    /// `tensor.if`: results get buffers before the branch; each branch computes into its own
    /// temporaries and copies what it yields into them.
    fn lower_if(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let loc = self.loc;
        let c = self.condition(&at, op, operands[0])?;
        let mut dests = Vec::new();
        for r in self.m.results(op).collect::<Vec<_>>() {
            dests.push(self.result_buffer(op, r, &|_| None)?.0);
        }
        let regions = self.m.regions(op).to_vec();
        let (tr, tb) = Builder::region_with_block(self.m, &[], loc);
        let (er, eb) = Builder::region_with_block(self.m, &[], loc);
        let mut st = OperationState::new(ctx.sym("loop.if"), loc);
        st.operands.push(c);
        st.regions.extend([tr, er]);
        at.create(self.m, st);
        for (old, new) in [(regions[0], tb), (regions[1], eb)] {
            let y = Builder::at_end(new).create(self.m, OperationState::new(ctx.sym("loop.yield"), loc));
            let old_block = self.m.region_blocks(old)[0];
            let (term, temps) = self.inline_block(old_block, y)?;
            let vals: Vec<Value> = self.m.operands(term).collect();
            let srcs: Vec<Value> = vals.iter().map(|&v| self.buf(op, v)).collect::<R<_>>()?;
            let yat = Builder::before(y);
            self.copy_into(&yat, op, &srcs, &dests)?;
            self.free(&yat, temps, &dests);
        }
        Ok(())
    }

    /// `tensor.while`: each carried value lives in an iteration buffer (the result's); both
    /// regions read them through their arguments and the body's yield copies into them.
    fn lower_while(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let loc = self.loc;
        let inits: Vec<Value> = operands.iter().map(|&v| self.buf(op, v)).collect::<R<_>>()?;
        let mut iters = Vec::new();
        for (k, r) in self.m.results(op).collect::<Vec<_>>().into_iter().enumerate() {
            let init = inits[k];
            let like = move |d: usize| Some((init, d));
            let (b, _) = self.result_buffer(op, r, &like)?;
            iters.push(b);
        }
        self.copy_into(&at, op, &inits, &iters)?;
        let regions = self.m.regions(op).to_vec();
        for &r in &regions {
            let blk = self.m.region_blocks(r)[0];
            for (a, &b) in self.m.block_args(blk).to_vec().into_iter().zip(&iters) {
                self.bufs.insert(a, b);
            }
        }
        let (cr, cb) = Builder::region_with_block(self.m, &[], loc);
        let (br, bb) = Builder::region_with_block(self.m, &[], loc);
        let mut st = OperationState::new(ctx.sym("loop.while"), loc);
        st.regions.extend([cr, br]);
        at.create(self.m, st);
        // cond: compute, read the condition, free, continue while true.
        let mut cst = OperationState::new(ctx.sym("loop.condition"), loc);
        let placeholder = self
            .emit(
                &Builder::at_end(cb),
                "arith.constant",
                &[],
                vec![("value", ctx.intern_attr(AttrKind::Bool(false)))],
                Some(ctx.i1()),
            )
            .expect("result");
        cst.operands.push(placeholder);
        let cond_term = Builder::at_end(cb).create(self.m, cst);
        let old_cond = self.m.region_blocks(regions[0])[0];
        let (term, temps) = self.inline_block(old_cond, cond_term)?;
        let cv = self.m.operand_value(term, 0);
        let cat = Builder::before(cond_term);
        let c = self.condition(&cat, op, cv)?;
        self.free(&cat, temps, &iters);
        self.m.set_operand(cond_term, 0, c);
        let pdef = self.m.defining_op(placeholder).expect("constant");
        self.m.erase_op(pdef);
        // body: compute, copy the yielded values into the iteration buffers, free.
        let y = Builder::at_end(bb).create(self.m, OperationState::new(ctx.sym("loop.yield"), loc));
        let old_body = self.m.region_blocks(regions[1])[0];
        let (term, temps) = self.inline_block(old_body, y)?;
        let vals: Vec<Value> = self.m.operands(term).collect();
        let srcs: Vec<Value> = vals.iter().map(|&v| self.buf(op, v)).collect::<R<_>>()?;
        let yat = Builder::before(y);
        self.copy_into(&yat, op, &srcs, &iters)?;
        self.free(&yat, temps, &iters);
        Ok(())
    }

    /// Emits the ops of a combiner or comparator region as scalar code before `at`, with its
    /// arguments bound to `args`; returns the scalars it yields. Region ops on rank-0 tensors
    /// become their scalar forms.
    fn scalarize(&mut self, at: &Builder, op: OpId, block: kiln_ir::BlockId, args: &[Value]) -> R<Vec<Value>> {
        let ctx = self.m.ctx().clone();
        let loc = self.m.loc(op);
        let mut map: FxHashMap<Value, Value> = FxHashMap::default();
        for (&a, &v) in self.m.block_args(block).to_vec().iter().zip(args) {
            map.insert(a, v);
        }
        for o in self.m.block_ops(block).collect::<Vec<_>>() {
            let name = self.m.op_name(o).to_string();
            let mut ins = Vec::new();
            for v in self.m.operands(o).collect::<Vec<_>>() {
                ins.push(match map.get(&v) {
                    Some(&x) => x,
                    // A value from outside the region: a scalar, or a rank-0 tensor's element.
                    None if !is_tensor(&ctx, self.m.value_type(v)) => v,
                    None => {
                        let b = self.buf(op, v)?;
                        if !shape(&ctx, self.m.value_type(b)).is_empty() {
                            return Err(Diagnostic::error(
                                loc,
                                "a region reads a whole tensor from outside it; not lowered yet",
                            ));
                        }
                        self.load(at, b, &[])
                    }
                });
            }
            if matches!(name.as_str(), "tensor.yield" | "loop.yield" | "stablehlo.return") {
                return Ok(ins);
            }
            let Some(r) = self.m.results(o).next() else {
                return Err(Diagnostic::error(
                    self.m.loc(o),
                    format!("'{name}' in a region has no scalar lowering"),
                ));
            };
            let rt = elem_or_self(&ctx, self.m.value_type(r));
            let v = match name.as_str() {
                "tensor.constant" | "arith.constant" => {
                    let a = self.m.attr(o, "value").expect("verified constant");
                    let a = match ctx.attr(a).clone() {
                        AttrKind::Dense { data, .. } => {
                            let v = dense_values(&ctx, rt, &data)[0];
                            return_scalar_attr(&ctx, rt, v)
                        }
                        _ => a,
                    };
                    self.emit(at, "arith.constant", &[], vec![("value", a)], Some(rt))
                        .expect("result")
                }
                n if n.starts_with("arith.") || n.starts_with("math.") => {
                    let props: Vec<(String, kiln_ir::Attr)> = ctx
                        .dict_entries(self.m.props(o))
                        .iter()
                        .map(|p| (ctx.str(p.name).to_string(), p.value))
                        .collect();
                    let props: Vec<(&str, kiln_ir::Attr)> = props.iter().map(|(n, a)| (n.as_str(), *a)).collect();
                    self.emit(at, n, &ins, props, Some(rt)).expect("result")
                }
                _ => self.scalar_of(at, o, &name, &ins, rt)?,
            };
            map.insert(r, v);
        }
        Err(Diagnostic::error(loc, "a region without a terminator"))
    }

    /// The scalar form of tensor op `o` (on rank-0 tensors) applied to scalars `ins`.
    fn scalar_of(&mut self, at: &Builder, o: OpId, name: &str, ins: &[Value], rt: Type) -> R<Value> {
        self.scalar_elementwise(at, o, name, ins, rt)
    }

    fn compare(&mut self, at: &Builder, loc: kiln_ir::Attr, p: &str, vals: &[Value], in_elem: Type) -> R<Value> {
        let ctx = self.m.ctx().clone();
        let float = ctx.ty(in_elem).is_float();
        let (opname, names): (&str, &[&str]) = if float {
            ("arith.cmpf", &kiln_dialects::arith::CMPF)
        } else {
            ("arith.cmpi", &kiln_dialects::arith::CMPI)
        };
        let want = match (float, p) {
            (true, "ne") => "une".to_string(),
            (true, q) => format!("o{q}"),
            (false, "eq" | "ne") => p.to_string(),
            (false, q) if q.starts_with('u') => q.to_string(),
            (false, q) => format!("s{q}"),
        };
        let idx = names
            .iter()
            .position(|&n| n == want)
            .ok_or_else(|| Diagnostic::error(loc, format!("predicate '{p}' has no loop lowering")))?;
        let pa = ctx.int_attr(idx as i128, ctx.i64());
        Ok(self
            .emit(at, opname, vals, vec![("predicate", pa)], Some(ctx.i1()))
            .expect("result"))
    }

    /// reduce_region: results start at the initial values, then every element is folded in
    /// by the combiner (accumulators, then elements), in row-major order as tier 0 does.
    fn reduce_region(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let n = operands.len() / 2;
        let axes: Vec<usize> = int_list(self.m, op, "axes").into_iter().map(|a| a as usize).collect();
        let keep = self.m.attr(op, "keep_dims").is_some();
        let ins: Vec<Value> = operands[..n].iter().map(|&v| self.buf(op, v)).collect::<R<_>>()?;
        let inits: Vec<Value> = operands[n..].to_vec();
        let rank = shape(&ctx, self.m.value_type(ins[0])).len();
        let kept: Vec<usize> = (0..rank).filter(|d| !axes.contains(d)).collect();
        let src = ins[0];
        let mut outs = Vec::new();
        let mut out_sizes = Vec::new();
        for r in self.m.results(op).collect::<Vec<_>>() {
            let like = |k: usize| {
                if keep {
                    (!axes.contains(&k)).then_some((src, k))
                } else {
                    kept.get(k).map(|&d| (src, d))
                }
            };
            let (b, sz) = self.result_buffer(op, r, &like)?;
            outs.push(b);
            out_sizes = sz;
        }
        // Initial values: rank-0 buffers (or scalars).
        let (ivs, inner) = self.nest(&at, &out_sizes);
        for (k, &iv) in inits.iter().enumerate() {
            let v = if is_tensor(&ctx, self.m.value_type(iv)) {
                let b = self.buf(op, iv)?;
                self.load(&inner, b, &[])
            } else {
                iv
            };
            self.store(&inner, v, outs[k], &ivs);
        }
        let in_sizes: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, src, k)).collect();
        let (ivs, inner) = self.nest(&at, &in_sizes);
        let out_idx: Vec<Value> = if keep {
            let zero = self.index_const(&inner, 0);
            (0..rank)
                .map(|d| if axes.contains(&d) { zero } else { ivs[d] })
                .collect()
        } else {
            kept.iter().map(|&d| ivs[d]).collect()
        };
        let mut args = Vec::new();
        for &o in &outs {
            args.push(self.load(&inner, o, &out_idx));
        }
        for &i in &ins {
            args.push(self.load(&inner, i, &ivs));
        }
        let block = self.m.region_blocks(self.m.regions(op)[0])[0];
        let res = self.scalarize(&inner, op, block, &args)?;
        for (k, &v) in res.iter().enumerate() {
            self.store(&inner, v, outs[k], &out_idx);
        }
        Ok(())
    }

    /// `clamp(start, 0, extent - size)` of a rank-0 integer start buffer, as index.
    fn clamped_start(&mut self, at: &Builder, op: OpId, start: Value, extent: Value, size: Value) -> R<Value> {
        let b = self.buf(op, start)?;
        let v = self.load(at, b, &[]);
        let i = self
            .emit(at, "arith.index_cast", &[v], vec![], Some(self.index))
            .expect("result");
        let zero = self.index_const(at, 0);
        let hi = self.ix(at, "arith.subi", extent, size);
        let hi = self.ix(at, "arith.maxsi", hi, zero);
        let lo = self.ix(at, "arith.maxsi", i, zero);
        Ok(self.ix(at, "arith.minsi", lo, hi))
    }

    /// dynamic_slice (`update` false) and dynamic_update_slice (`update` true), starts clamped.
    fn dynamic_slice(&mut self, op: OpId, operands: &[Value], update: bool) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let src = self.buf(op, operands[0])?;
        let rank = shape(&ctx, self.m.value_type(src)).len();
        let r = self.m.result(op, 0);
        let extents: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, src, k)).collect();
        if update {
            let upd = self.buf(op, operands[1])?;
            let like = move |k: usize| Some((src, k));
            let (b, _) = self.result_buffer(op, r, &like)?;
            if b != src {
                self.copy(&at, op, src, b)?;
            }
            let usz: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, upd, k)).collect();
            let mut starts = Vec::new();
            for k in 0..rank {
                starts.push(self.clamped_start(&at, op, operands[2 + k], extents[k], usz[k])?);
            }
            let (ivs, inner) = self.nest(&at, &usz);
            let v = self.load(&inner, upd, &ivs);
            let idx: Vec<Value> = (0..rank)
                .map(|k| self.ix(&inner, "arith.addi", ivs[k], starts[k]))
                .collect();
            self.store(&inner, v, b, &idx);
        } else {
            let (b, sizes) = self.result_buffer(op, r, &|_| None)?;
            let mut starts = Vec::new();
            for k in 0..rank {
                starts.push(self.clamped_start(&at, op, operands[1 + k], extents[k], sizes[k])?);
            }
            let (ivs, inner) = self.nest(&at, &sizes);
            let idx: Vec<Value> = (0..rank)
                .map(|k| self.ix(&inner, "arith.addi", ivs[k], starts[k]))
                .collect();
            let v = self.load(&inner, src, &idx);
            self.store(&inner, v, b, &ivs);
        }
        Ok(())
    }

    /// general_gather with static slice sizes: each result element reads the operand at the
    /// clamped start of its batch position plus its offset.
    fn general_gather(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let l = |m: &Module, n: &str| -> Vec<i64> { int_list(m, op, n) };
        let offset_dims = l(self.m, "offset_dims");
        let collapsed = l(self.m, "collapsed_slice_dims");
        let obatch = l(self.m, "operand_batching_dims");
        let ibatch = l(self.m, "start_indices_batching_dims");
        let start_map = l(self.m, "start_index_map");
        let sizes_attr = l(self.m, "slice_sizes");
        let ivd = self
            .m
            .attr(op, "index_vector_dim")
            .and_then(|a| ctx.attr_int(a))
            .unwrap_or(0) as usize;
        let src = self.buf(op, operands[0])?;
        let ids = self.buf(op, operands[1])?;
        let orank = shape(&ctx, self.m.value_type(src)).len();
        let irank = shape(&ctx, self.m.value_type(ids)).len();
        let r = self.m.result(op, 0);
        let out_rank = shape(&ctx, self.m.value_type(r)).len();
        let batch_ids: Vec<usize> = (0..irank).filter(|&i| i != ivd).collect();
        let batch_pos: Vec<usize> = (0..out_rank).filter(|i| !offset_dims.contains(&(*i as i64))).collect();
        let like = |k: usize| batch_pos.iter().position(|&p| p == k).map(|j| (ids, batch_ids[j]));
        let (b, sizes) = self.result_buffer(op, r, &like)?;
        let extents: Vec<Value> = (0..orank).map(|k| self.dim_of(&at, src, k)).collect();
        let (ivs, inner) = self.nest(&at, &sizes);
        let batch: Vec<Value> = batch_pos.iter().map(|&p| ivs[p]).collect();
        let offs: Vec<Value> = offset_dims.iter().map(|&p| ivs[p as usize]).collect();
        let window: Vec<usize> = (0..orank)
            .filter(|d| !collapsed.contains(&(*d as i64)) && !obatch.contains(&(*d as i64)))
            .collect();
        let zero = self.index_const(&inner, 0);
        let mut at_idx = vec![zero; orank];
        for (k, &d) in start_map.iter().enumerate() {
            let d = d as usize;
            let mut iidx = batch.clone();
            if ivd < irank {
                let kk = self.index_const(&inner, k as i64);
                iidx.insert(ivd, kk);
            }
            let v = self.load(&inner, ids, &iidx);
            let i = self
                .emit(&inner, "arith.index_cast", &[v], vec![], Some(self.index))
                .expect("result");
            let size = self.index_const(&inner, sizes_attr.get(d).copied().unwrap_or(1));
            let hi = self.ix(&inner, "arith.subi", extents[d], size);
            let hi = self.ix(&inner, "arith.maxsi", hi, zero);
            let lo = self.ix(&inner, "arith.maxsi", i, zero);
            at_idx[d] = self.ix(&inner, "arith.minsi", lo, hi);
        }
        for (&od, &id) in obatch.iter().zip(&ibatch) {
            let j = batch_ids.iter().position(|&x| x == id as usize).unwrap_or(0);
            at_idx[od as usize] = self
                .emit(
                    &inner,
                    "arith.addi",
                    &[at_idx[od as usize], batch[j]],
                    vec![],
                    Some(self.index),
                )
                .expect("result");
        }
        for (&d, &o) in window.iter().zip(&offs) {
            at_idx[d] = self.ix(&inner, "arith.addi", at_idx[d], o);
        }
        let v = self.load(&inner, src, &at_idx);
        self.store(&inner, v, b, &ivs);
        Ok(())
    }

    /// conv2d (NHWC input, HWCF filter): a direct loop nest; taps that fall in the padding
    /// are skipped.
    fn conv2d(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let loc = self.loc;
        let (x, w) = (self.buf(op, operands[0])?, self.buf(op, operands[1])?);
        let get = |m: &Module, n: &str, d: Vec<i64>| {
            let v = int_list(m, op, n);
            if v.is_empty() {
                d
            } else {
                v
            }
        };
        let strides = get(self.m, "strides", vec![1, 1]);
        let dil = get(self.m, "dilations", vec![1, 1]);
        let pad = get(self.m, "padding", vec![0, 0, 0, 0]);
        let r = self.m.result(op, 0);
        let elem = elem_or_self(&ctx, self.m.value_type(r));
        let like = move |k: usize| match k {
            0 => Some((x, 0)),
            3 => Some((w, 3)),
            _ => None,
        };
        let (out, osz) = self.result_buffer(op, r, &like)?;
        let (ivs, inner) = self.nest(&at, &osz);
        let z = self.scalar_const(&inner, elem, 0.0);
        self.store(&inner, z, out, &ivs);
        let wsz: Vec<Value> = (0..3).map(|k| self.dim_of(&at, w, k)).collect();
        let xh = self.dim_of(&at, x, 1);
        let xw = self.dim_of(&at, x, 2);
        let mut sizes = osz.clone();
        sizes.extend(wsz.iter().copied());
        let (ivs, inner) = self.nest(&at, &sizes);
        let (n, oy, ox, f, ky, kx, c) = (ivs[0], ivs[1], ivs[2], ivs[3], ivs[4], ivs[5], ivs[6]);
        let coord = |lw: &mut Self, o: Value, k: Value, i: usize| -> Value {
            let s = lw.index_const(&inner, strides[i]);
            let d = lw.index_const(&inner, dil[i]);
            let p = lw.index_const(&inner, pad[2 * i]);
            let a = lw
                .emit(&inner, "arith.muli", &[o, s], vec![], Some(lw.index))
                .expect("result");
            let b = lw
                .emit(&inner, "arith.muli", &[k, d], vec![], Some(lw.index))
                .expect("result");
            let t = lw
                .emit(&inner, "arith.addi", &[a, b], vec![], Some(lw.index))
                .expect("result");
            lw.emit(&inner, "arith.subi", &[t, p], vec![], Some(lw.index))
                .expect("result")
        };
        let iy = coord(self, oy, ky, 0);
        let ix = coord(self, ox, kx, 1);
        let zero = self.index_const(&inner, 0);
        // 0 <= iy < H and 0 <= ix < W (sge = 5, slt = 2 in arith.cmpi's encoding)
        let c1 = self.icmp(&inner, 5, iy, zero);
        let c2 = self.icmp(&inner, 2, iy, xh);
        let c3 = self.icmp(&inner, 5, ix, zero);
        let c4 = self.icmp(&inner, 2, ix, xw);
        let a1 = self
            .emit(&inner, "arith.andi", &[c1, c2], vec![], Some(ctx.i1()))
            .expect("result");
        let a2 = self
            .emit(&inner, "arith.andi", &[c3, c4], vec![], Some(ctx.i1()))
            .expect("result");
        let inside = self
            .emit(&inner, "arith.andi", &[a1, a2], vec![], Some(ctx.i1()))
            .expect("result");
        let (tr, tb) = Builder::region_with_block(self.m, &[], loc);
        let er = self.m.new_region();
        let mut st = OperationState::new(ctx.sym("loop.if"), loc);
        st.operands.push(inside);
        st.regions.extend([tr, er]);
        inner.create(self.m, st);
        let y = Builder::at_end(tb).create(self.m, OperationState::new(ctx.sym("loop.yield"), loc));
        let t = Builder::before(y);
        let xv = self.load(&t, x, &[n, iy, ix, c]);
        let wv = self.load(&t, w, &[ky, kx, c, f]);
        let acc = self.load(&t, out, &[n, oy, ox, f]);
        let float = ctx.ty(elem).is_float();
        let (mul, add) = if float {
            ("arith.mulf", "arith.addf")
        } else {
            ("arith.muli", "arith.addi")
        };
        let p = self.emit(&t, mul, &[xv, wv], vec![], Some(elem)).expect("result");
        let s = self.emit(&t, add, &[acc, p], vec![], Some(elem)).expect("result");
        self.store(&t, s, out, &[n, oy, ox, f]);
        Ok(())
    }

    /// pad: fill with the padding value, then place every source element (those cropped by
    /// negative padding are skipped).
    fn pad(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let loc = self.loc;
        let src = self.buf(op, operands[0])?;
        let pv = self.buf(op, operands[1])?;
        let rank = shape(&ctx, self.m.value_type(src)).len();
        let low = int_list(self.m, op, "low");
        let interior = {
            let v = int_list(self.m, op, "interior");
            if v.is_empty() {
                vec![0; rank]
            } else {
                v
            }
        };
        let r = self.m.result(op, 0);
        let (b, osz) = self.result_buffer(op, r, &|_| None)?;
        let (ivs, inner) = self.nest(&at, &osz);
        let v = self.load(&inner, pv, &[]);
        self.store(&inner, v, b, &ivs);
        let ssz: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, src, k)).collect();
        let (ivs, inner) = self.nest(&at, &ssz);
        let zero = self.index_const(&inner, 0);
        let mut idx = Vec::new();
        let mut inside: Option<Value> = None;
        for k in 0..rank {
            let step = self.index_const(&inner, interior[k] + 1);
            let lo = self.index_const(&inner, low[k]);
            let m = self.ix(&inner, "arith.muli", ivs[k], step);
            let p = self.ix(&inner, "arith.addi", m, lo);
            let c1 = self.icmp(&inner, 5, p, zero);
            let c2 = self.icmp(&inner, 2, p, osz[k]);
            let c = self
                .emit(&inner, "arith.andi", &[c1, c2], vec![], Some(ctx.i1()))
                .expect("result");
            inside = Some(match inside {
                Some(i) => self
                    .emit(&inner, "arith.andi", &[i, c], vec![], Some(ctx.i1()))
                    .expect("result"),
                None => c,
            });
            idx.push(p);
        }
        let x = self.load(&inner, src, &ivs);
        match inside {
            Some(c) => {
                let (tr, tb) = Builder::region_with_block(self.m, &[], loc);
                let er = self.m.new_region();
                let mut st = OperationState::new(ctx.sym("loop.if"), loc);
                st.operands.push(c);
                st.regions.extend([tr, er]);
                inner.create(self.m, st);
                let y = Builder::at_end(tb).create(self.m, OperationState::new(ctx.sym("loop.yield"), loc));
                self.store(&Builder::before(y), x, b, &idx);
            }
            None => self.store(&inner, x, b, &idx),
        }
        Ok(())
    }

    /// An `if` with an empty else before `at`; returns a builder for its then block.
    fn guard(&mut self, at: &Builder, cond: Value) -> Builder {
        let ctx = self.m.ctx().clone();
        let loc = self.loc;
        let (tr, tb) = Builder::region_with_block(self.m, &[], loc);
        let er = self.m.new_region();
        let mut st = OperationState::new(ctx.sym("loop.if"), loc);
        st.operands.push(cond);
        st.regions.extend([tr, er]);
        at.create(self.m, st);
        let y = Builder::at_end(tb).create(self.m, OperationState::new(ctx.sym("loop.yield"), loc));
        Builder::before(y)
    }

    /// `0 <= i < n` as an i1.
    fn in_bounds(&mut self, at: &Builder, i: Value, n: Value) -> Value {
        let ctx = self.m.ctx().clone();
        let zero = self.index_const(at, 0);
        let a = self.icmp(at, 5, i, zero);
        let b = self.icmp(at, 2, i, n);
        self.emit(at, "arith.andi", &[a, b], vec![], Some(ctx.i1()))
            .expect("result")
    }

    fn and_all(&mut self, at: &Builder, cs: Vec<Value>) -> Option<Value> {
        let ctx = self.m.ctx().clone();
        let mut acc: Option<Value> = None;
        for c in cs {
            acc = Some(match acc {
                Some(a) => self
                    .emit(at, "arith.andi", &[a, c], vec![], Some(ctx.i1()))
                    .expect("result"),
                None => c,
            });
        }
        acc
    }

    /// general_scatter: copy the input, then combine every update in at its index; updates
    /// outside the input are skipped.
    fn general_scatter(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let l = |m: &Module, n: &str| -> Vec<i64> { int_list(m, op, n) };
        let uwd = l(self.m, "update_window_dims");
        let iwd = l(self.m, "inserted_window_dims");
        let ibd = l(self.m, "input_batching_dims");
        let sibd = l(self.m, "scatter_indices_batching_dims");
        let sd2o = l(self.m, "scatter_dims_to_operand_dims");
        let ivd = self
            .m
            .attr(op, "index_vector_dim")
            .and_then(|a| ctx.attr_int(a))
            .unwrap_or(0) as usize;
        let (input, ids, upd) = (
            self.buf(op, operands[0])?,
            self.buf(op, operands[1])?,
            self.buf(op, operands[2])?,
        );
        let irank = shape(&ctx, self.m.value_type(input)).len();
        let idrank = shape(&ctx, self.m.value_type(ids)).len();
        let urank = shape(&ctx, self.m.value_type(upd)).len();
        let r = self.m.result(op, 0);
        let like = move |k: usize| Some((input, k));
        let (out, osz) = self.result_buffer(op, r, &like)?;
        if out != input {
            self.copy(&at, op, input, out)?;
        }
        let usz: Vec<Value> = (0..urank).map(|k| self.dim_of(&at, upd, k)).collect();
        let (ivs, inner) = self.nest(&at, &usz);
        let batch: Vec<Value> = (0..urank)
            .filter(|d| !uwd.contains(&(*d as i64)))
            .map(|d| ivs[d])
            .collect();
        let win: Vec<Value> = uwd.iter().map(|&d| ivs[d as usize]).collect();
        let batch_ids: Vec<usize> = (0..idrank).filter(|&i| i != ivd).collect();
        let zero = self.index_const(&inner, 0);
        let mut idx = vec![zero; irank];
        for (k, &d) in sd2o.iter().enumerate() {
            let mut iidx = batch.clone();
            if ivd < idrank {
                let kk = self.index_const(&inner, k as i64);
                iidx.insert(ivd, kk);
            }
            let v = self.load(&inner, ids, &iidx);
            let i = self
                .emit(&inner, "arith.index_cast", &[v], vec![], Some(self.index))
                .expect("result");
            idx[d as usize] = self
                .emit(&inner, "arith.addi", &[idx[d as usize], i], vec![], Some(self.index))
                .expect("result");
        }
        for (&id, &sd) in ibd.iter().zip(&sibd) {
            let j = batch_ids.iter().position(|&x| x == sd as usize).unwrap_or(0);
            idx[id as usize] = self
                .emit(
                    &inner,
                    "arith.addi",
                    &[idx[id as usize], batch[j]],
                    vec![],
                    Some(self.index),
                )
                .expect("result");
        }
        let wdims: Vec<usize> = (0..irank)
            .filter(|d| !iwd.contains(&(*d as i64)) && !ibd.contains(&(*d as i64)))
            .collect();
        for (&d, &w) in wdims.iter().zip(&win) {
            idx[d] = self.ix(&inner, "arith.addi", idx[d], w);
        }
        let checks: Vec<Value> = (0..irank).map(|k| self.in_bounds(&inner, idx[k], osz[k])).collect();
        let t = match self.and_all(&inner, checks) {
            Some(c) => self.guard(&inner, c),
            None => inner,
        };
        let cur = self.load(&t, out, &idx);
        let u = self.load(&t, upd, &ivs);
        let block = self.m.region_blocks(self.m.regions(op)[0])[0];
        let res = self.scalarize(&t, op, block, &[cur, u])?;
        self.store(&t, res[0], out, &idx);
        Ok(())
    }

    /// reduce_window (one input): every output starts at the initial value and folds in its
    /// window; padding and base-dilation holes contribute the initial value, as tier 0 does.
    fn reduce_window(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let src = self.buf(op, operands[0])?;
        let rank = shape(&ctx, self.m.value_type(src)).len();
        let get = |m: &Module, n: &str, d: Vec<i64>| {
            let v = int_list(m, op, n);
            if v.is_empty() {
                d
            } else {
                v
            }
        };
        let wd = get(self.m, "window_dimensions", vec![1; rank]);
        let ws = get(self.m, "window_strides", vec![1; rank]);
        let bd = get(self.m, "base_dilations", vec![1; rank]);
        let wdl = get(self.m, "window_dilations", vec![1; rank]);
        let pad = get(self.m, "padding", vec![0; 2 * rank]);
        let r = self.m.result(op, 0);
        let like = move |k: usize| Some((src, k));
        let (out, osz) = self.result_buffer(op, r, &like)?;
        let initb = self.buf(op, operands[1])?;
        let (ivs, inner) = self.nest(&at, &osz);
        let init = self.load(&inner, initb, &[]);
        self.store(&inner, init, out, &ivs);
        let wsz: Vec<Value> = wd.iter().map(|&w| self.index_const(&at, w)).collect();
        let xsz: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, src, k)).collect();
        let mut sizes = osz.clone();
        sizes.extend(wsz);
        let (ivs, inner) = self.nest(&at, &sizes);
        let mut xi = Vec::new();
        let mut oks = Vec::new();
        for d in 0..rank {
            // q = o*stride + k*dilation - low; an element when q % base == 0 and q / base < n.
            let s = self.index_const(&inner, ws[d]);
            let dl = self.index_const(&inner, wdl[d]);
            let lo = self.index_const(&inner, pad[2 * d]);
            let b = self.index_const(&inner, bd[d]);
            let a = self.ix(&inner, "arith.muli", ivs[d], s);
            let k = self
                .emit(&inner, "arith.muli", &[ivs[rank + d], dl], vec![], Some(self.index))
                .expect("result");
            let q = self.ix(&inner, "arith.addi", a, k);
            let q = self.ix(&inner, "arith.subi", q, lo);
            let zero = self.index_const(&inner, 0);
            let nonneg = self.icmp(&inner, 5, q, zero);
            let rem = self.ix(&inner, "arith.remsi", q, b);
            let exact = self.icmp(&inner, 0, rem, zero);
            let i = self.ix(&inner, "arith.divsi", q, b);
            let below = self.icmp(&inner, 2, i, xsz[d]);
            oks.extend([nonneg, exact, below]);
            xi.push(i);
        }
        let ok = self.and_all(&inner, oks).expect("rank > 0 or no window");
        let acc = self.load(&inner, out, &ivs[..rank]);
        // The element, or the initial value in padding (loads are guarded by a select on a
        // clamped index so no access leaves the buffer).
        let zero = self.index_const(&inner, 0);
        let safe: Vec<Value> = xi
            .iter()
            .map(|&i| {
                self.emit(&inner, "arith.select", &[ok, i, zero], vec![], Some(self.index))
                    .expect("result")
            })
            .collect();
        let x = self.load(&inner, src, &safe);
        let init2 = self.load(&inner, initb, &[]);
        let e = self.scalar_type(x);
        let v = self
            .emit(&inner, "arith.select", &[ok, x, init2], vec![], Some(e))
            .expect("result");
        let block = self.m.region_blocks(self.m.regions(op)[0])[0];
        let res = self.scalarize(&inner, op, block, &[acc, v])?;
        self.store(&inner, res[0], out, &ivs[..rank]);
        Ok(())
    }

    fn scalar_type(&self, v: Value) -> Type {
        self.m.value_type(v)
    }

    /// sort: a stable insertion sort of each lane along `dimension`, moving every operand
    /// together; the comparator runs as scalar code. Quadratic in the lane length: a
    /// baseline for tier 1, not a sorting kernel.
    fn sort(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let loc = self.loc;
        let ins: Vec<Value> = operands.iter().map(|&v| self.buf(op, v)).collect::<R<_>>()?;
        let rank = shape(&ctx, self.m.value_type(ins[0])).len();
        if rank == 0 {
            for (k, r) in self.m.results(op).collect::<Vec<_>>().into_iter().enumerate() {
                self.bufs.insert(r, ins[k]);
            }
            return Ok(());
        }
        let d = self.m.attr(op, "dimension").and_then(|a| ctx.attr_int(a)).unwrap_or(0) as usize;
        let mut outs = Vec::new();
        for (k, r) in self.m.results(op).collect::<Vec<_>>().into_iter().enumerate() {
            let src = ins[k];
            let like = move |j: usize| Some((src, j));
            let (b, _) = self.result_buffer(op, r, &like)?;
            if b != src {
                self.copy(&at, op, src, b)?;
            }
            outs.push(b);
        }
        let sizes: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, outs[0], k)).collect();
        let jt = ctx.memref_type(vec![], ctx.i64());
        let jb = self.emit(&at, "loop.alloc", &[], vec![], Some(jt)).expect("result");
        let others: Vec<Value> = (0..rank).filter(|&k| k != d).map(|k| sizes[k]).collect();
        let (ovs, lane) = self.nest(&at, &others);
        // for i in 1..n
        let one = self.index_const(&lane, 1);
        let (region, block) = Builder::region_with_block(self.m, &[self.index], loc);
        let mut st = OperationState::new(ctx.sym("loop.for"), loc);
        st.operands.extend([one, sizes[d], one]);
        st.regions.push(region);
        lane.create(self.m, st);
        let fy = Builder::at_end(block).create(self.m, OperationState::new(ctx.sym("loop.yield"), loc));
        let body = Builder::before(fy);
        let i = self.m.block_args(block)[0];
        let i64v = self
            .emit(&body, "arith.index_cast", &[i], vec![], Some(ctx.i64()))
            .expect("result");
        self.store(&body, i64v, jb, &[]);
        let idx_at = |ovs: &[Value], pos: Value| -> Vec<Value> {
            let mut v = ovs.to_vec();
            v.insert(d, pos);
            v
        };
        let (cr, cb) = Builder::region_with_block(self.m, &[], loc);
        let (br, bb) = Builder::region_with_block(self.m, &[], loc);
        let mut st = OperationState::new(ctx.sym("loop.while"), loc);
        st.regions.extend([cr, br]);
        body.create(self.m, st);
        // cond: j > 0 && comparator(out[j], out[j-1])
        let c = Builder::at_end(cb);
        let j = self.load(&c, jb, &[]);
        let ji = self
            .emit(&c, "arith.index_cast", &[j], vec![], Some(self.index))
            .expect("result");
        let zero = self.index_const(&c, 0);
        let onec = self.index_const(&c, 1);
        let pos = self.icmp(&c, 4, ji, zero);
        let jm1 = self.ix(&c, "arith.subi", ji, onec);
        let safe = self
            .emit(&c, "arith.select", &[pos, jm1, zero], vec![], Some(self.index))
            .expect("result");
        let mut args = Vec::new();
        for &o in &outs {
            args.push(self.load(&c, o, &idx_at(&ovs, ji)));
            args.push(self.load(&c, o, &idx_at(&ovs, safe)));
        }
        let rb = self.m.region_blocks(self.m.regions(op)[0])[0];
        let less = self.scalarize(&c, op, rb, &args)?;
        let go = self
            .emit(&c, "arith.andi", &[pos, less[0]], vec![], Some(ctx.i1()))
            .expect("result");
        let mut cs = OperationState::new(ctx.sym("loop.condition"), loc);
        cs.operands.push(go);
        c.create(self.m, cs);
        // body: swap out[j] and out[j-1] in every operand; j -= 1
        let b = Builder::at_end(bb);
        let j = self.load(&b, jb, &[]);
        let ji = self
            .emit(&b, "arith.index_cast", &[j], vec![], Some(self.index))
            .expect("result");
        let oneb = self.index_const(&b, 1);
        let jm1 = self.ix(&b, "arith.subi", ji, oneb);
        for &o in &outs {
            let (p, q) = (idx_at(&ovs, ji), idx_at(&ovs, jm1));
            let x = self.load(&b, o, &p);
            let y = self.load(&b, o, &q);
            self.store(&b, y, o, &p);
            self.store(&b, x, o, &q);
        }
        let j1 = self
            .emit(&b, "arith.index_cast", &[jm1], vec![], Some(ctx.i64()))
            .expect("result");
        self.store(&b, j1, jb, &[]);
        b.create(self.m, OperationState::new(ctx.sym("loop.yield"), loc));
        self.emit(&at, "loop.dealloc", &[jb], vec![], None);
        Ok(())
    }

    fn copy(&mut self, at: &Builder, op: OpId, from: Value, to: Value) -> R<()> {
        let rank = shape(self.m.ctx(), self.m.value_type(from)).len();
        let sizes: Vec<Value> = (0..rank).map(|k| self.dim_of(at, from, k)).collect();
        let _ = op;
        let (ivs, inner) = self.nest(at, &sizes);
        let v = self.load(&inner, from, &ivs);
        self.store(&inner, v, to, &ivs);
        Ok(())
    }

    fn elementwise(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let name = self.m.op_name(op).to_string();
        let at = Builder::before(op);
        let bufs: Vec<Value> = operands.iter().map(|&v| self.buf(op, v)).collect::<R<_>>()?;
        let r = self.m.result(op, 0);
        let first = *bufs.last().expect("an operand");
        let like = move |k: usize| Some((first, k));
        let (b, sizes) = self.result_buffer(op, r, &like)?;
        let (ivs, inner) = self.nest(&at, &sizes);
        let vals: Vec<Value> = bufs.iter().map(|&s| self.load(&inner, s, &ivs)).collect();
        let out_elem = elem_or_self(&ctx, self.m.value_type(r));
        let v = self.scalar_elementwise(&inner, op, &name, &vals, out_elem)?;
        self.store(&inner, v, b, &ivs);
        Ok(())
    }

    /// The scalar form of elementwise tensor op `op` (named `name`) on `vals`.
    fn scalar_elementwise(&mut self, at: &Builder, op: OpId, name: &str, vals: &[Value], out_elem: Type) -> R<Value> {
        let ctx = self.m.ctx().clone();
        let loc = self.m.loc(op);
        let in_elem = self.m.value_type(vals[vals.len() - 1]);
        let v = match name {
            "tensor.cmp" => {
                let p = self
                    .m
                    .attr(op, "predicate")
                    .and_then(|a| ctx.attr_str(a))
                    .unwrap_or("eq")
                    .to_string();
                self.compare(at, loc, &p, vals, in_elem)?
            }
            "tensor.convert" => self.convert(at, loc, vals[0], out_elem)?,
            "tensor.relu" => {
                let z = self.scalar_const(at, in_elem, 0.0);
                let n = if ctx.ty(in_elem).is_float() {
                    "arith.maximumf"
                } else {
                    "arith.maxsi"
                };
                self.emit(at, n, &[vals[0], z], vec![], Some(in_elem)).expect("result")
            }
            "tensor.sigmoid" => {
                let one = self.scalar_const(at, in_elem, 1.0);
                let n = self
                    .emit(at, "arith.negf", &[vals[0]], vec![], Some(in_elem))
                    .expect("result");
                let e = self.emit(at, "math.exp", &[n], vec![], Some(in_elem)).expect("result");
                let d = self
                    .emit(at, "arith.addf", &[one, e], vec![], Some(in_elem))
                    .expect("result");
                self.emit(at, "arith.divf", &[one, d], vec![], Some(in_elem))
                    .expect("result")
            }
            "tensor.sign" => {
                // 1 above zero, -1 below, else the value itself (keeps ±0 and NaN).
                let float = ctx.ty(in_elem).is_float();
                let zero = self.scalar_const(at, in_elem, 0.0);
                let one = self.scalar_const(at, in_elem, 1.0);
                let minus = self.scalar_const(at, in_elem, -1.0);
                let (cmp, gt, lt) = if float {
                    ("arith.cmpf", 2, 4)
                } else {
                    ("arith.cmpi", 4, 2)
                };
                let pa = |p: i128| ctx.int_attr(p, ctx.i64());
                let g = self
                    .emit(at, cmp, &[vals[0], zero], vec![("predicate", pa(gt))], Some(ctx.i1()))
                    .expect("result");
                let l = self
                    .emit(at, cmp, &[vals[0], zero], vec![("predicate", pa(lt))], Some(ctx.i1()))
                    .expect("result");
                let neg = self
                    .emit(at, "arith.select", &[l, minus, vals[0]], vec![], Some(in_elem))
                    .expect("result");
                self.emit(at, "arith.select", &[g, one, neg], vec![], Some(in_elem))
                    .expect("result")
            }
            "tensor.neg" if !ctx.ty(in_elem).is_float() => {
                let z = self.scalar_const(at, in_elem, 0.0);
                self.emit(at, "arith.subi", &[z, vals[0]], vec![], Some(in_elem))
                    .expect("result")
            }
            "tensor.bitcast" => self
                .emit(at, "arith.bitcast", vals, vec![], Some(out_elem))
                .expect("result"),
            "tensor.reduce_precision" => {
                let get = |n: &str| self.m.attr(op, n).and_then(|a| ctx.attr_int(a)).unwrap_or(0) as i64;
                let (e, mb) = (get("exponent_bits"), get("mantissa_bits"));
                if !(1..=8).contains(&e) || !(0..=23).contains(&mb) {
                    return Err(Diagnostic::error(
                        loc,
                        format!("reduce_precision to e{e}m{mb} has no loop lowering (f32 holds e8m23)"),
                    ));
                }
                self.reduce_precision(at, vals[0], in_elem, e, mb)
            }
            "tensor.shift_left" | "tensor.shift_right_arithmetic" | "tensor.shift_right_logical" => {
                // StableHLO: an amount outside [0, width) gives 0, or the sign fill for an
                // arithmetic shift; the LLVM shift's result there is unused (select).
                let w = ctx.bit_width(in_elem).unwrap_or(32) as f64;
                let width = self.scalar_const(at, in_elem, w);
                let p = ctx.int_attr(6, ctx.i64()); // ult
                let ok = self
                    .emit(
                        at,
                        "arith.cmpi",
                        &[vals[1], width],
                        vec![("predicate", p)],
                        Some(ctx.i1()),
                    )
                    .expect("result");
                let (opn, fallback) = match name {
                    "tensor.shift_left" => ("arith.shli", None),
                    "tensor.shift_right_logical" => ("arith.shrui", None),
                    _ => ("arith.shrsi", Some(w - 1.0)),
                };
                let sh = self.emit(at, opn, vals, vec![], Some(in_elem)).expect("result");
                let fb = match fallback {
                    Some(k) => {
                        let kc = self.scalar_const(at, in_elem, k);
                        self.emit(at, "arith.shrsi", &[vals[0], kc], vec![], Some(in_elem))
                            .expect("result")
                    }
                    None => self.scalar_const(at, in_elem, 0.0),
                };
                self.emit(at, "arith.select", &[ok, sh, fb], vec![], Some(in_elem))
                    .expect("result")
            }
            "tensor.is_finite" => {
                // |x| < inf: false for infinities and NaN.
                let a = self
                    .emit(at, "math.absf", &[vals[0]], vec![], Some(in_elem))
                    .expect("result");
                let inf = self.scalar_const(at, in_elem, f64::INFINITY);
                let p = ctx.int_attr(4, ctx.i64());
                self.emit(at, "arith.cmpf", &[a, inf], vec![("predicate", p)], Some(ctx.i1()))
                    .expect("result")
            }
            _ => {
                let s = scalar_op(&ctx, name, in_elem)
                    .ok_or_else(|| Diagnostic::error(loc, format!("'{name}' has no loop lowering for this type")))?;
                self.emit(at, s, vals, vec![], Some(out_elem)).expect("result")
            }
        };
        Ok(v)
    }

    /// XLA's rounding of a float to `e` exponent and `mb` mantissa bits, on the f32 bits:
    /// mantissa to nearest even, exponents past the range to infinity or signed zero, NaN
    /// kept (as infinity when no mantissa bit is left).
    fn reduce_precision(&mut self, at: &Builder, x: Value, elem: Type, e: i64, mb: i64) -> Value {
        let ctx = self.m.ctx().clone();
        let (f32t, i32t) = (ctx.f32(), ctx.i32());
        let xf = if elem == f32t {
            x
        } else {
            let n = if ctx.bit_width(elem).unwrap_or(32) > 32 {
                "arith.truncf"
            } else {
                "arith.extf"
            };
            self.emit(at, n, &[x], vec![], Some(f32t)).expect("result")
        };
        let c = |lw: &mut Self, v: i64| lw.scalar_const(at, i32t, (v as i32) as f64);
        let bin =
            |lw: &mut Self, n: &str, a: Value, b: Value| lw.emit(at, n, &[a, b], vec![], Some(i32t)).expect("result");
        let mut bits = self
            .emit(at, "arith.bitcast", &[xf], vec![], Some(i32t))
            .expect("result");
        if mb < 23 {
            let last = 1i64 << (23 - mb);
            let lastc = c(self, last);
            let shift = c(self, 23 - mb);
            let base = c(self, (last >> 1) - 1);
            let lb = bin(self, "arith.andi", bits, lastc);
            let lb = bin(self, "arith.shrui", lb, shift);
            let bias = bin(self, "arith.addi", lb, base);
            let mask = c(self, !(last - 1));
            let sum = bin(self, "arith.addi", bits, bias);
            bits = bin(self, "arith.andi", sum, mask);
        }
        if e < 8 {
            let sign = c(self, 0x8000_0000u32 as i32 as i64);
            let expm = c(self, 0x7f80_0000);
            let s = bin(self, "arith.andi", bits, sign);
            let x_exp = bin(self, "arith.andi", bits, expm);
            let rb = (1i64 << (e - 1)) - 1;
            let maxe = c(self, (127 + rb) << 23);
            let mine = c(self, (127 - rb) << 23);
            // ugt = 8, ule = 7 in arith.cmpi's encoding.
            let over = self.icmp(at, 8, x_exp, maxe);
            let under = self.icmp(at, 7, x_exp, mine);
            let inf = bin(self, "arith.ori", s, expm);
            let t = self
                .emit(at, "arith.select", &[under, s, bits], vec![], Some(i32t))
                .expect("result");
            bits = self
                .emit(at, "arith.select", &[over, inf, t], vec![], Some(i32t))
                .expect("result");
        }
        let r = self
            .emit(at, "arith.bitcast", &[bits], vec![], Some(f32t))
            .expect("result");
        let pa = ctx.int_attr(14, ctx.i64()); // uno
        let nan = self
            .emit(at, "arith.cmpf", &[xf, xf], vec![("predicate", pa)], Some(ctx.i1()))
            .expect("result");
        let keep = if mb > 0 {
            xf
        } else {
            self.scalar_const(at, f32t, f64::INFINITY)
        };
        let r = self
            .emit(at, "arith.select", &[nan, keep, r], vec![], Some(f32t))
            .expect("result");
        if elem == f32t {
            r
        } else {
            let n = if ctx.bit_width(elem).unwrap_or(32) > 32 {
                "arith.extf"
            } else {
                "arith.truncf"
            };
            self.emit(at, n, &[r], vec![], Some(elem)).expect("result")
        }
    }

    fn convert(&mut self, at: &Builder, loc: kiln_ir::Attr, v: Value, to: Type) -> R<Value> {
        let ctx = self.m.ctx().clone();
        let from = self.m.value_type(v);
        if from == to {
            return Ok(v);
        }
        let fw = ctx.bit_width(from).unwrap_or(0);
        let tw = ctx.bit_width(to).unwrap_or(0);
        let (ff, tf) = (ctx.ty(from).is_float(), ctx.ty(to).is_float());
        let name = match (ff, tf) {
            (true, true) if tw > fw => "arith.extf",
            (true, true) => "arith.truncf",
            // Booleans convert as numbers: true is 1.
            (false, true) if fw == 1 => "arith.uitofp",
            (false, true) => "arith.sitofp",
            (true, false) => "arith.fptosi",
            (false, false) if fw == 1 => "arith.extui",
            (false, false) if tw > fw => "arith.extsi",
            (false, false) => "arith.trunci",
        };
        if !ff && !tf && tw == 1 {
            // To i1: nonzero.
            let z = self.scalar_const(at, from, 0.0);
            let p = ctx.int_attr(1, ctx.i64());
            return Ok(self
                .emit(at, "arith.cmpi", &[v, z], vec![("predicate", p)], Some(to))
                .expect("result"));
        }
        let _ = loc;
        Ok(self.emit(at, name, &[v], vec![], Some(to)).expect("result"))
    }

    fn reduce(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let loc = self.m.loc(op);
        let at = Builder::before(op);
        let kind = self
            .m
            .attr(op, "kind")
            .and_then(|a| ctx.attr_str(a))
            .unwrap_or("sum")
            .to_string();
        let axes: Vec<usize> = int_list(self.m, op, "axes").into_iter().map(|a| a as usize).collect();
        let keep = self.m.attr(op, "keep_dims").is_some();
        let src = self.buf(op, operands[0])?;
        let rank = shape(&ctx, self.m.value_type(operands[0])).len();
        let kept: Vec<usize> = (0..rank).filter(|d| !axes.contains(d)).collect();
        let r = self.m.result(op, 0);
        let elem = elem_or_self(&ctx, self.m.value_type(r));
        let float = ctx.ty(elem).is_float();
        let like = |k: usize| {
            if keep {
                (!axes.contains(&k)).then_some((src, k))
            } else {
                kept.get(k).map(|&d| (src, d))
            }
        };
        let (b, out_sizes) = self.result_buffer(op, r, &like)?;
        let init = match (kind.as_str(), float) {
            ("sum" | "mean", _) => 0.0,
            ("prod", _) => 1.0,
            ("max", true) => f64::NEG_INFINITY,
            ("min", true) => f64::INFINITY,
            ("max", false) => -(2f64.powi(ctx.bit_width(elem).unwrap_or(32) as i32 - 1)),
            ("min", false) => 2f64.powi(ctx.bit_width(elem).unwrap_or(32) as i32 - 1) - 1.0,
            _ => {
                return Err(Diagnostic::error(
                    loc,
                    format!("reduction '{kind}' has no loop lowering"),
                ))
            }
        };
        let (ivs, inner) = self.nest(&at, &out_sizes);
        let c = self.scalar_const(&inner, elem, init);
        self.store(&inner, c, b, &ivs);
        let in_sizes: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, src, k)).collect();
        let (ivs, inner) = self.nest(&at, &in_sizes);
        let out_idx: Vec<Value> = if keep {
            let zero = self.index_const(&inner, 0);
            (0..rank)
                .map(|d| if axes.contains(&d) { zero } else { ivs[d] })
                .collect()
        } else {
            kept.iter().map(|&d| ivs[d]).collect()
        };
        let x = self.load(&inner, src, &ivs);
        let acc = self.load(&inner, b, &out_idx);
        let comb = match (kind.as_str(), float) {
            ("sum" | "mean", true) => "arith.addf",
            ("sum" | "mean", false) => "arith.addi",
            ("prod", true) => "arith.mulf",
            ("prod", false) => "arith.muli",
            ("max", true) => "arith.maximumf",
            ("max", false) => "arith.maxsi",
            ("min", true) => "arith.minimumf",
            _ => "arith.minsi",
        };
        let v = self.emit(&inner, comb, &[acc, x], vec![], Some(elem)).expect("result");
        self.store(&inner, v, b, &out_idx);
        if kind == "mean" {
            let mut count = self.index_const(&at, 1);
            for &a in &axes {
                count = self.ix(&at, "arith.muli", count, in_sizes[a]);
            }
            let i64c = self
                .emit(&at, "arith.index_cast", &[count], vec![], Some(ctx.i64()))
                .expect("result");
            let n = self
                .emit(&at, "arith.sitofp", &[i64c], vec![], Some(elem))
                .expect("result");
            let (ivs, inner) = self.nest(&at, &out_sizes);
            let s = self.load(&inner, b, &ivs);
            let d = self
                .emit(&inner, "arith.divf", &[s, n], vec![], Some(elem))
                .expect("result");
            self.store(&inner, d, b, &ivs);
        }
        Ok(())
    }

    fn batch_matmul(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let (a, b) = (self.buf(op, operands[0])?, self.buf(op, operands[1])?);
        self.contract(op, a, b, &[0], &[0], &[2], &[1])
    }

    fn matmul(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let (a, b) = (self.buf(op, operands[0])?, self.buf(op, operands[1])?);
        self.contract(op, a, b, &[], &[], &[1], &[0])
    }

    fn dot_general(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let (a, b) = (self.buf(op, operands[0])?, self.buf(op, operands[1])?);
        let l = |n: &str| -> Vec<usize> { int_list(self.m, op, n).into_iter().map(|x| x as usize).collect() };
        let (lb, rb, lc, rc) = (l("lhs_batch"), l("rhs_batch"), l("lhs_contract"), l("rhs_contract"));
        self.contract(op, a, b, &lb, &rb, &lc, &rc)
    }

    /// out[batch, lhs free, rhs free] = sum over contracting dims of a * b.
    #[allow(clippy::too_many_arguments)]
    fn contract(
        &mut self,
        op: OpId,
        a: Value,
        b: Value,
        lb: &[usize],
        rb: &[usize],
        lc: &[usize],
        rc: &[usize],
    ) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let ra = shape(&ctx, self.m.value_type(a)).len();
        let rbk = shape(&ctx, self.m.value_type(b)).len();
        let lfree: Vec<usize> = (0..ra).filter(|d| !lb.contains(d) && !lc.contains(d)).collect();
        let rfree: Vec<usize> = (0..rbk).filter(|d| !rb.contains(d) && !rc.contains(d)).collect();
        let r = self.m.result(op, 0);
        let elem = elem_or_self(&ctx, self.m.value_type(r));
        let float = ctx.ty(elem).is_float();
        let src: Vec<(Value, usize)> = lb
            .iter()
            .map(|&d| (a, d))
            .chain(lfree.iter().map(|&d| (a, d)))
            .chain(rfree.iter().map(|&d| (b, d)))
            .collect();
        let like = |k: usize| src.get(k).copied();
        let (out, out_sizes) = self.result_buffer(op, r, &like)?;
        let (ivs, inner) = self.nest(&at, &out_sizes);
        let z = self.scalar_const(&inner, elem, 0.0);
        self.store(&inner, z, out, &ivs);
        // Loops: batch, lhs free, contracting, rhs free (rhs free innermost: unit-stride rows).
        let mut sizes = Vec::new();
        for &d in lb.iter().chain(&lfree) {
            sizes.push(self.dim_of(&at, a, d));
        }
        for &d in lc {
            sizes.push(self.dim_of(&at, a, d));
        }
        for &d in &rfree {
            sizes.push(self.dim_of(&at, b, d));
        }
        let (ivs, inner) = self.nest(&at, &sizes);
        let (nb, nl, nc) = (lb.len(), lfree.len(), lc.len());
        let mut aidx = vec![ivs[0]; ra];
        let mut bidx = vec![ivs[0]; rbk];
        for (k, &d) in lb.iter().enumerate() {
            aidx[d] = ivs[k];
        }
        for (k, &d) in rb.iter().enumerate() {
            bidx[d] = ivs[k];
        }
        for (k, &d) in lfree.iter().enumerate() {
            aidx[d] = ivs[nb + k];
        }
        for (k, &d) in lc.iter().enumerate() {
            aidx[d] = ivs[nb + nl + k];
        }
        for (k, &d) in rc.iter().enumerate() {
            bidx[d] = ivs[nb + nl + k];
        }
        for (k, &d) in rfree.iter().enumerate() {
            bidx[d] = ivs[nb + nl + nc + k];
        }
        let oidx: Vec<Value> = ivs[..nb + nl].iter().chain(&ivs[nb + nl + nc..]).copied().collect();
        let x = self.load(&inner, a, &aidx);
        let y = self.load(&inner, b, &bidx);
        let acc = self.load(&inner, out, &oidx);
        let (mul, add) = if float {
            ("arith.mulf", "arith.addf")
        } else {
            ("arith.muli", "arith.addi")
        };
        let p = self.emit(&inner, mul, &[x, y], vec![], Some(elem)).expect("result");
        let s = self.emit(&inner, add, &[acc, p], vec![], Some(elem)).expect("result");
        self.store(&inner, s, out, &oidx);
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
fn dense_values(ctx: &kiln_ir::Context, elem: Type, data: &kiln_ir::attrs::DenseData) -> Vec<f64> {
    let w = ctx.bit_width(elem).map_or(1, |b| (b as usize).div_ceil(8)).max(1);
    data.bytes
        .chunks(w)
        .map(|c| {
            let mut raw = [0u8; 8];
            raw[..c.len().min(8)].copy_from_slice(&c[..c.len().min(8)]);
            let bits = u64::from_le_bytes(raw);
            match ctx.ty(elem) {
                TypeKind::Float(k) => kiln_ir::float::bits_to_f64(bits, *k),
                TypeKind::Integer { width, .. } => {
                    let s = 64 - (*width).min(64);
                    (((bits << s) as i64) >> s) as f64
                }
                _ => 0.0,
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
    let exists = m
        .block_ops(body)
        .any(|o| m.attr(o, "sym_name").and_then(|a| m.ctx().attr_str(a)) == Some(name));
    if exists {
        return;
    }
    let ctx = m.ctx().clone();
    let mut st = OperationState::new(ctx.sym("func.func"), m.loc(m.root()));
    st.props = vec![
        (ctx.sym("sym_name"), ctx.str_attr(name)),
        (ctx.sym("function_type"), ctx.type_attr(ctx.function_type(params, &[]))),
        (ctx.sym("sym_visibility"), ctx.str_attr("private")),
    ];
    st.regions.push(m.new_region());
    match m.first_op(body) {
        Some(f) => Builder::before(f).create(m, st),
        None => Builder::at_end(body).create(m, st),
    };
}

/// A scalar constant attribute of type `t` with value `v`.
fn return_scalar_attr(ctx: &kiln_ir::Context, t: Type, v: f64) -> kiln_ir::Attr {
    match ctx.ty(t) {
        TypeKind::Float(k) => ctx.intern_attr(AttrKind::Float {
            bits: kiln_ir::float::f64_to_bits(v, *k),
            ty: t,
        }),
        TypeKind::Integer { width: 1, .. } => ctx.intern_attr(AttrKind::Bool(v != 0.0)),
        _ => ctx.int_attr(v as i128, t),
    }
}
