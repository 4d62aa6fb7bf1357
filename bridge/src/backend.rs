//! The reference backend: Kiln lowers a tensor-level module to its loop level (no fusion, no
//! vectorization, no library calls: `LOOP_PIPELINE`), the bridge exports it, and upstream MLIR
//! lowers it to LLVM (`UPSTREAM_PIPELINE`) and runs it with its own `ExecutionEngine`. Kiln's
//! tiers can then be compared with code whose optimization, LLVM lowering and code generation
//! are upstream's.

use crate::export::export_loop_level;
use crate::Upstream;
use kiln_ir::pass::{OpPassManager, RunOptions};
use kiln_ir::printer::type_to_string;
use kiln_ir::{dim, AttrKind, Diagnostic, Dim, Module, Sym, TypeKind};
use kiln_runtime::tensor::{DType, Tensor};
use melior::ExecutionEngine;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::time::{Duration, Instant};

/// Kiln's passes down to the loop level for the reference backend. `kmath.erf_inv` has no
/// upstream equivalent, so Kiln's approximation expands it; every other op crosses as it is.
pub const LOOP_PIPELINE: &str =
    "builtin.module(decompose,canonicalize,cse,shape-infer,convert-tensor-to-loop,math-approximation{ops=erf_inv})";

/// Kiln's tier-2 passes down to the vectorized loop level (fusion, Kiln's vector math and loop
/// vectorizer; loops instead of library calls): `--backend=mlir-tier2` checks Kiln's
/// optimizations with upstream's lowering and code generation.
pub const TIER2_LOOP_PIPELINE: &str = "builtin.module(decompose,canonicalize,cse,shape-infer,tensor-fusion,convert-tensor-to-loop,math-approximation,canonicalize,cse,vectorize-loops,canonicalize,cse)";

/// Kiln's passes before the tensor-level export (`--backend=mlir-linalg`): the module stays
/// at Kiln's tensor level and crosses as `linalg`/`tensor` ops, which upstream bufferizes and
/// lowers ([`UPSTREAM_TENSOR_PIPELINE`]): nothing of Kiln's own lowering shapes the loops.
pub const TENSOR_LEVEL_PIPELINE: &str = "builtin.module(decompose,canonicalize,cse,shape-infer)";

/// Upstream's bufferization (function boundaries included, results returned in fresh
/// buffers the caller owns), deallocation and linalg lowering, then [`UPSTREAM_PIPELINE`]'s
/// passes.
pub const UPSTREAM_TENSOR_PIPELINE: &str = "builtin.module(one-shot-bufferize{allow-return-allocs-from-loops bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map},buffer-deallocation-pipeline,convert-bufferization-to-memref,convert-linalg-to-loops,convert-vector-to-scf,convert-scf-to-cf,expand-strided-metadata,lower-affine,convert-vector-to-llvm,convert-math-to-llvm,convert-math-to-libm,finalize-memref-to-llvm,convert-arith-to-llvm,convert-cf-to-llvm,convert-func-to-llvm,convert-index-to-llvm,reconcile-unrealized-casts)";

/// Upstream's lowering of the exported module to the `llvm` dialect.
pub const UPSTREAM_PIPELINE: &str = "builtin.module(convert-vector-to-scf,convert-scf-to-cf,expand-strided-metadata,lower-affine,convert-vector-to-llvm,convert-math-to-llvm,convert-math-to-libm,finalize-memref-to-llvm,convert-arith-to-llvm,convert-cf-to-llvm,convert-func-to-llvm,convert-index-to-llvm,reconcile-unrealized-casts)";

/// Upstream's runtime support library (`memrefCopy` for strided copies), from the MLIR
/// installation Kiln builds against.
fn runner_utils() -> String {
    let prefix = std::env::var("LLVM_PREFIX")
        .ok()
        .or_else(|| option_env!("MLIR_SYS_220_PREFIX").map(str::to_string))
        .unwrap_or_else(|| "/usr/lib/llvm-22".into());
    format!("{prefix}/lib/libmlir_c_runner_utils.so")
}

