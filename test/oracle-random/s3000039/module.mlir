func.func @main(%a0: tensor<f32>, %a1: tensor<5x5xi32>, %a2: tensor<5x5xi32>, %a3: tensor<i32>, %a4: tensor<i32>, %a5: tensor<1xi32>, %a6: tensor<i32>, %a7: tensor<i32>, %a8: tensor<5x5xi32>) -> (tensor<5xi32>, tensor<5xi32>, tensor<0x1xi32>, tensor<5x5xi32>) {
  %v0 = ktensor.shift_left %a1, %a2 : tensor<5x5xi32>
  %v1 = ktensor.reduce_window %v0, %a3 {window_dimensions = array<i64: 2, 1>, window_strides = array<i64: 2, 1>} : (tensor<5x5xi32>, tensor<i32>) -> tensor<2x5xi32> {
  ^bb0(%v1_p: tensor<i32>, %v1_q: tensor<i32>):
    %v1_m = ktensor.max %v1_p, %v1_q : tensor<i32>
    ktensor.yield %v1_m : tensor<i32>
  }
  %v2_i = arith.constant -2147483648 : i32
  %v2 = ktensor.reduce_region %v1, %v2_i {axes = array<i64: 0>} : (tensor<2x5xi32>, i32) -> tensor<5xi32> {
  ^bb0(%v2_p: i32, %v2_q: i32):
    %v2_s = arith.maxsi %v2_p, %v2_q : i32
    ktensor.yield %v2_s : i32
  }
  %v3 = ktensor.reverse %v0 {dims = array<i64: 0, 1>} : (tensor<5x5xi32>) -> tensor<5x5xi32>
  %v4 = ktensor.reduce %v0 {kind = "max", axes = array<i64: 1>} : (tensor<5x5xi32>) -> tensor<5xi32>
  %v5 = ktensor.transpose %a2 {perm = array<i64: 1, 0>} : (tensor<5x5xi32>) -> tensor<5x5xi32>
  %v6 = ktensor.clz %v5 : tensor<5x5xi32>
  %v7 = ktensor.dynamic_update_slice %v2, %a5, %a4 : (tensor<5xi32>, tensor<1xi32>, tensor<i32>) -> tensor<5xi32>
  %v8 = ktensor.sign %v6 : tensor<5x5xi32>
  %v9 = ktensor.dynamic_slice %v3, %a6, %a7 {sizes = array<i64: 0, 1>} : (tensor<5x5xi32>, tensor<i32>, tensor<i32>) -> tensor<0x1xi32>
  %v10 = ktensor.cmp %v5, %a8 {predicate = "ne"} : (tensor<5x5xi32>, tensor<5x5xi32>) -> tensor<5x5xi1>
  %v11 = ktensor.select %v10, %v8, %v8 : (tensor<5x5xi1>, tensor<5x5xi32>, tensor<5x5xi32>) -> tensor<5x5xi32>
  return %v4, %v7, %v9, %v11 : tensor<5xi32>, tensor<5xi32>, tensor<0x1xi32>, tensor<5x5xi32>
}
