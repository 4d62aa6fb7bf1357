//! LLVM ORC LLJIT: one JIT per engine. Each compiled module is added under its own resource
//! tracker, so dropping a [`CompiledModule`] frees its code. Math functions resolve from the
//! process (a dynamic-library search generator); nothing needs `-rdynamic`.
//!
//! Every public function `f` gets a packed entry `f.kiln_packed(ptr args)`: `args[i]` points at
//! argument i and `args[n]` at the result slot. Callers from Rust use that one signature.

use super::translate::{translate, TranslateError};
use inkwell::context::Context as LlContext;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine};
use inkwell::OptimizationLevel;
use kiln_ir::{Module, OpId};
use llvm_sys::core::*;
use llvm_sys::error::*;
use llvm_sys::orc2::lljit::*;
use llvm_sys::orc2::*;
use llvm_sys::prelude::*;
use parking_lot::Mutex;
use rustc_hash::FxHashMap;
use std::ffi::{CStr, CString};
use std::sync::{Arc, Once};

/// A JIT error (LLVM's message, or a translation error at an op).
#[derive(Debug, thiserror::Error)]
pub enum JitError {
    #[error("{0}")]
    Llvm(String),
    #[error("{message}")]
    Translate { op: Option<OpId>, message: String },
}

impl From<TranslateError> for JitError {
    fn from(e: TranslateError) -> Self {
        JitError::Translate {
            op: e.op,
            message: e.message,
        }
    }
}

fn check(e: LLVMErrorRef) -> Result<(), JitError> {
    if e.is_null() {
        return Ok(());
    }
    unsafe {
        let msg = LLVMGetErrorMessage(e);
        let s = CStr::from_ptr(msg).to_string_lossy().into_owned();
        LLVMDisposeErrorMessage(msg);
        Err(JitError::Llvm(s))
    }
}

/// The LLVM IR pipeline a compile runs (the codegen level belongs to the [`Jit`]).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct CodegenOptions {
    /// An LLVM new-pass-manager pipeline run on the IR, e.g. `default<O2>`; empty for none.
    pub ir_passes: &'static str,
}

impl CodegenOptions {
    /// No IR passes: the translation as it is (`jit-opt --emit=llvm` without a tier).
    pub const NONE: CodegenOptions = CodegenOptions { ir_passes: "" };
    /// Tier 1: loop rotation and LICM only; Kiln's `vectorize-loops` has already made the
    /// loops SIMD. Rotation makes each loop body one block and LICM moves the splats and
    /// descriptor reads out of it, which matters at tier 1's codegen level (no optimization:
    /// the fast register allocator spills every value live across blocks, so an unrotated
    /// loop sent its accumulators through the stack twice per iteration; K4 ran 2.7 ms
    /// instead of 1.7). Measured on K1-K7 (1 thread): instcombine and simplifycfg around
    /// them cost 5-20% of the compile (K3 11.0 against 8.7 ms) and bought no run time, and
    /// LLVM's loop vectorizer found nothing left to do once Kiln vectorized.
    pub const FAST: CodegenOptions = CodegenOptions {
        ir_passes: "function(loop-mssa(loop-rotate,licm))",
    };
    /// Tier 2: `default<O2>` with the host's features (so LLVM vectorizes for it); loop
    /// unrolling is off (see `Jit::prepare`).
    pub const OPTIMIZED: CodegenOptions = CodegenOptions {
        ir_passes: "default<O2>",
    };
}

struct Raw {
    jit: LLVMOrcLLJITRef,
    dylib: LLVMOrcJITDylibRef,
}

// The LLJIT is internally synchronized for adding modules and lookups; `Jit` serializes the
// rest behind a mutex.
unsafe impl Send for Raw {}
unsafe impl Sync for Raw {}

impl Drop for Raw {
    fn drop(&mut self) {
        unsafe {
            let _ = check(LLVMOrcDisposeLLJIT(self.jit));
        }
    }
}

/// One LLJIT for the host.
pub struct Jit {
    raw: Arc<Raw>,
    triple: String,
    layout: String,
    host: String,
    /// A target machine for the IR pass pipeline (the JIT owns its own for codegen).
    passes_tm: Mutex<PassesTm>,
}

