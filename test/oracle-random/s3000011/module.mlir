func.func @main(%a0: tensor<3xf32>, %a1: tensor<2xf32>, %a2: tensor<i1>, %a3: tensor<i1>, %a4: tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>) {
  %v0 = ktensor.min %a0, %a0 : tensor<3xf32>
  %v1 = ktensor.if %a2 : tensor<i1> -> (tensor<3xf32>) {
    %v1_t = ktensor.neg %v0 : tensor<3xf32>
      ktensor.yield %v1_t : tensor<3xf32>
  } else {
    %v1_e = ktensor.abs %v0 : tensor<3xf32>
      ktensor.yield %v1_e : tensor<3xf32>
  }
  %v2 = ktensor.tan %v0 : tensor<3xf32>
  %v3 = ktensor.div %v2, %v1 : tensor<3xf32>
  %v4 = ktensor.if %a3 : tensor<i1> -> (tensor<3xf32>) {
    %v4_t = ktensor.tanh %v3 : tensor<3xf32>
      ktensor.yield %v4_t : tensor<3xf32>
  } else {
    %v4_e = ktensor.exp %v3 : tensor<3xf32>
      ktensor.yield %v4_e : tensor<3xf32>
  }
  %v5 = ktensor.mul %v3, %a4 : tensor<3xf32>
  return %v4, %v5 : tensor<3xf32>, tensor<3xf32>
}
