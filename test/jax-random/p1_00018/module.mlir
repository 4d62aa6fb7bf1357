module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}) {
    %0 = stablehlo.dot_general %arg0, %arg2, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x24xf32>, tensor<24x24xf32>) -> tensor<4x24xf32>
    %cst = stablehlo.constant dense<2.400000e+01> : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %2 = stablehlo.divide %0, %1 : tensor<4x24xf32>
    %3 = stablehlo.add %2, %arg0 : tensor<4x24xf32>
    %4 = stablehlo.tanh %3 : tensor<4x24xf32>
    %5 = stablehlo.abs %4 : tensor<4x24xf32>
    %6 = stablehlo.negate %5 : tensor<4x24xf32>
    %7 = stablehlo.exponential %6 : tensor<4x24xf32>
    %8 = stablehlo.abs %7 : tensor<4x24xf32>
    %9 = stablehlo.negate %8 : tensor<4x24xf32>
    %10 = stablehlo.exponential %9 : tensor<4x24xf32>
    return %10 : tensor<4x24xf32>
  }
}
