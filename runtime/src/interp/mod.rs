//! The tier-0 interpreter: an eager executor over whole tensors. Each op runs one kernel over
//! its operands (no per-element dispatch). Symbolic dimensions are bound from the actual
//! arguments at call time, and every result is checked against its declared (symbolic) type,
//! so a shape error names the op, its location, and the expected vs actual dimensions.
//!
//! Kernels live in one module per dialect (`arith.rs`, `tensor.rs`, ...), one entry per op,
//! looked up once per op name (see `kernels`).

mod arith;
mod bits;
mod custom;
mod elementwise;
mod func;
mod indexing;
mod kiln;
mod loops;
#[cfg(test)]
mod mutation_tests;
mod regions;
mod tensor;

use crate::tensor::{DType, Tensor};
use kiln_ir::printer::type_to_string;
use kiln_ir::{dim, BlockId, Dim, Module, OpId, RegionId, Sym, Type, TypeKind, Value};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A run-time failure, located at the op that failed.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{location}: error: {message}")]
pub struct RuntimeError {
    /// `file:line:col` of the op (or its location as written).
    pub location: String,
    /// The op's name, when an op failed.
    pub op: Option<String>,
    pub message: String,
    /// The arguments of the outermost call do not match its function's signature (the
    /// caller's mistake, not the program's).
    pub bad_call: bool,
}

/// Why a kernel failed: a message the interpreter locates at the op, or an error already
/// located elsewhere (inside a called function or a region).
pub(crate) enum KErr {
    Msg(String),
    Located(RuntimeError),
}

impl From<String> for KErr {
    fn from(s: String) -> Self {
        KErr::Msg(s)
    }
}
impl From<&str> for KErr {
    fn from(s: &str) -> Self {
        KErr::Msg(s.to_string())
    }
}
impl From<RuntimeError> for KErr {
    fn from(e: RuntimeError) -> Self {
        KErr::Located(e)
    }
}
impl From<crate::TensorError> for KErr {
    fn from(e: crate::TensorError) -> Self {
        KErr::Msg(e.to_string())
    }
}

/// What a kernel returns.
pub(crate) type KResult = Result<Vec<Tensor>, KErr>;

/// A kernel: computes an op's results from its operand values.
pub(crate) type Kernel = fn(&mut Exec<'_>, OpId, Vec<Tensor>) -> KResult;

pub use custom::{custom_kernel, CustomKernelFn};

/// Ops the interpreter runs itself rather than through a kernel (regions, terminators,
/// calls).
const STRUCTURAL: [&str; 14] = [
    "func.func",
    "func.return",
    "func.call",
    "ktensor.if",
    "ktensor.while",
    "ktensor.yield",
    "ktensor.condition",
    "ktensor.fused",
    "loop.for",
    "loop.parallel",
    "loop.if",
    "loop.while",
    "loop.yield",
    "loop.condition",
];

/// True when tier 0 can run `op`: a kernel of its own, an embedder's kernel
/// ([`custom_kernel`]), or structure the interpreter walks.
pub fn can_interpret(m: &Module, op: OpId) -> bool {
    static NAMES: std::sync::OnceLock<FxHashMap<&'static str, Kernel>> = std::sync::OnceLock::new();
    let name = m.op_name(op);
    NAMES.get_or_init(kernels).contains_key(name) || STRUCTURAL.contains(&name) || custom::of(m, op).is_some()
}

/// Kernels by op name.
pub(crate) fn kernels() -> FxHashMap<&'static str, Kernel> {
    let mut k: FxHashMap<&'static str, Kernel> = FxHashMap::default();
    func::register(&mut k);
    arith::register(&mut k);
    tensor::register(&mut k);
    regions::register(&mut k);
    indexing::register(&mut k);
    bits::register(&mut k);
    loops::register(&mut k);
    kiln::register(&mut k);
    k
}

/// Per-function call statistics (for `--report`).
#[derive(Clone, Debug, Default)]
pub struct CallStats {
    /// Calls of the function from outside the module (`Interpreter::call`).
    pub calls: u64,
    /// Time spent in those calls.
    pub time: Duration,
    /// Loop back edges taken during those calls (`ktensor.while`, `loop.for`, `loop.parallel`
    /// and `loop.while` iterations): how loop-heavy the function is when interpreted.
    pub back_edges: u64,
}

