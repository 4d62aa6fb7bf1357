//! Compiling: the JIT of each tier, compiles through the memory and disk caches (a panic in a compile is a failed compile), and the workers that serve the queue.

use super::*;

/// What a compile worker of an auto-mode engine compiles at tier 1 before its first request:
/// a small attention with a tanh, so that it reaches what tier 1 compiles (a GEMM call, a
/// transpose, a fused softmax with vector math, reductions and masked tails). A
/// process's first LLVM compile pays for faulting in LLVM's code and its first allocations
/// (`llc -O0 -time-passes` on a softmax: 4.2 of 6.7 ms were system time) and for creating the
/// LLJIT (1.2 ms); paid here, at engine start, the cost overlaps the first calls at tier 0
/// instead of delaying the first promotion. Fixed-tier engines skip it unless asked
/// ([`EngineBuilder::warm_up`]): their first request comes at once, and would wait for it.
const WARM_UP: &str = r#"
func.func @kiln_warm_up(%q: tensor<4x40xf32>, %k: tensor<40x40xf32>) -> tensor<4x40xf32> {
  %kt = ktensor.transpose %k {perm = array<i64: 1, 0>} : (tensor<40x40xf32>) -> tensor<40x40xf32>
  %x = ktensor.matmul %q, %kt : (tensor<4x40xf32>, tensor<40x40xf32>) -> tensor<4x40xf32>
  %m = ktensor.reduce %x {axes = array<i64: 1>, kind = "max"} : (tensor<4x40xf32>) -> tensor<4xf32>
  %mb = ktensor.broadcast_in_dim %m {dims = array<i64: 0>} : (tensor<4xf32>) -> tensor<4x40xf32>
  %d = ktensor.sub %x, %mb : tensor<4x40xf32>
  %e = ktensor.exp %d : tensor<4x40xf32>
  %s = ktensor.reduce %e {axes = array<i64: 1>, kind = "sum"} : (tensor<4x40xf32>) -> tensor<4xf32>
  %sb = ktensor.broadcast_in_dim %s {dims = array<i64: 0>} : (tensor<4xf32>) -> tensor<4x40xf32>
  %p = ktensor.div %e, %sb : tensor<4x40xf32>
  %t = ktensor.tanh %p : tensor<4x40xf32>
  return %t : tensor<4x40xf32>
}
"#;

impl Inner {
    /// Whether the compile workers warm up (auto mode, unless turned off; by default not
    /// over a disk cache that already holds code: the first requests are then likely loads,
    /// which would wait behind the warm-up's compile, ~20 ms).
    fn warm_up_on_workers(&self) -> bool {
        let c = &self.config;
        let default = self.disk.as_ref().is_none_or(|d| !d.holds_code());
        c.mode == TierMode::Auto && !c.synchronous && c.warm_up.unwrap_or(default)
    }

    /// Whether `EngineBuilder::build` warms up on its caller (asked, and no worker will).
    pub(super) fn warm_up_on_caller(&self) -> bool {
        self.config.warm_up == Some(true) && !self.warm_up_on_workers()
    }

    /// Compiles [`WARM_UP`] at tier 1 (not counted as a compile: nothing is installed).
    pub(super) fn warm_up(&self) {
        let t = Instant::now();
        let (Some(spec), Ok(jit)) = (tier_spec(1), self.jit(1)) else {
            return;
        };
        let ctx = Arc::new(kiln_dialects::context());
        let ok = parse_source(&ctx, WARM_UP, &ParseConfig::default())
            .ok()
            .map(|m| NativeModule::compile(jit, m, &kiln_passes::registry(), spec.pipeline, spec.ir_passes).is_ok());
        tracing::debug!(ms = t.elapsed().as_secs_f64() * 1e3, ok, "warmed up tier 1");
    }

    pub(super) fn jit(&self, tier: u8) -> Result<&Jit, String> {
        let spec = tier_spec(tier).ok_or_else(|| format!("tier {tier} is not a compiled tier"))?;
        self.jits[tier as usize - 1]
            .get_or_init(|| Jit::new(spec.codegen).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| e.clone())
    }

    /// Compiles `f` at `tier`: a private copy of its module, with every other public function
    /// made private and dropped unless `f` calls it, through the tier's pipeline. Records the
    /// compile.
    pub(super) fn compile(&self, f: &FnState, tier: u8, spec: Option<&Binding>) -> Result<Code, String> {
        self.counters.compile_starts.fetch_add(1, Relaxed);
        self.counters.compiling.fetch_add(1, Relaxed);
        let r = self.compile_recorded(f, tier, spec);
        self.counters.compiling.fetch_sub(1, Relaxed);
        r
    }

    /// The source key of `f`'s generic code at native tier `tier` (1 or 2).
    pub(super) fn source_key(&self, f: &FnState, tier: u8) -> Option<cache::Key> {
        let spec = tier_spec(tier)?;
        let pipeline = self.config.pipelines[tier as usize - 1]
            .as_deref()
            .unwrap_or(spec.pipeline);
        let llvm = format!("{:?} {}", spec.codegen, spec.ir_passes.ir_passes);
        Some(cache::Key::source(&f.loaded.hash, &f.name, pipeline, &llvm))
    }

