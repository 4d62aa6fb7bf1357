//! The vector-math approximations (`kiln_dialects::approx`) as tiers 0 and 2 compute them,
//! against the f64 functions over a sweep of the whole f32 range (every 4099th bit pattern:
//! both signs, every exponent, subnormals, infinities and NaNs) plus the special values:
//! within the ulp bound each function documents, IEEE behaviour at the edges (NaN,
//! infinities, signed zeros, overflow, gradual underflow).

use crate::engine::{engine, exact};
use kiln::{Tensor, TierMode};
use kiln_dialects::approx::ulp_distance as ulps;

fn run(op: &str, xs: &[f32], tier: u8) -> Vec<f32> {
    call(&engine(TierMode::Fixed(tier), exact(1, 1), true), op, xs)
}

/// `op` over `xs` at tier 2 compiled with `pipeline`.
fn run_with(op: &str, xs: &[f32], pipeline: &str) -> Vec<f32> {
    call(&tier2_with(pipeline), op, xs)
}

/// An engine that compiles every call at tier 2 with `pipeline`.
fn tier2_with(pipeline: &str) -> kiln::Engine {
    kiln::Engine::builder()
        .mode(TierMode::Fixed(2))
        .thresholds(exact(1, 1))
        .synchronous(true)
        .workers(1)
        .pipeline(2, pipeline)
        .build()
        .unwrap()
}

/// `ktensor.<op>` over `xs`, on `e`.
fn call(e: &kiln::Engine, op: &str, xs: &[f32]) -> Vec<f32> {
    let text = format!(
        "func.func @f(%x: tensor<Nxf32>) -> tensor<Nxf32> {{\n  %0 = ktensor.{op} %x : tensor<Nxf32>\n  return %0 : tensor<Nxf32>\n}}\n"
    );
    e.load_text(&text, "math.mlir").unwrap();
    let f = e.function("f").unwrap();
    let out = f.call(&[Tensor::from_slice(&[xs.len()], xs).unwrap()]).unwrap();
    out[0].data::<f32>().unwrap().to_vec()
}

fn sweep() -> Vec<f32> {
    let mut xs: Vec<f32> = (0..=u32::MAX).step_by(4099).map(f32::from_bits).collect();
    // Dense where the functions change regime, and the edges.
    xs.extend((-40_000..40_000).map(|i| i as f32 * 5e-4));
    xs.extend([
        0.0,
        -0.0,
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NAN,
        88.72,
        88.73,
        89.0,
        -87.33,
        -103.0,
        -104.0,
        -149.0,
        -1e30,
        1e30,
        1e-30,
        -1e-30,
        f32::MIN_POSITIVE,
        1e-45,
        -1e-45,
        9.0,
        -9.0,
        // tanh's worst case (3 ulp at tier 0), found by a scan of every 7th f32.
        0.062_375_683,
        -0.062_375_683,
        20.0,
        f32::MAX,
        f32::MIN,
    ]);
    xs
}

/// Checks `op` at tiers 0 and 2 against `reference` within `bound` ulp.
fn check(op: &str, reference: impl Fn(f64) -> f64, bound: u64, xs: &[f32]) {
    for tier in [0, 2] {
        let got = run(op, xs, tier);
        for (&x, &g) in xs.iter().zip(&got) {
            let want = reference(x as f64) as f32;
            assert!(
                ulps(g, want) <= bound,
                "tier {tier}: {op}({x:e}) = {g:e}, want {want:e}"
            );
        }
    }
}

#[test]
fn exp_is_within_1_ulp_with_ieee_edges() {
    check("exp", f64::exp, 1, &sweep());
}

#[test]
fn tanh_is_within_3_ulp_and_keeps_the_sign() {
    let xs = sweep();
    check("tanh", f64::tanh, 3, &xs);
    for tier in [0, 2] {
        for (&x, &g) in xs.iter().zip(&run("tanh", &xs, tier)) {
            assert!(
                x.is_nan() || g.is_sign_negative() == x.is_sign_negative(),
                "tanh({x:e}) = {g:e}"
            );
        }
    }
}

