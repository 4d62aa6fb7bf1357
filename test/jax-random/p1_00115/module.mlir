module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}) {
    %0 = stablehlo.cosine %arg0 : tensor<4x24xf32>
    %1 = stablehlo.negate %0 : tensor<4x24xf32>
    return %1 : tensor<4x24xf32>
  }
}
