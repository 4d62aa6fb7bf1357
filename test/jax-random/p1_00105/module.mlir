module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x16xf32>, %arg1: tensor<16xf32>, %arg2: tensor<16x16xf32>, %arg3: tensor<16xi32>) -> (tensor<4x16xf32> {jax.result_info = "result[0]"}) {
    %0 = call @cummax(%arg0) : (tensor<4x16xf32>) -> tensor<4x16xf32>
    %1 = stablehlo.slice %0 [0:1, 0:16] : (tensor<4x16xf32>) -> tensor<1x16xf32>
    %2 = stablehlo.slice %0 [1:4, 0:16] : (tensor<4x16xf32>) -> tensor<3x16xf32>
    %3 = stablehlo.slice %0 [0:3, 0:16] : (tensor<4x16xf32>) -> tensor<3x16xf32>
    %4 = stablehlo.subtract %2, %3 : tensor<3x16xf32>
    %5 = stablehlo.concatenate %1, %4, dim = 0 : (tensor<1x16xf32>, tensor<3x16xf32>) -> tensor<4x16xf32>
    return %5 : tensor<4x16xf32>
  }
  func.func private @cummax(%arg0: tensor<4x16xf32>) -> tensor<4x16xf32> {
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<f32>
    %1 = "stablehlo.reduce_window"(%arg0, %0) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 0], [15, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 16>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
      %2 = stablehlo.maximum %arg1, %arg2 : tensor<f32>
      stablehlo.return %2 : tensor<f32>
    }) : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
    return %1 : tensor<4x16xf32>
  }
}
