func.func @main(%a0: tensor<f32>) -> (tensor<4x2xf32>, tensor<2x1xf32>, tensor<4x4xf32>) {
  %v0 = ktensor.ceil %a0 : tensor<f32>
  %v1 = ktensor.broadcast_in_dim %v0 {dims = array<i64>} : (tensor<f32>) -> tensor<4x2xf32>
  %v2 = ktensor.iota {dim = 0} : () -> tensor<2x1xf32>
  %v3 = ktensor.pow %v2, %v2 : tensor<2x1xf32>
  %v4 = ktensor.iota {dim = 0} : () -> tensor<4x4xf32>
  return %v1, %v3, %v4 : tensor<4x2xf32>, tensor<2x1xf32>, tensor<4x4xf32>
}
