func.func @main(%a0: tensor<Mxi32>, %a1: tensor<2xi32>, %a2: tensor<1xf32>, %a3: tensor<5x7x1xf32>, %a4: tensor<7xf32>) -> (tensor<5x7x1xi1>, tensor<8xf32>, tensor<5x7x1xf32>) {
  %v0 = ktensor.rem %a2, %a2 : tensor<1xf32>
  %v1 = ktensor.broadcast_in_dim %a2 {dims = array<i64: 2>} : (tensor<1xf32>) -> tensor<5x7x1xf32>
  %v2 = ktensor.fused %v1, %v1 : (tensor<5x7x1xf32>, tensor<5x7x1xf32>) -> tensor<5x7x1xf32> {
  ^bb0(%v2_p: tensor<5x7x1xf32>, %v2_q: tensor<5x7x1xf32>):
    %v2_s = ktensor.sub %v2_p, %v2_q : tensor<5x7x1xf32>
    %v2_u = ktensor.neg %v2_s : tensor<5x7x1xf32>
      ktensor.yield %v2_u : tensor<5x7x1xf32>
  }
  %v3 = ktensor.floor %v0 : tensor<1xf32>
  %v4 = ktensor.cmp %v2, %a3 {predicate = "lt"} : (tensor<5x7x1xf32>, tensor<5x7x1xf32>) -> tensor<5x7x1xi1>
  %v5 = ktensor.concat %v3, %a4 {dim = 0} : (tensor<1xf32>, tensor<7xf32>) -> tensor<8xf32>
  %v6 = ktensor.atan2 %a3, %v2 : tensor<5x7x1xf32>
  return %v4, %v5, %v6 : tensor<5x7x1xi1>, tensor<8xf32>, tensor<5x7x1xf32>
}
