//! Tier 2's polynomial exp, tanh and log (`math-approximation`) against the f64 functions, over a
//! dense sweep of f32 inputs and the special values: within 2 ulp, IEEE behaviour at the
//! edges (NaN, infinities, signed zeros, overflow, gradual underflow).

use crate::engine::{engine, exact};
use kiln::{Tensor, TierMode};

fn run(op: &str, xs: &[f32]) -> Vec<f32> {
    let text = format!(
        "func.func @f(%x: tensor<Nxf32>) -> tensor<Nxf32> {{\n  %0 = tensor.{op} %x : tensor<Nxf32>\n  return %0 : tensor<Nxf32>\n}}\n"
    );
    let e = engine(TierMode::Fixed(2), exact(1, 1), true);
    e.load_text(&text, "math.mlir").unwrap();
    let f = e.function("f").unwrap();
    let out = f.call(&[Tensor::from_slice(&[xs.len()], xs).unwrap()]).unwrap();
    out[0].data::<f32>().unwrap().to_vec()
}

/// Distance in units in the last place (0 for equal values, including equal NaN-ness).
fn ulps(a: f32, b: f32) -> u32 {
    if a.is_nan() && b.is_nan() || a == b {
        return 0;
    }
    let key = |x: f32| {
        let i = x.to_bits() as i32;
        if i < 0 {
            i32::MIN - i
        } else {
            i
        }
    };
    (key(a) as i64 - key(b) as i64).unsigned_abs().min(u32::MAX as u64) as u32
}

fn sweep() -> Vec<f32> {
    let mut xs: Vec<f32> = (-200_000..200_000).map(|i| i as f32 * 5e-4).collect();
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
        0.624,
        0.626,
        9.0,
        -9.0,
        20.0,
    ]);
    xs
}

#[test]
fn polynomial_exp_is_within_2_ulp_with_ieee_edges() {
    let xs = sweep();
    let got = run("exp", &xs);
    for (&x, &g) in xs.iter().zip(&got) {
        let want = (x as f64).exp() as f32;
        assert!(ulps(g, want) <= 2, "exp({x:e}) = {g:e}, want {want:e}");
    }
}

#[test]
fn polynomial_tanh_is_within_2_ulp_with_ieee_edges() {
    let xs = sweep();
    let got = run("tanh", &xs);
    for (&x, &g) in xs.iter().zip(&got) {
        let want = (x as f64).tanh() as f32;
        assert!(ulps(g, want) <= 2, "tanh({x:e}) = {g:e}, want {want:e}");
        assert_eq!(
            g.is_sign_negative(),
            want.is_sign_negative(),
            "tanh({x:e}) keeps the sign"
        );
    }
}

#[test]
fn polynomial_log_is_within_2_ulp_with_ieee_edges() {
    let mut xs: Vec<f32> = (1..400_000).map(|i| i as f32 * 2.5e-4).collect();
    xs.extend((0..2000).map(|i| f32::from_bits(0x0000_0100 + i * 4099)));
    xs.extend((-126..128).map(|e| 2f32.powi(e)));
    xs.extend([
        0.0,
        -0.0,
        -1.0,
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NAN,
        f32::MAX,
        0.70710677,
        std::f32::consts::FRAC_1_SQRT_2,
        1.0,
        1e-45,
    ]);
    let got = run("log", &xs);
    for (&x, &g) in xs.iter().zip(&got) {
        let want = (x as f64).ln() as f32;
        assert!(ulps(g, want) <= 2, "log({x:e}) = {g:e}, want {want:e}");
    }
}
