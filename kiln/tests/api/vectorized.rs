//! The loops `vectorize-loops` widens, at tiers 1 and 2, at sizes around every vector width (4,
//! 8 and 16 f32 lanes: SSE, AVX2, AVX-512) and around the main loop's step (4 interleaved
//! vectors, 6 for `@chain`'s long body on AVX-512: 96 and 192 elements): 1, width - 1, width,
//! width + 1, and sizes no width divides, with the row length
//! symbolic. The main loop and its masked (or, with integer division, scalar) tail must agree
//! with tier 0; so must integer and f64 reductions, whose vectors hold other lane counts.

use crate::engine::{close, engine, exact, tensor};
use kiln::{Tensor, TierMode};

/// An elementwise chain with a broadcast row.
const CHAIN: &str = r#"
func.func @chain(%x: tensor<RxCxf32>, %b: tensor<Cxf32>) -> tensor<RxCxf32> {
  %bb = ktensor.broadcast_in_dim %b {dims = array<i64: 1>} : (tensor<Cxf32>) -> tensor<RxCxf32>
  %m = ktensor.mul %x, %bb : tensor<RxCxf32>
  %t = ktensor.tanh %m : tensor<RxCxf32>
  %e = ktensor.exp %t : tensor<RxCxf32>
  %r = ktensor.sub %e, %x : tensor<RxCxf32>
  return %r : tensor<RxCxf32>
}
"#;

/// A softmax over rows of symbolic length.
pub(crate) const SOFTMAX: &str = r#"
func.func @softmax(%x: tensor<RxCxf32>) -> tensor<RxCxf32> {
  %m = ktensor.reduce %x {axes = array<i64: 1>, kind = "max"} : (tensor<RxCxf32>) -> tensor<Rxf32>
  %mb = ktensor.broadcast_in_dim %m {dims = array<i64: 0>} : (tensor<Rxf32>) -> tensor<RxCxf32>
  %d = ktensor.sub %x, %mb : tensor<RxCxf32>
  %e = ktensor.exp %d : tensor<RxCxf32>
  %s = ktensor.reduce %e {axes = array<i64: 1>, kind = "sum"} : (tensor<RxCxf32>) -> tensor<Rxf32>
  %sb = ktensor.broadcast_in_dim %s {dims = array<i64: 0>} : (tensor<Rxf32>) -> tensor<RxCxf32>
  %r = ktensor.div %e, %sb : tensor<RxCxf32>
  return %r : tensor<RxCxf32>
}
"#;

/// Integer reductions (sum, max, min over i32) and an integer division, whose loop keeps a
/// scalar tail (masked-off lanes could divide by zero).
const INTEGER: &str = r#"
func.func @ints(%x: tensor<RxCxi32>, %d: tensor<RxCxi32>) -> (tensor<Rxi32>, tensor<Rxi32>, tensor<Rxi32>, tensor<RxCxi32>) {
  %s = ktensor.reduce %x {axes = array<i64: 1>, kind = "sum"} : (tensor<RxCxi32>) -> tensor<Rxi32>
  %m = ktensor.reduce %x {axes = array<i64: 1>, kind = "max"} : (tensor<RxCxi32>) -> tensor<Rxi32>
  %n = ktensor.reduce %x {axes = array<i64: 1>, kind = "min"} : (tensor<RxCxi32>) -> tensor<Rxi32>
  %q = ktensor.div %x, %d : tensor<RxCxi32>
  return %s, %m, %n, %q : tensor<Rxi32>, tensor<Rxi32>, tensor<Rxi32>, tensor<RxCxi32>
}
"#;

/// An f64 chain and sum (half the lanes of f32).
const DOUBLE: &str = r#"
func.func @doubles(%x: tensor<RxCxf64>) -> (tensor<RxCxf64>, tensor<Rxf64>) {
  %m = ktensor.mul %x, %x : tensor<RxCxf64>
  %e = ktensor.exp %m : tensor<RxCxf64>
  %s = ktensor.reduce %e {axes = array<i64: 1>, kind = "sum"} : (tensor<RxCxf64>) -> tensor<Rxf64>
  return %e, %s : tensor<RxCxf64>, tensor<Rxf64>
}
"#;

