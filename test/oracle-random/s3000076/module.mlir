func.func @main(%a0: tensor<7xf64>, %a1: tensor<i32>, %a2: tensor<2xf64>) -> (tensor<2xf64>, tensor<1x7x2xf64>, tensor<7xf64>) {
  %v0 = ktensor.slice %a0 {start = array<i64: 1>, limit = array<i64: 3>, strides = array<i64: 1>} : (tensor<7xf64>) -> tensor<2xf64>
  %v1 = ktensor.dynamic_update_slice %a0, %a0, %a1 : (tensor<7xf64>, tensor<7xf64>, tensor<i32>) -> tensor<7xf64>
  %v2 = ktensor.add %v0, %a2 : tensor<2xf64>
  %v3 = ktensor.broadcast_in_dim %v1 {dims = array<i64: 1>} : (tensor<7xf64>) -> tensor<1x7x2xf64>
  %v4 = ktensor.tanh %v1 : tensor<7xf64>
  return %v2, %v3, %v4 : tensor<2xf64>, tensor<1x7x2xf64>, tensor<7xf64>
}
