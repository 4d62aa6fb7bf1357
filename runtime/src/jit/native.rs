//! Native functions: a tensor-level module lowered through a tier pipeline and compiled by
//! ORC, called with host tensors.
//!
//! Calling convention (see `convert-tensor-to-loop` and `convert-loop-to-llvm`): each tensor
//! argument and each result is passed as a pointer to a memref descriptor, an array of i64:
//! the data pointer, then the sizes, then the strides (in elements; tensors are row-major and
//! contiguous). Results follow the arguments and are buffers the caller allocates from the
//! result types, with the symbols bound from the arguments. Arguments are checked against
//! their (symbolic) types before native code runs, so a wrong call is an error, not a crash.

use super::orc::{CodegenOptions, CompiledModule, Jit, JitError, Object, PackedFn};
use crate::interp::dtype_of;
use crate::tensor::{DType, Tensor};
use kiln_ir::pass::{OpPassManager, PassRegistry, RunOptions};
use kiln_ir::printer::type_to_string;
use kiln_ir::{dim, Dim, Module, Sym, Type, TypeKind};
use rustc_hash::FxHashMap;
use std::ffi::c_void;

/// A public function's tensor-level signature.
#[derive(Clone)]
struct Signature {
    inputs: Vec<Param>,
    results: Vec<Param>,
    /// The lowered function returns its (single) result by value instead of through a
    /// buffer parameter: loop-level code, which bufferization leaves alone.
    by_value: bool,
}

/// What a compile produced, enough to link the code again without compiling: the object and
/// what the lowering decided about the calls.
#[derive(Clone, Debug)]
pub struct Artifact {
    pub object: Object,
    pub meta: ArtifactMeta,
}

/// The call-side facts of an [`Artifact`].
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct ArtifactMeta {
    /// Public functions that return their result by value (loop level).
    pub by_value: Vec<String>,
    /// The messages of the module's `ktensor.assert`s, by id.
    pub assert_messages: Vec<String>,
    /// The fusion groups the pipeline formed, one line each (`tensor-fusion`).
    #[serde(default)]
    pub fusion_groups: Vec<String>,
}

/// The native-callable public functions of a tensor-level module and their signatures.
fn signatures_of(m: &Module) -> FxHashMap<String, Signature> {
    let ctx = m.ctx();
    let mut signatures = FxHashMap::default();
    for f in m.block_ops(m.body()).collect::<Vec<_>>() {
        if m.op_name(f) != "func.func" || m.regions(f).first().is_none_or(|&r| m.region_blocks(r).is_empty()) {
            continue;
        }
        if m.attr(f, "sym_visibility").and_then(|a| ctx.attr_str(a)) == Some("private") {
            continue;
        }
        let name = kiln_ir::symbol::symbol_name(m, f).unwrap_or("").to_string();
        let Some((ins, outs)) = kiln_dialects::func::signature(m, f) else {
            continue;
        };
        // Functions that are not on tensors have no native entry here.
        if let (Ok(inputs), Ok(results)) = (signature(ctx, &ins), signature(ctx, &outs)) {
            signatures.insert(
                name,
                Signature {
                    inputs,
                    results,
                    by_value: false,
                },
            );
        }
    }
    signatures
}

/// A module compiled to native code.
pub struct NativeModule {
    code: Box<dyn PackedCode>,
    signatures: FxHashMap<String, Signature>,
    /// The messages of the module's `ktensor.assert`s, by id.
    assert_messages: Vec<String>,
    fusion_groups: Vec<String>,
}

/// Compiled code that has a packed entry (`void(void** args)`, MLIR's `_mlir_<name>`
/// convention: one pointer per argument, then one to the result) for public functions. ORC's
/// [`CompiledModule`] is one; upstream MLIR's `ExecutionEngine` (the bridge's reference
/// backend at the llvm level) is another.
pub trait PackedCode: Send + Sync {
    /// The packed entry of public function `name`.
    fn packed(&self, name: &str) -> Option<PackedFn>;
}

impl PackedCode for CompiledModule {
    fn packed(&self, name: &str) -> Option<PackedFn> {
        CompiledModule::packed(self, name)
    }
}

