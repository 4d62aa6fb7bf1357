module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}) {
    %0 = call @softplus(%arg0) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<24xf32>) -> tensor<1x24xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0, 1] : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %3 = stablehlo.subtract %0, %2 : tensor<4x24xf32>
    %4 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<24xf32>) -> tensor<1x24xf32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %6 = stablehlo.maximum %3, %5 : tensor<4x24xf32>
    %7 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<24xf32>) -> tensor<1x24xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %9 = stablehlo.minimum %6, %8 : tensor<4x24xf32>
    return %9 : tensor<4x24xf32>
  }
  func.func private @softplus(%arg0: tensor<4x24xf32>) -> tensor<4x24xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %1 = stablehlo.maximum %arg0, %0 : tensor<4x24xf32>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %3 = stablehlo.subtract %arg0, %2 : tensor<4x24xf32>
    %4 = stablehlo.compare NE, %3, %3, FLOAT : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xi1>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %6 = stablehlo.add %arg0, %5 : tensor<4x24xf32>
    %7 = stablehlo.abs %3 : tensor<4x24xf32>
    %8 = stablehlo.negate %7 : tensor<4x24xf32>
    %9 = stablehlo.exponential %8 : tensor<4x24xf32>
    %10 = stablehlo.log_plus_one %9 : tensor<4x24xf32>
    %11 = stablehlo.add %1, %10 : tensor<4x24xf32>
    %12 = stablehlo.select %4, %6, %11 : tensor<4x24xi1>, tensor<4x24xf32>
    return %12 : tensor<4x24xf32>
  }
}