#[derive(Clone)]
struct Param {
    dims: Vec<Dim>,
    dtype: DType,
    text: String,
}

/// A module compiled by upstream MLIR, callable with host tensors.
pub struct Reference {
    code: Code,
    /// Time spent in Kiln's passes, the export and upstream's parse and verification.
    pub export_time: Duration,
    /// Time spent in upstream's passes and `ExecutionEngine` creation (LLVM code generation).
    pub compile_time: Duration,
}

enum Code {
    /// Exported at the loop level, lowered and run by upstream with its own calling convention.
    Loops(Loops),
    /// Exported at Kiln's llvm level, translated and run by upstream, called with Kiln's
    /// convention (Kiln's runtime functions registered with upstream's engine).
    Llvm(kiln_runtime::jit::NativeModule),
}

struct Loops {
    // Declared before `upstream`: the engine holds code of that context and goes first.
    engine: ExecutionEngine,
    _upstream: Upstream,
    signatures: FxHashMap<String, (Vec<Param>, Vec<Param>)>,
    /// Per function: the parameters whose buffers come back as results (see
    /// [`crate::Export::returned`]).
    returned: FxHashMap<String, Vec<usize>>,
    /// Exported at the tensor level: functions take their arguments only and return every
    /// result in a buffer upstream allocated.
    tensor_level: bool,
    assert_messages: Vec<String>,
}

/// Kiln's tier-2 pipeline, to the llvm level: `compile_with` it, and the module crosses at the
/// llvm level (`jit-run --backend=mlir-llvm`), so upstream's translation to LLVM IR and its
/// code generation run Kiln's own final code.
pub const LLVM_LEVEL_PIPELINE: &str = kiln_runtime::jit::TIER2_PIPELINE;

/// Upstream's `ExecutionEngine` as packed code: `_mlir_<name>` wrappers, which upstream
/// generates for every function, take arguments as Kiln's packed entries do.
struct UpstreamCode {
    // Kept alive for the code `entries` point into; declared before `_upstream`: the engine
    // holds code of that context and goes first.
    _engine: ExecutionEngine,
    _upstream: Upstream,
    entries: FxHashMap<String, kiln_runtime::jit::PackedFn>,
}

// SAFETY: the engine's code is immutable once created and only its entry addresses (looked up
// at creation) are used afterwards; neither the engine nor the context is touched again until
// both are dropped together.
unsafe impl Send for UpstreamCode {}
// SAFETY: as above: shared use only calls the compiled code through the addresses.
unsafe impl Sync for UpstreamCode {}

impl kiln_runtime::jit::PackedCode for UpstreamCode {
    fn packed(&self, name: &str) -> Option<kiln_runtime::jit::PackedFn> {
        self.entries.get(name).copied()
    }
}

thread_local! {
    /// The first failed run-time check of the current call: its id and values.
    static FAILED: RefCell<Option<(i64, Vec<i64>)>> = const { RefCell::new(None) };
}

/// `kiln_rt_assert_failed(i64 id, memref<?xi64> values)` as upstream's calling convention
/// passes it: the id, then the memref's fields (allocated, aligned, offset, size, stride).
unsafe extern "C" fn assert_failed(
    id: i64,
    _alloc: *const i64,
    aligned: *const i64,
    offset: i64,
    size: i64,
    stride: i64,
) {
    let mut vals = Vec::new();
    for k in 0..size.max(0) {
        // SAFETY: the generated code passes a live buffer of `size` elements.
        vals.push(unsafe { *aligned.offset((offset + k * stride) as isize) });
    }
    FAILED.with(|f| {
        let mut f = f.borrow_mut();
        if f.is_none() {
            *f = Some((id, vals));
        }
    });
}

unsafe extern "C" {
    #[link_name = "free"]
    fn libc_free(p: *mut u8);
}

