//! Parallel loops (`convert-loop-to-llvm{parallel=true}` and the runtime's
//! `kiln_rt_parallel_for`): tier 2 gives the same bits at 1 and 2 threads, agrees with tier 0,
//! and really splits the large loops across threads.

use crate::engine::{close, exact, tensor};
use crate::vectorized::SOFTMAX;
use kiln::{Engine, Tensor, TierMode};

/// An elementwise GELU on a few long rows and a matrix product; with the softmax of
/// `vectorized.rs` on rows of 37 (no vector width divides it): outer loops of many short and
/// of few long iterations, and a scratch row buffer (the softmax's exp).
const PROGRAM: &str = r#"
func.func @gelu(%x: tensor<Bx20001xf32>) -> tensor<Bx20001xf32> {
  %h0 = ktensor.constant dense<0.5> : tensor<f32>
  %one0 = ktensor.constant dense<1.0> : tensor<f32>
  %k0 = ktensor.constant dense<0.797884583> : tensor<f32>
  %h = ktensor.broadcast_in_dim %h0 {dims = array<i64>} : (tensor<f32>) -> tensor<Bx20001xf32>
  %one = ktensor.broadcast_in_dim %one0 {dims = array<i64>} : (tensor<f32>) -> tensor<Bx20001xf32>
  %k = ktensor.broadcast_in_dim %k0 {dims = array<i64>} : (tensor<f32>) -> tensor<Bx20001xf32>
  %t0 = ktensor.mul %x, %k : tensor<Bx20001xf32>
  %t = ktensor.tanh %t0 : tensor<Bx20001xf32>
  %u = ktensor.add %t, %one : tensor<Bx20001xf32>
  %v = ktensor.mul %u, %h : tensor<Bx20001xf32>
  %r = ktensor.mul %x, %v : tensor<Bx20001xf32>
  return %r : tensor<Bx20001xf32>
}
func.func @mm(%a: tensor<Nx128xf32>, %b: tensor<128x96xf32>) -> tensor<Nx96xf32> {
  %c = ktensor.matmul %a, %b : (tensor<Nx128xf32>, tensor<128x96xf32>) -> tensor<Nx96xf32>
  %r = ktensor.relu %c : tensor<Nx96xf32>
  return %r : tensor<Nx96xf32>
}
"#;

fn at(tier: u8, threads: usize) -> Engine {
    let e = Engine::builder()
        .mode(TierMode::Fixed(tier))
        .thresholds(exact(1, 1))
        .synchronous(true)
        .workers(1)
        .threads(threads)
        .build()
        .unwrap();
    e.load_text(&format!("{SOFTMAX}{PROGRAM}"), "parallel.mlir").unwrap();
    e
}

fn bits(t: &Tensor) -> Vec<u32> {
    t.data::<f32>().unwrap().iter().map(|x| x.to_bits()).collect()
}

#[test]
fn two_threads_give_the_bits_of_one_and_agree_with_tier_0() {
    // `threads(2)` gives the engine a pool of two threads, even on a one-core machine.
    let cases: Vec<(&str, Vec<Tensor>)> = vec![
        ("softmax", vec![tensor(&[8001, 37], 1)]),
        ("softmax", vec![tensor(&[3, 37], 2)]),
        ("gelu", vec![tensor(&[16, 20001], 3)]),
        ("gelu", vec![tensor(&[1, 20001], 4)]),
        ("mm", vec![tensor(&[700, 128], 5), tensor(&[128, 96], 6)]),
    ];
    let (one, two, oracle) = (at(2, 1), at(2, 2), at(0, 0));
    let split = kiln::runtime::jit::parallel::loops_split();
    for (name, args) in &cases {
        let a = one.function(name).unwrap().call(args).unwrap();
        let b = two.function(name).unwrap().call(args).unwrap();
        let w = oracle.function(name).unwrap().call(args).unwrap();
        assert_eq!(
            bits(&a[0]),
            bits(&b[0]),
            "@{name} {:?}: 1 and 2 threads differ",
            args[0].shape()
        );
        close(
            &b[0],
            &w[0],
            &format!("@{name} {:?} at 2 threads vs tier 0", args[0].shape()),
        );
    }
    assert!(
        kiln::runtime::jit::parallel::loops_split() >= split + 2,
        "the large softmax and GELU loops ran split across threads"
    );
}
