func.func @main(%a0: tensor<f32>, %a1: tensor<1xi32>, %a2: tensor<1x1xi32>, %a3: tensor<1x2xi32>, %a4: tensor<2x2xi1>) -> (tensor<1xi32>, tensor<1x2xi32>, tensor<3x2xi1>, tensor<i32>) {
  %v0 = ktensor.broadcast_in_dim %a1 {dims = array<i64: 1>} : (tensor<1xi32>) -> tensor<1x1x2xi32>
  %v1 = ktensor.relu %a1 : tensor<1xi32>
  %v2 = ktensor.reduce %v0 {kind = "min", axes = array<i64: 1>} : (tensor<1x1x2xi32>) -> tensor<1x2xi32>
  %v3 = ktensor.general_gather %v2, %a2 {collapsed_slice_dims = array<i64: 0>, index_vector_dim = 1 : i64, offset_dims = array<i64: 1>, slice_sizes = array<i64: 1, 2>, start_index_map = array<i64: 0>} : (tensor<1x2xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
  %v4_z = ktensor.constant dense<0> : tensor<i32>
  %v4:2 = ktensor.while (%v4_z, %v2) : (tensor<i32>, tensor<1x2xi32>) -> (tensor<i32>, tensor<1x2xi32>) cond {
  ^bb0(%v4_i: tensor<i32>, %v4_v: tensor<1x2xi32>):
    %v4_n = ktensor.constant dense<1> : tensor<i32>
    %v4_p = ktensor.cmp %v4_i, %v4_n {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %v4_p : tensor<i1>
  } body {
  ^bb0(%v4_i: tensor<i32>, %v4_v: tensor<1x2xi32>):
    %v4_o = ktensor.constant dense<1> : tensor<i32>
    %v4_j = ktensor.add %v4_i, %v4_o : tensor<i32>
    %v4_w = ktensor.neg %v4_v : tensor<1x2xi32>
      ktensor.yield %v4_j, %v4_w : tensor<i32>, tensor<1x2xi32>
  }
  %v5 = ktensor.sign %v3 : tensor<1x2xi32>
  %v6 = ktensor.cmp %v4#1, %a3 {predicate = "ne"} : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi1>
  %v7 = ktensor.concat %v6, %a4 {dim = 0} : (tensor<1x2xi1>, tensor<2x2xi1>) -> tensor<3x2xi1>
  %v8 = ktensor.cmp %v4#0, %v4#0 {predicate = "le"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
  %v9 = ktensor.select %v8, %v4#0, %v4#0 : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
  return %v1, %v5, %v7, %v9 : tensor<1xi32>, tensor<1x2xi32>, tensor<3x2xi1>, tensor<i32>
}
