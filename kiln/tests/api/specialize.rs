//! Tier 3: specializations behind guards, checked against tier 0 on every call; fall-back,
//! eviction and back-off when the shapes move on; value specialization; deoptimization; many
//! threads while specializations come and go.

use crate::engine::{close, engine as build, exact, tensor, EWISE};
use kiln::{EngineError, Tensor, Thresholds, TierMode};
use std::sync::Arc;

/// A scalar argument scales the result: value specialization folds it in.
const SCALE: &str = r#"
func.func @scale(%x: tensor<Nx4xf32>, %k: tensor<i64>) -> tensor<Nx4xf32> {
  %c = ktensor.convert %k : (tensor<i64>) -> tensor<f32>
  %b = ktensor.broadcast_in_dim %c {dims = array<i64>} : (tensor<f32>) -> tensor<Nx4xf32>
  %r = ktensor.mul %x, %b : tensor<Nx4xf32>
  return %r : tensor<Nx4xf32>
}
"#;

/// Two arguments spell N: the guard checks the first, the specialized signature the second.
const PAIR: &str = r#"
func.func @pair(%a: tensor<Nxf32>, %b: tensor<Nxf32>) -> tensor<Nxf32> {
  %r = ktensor.add %a, %b : tensor<Nxf32>
  return %r : tensor<Nxf32>
}
"#;

/// Thresholds that promote to tier 2 at once and specialize a binding holding half of a
/// window of 8 calls.
fn eager() -> Thresholds {
    Thresholds {
        specialize_window: 8,
        specialize_min_share: 0.5,
        specialize_coverage: 0.5,
        ..exact(1, 2)
    }
}

/// The interpreter's answer.
fn oracle(text: &str, name: &str, args: &[Tensor]) -> Vec<Tensor> {
    let e = build(TierMode::Fixed(0), Thresholds::default(), true);
    e.load_text(text, "oracle.mlir").unwrap();
    e.function(name).unwrap().call(args).unwrap()
}

#[test]
fn a_stable_shape_is_specialized_behind_its_guard() {
    let e = build(TierMode::Auto, eager(), true);
    e.load_text(EWISE, "ewise.mlir").unwrap();
    let f = e.function("score").unwrap();
    let args = [tensor(&[64, 256], 1), tensor(&[256], 2)];
    let want = oracle(EWISE, "score", &args);
    for i in 0..30 {
        close(&f.call(&args).unwrap()[0], &want[0], &format!("call {i}"));
    }
    let r = e.report();
    let fr = &r.functions[0];
    assert_eq!(fr.current_tier, 2, "the generic code stays at tier 2");
    assert_eq!(fr.specializations.len(), 1, "{:?}", fr.specializations);
    let s = &fr.specializations[0];
    assert_eq!(s.guard, "N=64");
    assert!(!s.demoted);
    // Tier 2 from call 3, and the window fills after 8 of its calls.
    assert!(s.hits >= 15, "{s:?}");
    assert_eq!(fr.calls_by_tier[3], s.hits);
    assert_eq!(fr.specialization_hit_rate, 1.0);
    let kinds: Vec<(&str, u8)> = r.events.iter().map(|e| (e.kind, e.to_tier)).collect();
    assert!(
        kinds.contains(&("specialize", 3)) && kinds.contains(&("install", 3)),
        "{kinds:?}"
    );
    let compile = fr.compiles.iter().find(|c| c.tier == 3).expect("a tier-3 compile");
    assert!(compile.ok);
}

