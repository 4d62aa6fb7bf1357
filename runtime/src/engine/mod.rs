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
    /// Compile on the calling thread (deterministic promotions for tests and benchmarks).
    pub fn synchronous(mut self, yes: bool) -> Self {
        self.config.synchronous = yes;
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
    /// Starts the engine (and its workers).
    pub fn build(self) -> Result<Engine, EngineError> {
        let c = &self.config;
        let reg = kiln_passes::registry();
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
        });
        let workers = if c.synchronous { 0 } else { c.workers };
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

/// Compiled modules by key: weak references to every live one (so one content is linked
/// once per JIT: its symbols would clash), and strong ones to the most valuable few.
/// Generic over the module type for its unit tests.
struct MemCache<T = NativeModule> {
    entries: FxHashMap<cache::Key, MemEntry<T>>,
}

impl<T> Default for MemCache<T> {
    fn default() -> Self {
        MemCache {
            entries: FxHashMap::default(),
        }
    }
}

struct MemEntry<T> {
    live: std::sync::Weak<T>,
    kept: Option<Arc<T>>,
    hits: u64,
    bytes: usize,
    compile_seconds: f64,
    /// Measured speedup over the code it replaced (1 until validated).
    speedup: f64,
}

impl<T> MemCache<T> {
    /// A live or kept module of `key`; a hit keeps it (within `cap`).
    fn get(&mut self, key: &cache::Key, cap: usize) -> (Option<Arc<T>>, u64) {
        let Some(e) = self.entries.get_mut(key) else {
            return (None, 0);
        };
        let Some(n) = e.live.upgrade() else {
            return (None, 0);
        };
        e.hits += 1;
        e.kept = Some(n.clone());
        let evicted = self.trim(cap);
        (Some(n), evicted)
    }
    /// Adds a module; returns how many were evicted to stay within `cap` kept modules. The
    /// one evicted is worth least per byte of code: (hits + 1) * compile time * measured
    /// speedup / size (code found slower than what it replaced is unlikely to be wanted again).
    fn insert(&mut self, key: cache::Key, n: &Arc<T>, bytes: usize, compile_seconds: f64, cap: usize) -> u64 {
        self.entries
            .retain(|_, e| e.kept.is_some() || e.live.strong_count() > 0);
        self.entries.insert(
            key,
            MemEntry {
                live: Arc::downgrade(n),
                kept: Some(n.clone()),
                hits: 0,
                bytes,
                compile_seconds,
                speedup: 1.0,
            },
        );
        self.trim(cap)
    }

    /// Records the measured speedup of `key`'s code over what it replaced.
    fn observe_speedup(&mut self, key: &cache::Key, speedup: f64) {
        if let Some(e) = self.entries.get_mut(key) {
            e.speedup = speedup;
        }
    }

    /// Drops the strong references of the least valuable kept modules beyond `cap`; returns
    /// how many.
    fn trim(&mut self, cap: usize) -> u64 {
        let mut evicted = 0;
        while self.entries.values().filter(|e| e.kept.is_some()).count() > cap {
            let worst = self
                .entries
                .iter()
                .filter(|(_, e)| e.kept.is_some())
                .min_by(|a, b| {
                    let v =
                        |e: &MemEntry<T>| (e.hits + 1) as f64 * e.compile_seconds * e.speedup / e.bytes.max(1) as f64;
                    v(a.1).total_cmp(&v(b.1))
                })
                .map(|(k, _)| *k)
                .expect("over the cap");
            if let Some(e) = self.entries.get_mut(&worst) {
                e.kept = None;
            }
            evicted += 1;
        }
        evicted
    }
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
}

