func.func @main(%a0: tensor<4xi32>, %a1: tensor<3x1xf32>, %a2: tensor<Nx1xi32>, %a3: tensor<i32>, %a4: tensor<i32>) -> (tensor<2x1xi32>) {
  %v0_c = ktensor.constant dense<1> : tensor<i32>
  %v0 = ktensor.broadcast_in_dim %v0_c {dims = array<i64>} : (tensor<i32>) -> tensor<Nx1xi32>
  %v1 = ktensor.or %a2, %v0 : tensor<Nx1xi32>
  %v2 = ktensor.rem %a2, %v1 : tensor<Nx1xi32>
  %v3 = ktensor.dynamic_slice %v2, %a3, %a4 {sizes = array<i64: 2, 1>} : (tensor<Nx1xi32>, tensor<i32>, tensor<i32>) -> tensor<2x1xi32>
  return %v3 : tensor<2x1xi32>
}