#[test]
fn a_shape_change_falls_back_then_the_stale_specialization_is_evicted_with_a_back_off() {
    let th = Thresholds {
        specialize_check_calls: 16,
        specialize_evict_share: 0.05,
        specialize_backoff_calls: 1000,
        ..eager()
    };
    let e = build(TierMode::Auto, th, true);
    e.load_text(EWISE, "ewise.mlir").unwrap();
    let f = e.function("score").unwrap();
    let s = tensor(&[256], 2);
    // N=64, then N=48 (the cache has room: it is specialized too, and N=64's guard stops
    // holding), then N=32 while the function is unstable.
    for n in [64, 48, 32] {
        let x = tensor(&[n, 256], n as u64);
        let want = oracle(EWISE, "score", &[x.clone(), s.clone()]);
        for i in 0..40 {
            close(
                &f.call(&[x.clone(), s.clone()]).unwrap()[0],
                &want[0],
                &format!("N={n}, call {i}"),
            );
        }
    }
    let r = e.report();
    let fr = &r.functions[0];
    let by_guard = |g: &str| fr.specializations.iter().find(|s| s.guard == g);
    let old = by_guard("N=64").expect("N=64 was specialized");
    assert!(old.demoted, "{old:?}");
    assert!(
        old.reason.as_deref().unwrap().contains("guard held for 0 of the last"),
        "{old:?}"
    );
    assert!(old.misses > 0);
    assert!(by_guard("N=48").is_some_and(|s| s.hits > 0), "{:?}", fr.specializations);
    // N=32 dominates the last calls, but is not specialized during the back-off: its calls
    // ran the generic code.
    assert!(by_guard("N=32").is_none(), "{:?}", fr.specializations);
    assert!(fr.unstable_until_call > 120, "{fr:?}");
    // Those calls found no guard that held: misses, not deopts.
    assert!(fr.generic_rate > 0.0 && fr.generic_rate >= fr.deopt_rate, "{fr:?}");
    assert!(r.events.iter().any(|e| e.kind == "evict" && e.from_tier == 3));
}

#[test]
fn a_scalar_argument_is_specialized_by_value() {
    let e = build(TierMode::Fixed(3), Thresholds::default(), true);
    e.load_text(SCALE, "scale.mlir").unwrap();
    let f = e.function("scale").unwrap();
    let x = tensor(&[8, 4], 3);
    for k in [3i64, 5, 3, 5, 3] {
        let args = [x.clone(), Tensor::scalar(k)];
        close(
            &f.call(&args).unwrap()[0],
            &oracle(SCALE, "scale", &args)[0],
            &format!("k={k}"),
        );
    }
    let fr = &e.report().functions[0];
    let guards: Vec<(&str, u64)> = fr.specializations.iter().map(|s| (s.guard.as_str(), s.hits)).collect();
    assert_eq!(guards, [("N=8, arg1=3", 3), ("N=8, arg1=5", 2)]);
    assert_eq!(fr.calls_by_tier[3], 5);
}

#[test]
fn auto_mode_specializes_a_dominant_scalar_value() {
    let e = build(TierMode::Auto, eager(), true);
    e.load_text(SCALE, "scale.mlir").unwrap();
    let f = e.function("scale").unwrap();
    let x = tensor(&[8, 4], 3);
    for i in 0..40 {
        let k: i64 = if i % 5 == 4 { 2 } else { 7 };
        let args = [x.clone(), Tensor::scalar(k)];
        close(
            &f.call(&args).unwrap()[0],
            &oracle(SCALE, "scale", &args)[0],
            &format!("call {i}, k={k}"),
        );
    }
    let fr = &e.report().functions[0];
    let s = fr.specializations.iter().find(|s| s.guard == "N=8, arg1=7");
    assert!(s.is_some_and(|s| s.hits > 10), "{:?}", fr.specializations);
    // k=2 is a fifth of the calls: below the eager window's 50% share.
    assert!(fr.specializations.iter().all(|s| !s.guard.contains("arg1=2")));
}

#[test]
fn the_inline_cache_holds_at_most_k_specializations() {
    let th = Thresholds {
        specialize_max: 2,
        ..Thresholds::default()
    };
    let e = build(TierMode::Fixed(3), th, true);
    e.load_text(SCALE, "scale.mlir").unwrap();
    let f = e.function("scale").unwrap();
    for k in 0..5i64 {
        let args = [tensor(&[2, 4], 1), Tensor::scalar(k)];
        close(
            &f.call(&args).unwrap()[0],
            &oracle(SCALE, "scale", &args)[0],
            &format!("k={k}"),
        );
    }
    let fr = &e.report().functions[0];
    assert_eq!(fr.specializations.len(), 2);
    assert_eq!(fr.calls_by_tier[2] + fr.calls_by_tier[3], 5);
    assert_eq!(fr.calls_by_tier[2], 3, "the calls past K run the generic code");
}

