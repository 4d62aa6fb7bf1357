func.func @main(%a0: tensor<1x3xf32>, %a1: tensor<5xi32>, %a2: tensor<5xi32>, %a3: tensor<1xi32>, %a4: tensor<i32>, %a5: tensor<5xi32>) -> (tensor<1xi32>, tensor<6xi32>, tensor<1x3xf32>, tensor<1x3xf32>) {
  %v0 = ktensor.add %a1, %a2 : tensor<5xi32>
  %v1 = ktensor.concat %v0, %a3 {dim = 0} : (tensor<5xi32>, tensor<1xi32>) -> tensor<6xi32>
  %v2 = ktensor.reshape %a3 : (tensor<1xi32>) -> tensor<i32>
  %v3_c = ktensor.constant dense<1> : tensor<i32>
  %v3 = ktensor.broadcast_in_dim %v3_c {dims = array<i64>} : (tensor<i32>) -> tensor<1xi32>
  %v4 = ktensor.or %a3, %v3 : tensor<1xi32>
  %v5 = ktensor.div %a3, %v4 : tensor<1xi32>
  %v6 = ktensor.dynamic_update_slice %v1, %a5, %a4 : (tensor<6xi32>, tensor<5xi32>, tensor<i32>) -> tensor<6xi32>
  %v7_c = ktensor.constant dense<0.0> : tensor<f32>
  %v7 = ktensor.broadcast_in_dim %v7_c {dims = array<i64>} : (tensor<f32>) -> tensor<1x3xf32>
  %v8_p = ktensor.cmp %a0, %a0 {predicate = "eq"} : (tensor<1x3xf32>, tensor<1x3xf32>) -> tensor<1x3xi1>
  %v8 = ktensor.select %v8_p, %a0, %v7 : (tensor<1x3xi1>, tensor<1x3xf32>, tensor<1x3xf32>) -> tensor<1x3xf32>
  %v9 = ktensor.iota {dim = 1} : () -> tensor<1x3xf32>
  %v10:2 = ktensor.sort %v8, %v9 {dimension = 1 : i64, is_stable} : (tensor<1x3xf32>, tensor<1x3xf32>) -> (tensor<1x3xf32>, tensor<1x3xf32>) {
  ^bb0(%v10_a: tensor<f32>, %v10_b: tensor<f32>, %v10_c: tensor<f32>, %v10_d: tensor<f32>):
    %v10_l = ktensor.cmp %v10_a, %v10_b {predicate = "gt"} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    ktensor.yield %v10_l : tensor<i1>
  }
  return %v5, %v6, %v10#0, %v10#1 : tensor<1xi32>, tensor<6xi32>, tensor<1x3xf32>, tensor<1x3xf32>
}