/// A tensor-level module after a pipeline to the llvm level, with what calls need to know
/// about it: [`NativeModule::lower`]'s result, which [`NativeModule::from_code`] pairs with
/// the code compiled from `module`.
pub struct Lowered {
    /// The module at the llvm level.
    pub module: Module,
    /// The call-side facts (functions returning by value, check messages, fusion groups).
    pub meta: ArtifactMeta,
    signatures: FxHashMap<String, Signature>,
}

thread_local! {
    /// The first assertion that failed during the current native call: (id, values).
    static FAILED: std::cell::RefCell<Option<(i64, Vec<i64>)>> = const { std::cell::RefCell::new(None) };
}

/// Called by lowered `ktensor.assert`s whose condition is false: records the first failure of
/// the call (message id, and the values as a memref descriptor of i64).
///
/// # Safety
/// `values` points at a rank-1 i64 memref descriptor, as the lowering passes it.
pub unsafe extern "C" fn kiln_rt_assert_failed(id: i64, values: *const i64) {
    let vals = if values.is_null() {
        Vec::new()
    } else {
        // SAFETY: the descriptor is [data, size, stride] with `size` i64 values at `data`.
        unsafe {
            let data = *values as *const i64;
            let n = (*values.add(1)).max(0) as usize;
            std::slice::from_raw_parts(data, n).to_vec()
        }
    };
    FAILED.with(|f| {
        let mut f = f.borrow_mut();
        if f.is_none() {
            *f = Some((id, vals));
        }
    });
}

/// A 2-D operand as `convert-tensor-to-loop{library-calls}` passes it: a descriptor
/// `[data, size0, size1, stride0, stride1]` (strides in elements), transposed when `t` is set.
/// Returns (data, rows, cols, row stride, column stride) of the logical matrix.
///
/// # Safety
/// `d` points at a rank-2 memref descriptor.
unsafe fn matrix<T>(d: *const i64, t: i64) -> (*mut T, usize, usize, isize, isize) {
    // SAFETY: the caller passes a rank-2 descriptor (five slots).
    let s = unsafe { std::slice::from_raw_parts(d, 5) };
    let (r, c, rs, cs) = if t != 0 {
        (s[2], s[1], s[4], s[3])
    } else {
        (s[1], s[2], s[3], s[4])
    };
    (
        s[0] as *mut T,
        r.max(0) as usize,
        c.max(0) as usize,
        rs as isize,
        cs as isize,
    )
}

/// `c = a · b` through the `gemm` crate, the same kernel tier 0 runs (blocked, vectorized for
/// the host, multithreaded), for the optimizing tier's matrix products.
///
/// # Safety
/// `a`, `b`, `c` point at rank-2 descriptors of live buffers whose logical shapes (after the
/// transpose flags) are [M, K], [K, N] and [M, N], as the lowering guarantees from the
/// verified types; `c` does not alias `a` or `b`.
unsafe fn matmul<T: 'static + Copy + Default + Send + Sync>(
    a: *const i64,
    b: *const i64,
    c: *const i64,
    ta: i64,
    tb: i64,
    one: T,
) {
    // SAFETY: see the function's contract.
    unsafe {
        let (ap, m, k, ars, acs) = matrix::<T>(a, ta);
        let (bp, _, n, brs, bcs) = matrix::<T>(b, tb);
        let (cp, _, _, crs, ccs) = matrix::<T>(c, 0);
        if m == 0 || n == 0 {
            return;
        }
        if k == 0 {
            for i in 0..m {
                for j in 0..n {
                    *cp.offset(i as isize * crs + j as isize * ccs) = T::default();
                }
            }
            return;
        }
        super::parallel::gemm(
            m,
            n,
            k,
            cp,
            ccs,
            crs,
            false,
            ap as *const T,
            acs,
            ars,
            bp as *const T,
            bcs,
            brs,
            T::default(),
            one,
        );
    }
}

/// `kiln_rt_matmul_f32(a, b, c, transpose_a, transpose_b)`: see `matmul`.
///
/// # Safety
/// As `matmul`, with f32 buffers.
pub unsafe extern "C" fn kiln_rt_matmul_f32(a: *const i64, b: *const i64, c: *const i64, ta: i64, tb: i64) {
    // SAFETY: forwarded contract.
    unsafe { matmul::<f32>(a, b, c, ta, tb, 1.0) }
}

