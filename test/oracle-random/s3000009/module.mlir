func.func @main(%a0: tensor<2xNxf64>, %a1: tensor<1xi32>, %a2: tensor<2xNxNxf64>) -> (tensor<2x4xNxf64>, tensor<2x1xf64>, tensor<2xNxNxf64>) {
  %v0 = ktensor.broadcast_in_dim %a0 {dims = array<i64: 0, 2>} : (tensor<2xNxf64>) -> tensor<2x4xNxf64>
  %v1 = ktensor.broadcast_in_dim %a0 {dims = array<i64: 0, 2>} : (tensor<2xNxf64>) -> tensor<2xNxNxf64>
  %v2 = ktensor.gather %a0, %a1 {axis = 1} : (tensor<2xNxf64>, tensor<1xi32>) -> tensor<2x1xf64>
  %v3 = ktensor.fused %v1, %a2 : (tensor<2xNxNxf64>, tensor<2xNxNxf64>) -> tensor<2xNxNxf64> {
  ^bb0(%v3_p: tensor<2xNxNxf64>, %v3_q: tensor<2xNxNxf64>):
    %v3_s = ktensor.mul %v3_p, %v3_q : tensor<2xNxNxf64>
    %v3_u = ktensor.relu %v3_s : tensor<2xNxNxf64>
      ktensor.yield %v3_u : tensor<2xNxNxf64>
  }
  return %v0, %v2, %v3 : tensor<2x4xNxf64>, tensor<2x1xf64>, tensor<2xNxNxf64>
}