/// Transposes that move the contiguous dimension (tiled in 8x8 blocks, partial at the edges).
const TRANSPOSES: &str = r#"
func.func @transposes(%x: tensor<RxCxf32>, %y: tensor<2xRxCxf32>) -> (tensor<CxRxf32>, tensor<Cx2xRxf32>) {
  %t = ktensor.transpose %x {perm = array<i64: 1, 0>} : (tensor<RxCxf32>) -> tensor<CxRxf32>
  %u = ktensor.transpose %y {perm = array<i64: 2, 0, 1>} : (tensor<2xRxCxf32>) -> tensor<Cx2xRxf32>
  return %t, %u : tensor<CxRxf32>, tensor<Cx2xRxf32>
}
"#;

const SIZES: [usize; 30] = [
    1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 67, 95, 96, 97, 127, 128, 129, 191, 192, 193, 255, 256,
    257, 1001,
];

fn ints(shape: &[usize], seed: u64, nonzero: bool) -> Tensor {
    let f = tensor(shape, seed);
    let v: Vec<i32> = f
        .data::<f32>()
        .unwrap()
        .iter()
        .map(|x| {
            let i = (x * 1000.0) as i32;
            if nonzero && i == 0 {
                7
            } else {
                i
            }
        })
        .collect();
    Tensor::from_vec(shape, v).unwrap()
}

fn doubles(shape: &[usize], seed: u64) -> Tensor {
    let f = tensor(shape, seed);
    Tensor::from_vec(shape, f.data::<f32>().unwrap().iter().map(|&x| x as f64).collect()).unwrap()
}

fn close64(got: &Tensor, want: &Tensor, what: &str) {
    assert_eq!(got.shape(), want.shape(), "{what}");
    for (i, (a, b)) in got
        .data::<f64>()
        .unwrap()
        .iter()
        .zip(want.data::<f64>().unwrap())
        .enumerate()
    {
        assert!(
            (a - b).abs() <= 1e-12 + 1e-12 * b.abs(),
            "{what}: element {i}: {a} vs {b}"
        );
    }
}

#[test]
fn every_size_around_the_vector_widths_agrees_with_tier_0() {
    let t0 = engine(TierMode::Fixed(0), exact(1, 1), true);
    let program = format!("{CHAIN}{SOFTMAX}{INTEGER}{DOUBLE}{TRANSPOSES}");
    t0.load_text(&program, "vectorized.mlir").unwrap();
    for tier in [1u8, 2] {
        let tn = engine(TierMode::Fixed(tier), exact(1, 1), true);
        tn.load_text(&program, "vectorized.mlir").unwrap();
        for (k, &c) in SIZES.iter().enumerate() {
            for rows in [1usize, 3] {
                let what = |f: &str| format!("tier {tier} @{f} {rows}x{c}");
                let seed = (k * 10 + rows) as u64;
                let chain = [tensor(&[rows, c], seed), tensor(&[c], seed + 1)];
                let want = t0.function("chain").unwrap().call(&chain).unwrap();
                let got = tn.function("chain").unwrap().call(&chain).unwrap();
                close(&got[0], &want[0], &what("chain"));
                let x = [tensor(&[rows, c], seed + 2)];
                let want = t0.function("softmax").unwrap().call(&x).unwrap();
                let got = tn.function("softmax").unwrap().call(&x).unwrap();
                close(&got[0], &want[0], &what("softmax"));
                // Integers are exact: sums wrap the same way in any order.
                let xi = [ints(&[rows, c], seed + 3, false), ints(&[rows, c], seed + 4, true)];
                let want = t0.function("ints").unwrap().call(&xi).unwrap();
                let got = tn.function("ints").unwrap().call(&xi).unwrap();
                for (g, w) in got.iter().zip(&want) {
                    assert_eq!(g.data::<i32>().unwrap(), w.data::<i32>().unwrap(), "{}", what("ints"));
                }
                let xd = [doubles(&[rows, c], seed + 5)];
                let want = t0.function("doubles").unwrap().call(&xd).unwrap();
                let got = tn.function("doubles").unwrap().call(&xd).unwrap();
                close64(&got[0], &want[0], &what("doubles"));
                close64(&got[1], &want[1], &what("doubles sum"));
                let xt = [tensor(&[rows * 5, c], seed + 6), tensor(&[2, rows * 5, c], seed + 7)];
                let want = t0.function("transposes").unwrap().call(&xt).unwrap();
                let got = tn.function("transposes").unwrap().call(&xt).unwrap();
                for (g, w) in got.iter().zip(&want) {
                    assert_eq!(g.shape(), w.shape(), "{}", what("transposes"));
                    assert_eq!(
                        g.data::<f32>().unwrap(),
                        w.data::<f32>().unwrap(),
                        "{}",
                        what("transposes")
                    );
                }
            }
        }
    }
}

