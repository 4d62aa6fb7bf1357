func.func @main(%a0: tensor<f32>, %a1: tensor<1x4xf64>) -> (tensor<2x0xf64>, tensor<0x0xf64>) {
  %v0 = ktensor.slice %a1 {start = array<i64: 0, 1>, limit = array<i64: 0, 3>, strides = array<i64: 1, 1>} : (tensor<1x4xf64>) -> tensor<0x2xf64>
  %v1 = ktensor.slice %v0 {start = array<i64: 0, 0>, limit = array<i64: 0, 2>, strides = array<i64: 2, 1>} : (tensor<0x2xf64>) -> tensor<0x2xf64>
  %v2 = ktensor.transpose %v1 {perm = array<i64: 1, 0>} : (tensor<0x2xf64>) -> tensor<2x0xf64>
  %v3 = ktensor.slice %v0 {start = array<i64: 0, 0>, limit = array<i64: 0, 0>, strides = array<i64: 2, 1>} : (tensor<0x2xf64>) -> tensor<0x0xf64>
  return %v2, %v3 : tensor<2x0xf64>, tensor<0x0xf64>
}