/// `math-approximation{ldexp=on}` scales exp's results by 2^n with `kmath.ldexp`
/// (one `vscalefps` on AVX-512, a library call elsewhere) instead of multiplies: the same
/// values bit for bit over the sweep, subnormal, overflowing and NaN results included, for
/// exp and the functions built on it.
#[test]
fn ldexp_scaling_gives_the_values_of_the_multiplies() {
    let xs = sweep();
    let tier2 = kiln::runtime::jit::TIER2_PIPELINE;
    assert!(tier2.contains("math-approximation{ldexp=host}"));
    let [on, off] = ["{ldexp=on}", ""].map(|o| tier2.replace("{ldexp=host}", o));
    for op in ["exp", "sigmoid", "erf"] {
        let (a, b) = (run_with(op, &xs, &on), run_with(op, &xs, &off));
        for ((&x, a), b) in xs.iter().zip(&a).zip(&b) {
            assert!(
                a.to_bits() == b.to_bits() || a.is_nan() && b.is_nan(),
                "{op}({x:e}): {a:e} with ldexp, {b:e} with multiplies"
            );
        }
    }
}

/// `0.5 · (1 + tanh x)` (GELU's factor), which tiers 1 and 2 compute as one approximation
/// (`approx::half_one_plus_tanh`): bit for bit what the same tier's tanh followed by the add
/// and the multiply in f32 gives, over the sweep (every exponent, both signs, subnormals,
/// infinities, NaN), with `vscalefps` scaling and with multiplies.
#[test]
fn fused_gelu_factor_is_tanh_then_add_then_halve() {
    let xs = sweep();
    let text = "func.func @gelu(%x: tensor<Nxf32>) -> tensor<Nxf32> {
  %t = ktensor.tanh %x : tensor<Nxf32>
  %one = ktensor.constant dense<1.0> : tensor<f32>
  %onen = ktensor.broadcast_in_dim %one {dims = array<i64>} : (tensor<f32>) -> tensor<Nxf32>
  %half = ktensor.constant dense<0.5> : tensor<f32>
  %halfn = ktensor.broadcast_in_dim %half {dims = array<i64>} : (tensor<f32>) -> tensor<Nxf32>
  %s = ktensor.add %onen, %t : tensor<Nxf32>
  %h = ktensor.mul %halfn, %s : tensor<Nxf32>
  return %h : tensor<Nxf32>
}
";
    let tier2 = kiln::runtime::jit::TIER2_PIPELINE;
    let tier1 = kiln::runtime::jit::TIER1_PIPELINE;
    for pipeline in [tier2.to_string(), tier2.replace("{ldexp=host}", ""), tier1.to_string()] {
        let e = tier2_with(&pipeline);
        e.load_text(text, "gelu.mlir").unwrap();
        let out = e
            .function("gelu")
            .unwrap()
            .call(&[Tensor::from_slice(&[xs.len()], &xs).unwrap()])
            .unwrap();
        let fused = out[0].data::<f32>().unwrap();
        let t = call(&e, "tanh", &xs);
        for ((&x, &f), &t) in xs.iter().zip(fused).zip(&t) {
            let want = 0.5f32 * (1.0f32 + t);
            assert!(
                f.to_bits() == want.to_bits() || f.is_nan() && want.is_nan(),
                "0.5·(1 + tanh({x:e})): {f:e} fused, {want:e} from tanh {t:e}"
            );
        }
    }
}

#[test]
fn log_is_within_1_ulp_with_ieee_edges() {
    let mut xs = sweep();
    xs.extend((-126..128).map(|e| 2f32.powi(e)));
    xs.extend([-1.0, 0.70710677, std::f32::consts::FRAC_1_SQRT_2, 1.0]);
    check("log", f64::ln, 1, &xs);
}

#[test]
fn sigmoid_is_within_2_ulp_down_to_the_subnormals() {
    // 1/(1 + e^-x) computed as e/(1 + e) below zero: x = -100 is 3.7e-44, not 0.
    check(
        "sigmoid",
        |x| {
            if x < 0.0 {
                x.exp() / (1.0 + x.exp())
            } else {
                1.0 / (1.0 + (-x).exp())
            }
        },
        2,
        &sweep(),
    );
}

#[test]
fn erf_is_within_1_ulp_and_reaches_one() {
    let mut xs = sweep();
    xs.extend([0.999_999, 1.0, 1.000_001, 3.9, 3.92, 4.0, -4.0]);
    check("erf", libm::erf, 1, &xs);
}