/// Borrowed inputs (`Tensor::from_foreign`, what the Python binding passes for numpy arrays)
/// need only element alignment: at every tier, inputs at a 4-byte offset from a 64-byte
/// boundary give the results the same inputs give in Kiln's own aligned storage, and the
/// borrowed memory is never written.
/// A product whose second operand is the first, transposed (a GEMM call at tiers 1-2).
const MATMUL: &str = r#"
func.func @mm(%x: tensor<RxCxf32>, %y: tensor<RxCxf32>) -> tensor<RxRxf32> {
  %t = ktensor.transpose %y {perm = array<i64: 1, 0>} : (tensor<RxCxf32>) -> tensor<CxRxf32>
  %p = ktensor.matmul %x, %t : (tensor<RxCxf32>, tensor<CxRxf32>) -> tensor<RxRxf32>
  return %p : tensor<RxRxf32>
}
"#;

#[test]
fn borrowed_inputs_aligned_to_the_element_only() {
    let (r, c) = (5, 37);
    let x = tensor(&[r, c], 11);
    let b = tensor(&[c], 12);
    // One f32 past an aligned start: 4-byte aligned, never 16-, 32- or 64-byte.
    let backing: std::sync::Arc<Vec<f32>> = std::sync::Arc::new(
        std::iter::once(0.0f32)
            .chain(x.to_vec::<f32>().unwrap())
            .chain(b.to_vec::<f32>().unwrap())
            .collect(),
    );
    let xp = backing[1..].as_ptr() as *const u8;
    let bp = backing[1 + r * c..].as_ptr() as *const u8;
    assert_ne!(xp as usize % 16, 0);
    let xf = unsafe { Tensor::from_foreign(kiln::DType::F32, &[r, c], xp, Box::new(backing.clone())) }.unwrap();
    let bf = unsafe { Tensor::from_foreign(kiln::DType::F32, &[c], bp, Box::new(backing.clone())) }.unwrap();
    let before = backing.to_vec();
    for tier in [0u8, 1, 2] {
        let e = engine(TierMode::Fixed(tier), exact(1, 1), true);
        e.load_text(CHAIN, "chain.mlir").unwrap();
        e.load_text(SOFTMAX, "softmax.mlir").unwrap();
        e.load_text(MATMUL, "matmul.mlir").unwrap();
        let mm = e.function("mm").unwrap();
        let want = mm.call(&[x.clone(), x.clone()]).unwrap();
        let got = mm.call(&[xf.clone(), xf.clone()]).unwrap();
        close(&got[0], &want[0], "matmul (GEMM) on borrowed inputs");
        let f = e.function("chain").unwrap();
        let want = f.call(&[x.clone(), b.clone()]).unwrap();
        let got = f.call(&[xf.clone(), bf.clone()]).unwrap();
        assert_eq!(got[0].bytes(), want[0].bytes(), "chain at tier {tier}");
        let s = e.function("softmax").unwrap();
        let want = s.call(std::slice::from_ref(&x)).unwrap();
        let got = s.call(std::slice::from_ref(&xf)).unwrap();
        assert_eq!(got[0].bytes(), want[0].bytes(), "softmax at tier {tier}");
        close(&got[0], &want[0], "softmax");
    }
    assert_eq!(backing[..], before[..], "borrowed memory is never written");
}

