//! The tier policy: thresholds (with presets) and a cost-benefit rule on top of them.
//!
//! A function at tier `t` is promoted to a tier `u > t` when
//! - it has made at least `threshold[u]` calls at `t`, raised by the compile queue's length
//!   (load feedback: no compile storms when many functions turn hot at once), and
//! - the predicted saving beats the predicted compile cost:
//!   `remaining_calls * time_per_call(t) * (1 - 1/speedup(t -> u)) > compile_time(u, ir_size)`.
//!
//! `remaining_calls` is the EWMA call rate times the function's age (a function that has been
//! called for a while at a steady rate is expected to go on for as long again). `speedup` and
//! `compile_time` start from priors and are learned online from what the engine measures.

use std::fmt;

/// Threshold presets.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Preset {
    /// Thresholds only, deterministic: promote after one call at tier 0 and two at tier 1, no
    /// cost-benefit rule, no demotion on measured speed. For tests and interactive work.
    Development,
    /// The default.
    Default,
    /// Wait for strong evidence: long-running services, where a wasted compile costs most.
    Production,
}

impl std::str::FromStr for Preset {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "development" => Ok(Preset::Development),
            "default" => Ok(Preset::Default),
            "production" => Ok(Preset::Production),
            _ => Err(format!("unknown preset '{s}' (development, default, production)")),
        }
    }
}

/// Every knob of the policy.
#[derive(Clone, Debug)]
pub struct Thresholds {
    /// Calls at a lower tier before tier 1 (index 1) or tier 2 (index 2) is considered.
    pub calls: [u64; 3],
    /// Timed calls at the current tier needed before a decision (the time per call must be known).
    pub min_samples: u64,
    /// Timed calls at a new tier before it is compared with the tier it replaced.
    pub validate_samples: u64,
    /// A new tier slower than the one it replaced by more than this factor is abandoned.
    pub regression_factor: f64,
    /// How much each queued compile raises the call thresholds (`1 + load_factor * queue_len`).
    pub load_factor: f64,
    /// Weight of the compile cost against the saving (more than 1: demand a margin).
    pub compile_cost_weight: f64,
    /// Installs per function (compiles and cache hits), after which it keeps its best version.
    pub max_compiles: u32,
    /// EWMA smoothing of the call rate (weight of the newest interval).
    pub rate_alpha: f64,
    /// Whether the cost-benefit rule applies (off: thresholds only).
    pub cost_benefit: bool,
    /// Tier 3: most specializations per function (the inline cache's size, K; 0 turns tier 3
    /// off).
    pub specialize_max: usize,
    /// Sampled calls whose bindings decide a specialization.
    pub specialize_window: usize,
    /// Share of the window a binding needs to be specialized.
    pub specialize_min_share: f64,
    /// Share of the window the `specialize_max` most frequent bindings must cover (few
    /// bindings dominate), else nothing is specialized.
    pub specialize_coverage: f64,
    /// Calls between checks of how often each specialization's guard holds.
    pub specialize_check_calls: u64,
    /// A specialization whose guard held for fewer than this share of the calls since the last
    /// check is evicted.
    pub specialize_evict_share: f64,
    /// Calls without new specializations after an eviction or a demotion (doubling with each).
    pub specialize_backoff_calls: u64,
}

impl Thresholds {
    /// The thresholds of a preset.
    pub fn preset(p: Preset) -> Thresholds {
        let base = Thresholds {
            calls: [0, 2, 8],
            min_samples: 2,
            validate_samples: 12,
            regression_factor: 1.10,
            load_factor: 1.0,
            compile_cost_weight: 1.0,
            max_compiles: 4,
            rate_alpha: 0.3,
            cost_benefit: true,
            specialize_max: 8,
            specialize_window: 64,
            specialize_min_share: 0.1,
            specialize_coverage: 0.75,
            specialize_check_calls: 512,
            specialize_evict_share: 0.02,
            specialize_backoff_calls: 2000,
        };
        match p {
            Preset::Development => Thresholds {
                calls: [0, 1, 2],
                min_samples: 1,
                validate_samples: 1,
                regression_factor: f64::INFINITY,
                cost_benefit: false,
                specialize_window: 4,
                specialize_min_share: 0.5,
                specialize_coverage: 0.5,
                ..base
            },
            Preset::Default => base,
            Preset::Production => Thresholds {
                calls: [0, 50, 500],
                min_samples: 8,
                validate_samples: 24,
                compile_cost_weight: 2.0,
                max_compiles: 3,
                specialize_window: 128,
                specialize_coverage: 0.9,
                ..base
            },
        }
    }
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds::preset(Preset::Default)
    }
}