/// `kiln_rt_matmul_f64(a, b, c, transpose_a, transpose_b)`: see `matmul`.
///
/// # Safety
/// As `matmul`, with f64 buffers.
pub unsafe extern "C" fn kiln_rt_matmul_f64(a: *const i64, b: *const i64, c: *const i64, ta: i64, tb: i64) {
    // SAFETY: forwarded contract.
    unsafe { matmul::<f64>(a, b, c, ta, tb, 1.0) }
}

/// An error of a native call: a bad argument, or a failure to compile.
#[derive(Debug, thiserror::Error)]
pub enum NativeError {
    #[error("{0}")]
    Call(String),
    /// A run-time check of the compiled code failed; the message carries its location.
    #[error("{0}")]
    Check(String),
    #[error("{0}")]
    Compile(String),
}

impl From<JitError> for NativeError {
    fn from(e: JitError) -> Self {
        NativeError::Compile(e.to_string())
    }
}

/// (dims, dtype, type text, scalar): a scalar (`index`, `f32`, ...) is a rank-0 tensor to
/// callers, passed by value as an argument and through a rank-0 buffer as a result.
fn signature(ctx: &kiln_ir::Context, ts: &[Type]) -> Result<Vec<Param>, String> {
    ts.iter()
        .map(|&t| {
            let (dims, elem, scalar) = match ctx.ty(t) {
                TypeKind::Tensor {
                    shape: Some(s), elem, ..
                } => (s.to_vec(), *elem, false),
                TypeKind::Integer { .. } | TypeKind::Index | TypeKind::Float(_) => (Vec::new(), t, true),
                TypeKind::MemRef {
                    shape: Some(s), elem, ..
                } => (s.to_vec(), *elem, false),
                _ => {
                    return Err(format!(
                        "native calls take and return ranked tensors and scalars, not '{}'",
                        type_to_string(ctx, t)
                    ))
                }
            };
            let dtype = dtype_of(ctx, elem)
                .ok_or_else(|| format!("unsupported element type in '{}'", type_to_string(ctx, t)))?;
            Ok(Param {
                dims,
                dtype,
                text: type_to_string(ctx, t),
                scalar,
                memref: matches!(ctx.ty(t), TypeKind::MemRef { .. }),
            })
        })
        .collect()
}

fn overflow(name: &str, i: usize, text: &str, t: &Tensor) -> NativeError {
    NativeError::Call(format!(
        "argument #{i} of '@{name}': an extent of '{text}' overflows 64 bits for {}",
        t.type_string()
    ))
}

/// Copies an exported buffer (descriptor `[data, sizes, strides]`) into a tensor and frees it.
fn take_exported(d: &[i64], dtype: DType) -> Result<Tensor, String> {
    let rank = (d.len() - 1) / 2;
    let data = d[0] as *mut u8;
    let sizes: Vec<usize> = d[1..1 + rank].iter().map(|&s| s.max(0) as usize).collect();
    let strides: Vec<usize> = d[1 + rank..].iter().map(|&s| s.max(0) as usize).collect();
    let mut t = Tensor::zeros(dtype, &sizes).map_err(|e| e.to_string())?;
    let n = t.len();
    if n > 0 && data.is_null() {
        return Err("the function exported no buffer".into());
    }
    let w = dtype.size();
    let dst = t.bytes_mut();
    for i in 0..n {
        let (mut rem, mut off) = (i, 0);
        for k in (0..rank).rev() {
            off += (rem % sizes[k]) * strides[k];
            rem /= sizes[k];
        }
        // SAFETY: the compiled function exported a live buffer of these extents and strides.
        unsafe { std::ptr::copy_nonoverlapping(data.add(off * w), dst.as_mut_ptr().add(i * w), w) };
    }
    // SAFETY: the buffer was allocated by `kiln_rt_alloc` in compiled code and is owned here now.
    unsafe { super::pool::kiln_rt_free(data) };
    Ok(t)
}