/// A loaded module: the tensor-level IR, its text (each compile parses a private copy, so
/// compiles on workers never share a mutable module), and a pool of interpreters.
struct Loaded {
    module: Arc<Module>,
    text: String,
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
        let ctx = Arc::new(kiln_dialects::context());
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
        kiln_ir::verify::verify(&m, root).map_err(|ds| EngineError::Load(render(&ds)))?;
        let imported = m.walk(root, kiln_ir::Order::Pre).into_iter().any(|op| {
            let n = m.op_name(op);
            n.starts_with("stablehlo.") || n.starts_with("chlo.")
        });
        if imported {
            run_pipeline(&mut m, IMPORT_PIPELINE, true).map_err(|ds| EngineError::Load(render(&ds)))?;
        }
        let text = print_module(
            &m,
            PrintOptions {
                generic: true,
                debug_info: true,
            },
        );
        let loaded = Arc::new(Loaded {
            module: Arc::new(m),
            text,
            interps: Mutex::new(Vec::new()),
        });
        let m = &loaded.module;
        let public: Vec<(OpId, String)> = m
            .block_ops(m.body())
            .filter(|&f| kiln_dialects::func::is_public_definition(m, f))
            .filter_map(|f| kiln_ir::symbol::symbol_name(m, f).map(|n| (f, n.to_string())))
            .collect();
        let mut names = Vec::new();
        let mut fns = self.inner.functions.write();
        let mut by_name = self.inner.by_name.write();
        // All or nothing: a clash leaves the engine as it was.
        if let Some((_, name)) = public.iter().find(|(_, n)| by_name.contains_key(n)) {
            return Err(EngineError::Load(format!(
                "a function named '@{name}' is already loaded in this engine"
            )));
        }
        for (f, name) in public {
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
                rejected: AtomicU8::new(0),
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
        Ok(names)
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

    /// Calls the function with host tensors (a scalar argument is a rank-0 tensor).
    pub fn call(&self, args: &[Tensor]) -> Result<Vec<Tensor>, EngineError> {
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
    let mut seen = rustc_hash::FxHashSet::default();
    let mut stack = vec![f];
    while let Some(g) = stack.pop() {
        if !seen.insert(g) {
            continue;
        }
        for op in m.walk(g, kiln_ir::Order::Pre) {
            size += 1;
            contraction |= matches!(
                m.op_name(op),
                "tensor.matmul" | "tensor.batch_matmul" | "tensor.dot_general" | "tensor.conv2d"
            );
            let callee = m.attr(op, "callee").and_then(|a| match m.ctx().attr(a) {
                kiln_ir::AttrKind::SymbolRef { root, .. } => Some(m.ctx().str(*root).to_string()),
                _ => None,
            });
            if let Some(g) = callee.and_then(|c| kiln_ir::symbol::lookup_nearest(m, op, &c)) {
                stack.push(g);
            }
        }
    }
    (size, contraction)
}

/// Runs a textual pipeline; the error diagnostics on failure.
fn run_pipeline(m: &mut Module, pipeline: &str, verify: bool) -> Result<(), Vec<kiln_ir::Diagnostic>> {
    let reg = kiln_passes::registry();
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
    fn jit(&self, tier: u8) -> Result<&Jit, String> {
        let spec = tier_spec(tier).ok_or_else(|| format!("tier {tier} is not a compiled tier"))?;
        self.jits[tier as usize - 1]
            .get_or_init(|| Jit::new(spec.codegen).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| e.clone())
    }

    /// Compiles `f` at `tier`: a private copy of its module, with every other public function
    /// made private and dropped unless `f` calls it, through the tier's pipeline. Records the
    /// compile.
    fn compile(&self, f: &FnState, tier: u8, spec: Option<&Binding>) -> Result<Code, String> {
        self.counters.compile_starts.fetch_add(1, Relaxed);
        self.counters.compiling.fetch_add(1, Relaxed);
        let r = self.compile_recorded(f, tier, spec);
        self.counters.compiling.fetch_sub(1, Relaxed);
        r
    }

    /// A snapshot for [`Inner::quiet_since`], taken before a timed call.
    fn quiet_mark(&self) -> Option<u64> {
        (self.counters.compiling.load(Relaxed) == 0).then(|| self.counters.compile_starts.load(Relaxed))
    }

    /// Whether no compile ran since `mark` (so the call's timing is fair to compare).
    fn quiet_since(&self, mark: Option<u64>) -> bool {
        mark.is_some_and(|m| {
            self.counters.compiling.load(Relaxed) == 0 && self.counters.compile_starts.load(Relaxed) == m
        })
    }

    fn compile_recorded(&self, f: &FnState, tier: u8, spec: Option<&Binding>) -> Result<Code, String> {
        let t = Instant::now();
        // A panic in a compile is a Kiln bug; it must not take a worker (and every function
        // waiting on it) down: it becomes a failed compile, and the function stays where it is.
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.compile_cached(f, tier, spec)))
            .unwrap_or_else(|p| {
                let what = p
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| p.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                Err(format!("internal error: the tier-{tier} compile panicked: {what}"))
            });
        let secs = t.elapsed().as_secs_f64();
        // Specializations have their own bound (the inline cache's size).
        if tier < 3 {
            f.compile_count.fetch_add(1, Relaxed);
        }
        let source = match &r {
            Ok((_, s)) => *s,
            Err(_) => "compiled",
        };
        // Cache hits are not compiles: only real compiles feed the totals and the cost model.
        if source == "compiled" {
            self.counters.compile_ns.fetch_add((secs * 1e9) as u64, Relaxed);
            self.counters.compiles.fetch_add(1, Relaxed);
            if r.is_ok() {
                self.counters.compiled_ops.fetch_add(f.ir_size as u64, Relaxed);
                self.model.lock().observe_compile(tier, f.ir_size, secs);
            } else {
                self.counters.compile_failures.fetch_add(1, Relaxed);
            }
        }
        f.compiles.lock().push(CompileRecord {
            tier,
            seconds: secs,
            ir_size: f.ir_size,
            ok: r.is_ok(),
            source,
        });
        tracing::debug!(target: "kiln::engine", function = %f.name, tier, ms = secs * 1e3, ok = r.is_ok(), source, "compiled");
        r.map(|(c, _)| c)
    }