/// What the profile says about one function when the policy is asked.
#[derive(Clone, Debug)]
pub struct Observation {
    pub tier: u8,
    /// Calls at the current tier.
    pub calls_here: u64,
    /// Timed calls at the current tier.
    pub samples_here: u64,
    /// Mean seconds per call at the current tier.
    pub seconds_per_call: f64,
    /// EWMA calls per second.
    pub rate: f64,
    /// Seconds since the first call.
    pub age: f64,
    /// Ops in the function and its callees.
    pub ir_size: usize,
    /// What dominates the function's time at tier 0.
    pub kind: Kind,
    /// Tiers tried for this function and found slower (bit i: tier i).
    pub rejected: u8,
    pub compiles: u32,
    pub queue_len: usize,
    /// Tiers whose code for this function is in the memory or disk cache (bit i: tier i):
    /// promoting there costs a load, not a compile.
    pub cached: u8,
    /// For cached tiers: the speedup that code measured over the current tier when it last
    /// replaced it (in this engine or an earlier process), which replaces the prior.
    pub cached_speedup: [Option<f64>; 3],
}

/// What a function spends its tier-0 time on, which decides how much compiling can save.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Whole-tensor ops (elementwise, reductions, data movement): tier 0 runs each as one
    /// vectorized kernel, so only the per-op dispatch is saved.
    Tensor,
    /// A contraction (matmul, dot_general, convolution): tier 0 and tier 2 both run it in the
    /// same tuned GEMM; the baseline tier's loop nest is far slower.
    Contraction,
    /// Loops the interpreter runs iteration by iteration (it counted back edges): compiled
    /// code saves the dispatch of every op of every iteration.
    Loops,
}

impl Kind {
    /// The kind of a function from what it contains and what the interpreter counted.
    pub fn of(contraction: bool, back_edges: u64) -> Kind {
        if back_edges > 0 {
            Kind::Loops
        } else if contraction {
            Kind::Contraction
        } else {
            Kind::Tensor
        }
    }
}

/// A promotion the policy asks for, with its reason.
#[derive(Clone, Debug)]
pub struct Decision {
    pub to: u8,
    /// Predicted saving minus compile cost, in seconds: the queue's priority.
    pub benefit: f64,
    pub predicted_saving: f64,
    pub predicted_compile: f64,
    pub calls: u64,
    /// The code is in a cache: `predicted_compile` is the load.
    pub cached: bool,
}

impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} calls, predicted saving {:.1} ms > predicted {} {:.1} ms",
            self.calls,
            self.predicted_saving * 1e3,
            if self.cached { "cache load" } else { "compile" },
            self.predicted_compile * 1e3
        )
    }
}

/// Online least squares of compile seconds against IR size, started from a prior worth a few
/// observations.
#[derive(Clone, Debug)]
struct LinearFit {
    n: f64,
    sx: f64,
    sy: f64,
    sxx: f64,
    sxy: f64,
}

impl LinearFit {
    fn with_prior(intercept: f64, slope: f64) -> Self {
        let mut f = LinearFit {
            n: 0.0,
            sx: 0.0,
            sy: 0.0,
            sxx: 0.0,
            sxy: 0.0,
        };
        // Two pseudo-observations pin the prior line.
        for x in [10.0, 200.0] {
            f.add(x, intercept + slope * x);
        }
        f
    }
    fn add(&mut self, x: f64, y: f64) {
        self.n += 1.0;
        self.sx += x;
        self.sy += y;
        self.sxx += x * x;
        self.sxy += x * y;
    }
    fn predict(&self, x: f64) -> f64 {
        let d = self.n * self.sxx - self.sx * self.sx;
        let (a, b) = if d.abs() < 1e-12 {
            (self.sy / self.n, 0.0)
        } else {
            let b = ((self.n * self.sxy - self.sx * self.sy) / d).max(0.0);
            (((self.sy - b * self.sx) / self.n).max(0.0), b)
        };
        a + b * x
    }
}

