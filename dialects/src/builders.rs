//! Typed builders: one method per op of `arith`, `math`, `loop`, `llvm` and `func` that passes and
//! frontends build most, creating the op at an insertion point and returning its result, so
//! code that builds IR neither spells op names as strings nor unwraps results. Result types
//! follow from the operands where the op fixes them (a comparison gives `i1`, or `i1` lanes).
//!
//! ```
//! use kiln_dialects::builders::{build_func, CmpF};
//! let ctx = std::sync::Arc::new(kiln_dialects::context());
//! let loc = ctx.unknown_loc();
//! let mut m = kiln_ir::Module::new(ctx.clone(), loc);
//! let f32 = ctx.f32();
//! // func.func @relu(%x: f32) -> f32 { max(x, 0) as a compare and a select }
//! build_func(&mut m, "relu", &[f32], &[f32], |b, args| {
//!     let zero = b.constant_float(f32, 0.0);
//!     let pos = b.cmpf(CmpF::Ogt, args[0], zero);
//!     vec![b.select(pos, args[0], zero)]
//! });
//! kiln_ir::verify::verify(&m, m.root()).unwrap();
//! ```

use kiln_ir::{Attr, AttrKind, Builder, Module, OpId, OperationState, Type, TypeKind, Value};

/// Integer comparison predicates, in `arith.cmpi`'s encoding.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CmpI {
    Eq = 0,
    Ne,
    Slt,
    Sle,
    Sgt,
    Sge,
    Ult,
    Ule,
    Ugt,
    Uge,
}

/// Float comparison predicates, in `arith.cmpf`'s encoding (`o`: ordered, false with a NaN;
/// `u`: unordered, true with a NaN).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CmpF {
    False = 0,
    Oeq,
    Ogt,
    Oge,
    Olt,
    Ole,
    One,
    Ord,
    Ueq,
    Ugt,
    Uge,
    Ult,
    Ule,
    Une,
    Uno,
    True,
}

/// Creates ops at an insertion point, with one location.
pub struct OpBuilder<'m> {
    m: &'m mut Module,
    at: Builder,
    loc: Attr,
}