    /// The code of `f` at `tier`: from the memory cache, the disk cache, or a compile of a
    /// private copy of its module, restricted to `f` and what it calls. Returns where it came
    /// from (`memory`, `disk`, `compiled`).
    fn compile_cached(&self, f: &FnState, tier: u8, binding: Option<&Binding>) -> Result<(Code, &'static str), String> {
        // Tier 3 is tier 2's pipeline and code generation after the `specialize` pass.
        let base = tier.min(2);
        let spec = tier_spec(base).ok_or_else(|| format!("tier {tier} is not a compiled tier"))?;
        let jit = self.jit(base)?;
        let ctx = f.loaded.module.ctx().clone();
        let mut m = parse_source(&ctx, &f.loaded.text, &ParseConfig::default()).map_err(|d| d.message)?;
        let private = ctx.str_attr("private");
        for op in m.block_ops(m.body()).collect::<Vec<_>>() {
            if m.op_name(op) == "func.func"
                && kiln_ir::symbol::is_public(&m, op)
                && kiln_ir::symbol::symbol_name(&m, op) != Some(f.name.as_str())
            {
                m.set_attr(op, "sym_visibility", private);
            }
        }
        run_pipeline(&mut m, "builtin.module(symbol-dce)", false)
            .map_err(|ds| ds.iter().map(|d| d.message.clone()).collect::<Vec<_>>().join("; "))?;
        let generic = self.config.pipelines[base as usize - 1]
            .as_deref()
            .unwrap_or(spec.pipeline);
        let specialized;
        let pipeline = match binding {
            Some(b) => {
                let inner = generic
                    .strip_prefix("builtin.module(")
                    .ok_or_else(|| format!("tier 3 needs a builtin.module(...) pipeline, not '{generic}'"))?;
                specialized = format!("builtin.module(specialize{{{}}},{inner}", b.options(&f.binders));
                specialized.as_str()
            }
            None => generic,
        };
        // The key: the module as compiled (generic form, locations included: they are in the
        // error messages), the pipelines, the host.
        let canonical = print_module(
            &m,
            PrintOptions {
                generic: true,
                debug_info: true,
            },
        );
        let host = jit.host_id();
        let llvm = format!("{:?} {}", spec.codegen, spec.ir_passes.ir_passes);
        let key = cache::Key::of(&canonical, pipeline, &llvm, host);
        let code = |n: Arc<NativeModule>| Code {
            tier,
            native: Some(n),
            key: Some(key),
        };
        let cap = self.config.memory_cache_entries;
        let (hit, ev) = self.memory.lock().get(&key, cap);
        self.counters.cache_evictions.fetch_add(ev, Relaxed);
        if let Some(n) = hit {
            self.counters.memory_hits.fetch_add(1, Relaxed);
            tracing::debug!(target: "kiln::cache", function = %f.name, tier, key = %key.hex(), "memory hit");
            return Ok((code(n), "memory"));
        }
        if let Some(disk) = &self.disk {
            match disk.get(&key, host) {
                cache::DiskLookup::Hit(a) => match NativeModule::from_artifact(jit, &m, &a) {
                    Ok(n) => {
                        let n = Arc::new(n);
                        let ev = self.memory.lock().insert(key, &n, a.object.bytes.len(), 0.0, cap);
                        self.counters.cache_evictions.fetch_add(ev, Relaxed);
                        self.counters.disk_hits.fetch_add(1, Relaxed);
                        tracing::info!(target: "kiln::cache", function = %f.name, tier, key = %key.hex(), "disk hit");
                        return Ok((code(n), "disk"));
                    }
                    Err(e) => self.reject(disk, &key, f, &format!("it does not link: {e}")),
                },
                cache::DiskLookup::Rejected(reason) => self.reject(disk, &key, f, &reason),
                cache::DiskLookup::Miss => {}
            }
        }
        self.counters.cache_misses.fetch_add(1, Relaxed);
        let reg = kiln_passes::registry();
        // The suffix is the key's: an object linked in another process defines the same names.
        let suffix = format!(".k{}", &key.hex()[..16]);
        let t = Instant::now();
        let built = NativeModule::build(jit, m, &reg, pipeline, spec.ir_passes, &suffix);
        let (n, artifact) = match built {
            Ok(x) => x,
            // Another worker linked the same content meanwhile: use it.
            Err(e) => match self.memory.lock().get(&key, cap).0 {
                Some(n) => return Ok((code(n), "memory")),
                None => return Err(e.to_string()),
            },
        };
        let n = Arc::new(n);
        let ev = self
            .memory
            .lock()
            .insert(key, &n, artifact.object.bytes.len(), t.elapsed().as_secs_f64(), cap);
        self.counters.cache_evictions.fetch_add(ev, Relaxed);
        if let Some(disk) = &self.disk {
            match disk.put(&key, host, &artifact) {
                Ok(ev) => {
                    self.counters.cache_evictions.fetch_add(ev, Relaxed);
                    tracing::debug!(target: "kiln::cache", function = %f.name, tier, key = %key.hex(), evicted = ev, "stored");
                }
                Err(e) => {
                    tracing::warn!(target: "kiln::cache", dir = %disk.dir().display(), "cannot store a compile: {e}")
                }
            }
        }
        Ok((code(n), "compiled"))
    }