/// Prior speedups of a specialization over the generic tier-2 code, by [`Kind`] (tensor ops,
/// contractions, loops). Measured with `bench/specialize.sh 5` (release, medians of per-call
/// medians, interleaved): softmax 4096x512 1.14x (static extents: no remainder loops);
/// matmul 256^3 0.94x and K8's MLP at batch 64 0.95x, noise around 1.0 (both tiers call the
/// same GEMM, which dominates); a `ktensor.while` of 1,000 steps specialized to its trip count,
/// 1.00x (LLVM gains nothing from a constant trip count of a loop it does not unroll).
pub const SPECIALIZE_PRIORS: [f64; 3] = [1.1, 1.0, 1.0];

/// What the engine has learned across functions: compile time by tier, speedup by tier pair
/// and kind of function.
#[derive(Clone, Debug)]
pub struct CostModel {
    compile: [LinearFit; 4],
    /// Seconds to load cached code (link an object, or reuse a module in memory), as an EWMA.
    load: f64,
    /// speedup[kind][from][to], as an EWMA of measured ratios (tier 3: a specialization
    /// against the generic tier-2 code on the same shapes).
    speedup: [[[f64; 4]; 4]; 3],
}

impl Default for CostModel {
    fn default() -> Self {
        // Priors, measured with bench/peers.sh (2026-12-04, after Kiln's own vectorizer,
        // vector math with FMA, streaming stores and parallel loops), bench/engine.sh and
        // `jit-run --calls` on the shared 2-core machines (release, 1 thread; tier 0 time /
        // tier t time, medians):
        // - whole-tensor ops: tier 1 (greedy fusion, vector math, vectorize-loops) 2.3x-2.8x
        //   (relu(a*b+c) 16M, softmax), 4x (1M), 7-8x (layernorm, GELU); tier 2 1.9x-10x,
        //   and 1.0x-1.4x over tier 1 (its e-graph and default<O2>); more with a second
        //   thread. (Tier 1's naive loops at O0 had been 0.08x-0.15x; with LLVM's vectorizer
        //   2-5x.)
        // - contractions: tier 1 and tier 2 call the same GEMM as tier 0 and save the dispatch
        //   around it: 1.0x-1.1x on matmul 512^3 and K5's MLP, 1.4x on attention, 1.07x-1.9x
        //   on K8's MLP at batch 1, 64 and 256; tier 2 over tier 1 about 1.05x;
        // - interpreted loops: every op of every iteration is dispatched, against a few
        //   instructions once compiled.
        // Tier 1 compiles the kernels in 4-11 ms, tier 2 in 6-34 ms.
        // - tier 3 over tier 2: SPECIALIZE_PRIORS below.
        let mut speedup = [[[1.0; 4]; 4]; 3];
        let set = |s: &mut [[[f64; 4]; 4]; 3], k: Kind, v: [f64; 4]| {
            s[k as usize][0][1] = v[0];
            s[k as usize][0][2] = v[1];
            s[k as usize][1][2] = v[2];
            s[k as usize][2][3] = v[3];
        };
        set(&mut speedup, Kind::Tensor, [3.0, 3.5, 1.15, SPECIALIZE_PRIORS[0]]);
        set(&mut speedup, Kind::Contraction, [1.1, 1.1, 1.05, SPECIALIZE_PRIORS[1]]);
        set(&mut speedup, Kind::Loops, [20.0, 50.0, 2.5, SPECIALIZE_PRIORS[2]]);
        CostModel {
            // Linking a cached object of K8's MLP measured 2.8 ms.
            load: 0.003,
            compile: [
                LinearFit::with_prior(0.0, 0.0),
                LinearFit::with_prior(0.006, 0.0002),
                LinearFit::with_prior(0.05, 0.001),
                LinearFit::with_prior(0.05, 0.001),
            ],
            speedup,
        }
    }
}

