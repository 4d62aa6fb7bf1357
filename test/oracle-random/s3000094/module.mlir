func.func @main(%a0: tensor<NxMxi32>, %a1: tensor<3x4xi32>, %a2: tensor<3xNxNxf64>, %a3: tensor<3xNxNxf64>, %a4: tensor<3x4xi32>, %a5: tensor<1x4xi32>) -> (tensor<3xNxNxf64>, tensor<3x4xi32>, tensor<3xNxNxf64>, tensor<3x4xf64>) {
  %v0 = ktensor.mul %a2, %a3 : tensor<3xNxNxf64>
  %v1 = ktensor.abs %a1 : tensor<3x4xi32>
  %v2 = ktensor.convert %a2 : (tensor<3xNxNxf64>) -> tensor<3xNxNxi1>
  %v3 = ktensor.sub %a1, %a4 : tensor<3x4xi32>
  %v4 = ktensor.relu %a4 : tensor<3x4xi32>
  %v5 = ktensor.concat %v4, %a5 {dim = 0} : (tensor<3x4xi32>, tensor<1x4xi32>) -> tensor<4x4xi32>
  %v6 = ktensor.shift_left %v3, %v3 : tensor<3x4xi32>
  %v7 = ktensor.cmp %v0, %a3 {predicate = "ne"} : (tensor<3xNxNxf64>, tensor<3xNxNxf64>) -> tensor<3xNxNxi1>
  %v8 = ktensor.select %v7, %a3, %v0 : (tensor<3xNxNxi1>, tensor<3xNxNxf64>, tensor<3xNxNxf64>) -> tensor<3xNxNxf64>
  %v9 = ktensor.abs %a4 : tensor<3x4xi32>
  %v10 = ktensor.add %a3, %a3 : tensor<3xNxNxf64>
  %v11 = ktensor.convert %a4 : (tensor<3x4xi32>) -> tensor<3x4xf64>
  return %v8, %v9, %v10, %v11 : tensor<3xNxNxf64>, tensor<3x4xi32>, tensor<3xNxNxf64>, tensor<3x4xf64>
}