    /// An unusable disk entry: counted, reported, already removed; the caller recompiles.
    fn reject(&self, disk: &cache::DiskCache, key: &cache::Key, f: &FnState, reason: &str) {
        let _ = std::fs::remove_file(disk.path(key));
        self.counters.rejected_entries.fetch_add(1, Relaxed);
        tracing::warn!(target: "kiln::cache", function = %f.name, key = %key.hex(), "rejected a cache entry: {reason}; recompiling");
    }

    fn event(&self, f: &FnState, kind: &'static str, from: u8, to: u8, reason: String) {
        match kind {
            "compile_failed" | "dropped" => {
                tracing::warn!(target: "kiln::engine", function = %f.name, from, to, "{kind} @{}: {reason}", f.name)
            }
            _ => {
                tracing::info!(target: "kiln::engine", function = %f.name, from, to, "{kind} @{} to tier {to}: {reason}", f.name)
            }
        }
        let mut events = self.events.lock();
        if events.len() >= MAX_EVENTS {
            // A long-running service keeps the first decisions and the count of the rest.
            self.counters.events_dropped.fetch_add(1, Relaxed);
            return;
        }
        events.push(Event {
            at_seconds: self.start.elapsed().as_secs_f64(),
            function: f.name.clone(),
            kind,
            from_tier: from,
            to_tier: to,
            reason,
        });
    }