/// One parameter or result of a native entry.
#[derive(Clone)]
struct Param {
    dims: Vec<Dim>,
    dtype: DType,
    text: String,
    scalar: bool,
    /// A buffer parameter (loop-level code), which the function may write.
    memref: bool,
}
impl NativeModule {
    /// Lowers `m` (tensor level, consumed) through `pipeline` and compiles it with `opts`.
    /// Diagnostics of the lowering come back as the error text.
    pub fn compile(
        jit: &Jit,
        m: Module,
        registry: &PassRegistry,
        pipeline: &str,
        opts: CodegenOptions,
    ) -> Result<NativeModule, NativeError> {
        let suffix = format!(".k{}", super::orc::next_module_id());
        Self::build(jit, m, registry, pipeline, opts, &suffix).map(|(n, _)| n)
    }

    /// Like [`NativeModule::compile`], with every definition renamed with `suffix`, and also
    /// returns the artifact (object code and metadata) that [`NativeModule::from_artifact`]
    /// links again, in this process or another.
    pub fn build(
        jit: &Jit,
        m: Module,
        registry: &PassRegistry,
        pipeline: &str,
        opts: CodegenOptions,
        suffix: &str,
    ) -> Result<(NativeModule, Artifact), NativeError> {
        let Lowered {
            module: m,
            meta,
            signatures,
        } = Self::lower(m, registry, pipeline)?;
        let root = m.root();
        // LLVM's code generation cannot be stopped midway: a compile over its time limit
        // stops before it.
        if let Some(limit) = kiln_ir::pass::time_limit_passed() {
            return Err(NativeError::Compile(format!(
                "compile time limit of {limit} s reached before LLVM code generation: abandoned"
            )));
        }
        let object = jit.compile_object(&m, root, opts, suffix)?;
        let artifact = Artifact { object, meta };
        let native = Self::link(jit, signatures, &artifact)?;
        Ok((native, artifact))
    }

    /// Lowers `m` (tensor level, consumed) through `pipeline` to the llvm level, and reads
    /// what calls need to know (signatures from the tensor level, functions returning by
    /// value, check messages). Diagnostics of the lowering come back as the error text.
    pub fn lower(mut m: Module, registry: &PassRegistry, pipeline: &str) -> Result<Lowered, NativeError> {
        let ctx = m.ctx().clone();
        let signatures = signatures_of(&m);
        // Only the lowering may say its accesses need no bounds checks: a mark written into
        // the input would let hand-written loop code skip them.
        for f in m.walk(m.root(), kiln_ir::Order::Pre) {
            if m.attr(f, kiln_passes::tensor_to_loop::BUFFERIZED).is_some() {
                m.remove_attr(f, kiln_passes::tensor_to_loop::BUFFERIZED);
            }
        }
        let mut pm = OpPassManager::parse(pipeline, registry).map_err(NativeError::Compile)?;
        let root = m.root();
        // The pipeline's output is checked by LLVM's verifier; verifying after each pass would
        // cost more than the lowering itself.
        let mut ro = RunOptions {
            verify_each: false,
            ..Default::default()
        };
        if pm.run(&mut m, root, &mut ro).is_err() {
            // Located like every other diagnostic (`file:line:col: message`).
            let text: Vec<String> = ro
                .diags
                .iter()
                .map(|d| match d.loc.and_then(|l| ctx.file_line_col(l)) {
                    Some((f, l, c)) => format!("{f}:{l}:{c}: {}", d.message),
                    None => d.message.clone(),
                })
                .collect();
            return Err(NativeError::Compile(text.join("; ")));
        }
        let strings = |name: &str| match m.attr(root, name).map(|a| ctx.attr(a).clone()) {
            Some(kiln_ir::AttrKind::Array(items)) => items
                .iter()
                .map(|&a| ctx.attr_str(a).unwrap_or("").to_string())
                .collect(),
            _ => Vec::new(),
        };
        let assert_messages = strings("kiln.assert_messages");
        let fusion_groups = strings(kiln_passes::fusion::GROUPS_ATTR);
        // A lowered function that still returns a value was not bufferized (loop level).
        let mut by_value = Vec::new();
        for f in m.block_ops(m.body()).collect::<Vec<_>>() {
            let Some(name) = kiln_ir::symbol::symbol_name(&m, f).map(str::to_string) else {
                continue;
            };
            if let (true, Some((_, outs))) = (signatures.contains_key(&name), kiln_dialects::func::signature(&m, f)) {
                if !outs.is_empty() {
                    by_value.push(name);
                }
            }
        }
        by_value.sort();
        Ok(Lowered {
            module: m,
            meta: ArtifactMeta {
                by_value,
                assert_messages,
                fusion_groups,
            },
            signatures,
        })
    }

