func.func @main(%a0: tensor<3xf64>, %a1: tensor<4xf32>, %a2: tensor<Nxf32>, %a3: tensor<i1>, %a4: tensor<Nxf32>) -> (tensor<1xf32>, tensor<Nxf32>, tensor<i32>, tensor<1xf32>) {
  %v0 = ktensor.sign %a2 : tensor<Nxf32>
  %v1 = ktensor.reduce %a2 {kind = "mean", axes = array<i64: 0>, keep_dims} : (tensor<Nxf32>) -> tensor<1xf32>
  %v2 = ktensor.ceil %a2 : tensor<Nxf32>
  %v3 = ktensor.reduce %v2 {kind = "min", axes = array<i64: 0>, keep_dims} : (tensor<Nxf32>) -> tensor<1xf32>
  %v4 = ktensor.if %a3 : tensor<i1> -> (tensor<Nxf32>) {
    %v4_t = ktensor.exp %v2 : tensor<Nxf32>
      ktensor.yield %v4_t : tensor<Nxf32>
  } else {
      ktensor.yield %a4 : tensor<Nxf32>
  }
  %v5 = ktensor.slice %v0 {start = array<i64: 0>, limit = array<i64: 1>, strides = array<i64: 1>} : (tensor<Nxf32>) -> tensor<1xf32>
  %v6_z = ktensor.constant dense<0> : tensor<i32>
  %v6:2 = ktensor.while (%v6_z, %v5) : (tensor<i32>, tensor<1xf32>) -> (tensor<i32>, tensor<1xf32>) cond {
  ^bb0(%v6_i: tensor<i32>, %v6_v: tensor<1xf32>):
    %v6_n = ktensor.constant dense<2> : tensor<i32>
    %v6_p = ktensor.cmp %v6_i, %v6_n {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %v6_p : tensor<i1>
  } body {
  ^bb0(%v6_i: tensor<i32>, %v6_v: tensor<1xf32>):
    %v6_o = ktensor.constant dense<1> : tensor<i32>
    %v6_j = ktensor.add %v6_i, %v6_o : tensor<i32>
    %v6_w = ktensor.neg %v6_v : tensor<1xf32>
      ktensor.yield %v6_j, %v6_w : tensor<i32>, tensor<1xf32>
  }
  return %v3, %v4, %v6#0, %v6#1 : tensor<1xf32>, tensor<Nxf32>, tensor<i32>, tensor<1xf32>
}
