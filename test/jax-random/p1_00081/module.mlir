module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8x8xf32>, %arg3: tensor<8xi32>) -> (tensor<4x8xf32> {jax.result_info = "result[0]"}, tensor<4x8xi32> {jax.result_info = "result[1]"}, tensor<4x8xi32> {jax.result_info = "result[2]"}) {
    %cst = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %1 = stablehlo.multiply %arg0, %0 : tensor<4x8xf32>
    %2 = stablehlo.abs %1 : tensor<4x8xf32>
    %3 = stablehlo.convert %2 : (tensor<4x8xf32>) -> tensor<4x8xi32>
    %c = stablehlo.constant dense<2> : tensor<i32>
    %4 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<4x8xi32>
    %5 = stablehlo.shift_right_arithmetic %3, %4 : tensor<4x8xi32>
    %6 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<8xi32>) -> tensor<1x8xi32>
    %7 = stablehlo.negate %6 : tensor<1x8xi32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<1x8xi32>) -> tensor<4x8xi32>
    %9 = stablehlo.xor %5, %8 : tensor<4x8xi32>
    %10 = stablehlo.floor %arg0 : tensor<4x8xf32>
    %11 = stablehlo.convert %10 : (tensor<4x8xf32>) -> tensor<4x8xi32>
    %12 = stablehlo.negate %11 : tensor<4x8xi32>
    %13 = call @_roll_static(%arg0) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %cst_0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %14 = stablehlo.reduce(%13 init: %cst_0) applies stablehlo.maximum across dimensions = [1] : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_1 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %16 = stablehlo.maximum %15, %14 : tensor<4xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %18 = stablehlo.is_finite %17 : (tensor<4x1xf32>) -> tensor<4x1xi1>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %20 = stablehlo.select %18, %17, %19 : tensor<4x1xi1>, tensor<4x1xf32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x8xf32>
    %22 = stablehlo.subtract %13, %21 : tensor<4x8xf32>
    %23 = stablehlo.exponential %22 : tensor<4x8xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %24 = stablehlo.reduce(%23 init: %cst_3) applies stablehlo.add across dimensions = [1] : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %26 = stablehlo.sign %25 : tensor<4x1xf32>
    %27 = stablehlo.abs %25 : tensor<4x1xf32>
    %28 = stablehlo.log %27 : tensor<4x1xf32>
    %29 = stablehlo.add %28, %20 : tensor<4x1xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x8xf32>
    %31 = stablehlo.subtract %13, %30 : tensor<4x8xf32>
    %32 = stablehlo.slice %31 [0:1, 0:8] : (tensor<4x8xf32>) -> tensor<1x8xf32>
    %33 = stablehlo.slice %31 [1:4, 0:8] : (tensor<4x8xf32>) -> tensor<3x8xf32>
    %34 = stablehlo.slice %31 [0:3, 0:8] : (tensor<4x8xf32>) -> tensor<3x8xf32>
    %35 = stablehlo.subtract %33, %34 : tensor<3x8xf32>
    %36 = stablehlo.concatenate %32, %35, dim = 0 : (tensor<1x8xf32>, tensor<3x8xf32>) -> tensor<4x8xf32>
    %37 = stablehlo.tanh %36 : tensor<4x8xf32>
    %38 = stablehlo.dot_general %37, %arg2, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32>
    %cst_4 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %39 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %40 = stablehlo.divide %38, %39 : tensor<4x8xf32>
    %41 = stablehlo.add %40, %37 : tensor<4x8xf32>
    return %41, %9, %12 : tensor<4x8xf32>, tensor<4x8xi32>, tensor<4x8xi32>
  }
  func.func private @_roll_static(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
    %0 = stablehlo.slice %arg0 [3:4, 0:8] : (tensor<4x8xf32>) -> tensor<1x8xf32>
    %1 = stablehlo.slice %arg0 [0:3, 0:8] : (tensor<4x8xf32>) -> tensor<3x8xf32>
    %2 = stablehlo.concatenate %0, %1, dim = 0 : (tensor<1x8xf32>, tensor<3x8xf32>) -> tensor<4x8xf32>
    return %2 : tensor<4x8xf32>
  }
}
