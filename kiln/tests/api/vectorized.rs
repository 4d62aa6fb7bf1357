//! Tier 2's vectorized loops at sizes around every vector width (4, 8 and 16 f32 lanes: SSE,
//! AVX2, AVX-512): 1, width - 1, width, width + 1, and sizes no width divides, with the row
//! length symbolic. The main loop and its scalar remainder must agree with tier 0.

use crate::engine::{close, engine, exact, tensor};
use kiln::TierMode;

/// An elementwise chain with a broadcast row.
const CHAIN: &str = r#"
func.func @chain(%x: tensor<RxCxf32>, %b: tensor<Cxf32>) -> tensor<RxCxf32> {
  %bb = tensor.broadcast_in_dim %b {dims = array<i64: 1>} : (tensor<Cxf32>) -> tensor<RxCxf32>
  %m = tensor.mul %x, %bb : tensor<RxCxf32>
  %t = tensor.tanh %m : tensor<RxCxf32>
  %e = tensor.exp %t : tensor<RxCxf32>
  %r = tensor.sub %e, %x : tensor<RxCxf32>
  return %r : tensor<RxCxf32>
}
"#;

/// A softmax over rows of symbolic length.
pub(crate) const SOFTMAX: &str = r#"
func.func @softmax(%x: tensor<RxCxf32>) -> tensor<RxCxf32> {
  %m = tensor.reduce %x {axes = array<i64: 1>, kind = "max"} : (tensor<RxCxf32>) -> tensor<Rxf32>
  %mb = tensor.broadcast_in_dim %m {dims = array<i64: 0>} : (tensor<Rxf32>) -> tensor<RxCxf32>
  %d = tensor.sub %x, %mb : tensor<RxCxf32>
  %e = tensor.exp %d : tensor<RxCxf32>
  %s = tensor.reduce %e {axes = array<i64: 1>, kind = "sum"} : (tensor<RxCxf32>) -> tensor<Rxf32>
  %sb = tensor.broadcast_in_dim %s {dims = array<i64: 0>} : (tensor<Rxf32>) -> tensor<RxCxf32>
  %r = tensor.div %e, %sb : tensor<RxCxf32>
  return %r : tensor<RxCxf32>
}
"#;

#[test]
fn every_size_around_the_vector_widths_agrees_with_tier_0() {
    let (t0, t2) = (
        engine(TierMode::Fixed(0), exact(1, 1), true),
        engine(TierMode::Fixed(2), exact(1, 1), true),
    );
    let program = format!("{CHAIN}{SOFTMAX}");
    t0.load_text(&program, "vectorized.mlir").unwrap();
    t2.load_text(&program, "vectorized.mlir").unwrap();
    let sizes = [1usize, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 1001];
    for (k, &c) in sizes.iter().enumerate() {
        for rows in [1usize, 3] {
            let seed = (k * 10 + rows) as u64;
            let chain = [tensor(&[rows, c], seed), tensor(&[c], seed + 1)];
            let want = t0.function("chain").unwrap().call(&chain).unwrap();
            let got = t2.function("chain").unwrap().call(&chain).unwrap();
            close(&got[0], &want[0], &format!("@chain {rows}x{c}"));
            let x = [tensor(&[rows, c], seed + 2)];
            let want = t0.function("softmax").unwrap().call(&x).unwrap();
            let got = t2.function("softmax").unwrap().call(&x).unwrap();
            close(&got[0], &want[0], &format!("@softmax {rows}x{c}"));
        }
    }
}
