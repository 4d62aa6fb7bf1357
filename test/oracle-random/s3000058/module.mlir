func.func @main(%a0: tensor<Mx7x7xi32>, %a1: tensor<1x4xf32>) -> (tensor<7x3xi64>, tensor<1x4xf64>, tensor<4xf32>, tensor<7x4x1xf32>) {
  %v0 = ktensor.sign %a1 : tensor<1x4xf32>
  %v1 = ktensor.tan %v0 : tensor<1x4xf32>
  %v2 = ktensor.broadcast_in_dim %v0 {dims = array<i64: 0, 1>} : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
  %v3 = ktensor.slice %v1 {start = array<i64: 0, 0>, limit = array<i64: 0, 3>, strides = array<i64: 2, 2>} : (tensor<1x4xf32>) -> tensor<0x2xf32>
  %v4 = ktensor.broadcast_in_dim %v0 {dims = array<i64: 0, 1>} : (tensor<1x4xf32>) -> tensor<7x4x1xf32>
  %v5 = ktensor.iota {dim = 1} : () -> tensor<7x3xi64>
  %v6 = ktensor.convert %v0 : (tensor<1x4xf32>) -> tensor<1x4xf64>
  %v7 = ktensor.reshape %a1 : (tensor<1x4xf32>) -> tensor<4xf32>
  %v8_c = ktensor.constant dense<0.0> : tensor<f32>
  %v8 = ktensor.broadcast_in_dim %v8_c {dims = array<i64>} : (tensor<f32>) -> tensor<7x4x1xf32>
  %v9_p = ktensor.cmp %v4, %v4 {predicate = "eq"} : (tensor<7x4x1xf32>, tensor<7x4x1xf32>) -> tensor<7x4x1xi1>
  %v9 = ktensor.select %v9_p, %v4, %v8 : (tensor<7x4x1xi1>, tensor<7x4x1xf32>, tensor<7x4x1xf32>) -> tensor<7x4x1xf32>
  %v10 = ktensor.sort %v9 {dimension = 2 : i64, is_stable} : tensor<7x4x1xf32> {
  ^bb0(%v10_a: tensor<f32>, %v10_b: tensor<f32>):
    %v10_l = ktensor.cmp %v10_a, %v10_b {predicate = "lt"} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    ktensor.yield %v10_l : tensor<i1>
  }
  return %v5, %v6, %v7, %v10 : tensor<7x3xi64>, tensor<1x4xf64>, tensor<4xf32>, tensor<7x4x1xf32>
}
