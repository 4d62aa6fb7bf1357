func.func @main(%a0: tensor<7x1x4xf64>, %a1: tensor<f64>, %a2: tensor<13x4x8xi32>) -> (tensor<13x4x8xf64>, tensor<13x4x8xi32>, tensor<13x4x8xf64>) {
  %v0 = ktensor.pad %a0, %a1 {low = array<i64: -1, 1, 2>, high = array<i64: 1, 2, 2>, interior = array<i64: 1, 1, 0>} : (tensor<7x1x4xf64>, tensor<f64>) -> tensor<13x4x8xf64>
  %v1_c = ktensor.constant dense<0.0> : tensor<f64>
  %v1 = ktensor.broadcast_in_dim %v1_c {dims = array<i64>} : (tensor<f64>) -> tensor<13x4x8xf64>
  %v2_p = ktensor.cmp %v0, %v0 {predicate = "eq"} : (tensor<13x4x8xf64>, tensor<13x4x8xf64>) -> tensor<13x4x8xi1>
  %v2 = ktensor.select %v2_p, %v0, %v1 : (tensor<13x4x8xi1>, tensor<13x4x8xf64>, tensor<13x4x8xf64>) -> tensor<13x4x8xf64>
  %v3:2 = ktensor.sort %v2, %a2 {dimension = 0 : i64, is_stable} : (tensor<13x4x8xf64>, tensor<13x4x8xi32>) -> (tensor<13x4x8xf64>, tensor<13x4x8xi32>) {
  ^bb0(%v3_a: tensor<f64>, %v3_b: tensor<f64>, %v3_c: tensor<i32>, %v3_d: tensor<i32>):
    %v3_l = ktensor.cmp %v3_a, %v3_b {predicate = "lt"} : (tensor<f64>, tensor<f64>) -> tensor<i1>
    ktensor.yield %v3_l : tensor<i1>
  }
  %v4 = ktensor.relu %v2 : tensor<13x4x8xf64>
  return %v3#0, %v3#1, %v4 : tensor<13x4x8xf64>, tensor<13x4x8xi32>, tensor<13x4x8xf64>
}
