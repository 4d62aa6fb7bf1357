module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}, tensor<4x2xf32> {jax.result_info = "result[1]"}) {
    %cst = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %1 = stablehlo.multiply %arg0, %0 : tensor<4x24xf32>
    %2 = stablehlo.floor %1 : tensor<4x24xf32>
    %3 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<24xf32>) -> tensor<1x24xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1] : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %5 = stablehlo.subtract %2, %4 : tensor<4x24xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6 = stablehlo.reduce(%5 init: %cst_0) applies stablehlo.add across dimensions = [1] : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %cst_1 = stablehlo.constant dense<2.400000e+01> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %9 = stablehlo.divide %7, %8 : tensor<4x1xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %11 = stablehlo.subtract %5, %10 : tensor<4x24xf32>
    %12 = call @_flip(%11) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %values, %indices = chlo.top_k(%12, k = 2) : tensor<4x24xf32> -> (tensor<4x2xf32>, tensor<4x2xi32>)
    %13 = stablehlo.slice %12 [0:4, 1:24] : (tensor<4x24xf32>) -> tensor<4x23xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %14 = call @_pad(%13, %c) : (tensor<4x23xf32>, tensor<i32>) -> tensor<4x24xf32>
    return %14, %values : tensor<4x24xf32>, tensor<4x2xf32>
  }
  func.func private @_flip(%arg0: tensor<4x24xf32>) -> tensor<4x24xf32> {
    %0 = stablehlo.reverse %arg0, dims = [1] : tensor<4x24xf32>
    return %0 : tensor<4x24xf32>
  }
  func.func private @_pad(%arg0: tensor<4x23xf32>, %arg1: tensor<i32>) -> tensor<4x24xf32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.pad %arg0, %0, low = [0, 0], high = [0, 1], interior = [0, 0] : (tensor<4x23xf32>, tensor<f32>) -> tensor<4x24xf32>
    return %1 : tensor<4x24xf32>
  }
}
