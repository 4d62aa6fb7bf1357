func.func @main(%a0: tensor<5x3xi32>, %a1: tensor<5x5xi32>, %a2: tensor<i1>) -> (tensor<5x8xi32>, tensor<1x5x5xi32>, tensor<5x5xi32>, tensor<8xi32>) {
  %v0 = ktensor.concat %a0, %a1 {dim = 1} : (tensor<5x3xi32>, tensor<5x5xi32>) -> tensor<5x8xi32>
  %v1 = ktensor.reshape %a1 : (tensor<5x5xi32>) -> tensor<1x5x5xi32>
  %v2 = ktensor.if %a2 : tensor<i1> -> (tensor<5x5xi32>) {
    %v2_t = ktensor.popcnt %a1 : tensor<5x5xi32>
      ktensor.yield %v2_t : tensor<5x5xi32>
  } else {
    %v2_e = ktensor.abs %a1 : tensor<5x5xi32>
      ktensor.yield %v2_e : tensor<5x5xi32>
  }
  %v3_i = arith.constant 0 : i32
  %v3 = ktensor.reduce_region %a0, %v3_i {axes = array<i64: 1>} : (tensor<5x3xi32>, i32) -> tensor<5xi32> {
  ^bb0(%v3_p: i32, %v3_q: i32):
    %v3_s = arith.addi %v3_p, %v3_q : i32
    ktensor.yield %v3_s : i32
  }
  %v4 = ktensor.abs %v2 : tensor<5x5xi32>
  %v5_c = ktensor.constant dense<4> : tensor<i32>
  %v5 = ktensor.broadcast_in_dim %v5_c {dims = array<i64>} : (tensor<i32>) -> tensor<3xi32>
  %v6 = ktensor.concat %v3, %v5 {dim = 0} : (tensor<5xi32>, tensor<3xi32>) -> tensor<8xi32>
  return %v0, %v1, %v4, %v6 : tensor<5x8xi32>, tensor<1x5x5xi32>, tensor<5x5xi32>, tensor<8xi32>
}