macro_rules! binary {
    ($($(#[$doc:meta])* $method:ident => $name:literal),* $(,)?) => {
        $( $(#[$doc])* #[doc = concat!("`", $name, "` of `a` and `b` (the result has `a`'s type).")]
        pub fn $method(&mut self, a: Value, b: Value) -> Value {
            let t = self.m.value_type(a);
            self.one($name, &[a, b], Vec::new(), t)
        } )*
    };
}

macro_rules! unary {
    ($($(#[$doc:meta])* $method:ident => $name:literal),* $(,)?) => {
        $( $(#[$doc])* #[doc = concat!("`", $name, "` of `a` (the result has `a`'s type).")]
        pub fn $method(&mut self, a: Value) -> Value {
            let t = self.m.value_type(a);
            self.one($name, &[a], Vec::new(), t)
        } )*
    };
}

macro_rules! cast {
    ($($(#[$doc:meta])* $method:ident => $name:literal),* $(,)?) => {
        $( $(#[$doc])* #[doc = concat!("`", $name, "` of `a` to type `to`.")]
        pub fn $method(&mut self, a: Value, to: Type) -> Value {
            self.one($name, &[a], Vec::new(), to)
        } )*
    };
}

impl<'m> OpBuilder<'m> {
    /// Builds at `at` in `m`, every op at `loc`.
    pub fn new(m: &'m mut Module, at: Builder, loc: Attr) -> Self {
        OpBuilder { m, at, loc }
    }

    /// Builds right before `op`, at its location: where a rewrite of `op` (a decomposition,
    /// a pattern) puts the ops that replace it.
    pub fn before(m: &'m mut Module, op: OpId) -> Self {
        let loc = m.loc(op);
        OpBuilder {
            m,
            at: Builder::before(op),
            loc,
        }
    }

    /// The module being built.
    pub fn module(&mut self) -> &mut Module {
        self.m
    }

    /// Creates `name(operands) {props}` with no result; returns the op.
    pub fn op0(&mut self, name: &str, operands: &[Value], props: Vec<(&str, Attr)>) -> OpId {
        self.create(name, operands, props, None)
    }

    /// Creates `name(operands) {props} -> result`; returns the result.
    pub fn one(&mut self, name: &str, operands: &[Value], props: Vec<(&str, Attr)>, result: Type) -> Value {
        let op = self.create(name, operands, props, Some(result));
        self.m.result(op, 0)
    }

    fn create(&mut self, name: &str, operands: &[Value], props: Vec<(&str, Attr)>, result: Option<Type>) -> OpId {
        let ctx = self.m.ctx().clone();
        let mut st = OperationState::new(ctx.sym(name), self.loc);
        st.operands.extend_from_slice(operands);
        st.props = props.into_iter().map(|(n, a)| (ctx.sym(n), a)).collect();
        st.result_types.extend(result);
        self.at.create(self.m, st)
    }

    // ----- arith -----

    /// An integer or index constant of type `ty` (exact over i64).
    pub fn constant_int(&mut self, ty: Type, v: i64) -> Value {
        let a = self.m.ctx().int_attr(v as i128, ty);
        self.one("arith.constant", &[], vec![("value", a)], ty)
    }

    /// A float constant of type `ty`, rounded to it.
    pub fn constant_float(&mut self, ty: Type, v: f64) -> Value {
        let ctx = self.m.ctx().clone();
        let a = match ctx.ty(ty) {
            TypeKind::Float(k) => ctx.intern_attr(AttrKind::Float {
                bits: kiln_ir::float::f64_to_bits(v, *k),
                ty,
            }),
            _ => ctx.int_attr(v as i128, ty),
        };
        self.one("arith.constant", &[], vec![("value", a)], ty)
    }

    /// A constant with value attribute `value` of type `ty`.
    pub fn constant(&mut self, value: Attr, ty: Type) -> Value {
        self.one("arith.constant", &[], vec![("value", value)], ty)
    }

    /// An `index` constant.
    pub fn index(&mut self, v: i64) -> Value {
        let t = self.m.ctx().index_type();
        self.constant_int(t, v)
    }

    binary! {
        addi => "arith.addi", subi => "arith.subi", muli => "arith.muli", divsi => "arith.divsi",
        divui => "arith.divui", remsi => "arith.remsi", remui => "arith.remui", minsi => "arith.minsi",
        maxsi => "arith.maxsi", minui => "arith.minui", maxui => "arith.maxui", andi => "arith.andi",
        ori => "arith.ori", xori => "arith.xori", shli => "arith.shli", shrsi => "arith.shrsi",
        shrui => "arith.shrui", addf => "arith.addf", subf => "arith.subf", mulf => "arith.mulf",
        divf => "arith.divf", remf => "arith.remf", maximumf => "arith.maximumf",
        minimumf => "arith.minimumf",
    }

    unary! { negf => "arith.negf" }

    cast! {
        index_cast => "arith.index_cast", sitofp => "arith.sitofp", uitofp => "arith.uitofp",
        fptosi => "arith.fptosi", fptoui => "arith.fptoui", extf => "arith.extf",
        truncf => "arith.truncf", extsi => "arith.extsi", extui => "arith.extui",
        trunci => "arith.trunci", bitcast => "arith.bitcast",
    }

    /// The `i1` (or `i1`-lane) type shaped like `v`.
    fn bool_like(&self, v: Value) -> Type {
        let ctx = self.m.ctx();
        match ctx.ty(self.m.value_type(v)).clone() {
            TypeKind::Vector { shape, .. } => ctx.vector_type(&shape, ctx.i1()),
            TypeKind::Tensor { shape: Some(s), .. } => ctx.tensor_type(s.to_vec(), ctx.i1()),
            _ => ctx.i1(),
        }
    }

    /// `arith.cmpi p, a, b`.
    pub fn cmpi(&mut self, p: CmpI, a: Value, b: Value) -> Value {
        let (pa, t) = (self.m.ctx().int_attr(p as i128, self.m.ctx().i64()), self.bool_like(a));
        self.one("arith.cmpi", &[a, b], vec![("predicate", pa)], t)
    }

    /// `arith.cmpf p, a, b`.
    pub fn cmpf(&mut self, p: CmpF, a: Value, b: Value) -> Value {
        let (pa, t) = (self.m.ctx().int_attr(p as i128, self.m.ctx().i64()), self.bool_like(a));
        self.one("arith.cmpf", &[a, b], vec![("predicate", pa)], t)
    }

    /// `c ? a : b`.
    pub fn select(&mut self, c: Value, a: Value, b: Value) -> Value {
        let t = self.m.value_type(a);
        self.one("arith.select", &[c, a, b], Vec::new(), t)
    }

    // ----- math -----

    unary! {
        exp => "math.exp", log => "math.log", tanh => "math.tanh", sqrt => "math.sqrt",
        rsqrt => "math.rsqrt", erf => "math.erf", erf_inv => "kmath.erf_inv", absf => "math.absf", absi => "math.absi",
        floor => "math.floor", ceil => "math.ceil",
    }

    /// `x·2^n` rounded once (`kmath.ldexp`): `n` an integer shaped like `x`.
    pub fn ldexp(&mut self, x: Value, n: Value) -> Value {
        let t = self.m.value_type(x);
        self.one(crate::ldexp::NAME, &[x, n], Vec::new(), t)
    }

    /// `a * b + c` with one rounding.
    pub fn fma(&mut self, a: Value, b: Value, c: Value) -> Value {
        let t = self.m.value_type(a);
        self.one("math.fma", &[a, b, c], Vec::new(), t)
    }

    // ----- loop -----

    /// `loop.constant_buffer`: a read-only buffer of static memref type `ty` holding the dense
    /// `value`.
    pub fn constant_buffer(&mut self, value: Attr, ty: Type) -> Value {
        self.one("loop.constant_buffer", &[], vec![("value", value)], ty)
    }

    /// A buffer of memref type `ty`, with one `index` per non-static dimension.
    pub fn alloc(&mut self, ty: Type, dynamic_sizes: &[Value]) -> Value {
        self.one("loop.alloc", dynamic_sizes, Vec::new(), ty)
    }

    /// Frees a buffer.
    pub fn dealloc(&mut self, buffer: Value) {
        self.op0("loop.dealloc", &[buffer], Vec::new());
    }

    /// `buffer[indices]`.
    pub fn load(&mut self, buffer: Value, indices: &[Value]) -> Value {
        let ctx = self.m.ctx().clone();
        let t = self.m.value_type(buffer);
        let elem = ctx.ty(t).element_type().unwrap_or(t);
        let mut ops = vec![buffer];
        ops.extend_from_slice(indices);
        self.one("loop.load", &ops, Vec::new(), elem)
    }

    /// `buffer[indices] = value`.
    pub fn store(&mut self, value: Value, buffer: Value, indices: &[Value]) {
        let mut ops = vec![value, buffer];
        ops.extend_from_slice(indices);
        self.op0("loop.store", &ops, Vec::new());
    }

    /// Dimension `k` of a buffer, as an `index`.
    pub fn dim(&mut self, buffer: Value, k: usize) -> Value {
        let ctx = self.m.ctx().clone();
        let idx = ctx.int_attr(k as i128, ctx.i64());
        self.one("loop.dim", &[buffer], vec![("index", idx)], ctx.index_type())
    }

    /// The same storage as memref type `ty` (contiguous buffers only).
    pub fn view(&mut self, buffer: Value, ty: Type) -> Value {
        self.one("loop.view", &[buffer], Vec::new(), ty)
    }

    /// `for iv in lb..ub step step { }`: returns the induction variable and a builder for
    /// the body (before its `loop.yield`).
    pub fn for_loop(&mut self, lb: Value, ub: Value, step: Value) -> (Value, Builder) {
        let ctx = self.m.ctx().clone();
        let (region, block) = Builder::region_with_block(self.m, &[ctx.index_type()], self.loc);
        let mut st = OperationState::new(ctx.sym("loop.for"), self.loc);
        st.operands.extend([lb, ub, step]);
        st.regions.push(region);
        self.at.create(self.m, st);
        let y = Builder::at_end(block).create(self.m, OperationState::new(ctx.sym("loop.yield"), self.loc));
        (self.m.block_args(block)[0], Builder::before(y))
    }

    /// `for iv in lb..ub step step iter_args(inits)`: returns the induction variable, the
    /// iteration values inside the body, a builder at the end of the body (which must end with
    /// [`OpBuilder::yield_values`] of the next iteration values) and the loop's results.
    pub fn for_loop_iter(
        &mut self,
        lb: Value,
        ub: Value,
        step: Value,
        inits: &[Value],
    ) -> (Value, Vec<Value>, Builder, Vec<Value>) {
        let ctx = self.m.ctx().clone();
        let types: Vec<Type> = inits.iter().map(|&v| self.m.value_type(v)).collect();
        let mut arg_types = vec![ctx.index_type()];
        arg_types.extend_from_slice(&types);
        let (region, block) = Builder::region_with_block(self.m, &arg_types, self.loc);
        let mut st = OperationState::new(ctx.sym("loop.for"), self.loc);
        st.operands.extend([lb, ub, step]);
        st.operands.extend_from_slice(inits);
        st.result_types.extend(types);
        st.regions.push(region);
        let op = self.at.create(self.m, st);
        let args = self.m.block_args(block).to_vec();
        (
            args[0],
            args[1..].to_vec(),
            Builder::at_end(block),
            self.m.results(op).collect(),
        )
    }

    /// `loop.yield values`: ends a loop body.
    pub fn yield_values(&mut self, values: &[Value]) {
        self.op0("loop.yield", values, Vec::new());
    }

    /// `if cond { }` with an empty else: returns a builder for the then block (before its
    /// `loop.yield`).
    pub fn if_then(&mut self, cond: Value) -> Builder {
        let ctx = self.m.ctx().clone();
        let (then, block) = Builder::region_with_block(self.m, &[], self.loc);
        let els = self.m.new_region();
        let mut st = OperationState::new(ctx.sym("loop.if"), self.loc);
        st.operands.push(cond);
        st.regions.extend([then, els]);
        self.at.create(self.m, st);
        let y = Builder::at_end(block).create(self.m, OperationState::new(ctx.sym("loop.yield"), self.loc));
        Builder::before(y)
    }

    /// Hands `buffer` to the caller as output parameter `out` (`loop.export`).
    pub fn export(&mut self, buffer: Value, out: Value) {
        self.op0("loop.export", &[buffer, out], Vec::new());
    }

    // ----- vector -----

    /// `kvector.broadcast`: `s` in every lane of vector type `ty`.
    pub fn broadcast(&mut self, s: Value, ty: Type) -> Value {
        self.one("kvector.broadcast", &[s], Vec::new(), ty)
    }

    /// `kvector.load`: the vector of type `ty` starting at `buffer[indices]` (lanes along the
    /// last dimension).
    pub fn vector_load(&mut self, buffer: Value, indices: &[Value], ty: Type) -> Value {
        let mut ops = vec![buffer];
        ops.extend_from_slice(indices);
        self.one("kvector.load", &ops, Vec::new(), ty)
    }

    /// `kvector.store`: `value`'s lanes to `buffer[indices]` onwards.
    pub fn vector_store(&mut self, value: Value, buffer: Value, indices: &[Value]) {
        let mut ops = vec![value, buffer];
        ops.extend_from_slice(indices);
        self.op0("kvector.store", &ops, Vec::new());
    }

    /// `kvector.maskedload`: the lanes whose `mask` bit is set from `buffer[indices]` onwards,
    /// the others from `passthru` (whose type the result has).
    pub fn masked_load(&mut self, buffer: Value, indices: &[Value], mask: Value, passthru: Value) -> Value {
        let t = self.m.value_type(passthru);
        let mut ops = vec![buffer];
        ops.extend_from_slice(indices);
        ops.extend([mask, passthru]);
        self.one("kvector.maskedload", &ops, Vec::new(), t)
    }

    /// `kvector.maskedstore`: the lanes of `value` whose `mask` bit is set.
    pub fn masked_store(&mut self, value: Value, buffer: Value, indices: &[Value], mask: Value) {
        let mut ops = vec![value, buffer];
        ops.extend_from_slice(indices);
        ops.push(mask);
        self.op0("kvector.maskedstore", &ops, Vec::new());
    }

    /// `kvector.create_mask`: `lanes` mask bits, the first `n` set.
    pub fn create_mask(&mut self, n: Value, lanes: u64) -> Value {
        let ctx = self.m.ctx().clone();
        let t = ctx.vector_type(&[lanes], ctx.i1());
        self.one("kvector.create_mask", &[n], Vec::new(), t)
    }

    /// `kvector.reduction` of `kind` over `v`'s lanes, combined with `acc` when given.
    pub fn reduction(&mut self, kind: &str, v: Value, acc: Option<Value>) -> Value {
        let ctx = self.m.ctx().clone();
        let t = self.m.value_type(v);
        let elem = ctx.ty(t).element_type().unwrap_or(t);
        let mut ops = vec![v];
        ops.extend(acc);
        self.one("kvector.reduction", &ops, vec![("kind", ctx.str_attr(kind))], elem)
    }

    // ----- llvm -----

    /// `llvm.mlir.constant` with value attribute `value` of type `ty`.
    pub fn llvm_constant(&mut self, value: Attr, ty: Type) -> Value {
        self.one("llvm.mlir.constant", &[], vec![("value", value)], ty)
    }

    /// An `i64` `llvm.mlir.constant`.
    pub fn llvm_i64(&mut self, v: i64) -> Value {
        let ctx = self.m.ctx().clone();
        self.llvm_constant(ctx.int_attr(v as i128, ctx.i64()), ctx.i64())
    }

    /// `llvm.mlir.zero` of type `ty` (a null pointer, or zeros).
    pub fn llvm_zero(&mut self, ty: Type) -> Value {
        self.one("llvm.mlir.zero", &[], Vec::new(), ty)
    }

    binary! {
        llvm_add => "llvm.add", llvm_sub => "llvm.sub", llvm_mul => "llvm.mul",
        llvm_sdiv => "llvm.sdiv", llvm_srem => "llvm.srem", llvm_and => "llvm.and",
        llvm_or => "llvm.or", llvm_xor => "llvm.xor",
    }

    /// `llvm.icmp p, a, b` (an `i1`, or `i1` lanes).
    pub fn llvm_icmp(&mut self, p: CmpI, a: Value, b: Value) -> Value {
        const NAMES: [&str; 10] = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"];
        let (pa, t) = (self.m.ctx().str_attr(NAMES[p as usize]), self.bool_like(a));
        self.one("llvm.icmp", &[a, b], vec![("predicate", pa)], t)
    }

    /// `c ? a : b` on LLVM values.
    pub fn llvm_select(&mut self, c: Value, a: Value, b: Value) -> Value {
        let t = self.m.value_type(a);
        self.one("llvm.select", &[c, a, b], Vec::new(), t)
    }

    /// The address of element `index` of an array of `elem` at `base` (`llvm.getelementptr`).
    pub fn llvm_gep(&mut self, base: Value, index: Value, elem: Type) -> Value {
        let ctx = self.m.ctx().clone();
        let t = self.m.value_type(base);
        self.one(
            "llvm.getelementptr",
            &[base, index],
            vec![("elem_type", ctx.type_attr(elem))],
            t,
        )
    }

    fn alignment(&self, align: Option<u64>) -> Vec<(&'static str, Attr)> {
        let ctx = self.m.ctx();
        align
            .map(|a| ("alignment", ctx.int_attr(a as i128, ctx.i64())))
            .into_iter()
            .collect()
    }

    /// The masked intrinsics' `alignment`, an i32 as upstream's ops declare it.
    fn alignment_i32(&self, align: u64) -> Vec<(&'static str, Attr)> {
        let ctx = self.m.ctx();
        vec![("alignment", ctx.int_attr(align as i128, ctx.i32()))]
    }

    /// Loads a `ty` from `ptr`, with `align` bytes of alignment if given.
    pub fn llvm_load(&mut self, ptr: Value, ty: Type, align: Option<u64>) -> Value {
        let a = self.alignment(align);
        self.one("llvm.load", &[ptr], a, ty)
    }

    /// Stores `value` at `ptr`, with `align` bytes of alignment if given.
    pub fn llvm_store(&mut self, value: Value, ptr: Value, align: Option<u64>) {
        let a = self.alignment(align);
        self.op0("llvm.store", &[value, ptr], a);
    }

    /// Loads the lanes of `ty` at `ptr` that `mask` sets (`passthru`'s lanes elsewhere);
    /// lanes off the mask are never touched (`llvm.intr.masked.load`).
    pub fn llvm_masked_load(&mut self, ptr: Value, mask: Value, passthru: Value, ty: Type, align: u64) -> Value {
        let a = self.alignment_i32(align);
        self.one("llvm.intr.masked.load", &[ptr, mask, passthru], a, ty)
    }

    /// Stores the lanes of `value` that `mask` sets at `ptr` (`llvm.intr.masked.store`).
    pub fn llvm_masked_store(&mut self, value: Value, ptr: Value, mask: Value, align: u64) {
        let a = self.alignment_i32(align);
        self.op0("llvm.intr.masked.store", &[value, ptr, mask], a);
    }

    /// Stack space for `count` values of `elem`, aligned to `align` bytes; returns the pointer.
    pub fn llvm_alloca(&mut self, count: Value, elem: Type, align: u64, ptr: Type) -> Value {
        let ctx = self.m.ctx().clone();
        let mut props = vec![("elem_type", ctx.type_attr(elem))];
        props.extend(self.alignment(Some(align)));
        self.one("llvm.alloca", &[count], props, ptr)
    }

    /// The address of function `@name` (an `!llvm.ptr`).
    pub fn llvm_addressof(&mut self, name: &str, ptr: Type) -> Value {
        let ctx = self.m.ctx().clone();
        self.one(
            "llvm.mlir.addressof",
            &[],
            vec![("global_name", ctx.symbol_ref(name))],
            ptr,
        )
    }

    /// `llvm.call @callee(args)`, returning its result if it has one.
    pub fn llvm_call(&mut self, callee: &str, args: &[Value], result: Option<Type>) -> Option<Value> {
        let ctx = self.m.ctx().clone();
        let op = self.create("llvm.call", args, vec![("callee", ctx.symbol_ref(callee))], result);
        self.m.results(op).next()
    }

    /// `v` as type `to` through `builtin.unrealized_conversion_cast` (the bridge between
    /// converted and unconverted values during a lowering); `v` itself if it has that type.
    pub fn cast(&mut self, v: Value, to: Type) -> Value {
        if self.m.value_type(v) == to {
            return v;
        }
        self.one("builtin.unrealized_conversion_cast", &[v], Vec::new(), to)
    }

    // ----- tensor -----

    binary! {
        tensor_add => "ktensor.add",
        tensor_sub => "ktensor.sub",
        tensor_mul => "ktensor.mul",
        tensor_div => "ktensor.div",
        tensor_max => "ktensor.max",
        tensor_min => "ktensor.min",
    }

    unary! {
        tensor_neg => "ktensor.neg",
        tensor_abs => "ktensor.abs",
        tensor_exp => "ktensor.exp",
        tensor_log => "ktensor.log",
        tensor_tanh => "ktensor.tanh",
        tensor_sigmoid => "ktensor.sigmoid",
        tensor_sqrt => "ktensor.sqrt",
        tensor_erf => "ktensor.erf",
    }

    /// A tensor of `like`'s type with every element `value` (converted to the element type):
    /// a rank-0 `ktensor.constant` broadcast to `like`'s shape, whose non-constant extents are
    /// read from `like` at run time, so symbolic and `?` shapes work.
    pub fn splat_like(&mut self, value: f64, like: Value) -> Value {
        let ctx = self.m.ctx().clone();
        let ty = self.m.value_type(like);
        let elem = match ctx.ty(ty) {
            TypeKind::Tensor { elem, .. } => *elem,
            _ => ty,
        };
        let scalar_ty = ctx.tensor_type(vec![], elem);
        let bits = match ctx.ty(elem) {
            TypeKind::Float(k) => kiln_ir::float::f64_to_bits(value, *k),
            _ => value as i64 as u64,
        };
        let width = ctx.bit_width(elem).map_or(8, |w| w.div_ceil(8) as usize).clamp(1, 8);
        let dense = ctx.dense_attr(scalar_ty, bits.to_le_bytes()[..width].to_vec());
        let scalar = self.one("ktensor.constant", &[], vec![("value", dense)], scalar_ty);
        self.broadcast_to(scalar, like, ty)
    }

    /// Broadcasts rank-0 tensor `scalar` to type `ty`, the shape of `like` (any element
    /// type): `ktensor.broadcast_in_dim`, with a run-time shape operand (from `ktensor.dim` of
    /// `like`, as i64) when an extent is not a constant. `scalar` itself if it has type `ty`.
    pub fn broadcast_to(&mut self, scalar: Value, like: Value, ty: Type) -> Value {
        use kiln_ir::Dim;
        let ctx = self.m.ctx().clone();
        if self.m.value_type(scalar) == ty {
            return scalar;
        }
        let dims: Vec<Dim> = ctx.ty(ty).shape().map(|s| s.to_vec()).unwrap_or_default();
        // The extents are i64, as the types hold them (an i32 would truncate a large one).
        let mut operands = vec![scalar];
        if dims.iter().any(|d| !matches!(d, Dim::Const(_))) {
            let one = ctx.tensor_type(vec![Dim::Const(1)], ctx.i64());
            let mut parts = Vec::new();
            for (i, d) in dims.iter().enumerate() {
                parts.push(match d {
                    Dim::Const(n) => {
                        let v = ctx.dense_attr(one, n.to_le_bytes().to_vec());
                        self.one("ktensor.constant", &[], vec![("value", v)], one)
                    }
                    _ => {
                        let rank0 = ctx.tensor_type(vec![], ctx.i64());
                        let index = ctx.int_attr(i as i128, ctx.i64());
                        let dv = self.one("ktensor.dim", &[like], vec![("index", index)], rank0);
                        self.one("ktensor.reshape", &[dv], vec![], one)
                    }
                });
            }
            let shape_ty = ctx.tensor_type(vec![Dim::Const(dims.len() as i64)], ctx.i64());
            let shape = if parts.len() == 1 {
                parts[0]
            } else {
                let dim0 = ctx.int_attr(0, ctx.i64());
                self.one("ktensor.concat", &parts, vec![("dim", dim0)], shape_ty)
            };
            operands.push(shape);
        }
        let dims_attr = ctx.i64_array_attr(&[]);
        self.one("ktensor.broadcast_in_dim", &operands, vec![("dims", dims_attr)], ty)
    }

    // ----- func -----

    /// `func.call @callee(args) -> results`.
    pub fn call(&mut self, callee: &str, args: &[Value], results: &[Type]) -> Vec<Value> {
        let ctx = self.m.ctx().clone();
        let mut st = OperationState::new(ctx.sym("func.call"), self.loc);
        st.operands.extend_from_slice(args);
        st.props = vec![(ctx.sym("callee"), ctx.symbol_ref(callee))];
        st.result_types.extend_from_slice(results);
        let op = self.at.create(self.m, st);
        self.m.results(op).collect()
    }

    /// `func.return values`.
    pub fn ret(&mut self, values: &[Value]) {
        self.op0("func.return", values, Vec::new());
    }
}

/// Appends `func.func @name(inputs) -> results` to `m`'s body; `body` gets a builder at the
/// end of the entry block and the arguments, and returns the values to return.
pub fn build_func(
    m: &mut Module,
    name: &str,
    inputs: &[Type],
    results: &[Type],
    body: impl FnOnce(&mut OpBuilder<'_>, &[Value]) -> Vec<Value>,
) -> OpId {
    let ctx = m.ctx().clone();
    let loc = m.loc(m.root());
    let (region, entry) = Builder::region_with_block(m, inputs, loc);
    let mut f = OperationState::new(ctx.sym("func.func"), loc);
    f.props.push((ctx.sym("sym_name"), ctx.str_attr(name)));
    f.props.push((
        ctx.sym("function_type"),
        ctx.type_attr(ctx.function_type(inputs, results)),
    ));
    f.regions.push(region);
    let func = Builder::at_end(m.body()).create(m, f);
    let args = m.block_args(entry).to_vec();
    let mut b = OpBuilder::new(m, Builder::at_end(entry), loc);
    let out = body(&mut b, &args);
    b.ret(&out);
    func
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_builders_build_verifying_ir() {
        let ctx = std::sync::Arc::new(crate::context());
        let loc = ctx.unknown_loc();
        let mut m = Module::new(ctx.clone(), loc);
        let (f32, i64) = (ctx.f32(), ctx.i64());
        let mt = ctx.memref_type(vec![kiln_ir::Dim::Const(4)], f32);
        build_func(&mut m, "f", &[f32, i64, mt], &[f32], |b, a| {
            let one = b.constant_float(f32, 1.0);
            let s = b.addf(a[0], one);
            let e = b.exp(s);
            let k = b.constant_int(i64, 3);
            let lt = b.cmpi(CmpI::Slt, a[1], k);
            let i = b.index(2);
            let x = b.load(a[2], &[i]);
            let r = b.select(lt, e, x);
            b.store(r, a[2], &[i]);
            let f = b.sitofp(a[1], f32);
            vec![b.fma(r, f, one)]
        });
        kiln_ir::verify::verify(&m, m.root()).unwrap_or_else(|d| panic!("{}", d[0].message));
        let text = kiln_ir::print_module(&m, Default::default());
        assert!(text.contains("arith.cmpi slt"), "{text}");
        assert!(text.contains("math.fma"), "{text}");
    }
}
