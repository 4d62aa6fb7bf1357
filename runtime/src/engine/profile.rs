//! Per-function profiles: call counters, shape-signature counts and sampled call timings, all
//! kept in atomics so the call path takes no lock.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// The tiers a function can run at: 0 (interpreter), 1 (baseline), 2 (optimizing), 3
/// (specialized).
pub const NUM_TIERS: usize = 4;

/// A sampled call timing is taken on every call whose previous timing exceeded this: the
/// clock costs about 25 ns, noise against a call of this length. Cheaper calls are timed one in
/// [`SAMPLE_PERIOD`].
const ALWAYS_TIME_ABOVE_NS: u64 = 20_000;
/// One in this many cheap calls is timed (a power of two).
pub const SAMPLE_PERIOD: u64 = 16;
/// The first calls at each tier are all timed: the policy decides early from them.
const WARMUP_CALLS: u64 = 64;
/// Timed calls at a tier left out of the per-shape comparison (see [`Profile::timed`]).
pub const COLD_CALLS: u64 = 2;
/// Distinct shape signatures counted exactly; the rest share an overflow counter.
const SHAPE_SLOTS: usize = 64;

/// Counters of one tier.
#[derive(Default)]
pub struct TierCounters {
    pub calls: AtomicU64,
    pub timed_calls: AtomicU64,
    pub timed_ns: AtomicU64,
}

impl TierCounters {
    /// Mean time per call from the timed calls, in seconds (`None` before any timing).
    pub fn mean_seconds(&self) -> Option<f64> {
        let n = self.timed_calls.load(Relaxed);
        (n > 0).then(|| self.timed_ns.load(Relaxed) as f64 * 1e-9 / n as f64)
    }
    /// Estimated total time at this tier: the timed mean times every call.
    pub fn estimated_seconds(&self) -> f64 {
        self.mean_seconds().unwrap_or(0.0) * self.calls.load(Relaxed) as f64
    }
}

/// The profile of one function.
pub struct Profile {
    pub tiers: [TierCounters; NUM_TIERS],
    /// Nanoseconds of the last timed call (decides whether the next call is timed).
    last_ns: AtomicU64,
    /// Open-addressed table of (signature hash + 1, count); 0 marks a free slot.
    shape_keys: [AtomicU64; SHAPE_SLOTS],
    shape_counts: [AtomicU64; SHAPE_SLOTS],
    /// Per shape slot and tier: timed calls and their nanoseconds, so tiers are compared on
    /// the same shapes.
    shape_timed: [[AtomicU64; NUM_TIERS]; SHAPE_SLOTS],
    shape_ns: [[AtomicU64; NUM_TIERS]; SHAPE_SLOTS],
    /// Per shape slot and tier: the fastest timed call (`u64::MAX` before any). A call slowed
    /// by the machine (another process on the core, an interrupt) raises a mean but not a
    /// minimum, so validation asks both before it demotes.
    shape_min_ns: [[AtomicU64; NUM_TIERS]; SHAPE_SLOTS],
    /// Calls whose signature found no free slot.
    pub shape_overflow: AtomicU64,
    /// Loop back edges taken at tier 0.
    pub back_edges: AtomicU64,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            tiers: Default::default(),
            last_ns: AtomicU64::new(u64::MAX),
            shape_keys: std::array::from_fn(|_| AtomicU64::new(0)),
            shape_counts: std::array::from_fn(|_| AtomicU64::new(0)),
            shape_timed: std::array::from_fn(|_| std::array::from_fn(|_| AtomicU64::new(0))),
            shape_ns: std::array::from_fn(|_| std::array::from_fn(|_| AtomicU64::new(0))),
            shape_min_ns: std::array::from_fn(|_| std::array::from_fn(|_| AtomicU64::new(u64::MAX))),
            shape_overflow: AtomicU64::new(0),
            back_edges: AtomicU64::new(0),
        }
    }
}

impl Profile {
    /// Counts a call at `tier`; returns whether the call should be timed.
    #[inline]
    pub fn enter(&self, tier: usize) -> bool {
        let n = self.tiers[tier].calls.fetch_add(1, Relaxed);
        n < WARMUP_CALLS || n & (SAMPLE_PERIOD - 1) == 0 || self.last_ns.load(Relaxed) > ALWAYS_TIME_ABOVE_NS
    }

