//! The tiered engine: per-function profiling, a promotion policy, background compilation and
//! atomic hot swap.
//!
//! Each function starts at tier 0 (the interpreter). Every call bumps lock-free counters
//! ([`profile`]); timed calls (sampled for cheap functions) ask the policy ([`policy`]) whether
//! a higher tier pays. A promotion is a request on the compile queue ([`queue`]), served by
//! worker threads; the compiled code is swapped in with `arc-swap`, and the code it replaces
//! is freed when the last call still running it returns. A new tier is then validated: if it
//! measures slower than the tier it replaced, the engine switches back and remembers.
//!
//! API boundary: the `kiln` crate re-exports [`Engine`], [`EngineBuilder`], [`Function`],
//! [`EngineError`], [`TierMode`], [`Shutdown`] and the report types; the rest is internal.

pub mod cache;
pub mod policy;
pub mod profile;
pub mod queue;
pub mod report;
pub mod specialize;

mod compile;
mod memcache;
mod promotion;
mod support;
mod tier3;

use memcache::MemCache;

use crate::interp::Interpreter;
use crate::jit::{tier_spec, Jit, NativeError, NativeModule};
use crate::tensor::Tensor;
use arc_swap::ArcSwap;
use kiln_ir::parser::{parse_source, ParseConfig};
use kiln_ir::pass::{OpPassManager, RunOptions};
use kiln_ir::printer::{print_module, PrintOptions};
use kiln_ir::{Module, OpId};
use parking_lot::{Mutex, RwLock};
use policy::{CostModel, Kind, Observation, Preset, Thresholds};
use profile::{shape_hash, shape_key, Profile, NUM_TIERS};
use queue::{CompileQueue, Pushed, Request};
use report::{
    CacheReport, CompileRecord, Event, FunctionReport, QueueReport, Report, ShapeCount, SpecializationReport,
};
use rustc_hash::FxHashMap;
use specialize::{Binders, Binding, Retired, Spec, SpecState};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering::Relaxed};
use std::sync::{Arc, OnceLock};
use std::thread::JoinHandle;
use std::time::Instant;

/// The pipeline that imports StableHLO/CHLO into the tensor dialect.
pub const IMPORT_PIPELINE: &str = "builtin.module(convert-stablehlo-to-tensor,name-dims)";

/// Whether `m` holds StableHLO/CHLO ops, which [`IMPORT_PIPELINE`] must import first.
pub fn needs_import(m: &Module) -> bool {
    m.walk(m.root(), kiln_ir::Order::Pre).into_iter().any(|op| {
        let n = m.op_name(op);
        n.starts_with("stablehlo.") || n.starts_with("chlo.")
    })
}

/// Which tiers the engine uses.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum TierMode {
    /// Start at tier 0 and let the policy promote.
    Auto,
    /// Always run at this tier (0, 1, 2 or 3); a native tier compiles when the function is
    /// first looked up. Tier 3 runs the generic code at tier 2 and specializes, on the
    /// caller's thread, each new binding a call brings (up to `specialize_max`).
    Fixed(u8),
}

/// How [`Engine::shutdown`] treats queued compiles.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Shutdown {
    /// Finish every queued compile first.
    Drain,
    /// Drop queued compiles (a compile already running finishes).
    Cancel,
}

/// Errors of the engine, typed by what went wrong.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// The module text does not parse, verify or import (rendered diagnostics).
    #[error("{0}")]
    Load(String),
    #[error("no function named '@{0}'")]
    NoFunction(String),
    /// The arguments do not match the function's signature.
    #[error("{0}")]
    Call(String),
    /// The function failed at run time (a failed check, with its location).
    #[error("{0}")]
    Runtime(String),
    /// A native tier could not compile the function (fixed-tier mode only: in auto mode a
    /// failed compile leaves the function at its current tier).
    #[error("{0}")]
    Compile(String),
    #[error("invalid engine configuration: {0}")]
    Config(String),
}

/// The engine's configuration; build it with [`EngineBuilder`].
#[derive(Clone, Debug)]
pub struct EngineConfig {
    pub mode: TierMode,
    pub thresholds: Thresholds,
    /// Compile worker threads (ignored when `synchronous`).
    pub workers: usize,
    /// Compile on the calling thread when the policy decides (tests and benchmarks).
    pub synchronous: bool,
    /// Most queued compile requests.
    pub queue_capacity: usize,
    /// Replacements of the tier-1 and tier-2 pipelines (`None`: the tier's own, see
    /// [`crate::jit::TIERS`]); an embedder adds passes here.
    pub pipelines: [Option<String>; 2],
    /// The persistent compile cache's directory (`None`: no disk cache).
    pub cache_dir: Option<std::path::PathBuf>,
    /// Bytes the disk cache may hold; the least recently used entries go first.
    pub cache_budget: u64,
    /// Compiled modules kept in memory for reuse after their functions drop them.
    pub memory_cache_entries: usize,
    /// The threads of the engine's pool, which native calls' parallel loops and GEMM calls
    /// run on; 0: one per core.
    pub threads: usize,
    /// Compile a small module at tier 1 when the engine starts, so that LLVM's code and first
    /// allocations are faulted in before the first real compile (`None`: in auto mode with
    /// compile workers only, where it runs on the workers beside the first calls at tier 0,
    /// unless the disk cache already holds code).
    pub warm_up: Option<bool>,
    /// The context [`Engine::load_text`] parses in, whose dialects and passes
    /// ([`kiln_ir::Context::register_pass`]) pipelines may name (`None`: Kiln's own).
    pub context: Option<Arc<kiln_ir::Context>>,
    /// Passes every native tier's pipeline starts with (pipeline elements:
    /// `my-pass,canonicalize`).
    pub first_passes: Option<String>,
    /// Resource limits: module size and nesting at load, the largest buffer of a call.
    pub limits: crate::limits::Limits,
}

