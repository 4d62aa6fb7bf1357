module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}) {
    %0 = stablehlo.slice %arg0 [0:4, 1:24] : (tensor<4x24xf32>) -> tensor<4x23xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = call @_pad(%0, %c) : (tensor<4x23xf32>, tensor<i32>) -> tensor<4x24xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.reduce(%arg1 init: %cst) applies stablehlo.add across dimensions = [0] : (tensor<24xf32>, tensor<f32>) -> tensor<f32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.compare GT, %2, %cst_0, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %4 = stablehlo.convert %3 : (tensor<i1>) -> tensor<i32>
    %5 = "stablehlo.case"(%4) ({
      %10 = stablehlo.tanh %1 : tensor<4x24xf32>
      stablehlo.return %10 : tensor<4x24xf32>
    }, {
      %cst_1 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
      %10 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
      %11 = stablehlo.multiply %1, %10 : tensor<4x24xf32>
      stablehlo.return %11 : tensor<4x24xf32>
    }) : (tensor<i32>) -> tensor<4x24xf32>
    %6 = chlo.atan %5 : tensor<4x24xf32> -> tensor<4x24xf32>
    %7 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<24xf32>) -> tensor<1x24xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %9 = stablehlo.multiply %6, %8 : tensor<4x24xf32>
    return %9 : tensor<4x24xf32>
  }
  func.func private @_pad(%arg0: tensor<4x23xf32>, %arg1: tensor<i32>) -> tensor<4x24xf32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.pad %arg0, %0, low = [0, 0], high = [0, 1], interior = [0, 0] : (tensor<4x23xf32>, tensor<f32>) -> tensor<4x24xf32>
    return %1 : tensor<4x24xf32>
  }
}