/// The pass pipeline's target machine. LLVM target machines are not thread-safe but may move
/// between threads; the mutex around it makes each use exclusive.
struct PassesTm(TargetMachine);
unsafe impl Send for PassesTm {}

static INIT: Once = Once::new();

fn host_machine(level: OptimizationLevel) -> Result<TargetMachine, JitError> {
    INIT.call_once(|| {
        Target::initialize_native(&InitializationConfig::default()).expect("the host target is built into LLVM");
    });
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| JitError::Llvm(e.to_string()))?;
    let cpu = TargetMachine::get_host_cpu_name();
    let features = TargetMachine::get_host_cpu_features();
    target
        .create_target_machine(
            &triple,
            &cpu.to_string_lossy(),
            &features.to_string_lossy(),
            level,
            RelocMode::PIC,
            // The small code model, as LLJIT configures it for JITLink (which links each
            // object into one allocation and reaches the process's symbols through the GOT and
            // PLT stubs it builds): `JITDefault` is the large model on x86-64, where every
            // constant of a vector loop is a `movabs` of its address and a load, and the
            // registers those take spill in long loop bodies (K7 GELU 4.44 -> 4.23 ms).
            CodeModel::Small,
        )
        .ok_or_else(|| JitError::Llvm("cannot create a target machine for the host".into()))
}

impl Jit {
    /// Creates the JIT with code generation at `level`.
    pub fn new(level: OptimizationLevel) -> Result<Jit, JitError> {
        let start = std::time::Instant::now();
        let jit = Self::create(level);
        tracing::debug!(ms = start.elapsed().as_secs_f64() * 1e3, "created an LLJIT");
        jit
    }

    fn create(level: OptimizationLevel) -> Result<Jit, JitError> {
        let tm = host_machine(level)?;
        let passes_tm = host_machine(level)?;
        unsafe {
            // The JIT target machine builder takes ownership of the target machine.
            let jtmb = LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(tm.as_mut_ptr());
            std::mem::forget(tm);
            let builder = LLVMOrcCreateLLJITBuilder();
            LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(builder, jtmb);
            let mut jit = std::ptr::null_mut();
            check(LLVMOrcCreateLLJIT(&mut jit, builder))?;
            let dylib = LLVMOrcLLJITGetMainJITDylib(jit);
            let raw = Arc::new(Raw { jit, dylib });
            let mut generator = std::ptr::null_mut();
            check(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(
                &mut generator,
                LLVMOrcLLJITGetGlobalPrefix(jit),
                None,
                std::ptr::null_mut(),
            ))?;
            LLVMOrcJITDylibAddGenerator(dylib, generator);
            define_runtime_symbols(jit, dylib)?;
            let triple = CStr::from_ptr(LLVMOrcLLJITGetTripleString(jit))
                .to_string_lossy()
                .into_owned();
            let layout = CStr::from_ptr(LLVMOrcLLJITGetDataLayoutStr(jit))
                .to_string_lossy()
                .into_owned();
            let host = format!(
                "{triple} {} {}",
                TargetMachine::get_host_cpu_name().to_string_lossy(),
                TargetMachine::get_host_cpu_features().to_string_lossy()
            );
            Ok(Jit {
                raw,
                triple,
                layout,
                host,
                passes_tm: Mutex::new(PassesTm(passes_tm)),
            })
        }
    }

    /// Translates the `llvm`-dialect functions under `root` to LLVM IR for this JIT's target,
    /// runs `opts.ir_passes`, and returns the IR text (what `jit-opt --emit=llvm` prints).
    pub fn emit_llvm(&self, m: &Module, root: OpId, opts: CodegenOptions) -> Result<String, JitError> {
        let ctx = LlContext::create();
        let module = self.prepare(m, root, &ctx, opts, None)?;
        Ok(module.print_to_string().to_string())
    }