/// Builds an [`Engine`].
///
/// ```no_run
/// let engine = kiln_runtime::engine::EngineBuilder::new()
///     .preset(kiln_runtime::engine::policy::Preset::Production)
///     .workers(1)
///     .build()
///     .unwrap();
/// ```
#[derive(Clone, Debug)]
pub struct EngineBuilder {
    config: EngineConfig,
}

impl Default for EngineBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl EngineBuilder {
    /// Auto mode, the default thresholds, one worker (on a 2-core machine the other core runs
    /// the program), a queue of 64.
    pub fn new() -> Self {
        EngineBuilder {
            config: EngineConfig {
                mode: TierMode::Auto,
                thresholds: Thresholds::default(),
                workers: std::thread::available_parallelism().map_or(1, |n| (n.get() / 2).max(1)),
                synchronous: false,
                queue_capacity: 64,
                pipelines: [None, None],
                cache_dir: None,
                cache_budget: 512 << 20,
                memory_cache_entries: 64,
                threads: 0,
                warm_up: None,
                context: None,
                first_passes: None,
                limits: crate::limits::Limits::default(),
            },
        }
    }
    /// Fixed tier or auto.
    pub fn mode(mut self, mode: TierMode) -> Self {
        self.config.mode = mode;
        self
    }
    /// The thresholds of a preset.
    pub fn preset(mut self, p: Preset) -> Self {
        self.config.thresholds = Thresholds::preset(p);
        self
    }
    /// Every threshold.
    pub fn thresholds(mut self, t: Thresholds) -> Self {
        self.config.thresholds = t;
        self
    }
    /// Tier 3's inline cache size: most specializations per function (0 turns tier 3 off).
    /// Set it after [`EngineBuilder::preset`], which resets every threshold.
    pub fn max_specializations(mut self, k: usize) -> Self {
        self.config.thresholds.specialize_max = k;
        self
    }
    /// Compile worker threads.
    pub fn workers(mut self, n: usize) -> Self {
        self.config.workers = n;
        self
    }
    /// The threads of this engine's pool, which its calls' parallel loops and GEMM calls run
    /// on (0, the default: one per core). 1 runs every call on the calling thread. Results do
    /// not depend on it: parallel loops split only independent iterations.
    pub fn threads(mut self, n: usize) -> Self {
        self.config.threads = n;
        self
    }
    /// Compile on the calling thread (deterministic promotions for tests and benchmarks).
    pub fn synchronous(mut self, yes: bool) -> Self {
        self.config.synchronous = yes;
        self
    }
    /// Warm LLVM up when the engine starts: compile a small module at tier 1 (about 15 ms in a
    /// fresh process; nothing is installed or counted). A process's first LLVM compile is
    /// otherwise 4-6 ms slower than later ones (faulting in LLVM's code, its first allocations,
    /// creating the JIT). In auto mode with workers (the default there, unless the disk cache
    /// already holds code, whose loads would wait behind it) the workers do it before their
    /// first request; in fixed-tier or synchronous mode `build` does it on the caller, for a
    /// server that builds its engine at startup and compiles later.
    pub fn warm_up(mut self, yes: bool) -> Self {
        self.config.warm_up = Some(yes);
        self
    }
    /// Most queued compile requests.
    pub fn queue_capacity(mut self, n: usize) -> Self {
        self.config.queue_capacity = n;
        self
    }
    /// Keeps compiled code in `dir` across processes (`None`: no disk cache, the default);
    /// [`cache::default_dir`] is the platform's.
    pub fn cache_dir(mut self, dir: Option<std::path::PathBuf>) -> Self {
        self.config.cache_dir = dir;
        self
    }
    /// Compiled modules the memory cache keeps alive after their functions let go of them
    /// (default 64); the least valuable go first.
    pub fn memory_cache_entries(mut self, n: usize) -> Self {
        self.config.memory_cache_entries = n;
        self
    }
    /// Bytes the disk cache may hold.
    pub fn cache_budget(mut self, bytes: u64) -> Self {
        self.config.cache_budget = bytes;
        self
    }
    /// Replaces the pipeline of native tier `tier` (1 or 2), which must lower to the `llvm`
    /// dialect; checked when the engine is built.
    pub fn pipeline(mut self, tier: u8, pipeline: &str) -> Self {
        if let Some(p) = self.config.pipelines.get_mut((tier as usize).wrapping_sub(1)) {
            *p = Some(pipeline.to_string());
        }
        self
    }
    /// The context of the embedder's dialects and passes: [`Engine::load_text`] parses in it,
    /// and the tier pipelines may name its passes.
    pub fn context(mut self, ctx: Arc<kiln_ir::Context>) -> Self {
        self.config.context = Some(ctx);
        self
    }
    /// Runs `passes` (pipeline elements, `my-pass,canonicalize`) first in every native tier's
    /// pipeline (tiers 1, 2 and 3), before Kiln's own; checked when the engine is built. This
    /// is where an embedder's lowering goes: after it, the module must hold only ops the
    /// tiers know.
    pub fn first_passes(mut self, passes: &str) -> Self {
        self.config.first_passes = Some(passes.to_string());
        self
    }
    /// Resource limits ([`crate::limits::Limits`]): a module over the size or nesting limit
    /// fails to load, and a call whose arguments or buffers exceed the buffer limit fails
    /// with an error naming the limit (the engine stays usable). The buffer pools' caps are
    /// process-wide: building the engine sets them.
    pub fn limits(mut self, limits: crate::limits::Limits) -> Self {
        self.config.limits = limits;
        self
    }
    /// Starts the engine (and its workers).
    pub fn build(mut self) -> Result<Engine, EngineError> {
        if let Some(first) = self.config.first_passes.clone().filter(|p| !p.trim().is_empty()) {
            for (i, p) in self.config.pipelines.iter_mut().enumerate() {
                let base = p.clone().unwrap_or_else(|| crate::jit::TIERS[i].pipeline.to_string());
                let inner = base.strip_prefix("builtin.module(").ok_or_else(|| {
                    EngineError::Config(format!(
                        "first passes need a builtin.module(...) pipeline, not '{base}'"
                    ))
                })?;
                *p = Some(format!("builtin.module({first},{inner}"));
            }
        }
        let c = &self.config;
        crate::limits::set_pool_caps(c.limits.max_pooled_bytes, c.limits.max_cached_bytes_per_thread);
        let reg = match &c.context {
            Some(ctx) => kiln_passes::registry_for(ctx),
            None => kiln_passes::registry(),
        };
        for p in c.pipelines.iter().flatten() {
            OpPassManager::parse(p, &reg).map_err(|e| EngineError::Config(format!("pipeline '{p}': {e}")))?;
        }
        if let TierMode::Fixed(t) = c.mode {
            if t > 3 {
                return Err(EngineError::Config(format!("tier {t} does not exist (0, 1, 2, 3)")));
            }
        }
        if !c.synchronous && c.workers == 0 && c.mode == TierMode::Auto {
            return Err(EngineError::Config(
                "auto mode needs a compile worker, or synchronous compiles".into(),
            ));
        }
        let disk = match &c.cache_dir {
            Some(dir) => match cache::DiskCache::open(dir, c.cache_budget) {
                Ok(d) => Some(d),
                Err(e) => {
                    // A cache that cannot be opened costs compile time, not correctness.
                    tracing::warn!(target: "kiln::cache", dir = %dir.display(), "the compile cache is off: {e}");
                    None
                }
            },
            None => None,
        };
        let inner = Arc::new(Inner {
            disk,
            memory: Mutex::new(MemCache::default()),
            config: self.config.clone(),
            start: Instant::now(),
            jits: Default::default(),
            functions: RwLock::new(Vec::new()),
            by_name: RwLock::new(FxHashMap::default()),
            queue: CompileQueue::new(c.queue_capacity),
            model: Mutex::new(CostModel::default()),
            events: Mutex::new(Vec::new()),
            counters: Counters::default(),
            pool: OnceLock::new(),
            aliases: Mutex::new(FxHashMap::default()),
        });
        let workers = if c.synchronous { 0 } else { c.workers };
        if inner.warm_up_on_caller() {
            inner.warm_up();
        }
        let handles = (0..workers)
            .map(|i| {
                let inner = inner.clone();
                std::thread::Builder::new()
                    .name(format!("kiln-compile-{i}"))
                    .spawn(move || inner.worker())
                    .map_err(|e| EngineError::Config(format!("cannot start a compile worker: {e}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Engine {
            inner,
            workers: Mutex::new(handles),
        })
    }
}

/// The tiered engine. `Send + Sync`: share it (or its [`Function`]s) across threads.
pub struct Engine {
    inner: Arc<Inner>,
    workers: Mutex<Vec<JoinHandle<()>>>,
}

#[derive(Default)]
struct Counters {
    compile_ns: AtomicU64,
    compiles: AtomicU64,
    compile_failures: AtomicU64,
    compiled_ops: AtomicU64,
    promotions: AtomicU64,
    demotions: AtomicU64,
    requests: AtomicU64,
    /// Requests a worker (or a synchronous caller) ran: a compile, a cache hit or a failure.
    served: AtomicU64,
    merged: AtomicU64,
    dropped: AtomicU64,
    cancelled: AtomicU64,
    longest: AtomicUsize,
    events_dropped: AtomicU64,
    memory_hits: AtomicU64,
    disk_hits: AtomicU64,
    cache_misses: AtomicU64,
    cache_evictions: AtomicU64,
    rejected_entries: AtomicU64,
    specializations: AtomicU64,
    spec_demotions: AtomicU64,
    /// Compiles running now, and compiles started so far: a call timed while a compile ran
    /// shared the machine with it, and is left out of the per-shape comparisons.
    compiling: AtomicUsize,
    compile_starts: AtomicU64,
}

/// Events the report keeps.
const MAX_EVENTS: usize = 10_000;

struct Inner {
    disk: Option<cache::DiskCache>,
    memory: Mutex<MemCache>,
    config: EngineConfig,
    start: Instant,
    /// One JIT per native tier (its codegen level), created on first use.
    jits: [OnceLock<Result<Jit, String>>; 2],
    functions: RwLock<Vec<Arc<FnState>>>,
    by_name: RwLock<FxHashMap<String, usize>>,
    queue: CompileQueue,
    model: Mutex<CostModel>,
    events: Mutex<Vec<Event>>,
    counters: Counters,
    /// The threads of this engine's native calls (parallel loops and the GEMM), created on the
    /// first call that may use more than one: `None` when the cap or the machine allows one.
    pool: OnceLock<Option<Arc<rayon::ThreadPool>>>,
    /// Source keys of the code compiled or loaded in this engine, to their content keys.
    /// (Its measured speedup over the tier it replaced, once validated.)
    aliases: Mutex<FxHashMap<cache::Key, (cache::Key, Option<cache::MeasuredSpeedup>)>>,
}

impl Inner {
    /// This engine's pool: one thread per core, or `threads` if the engine sets it; none for
    /// one thread (or when the pool cannot be made: the calls then run on one thread).
    fn pool(&self) -> &Option<Arc<rayon::ThreadPool>> {
        self.pool.get_or_init(|| {
            let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
            // An explicit count is taken as asked (tests and benchmarks pin it).
            let n = match self.config.threads {
                0 => cores,
                t => t,
            };
            if n <= 1 {
                return None;
            }
            match rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .thread_name(|i| format!("kiln-parallel-{i}"))
                .build()
            {
                Ok(p) => Some(Arc::new(p)),
                Err(e) => {
                    tracing::warn!(target: "kiln::engine", "no thread pool ({e}): native calls run on one thread");
                    None
                }
            }
        })
    }
}

/// A loaded module: the tensor-level IR, its text (each compile parses a private copy, so
/// compiles on workers never share a mutable module), and a pool of interpreters.
struct Loaded {
    module: Arc<Module>,
    text: String,
    /// BLAKE3 of `text`: with a function's name, the source key of its code.
    hash: [u8; 32],
    interps: Mutex<Vec<Interpreter>>,
}

/// One version of a function's code.
struct Code {
    tier: u8,
    native: Option<Arc<NativeModule>>,
    /// Its compile cache key (native code only).
    key: Option<cache::Key>,
}

struct FnState {
    id: usize,
    name: String,
    loaded: Arc<Loaded>,
    code: ArcSwap<Code>,
    /// The version a promotion replaced, kept until the new one is validated.
    previous: Mutex<Option<Arc<Code>>>,
    profile: Profile,
    /// A compile is queued or running.
    pending: AtomicBool,
    /// Tiers found slower or failing (bit i: tier i).
    rejected: AtomicU8,
    /// Native tiers whose code is in a cache (bit i: tier i), found at load and set by
    /// compiles: the policy counts a load, not a compile, for them.
    cached: AtomicU8,
    /// Per cached tier: the speedup measured when that code last replaced tier `from`'s
    /// (in this engine or, through the disk cache's alias, in an earlier process).
    cached_speedup: Mutex<[Option<cache::MeasuredSpeedup>; 3]>,
    /// Why the function is at its tier: the policy's last answer (the report shows it).
    status: Mutex<String>,
    compile_count: AtomicU32,
    compiles: Mutex<Vec<CompileRecord>>,
    first_call: OnceLock<Instant>,
    /// (EWMA rate, calls at the last evaluation, time of the last evaluation).
    rate: Mutex<(f64, u64, Instant)>,
    shape_text: Mutex<FxHashMap<u64, String>>,
    ir_size: usize,
    contraction: bool,
    /// Serializes fixed-tier compiles of concurrent lookups.
    install: Mutex<()>,
    /// Tier 3: where bindings are read, the inline cache (most hits first), the policy's
    /// memory, and calls that found no matching specialization.
    binders: Binders,
    specs: ArcSwap<Vec<Arc<Spec>>>,
    /// Whether `specs` is non-empty: one relaxed load on the call path of a function that
    /// has no specialization, instead of an `ArcSwap` guard.
    has_specs: AtomicBool,
    spec: Mutex<SpecState>,
    spec_misses: AtomicU64,
}

impl FnState {
    /// Replaces the inline cache (under the policy's lock, `spec`).
    fn set_specs(&self, v: Vec<Arc<Spec>>) {
        let any = !v.is_empty();
        self.specs.store(Arc::new(v));
        self.has_specs.store(any, Relaxed);
    }

    fn kind(&self) -> Kind {
        Kind::of(self.contraction, self.profile.back_edges.load(Relaxed))
    }
}

/// A handle on a function of a loaded module; cheap to clone, `Send + Sync`.
#[derive(Clone)]
pub struct Function {
    inner: Arc<Inner>,
    state: Arc<FnState>,
}

impl Engine {
    /// An engine with the default configuration.
    pub fn new() -> Result<Engine, EngineError> {
        EngineBuilder::new().build()
    }

    /// A builder.
    pub fn builder() -> EngineBuilder {
        EngineBuilder::new()
    }

    /// Parses, verifies and (for StableHLO/CHLO) imports module text, and makes its public
    /// functions callable. `name` is the file name used in diagnostics.
    pub fn load_text(&self, text: &str, name: &str) -> Result<Vec<String>, EngineError> {
        let ctx = match &self.inner.config.context {
            Some(c) => c.clone(),
            None => Arc::new(kiln_dialects::context()),
        };
        self.load_text_in(&ctx, text, name)
    }

    /// Like [`Engine::load_text`], in a context of the caller's (with its own dialects).
    pub fn load_text_in(
        &self,
        ctx: &Arc<kiln_ir::Context>,
        text: &str,
        name: &str,
    ) -> Result<Vec<String>, EngineError> {
        let cfg = ParseConfig {
            file_name: name.to_string(),
            ..Default::default()
        };
        let mut sm = kiln_ir::SourceMgr::new();
        sm.add(name, text.to_string().into(), 1);
        let render = |ds: &[kiln_ir::Diagnostic]| -> String {
            ds.iter()
                .map(|d| sm.render(ctx, d))
                .collect::<String>()
                .trim_end()
                .to_string()
        };
        let m = parse_source(ctx, text, &cfg).map_err(|d| EngineError::Load(render(&[d])))?;
        self.load_module_with(m, &render)
    }

    /// Makes the public functions of `m` (built with the builder API, or parsed) callable.
    /// Returns their names.
    pub fn load_module(&self, m: Module) -> Result<Vec<String>, EngineError> {
        let ctx = m.ctx().clone();
        let sm = kiln_ir::SourceMgr::new();
        self.load_module_with(m, &|ds: &[kiln_ir::Diagnostic]| {
            ds.iter()
                .map(|d| sm.render(&ctx, d))
                .collect::<String>()
                .trim_end()
                .to_string()
        })
    }

    fn load_module_with(
        &self,
        mut m: Module,
        render: &dyn Fn(&[kiln_ir::Diagnostic]) -> String,
    ) -> Result<Vec<String>, EngineError> {
        let root = m.root();
        self.check_size(&m)?;
        kiln_ir::verify::verify(&m, root).map_err(|ds| EngineError::Load(render(&ds)))?;
        if needs_import(&m) {
            run_pipeline(&mut m, IMPORT_PIPELINE, true).map_err(|ds| EngineError::Load(render(&ds)))?;
            // The import may grow the module.
            self.check_size(&m)?;
        }
        // Whether each tier can run the module is decided here, with the op's location, not
        // at the first call.
        let mode = self.inner.config.mode;
        support::decompose_for_tier0(&mut m).map_err(|d| EngineError::Load(render(&[d])))?;
        if matches!(mode, TierMode::Auto | TierMode::Fixed(0)) {
            support::check_tier0(&m).map_err(|d| EngineError::Load(render(&[d])))?;
        }
        let text = print_module(
            &m,
            PrintOptions {
                generic: true,
                debug_info: true,
                ..Default::default()
            },
        );
        let loaded = Arc::new(Loaded {
            module: Arc::new(m),
            hash: *blake3::hash(text.as_bytes()).as_bytes(),
            text,
            interps: Mutex::new(Vec::new()),
        });
        let m = &loaded.module;
        let public: Vec<(OpId, String)> = m
            .block_ops(m.body())
            .filter(|&f| kiln_dialects::func::is_public_definition(m, f))
            .filter_map(|f| kiln_ir::symbol::symbol_name(m, f).map(|n| (f, n.to_string())))
            .collect();
        // The native tiers see the module after the embedder's first passes: check that copy.
        let lowered = match (&self.inner.config.first_passes, mode) {
            (Some(first), TierMode::Auto | TierMode::Fixed(1..)) if !first.trim().is_empty() => {
                let mut copy = parse_source(m.ctx(), &loaded.text, &ParseConfig::default())
                    .map_err(|d| EngineError::Load(render(&[d])))?;
                let lowered = run_pipeline(&mut copy, &format!("builtin.module({first})"), true).map(|()| copy);
                Some(lowered.map_err(|ds| render(&ds)))
            }
            _ => None,
        };
        // In auto mode a function the native tiers cannot lower stays at tier 0, and says why.
        let mut native_blocked: Vec<Option<String>> = Vec::new();
        for (f, name) in &public {
            let tier = match mode {
                TierMode::Fixed(0) => {
                    native_blocked.push(None);
                    continue;
                }
                TierMode::Fixed(t) => t,
                TierMode::Auto => 1,
            };
            let checked = match &lowered {
                None => support::check_native(m, *f, tier).map_err(|d| render(&[d])),
                Some(Err(e)) => Err(e.clone()),
                Some(Ok(l)) => match l
                    .block_ops(l.body())
                    .find(|&g| kiln_ir::symbol::symbol_name(l, g) == Some(name))
                {
                    Some(g) => support::check_native(l, g, tier).map_err(|d| render(&[d])),
                    None => Err(format!("the first passes removed '@{name}'")),
                },
            };
            native_blocked.push(match (checked, mode) {
                (Ok(()), _) => None,
                (Err(e), TierMode::Auto) => Some(e.lines().next().unwrap_or("").to_string()),
                (Err(e), _) => return Err(EngineError::Load(e)),
            });
        }
        let mut names = Vec::new();
        let mut fns = self.inner.functions.write();
        let mut by_name = self.inner.by_name.write();
        // All or nothing: a clash leaves the engine as it was.
        if let Some((_, name)) = public.iter().find(|(_, n)| by_name.contains_key(n)) {
            return Err(EngineError::Load(format!(
                "a function named '@{name}' is already loaded in this engine"
            )));
        }
        for ((f, name), blocked) in public.into_iter().zip(native_blocked) {
            let (ir_size, contraction) = measure(m, f);
            let id = fns.len();
            fns.push(Arc::new(FnState {
                id,
                name: name.clone(),
                loaded: loaded.clone(),
                code: ArcSwap::from_pointee(Code {
                    tier: 0,
                    native: None,
                    key: None,
                }),
                previous: Mutex::new(None),
                profile: Profile::default(),
                pending: AtomicBool::new(false),
                // Tiers 1, 2 and 3 when the function cannot be lowered.
                rejected: AtomicU8::new(if blocked.is_some() { 0b1110 } else { 0 }),
                cached: AtomicU8::new(0),
                cached_speedup: Mutex::new([None; 3]),
                status: Mutex::new(match blocked {
                    Some(why) => format!("stays at tier 0: {why}"),
                    None => "not called yet".into(),
                }),
                compile_count: AtomicU32::new(0),
                compiles: Mutex::new(Vec::new()),
                first_call: OnceLock::new(),
                rate: Mutex::new((0.0, 0, Instant::now())),
                shape_text: Mutex::new(FxHashMap::default()),
                ir_size,
                contraction,
                install: Mutex::new(()),
                binders: Binders::of(m, f),
                specs: ArcSwap::from_pointee(Vec::new()),
                has_specs: AtomicBool::new(false),
                spec: Mutex::new(SpecState::default()),
                spec_misses: AtomicU64::new(0),
            }));
            by_name.insert(name.clone(), id);
            names.push(name);
        }
        drop((fns, by_name));
        if self.inner.config.mode == TierMode::Auto {
            // What the caches hold decides how soon promotion pays (a few file checks each).
            let fns = self.inner.functions.read();
            for f in &fns[fns.len() - names.len()..] {
                if f.rejected.load(Relaxed) == 0 {
                    let (bits, speedups) = self.inner.cached_tiers(f);
                    f.cached.store(bits, Relaxed);
                    *f.cached_speedup.lock() = speedups;
                }
            }
        }
        Ok(names)
    }

    /// The module's op count and region nesting against the engine's limits.
    fn check_size(&self, m: &Module) -> Result<(), EngineError> {
        let limits = &self.inner.config.limits;
        let root = m.root();
        let ops = m.walk(root, kiln_ir::Order::Pre);
        if ops.len() > limits.max_module_ops {
            return Err(EngineError::Load(format!(
                "the module has {} ops, over the engine's limit of {} (Limits::max_module_ops)",
                ops.len(),
                limits.max_module_ops
            )));
        }
        // Depth by op, parents first (pre-order).
        let mut depth: FxHashMap<OpId, usize> = FxHashMap::default();
        for &op in &ops {
            let d = m.parent_op(op).and_then(|p| depth.get(&p)).map_or(0, |d| d + 1);
            if d > limits.max_nesting {
                return Err(EngineError::Load(format!(
                    "'{}' is nested {d} regions deep, over the engine's limit of {} (Limits::max_nesting)",
                    m.op_name(op),
                    limits.max_nesting
                )));
            }
            depth.insert(op, d);
        }
        Ok(())
    }

    /// The function `name` of a loaded module. In fixed-tier mode a native tier compiles it
    /// here, on the caller's thread.
    pub fn function(&self, name: &str) -> Result<Function, EngineError> {
        let id = *self
            .inner
            .by_name
            .read()
            .get(name)
            .ok_or_else(|| EngineError::NoFunction(name.to_string()))?;
        let state = self.inner.functions.read()[id].clone();
        if let TierMode::Fixed(t) = self.inner.config.mode {
            // Tier 3's generic code is tier 2's.
            let t = t.min(2);
            let _one_compile = state.install.lock();
            if t > 0 && state.code.load().tier != t {
                let code = self.inner.compile(&state, t, None).map_err(EngineError::Compile)?;
                state.code.store(Arc::new(code));
                let (secs, source) = state
                    .compiles
                    .lock()
                    .last()
                    .map_or((0.0, "compiled"), |c| (c.seconds, c.source));
                self.inner.event(
                    &state,
                    "install",
                    0,
                    t,
                    format!("fixed tier: {} in {:.1} ms", how(source), secs * 1e3),
                );
            }
        }
        Ok(Function {
            inner: self.inner.clone(),
            state,
        })
    }

    /// What ran where, what compiled, and why.
    pub fn report(&self) -> Report {
        self.inner.report()
    }

    /// Stops the compile workers. `Drain` finishes queued compiles first; `Cancel` drops them.
    /// Functions stay callable at their current tiers. Returns the number of cancelled
    /// requests.
    pub fn shutdown(&self, how: Shutdown) -> usize {
        let cancelled = self.inner.queue.close(how == Shutdown::Drain);
        for r in &cancelled {
            let f = self.inner.functions.read()[r.func].clone();
            f.pending.store(false, Relaxed);
            self.inner
                .event(&f, "cancelled", f.code.load().tier, r.to, "the engine shut down".into());
        }
        self.inner.counters.cancelled.fetch_add(cancelled.len() as u64, Relaxed);
        for h in self.workers.lock().drain(..) {
            let _ = h.join();
        }
        cancelled.len()
    }

    /// Compile requests waiting.
    pub fn queue_len(&self) -> usize {
        self.inner.queue.len()
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        self.shutdown(Shutdown::Cancel);
    }
}

/// One parameter or result of a [`Function`]: what a call must pass or gets back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParamSpec {
    /// The element type.
    pub dtype: crate::tensor::DType,
    /// One entry per dimension (empty for a scalar).
    pub dims: Vec<DimSpec>,
    /// The declared type as Kiln prints it (`tensor<Nx4xf32>`).
    pub text: String,
}

/// One dimension of a [`ParamSpec`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DimSpec {
    /// A fixed extent.
    Static(usize),
    /// A named symbol: every occurrence in one call has the same extent.
    Symbol(String),
    /// Any extent (`?`), or one computed from symbols (`(N*2)`, checked at the call).
    Dynamic,
}

impl ParamSpec {
    fn of(ctx: &kiln_ir::Context, t: kiln_ir::Type) -> Option<ParamSpec> {
        use kiln_ir::types::{Dim, TypeKind};
        let (dims, elem) = match ctx.ty(t) {
            TypeKind::Tensor {
                shape: Some(s), elem, ..
            } => (
                s.iter()
                    .map(|d| match d {
                        Dim::Const(c) => DimSpec::Static(*c as usize),
                        Dim::Sym(s) => DimSpec::Symbol(ctx.str(*s).to_string()),
                        _ => DimSpec::Dynamic,
                    })
                    .collect(),
                *elem,
            ),
            TypeKind::Tensor { shape: None, .. } => return None,
            _ => (Vec::new(), t),
        };
        Some(ParamSpec {
            dtype: crate::interp::dtype_of(ctx, elem)?,
            dims,
            text: kiln_ir::printer::type_to_string(ctx, t),
        })
    }

