func.func @main(%a0: tensor<4xf64>, %a1: tensor<4xf64>, %a2: tensor<i1>) -> (tensor<4xf64>, tensor<4xf64>) {
  %v0 = ktensor.max %a0, %a1 : tensor<4xf64>
  %v1 = ktensor.div %v0, %a1 : tensor<4xf64>
  %v2 = ktensor.if %a2 : tensor<i1> -> (tensor<4xf64>) {
    %v2_t = ktensor.relu %v0 : tensor<4xf64>
      ktensor.yield %v2_t : tensor<4xf64>
  } else {
    %v2_e = ktensor.exp %v0 : tensor<4xf64>
      ktensor.yield %v2_e : tensor<4xf64>
  }
  return %v1, %v2 : tensor<4xf64>, tensor<4xf64>
}