    fn prepare<'c>(
        &self,
        m: &Module,
        root: OpId,
        ctx: &'c LlContext,
        opts: CodegenOptions,
        suffix: Option<&str>,
    ) -> Result<inkwell::module::Module<'c>, JitError> {
        let module = translate(m, root, ctx, "kiln")?;
        if let Some(suffix) = suffix {
            rename_definitions(&module, suffix);
        }
        unsafe {
            let t = CString::new(self.triple.clone()).expect("triple");
            LLVMSetTarget(module.as_mut_ptr(), t.as_ptr());
            let l = CString::new(self.layout.clone()).expect("layout");
            LLVMSetDataLayout(module.as_mut_ptr(), l.as_ptr());
        }
        add_packed_entries(&module);
        module
            .verify()
            .map_err(|e| JitError::Llvm(format!("invalid LLVM IR: {}", e.to_string_lossy())))?;
        if !opts.ir_passes.is_empty() {
            let tm = self.passes_tm.lock();
            module
                .run_passes(opts.ir_passes, &tm.0, {
                    // No loop unrolling: with static shapes it fully unrolled every small loop
                    // (layer norm on the corpus: 8,153 lines of IR, a 546 ms compile; 693 lines
                    // and 54 ms without), and the vectorizer's interleaving keeps the big loops
                    // as fast (K2-K8 within noise, measured in one session).
                    let o = PassBuilderOptions::create();
                    o.set_loop_unrolling(false);
                    o
                })
                .map_err(|e| JitError::Llvm(e.to_string()))?;
        }
        Ok(module)
    }

    /// Compiles the `llvm`-dialect functions under `root` and looks up every packed entry.
    pub fn compile(&self, m: &Module, root: OpId, opts: CodegenOptions) -> Result<CompiledModule, JitError> {
        // Every compile defines its functions under fresh names: one JITDylib holds every
        // version of a function (a recompile at a higher tier must not clash with the old).
        let suffix = format!(".k{}", next_module_id());
        let obj = self.compile_object(m, root, opts, &suffix)?;
        self.load_object(&obj)
    }

    /// Compiles the `llvm`-dialect functions under `root` to a relocatable object for this
    /// JIT's host (the machine code [`Jit::load_object`] links), renaming every definition
    /// with `suffix`.
    pub fn compile_object(
        &self,
        m: &Module,
        root: OpId,
        opts: CodegenOptions,
        suffix: &str,
    ) -> Result<Object, JitError> {
        let ctx = LlContext::create();
        let start = std::time::Instant::now();
        let module = self.prepare(m, root, &ctx, opts, Some(suffix))?;
        let prepared = start.elapsed();
        let mut entries = Vec::new();
        let mut f = module.get_first_function();
        while let Some(func) = f {
            let name = func.get_name().to_string_lossy().into_owned();
            if let Some(base) = name.strip_suffix(PACKED_SUFFIX) {
                let base = base.strip_suffix(suffix).unwrap_or(base);
                entries.push((base.to_string(), name));
            }
            f = func.get_next_function();
        }
        let tm = self.passes_tm.lock();
        let buf =
            tm.0.write_to_memory_buffer(&module, FileType::Object)
                .map_err(|e| JitError::Llvm(e.to_string()))?;
        tracing::debug!(
            target: "kiln::jit",
            ir_passes = opts.ir_passes,
            translate_and_ir_passes_ms = prepared.as_secs_f64() * 1e3,
            codegen_ms = (start.elapsed() - prepared).as_secs_f64() * 1e3,
            object_bytes = buf.as_slice().len(),
            "compiled an object"
        );
        Ok(Object {
            bytes: buf.as_slice().to_vec(),
            entries,
        })
    }

    /// Links an object from [`Jit::compile_object`] (of this process, or read back from a
    /// cache) and looks up its packed entries.
    pub fn load_object(&self, obj: &Object) -> Result<CompiledModule, JitError> {
        unsafe {
            let name = c"kiln-object";
            let buf =
                LLVMCreateMemoryBufferWithMemoryRangeCopy(obj.bytes.as_ptr().cast(), obj.bytes.len(), name.as_ptr());
            let rt = LLVMOrcJITDylibCreateResourceTracker(self.raw.dylib);
            // The JIT takes the buffer. On failure, dropping `code` removes whatever was added.
            let mut code = CompiledModule {
                tracker: Tracker(rt),
                symbols: FxHashMap::default(),
                _jit: self.raw.clone(),
            };
            check(LLVMOrcLLJITAddObjectFileWithRT(self.raw.jit, rt, buf))?;
            for (base, full) in &obj.entries {
                let mut addr = 0;
                let cname = CString::new(full.as_str()).map_err(|_| JitError::Llvm(format!("bad symbol '{full}'")))?;
                check(LLVMOrcLLJITLookup(self.raw.jit, &mut addr, cname.as_ptr()))?;
                code.symbols.insert(base.clone(), addr);
            }
            Ok(code)
        }
    }

    /// The target triple code is generated for.
    pub fn triple(&self) -> &str {
        &self.triple
    }

    /// What the machine code depends on about the host: triple, CPU and its features (the
    /// compile cache's host check).
    pub fn host_id(&self) -> &str {
        &self.host
    }
}