    /// Whether `t` has this element type and rank and every static extent (symbols are
    /// checked at the call, where they bind).
    pub fn admits(&self, t: &Tensor) -> bool {
        t.dtype() == self.dtype
            && t.rank() == self.dims.len()
            && self
                .dims
                .iter()
                .zip(t.shape())
                .all(|(d, &n)| !matches!(d, DimSpec::Static(s) if *s != n))
    }
}

impl Function {
    /// The function's name.
    pub fn name(&self) -> &str {
        &self.state.name
    }

    /// The tier of the generic code, which serves every call no specialization (tier 3)
    /// serves.
    pub fn tier(&self) -> u8 {
        self.state.code.load().tier
    }

    /// Calls served so far by tier 0, 1, 2 and 3 (specializations).
    pub fn calls_by_tier(&self) -> [u64; NUM_TIERS] {
        std::array::from_fn(|t| self.state.profile.tiers[t].calls.load(Relaxed))
    }

    /// The function's parameters and results, as declared after import (`None` for one whose
    /// type a host tensor cannot carry: an unranked tensor or an unsupported element type).
    pub fn signature(&self) -> (Vec<Option<ParamSpec>>, Vec<Option<ParamSpec>>) {
        let m = &*self.state.loaded.module;
        let ctx = m.ctx();
        let f = m
            .block_ops(m.body())
            .find(|&op| kiln_ir::symbol::symbol_name(m, op) == Some(self.state.name.as_str()));
        let Some((ins, outs)) = f.and_then(|f| kiln_dialects::func::signature(m, f)) else {
            return (Vec::new(), Vec::new());
        };
        let specs = |ts: Vec<kiln_ir::Type>| ts.into_iter().map(|t| ParamSpec::of(ctx, t)).collect();
        (specs(ins), specs(outs))
    }

