func.func @main(%a0: tensor<Mxi32>, %a1: tensor<i1>, %a2: tensor<Mxi32>, %a3: tensor<Mxi32>, %a4: tensor<1xi32>, %a5: tensor<Mxi32>) -> (tensor<Mxi32>, tensor<i32>, tensor<Mxi1>, tensor<Mxi32>) {
  %v0_i = arith.constant 0 : i32
  %v0 = ktensor.reduce_region %a0, %v0_i {axes = array<i64: 0>} : (tensor<Mxi32>, i32) -> tensor<i32> {
  ^bb0(%v0_p: i32, %v0_q: i32):
    %v0_s = arith.addi %v0_p, %v0_q : i32
    ktensor.yield %v0_s : i32
  }
  %v1 = ktensor.neg %a0 : tensor<Mxi32>
  %v2 = ktensor.if %a1 : tensor<i1> -> (tensor<Mxi32>) {
    %v2_t = ktensor.abs %a0 : tensor<Mxi32>
      ktensor.yield %v2_t : tensor<Mxi32>
  } else {
      ktensor.yield %v1 : tensor<Mxi32>
  }
  %v3 = ktensor.sub %v1, %v1 : tensor<Mxi32>
  %v4_i = arith.constant 0 : i32
  %v4 = ktensor.reduce_region %v3, %v4_i {axes = array<i64: 0>} : (tensor<Mxi32>, i32) -> tensor<i32> {
  ^bb0(%v4_p: i32, %v4_q: i32):
    %v4_s = arith.addi %v4_p, %v4_q : i32
    ktensor.yield %v4_s : i32
  }
  %v5 = ktensor.sign %v3 : tensor<Mxi32>
  %v6 = ktensor.shift_right_arithmetic %v5, %a2 : tensor<Mxi32>
  %v7 = ktensor.clz %v6 : tensor<Mxi32>
  %v8 = ktensor.if %a1 : tensor<i1> -> (tensor<Mxi32>) {
    %v8_t = ktensor.neg %v6 : tensor<Mxi32>
      ktensor.yield %v8_t : tensor<Mxi32>
  } else {
    %v8_e = ktensor.abs %v7 : tensor<Mxi32>
      ktensor.yield %v8_e : tensor<Mxi32>
  }
  %v9 = ktensor.neg %v5 : tensor<Mxi32>
  %v10 = ktensor.cmp %v9, %a3 {predicate = "le"} : (tensor<Mxi32>, tensor<Mxi32>) -> tensor<Mxi1>
  %v11 = ktensor.scatter %v8, %a4, %a4 {axis = 0, kind = "add"} : (tensor<Mxi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<Mxi32>
  %v12 = ktensor.cmp %v11, %a5 {predicate = "ne"} : (tensor<Mxi32>, tensor<Mxi32>) -> tensor<Mxi1>
  %v13_c = ktensor.constant dense<2> : tensor<i32>
  %v13 = ktensor.broadcast_in_dim %v13_c {dims = array<i64>} : (tensor<i32>) -> tensor<Mxi32>
  %v14 = ktensor.select %v12, %v5, %v13 : (tensor<Mxi1>, tensor<Mxi32>, tensor<Mxi32>) -> tensor<Mxi32>
  return %v2, %v4, %v10, %v14 : tensor<Mxi32>, tensor<i32>, tensor<Mxi1>, tensor<Mxi32>
}
