module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}) {
    %0 = call @cumsum(%arg0) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %cst = stablehlo.constant dense<2.400000e+01> : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %2 = stablehlo.divide %0, %1 : tensor<4x24xf32>
    %3 = call @_roll_static(%2) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %4 = call @clip(%3, %cst_0, %cst_1) : (tensor<4x24xf32>, tensor<f32>, tensor<f32>) -> tensor<4x24xf32>
    %5 = stablehlo.abs %4 : tensor<4x24xf32>
    %6 = stablehlo.sqrt %5 : tensor<4x24xf32>
    %cst_2 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %7 = stablehlo.reduce(%6 init: %cst_2) applies stablehlo.maximum across dimensions = [1] : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_3 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %9 = stablehlo.maximum %8, %7 : tensor<4xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %11 = stablehlo.is_finite %10 : (tensor<4x1xf32>) -> tensor<4x1xi1>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %13 = stablehlo.select %11, %10, %12 : tensor<4x1xi1>, tensor<4x1xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %15 = stablehlo.subtract %6, %14 : tensor<4x24xf32>
    %16 = stablehlo.exponential %15 : tensor<4x24xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %17 = stablehlo.reduce(%16 init: %cst_5) applies stablehlo.add across dimensions = [1] : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %19 = stablehlo.sign %18 : tensor<4x1xf32>
    %20 = stablehlo.abs %18 : tensor<4x1xf32>
    %21 = stablehlo.log %20 : tensor<4x1xf32>
    %22 = stablehlo.add %21, %13 : tensor<4x1xf32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %24 = stablehlo.subtract %6, %23 : tensor<4x24xf32>
    return %24 : tensor<4x24xf32>
  }
  func.func private @cumsum(%arg0: tensor<4x24xf32>) -> tensor<4x24xf32> {
    %0 = call @cumsum_0(%arg0) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    return %0 : tensor<4x24xf32>
  }
  func.func private @cumsum_0(%arg0: tensor<4x24xf32>) -> tensor<4x24xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<f32>
    %1 = "stablehlo.reduce_window"(%arg0, %0) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 0], [23, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 24>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
      %2 = stablehlo.add %arg1, %arg2 : tensor<f32>
      stablehlo.return %2 : tensor<f32>
    }) : (tensor<4x24xf32>, tensor<f32>) -> tensor<4x24xf32>
    return %1 : tensor<4x24xf32>
  }
  func.func private @_roll_static(%arg0: tensor<4x24xf32>) -> tensor<4x24xf32> {
    %0 = stablehlo.slice %arg0 [3:4, 0:24] : (tensor<4x24xf32>) -> tensor<1x24xf32>
    %1 = stablehlo.slice %arg0 [0:3, 0:24] : (tensor<4x24xf32>) -> tensor<3x24xf32>
    %2 = stablehlo.concatenate %0, %1, dim = 0 : (tensor<1x24xf32>, tensor<3x24xf32>) -> tensor<4x24xf32>
    return %2 : tensor<4x24xf32>
  }
  func.func private @clip(%arg0: tensor<4x24xf32>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<4x24xf32> {
    %0 = stablehlo.convert %arg1 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %2 = stablehlo.maximum %1, %arg0 : tensor<4x24xf32>
    %3 = stablehlo.convert %arg2 : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %5 = stablehlo.minimum %4, %2 : tensor<4x24xf32>
    return %5 : tensor<4x24xf32>
  }
}
