module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}) {
    %0 = stablehlo.slice %arg0 [0:4, 1:24] : (tensor<4x24xf32>) -> tensor<4x23xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = call @_pad(%0, %c) : (tensor<4x23xf32>, tensor<i32>) -> tensor<4x24xf32>
    %2 = stablehlo.multiply %1, %1 : tensor<4x24xf32>
    %3 = stablehlo.multiply %2, %1 : tensor<4x24xf32>
    %cst = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %5 = stablehlo.multiply %4, %3 : tensor<4x24xf32>
    %6 = stablehlo.add %1, %5 : tensor<4x24xf32>
    %cst_0 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %8 = stablehlo.multiply %7, %6 : tensor<4x24xf32>
    %9 = stablehlo.tanh %8 : tensor<4x24xf32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %11 = stablehlo.add %10, %9 : tensor<4x24xf32>
    %cst_2 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %13 = stablehlo.multiply %12, %11 : tensor<4x24xf32>
    %14 = stablehlo.multiply %1, %13 : tensor<4x24xf32>
    %15 = call @_flip(%14) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    return %15 : tensor<4x24xf32>
  }
  func.func private @_pad(%arg0: tensor<4x23xf32>, %arg1: tensor<i32>) -> tensor<4x24xf32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.pad %arg0, %0, low = [0, 0], high = [0, 1], interior = [0, 0] : (tensor<4x23xf32>, tensor<f32>) -> tensor<4x24xf32>
    return %1 : tensor<4x24xf32>
  }
  func.func private @_flip(%arg0: tensor<4x24xf32>) -> tensor<4x24xf32> {
    %0 = stablehlo.reverse %arg0, dims = [1] : tensor<4x24xf32>
    return %0 : tensor<4x24xf32>
  }
}