/// Machine code of one module: a relocatable object and its packed entries (public name, the
/// symbol in the object).
#[derive(Clone, Debug)]
pub struct Object {
    pub bytes: Vec<u8>,
    pub entries: Vec<(String, String)>,
}

const PACKED_SUFFIX: &str = ".kiln_packed";

static NEXT_MODULE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// A number no other compile of this process has used (for symbol suffixes).
pub(crate) fn next_module_id() -> u64 {
    NEXT_MODULE.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Appends `suffix` to the name of every function the module defines (declarations keep
/// theirs: they resolve to the process).
fn rename_definitions(module: &inkwell::module::Module<'_>, suffix: &str) {
    unsafe {
        let mut f = LLVMGetFirstFunction(module.as_mut_ptr());
        while !f.is_null() {
            if LLVMCountBasicBlocks(f) > 0 {
                let mut len = 0;
                let name = CStr::from_ptr(LLVMGetValueName2(f, &mut len))
                    .to_string_lossy()
                    .into_owned();
                let new = format!("{name}{suffix}");
                LLVMSetValueName2(f, new.as_ptr().cast(), new.len());
            }
            f = LLVMGetNextFunction(f);
        }
    }
}

struct Tracker(LLVMOrcResourceTrackerRef);
unsafe impl Send for Tracker {}
unsafe impl Sync for Tracker {}

/// Native code of one module; dropping it frees the code.
pub struct CompiledModule {
    tracker: Tracker,
    symbols: FxHashMap<String, u64>,
    // Declared last: the JIT outlives the tracker.
    _jit: Arc<Raw>,
}

/// The packed entry of a compiled function: `args[i]` points at argument i, `args[n]` at the
/// result slot (when the function returns a value).
pub type PackedFn = unsafe extern "C" fn(*mut *mut std::ffi::c_void);

impl CompiledModule {
    /// The packed entry of public function `name`.
    pub fn packed(&self, name: &str) -> Option<PackedFn> {
        let addr = *self.symbols.get(name)?;
        // SAFETY: the address is the packed entry ORC linked for `name`, of type PackedFn.
        Some(unsafe { std::mem::transmute::<usize, PackedFn>(addr as usize) })
    }
}

impl Drop for CompiledModule {
    fn drop(&mut self) {
        unsafe {
            let _ = check(LLVMOrcResourceTrackerRemove(self.tracker.0));
            LLVMOrcReleaseResourceTracker(self.tracker.0);
        }
    }
}

/// Adds `f.kiln_packed(ptr args)` for every defined, externally visible function `f`.
fn add_packed_entries(module: &inkwell::module::Module<'_>) {
    unsafe {
        let m = module.as_mut_ptr();
        let ctx = LLVMGetModuleContext(m);
        let ptr = LLVMPointerTypeInContext(ctx, 0);
        let void = LLVMVoidTypeInContext(ctx);
        let i64t = LLVMInt64TypeInContext(ctx);
        let mut targets = Vec::new();
        let mut f = LLVMGetFirstFunction(m);
        while !f.is_null() {
            let defined = LLVMCountBasicBlocks(f) > 0;
            let public = LLVMGetLinkage(f) == llvm_sys::LLVMLinkage::LLVMExternalLinkage;
            if defined && public {
                targets.push(f);
            }
            f = LLVMGetNextFunction(f);
        }
        let b = LLVMCreateBuilderInContext(ctx);
        for f in targets {
            let mut len = 0;
            let name = CStr::from_ptr(LLVMGetValueName2(f, &mut len))
                .to_string_lossy()
                .into_owned();
            let mut params = [ptr];
            let wt = LLVMFunctionType(void, params.as_mut_ptr(), 1, 0);
            let wname = CString::new(format!("{name}{PACKED_SUFFIX}")).expect("name");
            let w = LLVMAddFunction(m, wname.as_ptr(), wt);
            let entry = LLVMAppendBasicBlockInContext(ctx, w, c"entry".as_ptr());
            LLVMPositionBuilderAtEnd(b, entry);
            let args = LLVMGetParam(w, 0);
            let ft = LLVMGlobalGetValueType(f);
            let n = LLVMCountParamTypes(ft) as usize;
            let mut ptys = vec![std::ptr::null_mut(); n];
            LLVMGetParamTypes(ft, ptys.as_mut_ptr());
            let slot = |i: usize| -> LLVMValueRef {
                let mut idx = [LLVMConstInt(i64t, i as u64, 0)];
                let p = LLVMBuildGEP2(b, ptr, args, idx.as_mut_ptr(), 1, c"".as_ptr());
                LLVMBuildLoad2(b, ptr, p, c"".as_ptr())
            };
            let mut vals: Vec<LLVMValueRef> = (0..n)
                .map(|i| LLVMBuildLoad2(b, ptys[i], slot(i), c"".as_ptr()))
                .collect();
            let r = LLVMBuildCall2(b, ft, f, vals.as_mut_ptr(), n as u32, c"".as_ptr());
            if LLVMGetReturnType(ft) != void {
                LLVMBuildStore(b, r, slot(n));
            }
            LLVMBuildRetVoid(b);
        }
        LLVMDisposeBuilder(b);
    }
}

/// The address of each function of the runtime ABI (`kiln_passes::runtime_abi`), which
/// lowered code calls: what a JIT other than Kiln's (upstream MLIR's `ExecutionEngine`) must
/// be given to run Kiln's llvm level.
pub fn runtime_symbols() -> Vec<(kiln_passes::runtime_abi::RuntimeFn, u64)> {
    use kiln_passes::runtime_abi as abi;
    vec![
        (abi::ENTER, super::trap::kiln_rt_enter as *const () as u64),
        (abi::LEAVE, super::trap::kiln_rt_leave as *const () as u64),
        (abi::CHECK_INDEX, super::trap::kiln_rt_check_index as *const () as u64),
        (abi::ALLOC_SHAPE, super::pool::kiln_rt_alloc_shape as *const () as u64),
        (abi::FREE, super::pool::kiln_rt_free as *const () as u64),
        (
            abi::ASSERT_FAILED,
            super::native::kiln_rt_assert_failed as *const () as u64,
        ),
        (abi::MATMUL_F32, super::native::kiln_rt_matmul_f32 as *const () as u64),
        (abi::MATMUL_F64, super::native::kiln_rt_matmul_f64 as *const () as u64),
        (abi::CONV2D_F32, super::conv::kiln_rt_conv2d_f32 as *const () as u64),
        (
            abi::PARALLEL_FOR,
            super::parallel::kiln_rt_parallel_for as *const () as u64,
        ),
    ]
}

/// Defines the Rust functions lowered code calls (no `-rdynamic`: they are given by address).
fn define_runtime_symbols(jit: LLVMOrcLLJITRef, dylib: LLVMOrcJITDylibRef) -> Result<(), JitError> {
    let mut syms: Vec<(&str, u64)> = runtime_symbols().iter().map(|(f, a)| (f.name, *a)).collect();
    syms.extend(super::builtins::builtins());
    unsafe {
        let mut pairs: Vec<LLVMOrcCSymbolMapPair> = syms
            .iter()
            .map(|(name, addr)| {
                let n = CString::new(*name).expect("symbol name");
                LLVMOrcCSymbolMapPair {
                    Name: LLVMOrcLLJITMangleAndIntern(jit, n.as_ptr()),
                    Sym: LLVMJITEvaluatedSymbol {
                        Address: *addr,
                        Flags: LLVMJITSymbolFlags {
                            GenericFlags: LLVMJITSymbolGenericFlags::LLVMJITSymbolGenericFlagsExported as u8
                                | LLVMJITSymbolGenericFlags::LLVMJITSymbolGenericFlagsCallable as u8,
                            TargetFlags: 0,
                        },
                    },
                }
            })
            .collect();
        let mu = LLVMOrcAbsoluteSymbols(pairs.as_mut_ptr(), pairs.len());
        check(LLVMOrcJITDylibDefine(dylib, mu))
    }
}