    /// Calls the function with host tensors (a scalar argument is a rank-0 tensor).
    pub fn call(&self, args: &[Tensor]) -> Result<Vec<Tensor>, EngineError> {
        let limit = self.inner.config.limits.max_buffer_bytes;
        for (i, a) in args.iter().enumerate() {
            let bytes = a.len() as u64 * a.dtype().size() as u64;
            if bytes > limit {
                return Err(EngineError::Call(format!(
                    "argument #{i} of '@{}' ({}) holds {bytes} bytes, over the engine's limit of {limit} bytes (Limits::max_buffer_bytes)",
                    self.state.name,
                    a.type_string()
                )));
            }
        }
        let pool = self.inner.pool().clone();
        crate::limits::with_buffer_limit(limit, || {
            crate::jit::parallel::with_pool(pool, self.inner.config.threads, || self.call_capped(args))
        })
    }

    /// [`Self::call`] under the engine's thread cap.
    fn call_capped(&self, args: &[Tensor]) -> Result<Vec<Tensor>, EngineError> {
        self.state.first_call.get_or_init(Instant::now);
        if self.state.has_specs.load(Relaxed) || self.inner.config.mode == TierMode::Fixed(3) {
            let specs = self.state.specs.load();
            if let Some(r) = self.call_specialized(&specs, args) {
                return r;
            }
        }
        self.call_generic(args)
    }

