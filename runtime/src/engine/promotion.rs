//! Promotion and validation: after a timed call, the policy decides; requests go to the queue; decisions are logged as events.

use super::*;

/// Remembers the speedup `tier`'s code measured over tier `from`'s.
fn f_speedup(fs: &FnState, tier: u8, from: u8, measured: f64) {
    if let Some(slot) = fs.cached_speedup.lock().get_mut(tier as usize) {
        *slot = Some((from, measured));
    }
}

impl Inner {
    pub(super) fn event(&self, f: &FnState, kind: &'static str, from: u8, to: u8, reason: String) {
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
    pub(super) fn after_timed_call(&self, fs: &Arc<FnState>, code: &Arc<Code>, args: &[Tensor]) {
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
                if code.tier < 3 {
                    // The next process that finds this code cached knows what it gained.
                    f_speedup(fs, tier, old.tier, measured);
                    self.record_alias(fs, tier, *k, Some((old.tier, measured)));
                }
            }
            let old = prev.take().expect("checked");
            // Slower by its mean and by its fastest calls: a tier whose mean lost only to calls
            // the machine slowed keeps its place.
            let fastest = p.compare_fastest(old.tier as usize, tier as usize);
            let slower_at_best = fastest.is_none_or(|(old_min, new_min)| new_min > old_min * th.regression_factor);
            if new_t > old_t * th.regression_factor && slower_at_best {
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
                        "tier {tier} measured {:.3} ms per call against {:.3} ms at tier {from} ({measured:.2}x){}",
                        new_t * 1e3,
                        old_t * 1e3,
                        fastest.map_or(String::new(), |(o, n)| format!(
                            ", fastest calls {:.3} ms against {:.3} ms",
                            n * 1e3,
                            o * 1e3
                        ))
                    ),
                );
                return;
            }
        }
        drop(prev);
        if fs.pending.load(Relaxed) {
            return;
        }
        if self.queue.is_closed() && !self.config.synchronous {
            // After shutdown nothing compiles: asking would only churn requests.
            if let Some(mut s) = fs.status.try_lock() {
                if !s.starts_with("the engine is shut down") {
                    *s = format!("the engine is shut down: no more compiles (at tier {tier})");
                }
            }
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
            cached: fs.cached.load(Relaxed),
            cached_speedup: fs.cached_speedup.try_lock().map_or([None; 3], |s| {
                std::array::from_fn(|t| s[t].filter(|&(from, _)| from == tier).map(|(_, x)| x))
            }),
        };
        drop(rate);
        // The model's lock ends here: `consider_specialization` takes it again.
        let decision = self.model.lock().decide(th, &obs);
        let d = match decision {
            Ok(d) => d,
            Err(why) => {
                if let Some(mut s) = fs.status.try_lock() {
                    if !s.starts_with("stays at tier 0") {
                        *s = why;
                    }
                }
                self.consider_specialization(fs, &obs);
                return;
            }
        };
        if fs.pending.swap(true, Relaxed) {
            return;
        }
        if let Some(mut s) = fs.status.try_lock() {
            *s = format!("promoted to tier {}: {d}", d.to);
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
    pub(super) fn request(&self, fs: &FnState, r: Request) {
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
            Pushed::Closed => {
                // After shutdown: counted as cancelled, so the queue's counts add up.
                self.counters.cancelled.fetch_add(1, Relaxed);
                fs.pending.store(false, Relaxed);
            }
        }
    }
}