/// The f64 reference itself: erf of it gives back its argument (checked with libm's erf and,
/// near ±1, erfc), and it has erf_inv's known values.
#[test]
fn the_f64_erf_inv_inverts_erf() {
    use kiln_dialects::approx::erf_inv_f64;
    for i in 1..20_000 {
        let x = i as f64 / 20_000.0;
        let y = erf_inv_f64(x);
        if x <= 0.5 {
            assert!(
                (libm::erf(y) - x).abs() <= 6e-16 * x,
                "erf(erf_inv({x})) = {}",
                libm::erf(y)
            );
        } else {
            let q = 1.0 - x;
            assert!(
                (libm::erfc(y) - q).abs() <= 1e-14 * q,
                "erfc(erf_inv({x})) = {}",
                libm::erfc(y)
            );
        }
        assert_eq!(erf_inv_f64(-x), -y);
    }
    assert!((erf_inv_f64(0.5) - 0.476_936_276_204_469_9).abs() < 1e-15);
    assert!((erf_inv_f64(0.9) - 1.163_087_153_676_674_3).abs() < 1e-15);
    // 1 - 2^-40 is exact; scipy's erfcinv(2^-40).
    assert!((erf_inv_f64(1.0 - 2f64.powi(-40)) - 5.051_254_085_249_39).abs() < 1e-13);
    assert_eq!(erf_inv_f64(1.0), f64::INFINITY);
    assert_eq!(erf_inv_f64(-1.0), f64::NEG_INFINITY);
    assert!(erf_inv_f64(1.5).is_nan() && erf_inv_f64(f64::NAN).is_nan());
    assert!(erf_inv_f64(-0.0).is_sign_negative());
}

/// erf_inv (what `jax.random.normal` lowers to) at tiers 1 and 2, the approximation, and at
/// tier 0, the f64 function rounded: within 4 ulp of the reference everywhere, ±inf at ±1,
/// NaN outside [-1, 1].
#[test]
fn erf_inv_is_within_4_ulp_and_reaches_infinity() {
    let mut xs = sweep();
    // Dense near ±1, where the second polynomial takes over, and near 0.
    xs.extend((1..20_000).map(|i| 1.0 - i as f32 * 6e-8));
    xs.extend((1..20_000).map(|i| -(1.0 - i as f32 * 6e-8)));
    xs.extend((1..20_000).map(|i| i as f32 * 5e-5));
    xs.extend([1.0, -1.0, 0.993, -0.993, 1e-40, -1e-40, 0.999_999_94]);
    for tier in [0, 1, 2] {
        let got = run("erf_inv", &xs, tier);
        for (&x, &g) in xs.iter().zip(&got) {
            let want = kiln_dialects::approx::erf_inv_f64(x as f64) as f32;
            assert!(ulps(g, want) <= 4, "tier {tier}: erf_inv({x:e}) = {g:e}, want {want:e}");
        }
    }
}

/// atan at every tier: within 1 ulp of f64's (libm's atanf at tiers 1-2, through LLVM's
/// `llvm.atan`).
#[test]
fn atan_agrees_with_f64_at_every_tier() {
    let xs = sweep();
    for tier in [0, 1, 2] {
        for (&x, &g) in xs.iter().zip(&run("atan", &xs, tier)) {
            let want = (x as f64).atan() as f32;
            assert!(ulps(g, want) <= 1, "tier {tier}: atan({x:e}) = {g:e}, want {want:e}");
        }
    }
}

/// sin and cos at every tier: the same approximation (Payne-Hanek reduction in f64, then f64
/// polynomials) within 1 ulp of f64's over the sweep, large arguments included, with the
/// vectorized loop's masked tail (lengths around the vector width) and the IEEE edges.
#[test]
fn sin_and_cos_are_within_1_ulp_at_every_tier() {
    let mut xs = sweep();
    // Dense around the quadrant boundaries and through the binades the reduction switches at.
    xs.extend((-20_000..20_000).map(|i| i as f32 * 7.853_982e-4));
    xs.extend((40..128).flat_map(|e| [2f32.powi(e), -2f32.powi(e) * 1.000_001]));
    xs.extend([std::f32::consts::FRAC_PI_2, -std::f32::consts::PI, 102_940.96, 1e22]);
    for (op, reference) in [("sin", f64::sin as fn(f64) -> f64), ("cos", f64::cos)] {
        for tier in [0, 1, 2] {
            for n in [1usize, 7, 9, 15, 17, xs.len()] {
                let got = run(op, &xs[..n], tier);
                for (&x, &g) in xs.iter().zip(&got) {
                    let want = reference(x as f64) as f32;
                    assert!(ulps(g, want) <= 1, "tier {tier}: {op}({x:e}) = {g:e}, want {want:e}");
                }
            }
        }
        for tier in [0, 2] {
            let edges = run(op, &[f32::INFINITY, f32::NEG_INFINITY, f32::NAN, -0.0], tier);
            assert!(edges[..3].iter().all(|v| v.is_nan()), "tier {tier}: {op} {edges:?}");
            if op == "sin" {
                assert!(
                    edges[3] == 0.0 && edges[3].is_sign_negative(),
                    "tier {tier}: sin(-0) = {}",
                    edges[3]
                );
            } else {
                assert_eq!(edges[3], 1.0);
            }
        }
    }
}
