// Edge cases of the ops with StableHLO semantics, run at tier 0: gather clamps start indices so
// slices fit, scatter skips updates that fall outside, dynamic_slice clamps its start,
// reduce_window feeds padding in as the initial value, sort is stable, and shifts past the
// width give 0 (or the sign).
// RUN: jit-run %s --print-output | FileCheck %s
// Tier 1 computes the same.
// RUN: jit-run --tier=1 %s --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --print-output | FileCheck %s

// CHECK: result #0: tensor<2x2xf32>
// CHECK-NEXT: {{\[\[}}20, 21], [0, 1]]
// CHECK: result #1: tensor<3xf32>
// CHECK-NEXT: {{\[}}0, 7, 0]
// CHECK: result #2: tensor<3xf32>
// CHECK-NEXT: {{\[}}3, 4, 5]
// CHECK: result #3: tensor<3xf32>
// CHECK-NEXT: {{\[}}21, 13, 15]
// CHECK: result #4: tensor<4xi32>
// CHECK-NEXT: {{\[}}1, 1, 2, 2]
// CHECK: result #5: tensor<4xi32>
// CHECK-NEXT: {{\[}}1, 3, 0, 2]
// CHECK: result #6: tensor<4xi32>
// CHECK-NEXT: {{\[}}0, -1, 15, 32]
func.func @main() -> (tensor<2x2xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) {
  %table = ktensor.constant dense<[[0.0, 1.0], [10.0, 11.0], [20.0, 21.0]]> : tensor<3x2xf32>
  %ids = ktensor.constant dense<[[5], [-3]]> : tensor<2x1xi32>
  %0 = ktensor.general_gather %table, %ids {collapsed_slice_dims = array<i64: 0>, index_vector_dim = 1 : i64, offset_dims = array<i64: 1>, slice_sizes = array<i64: 1, 2>, start_index_map = array<i64: 0>} : (tensor<3x2xf32>, tensor<2x1xi32>) -> tensor<2x2xf32>
  %zeros = ktensor.constant dense<0.0> : tensor<3xf32>
  %at = ktensor.constant dense<[[1], [3], [-1]]> : tensor<3x1xi32>
  %upd = ktensor.constant dense<[7.0, 8.0, 9.0]> : tensor<3xf32>
  %1 = ktensor.general_scatter %zeros, %at, %upd {index_vector_dim = 1 : i64, inserted_window_dims = array<i64: 0>, scatter_dims_to_operand_dims = array<i64: 0>} : (tensor<3xf32>, tensor<3x1xi32>, tensor<3xf32>) -> tensor<3xf32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    ktensor.yield %b : tensor<f32>
  }
  %six = ktensor.constant dense<[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]> : tensor<6xf32>
  %five = ktensor.constant dense<5> : tensor<i32>
  %2 = ktensor.dynamic_slice %six, %five {sizes = array<i64: 3>} : (tensor<6xf32>, tensor<i32>) -> tensor<3xf32>
  %x = ktensor.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %ten = ktensor.constant dense<10.0> : tensor<f32>
  %3 = ktensor.reduce_window %x, %ten {padding = array<i64: 1, 0>, window_dimensions = array<i64: 2>} : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = ktensor.add %a, %b : tensor<f32>
    ktensor.yield %s : tensor<f32>
  }
  %keys = ktensor.constant dense<[2, 1, 2, 1]> : tensor<4xi32>
  %vals = ktensor.constant dense<[0, 1, 2, 3]> : tensor<4xi32>
  %4:2 = ktensor.sort %keys, %vals {dimension = 0 : i64} : (tensor<4xi32>, tensor<4xi32>) -> (tensor<4xi32>, tensor<4xi32>) {
  ^bb0(%a: tensor<i32>, %b: tensor<i32>, %c: tensor<i32>, %d: tensor<i32>):
    %lt = ktensor.cmp %a, %b {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.yield %lt : tensor<i1>
  }
  %v = ktensor.constant dense<[1, -8, -8, -1]> : tensor<4xi32>
  %s = ktensor.constant dense<[33, 40, 28, 0]> : tensor<4xi32>
  %l = ktensor.shift_left %v, %s : tensor<4xi32>
  %r = ktensor.shift_right_arithmetic %v, %s : tensor<4xi32>
  %u = ktensor.shift_right_logical %v, %s : tensor<4xi32>
  %p = ktensor.popcnt %v : tensor<4xi32>
  // [shl 1 by 33, sar -8 by 40, shr -8 by 28, popcnt -1]
  %m0 = ktensor.constant dense<[1, 0, 0, 0]> : tensor<4xi32>
  %m1 = ktensor.constant dense<[0, 1, 0, 0]> : tensor<4xi32>
  %m2 = ktensor.constant dense<[0, 0, 1, 0]> : tensor<4xi32>
  %m3 = ktensor.constant dense<[0, 0, 0, 1]> : tensor<4xi32>
  %a0 = ktensor.mul %l, %m0 : tensor<4xi32>
  %a1 = ktensor.mul %r, %m1 : tensor<4xi32>
  %a2 = ktensor.mul %u, %m2 : tensor<4xi32>
  %a3 = ktensor.mul %p, %m3 : tensor<4xi32>
  %b0 = ktensor.add %a0, %a1 : tensor<4xi32>
  %b1 = ktensor.add %a2, %a3 : tensor<4xi32>
  %5 = ktensor.add %b0, %b1 : tensor<4xi32>
  return %0, %1, %2, %3, %4#0, %4#1, %5 : tensor<2x2xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>
}
