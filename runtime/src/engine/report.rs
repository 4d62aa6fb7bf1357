//! `Engine::report()`: what ran where, what compiled, and why. The JSON form's keys are stable
//! (snake_case) and documented in the README.

use serde::Serialize;
use std::fmt;

/// One compile of a function.
#[derive(Clone, Debug, Serialize)]
pub struct CompileRecord {
    pub tier: u8,
    pub seconds: f64,
    /// Ops of the function compiled (the cost model's input).
    pub ir_size: usize,
    pub ok: bool,
    /// `compiled`, or a cache hit: `memory` or `disk`.
    pub source: &'static str,
    /// The fusion groups of the compiled code (tier 2 and up), one line each.
    pub fusion_groups: Vec<String>,
}

/// A decision of the engine, with its reason (also emitted as a `tracing` event).
#[derive(Clone, Debug, Serialize)]
pub struct Event {
    /// Seconds since the engine started.
    pub at_seconds: f64,
    pub function: String,
    /// `promote`, `specialize` (a tier-3 request), `install`, `demote`, `evict` (a
    /// specialization whose guard stopped holding), `compile_failed`, `dropped` or `cancelled`.
    pub kind: &'static str,
    pub from_tier: u8,
    pub to_tier: u8,
    pub reason: String,
}

/// Calls of one shape signature.
#[derive(Clone, Debug, Serialize)]
pub struct ShapeCount {
    /// Argument shapes, e.g. `64x512, 512x2048`.
    pub shapes: String,
    pub calls: u64,
}

/// One function.
#[derive(Clone, Debug, Serialize)]
pub struct FunctionReport {
    pub name: String,
    /// The tier of the generic code (specializations are counted as tier 3).
    pub current_tier: u8,
    /// Calls served by tier 0, 1, 2 and 3 (specializations).
    pub calls_by_tier: [u64; 4],
    /// Time spent at each tier (timed calls, extrapolated to every call).
    pub seconds_by_tier: [f64; 4],
    pub compiles: Vec<CompileRecord>,
    /// Tiers tried and abandoned because they measured slower.
    pub rejected_tiers: Vec<u8>,
    /// The most frequent shape signatures (at most 8).
    pub shapes: Vec<ShapeCount>,
    pub distinct_shapes: usize,
    /// Loop back edges taken by the interpreter.
    pub loop_back_edges: u64,
    /// Tier 3: the specializations, in the inline cache's order, then the demoted and evicted.
    pub specializations: Vec<SpecializationReport>,
    /// Share of the calls made while specializations existed that one of them served.
    pub specialization_hit_rate: f64,
    /// Share of those calls that ran the generic code: no specialization's guard held (a
    /// miss), or one refused the call (a deopt).
    pub generic_rate: f64,
    /// Share of those calls a specialization refused (deopts only).
    pub deopt_rate: f64,
    /// Why the function is at its current tier: the policy's last answer (`waiting: 1 of 2
    /// calls for tier 1`, `tier 2 not worth it yet: predicted saving 3.0 ms < compile 40.0
    /// ms`, `stays at tier 0: ...` when the native tiers cannot run it).
    pub status: String,
    /// No new specialization before this call (0: the function is stable).
    pub unstable_until_call: u64,
}

/// One specialization of a function.
#[derive(Clone, Debug, Serialize)]
pub struct SpecializationReport {
    /// Its bindings, e.g. `N=64, arg2=3`.
    pub guard: String,
    /// Calls it served.
    pub hits: u64,
    /// Calls whose check of its guard failed.
    pub misses: u64,
    /// Calls its own `kiln.guard` refused (rerun by the generic code).
    pub deopts: u64,
    /// Taken out of the cache (slower than the generic code, or its guard stopped holding).
    pub demoted: bool,
    /// Why, when demoted.
    pub reason: Option<String>,
}

/// The engine as a whole.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub functions: Vec<FunctionReport>,
    /// Seconds since the engine was built.
    pub wall_seconds: f64,
    /// Seconds spent compiling (on workers or callers).
    pub compile_seconds: f64,
    /// Seconds spent in calls, summed over the calling threads (so it may exceed
    /// `wall_seconds` when several threads call), estimated from the timed calls.
    pub run_seconds: f64,
    pub compiles: u64,
    pub compile_failures: u64,
    /// Ops compiled per second of compiling.
    pub compile_throughput_ops_per_second: f64,
    pub promotions: u64,
    /// Promotions abandoned because the new tier measured slower.
    pub demotions: u64,
    /// Specializations installed (tier 3).
    pub specializations: u64,
    /// Specializations demoted or evicted.
    pub specialization_demotions: u64,
    /// Promotions per 1,000 calls.
    pub promotion_rate_per_1000_calls: f64,
    pub queue: QueueReport,
    /// The first 10,000 decisions.
    pub events: Vec<Event>,
    /// Decisions past the first 10,000 (counted, not kept).
    pub events_dropped: u64,
    pub cache: CacheReport,
}

