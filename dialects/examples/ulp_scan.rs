//! Measures the accuracy bounds stated in `approx::functions`: evaluates each approximation at
//! tier 0's precision (the `Scalar` backend, whose multiply-adds round twice) on every STEP-th
//! f32 (default 7) and prints the largest distance in ulp from the f64 function rounded to f32,
//! with the input where it occurs. `cargo run --release -p kiln-dialects --example ulp_scan [STEP]`
//! takes about a minute; the sweep in `kiln/tests/api/vector_math.rs` checks the bounds at
//! tiers 0 and 2 on a sparser set that includes the worst cases found here.

use kiln_dialects::approx::{erf, exp, log, sigmoid, tanh, ulp_distance, Scalar};

type Case = (&'static str, fn(f32) -> f32, fn(f64) -> f64);

fn main() {
    let step: u32 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(7).max(1);
    let cases: [Case; 5] = [
        ("exp", |x| exp(&mut Scalar, x), f64::exp),
        ("log", |x| log(&mut Scalar, x), f64::ln),
        ("tanh", |x| tanh(&mut Scalar, x), f64::tanh),
        ("sigmoid", |x| sigmoid(&mut Scalar, x), |x| 1.0 / (1.0 + (-x).exp())),
        ("erf", |x| erf(&mut Scalar, x), erf_f64),
    ];
    let mut worst = [(0u64, 0f32); 5];
    let mut i: u32 = 0;
    loop {
        let x = f32::from_bits(i);
        for (k, (_, approx, reference)) in cases.iter().enumerate() {
            let d = ulp_distance(approx(x), reference(x as f64) as f32);
            if d > worst[k].0 {
                worst[k] = (d, x);
            }
        }
        match i.checked_add(step) {
            Some(n) => i = n,
            None => break,
        }
    }
    for ((name, ..), (d, x)) in cases.iter().zip(worst) {
        println!("{name}: {d} ulp at x = {x:e}");
    }
}

/// erf in f64 to well below f32's precision: the Maclaurin series for |x| < 2, the continued
/// fraction of erfc above.
fn erf_f64(x: f64) -> f64 {
    let a = x.abs();
    if a.is_nan() {
        return f64::NAN;
    }
    let r = if a < 2.0 {
        let (mut term, mut sum, mut n) = (a, a, 0.0);
        while term.abs() > 1e-17 * sum.abs() {
            n += 1.0;
            term *= -a * a / n;
            sum += term / (2.0 * n + 1.0);
        }
        sum * std::f64::consts::FRAC_2_SQRT_PI
    } else if a < 6.0 {
        let mut f = 0.0;
        for k in (1..=60).rev() {
            f = (k as f64 / 2.0) / (a + f);
        }
        1.0 - (-a * a).exp() / (a + f) / std::f64::consts::PI.sqrt()
    } else {
        1.0
    };
    r.copysign(x)
}