    /// Links an artifact of [`NativeModule::build`] compiled from `m` (the same tensor-level
    /// module: it gives the signatures the calls are checked against).
    pub fn from_artifact(jit: &Jit, m: &Module, artifact: &Artifact) -> Result<NativeModule, NativeError> {
        Self::link(jit, signatures_of(m), artifact)
    }

    fn link(
        jit: &Jit,
        signatures: FxHashMap<String, Signature>,
        artifact: &Artifact,
    ) -> Result<NativeModule, NativeError> {
        let code = jit.load_object(&artifact.object)?;
        Self::with_code(signatures, &artifact.meta, Box::new(code))
    }

    /// The native functions of `lowered` run by `code`, compiled from `lowered.module` by
    /// someone else (the bridge's upstream `ExecutionEngine`): every public function must have
    /// a packed entry there.
    pub fn from_code(lowered: Lowered, code: Box<dyn PackedCode>) -> Result<NativeModule, NativeError> {
        Self::with_code(lowered.signatures, &lowered.meta, code)
    }

    fn with_code(
        mut signatures: FxHashMap<String, Signature>,
        meta: &ArtifactMeta,
        code: Box<dyn PackedCode>,
    ) -> Result<NativeModule, NativeError> {
        for name in &meta.by_value {
            if let Some(sig) = signatures.get_mut(name) {
                sig.by_value = true;
            }
        }
        let mut names: Vec<&String> = signatures.keys().collect();
        names.sort();
        if let Some(missing) = names.into_iter().find(|n| code.packed(n).is_none()) {
            return Err(NativeError::Compile(format!(
                "'@{missing}' has no native entry: the pipeline did not lower it to the llvm dialect"
            )));
        }
        Ok(NativeModule {
            code,
            signatures,
            assert_messages: meta.assert_messages.clone(),
            fusion_groups: meta.fusion_groups.clone(),
        })
    }

    /// The fusion groups the optimizing pipeline formed in this module, one line each
    /// (`@function: N ops (names)`); empty below tier 2.
    pub fn fusion_groups(&self) -> &[String] {
        &self.fusion_groups
    }

    /// Calls public function `name` with `args`; returns its results.
    pub fn call(&self, name: &str, args: &[Tensor]) -> Result<Vec<Tensor>, NativeError> {
        self.call_with_buffers(name, args).map(|(r, _)| r)
    }

