module @jit_poly_slice_pad attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<5x3xf32>) -> (tensor<2x3xf32> {jax.result_info = "result[0]"}, tensor<10x5xf32> {jax.result_info = "result[1]"}) {
    %0 = stablehlo.slice %arg0 [1:5:2, 0:3] : (tensor<5x3xf32>) -> tensor<2x3xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = call @_pad(%arg0, %c) : (tensor<5x3xf32>, tensor<i32>) -> tensor<10x5xf32>
    return %0, %1 : tensor<2x3xf32>, tensor<10x5xf32>
  }
  func.func private @_pad(%arg0: tensor<5x3xf32>, %arg1: tensor<i32>) -> tensor<10x5xf32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.pad %arg0, %0, low = [0, 1], high = [5, 1], interior = [0, 0] : (tensor<5x3xf32>, tensor<f32>) -> tensor<10x5xf32>
    return %1 : tensor<10x5xf32>
  }
}
