func.func @main(%a0: tensor<3xMxf32>, %a1: tensor<1x1xi32>) -> (tensor<3xMxf32>) {
  %v0_c = ktensor.constant dense<0.0> : tensor<f32>
  %v0 = ktensor.broadcast_in_dim %v0_c {dims = array<i64>} : (tensor<f32>) -> tensor<3xMxf32>
  %v1_p = ktensor.cmp %a0, %a0 {predicate = "eq"} : (tensor<3xMxf32>, tensor<3xMxf32>) -> tensor<3xMxi1>
  %v1 = ktensor.select %v1_p, %a0, %v0 : (tensor<3xMxi1>, tensor<3xMxf32>, tensor<3xMxf32>) -> tensor<3xMxf32>
  %v2 = ktensor.sort %v1 {dimension = 0 : i64, is_stable} : tensor<3xMxf32> {
  ^bb0(%v2_a: tensor<f32>, %v2_b: tensor<f32>):
    %v2_l = ktensor.cmp %v2_a, %v2_b {predicate = "lt"} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    ktensor.yield %v2_l : tensor<i1>
  }
  %v3 = ktensor.sin %v2 : tensor<3xMxf32>
  return %v3 : tensor<3xMxf32>
}