    /// Like [`NativeModule::call`], and also returns the final contents of every memref
    /// argument (`None` for the others). A memref argument gets a private copy of its tensor,
    /// which the function may write.
    pub fn call_with_buffers(
        &self,
        name: &str,
        args: &[Tensor],
    ) -> Result<(Vec<Tensor>, Vec<Option<Tensor>>), NativeError> {
        let sig = self
            .signatures
            .get(name)
            .ok_or_else(|| NativeError::Call(format!("no native function '@{name}'")))?;
        let f = self
            .code
            .packed(name)
            .ok_or_else(|| NativeError::Call(format!("'@{name}' has no native entry")))?;
        if args.len() != sig.inputs.len() {
            return Err(NativeError::Call(format!(
                "'@{name}' takes {} arguments, got {}",
                sig.inputs.len(),
                args.len()
            )));
        }
        // Every extent of a host tensor fits an i64 (`Tensor` checks its shape), so the casts
        // below are exact; extents computed from the types use checked arithmetic.
        let mut binds: FxHashMap<Sym, i64> = FxHashMap::default();
        for (i, (p, t)) in sig.inputs.iter().zip(args).enumerate() {
            let (dims, dtype, text) = (&p.dims, &p.dtype, &p.text);
            let bad = || {
                NativeError::Call(format!(
                    "argument #{i} of '@{name}': expected '{text}', got {}",
                    t.type_string()
                ))
            };
            if *dtype != t.dtype() || dims.len() != t.rank() {
                return Err(bad());
            }
            for (d, &n) in dims.iter().zip(t.shape()) {
                if let Dim::Sym(s) = d {
                    if *binds.entry(*s).or_insert(n as i64) != n as i64 {
                        return Err(bad());
                    }
                }
            }
            for (d, &n) in dims.iter().zip(t.shape()) {
                let want = match d {
                    Dim::Const(c) => Some(*c),
                    Dim::Expr(_) => {
                        dim::evaluate(d, &|s| binds.get(&s).copied()).map_err(|_| overflow(name, i, text, t))?
                    }
                    _ => None,
                };
                if want.is_some_and(|w| w != n as i64) {
                    return Err(bad());
                }
            }
        }
        // A result whose extents the arguments determine gets a buffer now; the others are
        // exported by the function (an empty descriptor it fills), copied out after the call.
        let mut outs = Vec::with_capacity(sig.results.len());
        let mut exported = vec![false; sig.results.len()];
        for (k, p) in sig.results.iter().enumerate() {
            let mut shape = Some(Vec::with_capacity(p.dims.len()));
            for d in &p.dims {
                let v = dim::evaluate(d, &|s| binds.get(&s).copied()).map_err(|_| {
                    NativeError::Call(format!(
                        "result #{k} of '@{name}' ('{}'): an extent overflows 64 bits for these arguments",
                        p.text
                    ))
                })?;
                match (v, shape.as_mut()) {
                    (Some(v), Some(s)) if v >= 0 => s.push(v as usize),
                    (Some(v), _) if v < 0 => {
                        return Err(NativeError::Call(format!(
                            "result #{k} of '@{name}' ('{}') has the negative extent {v} for these arguments",
                            p.text
                        )))
                    }
                    _ => shape = None,
                }
            }
            match shape {
                // The bufferized lowering writes every element of a tensor result (destination
                // passing); a memref result of hand-written loop code may be written in part,
                // so it starts zeroed.
                Some(shape) => outs.push(
                    if p.memref {
                        Tensor::zeros(p.dtype, &shape)
                    } else {
                        Tensor::for_result(p.dtype, &shape)
                    }
                    .map_err(|e| NativeError::Call(format!("result #{k} of '@{name}': {e}")))?,
                ),
                None if sig.by_value => {
                    return Err(NativeError::Call(format!(
                        "result #{k} of '@{name}' ('{}') has an extent the arguments do not determine",
                        p.text
                    )))
                }
                None => {
                    exported[k] = true;
                    outs.push(Tensor::zeros(p.dtype, &vec![0; p.dims.len()]).expect("an empty tensor"));
                }
            }
        }
        // Descriptors: [data, sizes..., strides...]; the lowered code never writes arguments.
        let desc = |ptr: *const u8, shape: &[usize]| -> Vec<i64> {
            let mut d = vec![ptr as i64];
            d.extend(shape.iter().map(|&s| s as i64));
            let mut strides = vec![1i64; shape.len()];
            for k in (0..shape.len().saturating_sub(1)).rev() {
                strides[k] = strides[k + 1] * shape[k + 1] as i64;
            }
            d.extend(strides);
            d
        };
        // Memref parameters write their buffer: each gets a unique copy.
        let mut buffers: Vec<Option<Tensor>> = sig
            .inputs
            .iter()
            .zip(args)
            .map(|(p, t)| {
                // A copy of a tensor that exists fits in memory unless the allocator refuses.
                p.memref
                    .then(|| Tensor::from_bytes(t.dtype(), t.shape(), t.bytes()))
                    .transpose()
                    .map_err(|e| NativeError::Call(e.to_string()))
            })
            .collect::<Result<_, _>>()?;
        let mut descs: Vec<Vec<i64>> = Vec::with_capacity(args.len() + outs.len());
        for (t, b) in args.iter().zip(buffers.iter_mut()) {
            descs.push(match b {
                Some(b) => {
                    let shape = b.shape().to_vec();
                    desc(b.bytes_mut().as_mut_ptr(), &shape)
                }
                None => desc(t.bytes().as_ptr(), t.shape()),
            });
        }
        if !sig.by_value {
            for (k, o) in outs.iter_mut().enumerate() {
                let shape = o.shape().to_vec();
                descs.push(if exported[k] {
                    vec![0; 1 + 2 * shape.len()]
                } else {
                    desc(o.bytes_mut().as_mut_ptr(), &shape)
                });
            }
        }
        // A result by value: a scalar lands in its output's storage; a memref comes back as a
        // descriptor pointer whose contents are copied out after the call.
        let mut returned_desc: *mut i64 = std::ptr::null_mut();
        let mut desc_ptrs: Vec<*mut i64> = descs.iter_mut().map(|d| d.as_mut_ptr()).collect();
        // A scalar argument is passed by value: its slot points at the value itself.
        let mut packed: Vec<*mut c_void> = desc_ptrs
            .iter_mut()
            .enumerate()
            .map(|(i, p)| match sig.inputs.get(i) {
                Some(param) if param.scalar => args[i].bytes().as_ptr() as *mut c_void,
                _ => (p as *mut *mut i64).cast(),
            })
            .collect();
        if sig.by_value {
            match (sig.results.first(), outs.first_mut()) {
                (Some(r), Some(o)) if r.scalar => packed.push(o.bytes_mut().as_mut_ptr().cast()),
                (Some(_), Some(_)) => packed.push((&mut returned_desc as *mut *mut i64).cast()),
                _ => {}
            }
        }
        // SAFETY: the arguments match the signature (checked above), every descriptor points at
        // live storage of the described shape, and the outputs are uniquely owned.
        FAILED.with(|f| f.borrow_mut().take());
        unsafe { super::trap::call_guarded(f, packed.as_mut_ptr()) }
            .map_err(|reason| NativeError::Check(format!("error: {reason}")))?;
        if let Some((id, vals)) = FAILED.with(|f| f.borrow_mut().take()) {
            let mut msg = self.assert_messages.get(id as usize).cloned().unwrap_or_default();
            for (i, v) in vals.iter().enumerate() {
                msg = msg.replace(&format!("{{{i}}}"), &v.to_string());
            }
            return Err(NativeError::Check(msg));
        }
        for k in (0..outs.len()).filter(|&k| exported[k]) {
            let d = &descs[args.len() + k];
            let p = &sig.results[k];
            let t =
                take_exported(d, p.dtype).map_err(|e| NativeError::Call(format!("result #{k} of '@{name}': {e}")))?;
            // The extents the type fixes must hold.
            for (dim, &n) in p.dims.iter().zip(t.shape()) {
                let want = dim::evaluate(dim, &|s| binds.get(&s).copied()).ok().flatten();
                if want.is_some_and(|w| w != n as i64) {
                    return Err(NativeError::Call(format!(
                        "result #{k} of '@{name}' is {}, not a '{}'",
                        t.type_string(),
                        p.text
                    )));
                }
            }
            outs[k] = t;
        }
        if !returned_desc.is_null() {
            let o = &mut outs[0];
            let (shape, w) = (o.shape().to_vec(), o.dtype().size());
            // SAFETY: the function returned one of its memref descriptors (an argument's or
            // an allocation's), [data, sizes, strides] for a memref of the result's rank.
            unsafe {
                let rank = shape.len();
                let data = *returned_desc as *const u8;
                let sizes: Vec<usize> = (0..rank).map(|k| *returned_desc.add(1 + k) as usize).collect();
                let strides: Vec<usize> = (0..rank).map(|k| *returned_desc.add(1 + rank + k) as usize).collect();
                if sizes != shape {
                    return Err(NativeError::Call(format!(
                        "'@{name}' returned a buffer of shape {sizes:?}, expected {shape:?}"
                    )));
                }
                let dst = o.bytes_mut();
                let n: usize = shape.iter().product();
                for i in 0..n {
                    let (mut rem, mut off) = (i, 0);
                    for k in (0..rank).rev() {
                        off += (rem % shape[k]) * strides[k];
                        rem /= shape[k];
                    }
                    std::ptr::copy_nonoverlapping(data.add(off * w), dst.as_mut_ptr().add(i * w), w);
                }
            }
        }
        Ok((outs, buffers))
    }
}
