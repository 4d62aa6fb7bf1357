func.func @main(%a0: tensor<NxNxNxf32>) -> (tensor<0x1x1xf32>, tensor<NxNxNxf32>) {
  %v0 = ktensor.roundeven %a0 : tensor<NxNxNxf32>
  %v1 = ktensor.slice %v0 {start = array<i64: 2, 0, 1>, limit = array<i64: 2, 2, 2>, strides = array<i64: 2, 2, 2>} : (tensor<NxNxNxf32>) -> tensor<0x1x1xf32>
  %v2 = ktensor.min %a0, %v0 : tensor<NxNxNxf32>
  return %v1, %v2 : tensor<0x1x1xf32>, tensor<NxNxNxf32>
}
