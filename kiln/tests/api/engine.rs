//! The tiered engine: promotion at the configured thresholds, agreement with tier 0 at every
//! tier, concurrent calls during promotions, shutdown with a full queue, typed errors.

use kiln::{Engine, EngineError, Shutdown, Tensor, Thresholds, TierMode};
use std::sync::Arc;

/// Elementwise and reduction work on a [N, 256] input: big enough (N >= 64) that every call
/// is timed, so promotions happen at exact call counts.
pub(crate) const EWISE: &str = r#"
func.func @score(%x: tensor<Nx256xf32>, %s: tensor<256xf32>) -> tensor<Nxf32> {
  %b = ktensor.broadcast_in_dim %s {dims = array<i64: 1>} : (tensor<256xf32>) -> tensor<Nx256xf32>
  %m = ktensor.mul %x, %b : tensor<Nx256xf32>
  %e = ktensor.tanh %m : tensor<Nx256xf32>
  %a = ktensor.abs %e : tensor<Nx256xf32>
  %r = ktensor.reduce %a {axes = array<i64: 1>, kind = "sum"} : (tensor<Nx256xf32>) -> tensor<Nxf32>
  return %r : tensor<Nxf32>
}
"#;

const MATMUL: &str = r#"
func.func @mm(%a: tensor<Nx128xf32>, %b: tensor<128x128xf32>) -> tensor<Nx128xf32> {
  %c = ktensor.matmul %a, %b : (tensor<Nx128xf32>, tensor<128x128xf32>) -> tensor<Nx128xf32>
  %r = ktensor.relu %c : tensor<Nx128xf32>
  return %r : tensor<Nx128xf32>
}
"#;

const SOFTMAX: &str = r#"
func.func @softmax(%x: tensor<Nx32xf32>) -> tensor<Nx32xf32> {
  %m = ktensor.reduce %x {axes = array<i64: 1>, kind = "max", keep_dims} : (tensor<Nx32xf32>) -> tensor<Nx1xf32>
  %mb = ktensor.broadcast_in_dim %m {dims = array<i64: 0, 1>} : (tensor<Nx1xf32>) -> tensor<Nx32xf32>
  %d = ktensor.sub %x, %mb : tensor<Nx32xf32>
  %e = ktensor.exp %d : tensor<Nx32xf32>
  %s = ktensor.reduce %e {axes = array<i64: 1>, kind = "sum", keep_dims} : (tensor<Nx32xf32>) -> tensor<Nx1xf32>
  %sb = ktensor.broadcast_in_dim %s {dims = array<i64: 0, 1>} : (tensor<Nx1xf32>) -> tensor<Nx32xf32>
  %r = ktensor.div %e, %sb : tensor<Nx32xf32>
  return %r : tensor<Nx32xf32>
}
"#;

/// Layernorm over a row of 37 (not a multiple of any vector width): two mean reductions and
/// broadcast scale and shift, one fusion group at tier 2.
const LAYERNORM: &str = r#"
func.func @layernorm(%x: tensor<Nx37xf32>, %g: tensor<37xf32>, %b: tensor<37xf32>) -> tensor<Nx37xf32> {
  %mu = ktensor.reduce %x {axes = array<i64: 1>, kind = "mean"} : (tensor<Nx37xf32>) -> tensor<Nxf32>
  %mb = ktensor.broadcast_in_dim %mu {dims = array<i64: 0>} : (tensor<Nxf32>) -> tensor<Nx37xf32>
  %d = ktensor.sub %x, %mb : tensor<Nx37xf32>
  %d2 = ktensor.mul %d, %d : tensor<Nx37xf32>
  %var = ktensor.reduce %d2 {axes = array<i64: 1>, kind = "mean"} : (tensor<Nx37xf32>) -> tensor<Nxf32>
  %eps0 = ktensor.constant dense<1.0e-05> : tensor<f32>
  %eps = ktensor.broadcast_in_dim %eps0 {dims = array<i64>} : (tensor<f32>) -> tensor<Nxf32>
  %ve = ktensor.add %var, %eps : tensor<Nxf32>
  %rs = ktensor.rsqrt %ve : tensor<Nxf32>
  %rb = ktensor.broadcast_in_dim %rs {dims = array<i64: 0>} : (tensor<Nxf32>) -> tensor<Nx37xf32>
  %n = ktensor.mul %d, %rb : tensor<Nx37xf32>
  %gb = ktensor.broadcast_in_dim %g {dims = array<i64: 1>} : (tensor<37xf32>) -> tensor<Nx37xf32>
  %bb = ktensor.broadcast_in_dim %b {dims = array<i64: 1>} : (tensor<37xf32>) -> tensor<Nx37xf32>
  %s = ktensor.mul %n, %gb : tensor<Nx37xf32>
  %r = ktensor.add %s, %bb : tensor<Nx37xf32>
  return %r : tensor<Nx37xf32>
}
"#;

