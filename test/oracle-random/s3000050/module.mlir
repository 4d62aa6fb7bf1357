func.func @main(%a0: tensor<2xMx4xi32>, %a1: tensor<Nx2x5xf32>, %a2: tensor<Nx2x5xi32>) -> (tensor<Nx2x5x1xi32>, tensor<Nx4x5xi32>, tensor<Nx2x5xi32>, tensor<Nx2x5xi32>) {
  %v0 = ktensor.bitcast %a1 : (tensor<Nx2x5xf32>) -> tensor<Nx2x5xi32>
  %v1 = ktensor.transpose %v0 {perm = array<i64: 0, 1, 2>} : (tensor<Nx2x5xi32>) -> tensor<Nx2x5xi32>
  %v2 = ktensor.relu %v0 : tensor<Nx2x5xi32>
  %v3_z = ktensor.constant dense<0> : tensor<i32>
  %v3:2 = ktensor.while (%v3_z, %v0) : (tensor<i32>, tensor<Nx2x5xi32>) -> (tensor<i32>, tensor<Nx2x5xi32>) cond {
  ^bb0(%v3_i: tensor<i32>, %v3_v: tensor<Nx2x5xi32>):
    %v3_n = ktensor.constant dense<0> : tensor<i32>
    %v3_p = ktensor.cmp %v3_i, %v3_n {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %v3_p : tensor<i1>
  } body {
  ^bb0(%v3_i: tensor<i32>, %v3_v: tensor<Nx2x5xi32>):
    %v3_o = ktensor.constant dense<1> : tensor<i32>
    %v3_j = ktensor.add %v3_i, %v3_o : tensor<i32>
    %v3_w = ktensor.abs %v3_v : tensor<Nx2x5xi32>
      ktensor.yield %v3_j, %v3_w : tensor<i32>, tensor<Nx2x5xi32>
  }
  %v4 = ktensor.sign %v0 : tensor<Nx2x5xi32>
  %v5 = ktensor.reduce_window %v3#1, %v3#0 {window_dimensions = array<i64: 1, 1, 1>, window_strides = array<i64: 1, 2, 2>} : (tensor<Nx2x5xi32>, tensor<i32>) -> tensor<Nx1x3xi32> {
  ^bb0(%v5_p: tensor<i32>, %v5_q: tensor<i32>):
    %v5_m = ktensor.max %v5_p, %v5_q : tensor<i32>
    ktensor.yield %v5_m : tensor<i32>
  }
  %v6_z = ktensor.constant dense<0> : tensor<i32>
  %v6:2 = ktensor.while (%v6_z, %v5) : (tensor<i32>, tensor<Nx1x3xi32>) -> (tensor<i32>, tensor<Nx1x3xi32>) cond {
  ^bb0(%v6_i: tensor<i32>, %v6_v: tensor<Nx1x3xi32>):
    %v6_n = ktensor.constant dense<0> : tensor<i32>
    %v6_p = ktensor.cmp %v6_i, %v6_n {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %v6_p : tensor<i1>
  } body {
  ^bb0(%v6_i: tensor<i32>, %v6_v: tensor<Nx1x3xi32>):
    %v6_o = ktensor.constant dense<1> : tensor<i32>
    %v6_j = ktensor.add %v6_i, %v6_o : tensor<i32>
    %v6_w = ktensor.neg %v6_v : tensor<Nx1x3xi32>
      ktensor.yield %v6_j, %v6_w : tensor<i32>, tensor<Nx1x3xi32>
  }
  %v7 = ktensor.popcnt %v3#1 : tensor<Nx2x5xi32>
  %v8 = ktensor.reshape %v0 : (tensor<Nx2x5xi32>) -> tensor<Nx2x5x1xi32>
  %v9 = ktensor.concat %v2, %a2 {dim = 1} : (tensor<Nx2x5xi32>, tensor<Nx2x5xi32>) -> tensor<Nx4x5xi32>
  %v10 = ktensor.iota {dim = 0} : () -> tensor<Nx2x5xi32>
  %v11:2 = ktensor.sort %v3#1, %v10 {dimension = 0 : i64, is_stable} : (tensor<Nx2x5xi32>, tensor<Nx2x5xi32>) -> (tensor<Nx2x5xi32>, tensor<Nx2x5xi32>) {
  ^bb0(%v11_a: tensor<i32>, %v11_b: tensor<i32>, %v11_c: tensor<i32>, %v11_d: tensor<i32>):
    %v11_l = ktensor.cmp %v11_a, %v11_b {predicate = "gt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.yield %v11_l : tensor<i1>
  }
  return %v8, %v9, %v11#0, %v11#1 : tensor<Nx2x5x1xi32>, tensor<Nx4x5xi32>, tensor<Nx2x5xi32>, tensor<Nx2x5xi32>
}
