//! The memory cache: one linked copy per compiled content, the most valuable few kept alive.

use super::*;

/// Compiled modules by key: weak references to every live one (so one content is linked
/// once per JIT: its symbols would clash), and strong ones to the most valuable few.
/// Generic over the module type for its unit tests.
pub(super) struct MemCache<T = NativeModule> {
    entries: FxHashMap<cache::Key, MemEntry<T>>,
}

impl<T> Default for MemCache<T> {
    fn default() -> Self {
        MemCache {
            entries: FxHashMap::default(),
        }
    }
}

pub(super) struct MemEntry<T> {
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
    pub(super) fn get(&mut self, key: &cache::Key, cap: usize) -> (Option<Arc<T>>, u64) {
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
    /// Whether a module of `key` is alive (without counting a hit).
    pub(super) fn contains(&self, key: &cache::Key) -> bool {
        self.entries.get(key).is_some_and(|e| e.live.strong_count() > 0)
    }
    /// Adds a module; returns how many were evicted to stay within `cap` kept modules. The
    /// one evicted is worth least per byte of code: (hits + 1) * compile time * measured
    /// speedup / size (code found slower than what it replaced is unlikely to be wanted again).
    pub(super) fn insert(
        &mut self,
        key: cache::Key,
        n: &Arc<T>,
        bytes: usize,
        compile_seconds: f64,
        cap: usize,
    ) -> u64 {
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
    pub(super) fn observe_speedup(&mut self, key: &cache::Key, speedup: f64) {
        if let Some(e) = self.entries.get_mut(key) {
            e.speedup = speedup;
        }
    }

    /// Drops the strong references of the least valuable kept modules beyond `cap`; returns
    /// how many.
    pub(super) fn trim(&mut self, cap: usize) -> u64 {
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