/// Layout ops the e-graph sinks and cancels (`sinking.rs`, `layout.rs`): an op on two broadcasts
/// and a broadcast scalar runs on the small source, a transpose pair and a reshape pair around
/// elementwise ops cancel, and two transposed operands share one transpose.
const SINKING: &str = r#"
func.func @sink(%x: tensor<Nx24xf32>, %r: tensor<24xf32>, %y: tensor<24xNxf32>) -> tensor<Nx24xf32> {
  %c = ktensor.constant dense<0.5> : tensor<f32>
  %rb = ktensor.broadcast_in_dim %r {dims = array<i64: 1>} : (tensor<24xf32>) -> tensor<Nx24xf32>
  %cb = ktensor.broadcast_in_dim %c {dims = array<i64>} : (tensor<f32>) -> tensor<Nx24xf32>
  %m = ktensor.mul %rb, %cb : tensor<Nx24xf32>
  %e = ktensor.tanh %m : tensor<Nx24xf32>
  %a = ktensor.transpose %x {perm = array<i64: 1, 0>} : (tensor<Nx24xf32>) -> tensor<24xNxf32>
  %n = ktensor.neg %a : tensor<24xNxf32>
  %s = ktensor.add %n, %y : tensor<24xNxf32>
  %b = ktensor.transpose %s {perm = array<i64: 1, 0>} : (tensor<24xNxf32>) -> tensor<Nx24xf32>
  %f = ktensor.reshape %x : (tensor<Nx24xf32>) -> tensor<Nx4x6xf32>
  %g = ktensor.exp %f : tensor<Nx4x6xf32>
  %h = ktensor.reshape %g : (tensor<Nx4x6xf32>) -> tensor<Nx24xf32>
  %0 = ktensor.add %e, %b : tensor<Nx24xf32>
  %1 = ktensor.mul %0, %h : tensor<Nx24xf32>
  return %1 : tensor<Nx24xf32>
}
"#;

/// A deterministic pseudo-random tensor (an LCG: no dependency for test data).
pub(crate) fn tensor(shape: &[usize], seed: u64) -> Tensor {
    let n: usize = shape.iter().product();
    let mut s = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let v: Vec<f32> = (0..n)
        .map(|_| {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((s >> 33) as f32 / (1u64 << 31) as f32) * 2.0 - 1.0
        })
        .collect();
    Tensor::from_vec(shape, v).unwrap()
}

pub(crate) fn close(got: &Tensor, want: &Tensor, what: &str) {
    assert_eq!(got.shape(), want.shape(), "{what}");
    let (g, w) = (got.data::<f32>().unwrap(), want.data::<f32>().unwrap());
    for (i, (a, b)) in g.iter().zip(w).enumerate() {
        assert!(
            (a - b).abs() <= 1e-4 + 1e-4 * b.abs(),
            "{what}: element {i}: {a} vs {b}"
        );
    }
}

pub(crate) fn engine(mode: TierMode, th: Thresholds, synchronous: bool) -> Engine {
    Engine::builder()
        .mode(mode)
        .thresholds(th)
        .synchronous(synchronous)
        .workers(1)
        .build()
        .unwrap()
}

/// Thresholds only (no cost-benefit rule), every new tier kept.
pub(crate) fn exact(t1: u64, t2: u64) -> Thresholds {
    Thresholds {
        calls: [0, t1, t2],
        min_samples: 1,
        validate_samples: 1,
        regression_factor: f64::INFINITY,
        cost_benefit: false,
        ..Thresholds::default()
    }
}

#[test]
fn promotion_happens_at_the_configured_thresholds() {
    let e = engine(TierMode::Auto, exact(4, 10), true);
    e.load_text(EWISE, "ewise.mlir").unwrap();
    let f = e.function("score").unwrap();
    let (x, s) = (tensor(&[64, 256], 1), tensor(&[256], 2));
    let mut tiers = Vec::new();
    for _ in 0..20 {
        f.call(&[x.clone(), s.clone()]).unwrap();
        tiers.push(f.tier());
    }
    // Synchronous compiles: the 4th call promotes to tier 1, the 10th call at tier 1 to tier 2.
    assert_eq!(&tiers[..4], &[0, 0, 0, 1], "{tiers:?}");
    assert_eq!(tiers[13], 2, "{tiers:?}");
    assert_eq!(tiers[12], 1, "{tiers:?}");
    let r = e.report();
    let fr = &r.functions[0];
    assert_eq!(fr.calls_by_tier, [4, 10, 6, 0]);
    assert_eq!(fr.current_tier, 2);
    assert_eq!(fr.compiles.iter().map(|c| c.tier).collect::<Vec<_>>(), vec![1, 2]);
    assert_eq!(r.promotions, 2);
    let kinds: Vec<&str> = r.events.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, vec!["promote", "install", "promote", "install"]);
    assert!(r.events[0].reason.contains("4 calls"), "{:?}", r.events[0]);
    assert_eq!(fr.distinct_shapes, 1);
    assert_eq!(fr.shapes[0].shapes, "64x256, 256");
}

#[test]
fn the_default_preset_waits_and_production_waits_longer() {
    for (preset, min_calls) in [(kiln::Preset::Default, 2), (kiln::Preset::Production, 50)] {
        let e = Engine::builder().preset(preset).synchronous(true).build().unwrap();
        e.load_text(EWISE, "ewise.mlir").unwrap();
        let f = e.function("score").unwrap();
        let (x, s) = (tensor(&[64, 256], 1), tensor(&[256], 2));
        for _ in 0..min_calls - 1 {
            f.call(&[x.clone(), s.clone()]).unwrap();
        }
        assert_eq!(
            e.report().compiles,
            0,
            "{preset:?}: no compile before {min_calls} calls"
        );
    }
}

