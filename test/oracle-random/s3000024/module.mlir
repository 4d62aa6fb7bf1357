func.func @main(%a0: tensor<4xi32>) -> (tensor<0x0xi32>, tensor<4xi32>) {
  %v0 = ktensor.shift_right_arithmetic %a0, %a0 : tensor<4xi32>
  %v1 = ktensor.mul %a0, %v0 : tensor<4xi32>
  %v2 = ktensor.broadcast_in_dim %v1 {dims = array<i64: 0>} : (tensor<4xi32>) -> tensor<4x2xi32>
  %v3 = ktensor.neg %v0 : tensor<4xi32>
  %v4 = ktensor.abs %v3 : tensor<4xi32>
  %v5 = ktensor.transpose %v2 {perm = array<i64: 1, 0>} : (tensor<4x2xi32>) -> tensor<2x4xi32>
  %v6 = ktensor.slice %v5 {start = array<i64: 1, 4>, limit = array<i64: 1, 4>, strides = array<i64: 1, 2>} : (tensor<2x4xi32>) -> tensor<0x0xi32>
  %v7 = ktensor.xor %v4, %v3 : tensor<4xi32>
  return %v6, %v7 : tensor<0x0xi32>, tensor<4xi32>
}