    /// The policy, asked after a timed call (never on the untimed fast path).
    fn after_timed_call(&self, fs: &Arc<FnState>, code: &Arc<Code>, args: &[Tensor]) {
        self.spec_sample(fs, args);
        // A call that ran code a promotion has since replaced says nothing about the new code.
        if !Arc::ptr_eq(&fs.code.load(), code) {
            return;
        }
        let th = &self.config.thresholds;
        let tier = code.tier;
        let p = &fs.profile;
        // Validate a fresh promotion against the version it replaced.
        let Some(mut prev) = fs.previous.try_lock() else {
            return;
        };
        if th.regression_factor.is_infinite() {
            // Demotion is off (the development preset): nothing to validate.
            prev.take();
        }
        if let Some(old) = prev.as_ref().filter(|old| !Arc::ptr_eq(old, code)) {
            let Some((old_t, new_t, samples)) = p.compare(old.tier as usize, tier as usize) else {
                return;
            };
            if samples < th.validate_samples {
                return;
            }
            let measured = old_t / new_t;
            self.model.lock().observe_speedup(fs.kind(), old.tier, tier, measured);
            if let Some(k) = &code.key {
                self.memory.lock().observe_speedup(k, measured);
            }
            let old = prev.take().expect("checked");
            if new_t > old_t * th.regression_factor {
                fs.rejected.fetch_or(1 << tier, Relaxed);
                self.counters.demotions.fetch_add(1, Relaxed);
                let from = old.tier;
                fs.code.store(old);
                self.event(
                    fs,
                    "demote",
                    tier,
                    from,
                    format!(
                        "tier {tier} measured {:.3} ms per call against {:.3} ms at tier {from} ({measured:.2}x)",
                        new_t * 1e3,
                        old_t * 1e3
                    ),
                );
                return;
            }
        }
        drop(prev);
        if fs.pending.load(Relaxed) {
            return;
        }
        let Some(mut rate) = fs.rate.try_lock() else {
            return;
        };
        let now = Instant::now();
        let first = *fs.first_call.get().unwrap_or(&now);
        let age = now.duration_since(first).as_secs_f64().max(1e-6);
        let calls = p.total_calls();
        let dt = now.duration_since(rate.2).as_secs_f64();
        let inst = if rate.1 == 0 || dt <= 0.0 {
            calls as f64 / age
        } else {
            calls.saturating_sub(rate.1) as f64 / dt
        };
        rate.0 = if rate.1 == 0 {
            inst
        } else {
            th.rate_alpha * inst + (1.0 - th.rate_alpha) * rate.0
        };
        rate.1 = calls;
        rate.2 = now;
        let t = &p.tiers[tier as usize];
        let obs = Observation {
            tier,
            calls_here: t.calls.load(Relaxed),
            samples_here: t.timed_calls.load(Relaxed),
            seconds_per_call: t.mean_seconds().unwrap_or(0.0),
            rate: rate.0,
            age,
            ir_size: fs.ir_size,
            kind: fs.kind(),
            rejected: fs.rejected.load(Relaxed),
            compiles: fs.compile_count.load(Relaxed),
            queue_len: self.queue.len(),
        };
        drop(rate);
        let Some(d) = self.model.lock().decide(th, &obs) else {
            self.consider_specialization(fs, &obs);
            return;
        };
        if fs.pending.swap(true, Relaxed) {
            return;
        }
        let reason = if th.cost_benefit {
            d.to_string()
        } else {
            format!("{} calls (thresholds only)", d.calls)
        };
        self.event(fs, "promote", tier, d.to, reason.clone());
        self.counters.requests.fetch_add(1, Relaxed);
        self.request(
            fs,
            Request {
                func: fs.id,
                to: d.to,
                benefit: d.benefit,
                reason,
                spec: None,
            },
        );
    }