    /// Records a timed call (`slot`: its shape's, from [`Profile::count_shape`]). The first
    /// [`COLD_CALLS`] at a tier count in its totals but not in the per-shape timings that
    /// tiers are compared by: they pay for cold code pages, an empty buffer pool, a thread
    /// pool starting up.
    pub fn timed(&self, tier: usize, slot: Option<usize>, ns: u64) {
        let t = &self.tiers[tier];
        let k = t.timed_calls.fetch_add(1, Relaxed);
        t.timed_ns.fetch_add(ns, Relaxed);
        self.last_ns.store(ns, Relaxed);
        if let Some(s) = slot.filter(|_| k >= COLD_CALLS) {
            self.shape_timed[s][tier].fetch_add(1, Relaxed);
            self.shape_ns[s][tier].fetch_add(ns, Relaxed);
            self.shape_min_ns[s][tier].fetch_min(ns, Relaxed);
        }
    }

    /// Tier `old` against tier `new` on the shapes timed at both, weighted by how often each
    /// shape is called: (old seconds per call, new seconds per call, timed calls of `new` on
    /// those shapes). Comparing whole-run means instead would credit or blame a tier for the
    /// batch sizes it happened to see.
    pub fn compare(&self, old: usize, new: usize) -> Option<(f64, f64, u64)> {
        let (mut o, mut n, mut samples, mut weight) = (0.0, 0.0, 0, 0.0);
        for s in 0..SHAPE_SLOTS {
            let (to, tn) = (
                self.shape_timed[s][old].load(Relaxed),
                self.shape_timed[s][new].load(Relaxed),
            );
            if to == 0 || tn == 0 {
                continue;
            }
            let w = self.shape_counts[s].load(Relaxed) as f64;
            o += w * self.shape_ns[s][old].load(Relaxed) as f64 / to as f64;
            n += w * self.shape_ns[s][new].load(Relaxed) as f64 / tn as f64;
            samples += tn;
            weight += w;
        }
        (samples > 0 && n > 0.0).then(|| (o * 1e-9 / weight, n * 1e-9 / weight, samples))
    }

    /// As [`Profile::compare`], with each shape's fastest call in place of its mean: (old
    /// seconds, new seconds), weighted by how often each shape is called. Robust to calls the
    /// machine slowed, which on a shared machine can make two tiers of equal speed look 20%
    /// apart by their means over a dozen calls.
    pub fn compare_fastest(&self, old: usize, new: usize) -> Option<(f64, f64)> {
        let (mut o, mut n, mut weight) = (0.0, 0.0, 0.0);
        for s in 0..SHAPE_SLOTS {
            let (mo, mn) = (
                self.shape_min_ns[s][old].load(Relaxed),
                self.shape_min_ns[s][new].load(Relaxed),
            );
            if mo == u64::MAX || mn == u64::MAX {
                continue;
            }
            let w = self.shape_counts[s].load(Relaxed) as f64;
            o += w * mo as f64;
            n += w * mn as f64;
            weight += w;
        }
        (weight > 0.0 && n > 0.0).then(|| (o * 1e-9 / weight, n * 1e-9 / weight))
    }

    /// Tier `old` against tier `new` on shape slot `s` alone: (old seconds per call, new
    /// seconds per call, timed calls of `new`).
    pub fn compare_slot(&self, s: usize, old: usize, new: usize) -> Option<(f64, f64, u64)> {
        let (to, tn) = (
            self.shape_timed.get(s)?[old].load(Relaxed),
            self.shape_timed[s][new].load(Relaxed),
        );
        (to > 0 && tn > 0).then(|| {
            (
                self.shape_ns[s][old].load(Relaxed) as f64 * 1e-9 / to as f64,
                self.shape_ns[s][new].load(Relaxed) as f64 * 1e-9 / tn as f64,
                tn,
            )
        })
    }

    /// Counts one call with shape signature `hash`, lock-free (linear probing with CAS);
    /// returns its slot (`None` when the table is full).
    #[inline]
    pub fn count_shape(&self, hash: u64) -> Option<usize> {
        let key = shape_key(hash);
        let start = (hash as usize) % SHAPE_SLOTS;
        for k in 0..SHAPE_SLOTS {
            let i = (start + k) % SHAPE_SLOTS;
            let cur = self.shape_keys[i].load(Relaxed);
            if cur == key
                || (cur == 0
                    && match self.shape_keys[i].compare_exchange(0, key, Relaxed, Relaxed) {
                        Ok(_) => true,
                        Err(now) => now == key,
                    })
            {
                self.shape_counts[i].fetch_add(1, Relaxed);
                return Some(i);
            }
        }
        self.shape_overflow.fetch_add(1, Relaxed);
        None
    }

