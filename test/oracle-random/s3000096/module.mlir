func.func @main(%a0: tensor<1xi32>, %a1: tensor<3x2xf32>, %a2: tensor<i32>, %a3: tensor<i32>, %a4: tensor<0x1xf32>) -> (tensor<3x2xf32>) {
  %v0 = ktensor.dynamic_update_slice %a1, %a4, %a2, %a3 : (tensor<3x2xf32>, tensor<0x1xf32>, tensor<i32>, tensor<i32>) -> tensor<3x2xf32>
  %v1_c = ktensor.constant dense<0.9> : tensor<f32>
  %v1 = ktensor.broadcast_in_dim %v1_c {dims = array<i64>} : (tensor<f32>) -> tensor<3x2xf32>
  %v2_a = ktensor.tanh %v0 : tensor<3x2xf32>
  %v2 = ktensor.mul %v2_a, %v1 : tensor<3x2xf32>
  %v3 = ktensor.erf_inv %v2 : tensor<3x2xf32>
  return %v3 : tensor<3x2xf32>
}