    /// Compiles `r` on the caller (synchronous engines) or queues it.
    fn request(&self, fs: &FnState, r: Request) {
        if self.config.synchronous {
            self.run_request(fs, r.to, r.spec);
            return;
        }
        let to = r.to;
        match self.queue.push(r) {
            Pushed::Queued => {
                self.counters.longest.fetch_max(self.queue.len(), Relaxed);
            }
            Pushed::Merged => {
                self.counters.merged.fetch_add(1, Relaxed);
            }
            Pushed::Dropped(victim) => {
                self.counters.dropped.fetch_add(1, Relaxed);
                let v = self.functions.read()[victim].clone();
                v.pending.store(false, Relaxed);
                self.event(
                    &v,
                    "dropped",
                    v.code.load().tier,
                    to,
                    "the compile queue is full".into(),
                );
            }
            Pushed::Closed => fs.pending.store(false, Relaxed),
        }
    }

    /// Tier 3: records a timed call's binding, and every `specialize_check_calls` calls evicts
    /// the specializations whose guards stopped holding and reorders the rest by recent hits.
    fn spec_sample(&self, fs: &FnState, args: &[Tensor]) {
        let th = &self.config.thresholds;
        if th.specialize_max == 0 || fs.binders.is_empty() {
            return;
        }
        let Some(mut st) = fs.spec.try_lock() else {
            return;
        };
        if let Some(b) = fs.binders.bind(args) {
            st.sample(b, th.specialize_window);
        }
        let calls = fs.profile.total_calls();
        if calls < st.last_check + th.specialize_check_calls {
            return;
        }
        st.last_check = calls;
        let specs = fs.specs.load_full();
        if specs.is_empty() {
            return;
        }
        let mut recent: Vec<(u64, Arc<Spec>)> = Vec::new();
        for s in specs.iter() {
            let h = s.hits.load(Relaxed);
            let (c0, h0) = std::mem::replace(&mut *s.checked.lock(), (calls, h));
            let (dc, dh) = (calls.saturating_sub(c0), h.saturating_sub(h0));
            if dc >= th.specialize_check_calls && (dh as f64) < th.specialize_evict_share * dc as f64 {
                let why = format!("its guard held for {dh} of the last {dc} calls");
                self.retire(fs, &mut st, s, "evict", why, false);
            } else {
                recent.push((dh, s.clone()));
            }
        }
        // Most recent hits first: the common binding is checked first.
        recent.sort_by_key(|x| std::cmp::Reverse(x.0));
        let order: Vec<Arc<Spec>> = recent.into_iter().map(|x| x.1).collect();
        let current = fs.specs.load();
        if order.len() == current.len() && order.iter().zip(current.iter()).all(|(a, b)| Arc::ptr_eq(a, b)) {
            return;
        }
        // The set only changes under this lock, so `order` holds every current entry.
        fs.set_specs(order);
    }

    /// Tier 3's policy, asked when a function at tier 2 wants no promotion: specialize the
    /// binding that dominates its recent calls if the predicted saving beats the compile.
    fn consider_specialization(&self, fs: &FnState, obs: &Observation) {
        let th = &self.config.thresholds;
        let specs = fs.specs.load();
        if th.specialize_max == 0 || fs.binders.is_empty() || obs.tier != 2 || specs.len() >= th.specialize_max {
            return;
        }
        let Some(st) = fs.spec.try_lock() else {
            return;
        };
        if fs.profile.total_calls() < st.unstable_until {
            return;
        }
        let skip = |b: &Binding| st.rejected.contains(b) || specs.iter().any(|s| &s.binding == b);
        let Some((b, share)) = st.candidate(
            th.specialize_window,
            th.specialize_max,
            th.specialize_coverage,
            th.specialize_min_share,
            &skip,
        ) else {
            return;
        };
        drop(st);
        let (saving, compile, speedup) = {
            let model = self.model.lock();
            let speedup = model.speedup(obs.kind, 2, 3);
            let load = 1.0 + th.load_factor * obs.queue_len as f64;
            let saving = obs.rate * obs.age * share * obs.seconds_per_call * (1.0 - 1.0 / speedup);
            let compile = model.compile_seconds(3, obs.ir_size) * th.compile_cost_weight * load;
            (saving, compile, speedup)
        };
        if th.cost_benefit && saving <= compile {
            return;
        }
        if fs.pending.swap(true, Relaxed) {
            return;
        }
        let mut reason = format!(
            "{} in {:.0}% of the last {} sampled calls",
            b.text(&fs.binders),
            share * 100.0,
            th.specialize_window
        );
        if th.cost_benefit {
            reason += &format!(
                "; predicted saving {:.1} ms (at {speedup:.2}x) > predicted compile {:.1} ms",
                saving * 1e3,
                compile * 1e3
            );
        }
        self.event(fs, "specialize", 2, 3, reason.clone());
        self.counters.requests.fetch_add(1, Relaxed);
        self.request(
            fs,
            Request {
                func: fs.id,
                to: 3,
                benefit: saving - compile,
                reason,
                spec: Some(b),
            },
        );
    }