#[test]
fn a_call_the_specialized_code_refuses_is_rerun_by_the_generic_code() {
    let e = build(TierMode::Fixed(3), Thresholds::default(), true);
    e.load_text(PAIR, "pair.mlir").unwrap();
    let f = e.function("pair").unwrap();
    let (a, b) = (tensor(&[64], 1), tensor(&[64], 2));
    close(
        &f.call(&[a.clone(), b.clone()]).unwrap()[0],
        &oracle(PAIR, "pair", &[a.clone(), b])[0],
        "N=64",
    );
    // N=64 by the first argument, but not by the second: the specialization refuses the
    // call, and the generic code gives the caller's error.
    let err = f.call(&[a, tensor(&[32], 3)]).unwrap_err();
    assert!(matches!(err, EngineError::Call(_)), "{err:?}");
    let fr = &e.report().functions[0];
    let s = &fr.specializations[0];
    assert_eq!((s.guard.as_str(), s.hits, s.deopts), ("N=64", 1, 1));
    // The refused call is counted once, at the generic code's tier.
    assert_eq!(fr.calls_by_tier, [0, 0, 1, 1]);
}

#[test]
fn eight_threads_with_changing_shapes_while_specializations_come_and_go() {
    // Compiles on the calling thread that asks, while the other seven keep calling; then on
    // the background worker.
    for synchronous in [true, false] {
        eight_threads(synchronous);
    }
}

fn eight_threads(synchronous: bool) {
    let th = Thresholds {
        specialize_max: 2,
        specialize_window: 16,
        specialize_min_share: 0.2,
        specialize_coverage: 0.5,
        specialize_check_calls: 64,
        specialize_evict_share: 0.05,
        specialize_backoff_calls: 64,
        // Straight to tier 2 (tier 1 would take a phase of its own in the background run).
        ..exact(u64::MAX, 2)
    };
    let e = Arc::new(build(TierMode::Auto, th, synchronous));
    e.load_text(EWISE, "ewise.mlir").unwrap();
    let s = tensor(&[256], 2);
    // Phases alternate between disjoint shapes: each phase's specializations (some decided
    // late, from a window still holding the previous phase's bindings) go stale in the next.
    let phases = [[16usize, 32], [48, 24], [16, 32], [48, 24]];
    let cases: Vec<Vec<(Tensor, Tensor)>> = phases
        .iter()
        .map(|p| {
            p.iter()
                .map(|&n| {
                    let x = tensor(&[n, 256], n as u64);
                    let want = oracle(EWISE, "score", &[x.clone(), s.clone()]).remove(0);
                    (x, want)
                })
                .collect()
        })
        .collect();
    let cases = Arc::new(cases);
    for phase in 0..phases.len() {
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let (e, cases, s) = (e.clone(), cases.clone(), s.clone());
                std::thread::spawn(move || {
                    let f = e.function("score").unwrap();
                    for i in 0..150 {
                        let (x, want) = &cases[phase][(i + t) % 2];
                        let got = f.call(&[x.clone(), s.clone()]).unwrap();
                        close(
                            &got[0],
                            want,
                            &format!("{synchronous}: phase {phase}, thread {t}, call {i}"),
                        );
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        settle(&e);
    }
    let r = e.report();
    let fr = &r.functions[0];
    assert_eq!(fr.calls_by_tier.iter().sum::<u64>(), 4800);
    assert!(r.specializations >= 1, "{fr:?}");
    assert!(
        fr.specializations.iter().any(|s| s.demoted),
        "synchronous {synchronous}: {r}"
    );
    let hits: u64 = fr.specializations.iter().map(|s| s.hits).sum();
    assert_eq!(hits, fr.calls_by_tier[3]);
}

/// Waits until every compile the engine asked for has finished (each request event has its
/// outcome event).
fn settle(e: &kiln::Engine) {
    let start = std::time::Instant::now();
    loop {
        let r = e.report();
        let count = |kinds: &[&str]| r.events.iter().filter(|ev| kinds.contains(&ev.kind)).count();
        let asked = count(&["promote", "specialize"]);
        let done = count(&["install", "compile_failed", "dropped", "cancelled"]);
        if done >= asked {
            return;
        }
        assert!(start.elapsed().as_secs() < 60, "compiles did not finish: {r}");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}