/// Executes functions of a module.
pub struct Interpreter {
    m: Arc<Module>,
    kernels: FxHashMap<&'static str, Kernel>,
    by_name: FxHashMap<Sym, Kernel>,
    stats: FxHashMap<String, CallStats>,
    /// Per op: bit i set when operand i is used for the last time by this op.
    dying: FxHashMap<OpId, u64>,
    /// Position of each op in its block.
    position: FxHashMap<OpId, usize>,
    /// Ops that are not run: pure, with every result unused or used only by such ops
    /// (computed per block, on its first run).
    dead: FxHashSet<OpId>,
    dead_done: FxHashSet<BlockId>,
}

/// The state of one execution: the module, the kernel table, and the frames' values.
pub(crate) struct Exec<'a> {
    pub(crate) m: &'a Module,
    interp: &'a mut Interpreter,
    /// Values of the current frame.
    vals: FxHashMap<Value, Tensor>,
    /// Bindings of dimension symbols in the current function.
    pub(crate) binds: FxHashMap<Sym, i64>,
    depth: usize,
    /// Loop back edges taken so far in this execution.
    pub(crate) back_edges: u64,
    /// Buffer views of this execution (memref values are indices into it).
    pub(crate) buffers: Vec<Option<loops::BufView>>,
}

const MAX_CALL_DEPTH: usize = 256;

impl Interpreter {
    /// An interpreter for `m` (which should be verified).
    pub fn new(m: Arc<Module>) -> Self {
        Interpreter {
            m,
            kernels: kernels(),
            by_name: FxHashMap::default(),
            stats: FxHashMap::default(),
            dying: FxHashMap::default(),
            position: FxHashMap::default(),
            dead: FxHashSet::default(),
            dead_done: FxHashSet::default(),
        }
    }

    /// Marks the dead code of block `b` (once per block): what tier 0 skips as the native
    /// tiers' `dce` erases it, pure ops whose results nothing live uses. So an op that would
    /// fail (an index out of range) fails at every tier or at none.
    fn mark_dead(&mut self, m: &Module, b: BlockId) {
        if !self.dead_done.insert(b) {
            return;
        }
        // Users follow their operands' definitions in the block (dominance), so one pass
        // from the end sees every user's verdict first.
        let ops: Vec<OpId> = m.block_ops(b).collect();
        for &o in ops.iter().rev() {
            let dead = kiln_ir::rewrite::is_trivially_dead_if(m, o, |u| {
                // The op of `b` that holds the user (the user itself, or an ancestor).
                let mut a = u;
                while m.parent_block(a) != Some(b) {
                    match m.parent_op(a) {
                        Some(p) => a = p,
                        None => return false,
                    }
                }
                self.dead.contains(&a)
            });
            if dead {
                self.dead.insert(o);
            }
        }
    }

    /// The module being run.
    pub fn module(&self) -> &Arc<Module> {
        &self.m
    }

    /// Call counts and times per function.
    pub fn stats(&self) -> &FxHashMap<String, CallStats> {
        &self.stats
    }

    /// The loop back edges counted for `name` since the last take (and resets them).
    pub fn take_back_edges(&mut self, name: &str) -> u64 {
        self.stats
            .get_mut(name)
            .map_or(0, |s| std::mem::take(&mut s.back_edges))
    }

    fn position(&mut self, m: &Module, op: OpId) -> usize {
        if let Some(&p) = self.position.get(&op) {
            return p;
        }
        if let Some(b) = m.parent_block(op) {
            for (i, o) in m.block_ops(b).enumerate() {
                self.position.insert(o, i);
            }
        }
        self.position.get(&op).copied().unwrap_or(usize::MAX)
    }

    /// Operands whose last use is `op`: defined in `op`'s block (so the block's next run
    /// recomputes them) and used only by ops of that block up to `op`.
    fn dying_operands(&mut self, m: &Module, op: OpId) -> u64 {
        if let Some(&d) = self.dying.get(&op) {
            return d;
        }
        let block = m.parent_block(op);
        let here = self.position(m, op);
        let mut bits = 0u64;
        for (i, v) in m.operands(op).enumerate().take(64) {
            if m.value_block(v) != block || m.value_def(v) == kiln_ir::ValueDef::Placeholder {
                continue;
            }
            let users: Vec<OpId> = m.uses(v).map(|u| u.op).collect();
            let repeated = m.operands(op).filter(|&w| w == v).count() > 1;
            let last = !repeated
                && users
                    .iter()
                    .all(|&u| u == op || (m.parent_block(u) == block && self.position(m, u) < here));
            if last {
                bits |= 1 << i;
            }
        }
        self.dying.insert(op, bits);
        bits
    }

