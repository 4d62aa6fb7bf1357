//! Property tests: the interpreter's elementwise, broadcast, reduce, reshape and transpose
//! semantics against naive references written here, on random shapes and data.

use kiln_ir::parser::{parse_source, ParseConfig};
use kiln_runtime::{Interpreter, Tensor};
use proptest::prelude::*;
use std::sync::Arc;

fn run(src: &str, args: &[Tensor]) -> Vec<Tensor> {
    let ctx = Arc::new(kiln_dialects::context());
    let m = parse_source(&ctx, src, &ParseConfig::default()).unwrap_or_else(|d| panic!("{}\n{src}", d.message));
    kiln_ir::verify::verify(&m, m.root()).unwrap_or_else(|d| panic!("{}\n{src}", d[0].message));
    let mut i = Interpreter::new(Arc::new(m));
    i.call("main", args).unwrap_or_else(|e| panic!("{e}\n{src}"))
}

fn ty(shape: &[usize]) -> String {
    let mut s = String::from("tensor<");
    for d in shape {
        s.push_str(&format!("{d}x"));
    }
    s + "f32>"
}

fn strides(shape: &[usize]) -> Vec<usize> {
    let mut s = vec![1; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * shape[i + 1];
    }
    s
}

fn shape_and_data(max_rank: usize) -> impl Strategy<Value = (Vec<usize>, Vec<f32>)> {
    prop::collection::vec(1usize..5, 1..=max_rank).prop_flat_map(|shape| {
        let n: usize = shape.iter().product();
        (
            Just(shape),
            prop::collection::vec(-100i32..100, n).prop_map(|v| v.into_iter().map(|x| x as f32 / 4.0).collect()),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn elementwise_matches_reference((shape, a) in shape_and_data(3), seed in 0u32..1000) {
        let b: Vec<f32> = a.iter().enumerate().map(|(i, x)| x * 0.5 - (i as u32 * 7 + seed) as f32 % 5.0).collect();
        let t = ty(&shape);
        let src = format!("func.func @main(%a: {t}, %b: {t}) -> ({t}, {t}, {t}, {t}) {{
  %0 = ktensor.add %a, %b : {t}
  %1 = ktensor.mul %a, %b : {t}
  %2 = ktensor.max %a, %b : {t}
  %3 = ktensor.relu %a : {t}
  return %0, %1, %2, %3 : {t}, {t}, {t}, {t}
}}");
        let r = run(&src, &[Tensor::from_slice(&shape, &a).unwrap(), Tensor::from_slice(&shape, &b).unwrap()]);
        let zip = |f: fn(f32, f32) -> f32| a.iter().zip(&b).map(|(&x, &y)| f(x, y)).collect::<Vec<f32>>();
        prop_assert_eq!(r[0].to_vec::<f32>().unwrap(), zip(|x, y| x + y));
        prop_assert_eq!(r[1].to_vec::<f32>().unwrap(), zip(|x, y| x * y));
        prop_assert_eq!(r[2].to_vec::<f32>().unwrap(), zip(f32::max));
        prop_assert_eq!(r[3].to_vec::<f32>().unwrap(), a.iter().map(|&x| x.max(0.0)).collect::<Vec<f32>>());
    }

    #[test]
    fn broadcast_matches_reference((shape, a) in shape_and_data(2), extra in 1usize..4, front in any::<bool>()) {
        // Adds one new dimension of size `extra` in front of or behind the operand's.
        let rank = shape.len();
        let (out, dims): (Vec<usize>, Vec<usize>) = if front {
            (std::iter::once(extra).chain(shape.iter().copied()).collect(), (1..=rank).collect())
        } else {
            (shape.iter().copied().chain(std::iter::once(extra)).collect(), (0..rank).collect())
        };
        let dims_s = dims.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", ");
        let src = format!("func.func @main(%a: {}) -> {} {{
  %0 = ktensor.broadcast_in_dim %a {{dims = array<i64: {dims_s}>}} : ({}) -> {}
  return %0 : {}
}}", ty(&shape), ty(&out), ty(&shape), ty(&out), ty(&out));
        let r = run(&src, &[Tensor::from_slice(&shape, &a).unwrap()]);
        let (os, is) = (strides(&out), strides(&shape));
        let n: usize = out.iter().product();
        let want: Vec<f32> = (0..n).map(|i| {
            let src_off: usize = dims.iter().enumerate().map(|(k, &d)| ((i / os[d]) % out[d]) * is[k]).sum();
            a[src_off]
        }).collect();
        prop_assert_eq!(r[0].to_vec::<f32>().unwrap(), want);
    }

    #[test]
    fn reduce_matches_reference((shape, a) in shape_and_data(3), axis_pick in 0usize..3) {
        let axis = axis_pick % shape.len();
        let out: Vec<usize> = shape.iter().enumerate().filter(|&(d, _)| d != axis).map(|(_, &s)| s).collect();
        let src = format!("func.func @main(%a: {}) -> ({}, {}) {{
  %0 = ktensor.reduce %a {{kind = \"sum\", axes = array<i64: {axis}>}} : ({}) -> {}
  %1 = ktensor.reduce %a {{kind = \"max\", axes = array<i64: {axis}>}} : ({}) -> {}
  return %0, %1 : {}, {}
}}", ty(&shape), ty(&out), ty(&out), ty(&shape), ty(&out), ty(&shape), ty(&out), ty(&out), ty(&out));
        let r = run(&src, &[Tensor::from_slice(&shape, &a).unwrap()]);
        let is = strides(&shape);
        let n_out: usize = out.iter().product();
        let mut sum = vec![0f32; n_out];
        let mut max = vec![f32::NEG_INFINITY; n_out];
        for (i, &x) in a.iter().enumerate() {
            let mut o = 0;
            for d in 0..shape.len() {
                if d != axis {
                    o = o * shape[d] + (i / is[d]) % shape[d];
                }
            }
            sum[o] += x;
            max[o] = max[o].max(x);
        }
        // Inputs are multiples of 1/4 in [-25, 25): sums are exact in f32 and f64.
        prop_assert_eq!(r[0].to_vec::<f32>().unwrap(), sum);
        prop_assert_eq!(r[1].to_vec::<f32>().unwrap(), max);
    }

    #[test]
    fn reshape_and_transpose_match_reference((shape, a) in shape_and_data(3), rot in 1usize..3) {
        let rank = shape.len();
        let perm: Vec<usize> = (0..rank).map(|i| (i + rot) % rank).collect();
        let out: Vec<usize> = perm.iter().map(|&p| shape[p]).collect();
        let n: usize = shape.iter().product();
        let perm_s = perm.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", ");
        let src = format!("func.func @main(%a: {}) -> ({}, {}) {{
  %0 = ktensor.transpose %a {{perm = array<i64: {perm_s}>}} : ({}) -> {}
  %1 = ktensor.reshape %a : ({}) -> {}
  return %0, %1 : {}, {}
}}", ty(&shape), ty(&out), ty(&[n]), ty(&shape), ty(&out), ty(&shape), ty(&[n]), ty(&out), ty(&[n]));
        let r = run(&src, &[Tensor::from_slice(&shape, &a).unwrap()]);
        let (os, is) = (strides(&out), strides(&shape));
        let want: Vec<f32> = (0..n).map(|i| {
            let off: usize = (0..rank).map(|d| ((i / os[d]) % out[d]) * is[perm[d]]).sum();
            a[off]
        }).collect();
        prop_assert_eq!(r[0].to_vec::<f32>().unwrap(), want);
        prop_assert_eq!(r[1].to_vec::<f32>().unwrap(), a.clone());
        prop_assert_eq!(r[1].shape(), &[n][..]);
    }
}

/// Every tier-0 kernel of the elementwise family agrees with its row's declared float meaning
/// (`kiln_dialects::elementwise`), on ordinary values, signed zeros, infinities and NaN: in
/// f64 to within 4 ulp (libm versus Rust's functions), in f32 within 4 ulp of the meaning
/// rounded to f32 (the fast kernels' approximations stay inside that).
#[test]
fn elementwise_kernels_agree_with_the_declared_meaning() {
    use kiln_dialects::elementwise::{Eval, ELEMENTWISE};
    let xs = [
        -2.5,
        -1.0,
        -0.0,
        0.0,
        0.25,
        0.5,
        1.0,
        3.0,
        40.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
    ];
    let ys = [
        1.5,
        -2.0,
        0.0,
        -0.0,
        4.0,
        0.5,
        f64::NAN,
        2.0,
        -3.0,
        1.0,
        f64::INFINITY,
        0.75,
    ];
    let ulps = |a: f64, b: f64, f32_: bool| -> f64 {
        if a == b || (a.is_nan() && b.is_nan()) {
            return 0.0;
        }
        if !a.is_finite() || !b.is_finite() {
            return f64::INFINITY;
        }
        let ulp = if f32_ {
            (b as f32).abs().max(f32::MIN_POSITIVE) as f64 * f32::EPSILON as f64
        } else {
            b.abs().max(f64::MIN_POSITIVE) * f64::EPSILON
        };
        (a - b).abs() / ulp
    };
    let mut checked = 0;
    for e in ELEMENTWISE {
        if matches!(e.meaning(), Eval::None) {
            continue;
        }
        for (dtype, f32_) in [("f64", false), ("f32", true)] {
            let t = format!("tensor<{}x{dtype}>", xs.len());
            let (src, args) = match e.meaning() {
                Eval::Unary(_) => (
                    format!(
                        "func.func @main(%a: {t}) -> {t} {{\n  %0 = {} %a : {t}\n  return %0 : {t}\n}}",
                        e.name
                    ),
                    1,
                ),
                _ => (
                    format!(
                        "func.func @main(%a: {t}, %b: {t}) -> {t} {{\n  %0 = {} %a, %b : {t}\n  return %0 : {t}\n}}",
                        e.name
                    ),
                    2,
                ),
            };
            let tensor = |v: &[f64]| {
                if f32_ {
                    Tensor::from_vec(&[v.len()], v.iter().map(|&x| x as f32).collect()).unwrap()
                } else {
                    Tensor::from_vec(&[v.len()], v.to_vec()).unwrap()
                }
            };
            let inputs: Vec<Tensor> = [&xs[..], &ys[..]][..args].iter().map(|v| tensor(v)).collect();
            let got = run(&src, &inputs)[0].to_f64_vec();
            let (x_in, y_in) = (
                inputs[0].to_f64_vec(),
                inputs.get(1).map_or(vec![0.0; xs.len()], |b| b.to_f64_vec()),
            );
            for (i, (&x, &y)) in x_in.iter().zip(&y_in).enumerate() {
                let want = match e.meaning() {
                    Eval::Unary(f) => f(x),
                    Eval::Binary(f) => f(x, y),
                    Eval::None => unreachable!(),
                };
                let want = if f32_ { want as f32 as f64 } else { want };
                let err = ulps(got[i], want, f32_);
                assert!(
                    err <= 4.0,
                    "{} {dtype}({x}, {y}) = {}, declared {want} ({err} ulp)",
                    e.name,
                    got[i]
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 50, "{checked} kernels checked");
}