    /// Tier 3: the first specialization whose guard holds (`None`: none does, or its code
    /// refused the call; the generic code runs it).
    fn call_specialized(&self, specs: &[Arc<Spec>], args: &[Tensor]) -> Option<Result<Vec<Tensor>, EngineError>> {
        let f = &*self.state;
        let hit = specs.iter().find(|s| {
            let ok = s.binding.matches(&f.binders, args);
            if !ok {
                s.misses.fetch_add(1, Relaxed);
            }
            ok
        });
        let s = match hit {
            Some(s) => s.clone(),
            None if self.inner.config.mode == TierMode::Fixed(3) => self.inner.specialize_now(&self.state, args)?,
            // The cache emptied since the flag was read: not a miss.
            None if specs.is_empty() => return None,
            None => {
                f.spec_misses.fetch_add(1, Relaxed);
                tracing::trace!(target: "kiln::engine", function = %f.name, "guard miss: no specialization of {} holds; running the generic code", specs.len());
                return None;
            }
        };
        let timed = f.profile.enter(3);
        let mark = if timed { self.inner.quiet_mark() } else { None };
        let t0 = timed.then(Instant::now);
        match s.native.call(&f.name, args) {
            Ok(r) => {
                s.hits.fetch_add(1, Relaxed);
                let hash = shape_hash(args.iter().map(|a| a.shape()));
                let slot = f.profile.count_shape(hash);
                if let Some(t0) = t0 {
                    let ns = t0.elapsed().as_nanos() as u64;
                    f.profile.timed(3, slot.filter(|_| self.inner.quiet_since(mark)), ns);
                    if let Some(sl) = slot {
                        s.slot.store(sl, Relaxed);
                    }
                    note_shape(f, hash, args);
                    if self.inner.config.mode == TierMode::Auto {
                        self.inner.after_spec_call(&self.state, &s, args);
                    }
                }
                Some(Ok(r))
            }
            Err(e) => {
                // Deoptimization: the guards come first and functions have no side effects, so
                // the generic code can run the call from the start.
                // The generic code counts the call (its tier, its shape) instead.
                f.profile.tiers[3].calls.fetch_sub(1, Relaxed);
                s.deopts.fetch_add(1, Relaxed);
                tracing::warn!(target: "kiln::engine", function = %f.name, guard = %s.guard, "deoptimized: the specialization refused the call ({e}); running the generic code");
                None
            }
        }
    }

