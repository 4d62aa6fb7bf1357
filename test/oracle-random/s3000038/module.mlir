func.func @main(%a0: tensor<1xNx7xf32>, %a1: tensor<4x3xf32>, %a2: tensor<i1>, %a3: tensor<1xNx7xf32>, %a4: tensor<f32>) -> (tensor<1xNx7xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<6x6xf32>) {
  %v0 = ktensor.reverse %a1 {dims = array<i64: 0>} : (tensor<4x3xf32>) -> tensor<4x3xf32>
  %v1_c = ktensor.constant dense<-1.25> : tensor<f32>
  %v1 = ktensor.broadcast_in_dim %v1_c {dims = array<i64>} : (tensor<f32>) -> tensor<4x3xf32>
  %v2 = ktensor.if %a2 : tensor<i1> -> (tensor<4x3xf32>) {
    %v2_t = ktensor.exp %v0 : tensor<4x3xf32>
      ktensor.yield %v2_t : tensor<4x3xf32>
  } else {
      ktensor.yield %v1 : tensor<4x3xf32>
  }
  %v3 = ktensor.atan2 %a0, %a3 : tensor<1xNx7xf32>
  %v4 = ktensor.div %v1, %v1 : tensor<4x3xf32>
  %v5 = ktensor.roundeven %v4 : tensor<4x3xf32>
  %v6 = ktensor.sub %v5, %v0 : tensor<4x3xf32>
  %v7 = ktensor.sigmoid %v5 : tensor<4x3xf32>
  %v8 = ktensor.pad %v7, %a4 {low = array<i64: 0, 2>, high = array<i64: -1, -1>, interior = array<i64: 1, 1>} : (tensor<4x3xf32>, tensor<f32>) -> tensor<6x6xf32>
  %v9 = ktensor.asinh %v4 : tensor<4x3xf32>
  %v10 = ktensor.neg %v8 : tensor<6x6xf32>
  return %v3, %v6, %v9, %v10 : tensor<1xNx7xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<6x6xf32>
}
