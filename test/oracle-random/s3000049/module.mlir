func.func @main(%a0: tensor<f32>, %a1: tensor<i1>) -> (tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) {
  %v0 = ktensor.constant dense<0.0> : tensor<f32>
  %v1 = ktensor.mul %a0, %v0 : tensor<f32>
  %v2 = ktensor.pow %v1, %v0 : tensor<f32>
  %v3 = ktensor.round %v1 : tensor<f32>
  %v4 = ktensor.cmp %v3, %v3 {predicate = "ne"} : (tensor<f32>, tensor<f32>) -> tensor<i1>
  %v5 = ktensor.select %v4, %v1, %v3 : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
  %v6 = ktensor.div %v1, %v0 : tensor<f32>
  %v7 = ktensor.div %v1, %v3 : tensor<f32>
  %v8 = ktensor.if %a1 : tensor<i1> -> (tensor<f32>) {
    %v8_t = ktensor.neg %v2 : tensor<f32>
      ktensor.yield %v8_t : tensor<f32>
  } else {
    %v8_e = ktensor.relu %v3 : tensor<f32>
      ktensor.yield %v8_e : tensor<f32>
  }
  %v9 = ktensor.constant dense<0.5> : tensor<f32>
  %v10_a = ktensor.abs %v8 : tensor<f32>
  %v10 = ktensor.add %v10_a, %v9 : tensor<f32>
  %v11 = ktensor.sqrt %v10 : tensor<f32>
  return %v5, %v6, %v7, %v11 : tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
}
