func.func @main(%a0: tensor<f64>, %a1: tensor<2xi32>) -> (tensor<2xi32>, tensor<i32>, tensor<i32>, tensor<2xf64>) {
  %v0 = ktensor.broadcast_in_dim %a0 {dims = array<i64>} : (tensor<f64>) -> tensor<2xf64>
  %v1_z = ktensor.constant dense<0> : tensor<i32>
  %v1:2 = ktensor.while (%v1_z, %v0) : (tensor<i32>, tensor<2xf64>) -> (tensor<i32>, tensor<2xf64>) cond {
  ^bb0(%v1_i: tensor<i32>, %v1_v: tensor<2xf64>):
    %v1_n = ktensor.constant dense<3> : tensor<i32>
    %v1_p = ktensor.cmp %v1_i, %v1_n {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %v1_p : tensor<i1>
  } body {
  ^bb0(%v1_i: tensor<i32>, %v1_v: tensor<2xf64>):
    %v1_o = ktensor.constant dense<1> : tensor<i32>
    %v1_j = ktensor.add %v1_i, %v1_o : tensor<i32>
    %v1_w = ktensor.abs %v1_v : tensor<2xf64>
      ktensor.yield %v1_j, %v1_w : tensor<i32>, tensor<2xf64>
  }
  %v2 = ktensor.reverse %v0 {dims = array<i64: 0>} : (tensor<2xf64>) -> tensor<2xf64>
  %v3_c = ktensor.constant dense<0.0> : tensor<f64>
  %v3 = ktensor.broadcast_in_dim %v3_c {dims = array<i64>} : (tensor<f64>) -> tensor<2xf64>
  %v4_p = ktensor.cmp %v2, %v2 {predicate = "eq"} : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xi1>
  %v4 = ktensor.select %v4_p, %v2, %v3 : (tensor<2xi1>, tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
  %v5:2 = ktensor.sort %v4, %a1 {dimension = 0 : i64, is_stable} : (tensor<2xf64>, tensor<2xi32>) -> (tensor<2xf64>, tensor<2xi32>) {
  ^bb0(%v5_a: tensor<f64>, %v5_b: tensor<f64>, %v5_c: tensor<i32>, %v5_d: tensor<i32>):
    %v5_l = ktensor.cmp %v5_a, %v5_b {predicate = "lt"} : (tensor<f64>, tensor<f64>) -> tensor<i1>
    ktensor.yield %v5_l : tensor<i1>
  }
  %v6 = ktensor.div %v5#0, %v4 : tensor<2xf64>
  %v7 = ktensor.div %v6, %v6 : tensor<2xf64>
  %v8 = ktensor.exp %v1#1 : tensor<2xf64>
  %v9 = ktensor.relu %v5#1 : tensor<2xi32>
  %v10 = ktensor.relu %v5#1 : tensor<2xi32>
  %v11 = ktensor.abs %v1#0 : tensor<i32>
  %v12_z = ktensor.constant dense<0> : tensor<i32>
  %v12:2 = ktensor.while (%v12_z, %v3) : (tensor<i32>, tensor<2xf64>) -> (tensor<i32>, tensor<2xf64>) cond {
  ^bb0(%v12_i: tensor<i32>, %v12_v: tensor<2xf64>):
    %v12_n = ktensor.constant dense<3> : tensor<i32>
    %v12_p = ktensor.cmp %v12_i, %v12_n {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %v12_p : tensor<i1>
  } body {
  ^bb0(%v12_i: tensor<i32>, %v12_v: tensor<2xf64>):
    %v12_o = ktensor.constant dense<1> : tensor<i32>
    %v12_j = ktensor.add %v12_i, %v12_o : tensor<i32>
    %v12_w = ktensor.abs %v12_v : tensor<2xf64>
      ktensor.yield %v12_j, %v12_w : tensor<i32>, tensor<2xf64>
  }
  return %v10, %v11, %v12#0, %v12#1 : tensor<2xi32>, tensor<i32>, tensor<i32>, tensor<2xf64>
}
