func.func @main(%a0: tensor<f32>) -> (tensor<f64>, tensor<4x3x5xf64>, tensor<f64>) {
  %v0 = ktensor.convert %a0 : (tensor<f32>) -> tensor<f64>
  %v1 = ktensor.log1p %v0 : tensor<f64>
  %v2 = ktensor.sigmoid %v0 : tensor<f64>
  %v3 = ktensor.max %v2, %v2 : tensor<f64>
  %v4 = ktensor.broadcast_in_dim %v1 {dims = array<i64>} : (tensor<f64>) -> tensor<4x3x5xf64>
  %v5 = ktensor.erf %v2 : tensor<f64>
  return %v3, %v4, %v5 : tensor<f64>, tensor<4x3x5xf64>, tensor<f64>
}