#[test]
fn every_tier_agrees_with_tier_0() {
    let cases: Vec<(&str, &str, Vec<Vec<Tensor>>)> = vec![
        (
            EWISE,
            "score",
            [1usize, 7, 64]
                .iter()
                .map(|&n| vec![tensor(&[n, 256], n as u64), tensor(&[256], 9)])
                .collect(),
        ),
        (
            MATMUL,
            "mm",
            [1usize, 5, 33]
                .iter()
                .map(|&n| vec![tensor(&[n, 128], n as u64), tensor(&[128, 128], 3)])
                .collect(),
        ),
        (
            SOFTMAX,
            "softmax",
            [1usize, 3, 100]
                .iter()
                .map(|&n| vec![tensor(&[n, 32], n as u64)])
                .collect(),
        ),
        (
            LAYERNORM,
            "layernorm",
            [1usize, 2, 65]
                .iter()
                .map(|&n| vec![tensor(&[n, 37], n as u64), tensor(&[37], 5), tensor(&[37], 6)])
                .collect(),
        ),
        (
            SINKING,
            "sink",
            [1usize, 3, 17]
                .iter()
                .map(|&n| vec![tensor(&[n, 24], n as u64), tensor(&[24], 7), tensor(&[24, n], 8)])
                .collect(),
        ),
    ];
    for (text, name, inputs) in &cases {
        let reference = engine(TierMode::Fixed(0), Thresholds::default(), true);
        reference.load_text(text, "case.mlir").unwrap();
        let r = reference.function(name).unwrap();
        let want: Vec<Vec<Tensor>> = inputs.iter().map(|a| r.call(a).unwrap()).collect();
        for mode in [TierMode::Fixed(1), TierMode::Fixed(2), TierMode::Auto] {
            let e = engine(mode, exact(2, 4), true);
            e.load_text(text, "case.mlir").unwrap();
            let f = e.function(name).unwrap();
            // Auto mode passes through every tier over these calls.
            for round in 0..4 {
                for (a, w) in inputs.iter().zip(&want) {
                    let got = f.call(a).unwrap();
                    close(
                        &got[0],
                        &w[0],
                        &format!("@{name} {mode:?} round {round} at tier {}", f.tier()),
                    );
                }
            }
            if mode == TierMode::Auto {
                assert_eq!(f.tier(), 2, "@{name}");
            } else {
                assert_eq!(e.report().functions[0].calls_by_tier[0], 0, "@{name} {mode:?}");
            }
        }
    }
}

#[test]
fn a_slower_tier_is_abandoned_for_the_one_it_replaced() {
    // A baseline tier lowered naively (the matrix product as a scalar loop nest, as tier 1
    // once was) loses to the interpreter's GEMM by far.
    let th = Thresholds {
        validate_samples: 3,
        regression_factor: 1.1,
        ..exact(5, 1000)
    };
    let e = Engine::builder()
        .mode(TierMode::Auto)
        .thresholds(th)
        .synchronous(true)
        .workers(1)
        .pipeline(
            1,
            "builtin.module(convert-tensor-to-loop,convert-loop-to-llvm{contiguous-entry-arguments=true},convert-vector-to-llvm,convert-arith-to-llvm,convert-func-to-llvm)",
        )
        .build()
        .unwrap();
    // A long contraction (K = 4096): the GEMM's blocking wins by far over a loop nest, even
    // with the interpreter and the test build around it.
    let long = r#"
func.func @mm(%a: tensor<Nx4096xf32>, %b: tensor<4096x64xf32>) -> tensor<Nx64xf32> {
  %c = ktensor.matmul %a, %b : (tensor<Nx4096xf32>, tensor<4096x64xf32>) -> tensor<Nx64xf32>
  return %c : tensor<Nx64xf32>
}
"#;
    e.load_text(long, "mm.mlir").unwrap();
    let f = e.function("mm").unwrap();
    let (a, b) = (tensor(&[64, 4096], 1), tensor(&[4096, 64], 2));
    let want = engine(TierMode::Fixed(0), Thresholds::default(), true);
    want.load_text(long, "mm.mlir").unwrap();
    let want = want.function("mm").unwrap().call(&[a.clone(), b.clone()]).unwrap();
    for _ in 0..10 {
        close(&f.call(&[a.clone(), b.clone()]).unwrap()[0], &want[0], "mm");
    }
    let r = e.report();
    assert_eq!(f.tier(), 0, "{r}");
    assert_eq!(r.demotions, 1, "{r}");
    assert_eq!(r.functions[0].rejected_tiers, vec![1]);
    let demote = r.events.iter().find(|e| e.kind == "demote").expect("a demote event");
    assert!(demote.reason.contains("measured"), "{}", demote.reason);
}

#[test]
fn eight_threads_call_while_the_function_is_promoted() {
    let e = Arc::new(engine(TierMode::Auto, exact(3, 12), false));
    e.load_text(SOFTMAX, "softmax.mlir").unwrap();
    let f = e.function("softmax").unwrap();
    let reference = engine(TierMode::Fixed(0), Thresholds::default(), true);
    reference.load_text(SOFTMAX, "softmax.mlir").unwrap();
    let r = reference.function("softmax").unwrap();
    let inputs: Vec<Tensor> = (1..=16).map(|n| tensor(&[n * 5, 32], n as u64)).collect();
    let want: Arc<Vec<Tensor>> = Arc::new(
        inputs
            .iter()
            .map(|x| r.call(std::slice::from_ref(x)).unwrap().remove(0))
            .collect(),
    );
    let inputs = Arc::new(inputs);
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let (f, inputs, want) = (f.clone(), inputs.clone(), want.clone());
            std::thread::spawn(move || {
                let mut seen = [0u32; 3];
                for i in 0..300 {
                    let k = (i * 7 + t) % inputs.len();
                    let got = f.call(&[inputs[k].clone()]).unwrap();
                    seen[f.tier() as usize] += 1;
                    close(&got[0], &want[k], &format!("thread {t} call {i}"));
                }
                seen
            })
        })
        .collect();
    for t in threads {
        t.join().expect("no thread panics");
    }
    e.shutdown(Shutdown::Drain);
    let rep = e.report();
    assert_eq!(rep.functions[0].calls_by_tier.iter().sum::<u64>(), 2400);
    assert!(rep.promotions >= 1, "{rep}");
    assert!(f.tier() >= 1, "{rep}");
}