    /// The native tiers whose code for `f` is in the memory or disk cache (bit i: tier i),
    /// and the speedups measured for that code when it replaced another tier's.
    pub(super) fn cached_tiers(&self, f: &FnState) -> (u8, [Option<cache::MeasuredSpeedup>; 3]) {
        let (mut bits, mut speedups) = (0, [None; 3]);
        for tier in 1..=2u8 {
            let Some(source) = self.source_key(f, tier) else {
                continue;
            };
            let in_memory = self
                .aliases
                .lock()
                .get(&source)
                .copied()
                .filter(|(k, _)| self.memory.lock().contains(k));
            if let Some((_, s)) = in_memory.or_else(|| self.disk.as_ref().and_then(|d| d.alias(&source))) {
                bits |= 1 << tier;
                speedups[tier as usize] = s;
            }
        }
        (bits, speedups)
    }

    /// Records that `f`'s code at `tier` is `key` (and what it measured), for later loads.
    pub(super) fn record_alias(&self, f: &FnState, tier: u8, key: cache::Key, speedup: Option<cache::MeasuredSpeedup>) {
        let Some(source) = self.source_key(f, tier) else {
            return;
        };
        self.aliases.lock().insert(source, (key, speedup));
        if let Some(disk) = &self.disk {
            if let Err(e) = disk.put_alias(&source, &key, speedup) {
                tracing::warn!(target: "kiln::cache", function = %f.name, "cannot write a cache alias: {e}");
            }
        }
    }

    /// A snapshot for [`Inner::quiet_since`], taken before a timed call.
    pub(super) fn quiet_mark(&self) -> Option<u64> {
        (self.counters.compiling.load(Relaxed) == 0).then(|| self.counters.compile_starts.load(Relaxed))
    }

    /// Whether no compile ran since `mark` (so the call's timing is fair to compare).
    pub(super) fn quiet_since(&self, mark: Option<u64>) -> bool {
        mark.is_some_and(|m| {
            self.counters.compiling.load(Relaxed) == 0 && self.counters.compile_starts.load(Relaxed) == m
        })
    }

    pub(super) fn compile_recorded(&self, f: &FnState, tier: u8, spec: Option<&Binding>) -> Result<Code, String> {
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
        if r.is_ok() && source != "compiled" {
            self.model.lock().observe_load(secs);
        }
        if let (Some(k), None) = (r.as_ref().ok().and_then(|(c, _)| c.key), spec) {
            // The code is cached now: a later load of the same module decides with its load
            // cost.
            // A speedup measured by an earlier process stays until this one measures its own.
            let known = f.cached_speedup.lock()[tier as usize];
            self.record_alias(f, tier, k, known);
            f.cached.fetch_or(1 << tier, Relaxed);
        }
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
        let fusion_groups = match &r {
            Ok((c, _)) => c
                .native
                .as_ref()
                .map(|n| n.fusion_groups().to_vec())
                .unwrap_or_default(),
            Err(_) => Vec::new(),
        };
        f.compiles.lock().push(CompileRecord {
            tier,
            seconds: secs,
            ir_size: f.ir_size,
            ok: r.is_ok(),
            source,
            fusion_groups,
        });
        tracing::debug!(target: "kiln::engine", function = %f.name, tier, ms = secs * 1e3, ok = r.is_ok(), source, "compiled");
        r.map(|(c, _)| c)
    }

    /// The code of `f` at `tier`: from the memory cache, the disk cache, or a compile of a
    /// private copy of its module, restricted to `f` and what it calls. Returns where it came
    /// from (`memory`, `disk`, `compiled`).
    pub(super) fn compile_cached(
        &self,
        f: &FnState,
        tier: u8,
        binding: Option<&Binding>,
    ) -> Result<(Code, &'static str), String> {
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
                ..Default::default()
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
        let reg = kiln_passes::registry_for(&ctx);
        // The suffix is the key's: an object linked in another process defines the same names.
        let suffix = format!(".k{}", &key.hex()[..16]);
        let t = Instant::now();
        let limit = self.config.limits.max_compile_seconds;
        let built = kiln_ir::pass::with_time_limit(limit, || {
            NativeModule::build(jit, m, &reg, pipeline, spec.ir_passes, &suffix)
        });
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
    pub(super) fn reject(&self, disk: &cache::DiskCache, key: &cache::Key, f: &FnState, reason: &str) {
        let _ = std::fs::remove_file(disk.path(key));
        self.counters.rejected_entries.fetch_add(1, Relaxed);
        tracing::warn!(target: "kiln::cache", function = %f.name, key = %key.hex(), "rejected a cache entry: {reason}; recompiling");
    }

    /// Compiles and installs a promotion or a specialization.
    pub(super) fn run_request(&self, fs: &FnState, to: u8, spec: Option<Binding>) {
        self.counters.served.fetch_add(1, Relaxed);
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

    pub(super) fn worker(self: Arc<Self>) {
        if self.warm_up_on_workers() {
            self.warm_up();
        }
        while let Some(r) = self.queue.pop() {
            let f = self.functions.read()[r.func].clone();
            self.run_request(&f, r.to, r.spec);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A warm-up that does not compile would warm nothing, silently.
    #[test]
    fn the_warm_up_module_compiles_at_tier_1() {
        let spec = tier_spec(1).expect("tier 1");
        let jit = Jit::new(spec.codegen).expect("a JIT for the host");
        let ctx = Arc::new(kiln_dialects::context());
        let m = parse_source(&ctx, WARM_UP, &ParseConfig::default()).expect("the warm-up module parses");
        let code = NativeModule::compile(&jit, m, &kiln_passes::registry(), spec.pipeline, spec.ir_passes);
        assert!(code.is_ok(), "{:?}", code.err());
    }
}