    fn call_generic(&self, args: &[Tensor]) -> Result<Vec<Tensor>, EngineError> {
        let f = &*self.state;
        // The code stays alive while this call runs, even if a promotion swaps it out.
        let code = f.code.load_full();
        let tier = code.tier as usize;
        let timed = f.profile.enter(tier);
        let hash = shape_hash(args.iter().map(|a| a.shape()));
        let slot = f.profile.count_shape(hash);
        let mark = if timed { self.inner.quiet_mark() } else { None };
        let t0 = timed.then(Instant::now);
        let r = match &code.native {
            Some(n) => n.call(&f.name, args).map_err(|e| match e {
                NativeError::Call(m) => EngineError::Call(m),
                NativeError::Check(m) => EngineError::Runtime(m),
                NativeError::Compile(m) => EngineError::Compile(m),
            }),
            None => {
                let mut it = f
                    .loaded
                    .interps
                    .lock()
                    .pop()
                    .unwrap_or_else(|| Interpreter::new(f.loaded.module.clone()));
                let r = it.call(&f.name, args).map_err(|e| {
                    if e.bad_call {
                        EngineError::Call(e.to_string())
                    } else {
                        EngineError::Runtime(e.to_string())
                    }
                });
                f.profile.back_edges.fetch_add(it.take_back_edges(&f.name), Relaxed);
                f.loaded.interps.lock().push(it);
                r
            }
        };
        if let Some(t0) = t0 {
            let ns = t0.elapsed().as_nanos() as u64;
            f.profile.timed(tier, slot.filter(|_| self.inner.quiet_since(mark)), ns);
            note_shape(f, hash, args);
            if self.inner.config.mode == TierMode::Auto {
                self.inner.after_timed_call(&self.state, &code, args);
            }
        }
        r
    }
}

/// Keeps the text of a shape signature for the report (the first 64).
fn note_shape(f: &FnState, hash: u64, args: &[Tensor]) {
    let mut texts = f.shape_text.lock();
    if texts.len() < 64 {
        texts.entry(shape_key(hash)).or_insert_with(|| shapes_text(args));
    }
}

/// How code was obtained, for events.
fn how(source: &str) -> &'static str {
    match source {
        "compiled" => "compiled",
        "disk" => "loaded from the disk cache",
        _ => "found in the memory cache",
    }
}

