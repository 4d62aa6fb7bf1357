//! Tier 3: specializations of a function to the bindings its calls keep showing (dimension
//! symbols such as `N=64`, values of integer scalar arguments), kept in a small polymorphic
//! inline cache in front of the generic code.
//!
//! A call checks the cache's guards in order (most hits first; at most `specialize_max`
//! entries, 8 by default) and runs the first specialization whose binding it has; otherwise it
//! runs the generic code at the function's tier. The same bindings are `kiln.guard` ops at the
//! specialized function's entry (the `specialize` pass), so the code also refuses a call the
//! cache let through by mistake: the engine then reruns the call on the generic code, which is
//! safe because guards precede every other op and functions have no side effects.
//!
//! The policy specializes a binding when it takes at least `specialize_min_share` of a window
//! of sampled calls, the most frequent bindings (up to the cache's size) cover at least
//! `specialize_coverage` of it, and the predicted saving beats the compile. Every
//! `specialize_check_calls` calls it evicts specializations whose guards held for fewer than
//! `specialize_evict_share` of the calls since the last check (the shapes moved on), and
//! after an eviction or a demotion the function is unstable, with no new specialization, for
//! `specialize_backoff_calls` calls, doubling with each such event: shapes that keep
//! changing do not make the engine compile, evict and recompile in turn.

use crate::jit::NativeModule;
use crate::tensor::Tensor;
use kiln_ir::{Module, OpId};
use rustc_hash::{FxHashMap, FxHashSet};
use smallvec::SmallVec;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize};
use std::sync::Arc;

/// Where a function's bindings are read from its arguments.
#[derive(Clone, Debug, Default)]
pub struct Binders {
    /// (symbol, argument, dimension): the first argument dimension spelled by each symbol.
    dims: Vec<(String, usize, usize)>,
    /// Integer scalar (or rank-0 integer tensor) arguments.
    values: Vec<usize>,
}

impl Binders {
    /// The binders of function `f` of `m`, from its signature: the rule the `specialize`
    /// pass's guards follow (`kiln_passes::specialize::binding_sites`).
    pub fn of(m: &Module, f: OpId) -> Binders {
        let sites = kiln_passes::specialize::binding_sites(m, f);
        Binders {
            dims: sites.dims,
            values: sites.values,
        }
    }

    /// Whether the function has anything to specialize on.
    pub fn is_empty(&self) -> bool {
        self.dims.is_empty() && self.values.is_empty()
    }

    /// The binding of a call (`None` when the arguments do not even have the ranks and kinds
    /// of the signature: the generic code reports that call).
    pub fn bind(&self, args: &[Tensor]) -> Option<Binding> {
        let mut dims = SmallVec::new();
        for &(_, i, d) in &self.dims {
            dims.push(*args.get(i)?.shape().get(d)? as i64);
        }
        let mut values = SmallVec::new();
        for &i in &self.values {
            values.push(args.get(i)?.int_value()?);
        }
        Some(Binding { dims, values })
    }
}

/// Values of a function's binders: what a specialization is for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Binding {
    dims: SmallVec<[i64; 4]>,
    values: SmallVec<[i64; 2]>,
}

impl Binding {
    /// Whether a call has this binding (the inline cache's guard check: a few compares).
    #[inline]
    pub fn matches(&self, b: &Binders, args: &[Tensor]) -> bool {
        b.dims.iter().zip(&self.dims).all(|(&(_, i, d), &v)| {
            args.get(i)
                .and_then(|a| a.shape().get(d))
                .is_some_and(|&n| n as i64 == v)
        }) && b
            .values
            .iter()
            .zip(&self.values)
            .all(|(&i, &v)| args.get(i).and_then(|a| a.int_value()) == Some(v))
    }

    /// The `specialize` pass's options: `N=64,arg2=3`.
    pub fn options(&self, b: &Binders) -> String {
        let d = b.dims.iter().zip(&self.dims).map(|((s, _, _), v)| format!("{s}={v}"));
        let v = b.values.iter().zip(&self.values).map(|(i, v)| format!("arg{i}={v}"));
        d.chain(v).collect::<Vec<_>>().join(",")
    }

    /// How the report shows the guard: `N=64, arg2=3`.
    pub fn text(&self, b: &Binders) -> String {
        self.options(b).replace(',', ", ")
    }
}

/// One specialization in a function's inline cache.
pub struct Spec {
    pub binding: Binding,
    pub guard: String,
    pub native: Arc<NativeModule>,
    /// Calls it served.
    pub hits: AtomicU64,
    /// Calls whose check of this guard failed (they went on to the next entry or the
    /// generic code).
    pub misses: AtomicU64,
    /// Calls its code refused at a `kiln.guard` and the generic code reran.
    pub deopts: AtomicU64,
    /// The profile's shape slot of its calls (`usize::MAX` before the first timed one).
    pub slot: AtomicUsize,
    /// Whether it was measured against the generic code and kept.
    pub validated: AtomicBool,
    /// (function calls, hits) at the last staleness check.
    pub checked: parking_lot::Mutex<(u64, u64)>,
    /// Its compile cache key.
    pub key: Option<super::cache::Key>,
}