impl Reference {
    /// Compiles the public functions of a tensor-level module (StableHLO is imported first
    /// by the caller). Fails with a diagnostic naming the op when something cannot cross.
    pub fn compile(m: Module) -> Result<Reference, Diagnostic> {
        Self::compile_with(m, LOOP_PIPELINE)
    }

    /// Like [`Reference::compile`], with `pipeline` taking the module to the loop level
    /// (e.g. [`TIER2_LOOP_PIPELINE`]).
    pub fn compile_with(mut m: Module, pipeline: &str) -> Result<Reference, Diagnostic> {
        if pipeline == LLVM_LEVEL_PIPELINE {
            return Self::compile_llvm_level(m);
        }
        let ctx = m.ctx().clone();
        let at = m.loc(m.root());
        let start = Instant::now();
        let mut signatures = FxHashMap::default();
        let module = &m;
        for f in module.block_ops(module.body()) {
            if module.op_name(f) != "func.func"
                || module
                    .regions(f)
                    .first()
                    .is_none_or(|&r| module.region_blocks(r).is_empty())
            {
                continue;
            }
            if module.attr(f, "sym_visibility").and_then(|a| ctx.attr_str(a)) == Some("private") {
                continue;
            }
            let name = kiln_ir::symbol::symbol_name(module, f).unwrap_or_default().to_string();
            let Some(TypeKind::Function { inputs, results }) =
                module.attr(f, "function_type").and_then(|a| match ctx.attr(a) {
                    AttrKind::Type(t) => Some(ctx.ty(*t).clone()),
                    _ => None,
                })
            else {
                continue;
            };
            let params = |ts: &[kiln_ir::Type]| -> Result<Vec<Param>, Diagnostic> {
                ts.iter()
                    .map(|&t| {
                        let text = type_to_string(&ctx, t);
                        match (ctx.ty(t), kiln_runtime::interp::dtype_of(&ctx, t)) {
                            (TypeKind::Tensor { shape: Some(s), .. }, Some(dtype)) => Ok(Param {
                                dims: s.to_vec(),
                                dtype,
                                text,
                            }),
                            _ => Err(Diagnostic::error(
                                module.loc(f),
                                format!(
                                    "@{name}: the reference backend takes and returns ranked tensors, not '{text}'"
                                ),
                            )),
                        }
                    })
                    .collect()
            };
            signatures.insert(name.clone(), (params(&inputs)?, params(&results)?));
        }
        let reg = kiln_passes::registry_for(&ctx);
        let mut pm = OpPassManager::parse(pipeline, &reg).map_err(|e| Diagnostic::error(at, e.to_string()))?;
        let mut ro = RunOptions {
            verify_each: true,
            ..Default::default()
        };
        let root = m.root();
        if pm.run(&mut m, root, &mut ro).is_err() {
            return Err(ro
                .diags
                .into_iter()
                .next()
                .unwrap_or_else(|| Diagnostic::error(at, "Kiln's lowering to loops failed")));
        }
        let assert_messages: Vec<String> = m
            .attr(root, "kiln.assert_messages")
            .map(|a| match ctx.attr(a) {
                AttrKind::Array(items) => items
                    .iter()
                    .filter_map(|&i| ctx.attr_str(i).map(str::to_string))
                    .collect(),
                _ => Vec::new(),
            })
            .unwrap_or_default();
        let tensor_level = pipeline == TENSOR_LEVEL_PIPELINE;
        let (exported, upstream_pipeline) = if tensor_level {
            (crate::export::export_tensor_level(&m)?, UPSTREAM_TENSOR_PIPELINE)
        } else {
            (export_loop_level(&m)?, UPSTREAM_PIPELINE)
        };
        let assert_messages = if tensor_level {
            exported.assert_messages.clone()
        } else {
            assert_messages
        };
        let upstream = Upstream::new();
        let mut um = upstream.parse(&exported.text).map_err(|e| Diagnostic::error(at, e))?;
        let export_time = start.elapsed();
        let start = Instant::now();
        let passes = melior::pass::PassManager::new(upstream.context());
        melior::utility::parse_pass_pipeline(passes.as_operation_pass_manager(), upstream_pipeline)
            .map_err(|e| Diagnostic::error(at, format!("upstream pass pipeline: {e}")))?;
        passes.run(&mut um).map_err(|_| {
            Diagnostic::error(
                at,
                format!("upstream's lowering to LLVM failed: {}", upstream.take_diagnostics()),
            )
        })?;
        let lib = runner_utils();
        if !std::path::Path::new(&lib).exists() {
            return Err(Diagnostic::error(
                at,
                format!("upstream's runtime library '{lib}' is missing (install libmlir-22-dev)"),
            ));
        }
        // Upstream reads the path as a C string past the length melior passes: the bytes
        // after it must be a NUL (without it the load failed now and then, on whatever
        // followed the path in memory).
        let lib_nul = format!("{lib}\0");
        let engine = ExecutionEngine::new(&um, 2, &[&lib_nul[..lib.len()]], false, false);
        // SAFETY: the symbol has the signature the generated declaration expects (above).
        unsafe { engine.register_symbol("kiln_rt_assert_failed", assert_failed as *mut ()) };
        let compile_time = start.elapsed();
        // The engine owns its LLVM module; upstream's MLIR module is no longer needed.
        drop(um);
        Ok(Reference {
            code: Code::Loops(Loops {
                engine,
                _upstream: upstream,
                signatures,
                returned: exported.returned,
                tensor_level,
                assert_messages,
            }),
            export_time,
            compile_time,
        })
    }

