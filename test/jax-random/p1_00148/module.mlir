module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x16xf32>, %arg1: tensor<16xf32>, %arg2: tensor<16x16xf32>, %arg3: tensor<16xi32>) -> (tensor<4x16xf32> {jax.result_info = "result[0]"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<4x16xf32>
    %2 = stablehlo.add %arg0, %1 : tensor<4x16xf32>
    %3 = stablehlo.multiply %2, %2 : tensor<4x16xf32>
    %4 = stablehlo.concatenate %3, %3, dim = 0 : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<8x16xf32>
    %5 = stablehlo.slice %4 [0:4, 0:16] : (tensor<8x16xf32>) -> tensor<4x16xf32>
    return %5 : tensor<4x16xf32>
  }
}
