func.func @main(%a0: tensor<3xNxi32>, %a1: tensor<4x5xf64>) -> (tensor<4x5xf64>) {
  %v0_c = ktensor.constant dense<3.0> : tensor<f64>
  %v0 = ktensor.broadcast_in_dim %v0_c {dims = array<i64>} : (tensor<f64>) -> tensor<4x5xf64>
  %v1 = ktensor.cmp %a1, %v0 {predicate = "eq"} : (tensor<4x5xf64>, tensor<4x5xf64>) -> tensor<4x5xi1>
  %v2_c = ktensor.constant dense<3.0> : tensor<f64>
  %v2 = ktensor.broadcast_in_dim %v2_c {dims = array<i64>} : (tensor<f64>) -> tensor<4x5xf64>
  %v3 = ktensor.select %v1, %v0, %v2 : (tensor<4x5xi1>, tensor<4x5xf64>, tensor<4x5xf64>) -> tensor<4x5xf64>
  return %v3 : tensor<4x5xf64>
}
