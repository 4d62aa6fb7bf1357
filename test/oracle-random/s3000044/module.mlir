func.func @main(%a0: tensor<Mx2xi32>, %a1: tensor<i32>, %a2: tensor<i32>) -> (tensor<Mx2xi32>, tensor<i32>, tensor<0x0xi32>) {
  %v0_c = ktensor.constant dense<0> : tensor<i32>
  %v0 = ktensor.broadcast_in_dim %v0_c {dims = array<i64>} : (tensor<i32>) -> tensor<Mx2xi32>
  %v1 = ktensor.shift_left %a0, %v0 : tensor<Mx2xi32>
  %v2 = ktensor.transpose %a0 {perm = array<i64: 1, 0>} : (tensor<Mx2xi32>) -> tensor<2xMxi32>
  %v3 = ktensor.reduce %v0 {kind = "prod", axes = array<i64: 0, 1>} : (tensor<Mx2xi32>) -> tensor<i32>
  %v4 = ktensor.slice %v2 {start = array<i64: 0, 0>, limit = array<i64: 0, 0>, strides = array<i64: 1, 2>} : (tensor<2xMxi32>) -> tensor<0x0xi32>
  %v5 = ktensor.dynamic_slice %v4, %a1, %a2 {sizes = array<i64: 0, 0>} : (tensor<0x0xi32>, tensor<i32>, tensor<i32>) -> tensor<0x0xi32>
  return %v1, %v3, %v5 : tensor<Mx2xi32>, tensor<i32>, tensor<0x0xi32>
}