    /// Finds a function by symbol name.
    pub fn function(&self, name: &str) -> Option<OpId> {
        let m = &self.m;
        m.block_ops(m.body()).find(|&op| {
            m.op_def(op).is_some_and(|d| d.interfaces.callable) && kiln_ir::symbol::symbol_name(m, op) == Some(name)
        })
    }

    /// Calls function `name` with `args`.
    pub fn call(&mut self, name: &str, args: &[Tensor]) -> Result<Vec<Tensor>, RuntimeError> {
        self.call_inner(name, args, false).map(|(r, _)| r)
    }

    /// Like [`Interpreter::call`], and also returns the final contents of every memref
    /// argument (`None` for the others): how loop-level functions, which write their results
    /// into buffers they are given, are observed.
    pub fn call_with_buffers(
        &mut self,
        name: &str,
        args: &[Tensor],
    ) -> Result<(Vec<Tensor>, Vec<Option<Tensor>>), RuntimeError> {
        self.call_inner(name, args, true)
    }

    /// A call; the final buffer contents are copied out only when `buffers` asks for them.
    fn call_inner(
        &mut self,
        name: &str,
        args: &[Tensor],
        buffers: bool,
    ) -> Result<(Vec<Tensor>, Vec<Option<Tensor>>), RuntimeError> {
        let f = self.function(name).ok_or_else(|| RuntimeError {
            location: "<call>".into(),
            op: None,
            message: format!("no function named '@{name}'"),
            bad_call: true,
        })?;
        let m = self.m.clone();
        let start = Instant::now();
        let mut ex = Exec {
            m: &m,
            interp: self,
            vals: FxHashMap::default(),
            binds: FxHashMap::default(),
            depth: 0,
            back_edges: 0,
            buffers: Vec::new(),
        };
        // Memref parameters receive copies of the given tensors as buffers; memref results come
        // back as their contents.
        let params = m
            .region_blocks(m.regions(f)[0])
            .first()
            .map(|&b| m.block_args(b).to_vec())
            .unwrap_or_default();
        let mut call_args = Vec::with_capacity(args.len());
        for (i, a) in args.iter().enumerate() {
            let memref = params
                .get(i)
                .is_some_and(|&p| loops::is_memref(m.ctx(), m.value_type(p)));
            call_args.push(if memref { ex.new_buffer(a.clone()) } else { a.clone() });
        }
        let memref_arg: Vec<bool> = (0..args.len())
            .map(|i| {
                params
                    .get(i)
                    .is_some_and(|&p| loops::is_memref(m.ctx(), m.value_type(p)))
            })
            .collect();
        let r = ex.call_function(f, &call_args).and_then(|outs| {
            let (_, result_types) = kiln_dialects::func::signature(&m, f).unwrap_or_default();
            let memref_result = |i: usize| result_types.get(i).is_some_and(|&t| loops::is_memref(m.ctx(), t));
            outs.into_iter()
                .enumerate()
                .map(|(i, t)| {
                    if memref_result(i) {
                        ex.buffer_contents(&t).map_err(|e| ex.error(f, e))
                    } else {
                        Ok(t)
                    }
                })
                .collect()
        });
        let r = r.and_then(|outs| {
            let bufs = call_args
                .iter()
                .zip(&memref_arg)
                .map(|(a, &is)| {
                    if is && buffers {
                        ex.buffer_contents(a).map(Some).map_err(|e| ex.error(f, e))
                    } else {
                        Ok(None)
                    }
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok((outs, bufs))
        });
        let back_edges = ex.back_edges;
        let s = self.stats.entry(name.to_string()).or_default();
        s.calls += 1;
        s.time += start.elapsed();
        s.back_edges += back_edges;
        r
    }
}

impl<'a> Exec<'a> {
    pub(crate) fn ctx(&self) -> &kiln_ir::Context {
        self.m.ctx()
    }

    pub(crate) fn error(&self, op: OpId, message: impl Into<String>) -> RuntimeError {
        RuntimeError {
            location: location_text(self.m, op),
            op: Some(self.m.op_name(op).to_string()),
            message: message.into(),
            bad_call: false,
        }
    }

    /// Runs a function op with arguments, in a fresh frame.
    pub(crate) fn call_function(&mut self, f: OpId, args: &[Tensor]) -> Result<Vec<Tensor>, RuntimeError> {
        let m = self.m;
        if self.depth >= MAX_CALL_DEPTH {
            return Err(self.error(f, format!("call depth exceeds {MAX_CALL_DEPTH} (unbounded recursion?)")));
        }
        let name = kiln_ir::symbol::symbol_name(m, f).unwrap_or("?").to_string();
        let body = m.regions(f)[0];
        let Some(&entry) = m.region_blocks(body).first() else {
            return Err(self.error(f, format!("'@{name}' is a declaration without a body")));
        };
        let params: Vec<Value> = m.block_args(entry).to_vec();
        let outermost = self.depth == 0;
        if params.len() != args.len() {
            let mut e = self.error(
                f,
                format!("'@{name}' takes {} arguments, got {}", params.len(), args.len()),
            );
            e.bad_call = outermost;
            return Err(e);
        }
        let saved_vals = std::mem::take(&mut self.vals);
        let saved_binds = std::mem::take(&mut self.binds);
        self.depth += 1;
        let r = (|| {
            for (i, (&p, a)) in params.iter().zip(args).enumerate() {
                self.bind_value(p, a).map_err(|e| {
                    let mut e = self.error(f, format!("argument #{i} of '@{name}': {e}"));
                    e.bad_call = outermost;
                    e
                })?;
            }
            self.run_region(body, &[])
        })();
        self.depth -= 1;
        self.vals = saved_vals;
        self.binds = saved_binds;
        r
    }

    /// Checks `t` against `v`'s declared type (binding new symbols) and records it.
    fn bind_value(&mut self, v: Value, t: &Tensor) -> Result<(), String> {
        let ty = self.m.value_type(v);
        self.check_type(ty, t)?;
        self.vals.insert(v, t.clone());
        Ok(())
    }

    /// Checks a tensor against a type: element type, rank, and each dimension (a symbol is
    /// bound by its first occurrence and must match afterwards).
    pub(crate) fn check_type(&mut self, ty: Type, t: &Tensor) -> Result<(), String> {
        let ctx = self.m.ctx();
        // A memref value is a buffer handle: check the buffer's view instead.
        let (t_shape, t_dtype, t_desc): (Vec<usize>, DType, String) = if loops::is_memref(ctx, ty) {
            let shape = self.buffer(t)?.shape.clone();
            let dtype = loops::buffer_dtype(self, t).ok_or("not a buffer")?;
            let desc = format!("a buffer of shape {shape:?}");
            (shape, dtype, desc)
        } else {
            (t.shape().to_vec(), t.dtype(), t.type_string())
        };
        let (dims, elem): (Vec<Dim>, Type) = match ctx.ty(ty) {
            TypeKind::Tensor {
                shape: Some(s), elem, ..
            }
            | TypeKind::MemRef {
                shape: Some(s), elem, ..
            } => (s.to_vec(), *elem),
            TypeKind::Tensor { shape: None, elem, .. } | TypeKind::MemRef { shape: None, elem, .. } => {
                (t_shape.iter().map(|_| Dim::Dynamic).collect(), *elem)
            }
            TypeKind::Vector { shape, elem, .. } => (shape.iter().map(|&d| Dim::Const(d as i64)).collect(), *elem),
            _ => (Vec::new(), ty),
        };
        let want =
            dtype_of(ctx, elem).ok_or_else(|| format!("unsupported element type '{}'", type_to_string(ctx, elem)))?;
        let show = || format!("expected '{}', got {}", type_to_string(ctx, ty), t_desc);
        if want != t_dtype || dims.len() != t_shape.len() {
            return Err(show());
        }
        // Symbols first, so expressions can be evaluated with everything bound.
        for (d, &actual) in dims.iter().zip(&t_shape) {
            if let Dim::Sym(s) = d {
                match self.binds.get(s) {
                    Some(&b) if b != actual as i64 => {
                        return Err(format!("{} ({} = {b} from an earlier value)", show(), ctx.str(*s)));
                    }
                    Some(_) => {}
                    None => {
                        self.binds.insert(*s, actual as i64);
                    }
                }
            }
        }
        for (i, (d, &actual)) in dims.iter().zip(&t_shape).enumerate() {
            let expected = match d {
                Dim::Const(c) => Some(*c),
                // Checked: a wrapped extent could agree with a wrong shape.
                Dim::Expr(_) => dim::evaluate(d, &|s| self.binds.get(&s).copied())
                    .map_err(|_| format!("{} (dimension {i} overflows 64 bits)", show()))?,
                _ => None,
            };
            if let Some(e) = expected {
                if e != actual as i64 {
                    return Err(format!("{} (dimension {i} should be {e})", show()));
                }
            }
        }
        Ok(())
    }

    pub(crate) fn value(&self, v: Value) -> Result<Tensor, String> {
        self.vals
            .get(&v)
            .cloned()
            .ok_or_else(|| "use of a value that was never computed".to_string())
    }

    /// Runs a region's entry block (and follows no branches: tier 0 runs structured IR).
    /// Returns the operands of the terminator.
    pub(crate) fn run_region(&mut self, r: RegionId, args: &[Tensor]) -> Result<Vec<Tensor>, RuntimeError> {
        let m = self.m;
        let blocks = m.region_blocks(r);
        let Some(&b) = blocks.first() else {
            return Ok(Vec::new());
        };
        if blocks.len() > 1 {
            let owner = m.region_op(r).expect("region has an owner");
            return Err(self.error(
                owner,
                "regions with several blocks (unstructured control flow) are not interpreted at tier 0",
            ));
        }
        self.run_block(b, args)
    }

    fn run_block(&mut self, b: BlockId, args: &[Tensor]) -> Result<Vec<Tensor>, RuntimeError> {
        let m = self.m;
        for (&p, a) in m.block_args(b).iter().zip(args) {
            self.vals.insert(p, a.clone());
        }
        self.interp.mark_dead(m, b);
        let mut op = m.first_op(b);
        while let Some(o) = op {
            if m.has_trait(o, kiln_ir::Traits::TERMINATOR) {
                let vals: Result<Vec<Tensor>, String> = m.operands(o).map(|v| self.value(v)).collect();
                return vals.map_err(|e| self.error(o, e));
            }
            if self.interp.dead.is_empty() || !self.interp.dead.contains(&o) {
                self.run_op(o)?;
            }
            op = m.next_op(o);
        }
        Ok(Vec::new())
    }

    fn run_op(&mut self, op: OpId) -> Result<(), RuntimeError> {
        let m = self.m;
        let name_sym = m.op_name_sym(op);
        let kernel = match self.interp.by_name.get(&name_sym) {
            Some(&k) => k,
            None => {
                let custom = custom::of(m, op).map(|_| custom::run as Kernel);
                let Some(k) = self.interp.kernels.get(m.op_name(op)).copied().or(custom) else {
                    return Err(self.error(
                        op,
                        format!("'{}' is not supported by the tier-0 interpreter", m.op_name(op)),
                    ));
                };
                self.interp.by_name.insert(name_sym, k);
                k
            }
        };
        let dying = self.interp.dying_operands(m, op);
        let mut ins = Vec::with_capacity(m.num_operands(op));
        for (i, v) in m.operands(op).enumerate() {
            // An operand used for the last time here is moved out of the frame, so its buffer
            // can be reused in place by the kernel.
            let t = if dying & (1u64 << i.min(63)) != 0 && i < 64 {
                self.vals.remove(&v)
            } else {
                self.vals.get(&v).cloned()
            };
            ins.push(t.ok_or_else(|| self.error(op, "use of a value that was never computed"))?);
        }
        let outs = match kernel(self, op, ins) {
            Ok(o) => o,
            Err(KErr::Msg(e)) => return Err(self.error(op, e)),
            Err(KErr::Located(e)) => return Err(e),
        };
        if outs.len() != m.num_results(op) {
            return Err(self.error(
                op,
                format!("kernel produced {} results for {}", outs.len(), m.num_results(op)),
            ));
        }
        for (r, t) in m.results(op).zip(outs) {
            let ty = m.value_type(r);
            self.check_type(ty, &t)
                .map_err(|e| self.error(op, format!("result does not match its type: {e}")))?;
            self.vals.insert(r, t);
        }
        Ok(())
    }
}

/// The element type of a scalar, vector or tensor type as a dtype.
pub fn dtype_of(ctx: &kiln_ir::Context, t: Type) -> Option<DType> {
    let e = match ctx.ty(t) {
        TypeKind::Tensor { elem, .. } | TypeKind::Vector { elem, .. } => *elem,
        _ => t,
    };
    Some(match ctx.ty(e) {
        TypeKind::Float(k) => match k {
            kiln_ir::FloatKind::F32 => DType::F32,
            kiln_ir::FloatKind::F64 => DType::F64,
            kiln_ir::FloatKind::F16 => DType::F16,
            kiln_ir::FloatKind::BF16 => DType::BF16,
        },
        TypeKind::Integer { width: 1, .. } => DType::I1,
        TypeKind::Integer { width: 32, .. } => DType::I32,
        TypeKind::Integer { width: 64, .. } | TypeKind::Index => DType::I64,
        _ => return None,
    })
}

/// The value of a constant attribute as a tensor (scalars are rank 0).
pub(crate) fn attr_to_tensor(ctx: &kiln_ir::Context, a: kiln_ir::Attr) -> Result<Tensor, String> {
    use kiln_ir::AttrKind;
    let scalar_bytes = |ty: Type, bits: u64| -> Result<Tensor, String> {
        let d = dtype_of(ctx, ty).ok_or_else(|| format!("unsupported constant type '{}'", type_to_string(ctx, ty)))?;
        Tensor::from_bytes(d, &[], &bits.to_le_bytes()[..d.size()]).map_err(|e| e.to_string())
    };
    match ctx.attr(a) {
        AttrKind::Integer { value, ty } => scalar_bytes(*ty, *value as u64),
        AttrKind::Float { bits, ty } => scalar_bytes(*ty, *bits),
        AttrKind::Bool(b) => Ok(Tensor::scalar(*b as u8)),
        AttrKind::Dense { ty, data } => {
            let d = dtype_of(ctx, *ty)
                .ok_or_else(|| format!("unsupported constant type '{}'", type_to_string(ctx, *ty)))?;
            let shape: Vec<usize> = match ctx.ty(*ty) {
                TypeKind::Vector { shape, .. } => shape.iter().map(|&x| x as usize).collect(),
                k => k
                    .shape()
                    .unwrap_or(&[])
                    .iter()
                    .map(|x| x.as_const().unwrap_or(0) as usize)
                    .collect(),
            };
            if !crate::tensor::extents_fit(&shape) {
                return Err(format!("constant of type '{}' is too large", type_to_string(ctx, *ty)));
            }
            let n: usize = shape.iter().product();
            if data.splat {
                let one = &data.bytes[..d.size().min(data.bytes.len())];
                let mut bytes = Vec::with_capacity(n * d.size());
                for _ in 0..n {
                    bytes.extend_from_slice(one);
                }
                Tensor::from_bytes(d, &shape, &bytes).map_err(|e| e.to_string())
            } else {
                Tensor::from_bytes(d, &shape, &data.bytes).map_err(|e| e.to_string())
            }
        }
        _ => Err("unsupported constant attribute".into()),
    }
}

/// `file:line:col` of an op, or its location text.
pub(crate) fn location_text(m: &Module, op: OpId) -> String {
    let ctx = m.ctx();
    match ctx.file_line_col(m.loc(op)) {
        Some((f, l, c)) => format!("{f}:{l}:{c}"),
        None => {
            let mut s = String::new();
            kiln_ir::printer::print_loc(ctx, m.loc(op), &mut s);
            s
        }
    }
}

#[cfg(test)]
mod completeness {
    /// Every op of the dialects tier 0 runs has a kernel: a registered op without one would
    /// load and fail only at its first call.
    #[test]
    fn every_executable_op_has_a_tier0_kernel() {
        let ctx = kiln_dialects::context();
        let kernels = super::kernels();
        let structural = super::STRUCTURAL;
        let executable: Vec<&str> = ctx
            .op_defs()
            .map(|d| d.name.as_str())
            .filter(|n| {
                let dialect = n.split('.').next().unwrap_or("");
                // stablehlo/chlo are imported, llvm is compiled, builtin.module is the container.
                matches!(
                    dialect,
                    "ktensor" | "arith" | "math" | "kmath" | "loop" | "kvector" | "func" | "kiln"
                )
            })
            .collect();
        assert!(executable.len() > 150, "{} ops", executable.len());
        let missing: Vec<&&str> = executable
            .iter()
            .filter(|n| !kernels.contains_key(**n) && !structural.contains(n))
            .collect();
        assert!(missing.is_empty(), "ops without a tier-0 kernel: {missing:?}");
    }
}
