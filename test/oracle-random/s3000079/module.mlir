func.func @main(%a0: tensor<7x1xf64>, %a1: tensor<7x1xf64>, %a2: tensor<7x1xf64>, %a3: tensor<7x1xf64>, %a4: tensor<7x1xf64>) -> (tensor<7x1xf64>, tensor<1x7x1xf64>, tensor<7x1xf64>, tensor<7x1xf64>) {
  %v0 = ktensor.mul %a0, %a1 : tensor<7x1xf64>
  %v1 = ktensor.atan2 %v0, %a2 : tensor<7x1xf64>
  %v2 = ktensor.broadcast_in_dim %v0 {dims = array<i64: 1, 2>} : (tensor<7x1xf64>) -> tensor<1x7x1xf64>
  %v3 = ktensor.convert %a2 : (tensor<7x1xf64>) -> tensor<7x1xf32>
  %v4_c = ktensor.constant dense<3.0> : tensor<f32>
  %v4 = ktensor.broadcast_in_dim %v4_c {dims = array<i64>} : (tensor<f32>) -> tensor<7x1xf32>
  %v5 = ktensor.cmp %v3, %v4 {predicate = "lt"} : (tensor<7x1xf32>, tensor<7x1xf32>) -> tensor<7x1xi1>
  %v6 = ktensor.select %v5, %v0, %a3 : (tensor<7x1xi1>, tensor<7x1xf64>, tensor<7x1xf64>) -> tensor<7x1xf64>
  %v7 = ktensor.div %a2, %a4 : tensor<7x1xf64>
  return %v1, %v2, %v6, %v7 : tensor<7x1xf64>, tensor<1x7x1xf64>, tensor<7x1xf64>, tensor<7x1xf64>
}
