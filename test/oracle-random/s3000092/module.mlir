func.func @main(%a0: tensor<5x1xf32>, %a1: tensor<4xf32>, %a2: tensor<f32>, %a3: tensor<4x1xi32>, %a4: tensor<i1>, %a5: tensor<4x1xi32>) -> (tensor<4xf32>, tensor<4x1xi32>, tensor<4x1xi32>, tensor<5x4x1xi32>) {
  %v0 = ktensor.erf %a2 : tensor<f32>
  %v1 = ktensor.convert %v0 : (tensor<f32>) -> tensor<f64>
  %v2_c = ktensor.constant dense<2.0> : tensor<f32>
  %v2 = ktensor.broadcast_in_dim %v2_c {dims = array<i64>} : (tensor<f32>) -> tensor<4x1xf32>
  %v3 = ktensor.general_scatter %a0, %a3, %v2 {index_vector_dim = 1 : i64, inserted_window_dims = array<i64: 0>, scatter_dims_to_operand_dims = array<i64: 0>, update_window_dims = array<i64: 1>} : (tensor<5x1xf32>, tensor<4x1xi32>, tensor<4x1xf32>) -> tensor<5x1xf32> {
  ^bb0(%v3_a: tensor<f32>, %v3_b: tensor<f32>):
    %v3_s = ktensor.add %v3_a, %v3_b : tensor<f32>
    ktensor.yield %v3_s : tensor<f32>
  }
  %v4 = ktensor.cmp %v2, %v2 {predicate = "ne"} : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xi1>
  %v5 = ktensor.if %a4 : tensor<i1> -> (tensor<4xf32>) {
    %v5_t = ktensor.relu %a1 : tensor<4xf32>
      ktensor.yield %v5_t : tensor<4xf32>
  } else {
      ktensor.yield %a1 : tensor<4xf32>
  }
  %v6 = ktensor.if %a4 : tensor<i1> -> (tensor<4x1xi32>) {
    %v6_t = ktensor.neg %a3 : tensor<4x1xi32>
      ktensor.yield %v6_t : tensor<4x1xi32>
  } else {
    %v6_e = ktensor.popcnt %a5 : tensor<4x1xi32>
      ktensor.yield %v6_e : tensor<4x1xi32>
  }
  %v7 = ktensor.iota {dim = 1} : () -> tensor<4x1xi32>
  %v8:2 = ktensor.sort %a3, %v7 {dimension = 1 : i64, is_stable} : (tensor<4x1xi32>, tensor<4x1xi32>) -> (tensor<4x1xi32>, tensor<4x1xi32>) {
  ^bb0(%v8_a: tensor<i32>, %v8_b: tensor<i32>, %v8_c: tensor<i32>, %v8_d: tensor<i32>):
    %v8_l = ktensor.cmp %v8_a, %v8_b {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.yield %v8_l : tensor<i1>
  }
  %v9 = ktensor.broadcast_in_dim %v8#1 {dims = array<i64: 1, 2>} : (tensor<4x1xi32>) -> tensor<5x4x1xi32>
  return %v5, %v6, %v8#0, %v9 : tensor<4xf32>, tensor<4x1xi32>, tensor<4x1xi32>, tensor<5x4x1xi32>
}
