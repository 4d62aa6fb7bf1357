func.func @main(%a0: tensor<f64>, %a1: tensor<f64>, %a2: tensor<f64>, %a3: tensor<f64>, %a4: tensor<f64>) -> (tensor<i64>, tensor<f64>, tensor<2xf64>, tensor<f64>) {
  %v0 = ktensor.atan2 %a0, %a1 : tensor<f64>
  %v1 = ktensor.atan2 %a0, %a1 : tensor<f64>
  %v2 = ktensor.fused %a1, %v1 : (tensor<f64>, tensor<f64>) -> tensor<f64> {
  ^bb0(%v2_p: tensor<f64>, %v2_q: tensor<f64>):
    %v2_s = ktensor.add %v2_p, %v2_q : tensor<f64>
    %v2_u = ktensor.neg %v2_s : tensor<f64>
      ktensor.yield %v2_u : tensor<f64>
  }
  %v3 = ktensor.cmp %a0, %a1 {predicate = "gt"} : (tensor<f64>, tensor<f64>) -> tensor<i1>
  %v4 = ktensor.constant dense<3.0> : tensor<f64>
  %v5 = ktensor.select %v3, %v2, %v4 : (tensor<i1>, tensor<f64>, tensor<f64>) -> tensor<f64>
  %v6 = ktensor.sub %v5, %a2 : tensor<f64>
  %v7 = ktensor.convert %v3 : (tensor<i1>) -> tensor<i64>
  %v8 = ktensor.pow %v4, %a3 : tensor<f64>
  %v9 = ktensor.broadcast_in_dim %v5 {dims = array<i64>} : (tensor<f64>) -> tensor<2xf64>
  %v10 = ktensor.reverse %v9 {dims = array<i64: 0>} : (tensor<2xf64>) -> tensor<2xf64>
  %v11 = ktensor.if %v3 : tensor<i1> -> (tensor<f64>) {
    %v11_t = ktensor.relu %a2 : tensor<f64>
      ktensor.yield %v11_t : tensor<f64>
  } else {
      ktensor.yield %a3 : tensor<f64>
  }
  %v12 = ktensor.cmp %a2, %a4 {predicate = "ne"} : (tensor<f64>, tensor<f64>) -> tensor<i1>
  %v13 = ktensor.select %v12, %v11, %a2 : (tensor<i1>, tensor<f64>, tensor<f64>) -> tensor<f64>
  return %v7, %v8, %v10, %v13 : tensor<i64>, tensor<f64>, tensor<2xf64>, tensor<f64>
}