impl CostModel {
    /// Predicted seconds to compile `ir_size` ops at `tier`.
    pub fn compile_seconds(&self, tier: u8, ir_size: usize) -> f64 {
        self.compile[tier as usize].predict(ir_size as f64)
    }
    /// Predicted seconds to load cached code.
    pub fn load_seconds(&self) -> f64 {
        self.load
    }
    /// Learns from a cache hit's load time.
    pub fn observe_load(&mut self, seconds: f64) {
        if seconds.is_finite() && seconds >= 0.0 {
            self.load = 0.5 * self.load + 0.5 * seconds;
        }
    }
    /// Learns from a finished compile.
    pub fn observe_compile(&mut self, tier: u8, ir_size: usize, seconds: f64) {
        self.compile[tier as usize].add(ir_size as f64, seconds);
    }
    /// Predicted speedup of `to` over `from`.
    pub fn speedup(&self, kind: Kind, from: u8, to: u8) -> f64 {
        self.speedup[kind as usize][from as usize][to as usize]
    }
    /// Learns a measured speedup (EWMA, so one odd function does not rule the rest).
    pub fn observe_speedup(&mut self, kind: Kind, from: u8, to: u8, measured: f64) {
        if measured.is_finite() && measured > 0.0 {
            let s = &mut self.speedup[kind as usize][from as usize][to as usize];
            *s = 0.5 * *s + 0.5 * measured;
        }
    }

