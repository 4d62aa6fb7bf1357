module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}, tensor<4x24xi32> {jax.result_info = "result[1]"}, tensor<4x24xi32> {jax.result_info = "result[2]"}) {
    %0 = call @cummax(%arg0) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %1 = call @_roll_static(%0) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %cst = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %3 = stablehlo.multiply %1, %2 : tensor<4x24xf32>
    %4 = stablehlo.abs %3 : tensor<4x24xf32>
    %5 = stablehlo.convert %4 : (tensor<4x24xf32>) -> tensor<4x24xi32>
    %c = stablehlo.constant dense<2> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<4x24xi32>
    %7 = stablehlo.shift_right_arithmetic %5, %6 : tensor<4x24xi32>
    %8 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<24xi32>) -> tensor<1x24xi32>
    %9 = stablehlo.negate %8 : tensor<1x24xi32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 1] : (tensor<1x24xi32>) -> tensor<4x24xi32>
    %11 = stablehlo.xor %7, %10 : tensor<4x24xi32>
    %12 = stablehlo.floor %1 : tensor<4x24xf32>
    %13 = stablehlo.convert %12 : (tensor<4x24xf32>) -> tensor<4x24xi32>
    %14 = stablehlo.negate %13 : tensor<4x24xi32>
    %15 = stablehlo.abs %1 : tensor<4x24xf32>
    %16 = stablehlo.sqrt %15 : tensor<4x24xf32>
    %cst_0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %17 = stablehlo.reduce(%16 init: %cst_0) applies stablehlo.maximum across dimensions = [1] : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_1 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %19 = stablehlo.maximum %18, %17 : tensor<4xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %21 = stablehlo.is_finite %20 : (tensor<4x1xf32>) -> tensor<4x1xi1>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %23 = stablehlo.select %21, %20, %22 : tensor<4x1xi1>, tensor<4x1xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %25 = stablehlo.subtract %16, %24 : tensor<4x24xf32>
    %26 = stablehlo.exponential %25 : tensor<4x24xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %27 = stablehlo.reduce(%26 init: %cst_3) applies stablehlo.add across dimensions = [1] : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %29 = stablehlo.sign %28 : tensor<4x1xf32>
    %30 = stablehlo.abs %28 : tensor<4x1xf32>
    %31 = stablehlo.log %30 : tensor<4x1xf32>
    %32 = stablehlo.add %31, %23 : tensor<4x1xf32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %34 = stablehlo.subtract %16, %33 : tensor<4x24xf32>
    return %34, %11, %14 : tensor<4x24xf32>, tensor<4x24xi32>, tensor<4x24xi32>
  }
  func.func private @cummax(%arg0: tensor<4x24xf32>) -> tensor<4x24xf32> {
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<f32>
    %1 = "stablehlo.reduce_window"(%arg0, %0) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 0], [23, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 24>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
      %2 = stablehlo.maximum %arg1, %arg2 : tensor<f32>
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
}
