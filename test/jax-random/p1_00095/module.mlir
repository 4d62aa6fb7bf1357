module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}) {
    %0 = stablehlo.dot_general %arg0, %arg2, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x24xf32>, tensor<24x24xf32>) -> tensor<4x24xf32>
    %cst = stablehlo.constant dense<2.400000e+01> : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %2 = stablehlo.divide %0, %1 : tensor<4x24xf32>
    %3 = stablehlo.add %2, %arg0 : tensor<4x24xf32>
    %4 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<24xf32>) -> tensor<1x24xf32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %6 = stablehlo.add %3, %5 : tensor<4x24xf32>
    %7 = chlo.atan %6 : tensor<4x24xf32> -> tensor<4x24xf32>
    %8 = stablehlo.multiply %7, %7 : tensor<4x24xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %9 = stablehlo.reduce(%8 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %cst_1 = stablehlo.constant dense<2.400000e+01> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %12 = stablehlo.divide %10, %11 : tensor<4x1xf32>
    %13 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %14 = stablehlo.multiply %7, %13 : tensor<4x24xf32>
    %15 = stablehlo.slice %14 [0:4, 0:24:2] : (tensor<4x24xf32>) -> tensor<4x12xf32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [0, 1] : (tensor<4x12xf32>) -> tensor<4x12x2xf32>
    %17 = stablehlo.reshape %16 : (tensor<4x12x2xf32>) -> tensor<4x24xf32>
    return %17 : tensor<4x24xf32>
  }
}
