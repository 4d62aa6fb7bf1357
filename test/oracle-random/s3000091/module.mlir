func.func @main(%a0: tensor<2x7xf32>, %a1: tensor<f32>, %a2: tensor<2x7xf32>, %a3: tensor<1x1xi32>, %a4: tensor<1x7xf32>) -> (tensor<2x7xf64>, tensor<1x7xf32>, tensor<1x1xf32>, tensor<28xf32>) {
  %v0 = ktensor.reverse %a0 {dims = array<i64>} : (tensor<2x7xf32>) -> tensor<2x7xf32>
  %v1 = ktensor.concat %v0, %a2 {dim = 1} : (tensor<2x7xf32>, tensor<2x7xf32>) -> tensor<2x14xf32>
  %v2 = ktensor.general_gather %v0, %a3 {collapsed_slice_dims = array<i64: 0>, index_vector_dim = 1 : i64, offset_dims = array<i64: 1>, slice_sizes = array<i64: 1, 7>, start_index_map = array<i64: 0>} : (tensor<2x7xf32>, tensor<1x1xi32>) -> tensor<1x7xf32>
  %v3 = ktensor.atan2 %v1, %v1 : tensor<2x14xf32>
  %v4 = ktensor.convert %v0 : (tensor<2x7xf32>) -> tensor<2x7xf64>
  %v5 = ktensor.fused %v2, %a4 : (tensor<1x7xf32>, tensor<1x7xf32>) -> tensor<1x7xf32> {
  ^bb0(%v5_p: tensor<1x7xf32>, %v5_q: tensor<1x7xf32>):
    %v5_s = ktensor.sub %v5_p, %v5_q : tensor<1x7xf32>
    %v5_u = ktensor.relu %v5_s : tensor<1x7xf32>
      ktensor.yield %v5_u : tensor<1x7xf32>
  }
  %v6 = ktensor.reduce %v2 {kind = "max", axes = array<i64: 1>, keep_dims} : (tensor<1x7xf32>) -> tensor<1x1xf32>
  %v7 = ktensor.reshape %v3 : (tensor<2x14xf32>) -> tensor<28xf32>
  %v8 = ktensor.add %v7, %v7 : tensor<28xf32>
  return %v4, %v5, %v6, %v8 : tensor<2x7xf64>, tensor<1x7xf32>, tensor<1x1xf32>, tensor<28xf32>
}
