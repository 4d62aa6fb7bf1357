module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8x8xf32>, %arg3: tensor<8xi32>) -> (tensor<4x8xf32> {jax.result_info = "result[0]"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<4x8xf32>
    %2 = stablehlo.maximum %arg0, %1 : tensor<4x8xf32>
    %3 = stablehlo.slice %2 [0:4, 0:8:2] : (tensor<4x8xf32>) -> tensor<4x4xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1] : (tensor<4x4xf32>) -> tensor<4x4x2xf32>
    %5 = stablehlo.reshape %4 : (tensor<4x4x2xf32>) -> tensor<4x8xf32>
    return %5 : tensor<4x8xf32>
  }
}