    /// Lowers `m` with Kiln's tier-2 pipeline to the llvm level, exports it to upstream's
    /// `llvm` dialect, and has upstream's `ExecutionEngine` translate and compile it, with
    /// Kiln's runtime functions (allocation, parallel loops, GEMM, checks) registered by
    /// address. Calls bind arguments as Kiln's own native code does.
    pub fn compile_llvm_level(m: Module) -> Result<Reference, Diagnostic> {
        let ctx = m.ctx().clone();
        let at = m.loc(m.root());
        let start = Instant::now();
        let reg = kiln_passes::registry_for(&ctx);
        let lowered = kiln_runtime::jit::NativeModule::lower(m, &reg, LLVM_LEVEL_PIPELINE)
            .map_err(|e| Diagnostic::error(at, e.to_string()))?;
        let exported = crate::export::export_llvm_level(&lowered.module)?;
        let upstream = Upstream::new();
        let um = upstream.parse(&exported.text).map_err(|e| Diagnostic::error(at, e))?;
        let export_time = start.elapsed();
        let start = Instant::now();
        let engine = ExecutionEngine::new(&um, 2, &[], false, false);
        for (f, addr) in kiln_runtime::jit::runtime_symbols() {
            // SAFETY: each address is the Rust function the runtime ABI declares under its
            // name, with the signature Kiln's lowering calls it with.
            unsafe { engine.register_symbol(f.name, addr as *mut ()) };
        }
        let mut entries = FxHashMap::default();
        for f in lowered.module.block_ops(lowered.module.body()) {
            let Some(name) = kiln_ir::symbol::symbol_name(&lowered.module, f) else {
                continue;
            };
            let addr = engine.lookup(&format!("_mlir_{name}"));
            if !addr.is_null() {
                // SAFETY: `_mlir_<name>` is upstream's packed wrapper, `void(void**)`.
                let f = unsafe { std::mem::transmute::<*mut (), kiln_runtime::jit::PackedFn>(addr) };
                entries.insert(name.to_string(), f);
            }
        }
        let compile_time = start.elapsed();
        drop(um);
        let code = UpstreamCode {
            _engine: engine,
            _upstream: upstream,
            entries,
        };
        let native = kiln_runtime::jit::NativeModule::from_code(lowered, Box::new(code))
            .map_err(|e| Diagnostic::error(at, e.to_string()))?;
        Ok(Reference {
            code: Code::Llvm(native),
            export_time,
            compile_time,
        })
    }

