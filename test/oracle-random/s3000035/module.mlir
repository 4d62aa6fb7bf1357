func.func @main(%a0: tensor<5xf32>, %a1: tensor<4xf32>, %a2: tensor<f64>, %a3: tensor<i1>) -> (tensor<3x2xf64>, tensor<i32>, tensor<9xf32>, tensor<3x2xf64>) {
  %v0 = ktensor.broadcast_in_dim %a2 {dims = array<i64>} : (tensor<f64>) -> tensor<3x2xf64>
  %v1 = ktensor.exp %a2 : tensor<f64>
  %v2 = ktensor.sign %v0 : tensor<3x2xf64>
  %v3_z = ktensor.constant dense<0> : tensor<i32>
  %v3:2 = ktensor.while (%v3_z, %a0) : (tensor<i32>, tensor<5xf32>) -> (tensor<i32>, tensor<5xf32>) cond {
  ^bb0(%v3_i: tensor<i32>, %v3_v: tensor<5xf32>):
    %v3_n = ktensor.constant dense<1> : tensor<i32>
    %v3_p = ktensor.cmp %v3_i, %v3_n {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %v3_p : tensor<i1>
  } body {
  ^bb0(%v3_i: tensor<i32>, %v3_v: tensor<5xf32>):
    %v3_o = ktensor.constant dense<1> : tensor<i32>
    %v3_j = ktensor.add %v3_i, %v3_o : tensor<i32>
    %v3_w = ktensor.relu %v3_v : tensor<5xf32>
      ktensor.yield %v3_j, %v3_w : tensor<i32>, tensor<5xf32>
  }
  %v4 = ktensor.concat %v3#1, %a1 {dim = 0} : (tensor<5xf32>, tensor<4xf32>) -> tensor<9xf32>
  %v5 = ktensor.roundeven %v4 : tensor<9xf32>
  %v6 = ktensor.if %a3 : tensor<i1> -> (tensor<3x2xf64>) {
    %v6_t = ktensor.abs %v0 : tensor<3x2xf64>
      ktensor.yield %v6_t : tensor<3x2xf64>
  } else {
      ktensor.yield %v0 : tensor<3x2xf64>
  }
  %v7 = ktensor.round %v6 : tensor<3x2xf64>
  return %v2, %v3#0, %v5, %v7 : tensor<3x2xf64>, tensor<i32>, tensor<9xf32>, tensor<3x2xf64>
}