/// A division of each row by a value computed before the row's loop, the row maximum of `d`
/// (fused with the division, as a softmax's row sum is): tier 2 multiplies by the reciprocal
/// and corrects twice (`vectorize-loops`' fast division).
const DIVIDE_BY_ROW: &str = r#"
func.func @divide(%x: tensor<RxCxf32>, %d: tensor<RxCxf32>) -> tensor<RxCxf32> {
  %s = ktensor.reduce %d {axes = array<i64: 1>, kind = "max"} : (tensor<RxCxf32>) -> tensor<Rxf32>
  %b = ktensor.broadcast_in_dim %s {dims = array<i64: 0>} : (tensor<Rxf32>) -> tensor<RxCxf32>
  %q = ktensor.div %x, %b : tensor<RxCxf32>
  return %q : tensor<RxCxf32>
}
"#;

/// Row maxima and minima (tracked vector reductions) next to the division's input.
const EXTREMA: &str = r#"
func.func @extrema(%x: tensor<RxCxf32>) -> (tensor<Rxf32>, tensor<Rxf32>) {
  %m = ktensor.reduce %x {axes = array<i64: 1>, kind = "max"} : (tensor<RxCxf32>) -> tensor<Rxf32>
  %n = ktensor.reduce %x {axes = array<i64: 1>, kind = "min"} : (tensor<RxCxf32>) -> tensor<Rxf32>
  return %m, %n : tensor<Rxf32>, tensor<Rxf32>
}
"#;

fn same_bits(a: f32, b: f32) -> bool {
    a.to_bits() == b.to_bits() || a.is_nan() && b.is_nan()
}

/// The fast division gives IEEE 754's quotient bit for bit: dividends whose significands are
/// the 2,048 nearest each end of the binade (where the proof's corner cases are) and
/// pseudo-random ones, with exponents across the fast range; divisors likewise, of both
/// signs; and rows that leave the range (a subnormal or infinite dividend, a divisor that is
/// zero, huge, tiny, infinite or NaN), which run again with divisions.
#[test]
fn fast_division_is_the_division() {
    const C: usize = 4096 + 3;
    let mut mantissas: Vec<u32> = (0..2048).chain((0x7f_f800..0x80_0000).rev()).collect();
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    mantissas.extend((0..3).map(|_| (next() & 0x7f_ffff) as u32));
    let mut divisors: Vec<f32> = Vec::new();
    for k in 0..48u32 {
        let m = if k < 16 {
            k
        } else if k < 32 {
            0x7f_ffff - (k - 16)
        } else {
            (next() & 0x7f_ffff) as u32
        };
        let e = [127, 128, 126, 127 + 20, 127 - 50, 127 + 3][k as usize % 6];
        let sign = if k % 4 == 1 { 1u32 << 31 } else { 0 };
        divisors.push(f32::from_bits(sign | e << 23 | m));
    }
    let out_of_range = [0.0, -0.0, 1e30, -3e-30, f32::INFINITY, f32::NAN, 1e-40];
    divisors.extend(out_of_range);
    let rows = divisors.len() + 3;
    // Rows past the divisors repeat the first ones with a subnormal, an infinite and a NaN
    // dividend.
    divisors.extend_from_within(..3);
    let mut x = Vec::with_capacity(rows * C);
    for r in 0..rows {
        for (j, &m) in mantissas.iter().enumerate() {
            let e = [127u32, 127 + 40, 127 - 60, 127 + 63, 127 - 75, 127 - 1][(j + r) % 6];
            let sign = ((j * 7 + r) % 3 == 0) as u32;
            x.push(f32::from_bits(sign << 31 | e << 23 | m));
        }
        x[r * C + 5] = 0.0;
        x[r * C + 6] = -0.0;
    }
    let last = rows - 3;
    x[last * C + 100] = 1e-41;
    x[(last + 1) * C + 4000] = f32::NEG_INFINITY;
    x[(last + 2) * C + 17] = f32::NAN;
    // Each row of d: its divisor, then -inf (the row maximum is the divisor, NaN and -0 too).
    let mut d = vec![f32::NEG_INFINITY; rows * C];
    for (r, &v) in divisors.iter().enumerate() {
        d[r * C] = v;
    }
    let xt = Tensor::from_slice(&[rows, C], &x).unwrap();
    let dt = Tensor::from_slice(&[rows, C], &d).unwrap();
    let e = engine(TierMode::Fixed(2), exact(1, 1), true);
    e.load_text(DIVIDE_BY_ROW, "divide.mlir").unwrap();
    let got = e.function("divide").unwrap().call(&[xt, dt]).unwrap();
    let got = got[0].data::<f32>().unwrap();
    for r in 0..rows {
        for j in 0..C {
            let (a, d) = (x[r * C + j], divisors[r]);
            let g = got[r * C + j];
            assert!(same_bits(g, a / d), "{a:e} / {d:e}: {g:e}, not {:e}", a / d);
        }
    }
}