    /// Calls a public function. Arguments are checked against the function's types first, so
    /// a wrong call is an error, not a crash.
    pub fn call(&self, name: &str, args: &[Tensor]) -> Result<Vec<Tensor>, String> {
        match &self.code {
            Code::Loops(l) => l.call(name, args),
            Code::Llvm(n) => n.call(name, args).map_err(|e| e.to_string()),
        }
    }
}

impl Loops {
    fn call(&self, name: &str, args: &[Tensor]) -> Result<Vec<Tensor>, String> {
        let (inputs, results) = self
            .signatures
            .get(name)
            .ok_or_else(|| format!("no public function '@{name}'"))?;
        if args.len() != inputs.len() {
            return Err(format!(
                "'@{name}' takes {} arguments, got {}",
                inputs.len(),
                args.len()
            ));
        }
        let mut binds: FxHashMap<Sym, i64> = FxHashMap::default();
        for (i, (p, t)) in inputs.iter().zip(args).enumerate() {
            let bad = || {
                format!(
                    "argument #{i} of '@{name}': expected '{}', got {}",
                    p.text,
                    t.type_string()
                )
            };
            if p.dtype != t.dtype() || p.dims.len() != t.rank() {
                return Err(bad());
            }
            for (d, &n) in p.dims.iter().zip(t.shape()) {
                if let Dim::Sym(s) = d {
                    if *binds.entry(*s).or_insert(n as i64) != n as i64 {
                        return Err(bad());
                    }
                }
            }
            for (d, &n) in p.dims.iter().zip(t.shape()) {
                let want = dim::evaluate(d, &|s| binds.get(&s).copied()).map_err(|_| bad())?;
                if want.is_some_and(|w| w != n as i64) {
                    return Err(bad());
                }
            }
        }
        let returned = if self.tensor_level {
            (inputs.len()..inputs.len() + results.len()).collect()
        } else {
            self.returned.get(name).cloned().unwrap_or_default()
        };
        let mut outs = Vec::with_capacity(results.len());
        for (k, p) in results.iter().enumerate() {
            let mut shape = Some(Vec::new());
            for d in &p.dims {
                match (dim::evaluate(d, &|s| binds.get(&s).copied()), shape.as_mut()) {
                    (Ok(Some(v)), Some(s)) if v >= 0 => s.push(v as usize),
                    _ => shape = None,
                }
            }
            outs.push(match shape {
                Some(shape) => Tensor::zeros(p.dtype, &shape).map_err(|e| e.to_string())?,
                // The function hands this result back (its extents come from the data).
                None if returned.contains(&(inputs.len() + k)) => {
                    Tensor::zeros(p.dtype, &vec![0; p.dims.len()]).map_err(|e| e.to_string())?
                }
                None => {
                    return Err(format!(
                        "result #{k} of '@{name}' ('{}') has an extent the arguments do not determine",
                        p.text
                    ))
                }
            });
        }
        // Upstream's descriptors: allocated and aligned pointers, offset, sizes, strides.
        let desc = |ptr: *const u8, shape: &[usize]| -> Vec<i64> {
            let mut d = vec![ptr as i64, ptr as i64, 0];
            d.extend(shape.iter().map(|&s| s as i64));
            let mut strides = vec![1i64; shape.len()];
            for k in (0..shape.len().saturating_sub(1)).rev() {
                strides[k] = strides[k + 1] * shape[k + 1] as i64;
            }
            d.extend(strides);
            d
        };
        let mut descs: Vec<Vec<i64>> = args.iter().map(|t| desc(t.bytes().as_ptr(), t.shape())).collect();
        if !self.tensor_level {
            for o in outs.iter_mut() {
                let shape = o.shape().to_vec();
                descs.push(desc(o.bytes_mut().as_mut_ptr(), &shape));
            }
        }
        let inputs_at: Vec<i64> = descs.iter().map(|d| d[0]).collect();
        // Returned buffers land in one struct of descriptors, passed first.
        let ranks: Vec<usize> = returned
            .iter()
            .map(|&k| {
                if k < inputs.len() {
                    inputs[k].dims.len()
                } else {
                    results[k - inputs.len()].dims.len()
                }
            })
            .collect();
        let mut ret = vec![0i64; ranks.iter().map(|r| 3 + 2 * r).sum()];
        let mut ret_ptr = ret.as_mut_ptr();
        let mut ptrs: Vec<*mut i64> = descs.iter_mut().map(|d| d.as_mut_ptr()).collect();
        let mut packed: Vec<*mut ()> = Vec::with_capacity(ptrs.len() + 1);
        if !returned.is_empty() {
            packed.push((&mut ret_ptr as *mut *mut i64).cast());
        }
        packed.extend(ptrs.iter_mut().map(|p| (p as *mut *mut i64).cast::<()>()));
        FAILED.with(|f| f.borrow_mut().take());
        // SAFETY: the C API calls `_mlir_ciface_<name>`, which takes a pointer to the returned
        // descriptors (when the function returns buffers), then one descriptor pointer per
        // argument and result (the export marks public functions `llvm.emit_c_interface`);
        // the arguments match the types (checked above) and each descriptor describes live
        // storage of its shape.
        unsafe { self.engine.invoke_packed(name, &mut packed) }
            .map_err(|e| format!("upstream's ExecutionEngine cannot call '@{name}': {e}"))?;
        // Take the returned buffers: copy them out, then free them (upstream's `malloc`), each
        // once, and never an argument's storage or a global's (upstream's 0xdeadbeef).
        let mut freed: Vec<i64> = Vec::new();
        let mut release = |p: i64| {
            if p != 0 && p != 0xdeadbeef && !inputs_at.contains(&p) && !freed.contains(&p) {
                freed.push(p);
                // SAFETY: the function allocated it with `malloc` and handed it over.
                unsafe { libc_free(p as *mut u8) };
            }
        };
        let mut at = 0;
        for (&k, &rank) in returned.iter().zip(&ranks) {
            let d = &ret[at..at + 3 + 2 * rank];
            at += 3 + 2 * rank;
            if k < inputs.len() {
                release(d[0]);
                continue;
            }
            let o = &mut outs[k - inputs.len()];
            let shape: Vec<usize> = d[3..3 + rank].iter().map(|&s| s.max(0) as usize).collect();
            let strides = &d[3 + rank..];
            let mut t = Tensor::zeros(o.dtype(), &shape).map_err(|e| e.to_string())?;
            let size = o.dtype().size();
            let n: usize = shape.iter().product();
            let dst = t.bytes_mut();
            for i in 0..n {
                // Row-major position → element offset through the strides.
                let (mut rem, mut off) = (i, d[2]);
                for r in (0..rank).rev() {
                    off += (rem % shape[r]) as i64 * strides[r];
                    rem /= shape[r];
                }
                // SAFETY: the descriptor describes the live buffer the function returned.
                let src = unsafe {
                    std::slice::from_raw_parts((d[1] as *const u8).offset(off as isize * size as isize), size)
                };
                dst[i * size..(i + 1) * size].copy_from_slice(src);
            }
            release(d[0]);
            *o = t;
        }
        if let Some((id, vals)) = FAILED.with(|f| f.borrow_mut().take()) {
            let mut msg = self.assert_messages.get(id as usize).cloned().unwrap_or_default();
            for (i, v) in vals.iter().enumerate() {
                msg = msg.replace(&format!("{{{i}}}"), &v.to_string());
            }
            return Err(msg);
        }
        Ok(outs)
    }
}