    /// After a timed call served by `s`: sample, and validate `s` against the generic code on
    /// its shape; a slower specialization is demoted.
    fn after_spec_call(&self, fs: &FnState, s: &Arc<Spec>, args: &[Tensor]) {
        self.spec_sample(fs, args);
        let th = &self.config.thresholds;
        if s.validated.load(Relaxed) || th.regression_factor.is_infinite() {
            return;
        }
        let generic = fs.code.load().tier as usize;
        let Some((old, new, n)) = fs.profile.compare_slot(s.slot.load(Relaxed), generic, 3) else {
            return;
        };
        if n < th.validate_samples {
            return;
        }
        let Some(mut st) = fs.spec.try_lock() else {
            return;
        };
        if s.validated.swap(true, Relaxed) {
            return;
        }
        self.model
            .lock()
            .observe_speedup(fs.kind(), generic as u8, 3, old / new);
        if let Some(k) = &s.key {
            self.memory.lock().observe_speedup(k, old / new);
        }
        if new > old * th.regression_factor {
            let why = format!(
                "it measured {:.3} ms per call against {:.3} ms for the generic code ({:.2}x)",
                new * 1e3,
                old * 1e3,
                old / new
            );
            self.retire(fs, &mut st, s, "demote", why, true);
        } else {
            tracing::info!(target: "kiln::engine", function = %fs.name, guard = %s.guard, speedup = old / new, "specialization kept");
        }
    }

    /// Takes `s` out of the inline cache (remembering its binding as rejected if `reject`),
    /// and marks the function unstable for a back-off period.
    fn retire(&self, fs: &FnState, st: &mut SpecState, s: &Arc<Spec>, kind: &'static str, why: String, reject: bool) {
        let rest: Vec<Arc<Spec>> = fs.specs.load().iter().filter(|x| !Arc::ptr_eq(x, s)).cloned().collect();
        fs.set_specs(rest);
        if reject {
            st.rejected.insert(s.binding.clone());
        }
        st.retire(Retired {
            guard: s.guard.clone(),
            hits: s.hits.load(Relaxed),
            misses: s.misses.load(Relaxed),
            deopts: s.deopts.load(Relaxed),
            reason: why.clone(),
        });
        let calls = fs.profile.total_calls();
        let until = st.back_off(calls, self.config.thresholds.specialize_backoff_calls);
        self.counters.spec_demotions.fetch_add(1, Relaxed);
        let generic = fs.code.load().tier;
        self.event(
            fs,
            kind,
            3,
            generic,
            format!(
                "{}: {why}; unstable, no new specialization before call {until}",
                s.guard
            ),
        );
    }

    /// Compiles the specialization of `fs` to `b` and adds it to the inline cache.
    fn install_spec(&self, fs: &FnState, b: Binding) -> Option<Arc<Spec>> {
        let from = fs.code.load().tier;
        let guard = b.text(&fs.binders);
        match self.compile(fs, 3, Some(&b)) {
            Ok(Code {
                native: Some(native),
                key,
                ..
            }) => {
                let mut spec = Spec::new(b, guard.clone(), native, fs.profile.total_calls());
                spec.key = key;
                let spec = Arc::new(spec);
                // The inline cache changes only under the policy's lock (see `spec_sample`).
                let st = fs.spec.lock();
                let mut all: Vec<Arc<Spec>> = fs.specs.load().iter().cloned().collect();
                all.push(spec.clone());
                fs.set_specs(all);
                drop(st);
                self.counters.specializations.fetch_add(1, Relaxed);
                let (secs, source) = fs
                    .compiles
                    .lock()
                    .last()
                    .map_or((0.0, "compiled"), |c| (c.seconds, c.source));
                self.event(
                    fs,
                    "install",
                    from,
                    3,
                    format!("{guard}: {} in {:.1} ms", how(source), secs * 1e3),
                );
                Some(spec)
            }
            Ok(_) => None,
            Err(e) => {
                fs.spec.lock().rejected.insert(b);
                self.event(fs, "compile_failed", from, 3, format!("{guard}: {e}"));
                None
            }
        }
    }

