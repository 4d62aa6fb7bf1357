module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}) {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.reduce(%arg0 init: %cst) applies stablehlo.add across dimensions = [1] : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %cst_0 = stablehlo.constant dense<2.400000e+01> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %3 = stablehlo.divide %1, %2 : tensor<4x1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %5 = stablehlo.subtract %arg0, %4 : tensor<4x24xf32>
    %6 = stablehlo.reshape %5 : (tensor<4x24xf32>) -> tensor<4x2x12xf32>
    %7 = stablehlo.transpose %6, dims = [0, 2, 1] : (tensor<4x2x12xf32>) -> tensor<4x12x2xf32>
    %8 = stablehlo.reshape %7 : (tensor<4x12x2xf32>) -> tensor<4x24xf32>
    %9 = call @_roll_static(%8) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %10 = stablehlo.abs %arg1 : tensor<24xf32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<24xf32>
    %12 = stablehlo.add %11, %10 : tensor<24xf32>
    %13 = stablehlo.broadcast_in_dim %12, dims = [1] : (tensor<24xf32>) -> tensor<1x24xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %15 = stablehlo.divide %9, %14 : tensor<4x24xf32>
    %cst_2 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %16 = stablehlo.reduce(%15 init: %cst_2) applies stablehlo.maximum across dimensions = [1] : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %19 = stablehlo.subtract %15, %18 : tensor<4x24xf32>
    %20 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<24xf32>) -> tensor<1x24xf32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0, 1] : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %22 = stablehlo.minimum %19, %21 : tensor<4x24xf32>
    return %22 : tensor<4x24xf32>
  }
  func.func private @_roll_static(%arg0: tensor<4x24xf32>) -> tensor<4x24xf32> {
    %0 = stablehlo.slice %arg0 [3:4, 0:24] : (tensor<4x24xf32>) -> tensor<1x24xf32>
    %1 = stablehlo.slice %arg0 [0:3, 0:24] : (tensor<4x24xf32>) -> tensor<3x24xf32>
    %2 = stablehlo.concatenate %0, %1, dim = 0 : (tensor<1x24xf32>, tensor<3x24xf32>) -> tensor<4x24xf32>
    return %2 : tensor<4x24xf32>
  }
}