#[test]
fn shutdown_with_a_full_queue_cancels_or_drains_cleanly() {
    for drain in [false, true] {
        let e = Engine::builder()
            .thresholds(Thresholds {
                load_factor: 0.0,
                ..exact(1, 1000)
            })
            .workers(1)
            .queue_capacity(3)
            .build()
            .unwrap();
        // Twelve functions turn hot at once; one worker and a queue of three cannot keep up.
        let mut text = String::new();
        for i in 0..12 {
            text.push_str(&EWISE.replace("@score", &format!("@score{i}")));
        }
        e.load_text(&text, "many.mlir").unwrap();
        let (x, s) = (tensor(&[64, 256], 1), tensor(&[256], 2));
        let fs: Vec<_> = (0..12).map(|i| e.function(&format!("score{i}")).unwrap()).collect();
        // All twelve first calls at once: their requests arrive together.
        let barrier = std::sync::Barrier::new(fs.len());
        let outs: Vec<Vec<Tensor>> = std::thread::scope(|sc| {
            let hs: Vec<_> = fs
                .iter()
                .map(|f| {
                    let (x, s, barrier) = (x.clone(), s.clone(), &barrier);
                    sc.spawn(move || {
                        barrier.wait();
                        f.call(&[x, s]).unwrap()
                    })
                })
                .collect();
            hs.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let want = outs[0].clone();
        let cancelled = e.shutdown(if drain { Shutdown::Drain } else { Shutdown::Cancel });
        let r = e.report();
        assert!(r.queue.dropped > 0, "{r}");
        assert_eq!(r.queue.requests, 12, "{r}");
        // The queue's counts add up: every request was served, merged, dropped, cancelled or
        // is still waiting.
        let q = &r.queue;
        assert_eq!(
            q.served + q.merged + q.dropped + q.cancelled + q.waiting,
            q.requests,
            "{r}"
        );
        // Every request was compiled, dropped or cancelled; nothing is left pending.
        assert_eq!(
            r.compiles + r.queue.dropped + cancelled as u64,
            12,
            "drain {drain}: {r}"
        );
        if drain {
            assert_eq!(cancelled, 0);
        }
        assert_eq!(e.queue_len(), 0);
        // Functions stay callable, at whatever tier they reached.
        for f in &fs {
            close(&f.call(&[x.clone(), s.clone()]).unwrap()[0], &want[0], f.name());
        }
    }
}

#[test]
fn bad_calls_and_bad_modules_are_typed_errors() {
    for mode in [TierMode::Fixed(0), TierMode::Fixed(1), TierMode::Fixed(2)] {
        let e = engine(mode, Thresholds::default(), true);
        e.load_text(EWISE, "ewise.mlir").unwrap();
        let f = e.function("score").unwrap();
        let err = f.call(&[tensor(&[4, 255], 1), tensor(&[256], 2)]).unwrap_err();
        assert!(
            matches!(err, EngineError::Call(_) | EngineError::Runtime(_)),
            "{mode:?}: {err:?}"
        );
        assert!(f.call(&[tensor(&[4, 256], 1)]).is_err(), "{mode:?}: too few arguments");
        assert!(matches!(e.function("nope"), Err(EngineError::NoFunction(_))));
    }
    let e = Engine::new().unwrap();
    let err = e.load_text(
        "func.func @f(%x: i32) -> i32 {\n  %0 = arith.addi %x : i32\n}",
        "bad.mlir",
    );
    match err {
        Err(EngineError::Load(msg)) => assert!(msg.contains("bad.mlir:2:"), "{msg}"),
        other => panic!("expected a load error, got {:?}", other.map(|_| ())),
    }
    assert!(matches!(
        Engine::builder().mode(TierMode::Fixed(7)).build(),
        Err(EngineError::Config(_))
    ));
}

#[test]
fn the_report_has_its_documented_json_keys() {
    let e = engine(TierMode::Auto, exact(2, 3), true);
    e.load_text(EWISE, "ewise.mlir").unwrap();
    let f = e.function("score").unwrap();
    for n in [64, 64, 80, 64, 96] {
        f.call(&[tensor(&[n, 256], 1), tensor(&[256], 2)]).unwrap();
    }
    let json: serde_json::Value = serde_json::from_str(&e.report().to_json()).unwrap();
    let func = &json["functions"][0];
    assert_eq!(func["name"], "score");
    assert_eq!(func["current_tier"], 2);
    assert_eq!(func["calls_by_tier"].as_array().unwrap().len(), 4);
    assert!(func["specializations"].is_array());
    assert_eq!(func["compiles"].as_array().unwrap().len(), 2);
    // Each compile names its fusion group (tier 1 fuses greedily, tier 2 after the e-graph).
    for c in 0..2 {
        assert_eq!(
            func["compiles"][c]["fusion_groups"][0],
            "@score: 5 ops (broadcast_in_dim mul tanh abs reduce)"
        );
    }
    assert_eq!(func["distinct_shapes"], 3);
    assert_eq!(func["shapes"][0]["calls"], 3);
    for key in ["compile_seconds", "run_seconds", "wall_seconds", "promotions"] {
        assert!(json[key].is_number(), "{key}");
    }
    assert!(func["status"].as_str().unwrap().contains("tier 2"), "{func}");
    for key in [
        "requests",
        "served",
        "merged",
        "dropped",
        "cancelled",
        "waiting",
        "longest",
    ] {
        assert!(json["queue"][key].is_number(), "queue.{key}");
    }
}

/// K8's MLP block: a contraction, which the policy expects tier 2 to speed up by only ~1.1x.
const MLP: &str = r#"
func.func @mlp(%x: tensor<Nx256xf32>, %w1: tensor<256x256xf32>, %w2: tensor<256x64xf32>) -> tensor<Nx64xf32> {
  %h = ktensor.matmul %x, %w1 : (tensor<Nx256xf32>, tensor<256x256xf32>) -> tensor<Nx256xf32>
  %r = ktensor.relu %h : tensor<Nx256xf32>
  %y = ktensor.matmul %r, %w2 : (tensor<Nx256xf32>, tensor<256x64xf32>) -> tensor<Nx64xf32>
  return %y : tensor<Nx64xf32>
}
"#;

#[test]
fn code_in_the_disk_cache_is_promoted_to_at_its_load_cost() {
    let dir = std::env::temp_dir().join(format!("kiln-cache-policy-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let args = [tensor(&[64, 256], 1), tensor(&[256, 256], 2), tensor(&[256, 64], 3)];
    // Another process compiled the function at tier 2 earlier.
    let first = Engine::builder()
        .mode(TierMode::Fixed(2))
        .synchronous(true)
        .cache_dir(Some(dir.clone()))
        .build()
        .unwrap();
    first.load_text(MLP, "mlp.mlir").unwrap();
    let want = first.function("mlp").unwrap().call(&args).unwrap();
    // Auto mode with the default policy: the compile would not pay for a long while (a
    // contraction gains ~1.1x), the load does after a few dozen calls. (No demotion: this
    // debug build's timings are not the point.)
    let th = Thresholds {
        regression_factor: f64::INFINITY,
        ..Thresholds::default()
    };
    let auto = Engine::builder()
        .thresholds(th)
        .synchronous(true)
        .cache_dir(Some(dir.clone()))
        .build()
        .unwrap();
    auto.load_text(MLP, "mlp.mlir").unwrap();
    let f = auto.function("mlp").unwrap();
    for _ in 0..400 {
        close(&f.call(&args).unwrap()[0], &want[0], "auto");
    }
    let r = auto.report();
    assert_eq!(f.tier(), 2, "{r}");
    // Tier 2 came from the disk cache, chosen for its load cost (tier 1 may have been compiled
    // on the way, if this build's timings made it pay first).
    let promote = r
        .events
        .iter()
        .find(|e| e.kind == "promote" && e.to_tier == 2)
        .expect("a promotion");
    assert!(promote.reason.contains("cache load"), "{r}");
    assert_eq!(r.cache.disk_hits, 1, "{r}");
    assert!(
        r.functions[0]
            .compiles
            .iter()
            .all(|c| c.tier != 2 || c.source == "disk"),
        "{r}"
    );
    // Without the cache the same calls do not reach tier 2 (its compile would not pay for a
    // long while), and the report says why. Tier 1 may pay on a loaded machine, where the
    // interpreted calls take longer.
    let cold = Engine::builder().synchronous(true).build().unwrap();
    cold.load_text(MLP, "mlp.mlir").unwrap();
    let g = cold.function("mlp").unwrap();
    for _ in 0..20 {
        g.call(&args).unwrap();
    }
    let status = &cold.report().functions[0].status;
    assert!(g.tier() < 2, "{status}");
    assert!(
        status.contains("not worth it yet") || status.contains("waiting") || status.contains("promoted to tier 1"),
        "{status}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn engines_and_functions_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Engine>();
    check::<kiln::Function>();
}

#[test]
fn the_interpreter_counts_loop_back_edges() {
    let text = r#"
func.func @halve(%n: tensor<i32>, %x: tensor<3xf32>) -> tensor<3xf32> {
  %r:2 = ktensor.while (%n, %x) : (tensor<i32>, tensor<3xf32>) -> (tensor<i32>, tensor<3xf32>) cond {
  ^bb0(%i: tensor<i32>, %v: tensor<3xf32>):
    %z = ktensor.constant dense<0> : tensor<i32>
    %p = ktensor.cmp %i, %z {predicate = "gt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %p : tensor<i1>
  } body {
  ^bb0(%i: tensor<i32>, %v: tensor<3xf32>):
    %one = ktensor.constant dense<1> : tensor<i32>
    %j = ktensor.sub %i, %one : tensor<i32>
    %w = ktensor.add %v, %v : tensor<3xf32>
    ktensor.yield %j, %w : tensor<i32>, tensor<3xf32>
  }
  return %r#1 : tensor<3xf32>
}
"#;
    let e = engine(TierMode::Fixed(0), Thresholds::default(), true);
    e.load_text(text, "while.mlir").unwrap();
    let f = e.function("halve").unwrap();
    let x = Tensor::from_vec(&[3], vec![1.0f32, 2.0, 3.0]).unwrap();
    for n in [5i32, 0, 2] {
        let y = f.call(&[Tensor::scalar(n), x.clone()]).unwrap();
        assert_eq!(y[0].data::<f32>().unwrap()[0], (1 << n) as f32);
    }
    assert_eq!(e.report().functions[0].loop_back_edges, 7);
}

#[test]
fn a_failed_compile_leaves_the_function_where_it_was() {
    // A tier-1 pipeline that stops short of the llvm dialect cannot be translated.
    let e = Engine::builder()
        .thresholds(exact(1, 2))
        .synchronous(true)
        .pipeline(1, "builtin.module(convert-tensor-to-loop)")
        .build()
        .unwrap();
    e.load_text(EWISE, "ewise.mlir").unwrap();
    let f = e.function("score").unwrap();
    let (x, s) = (tensor(&[64, 256], 1), tensor(&[256], 2));
    let want = f.call(&[x.clone(), s.clone()]).unwrap();
    for _ in 0..6 {
        close(
            &f.call(&[x.clone(), s.clone()]).unwrap()[0],
            &want[0],
            "after a failed compile",
        );
    }
    let r = e.report();
    assert_eq!(r.compile_failures, 1, "{r}");
    let failed = r.events.iter().find(|e| e.kind == "compile_failed").expect("an event");
    assert!(
        failed.reason.contains("did not lower it to the llvm dialect"),
        "{}",
        failed.reason
    );
    assert_eq!(r.functions[0].rejected_tiers, vec![1]);
    // Tier 1 is out; the policy goes on to tier 2 once its threshold is met.
    assert_eq!(f.tier(), 2, "{r}");
    assert!(matches!(
        Engine::builder().pipeline(2, "builtin.module(nope)").build(),
        Err(EngineError::Config(_))
    ));
}

#[test]
fn after_the_compile_limit_a_function_keeps_its_best_version() {
    let e = engine(
        TierMode::Auto,
        Thresholds {
            max_compiles: 1,
            ..exact(1, 2)
        },
        true,
    );
    e.load_text(EWISE, "ewise.mlir").unwrap();
    let f = e.function("score").unwrap();
    let (x, s) = (tensor(&[64, 256], 1), tensor(&[256], 2));
    for _ in 0..10 {
        f.call(&[x.clone(), s.clone()]).unwrap();
    }
    let r = e.report();
    assert_eq!(r.compiles, 1, "{r}");
    assert_eq!(f.tier(), 1, "never back to the interpreter, never on to tier 2: {r}");
}

#[test]
fn a_module_that_clashes_loads_nothing() {
    let e = Engine::new().unwrap();
    assert_eq!(e.load_text(EWISE, "a.mlir").unwrap(), vec!["score".to_string()]);
    let both = format!("{}{}", SOFTMAX, EWISE);
    match e.load_text(&both, "b.mlir") {
        Err(EngineError::Load(m)) => assert!(m.contains("'@score' is already loaded"), "{m}"),
        other => panic!("expected a clash, got {:?}", other.map(|_| ())),
    }
    assert!(matches!(e.function("softmax"), Err(EngineError::NoFunction(_))));
    assert_eq!(e.report().functions.len(), 1);
}

#[test]
fn a_second_engine_links_the_first_ones_code_from_the_disk_cache() {
    let dir = std::env::temp_dir().join(format!("kiln-engine-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let make = || {
        Engine::builder()
            .mode(TierMode::Fixed(2))
            .synchronous(true)
            .cache_dir(Some(dir.clone()))
            .build()
            .unwrap()
    };
    let (x, s) = (tensor(&[33, 256], 4), tensor(&[256], 5));
    let first = make();
    first.load_text(EWISE, "ewise.mlir").unwrap();
    let want = first.function("score").unwrap().call(&[x.clone(), s.clone()]).unwrap();
    let r1 = first.report();
    assert_eq!((r1.compiles, r1.cache.misses, r1.cache.disk_hits), (1, 1, 0), "{r1}");
    assert!(r1.cache.bytes_on_disk > 0);
    // Another engine (its own JIT, as another process would have) compiles nothing.
    let second = make();
    second.load_text(EWISE, "ewise.mlir").unwrap();
    let got = second.function("score").unwrap().call(&[x, s]).unwrap();
    close(&got[0], &want[0], "from the disk cache");
    let r2 = second.report();
    assert_eq!((r2.compiles, r2.cache.disk_hits), (0, 1), "{r2}");
    assert_eq!(r2.functions[0].compiles[0].source, "disk");
    let json: serde_json::Value = serde_json::from_str(&r2.to_json()).unwrap();
    for key in ["memory_hits", "disk_hits", "misses", "evictions", "rejected_entries"] {
        assert!(json["cache"][key].is_number(), "cache.{key}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// An e-graph stopped by its node budget at once still leaves a correct compile: tier 2 with
/// `tensor-fusion{node-limit=1}` agrees with tier 0 on layernorm and softmax, and the
/// report still names the groups (formed on the unrewritten ops).
#[test]
fn a_fusion_budget_stop_still_compiles_correctly() {
    let pipeline = kiln::runtime::jit::TIER2_PIPELINE.replace("tensor-fusion,", "tensor-fusion{node-limit=1},");
    assert_ne!(
        pipeline,
        kiln::runtime::jit::TIER2_PIPELINE,
        "the tier-2 pipeline runs tensor-fusion"
    );
    for (text, name, shape) in [(LAYERNORM, "layernorm", [5usize, 37]), (SOFTMAX, "softmax", [7, 32])] {
        let mut args = vec![tensor(&shape, 3)];
        if name == "layernorm" {
            args.extend([tensor(&[37], 4), tensor(&[37], 5)]);
        }
        let reference = engine(TierMode::Fixed(0), Thresholds::default(), true);
        reference.load_text(text, "case.mlir").unwrap();
        let want = reference.function(name).unwrap().call(&args).unwrap();
        let e = Engine::builder()
            .mode(TierMode::Fixed(2))
            .thresholds(exact(1, 1))
            .synchronous(true)
            .workers(1)
            .pipeline(2, &pipeline)
            .build()
            .unwrap();
        e.load_text(text, "case.mlir").unwrap();
        let got = e.function(name).unwrap().call(&args).unwrap();
        close(&got[0], &want[0], &format!("@{name} with a node budget of 1"));
        let r = e.report();
        let groups = &r.functions[0].compiles[0].fusion_groups;
        assert_eq!(groups.len(), 1, "@{name}: one group: {r}");
    }
}

/// A fixed-tier engine whose calls may hold no buffer over `bytes`.
fn buffer_limited(tier: u8, bytes: u64) -> Engine {
    Engine::builder()
        .mode(TierMode::Fixed(tier))
        .synchronous(true)
        .limits(kiln::Limits {
            max_buffer_bytes: bytes,
            ..Default::default()
        })
        .build()
        .unwrap()
}

#[test]
fn resource_limits_fail_with_errors_that_name_them() {
    let limits = |l: kiln::Limits| {
        Engine::builder()
            .mode(TierMode::Fixed(0))
            .synchronous(true)
            .limits(l)
            .build()
            .unwrap()
    };
    // Module size and nesting, at load.
    let e = limits(kiln::Limits {
        max_module_ops: 5,
        ..Default::default()
    });
    match e.load_text(EWISE, "ewise.mlir") {
        Err(EngineError::Load(m)) => assert!(
            m.contains("over the engine's limit of 5 (Limits::max_module_ops)"),
            "{m}"
        ),
        other => panic!("expected a load error, got {:?}", other.map(|_| ())),
    }
    let e = limits(kiln::Limits {
        max_nesting: 1,
        ..Default::default()
    });
    match e.load_text(EWISE, "ewise.mlir") {
        Err(EngineError::Load(m)) => assert!(m.contains("nested 2 regions deep"), "{m}"),
        other => panic!("expected a load error, got {:?}", other.map(|_| ())),
    }
    // The largest buffer of a call, at every tier: an argument, then a value computed inside.
    for tier in 0..=2 {
        let e = buffer_limited(tier, 64 * 256 * 4);
        e.load_text(EWISE, "ewise.mlir").unwrap();
        let f = e.function("score").unwrap();
        match f.call(&[tensor(&[65, 256], 1), tensor(&[256], 2)]) {
            Err(EngineError::Call(m)) => assert!(
                m.contains("argument #0") && m.contains("Limits::max_buffer_bytes"),
                "{m}"
            ),
            other => panic!("tier {tier}: expected a call error, got {:?}", other.map(|_| ())),
        }
        // Within the limit the call runs, and the engine stays usable after a refusal.
        let ok = f.call(&[tensor(&[64, 256], 1), tensor(&[256], 2)]).unwrap();
        assert_eq!(ok[0].shape(), &[64]);
    }
    let bigger = r#"
func.func @outer(%x: tensor<Nxf32>, %y: tensor<Mxf32>) -> tensor<NxMxf32> {
  %a = ktensor.broadcast_in_dim %x {dims = array<i64: 0>} : (tensor<Nxf32>) -> tensor<NxMxf32>
  %b = ktensor.broadcast_in_dim %y {dims = array<i64: 1>} : (tensor<Mxf32>) -> tensor<NxMxf32>
  %c = ktensor.mul %a, %b : tensor<NxMxf32>
  return %c : tensor<NxMxf32>
}
"#;
    for tier in 0..=2 {
        let e = buffer_limited(tier, 1 << 16);
        e.load_text(bigger, "outer.mlir").unwrap();
        let f = e.function("outer").unwrap();
        // (Tier 0 fails computing the value; tiers 1 and 2 allocating the result for the call.)
        match f.call(&[tensor(&[256], 1), tensor(&[256], 2)]) {
            Err(EngineError::Runtime(m) | EngineError::Call(m)) => {
                assert!(m.contains("over the engine's limit of 65536 bytes"), "tier {tier}: {m}")
            }
            other => panic!("tier {tier}: expected an error, got {:?}", other.map(|_| ())),
        }
        assert!(f.call(&[tensor(&[64], 1), tensor(&[64], 2)]).is_ok());
    }
    // A temporary over the limit (a matmul operand is materialized) with a small result:
    // native code leaves the call from its allocation, with the reason.
    let temp = r#"
func.func @proj(%x: tensor<Nxf32>, %w: tensor<Nx1xf32>) -> tensor<Nx1xf32> {
  %a = ktensor.broadcast_in_dim %x {dims = array<i64: 0>} : (tensor<Nxf32>) -> tensor<NxNxf32>
  %b = ktensor.broadcast_in_dim %x {dims = array<i64: 1>} : (tensor<Nxf32>) -> tensor<NxNxf32>
  %c = ktensor.mul %a, %b : tensor<NxNxf32>
  %d = ktensor.matmul %c, %w : (tensor<NxNxf32>, tensor<Nx1xf32>) -> tensor<Nx1xf32>
  return %d : tensor<Nx1xf32>
}
"#;
    for tier in 0..=2 {
        let e = buffer_limited(tier, 1 << 16);
        e.load_text(temp, "proj.mlir").unwrap();
        let f = e.function("proj").unwrap();
        match f.call(&[tensor(&[256], 1), tensor(&[256, 1], 2)]) {
            Err(EngineError::Runtime(m)) => {
                assert!(m.contains("over the engine's limit of 65536 bytes"), "tier {tier}: {m}")
            }
            other => panic!("tier {tier}: expected a run-time error, got {:?}", other.map(|_| ())),
        }
        assert!(f.call(&[tensor(&[64], 1), tensor(&[64, 1], 2)]).is_ok());
    }
    // A compile over its time limit is abandoned: a fixed tier says so, auto mode keeps the
    // function at its tier.
    let no_time = kiln::Limits {
        max_compile_seconds: 0.0,
        ..Default::default()
    };
    let e = Engine::builder()
        .mode(TierMode::Fixed(2))
        .synchronous(true)
        .limits(no_time.clone())
        .build()
        .unwrap();
    e.load_text(EWISE, "ewise.mlir").unwrap();
    match e.function("score") {
        Err(EngineError::Compile(m)) => assert!(m.contains("compile time limit of 0 s reached before pass"), "{m}"),
        other => panic!("expected an abandoned compile, got {:?}", other.map(|_| ())),
    }
    let e = Engine::builder()
        .preset(kiln::Preset::Development)
        .synchronous(true)
        .limits(no_time)
        .build()
        .unwrap();
    e.load_text(EWISE, "ewise.mlir").unwrap();
    let f = e.function("score").unwrap();
    for _ in 0..4 {
        f.call(&[tensor(&[64, 256], 1), tensor(&[256], 2)]).unwrap();
    }
    let r = e.report();
    assert_eq!(f.tier(), 0, "{r}");
    assert!(
        r.events
            .iter()
            .any(|e| e.kind == "compile_failed" && e.reason.contains("time limit")),
        "{r}"
    );
}

/// Resident set size in bytes (Linux), `None` elsewhere.
fn rss_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

#[test]
fn memory_stays_flat_over_100k_calls_with_changing_shapes() {
    // RSS is the process's: the other tests of this binary run beside this one, so the body
    // runs alone, in a child process of this test binary.
    const CHILD: &str = "KILN_TEST_RSS_CHILD";
    if std::env::var_os(CHILD).is_none() {
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "engine::memory_stays_flat_over_100k_calls_with_changing_shapes",
                "--exact",
                "--test-threads=1",
                "--nocapture",
            ])
            .env(CHILD, "1")
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success() && text.contains("1 passed"), "{text}");
        return;
    }
    let e = engine(TierMode::Auto, Thresholds::preset(kiln::Preset::Development), true);
    e.load_text(EWISE, "ewise.mlir").unwrap();
    let f = e.function("score").unwrap();
    let s = tensor(&[256], 2);
    // 97 batch sizes in turn: promotions, specializations and their evictions, a profile
    // that sees many shape signatures.
    let inputs: Vec<Tensor> = (1..=97).map(|n| tensor(&[n, 256], n as u64)).collect();
    let mut at_20k = None;
    for i in 0..100_000usize {
        let x = &inputs[(i * 7919) % inputs.len()];
        f.call(&[x.clone(), s.clone()]).unwrap();
        if i == 20_000 {
            at_20k = rss_bytes();
        }
    }
    assert_eq!(f.tier(), 2, "{}", e.report());
    if let (Some(a), Some(b)) = (at_20k, rss_bytes()) {
        let growth = b.saturating_sub(a);
        eprintln!("RSS at call 20,000: {a} bytes; at 100,000: {b} bytes");
        assert!(
            growth < 8 << 20,
            "RSS grew {growth} bytes between calls 20,000 and 100,000: {}",
            e.report()
        );
    }
}

#[test]
fn eight_threads_call_three_functions_through_promotions_specializations_evictions_and_shutdown() {
    // Small caches force evictions: two specializations per function, one kept module.
    let e = Arc::new(
        Engine::builder()
            .thresholds(Thresholds {
                specialize_max: 2,
                specialize_check_calls: 64,
                ..exact(2, 6)
            })
            .workers(1)
            .memory_cache_entries(1)
            .build()
            .unwrap(),
    );
    let text = format!("{EWISE}{SOFTMAX}{LAYERNORM}");
    e.load_text(&text, "three.mlir").unwrap();
    let reference = engine(TierMode::Fixed(0), Thresholds::default(), true);
    reference.load_text(&text, "three.mlir").unwrap();
    // Per function: argument lists for batch sizes 1..=12, and tier 0's results.
    let cases: Vec<(String, Vec<Vec<Tensor>>)> = vec![
        (
            "score".into(),
            (1..=12)
                .map(|n| vec![tensor(&[n, 256], n as u64), tensor(&[256], 1)])
                .collect(),
        ),
        (
            "softmax".into(),
            (1..=12).map(|n| vec![tensor(&[n, 32], n as u64)]).collect(),
        ),
        (
            "layernorm".into(),
            (1..=12)
                .map(|n| vec![tensor(&[n, 37], n as u64), tensor(&[37], 2), tensor(&[37], 3)])
                .collect(),
        ),
    ];
    let want: Vec<Vec<Tensor>> = cases
        .iter()
        .map(|(name, args)| {
            let r = reference.function(name).unwrap();
            args.iter().map(|a| r.call(a).unwrap().remove(0)).collect()
        })
        .collect();
    let fns: Vec<_> = cases.iter().map(|(n, _)| e.function(n).unwrap()).collect();
    let (cases, want, fns) = (Arc::new(cases), Arc::new(want), Arc::new(fns));
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let done = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let (cases, want, fns, done, stop) = (cases.clone(), want.clone(), fns.clone(), done.clone(), stop.clone());
            std::thread::spawn(move || {
                // At least 600 calls each, then until told to stop (the number of calls before
                // the first promotion depends on how fast the calls are).
                let mut i = 0usize;
                while i < 600 || !stop.load(Ordering::Relaxed) {
                    let f = (i + t) % 3;
                    // Mostly two batch sizes per thread (specializations), sometimes any.
                    let k = if i.is_multiple_of(5) {
                        (i * 7 + t) % 12
                    } else {
                        (t + i % 2) % 12
                    };
                    let got = fns[f].call(&cases[f].1[k]).unwrap();
                    close(&got[0], &want[f][k], &format!("thread {t} call {i} of @{}", cases[f].0));
                    done.fetch_add(1, Ordering::Relaxed);
                    i += 1;
                }
            })
        })
        .collect();
    // Shut the engine down while the threads are still calling, once a promotion has been
    // installed: calls go on at the tiers reached, every result still checked, for 2400 more.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while done.load(Ordering::Relaxed) < 2400 || (e.report().promotions == 0 && std::time::Instant::now() < deadline) {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    e.shutdown(Shutdown::Cancel);
    let at_shutdown = done.load(Ordering::Relaxed);
    while done.load(Ordering::Relaxed) < at_shutdown + 2400 {
        std::thread::yield_now();
    }
    stop.store(true, Ordering::Relaxed);
    for t in threads {
        t.join().expect("no thread panics");
    }
    let r = e.report();
    let calls: u64 = r.functions.iter().map(|f| f.calls_by_tier.iter().sum::<u64>()).sum();
    assert_eq!(calls, done.load(Ordering::Relaxed) as u64, "{r}");
    assert!(r.promotions >= 1, "{r}");
    let q = &r.queue;
    assert_eq!(
        q.served + q.merged + q.dropped + q.cancelled + q.waiting,
        q.requests,
        "{r}"
    );
    // After the shutdown the policy stops asking (it used to re-request on every timed call).
    assert!(q.requests < 50, "{r}");
    for f in &r.functions {
        if f.current_tier < 2 {
            assert!(f.status.starts_with("the engine is shut down"), "{r}");
        }
    }
}
