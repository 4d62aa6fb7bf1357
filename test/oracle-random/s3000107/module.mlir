func.func @main(%a0: tensor<2xMxf32>, %a1: tensor<2xi32>, %a2: tensor<Nxf32>, %a3: tensor<i32>, %a4: tensor<Nxf32>) -> (tensor<1xi32>, tensor<Nxf32>) {
  %v0 = ktensor.dynamic_slice %a1, %a3 {sizes = array<i64: 1>} : (tensor<2xi32>, tensor<i32>) -> tensor<1xi32>
  %v1 = ktensor.fused %a2, %a4 : (tensor<Nxf32>, tensor<Nxf32>) -> tensor<Nxf32> {
  ^bb0(%v1_p: tensor<Nxf32>, %v1_q: tensor<Nxf32>):
    %v1_s = ktensor.max %v1_p, %v1_q : tensor<Nxf32>
    %v1_u = ktensor.neg %v1_s : tensor<Nxf32>
      ktensor.yield %v1_u : tensor<Nxf32>
  }
  %v2 = ktensor.reverse %v1 {dims = array<i64>} : (tensor<Nxf32>) -> tensor<Nxf32>
  return %v0, %v2 : tensor<1xi32>, tensor<Nxf32>
}
