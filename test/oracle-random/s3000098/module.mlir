func.func @main(%a0: tensor<Nxf32>) -> (tensor<f32>, tensor<NxNxf32>) {
  %v0 = ktensor.broadcast_in_dim %a0 {dims = array<i64: 0>} : (tensor<Nxf32>) -> tensor<Nx3xNxf32>
  %v1_i = arith.constant 0xFF800000 : f32
  %v1 = ktensor.reduce_region %v0, %v1_i {axes = array<i64: 1>} : (tensor<Nx3xNxf32>, f32) -> tensor<NxNxf32> {
  ^bb0(%v1_p: f32, %v1_q: f32):
    %v1_s = arith.maximumf %v1_p, %v1_q : f32
    ktensor.yield %v1_s : f32
  }
  %v2 = ktensor.reduce %a0 {kind = "min", axes = array<i64: 0>} : (tensor<Nxf32>) -> tensor<f32>
  %v3 = ktensor.cmp %v1, %v1 {predicate = "ge"} : (tensor<NxNxf32>, tensor<NxNxf32>) -> tensor<NxNxi1>
  %v4 = ktensor.select %v3, %v1, %v1 : (tensor<NxNxi1>, tensor<NxNxf32>, tensor<NxNxf32>) -> tensor<NxNxf32>
  return %v2, %v4 : tensor<f32>, tensor<NxNxf32>
}
