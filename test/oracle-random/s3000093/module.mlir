func.func @main(%a0: tensor<4xf32>, %a1: tensor<i1>, %a2: tensor<4xf32>) -> (tensor<8xi32>, tensor<i32>, tensor<4xf32>, tensor<4x4xi64>) {
  %v0 = ktensor.add %a0, %a0 : tensor<4xf32>
  %v1 = ktensor.fused %v0, %v0 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%v1_p: tensor<4xf32>, %v1_q: tensor<4xf32>):
    %v1_s = ktensor.mul %v1_p, %v1_q : tensor<4xf32>
    %v1_u = ktensor.exp %v1_s : tensor<4xf32>
      ktensor.yield %v1_u : tensor<4xf32>
  }
  %v2_z = ktensor.constant dense<0> : tensor<i32>
  %v2:2 = ktensor.while (%v2_z, %v1) : (tensor<i32>, tensor<4xf32>) -> (tensor<i32>, tensor<4xf32>) cond {
  ^bb0(%v2_i: tensor<i32>, %v2_v: tensor<4xf32>):
    %v2_n = ktensor.constant dense<2> : tensor<i32>
    %v2_p = ktensor.cmp %v2_i, %v2_n {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %v2_p : tensor<i1>
  } body {
  ^bb0(%v2_i: tensor<i32>, %v2_v: tensor<4xf32>):
    %v2_o = ktensor.constant dense<1> : tensor<i32>
    %v2_j = ktensor.add %v2_i, %v2_o : tensor<i32>
    %v2_w = ktensor.neg %v2_v : tensor<4xf32>
      ktensor.yield %v2_j, %v2_w : tensor<i32>, tensor<4xf32>
  }
  %v3_c = ktensor.constant dense<0.0> : tensor<f32>
  %v3 = ktensor.broadcast_in_dim %v3_c {dims = array<i64>} : (tensor<f32>) -> tensor<4xf32>
  %v4_p = ktensor.cmp %v0, %v0 {predicate = "eq"} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  %v4 = ktensor.select %v4_p, %v0, %v3 : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %v5 = ktensor.iota {dim = 0} : () -> tensor<4xi32>
  %v6:2 = ktensor.sort %v4, %v5 {dimension = 0 : i64, is_stable} : (tensor<4xf32>, tensor<4xi32>) -> (tensor<4xf32>, tensor<4xi32>) {
  ^bb0(%v6_a: tensor<f32>, %v6_b: tensor<f32>, %v6_c: tensor<i32>, %v6_d: tensor<i32>):
    %v6_l = ktensor.cmp %v6_a, %v6_b {predicate = "gt"} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    ktensor.yield %v6_l : tensor<i1>
  }
  %v7 = ktensor.if %a1 : tensor<i1> -> (tensor<4xf32>) {
    %v7_t = ktensor.relu %v4 : tensor<4xf32>
      ktensor.yield %v7_t : tensor<4xf32>
  } else {
    %v7_e = ktensor.exp %a2 : tensor<4xf32>
      ktensor.yield %v7_e : tensor<4xf32>
  }
  %v8 = ktensor.concat %v5, %v6#1 {dim = 0} : (tensor<4xi32>, tensor<4xi32>) -> tensor<8xi32>
  %v9_z = ktensor.constant dense<0> : tensor<i32>
  %v9:2 = ktensor.while (%v9_z, %a2) : (tensor<i32>, tensor<4xf32>) -> (tensor<i32>, tensor<4xf32>) cond {
  ^bb0(%v9_i: tensor<i32>, %v9_v: tensor<4xf32>):
    %v9_n = ktensor.constant dense<0> : tensor<i32>
    %v9_p = ktensor.cmp %v9_i, %v9_n {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %v9_p : tensor<i1>
  } body {
  ^bb0(%v9_i: tensor<i32>, %v9_v: tensor<4xf32>):
    %v9_o = ktensor.constant dense<1> : tensor<i32>
    %v9_j = ktensor.add %v9_i, %v9_o : tensor<i32>
    %v9_w = ktensor.tanh %v9_v : tensor<4xf32>
      ktensor.yield %v9_j, %v9_w : tensor<i32>, tensor<4xf32>
  }
  %v10 = ktensor.iota {dim = 0} : () -> tensor<4x4xi64>
  return %v8, %v9#0, %v9#1, %v10 : tensor<8xi32>, tensor<i32>, tensor<4xf32>, tensor<4x4xi64>
}