fn shapes_text(args: &[Tensor]) -> String {
    args.iter()
        .map(|a| {
            let s: Vec<String> = a.shape().iter().map(|d| d.to_string()).collect();
            if s.is_empty() {
                "scalar".to_string()
            } else {
                s.join("x")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// (ops in the function and every function it calls, whether any has a contraction).
fn measure(m: &Module, f: OpId) -> (usize, bool) {
    let (mut size, mut contraction) = (0, false);
    support::walk_reachable(m, f, |op| {
        size += 1;
        contraction |= matches!(
            m.op_name(op),
            "ktensor.matmul" | "ktensor.batch_matmul" | "ktensor.dot_general" | "ktensor.conv2d"
        );
        true
    });
    (size, contraction)
}

/// Runs a textual pipeline; the error diagnostics on failure.
fn run_pipeline(m: &mut Module, pipeline: &str, verify: bool) -> Result<(), Vec<kiln_ir::Diagnostic>> {
    let reg = kiln_passes::registry_for(m.ctx());
    let root = m.root();
    let mut pm = OpPassManager::parse(pipeline, &reg).map_err(|e| vec![kiln_ir::Diagnostic::error(m.loc(root), e)])?;
    let mut ro = RunOptions {
        verify_each: verify,
        ..Default::default()
    };
    if pm.run(m, root, &mut ro).is_err() {
        return Err(ro
            .diags
            .into_iter()
            .filter(|d| d.severity == kiln_ir::Severity::Error)
            .collect());
    }
    Ok(())
}

impl Inner {
    fn report(&self) -> Report {
        let fns = self.functions.read().clone();
        let mut functions = Vec::new();
        let (mut run, mut calls) = (0.0, 0u64);
        for f in &fns {
            let p = &f.profile;
            let calls_by_tier: [u64; NUM_TIERS] = std::array::from_fn(|t| p.tiers[t].calls.load(Relaxed));
            let seconds_by_tier: [f64; NUM_TIERS] = std::array::from_fn(|t| p.tiers[t].estimated_seconds());
            run += seconds_by_tier.iter().sum::<f64>();
            calls += calls_by_tier.iter().sum::<u64>();
            let texts = f.shape_text.lock();
            let all = p.shapes();
            let shapes = all
                .iter()
                .take(8)
                .map(|&(h, n)| ShapeCount {
                    shapes: texts.get(&h).cloned().unwrap_or_else(|| "?".into()),
                    calls: n,
                })
                .collect();
            let rejected = f.rejected.load(Relaxed);
            let st = f.spec.lock();
            let mut specializations: Vec<SpecializationReport> = f
                .specs
                .load()
                .iter()
                .map(|s| SpecializationReport {
                    guard: s.guard.clone(),
                    hits: s.hits.load(Relaxed),
                    misses: s.misses.load(Relaxed),
                    deopts: s.deopts.load(Relaxed),
                    demoted: false,
                    reason: None,
                })
                .collect();
            specializations.extend(st.retired.iter().map(|r| SpecializationReport {
                guard: r.guard.clone(),
                hits: r.hits,
                misses: r.misses,
                deopts: r.deopts,
                demoted: true,
                reason: Some(r.reason.clone()),
            }));
            let hits: u64 = specializations.iter().map(|s| s.hits).sum();
            let deopts: u64 = specializations.iter().map(|s| s.deopts).sum();
            let generic: u64 = f.spec_misses.load(Relaxed) + deopts;
            let with_specs = (hits + generic).max(1) as f64;
            let unstable_until_call = if p.total_calls() < st.unstable_until {
                st.unstable_until
            } else {
                0
            };
            drop(st);
            functions.push(FunctionReport {
                name: f.name.clone(),
                current_tier: f.code.load().tier,
                calls_by_tier,
                seconds_by_tier,
                compiles: f.compiles.lock().clone(),
                rejected_tiers: (0..4).filter(|t| rejected & (1 << t) != 0).collect(),
                shapes,
                distinct_shapes: all.len() + (p.shape_overflow.load(Relaxed) > 0) as usize,
                loop_back_edges: p.back_edges.load(Relaxed),
                specialization_hit_rate: hits as f64 / with_specs,
                generic_rate: generic as f64 / with_specs,
                deopt_rate: deopts as f64 / with_specs,
                specializations,
                status: f.status.lock().clone(),
                unstable_until_call,
            });
        }
        let c = &self.counters;
        let compile_seconds = c.compile_ns.load(Relaxed) as f64 * 1e-9;
        let promotions = c.promotions.load(Relaxed);
        Report {
            functions,
            wall_seconds: self.start.elapsed().as_secs_f64(),
            compile_seconds,
            run_seconds: run,
            compiles: c.compiles.load(Relaxed),
            compile_failures: c.compile_failures.load(Relaxed),
            compile_throughput_ops_per_second: if compile_seconds > 0.0 {
                c.compiled_ops.load(Relaxed) as f64 / compile_seconds
            } else {
                0.0
            },
            promotions,
            demotions: c.demotions.load(Relaxed),
            specializations: c.specializations.load(Relaxed),
            specialization_demotions: c.spec_demotions.load(Relaxed),
            promotion_rate_per_1000_calls: if calls > 0 {
                promotions as f64 * 1000.0 / calls as f64
            } else {
                0.0
            },
            queue: QueueReport {
                requests: c.requests.load(Relaxed),
                served: c.served.load(Relaxed),
                waiting: self.queue.len() as u64,
                merged: c.merged.load(Relaxed),
                dropped: c.dropped.load(Relaxed),
                cancelled: c.cancelled.load(Relaxed),
                longest: c.longest.load(Relaxed),
            },
            events: self.events.lock().clone(),
            events_dropped: c.events_dropped.load(Relaxed),
            cache: CacheReport {
                memory_hits: c.memory_hits.load(Relaxed),
                disk_hits: c.disk_hits.load(Relaxed),
                misses: c.cache_misses.load(Relaxed),
                evictions: c.cache_evictions.load(Relaxed),
                rejected_entries: c.rejected_entries.load(Relaxed),
                bytes_on_disk: self.disk.as_ref().map_or(0, |d| d.bytes()),
                dir: self.disk.as_ref().map(|d| d.dir().display().to_string()),
            },
        }
    }
}