    /// ([`shape_key`] of the signature, count) of every counted signature, most frequent first.
    pub fn shapes(&self) -> Vec<(u64, u64)> {
        let mut v: Vec<(u64, u64)> = (0..SHAPE_SLOTS)
            .filter_map(|i| {
                let k = self.shape_keys[i].load(Relaxed);
                (k != 0).then(|| (k, self.shape_counts[i].load(Relaxed)))
            })
            .collect();
        v.sort_by_key(|x| std::cmp::Reverse(x.1));
        v
    }

    /// Calls at every tier.
    pub fn total_calls(&self) -> u64 {
        self.tiers.iter().map(|t| t.calls.load(Relaxed)).sum()
    }
}

/// How a signature hash is stored in the shape table: never 0, which marks a free slot.
#[inline]
pub fn shape_key(hash: u64) -> u64 {
    hash | 1
}

/// The shape signature of a call: a hash of every argument's shape (FxHash: a few multiplies).
#[inline]
pub fn shape_hash(shapes: impl Iterator<Item = impl AsRef<[usize]>>) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    for s in shapes {
        let s = s.as_ref();
        h.write_usize(s.len());
        for &d in s {
            h.write_usize(d);
        }
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_shapes_exactly_until_the_table_is_full() {
        let p = Profile::default();
        for i in 0..200u64 {
            p.count_shape(shape_hash([[i as usize % 3]].iter()));
        }
        let s = p.shapes();
        assert_eq!(s.len(), 3);
        assert_eq!(s.iter().map(|x| x.1).sum::<u64>(), 200);
        for i in 0..100usize {
            p.count_shape(shape_hash([[1000 + i]].iter()));
        }
        assert_eq!(p.shapes().len(), SHAPE_SLOTS);
        assert_eq!(p.shape_overflow.load(Relaxed), 100 - (SHAPE_SLOTS as u64 - 3));
    }

    #[test]
    fn tiers_are_compared_on_the_shapes_both_ran() {
        let p = Profile::default();
        let (small, big) = (p.count_shape(1).unwrap(), p.count_shape(2).unwrap());
        p.count_shape(1);
        // Cold calls are left out of the comparison.
        for t in [0, 2] {
            for _ in 0..COLD_CALLS {
                p.timed(t, Some(big), 1_000_000_000);
            }
        }
        // Tier 0 saw both shapes; tier 2 only the big one, where it is twice as fast.
        p.timed(0, Some(small), 1_000);
        p.timed(0, Some(big), 100_000);
        p.timed(2, Some(big), 50_000);
        let (old, new, n) = p.compare(0, 2).unwrap();
        assert_eq!(n, 1);
        assert!((old / new - 2.0).abs() < 1e-9, "{old} {new}");
        assert!(p.compare(0, 1).is_none());
    }

    #[test]
    fn the_fastest_calls_are_not_moved_by_a_slowed_one() {
        let p = Profile::default();
        let s = p.count_shape(1).unwrap();
        for t in [1, 2] {
            for _ in 0..COLD_CALLS {
                p.timed(t, Some(s), 1_000_000_000);
            }
        }
        // Equal code; one call of tier 2 waited 4 ms for the core.
        for _ in 0..8 {
            p.timed(1, Some(s), 1_000_000);
            p.timed(2, Some(s), 1_000_000);
        }
        p.timed(2, Some(s), 5_000_000);
        let (old, new, _) = p.compare(1, 2).unwrap();
        assert!(new > old * 1.3, "the mean is moved: {old} {new}");
        let (old, new) = p.compare_fastest(1, 2).unwrap();
        assert!((old - 1e-3).abs() < 1e-12 && (new - 1e-3).abs() < 1e-12, "{old} {new}");
        assert!(p.compare_fastest(1, 3).is_none());
    }

    #[test]
    fn cheap_calls_are_sampled_and_costly_calls_all_timed() {
        let p = Profile::default();
        assert!((0..WARMUP_CALLS).all(|_| p.enter(0)), "warm-up calls are all timed");
        p.timed(0, None, 10); // a cheap call
        let timed = (0..64).filter(|_| p.enter(0)).count();
        assert_eq!(timed as u64, 64 / SAMPLE_PERIOD);
        p.timed(0, None, 1_000_000);
        assert!((0..5).all(|_| p.enter(0)));
    }
}
