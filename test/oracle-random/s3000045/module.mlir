func.func @main(%a0: tensor<3x4x2xf32>, %a1: tensor<7xf32>) -> (tensor<7xf32>, tensor<3x4x2xf32>, tensor<3x4x2xf32>, tensor<3x4x2xf32>) {
  %v0 = ktensor.atan2 %a1, %a1 : tensor<7xf32>
  %v1 = ktensor.cbrt %a1 : tensor<7xf32>
  %v2 = ktensor.cmp %a0, %a0 {predicate = "gt"} : (tensor<3x4x2xf32>, tensor<3x4x2xf32>) -> tensor<3x4x2xi1>
  %v3 = ktensor.select %v2, %a0, %a0 : (tensor<3x4x2xi1>, tensor<3x4x2xf32>, tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  %v4 = ktensor.log %a0 : tensor<3x4x2xf32>
  %v5 = ktensor.cos %v4 : tensor<3x4x2xf32>
  %v6 = ktensor.convert %v2 : (tensor<3x4x2xi1>) -> tensor<3x4x2xf32>
  return %v1, %v3, %v5, %v6 : tensor<7xf32>, tensor<3x4x2xf32>, tensor<3x4x2xf32>, tensor<3x4x2xf32>
}
