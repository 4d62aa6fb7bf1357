module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}, tensor<4x2xf32> {jax.result_info = "result[1]"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<24xf32>) -> tensor<1x24xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0, 1] : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %2 = stablehlo.multiply %arg0, %1 : tensor<4x24xf32>
    %3 = stablehlo.abs %2 : tensor<4x24xf32>
    %4 = stablehlo.sqrt %3 : tensor<4x24xf32>
    %values, %indices = chlo.top_k(%4, k = 2) : tensor<4x24xf32> -> (tensor<4x2xf32>, tensor<4x2xi32>)
    %5 = stablehlo.reverse %4, dims = [1] : tensor<4x24xf32>
    %cst = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %7 = stablehlo.multiply %5, %6 : tensor<4x24xf32>
    %cst_0 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %9 = stablehlo.multiply %4, %8 : tensor<4x24xf32>
    %10 = stablehlo.add %7, %9 : tensor<4x24xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %11 = stablehlo.reduce(%arg1 init: %cst_1) applies stablehlo.add across dimensions = [0] : (tensor<24xf32>, tensor<f32>) -> tensor<f32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %12 = stablehlo.compare GT, %11, %cst_2, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %13 = stablehlo.convert %12 : (tensor<i1>) -> tensor<i32>
    %14 = "stablehlo.case"(%13) ({
      %19 = stablehlo.tanh %10 : tensor<4x24xf32>
      stablehlo.return %19 : tensor<4x24xf32>
    }, {
      %cst_4 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
      %19 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
      %20 = stablehlo.multiply %10, %19 : tensor<4x24xf32>
      stablehlo.return %20 : tensor<4x24xf32>
    }) : (tensor<i32>) -> tensor<4x24xf32>
    %15 = stablehlo.dot_general %14, %arg2, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x24xf32>, tensor<24x24xf32>) -> tensor<4x24xf32>
    %cst_3 = stablehlo.constant dense<2.400000e+01> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %17 = stablehlo.divide %15, %16 : tensor<4x24xf32>
    %18 = stablehlo.add %17, %14 : tensor<4x24xf32>
    return %18, %values : tensor<4x24xf32>, tensor<4x2xf32>
  }
}