impl Spec {
    /// A new entry, installed after `calls` calls of its function.
    pub fn new(binding: Binding, guard: String, native: Arc<NativeModule>, calls: u64) -> Spec {
        Spec {
            binding,
            guard,
            native,
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            deopts: AtomicU64::new(0),
            slot: AtomicUsize::new(usize::MAX),
            validated: AtomicBool::new(false),
            checked: parking_lot::Mutex::new((calls, 0)),
            key: None,
        }
    }
}

/// A specialization no longer in the cache, for the report.
#[derive(Clone, Debug)]
pub struct Retired {
    pub guard: String,
    pub hits: u64,
    pub misses: u64,
    pub deopts: u64,
    pub reason: String,
}

/// Retired specializations a function's report keeps.
pub const MAX_RETIRED: usize = 32;

/// The policy's memory of one function (behind a mutex, touched on timed calls only).
#[derive(Default)]
pub struct SpecState {
    /// Bindings of the most recent timed calls.
    window: VecDeque<Binding>,
    /// Bindings demoted or failed: never specialized again.
    pub rejected: FxHashSet<Binding>,
    /// The latest [`MAX_RETIRED`] entries taken out of the cache.
    pub retired: VecDeque<Retired>,
    /// No new specialization before this many calls (0: stable).
    pub unstable_until: u64,
    /// Evictions and demotions so far (the back-off doubles with each).
    pub setbacks: u32,
    /// Calls at the last staleness check.
    pub last_check: u64,
}

impl SpecState {
    /// Records a sampled call's binding in a window of `cap`.
    pub fn sample(&mut self, b: Binding, cap: usize) {
        if self.window.len() >= cap {
            self.window.pop_front();
        }
        self.window.push_back(b);
    }

    /// The most frequent binding of a full window that is not in `skip`, with its share, when
    /// the window is dominated by few bindings: the `k` most frequent cover at least
    /// `coverage`, and this one has at least `min_share`.
    pub fn candidate(
        &self,
        cap: usize,
        k: usize,
        coverage: f64,
        min_share: f64,
        skip: &dyn Fn(&Binding) -> bool,
    ) -> Option<(Binding, f64)> {
        if self.window.len() < cap.max(1) {
            return None;
        }
        let mut counts: FxHashMap<&Binding, usize> = FxHashMap::default();
        for b in &self.window {
            *counts.entry(b).or_default() += 1;
        }
        let mut by_count: Vec<(&Binding, usize)> = counts.into_iter().collect();
        by_count.sort_by_key(|x| std::cmp::Reverse(x.1));
        let n = self.window.len() as f64;
        let covered: usize = by_count.iter().take(k.max(1)).map(|x| x.1).sum();
        if (covered as f64) < coverage * n {
            return None;
        }
        by_count
            .into_iter()
            .filter(|(b, _)| !skip(b))
            .map(|(b, c)| (b.clone(), c as f64 / n))
            .find(|&(_, share)| share >= min_share)
    }

    /// Remembers a specialization taken out of the cache.
    pub fn retire(&mut self, r: Retired) {
        if self.retired.len() >= MAX_RETIRED {
            self.retired.pop_front();
        }
        self.retired.push_back(r);
    }

    /// Sets the back-off after an eviction or a demotion at `calls`; returns its end.
    pub fn back_off(&mut self, calls: u64, base: u64) -> u64 {
        let until = calls + (base << self.setbacks.min(16));
        self.setbacks += 1;
        self.unstable_until = until;
        self.window.clear();
        until
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(n: i64) -> Binding {
        Binding {
            dims: SmallVec::from_slice(&[n]),
            values: SmallVec::new(),
        }
    }

    #[test]
    fn a_dominant_binding_is_a_candidate_and_a_spread_is_not() {
        let mut s = SpecState::default();
        for i in 0..64 {
            s.sample(b(if i % 10 == 0 { i } else { 64 }), 64);
        }
        let (c, share) = s.candidate(64, 8, 0.75, 0.1, &|_| false).unwrap();
        assert_eq!(c, b(64));
        assert!(share > 0.85, "{share}");
        // Already specialized: the next one is too rare.
        assert!(s.candidate(64, 8, 0.75, 0.1, &|x| *x == b(64)).is_none());
        let mut spread = SpecState::default();
        for i in 0..64 {
            spread.sample(b(i), 64);
        }
        assert!(spread.candidate(64, 8, 0.75, 0.01, &|_| false).is_none());
        // Not before the window is full.
        let mut young = SpecState::default();
        young.sample(b(1), 64);
        assert!(young.candidate(64, 8, 0.75, 0.1, &|_| false).is_none());
    }

    #[test]
    fn back_off_doubles() {
        let mut s = SpecState::default();
        assert_eq!(s.back_off(100, 1000), 1100);
        assert_eq!(s.back_off(2000, 1000), 4000);
        assert_eq!(s.setbacks, 2);
    }
}