/// The tracked maximum and minimum give IEEE 754's: NaN anywhere (in the main loop's range or
/// the tail) wins, +0 beats -0 for the maximum and -0 beats +0 for the minimum, infinities are
/// extrema, at every row length around the vector widths.
#[test]
fn tracked_extrema_are_ieee_maximum_and_minimum() {
    let e = engine(TierMode::Fixed(2), exact(1, 1), true);
    e.load_text(EXTREMA, "extrema.mlir").unwrap();
    let f = e.function("extrema").unwrap();
    // IEEE 754-2019's maximum and minimum (exact in f64 for f32 values).
    let maximum = |a: f32, b: f32| kiln_ir::float::maximum(a as f64, b as f64) as f32;
    let minimum = |a: f32, b: f32| kiln_ir::float::minimum(a as f64, b as f64) as f32;
    for c in [1usize, 7, 15, 16, 17, 63, 64, 65, 130, 200] {
        let mut rows: Vec<Vec<f32>> = Vec::new();
        for p in [0, c / 2, c - 1] {
            let mut nan = vec![1.5f32; c];
            nan[p] = f32::NAN;
            rows.push(nan);
            let mut pz = vec![-0.0f32; c];
            pz[p] = 0.0;
            rows.push(pz);
            let mut nz = vec![0.0f32; c];
            nz[p] = -0.0;
            rows.push(nz);
            let mut inf: Vec<f32> = (0..c).map(|k| k as f32 - 3.0).collect();
            inf[p] = f32::INFINITY;
            inf[(p + 1) % c] = f32::NEG_INFINITY;
            rows.push(inf);
        }
        rows.push(vec![-0.0; c]);
        let flat: Vec<f32> = rows.concat();
        let out = f.call(&[Tensor::from_slice(&[rows.len(), c], &flat).unwrap()]).unwrap();
        let (mx, mn) = (out[0].data::<f32>().unwrap(), out[1].data::<f32>().unwrap());
        for (r, row) in rows.iter().enumerate() {
            let want_max = row.iter().copied().fold(f32::NEG_INFINITY, maximum);
            let want_min = row.iter().copied().fold(f32::INFINITY, minimum);
            assert!(
                same_bits(mx[r], want_max),
                "row {r} of {c}: max {} not {want_max}",
                mx[r]
            );
            assert!(
                same_bits(mn[r], want_min),
                "row {r} of {c}: min {} not {want_min}",
                mn[r]
            );
        }
    }
}
