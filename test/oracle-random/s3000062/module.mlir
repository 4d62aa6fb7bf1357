func.func @main(%a0: tensor<5x2xf32>, %a1: tensor<3xi32>, %a2: tensor<3xf64>, %a3: tensor<1xi32>, %a4: tensor<1xf64>, %a5: tensor<i32>) -> (tensor<1xf64>, tensor<i32>, tensor<1xi32>, tensor<i32>) {
  %v0_c = ktensor.constant dense<0.0> : tensor<f64>
  %v0 = ktensor.broadcast_in_dim %v0_c {dims = array<i64>} : (tensor<f64>) -> tensor<1xf64>
  %v1 = ktensor.scatter %a2, %a3, %v0 {axis = 0, kind = "add"} : (tensor<3xf64>, tensor<1xi32>, tensor<1xf64>) -> tensor<3xf64>
  %v2_i = arith.constant 0.0 : f32
  %v2 = ktensor.reduce_region %a0, %v2_i {axes = array<i64: 0>} : (tensor<5x2xf32>, f32) -> tensor<2xf32> {
  ^bb0(%v2_p: f32, %v2_q: f32):
    %v2_s = arith.addf %v2_p, %v2_q : f32
    ktensor.yield %v2_s : f32
  }
  %v3 = ktensor.cbrt %v2 : tensor<2xf32>
  %v4 = ktensor.cmp %v0, %a4 {predicate = "lt"} : (tensor<1xf64>, tensor<1xf64>) -> tensor<1xi1>
  %v5 = ktensor.select %v4, %v0, %v0 : (tensor<1xi1>, tensor<1xf64>, tensor<1xf64>) -> tensor<1xf64>
  %v6 = ktensor.sign %a1 : tensor<3xi32>
  %v7 = ktensor.sign %a4 : tensor<1xf64>
  %v8_z = ktensor.constant dense<0> : tensor<i32>
  %v8:2 = ktensor.while (%v8_z, %v6) : (tensor<i32>, tensor<3xi32>) -> (tensor<i32>, tensor<3xi32>) cond {
  ^bb0(%v8_i: tensor<i32>, %v8_v: tensor<3xi32>):
    %v8_n = ktensor.constant dense<0> : tensor<i32>
    %v8_p = ktensor.cmp %v8_i, %v8_n {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %v8_p : tensor<i1>
  } body {
  ^bb0(%v8_i: tensor<i32>, %v8_v: tensor<3xi32>):
    %v8_o = ktensor.constant dense<1> : tensor<i32>
    %v8_j = ktensor.add %v8_i, %v8_o : tensor<i32>
    %v8_w = ktensor.neg %v8_v : tensor<3xi32>
      ktensor.yield %v8_j, %v8_w : tensor<i32>, tensor<3xi32>
  }
  %v9 = ktensor.max %v7, %v5 : tensor<1xf64>
  %v10 = ktensor.neg %v8#0 : tensor<i32>
  %v11 = ktensor.dynamic_slice %a3, %a5 {sizes = array<i64: 1>} : (tensor<1xi32>, tensor<i32>) -> tensor<1xi32>
  %v12 = ktensor.abs %a5 : tensor<i32>
  return %v9, %v10, %v11, %v12 : tensor<1xf64>, tensor<i32>, tensor<1xi32>, tensor<i32>
}
