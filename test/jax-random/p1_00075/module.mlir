module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x16xf32>, %arg1: tensor<16xf32>, %arg2: tensor<16x16xf32>, %arg3: tensor<16xi32>) -> (tensor<4x16xf32> {jax.result_info = "result[0]"}) {
    %0 = stablehlo.dot_general %arg0, %arg2, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %cst = stablehlo.constant dense<1.600000e+01> : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x16xf32>
    %2 = stablehlo.divide %0, %1 : tensor<4x16xf32>
    %3 = stablehlo.add %2, %arg0 : tensor<4x16xf32>
    %4 = call @_flip(%3) : (tensor<4x16xf32>) -> tensor<4x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %5 = stablehlo.reduce(%arg1 init: %cst_0) applies stablehlo.add across dimensions = [0] : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6 = stablehlo.compare GT, %5, %cst_1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %7 = stablehlo.convert %6 : (tensor<i1>) -> tensor<i32>
    %8 = "stablehlo.case"(%7) ({
      %10 = stablehlo.tanh %4 : tensor<4x16xf32>
      stablehlo.return %10 : tensor<4x16xf32>
    }, {
      %cst_2 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
      %10 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4x16xf32>
      %11 = stablehlo.multiply %4, %10 : tensor<4x16xf32>
      stablehlo.return %11 : tensor<4x16xf32>
    }) : (tensor<i32>) -> tensor<4x16xf32>
    %9 = stablehlo.tanh %8 : tensor<4x16xf32>
    return %9 : tensor<4x16xf32>
  }
  func.func private @_flip(%arg0: tensor<4x16xf32>) -> tensor<4x16xf32> {
    %0 = stablehlo.reverse %arg0, dims = [1] : tensor<4x16xf32>
    return %0 : tensor<4x16xf32>
  }
}
