//! The vector-math approximations (`kiln_dialects::approx`) as tiers 0 and 2 compute them,
//! against the f64 functions over a sweep of the whole f32 range (every 4099th bit pattern:
//! both signs, every exponent, subnormals, infinities and NaNs) plus the special values:
//! within the ulp bound each function documents, IEEE behaviour at the edges (NaN,
//! infinities, signed zeros, overflow, gradual underflow).

use crate::engine::{engine, exact};
use kiln::{Tensor, TierMode};
use kiln_dialects::approx::ulp_distance as ulps;

fn run(op: &str, xs: &[f32], tier: u8) -> Vec<f32> {
    let text = format!(
        "func.func @f(%x: tensor<Nxf32>) -> tensor<Nxf32> {{\n  %0 = tensor.{op} %x : tensor<Nxf32>\n  return %0 : tensor<Nxf32>\n}}\n"
    );
    let e = engine(TierMode::Fixed(tier), exact(1, 1), true);
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
fn tanh_is_within_2_ulp_and_keeps_the_sign() {
    let xs = sweep();
    check("tanh", f64::tanh, 2, &xs);
    for tier in [0, 2] {
        for (&x, &g) in xs.iter().zip(&run("tanh", &xs, tier)) {
            assert!(
                x.is_nan() || g.is_sign_negative() == x.is_sign_negative(),
                "tanh({x:e}) = {g:e}"
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