/// The compile cache.
#[derive(Clone, Debug, Default, Serialize)]
pub struct CacheReport {
    pub memory_hits: u64,
    pub disk_hits: u64,
    /// Lookups that found nothing (a compile followed).
    pub misses: u64,
    /// Entries evicted from memory or disk to stay within their budgets.
    pub evictions: u64,
    /// Disk entries found unusable (truncated, corrupted, another version or host), removed.
    pub rejected_entries: u64,
    pub bytes_on_disk: u64,
    /// The disk cache's directory (`null`: none).
    pub dir: Option<String>,
}

/// The compile queue.
#[derive(Clone, Debug, Default, Serialize)]
pub struct QueueReport {
    /// Promotions and specializations asked for.
    pub requests: u64,
    /// Requests run: each a compile, a cache hit or a failure (`requests = served + merged +
    /// dropped + cancelled + waiting`).
    pub served: u64,
    /// Requests still queued when the report was taken.
    pub waiting: u64,
    /// Requests merged into one already queued for the same function.
    pub merged: u64,
    pub dropped: u64,
    pub cancelled: u64,
    pub longest: usize,
}

impl Report {
    /// The JSON form (pretty-printed).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report always serializes")
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "engine: {:.3} s wall, {:.3} s in calls (all threads), {:.3} s compiling ({} compiles, {} failed, {:.0} ops/s); {} promotions, {} demotions ({:.2} per 1000 calls); {} specializations, {} demoted",
            self.wall_seconds,
            self.run_seconds,
            self.compile_seconds,
            self.compiles,
            self.compile_failures,
            self.compile_throughput_ops_per_second,
            self.promotions,
            self.demotions,
            self.promotion_rate_per_1000_calls,
            self.specializations,
            self.specialization_demotions
        )?;
        writeln!(
            f,
            "queue: {} requests: {} served (compiles or cache hits), {} merged, {} dropped, {} cancelled, {} waiting; longest {}",
            self.queue.requests,
            self.queue.served,
            self.queue.merged,
            self.queue.dropped,
            self.queue.cancelled,
            self.queue.waiting,
            self.queue.longest
        )?;
        let c = &self.cache;
        writeln!(
            f,
            "cache: {} memory hits, {} disk hits, {} misses, {} evictions, {} rejected entries, {} bytes on disk{}",
            c.memory_hits,
            c.disk_hits,
            c.misses,
            c.evictions,
            c.rejected_entries,
            c.bytes_on_disk,
            c.dir.as_ref().map(|d| format!(" ({d})")).unwrap_or_default()
        )?;
        for func in &self.functions {
            writeln!(f, "@{}: tier {} ({})", func.name, func.current_tier, func.status)?;
            for t in 0..4 {
                if func.calls_by_tier[t] > 0 {
                    writeln!(
                        f,
                        "  tier {t}: {} calls, {:.3} ms",
                        func.calls_by_tier[t],
                        func.seconds_by_tier[t] * 1e3
                    )?;
                }
            }
            for c in &func.compiles {
                writeln!(
                    f,
                    "  {} tier {}: {:.3} ms, {} ops{}",
                    match c.source {
                        "compiled" => "compile",
                        "disk" => "disk cache",
                        _ => "memory cache",
                    },
                    c.tier,
                    c.seconds * 1e3,
                    c.ir_size,
                    if c.ok { "" } else { " (failed)" }
                )?;
                for g in &c.fusion_groups {
                    writeln!(f, "    fused {g}")?;
                }
            }
            if !func.rejected_tiers.is_empty() {
                writeln!(f, "  rejected tiers: {:?}", func.rejected_tiers)?;
            }
            let top: Vec<String> = func
                .shapes
                .iter()
                .take(3)
                .map(|s| format!("({}) x{}", s.shapes, s.calls))
                .collect();
            writeln!(
                f,
                "  {} shape signatures; top: {}",
                func.distinct_shapes,
                top.join(", ")
            )?;
            if func.loop_back_edges > 0 {
                writeln!(f, "  loop back edges at tier 0: {}", func.loop_back_edges)?;
            }
            if !func.specializations.is_empty() {
                writeln!(
                    f,
                    "  specializations: hit rate {:.1}%, generic code {:.1}% (deopts {:.1}%){}",
                    func.specialization_hit_rate * 100.0,
                    func.generic_rate * 100.0,
                    func.deopt_rate * 100.0,
                    if func.unstable_until_call > 0 {
                        format!(", unstable until call {}", func.unstable_until_call)
                    } else {
                        String::new()
                    }
                )?;
            }
            for s in &func.specializations {
                writeln!(
                    f,
                    "    [{}] {} hits, {} misses, {} deopts{}",
                    s.guard,
                    s.hits,
                    s.misses,
                    s.deopts,
                    s.reason
                        .as_ref()
                        .map(|r| format!(" (demoted: {r})"))
                        .unwrap_or_default()
                )?;
            }
        }
        for e in &self.events {
            writeln!(
                f,
                "[{:9.3} ms] {} @{} {} -> {}: {}",
                e.at_seconds * 1e3,
                e.kind,
                e.function,
                e.from_tier,
                e.to_tier,
                e.reason
            )?;
        }
        Ok(())
    }
}