    /// The promotion `o` deserves under `th`: the target tier with the largest net benefit;
    /// otherwise why none (`waiting: 1 of 2 calls for tier 1`, `not worth it: ...`), which the
    /// report shows.
    pub fn decide(&self, th: &Thresholds, o: &Observation) -> Result<Decision, String> {
        if o.tier >= 2 {
            return Err("at tier 2, the highest generic tier".into());
        }
        if o.compiles >= th.max_compiles {
            return Err(format!("compile limit reached ({} installs)", o.compiles));
        }
        if o.samples_here < th.min_samples {
            return Err(format!(
                "waiting: {} of {} timed calls at tier {}",
                o.samples_here, th.min_samples, o.tier
            ));
        }
        let load = 1.0 + th.load_factor * o.queue_len as f64;
        let remaining = o.rate * o.age;
        let mut best: Option<Decision> = None;
        let mut why = Vec::new();
        for to in o.tier + 1..3 {
            if o.rejected & (1 << to) != 0 {
                why.push(format!("tier {to} rejected"));
                continue;
            }
            let needed = (th.calls[to as usize] as f64 * load).ceil() as u64;
            if o.calls_here < needed {
                why.push(format!("waiting: {} of {needed} calls for tier {to}", o.calls_here));
                continue;
            }
            let cached = o.cached & (1 << to) != 0;
            let measured = o.cached_speedup[to as usize].filter(|_| cached);
            let s = measured.unwrap_or_else(|| self.speedup(o.kind, o.tier, to));
            let saving = remaining * o.seconds_per_call * (1.0 - 1.0 / s);
            // Code already in a cache costs its load, not a compile.
            let cost = if cached {
                self.load_seconds()
            } else {
                self.compile_seconds(to, o.ir_size)
            };
            let compile = cost * th.compile_cost_weight * load;
            let benefit = saving - compile;
            if th.cost_benefit && benefit <= 0.0 {
                why.push(format!(
                    "tier {to} not worth it yet: predicted saving {:.1} ms < {} {:.1} ms",
                    saving * 1e3,
                    if cached { "cache load" } else { "compile" },
                    compile * 1e3
                ));
                continue;
            }
            if best.as_ref().is_none_or(|b| benefit > b.benefit) {
                best = Some(Decision {
                    to,
                    benefit,
                    predicted_saving: saving,
                    predicted_compile: compile,
                    calls: o.calls_here,
                    cached,
                });
            }
        }
        best.ok_or_else(|| why.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs() -> Observation {
        Observation {
            tier: 0,
            calls_here: 100,
            samples_here: 10,
            seconds_per_call: 1e-3,
            rate: 1000.0,
            age: 0.1,
            ir_size: 20,
            kind: Kind::Loops,
            rejected: 0,
            compiles: 0,
            queue_len: 0,
            cached: 0,
            cached_speedup: [None; 3],
        }
    }

    #[test]
    fn promotes_when_the_saving_beats_the_compile() {
        let m = CostModel::default();
        let th = Thresholds::default();
        // 10,000 more calls of 1 ms of interpreted loops: tier 2's extra speed beats its
        // extra compile time.
        let long = Observation { age: 10.0, ..obs() };
        let d = m.decide(&th, &long).expect("promotes");
        assert_eq!(d.to, 2, "{d:?}");
        assert!(d.to_string().contains("100 calls"));
        // A short-lived function (about 20 more calls) is not worth tier 2; tier 1 still pays.
        let short = Observation { age: 0.02, ..obs() };
        assert_eq!(m.decide(&th, &short).map(|d| d.to).ok(), Some(1));
        // Nothing pays for a microsecond function called ten times.
        let tiny = Observation {
            seconds_per_call: 1e-6,
            age: 0.01,
            ..obs()
        };
        assert!(m.decide(&th, &tiny).is_err());
    }

    #[test]
    fn thresholds_rise_with_the_queue_and_limits_hold() {
        let m = CostModel::default();
        let th = Thresholds::default();
        let busy = Observation {
            calls_here: 9,
            queue_len: 4,
            ..obs()
        };
        assert!(m.decide(&th, &busy).is_err(), "2 * (1 + 4) calls needed");
        assert!(m.decide(&th, &Observation { calls_here: 10, ..busy }).is_ok());
        let limited = Observation {
            compiles: th.max_compiles,
            ..obs()
        };
        assert!(m.decide(&th, &limited).is_err());
        let rejected = Observation {
            rejected: 0b110,
            ..obs()
        };
        assert!(m.decide(&th, &rejected).is_err());
    }

    #[test]
    fn cached_code_costs_its_load_and_refusals_say_why() {
        let m = CostModel::default();
        let th = Thresholds::default();
        // A contraction (1.1x predicted) called 200 times more: tier 2's compile does not pay
        // for itself, loading it from the cache does.
        let o = Observation {
            kind: Kind::Contraction,
            ir_size: 400,
            age: 0.2,
            ..obs()
        };
        let why = m.decide(&th, &o).unwrap_err();
        assert!(
            why.contains("tier 2 not worth it yet") && why.contains("< compile"),
            "{why}"
        );
        let d = m
            .decide(
                &th,
                &Observation {
                    cached: 0b100,
                    ..o.clone()
                },
            )
            .expect("promotes");
        assert!(d.to == 2 && d.cached, "{d:?}");
        assert!(d.to_string().contains("cache load 3.0 ms"), "{d}");
        // A tiny contraction: the load pays only with the speedup an earlier run measured.
        let tiny = Observation {
            seconds_per_call: 1e-5,
            age: 1.0,
            cached: 0b100,
            ..o.clone()
        };
        assert!(m.decide(&th, &tiny).is_err());
        let measured = Observation {
            cached_speedup: [None, None, Some(4.0)],
            ..tiny.clone()
        };
        assert_eq!(m.decide(&th, &measured).map(|d| d.to).ok(), Some(2));
        // A measured slowdown is never promoted to.
        let slower = Observation {
            cached_speedup: [None, None, Some(0.8)],
            age: 100.0,
            ..tiny
        };
        assert_ne!(m.decide(&th, &slower).map(|d| d.to).ok(), Some(2));
        let waiting = m.decide(&th, &Observation { calls_here: 1, ..o }).unwrap_err();
        assert_eq!(
            waiting,
            "waiting: 1 of 2 calls for tier 1; waiting: 1 of 8 calls for tier 2"
        );
    }

    #[test]
    fn learns_compile_time_and_speedup() {
        let mut m = CostModel::default();
        for size in [10, 50, 100, 400] {
            m.observe_compile(2, size, 0.01 + 0.0005 * size as f64);
        }
        let p = m.compile_seconds(2, 1000);
        assert!(p > 0.3 && p < 0.8, "{p}");
        let before = m.speedup(Kind::Contraction, 0, 2);
        m.observe_speedup(Kind::Contraction, 0, 2, 0.5);
        assert!(m.speedup(Kind::Contraction, 0, 2) < before);
        assert_eq!(Kind::of(true, 3), Kind::Loops);
        assert_eq!(Kind::of(true, 0), Kind::Contraction);
        // A contraction at tier 0 (tuned GEMM) is not worth the baseline tier.
        let th = Thresholds::default();
        let o = Observation {
            kind: Kind::Contraction,
            age: 0.01,
            ..obs()
        };
        assert_ne!(m.decide(&th, &o).map(|d| d.to).ok(), Some(1));
    }

    #[test]
    fn presets_parse() {
        assert_eq!("production".parse::<Preset>(), Ok(Preset::Production));
        assert!("fast".parse::<Preset>().is_err());
        assert!(Thresholds::preset(Preset::Production).calls[2] > Thresholds::preset(Preset::Development).calls[2]);
    }
}
