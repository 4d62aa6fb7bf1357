func.func @main(%a0: tensor<NxNxf32>, %a1: tensor<4xNxf64>, %a2: tensor<4x2xf64>, %a3: tensor<4xNxf64>, %a4: tensor<4xNxf64>, %a5: tensor<4xNxf64>) -> (tensor<4xNxf64>, tensor<4xNxf64>, tensor<1xNxf64>, tensor<4xNxf64>) {
  %v0 = ktensor.min %a1, %a1 : tensor<4xNxf64>
  %v1 = ktensor.dot_general %v0, %a2 {lhs_batch = array<i64>, rhs_batch = array<i64>, lhs_contract = array<i64: 0>, rhs_contract = array<i64: 0>} : (tensor<4xNxf64>, tensor<4x2xf64>) -> tensor<Nx2xf64>
  %v2 = ktensor.fused %a1, %a1 : (tensor<4xNxf64>, tensor<4xNxf64>) -> tensor<4xNxf64> {
  ^bb0(%v2_p: tensor<4xNxf64>, %v2_q: tensor<4xNxf64>):
    %v2_s = ktensor.max %v2_p, %v2_q : tensor<4xNxf64>
    %v2_u = ktensor.tanh %v2_s : tensor<4xNxf64>
      ktensor.yield %v2_u : tensor<4xNxf64>
  }
  %v3 = ktensor.cmp %v0, %a3 {predicate = "gt"} : (tensor<4xNxf64>, tensor<4xNxf64>) -> tensor<4xNxi1>
  %v4 = ktensor.select %v3, %v2, %a4 : (tensor<4xNxi1>, tensor<4xNxf64>, tensor<4xNxf64>) -> tensor<4xNxf64>
  %v5 = ktensor.sub %a4, %a5 : tensor<4xNxf64>
  %v6 = ktensor.reduce %v0 {kind = "max", axes = array<i64: 0>, keep_dims} : (tensor<4xNxf64>) -> tensor<1xNxf64>
  %v7 = ktensor.roundeven %a4 : tensor<4xNxf64>
  return %v4, %v5, %v6, %v7 : tensor<4xNxf64>, tensor<4xNxf64>, tensor<1xNxf64>, tensor<4xNxf64>
}