    /// Fixed tier 3: the specialization to the call's binding, compiled here if the cache has
    /// room (`None`: the generic code runs the call).
    fn specialize_now(&self, fs: &FnState, args: &[Tensor]) -> Option<Arc<Spec>> {
        if fs.binders.is_empty() {
            return None;
        }
        let b = fs.binders.bind(args)?;
        let _one_compile = fs.install.lock();
        // Another caller may have added it meanwhile.
        if let Some(s) = fs.specs.load().iter().find(|s| s.binding == b) {
            return Some(s.clone());
        }
        if fs.specs.load().len() >= self.config.thresholds.specialize_max || fs.spec.lock().rejected.contains(&b) {
            fs.spec_misses.fetch_add(1, Relaxed);
            return None;
        }
        self.install_spec(fs, b)
    }

    /// Compiles and installs a promotion or a specialization.
    fn run_request(&self, fs: &FnState, to: u8, spec: Option<Binding>) {
        if let Some(b) = spec.filter(|_| to == 3) {
            self.install_spec(fs, b);
            fs.pending.store(false, Relaxed);
            return;
        }
        let from = fs.code.load().tier;
        match self.compile(fs, to, None) {
            Ok(code) => {
                let (secs, source) = fs
                    .compiles
                    .lock()
                    .last()
                    .map_or((0.0, "compiled"), |c| (c.seconds, c.source));
                let old = fs.code.swap(Arc::new(code));
                *fs.previous.lock() = Some(old);
                self.counters.promotions.fetch_add(1, Relaxed);
                self.event(
                    fs,
                    "install",
                    from,
                    to,
                    format!("{} in {:.1} ms", how(source), secs * 1e3),
                );
            }
            Err(e) => {
                fs.rejected.fetch_or(1 << to, Relaxed);
                self.event(fs, "compile_failed", from, to, e);
            }
        }
        fs.pending.store(false, Relaxed);
    }

    fn worker(self: Arc<Self>) {
        while let Some(r) = self.queue.pop() {
            let f = self.functions.read()[r.func].clone();
            self.run_request(&f, r.to, r.spec);
        }
    }

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
            let generic: u64 = f.spec_misses.load(Relaxed) + specializations.iter().map(|s| s.deopts).sum::<u64>();
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
                deopt_rate: generic as f64 / with_specs,
                specializations,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn key(i: u8) -> cache::Key {
        cache::Key([i; 32])
    }

    #[test]
    fn the_memory_cache_keeps_the_most_valuable_modules_within_its_cap() {
        let mut m: MemCache<String> = MemCache::default();
        let mods: Vec<Arc<String>> = (0..3).map(|i| Arc::new(format!("m{i}"))).collect();
        // Equal compile time and size; m0 gets a hit, m1 measured slower than what it replaced.
        assert_eq!(m.insert(key(0), &mods[0], 100, 0.05, 2), 0);
        assert_eq!(m.insert(key(1), &mods[1], 100, 0.05, 2), 0);
        assert!(m.get(&key(0), 2).0.is_some());
        m.observe_speedup(&key(1), 0.5);
        assert_eq!(m.insert(key(2), &mods[2], 100, 0.05, 2), 1);
        let kept: Vec<u8> = (0..3).filter(|&i| m.entries[&key(i)].kept.is_some()).collect();
        assert_eq!(kept, [0, 2], "the slower module goes first");
        // Evicted, but still live: found again (one linked copy per key), and kept again.
        assert_eq!(*m.get(&key(1), 2).0.unwrap(), "m1");
        drop(mods);
        assert_eq!(m.entries.values().filter(|e| e.kept.is_some()).count(), 2);
    }
}
