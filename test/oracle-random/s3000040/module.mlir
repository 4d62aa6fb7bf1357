func.func @main(%a0: tensor<f32>, %a1: tensor<f32>, %a2: tensor<7x1x1xi32>) -> (tensor<f32>, tensor<f32>, tensor<f32>, tensor<7x1x4xi32>) {
  %v0 = ktensor.expm1 %a0 : tensor<f32>
  %v1 = ktensor.max %v0, %v0 : tensor<f32>
  %v2 = ktensor.cmp %a0, %a0 {predicate = "lt"} : (tensor<f32>, tensor<f32>) -> tensor<i1>
  %v3 = ktensor.select %v2, %v1, %v1 : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
  %v4 = ktensor.max %v3, %v3 : tensor<f32>
  %v5 = ktensor.atan %v4 : tensor<f32>
  %v6 = ktensor.min %v1, %a1 : tensor<f32>
  %v7_z = ktensor.constant dense<0> : tensor<i32>
  %v7:2 = ktensor.while (%v7_z, %v4) : (tensor<i32>, tensor<f32>) -> (tensor<i32>, tensor<f32>) cond {
  ^bb0(%v7_i: tensor<i32>, %v7_v: tensor<f32>):
    %v7_n = ktensor.constant dense<0> : tensor<i32>
    %v7_p = ktensor.cmp %v7_i, %v7_n {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %v7_p : tensor<i1>
  } body {
  ^bb0(%v7_i: tensor<i32>, %v7_v: tensor<f32>):
    %v7_o = ktensor.constant dense<1> : tensor<i32>
    %v7_j = ktensor.add %v7_i, %v7_o : tensor<i32>
    %v7_w = ktensor.neg %v7_v : tensor<f32>
      ktensor.yield %v7_j, %v7_w : tensor<i32>, tensor<f32>
  }
  %v8 = ktensor.sub %v0, %v7#1 : tensor<f32>
  %v9 = ktensor.div %v7#1, %v0 : tensor<f32>
  %v10 = ktensor.broadcast_in_dim %v7#0 {dims = array<i64>} : (tensor<i32>) -> tensor<7x1x3xi32>
  %v11 = ktensor.mul %v10, %v10 : tensor<7x1x3xi32>
  %v12 = ktensor.concat %v11, %a2 {dim = 2} : (tensor<7x1x3xi32>, tensor<7x1x1xi32>) -> tensor<7x1x4xi32>
  return %v6, %v8, %v9, %v12 : tensor<f32>, tensor<f32>, tensor<f32>, tensor<7x1x4xi32>
}
