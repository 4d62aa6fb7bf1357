module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}) {
    %0 = call @_roll_static(%arg0) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<24xf32>) -> tensor<1x24xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0, 1] : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %3 = stablehlo.multiply %0, %2 : tensor<4x24xf32>
    return %3 : tensor<4x24xf32>
  }
  func.func private @_roll_static(%arg0: tensor<4x24xf32>) -> tensor<4x24xf32> {
    %0 = stablehlo.slice %arg0 [3:4, 0:24] : (tensor<4x24xf32>) -> tensor<1x24xf32>
    %1 = stablehlo.slice %arg0 [0:3, 0:24] : (tensor<4x24xf32>) -> tensor<3x24xf32>
    %2 = stablehlo.concatenate %0, %1, dim = 0 : (tensor<1x24xf32>, tensor<3x24xf32>) -> tensor<4x24xf32>
    return %2 : tensor<4x24xf32>
  }
}
