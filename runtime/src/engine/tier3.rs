//! Tier 3 in the engine: sampling bindings, deciding and installing specializations, validating them against the generic code, evicting and retiring them.

use super::*;

impl Inner {
    /// Tier 3: records a timed call's binding, and every `specialize_check_calls` calls evicts
    /// the specializations whose guards stopped holding and reorders the rest by recent hits.
    pub(super) fn spec_sample(&self, fs: &FnState, args: &[Tensor]) {
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
    pub(super) fn consider_specialization(&self, fs: &FnState, obs: &Observation) {
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
    pub(super) fn after_spec_call(&self, fs: &FnState, s: &Arc<Spec>, args: &[Tensor]) {
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
    pub(super) fn retire(
        &self,
        fs: &FnState,
        st: &mut SpecState,
        s: &Arc<Spec>,
        kind: &'static str,
        why: String,
        reject: bool,
    ) {
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
    pub(super) fn install_spec(&self, fs: &FnState, b: Binding) -> Option<Arc<Spec>> {
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
    pub(super) fn specialize_now(&self, fs: &FnState, args: &[Tensor]) -> Option<Arc<Spec>> {
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
}
