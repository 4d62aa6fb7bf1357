module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}) {
    %0 = stablehlo.reshape %arg0 : (tensor<4x24xf32>) -> tensor<4x2x12xf32>
    %1 = stablehlo.transpose %0, dims = [0, 2, 1] : (tensor<4x2x12xf32>) -> tensor<4x12x2xf32>
    %2 = stablehlo.reshape %1 : (tensor<4x12x2xf32>) -> tensor<4x24xf32>
    %3 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<24xf32>) -> tensor<1x24xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1] : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %5 = stablehlo.add %2, %4 : tensor<4x24xf32>
    %6 = stablehlo.multiply %5, %5 : tensor<4x24xf32>
    %cst = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %7 = call @clip(%6, %cst, %cst_0) : (tensor<4x24xf32>, tensor<f32>, tensor<f32>) -> tensor<4x24xf32>
    return %7 : tensor<4x24xf32>
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
