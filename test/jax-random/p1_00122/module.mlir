module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}) {
    %0 = stablehlo.tanh %arg0 : tensor<4x24xf32>
    %1 = stablehlo.abs %0 : tensor<4x24xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<23> : tensor<i32>
    %2 = call @clip(%arg3, %c, %c_0) : (tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<24xi32>) -> tensor<1x24xi32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1] : (tensor<1x24xi32>) -> tensor<4x24xi32>
    %5 = call @take_along_axis(%1, %4) : (tensor<4x24xf32>, tensor<4x24xi32>) -> tensor<4x24xf32>
    return %5 : tensor<4x24xf32>
  }
  func.func private @clip(%arg0: tensor<24xi32>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<24xi32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<i32>) -> tensor<24xi32>
    %2 = stablehlo.maximum %1, %arg0 : tensor<24xi32>
    %3 = stablehlo.convert %arg2 : tensor<i32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i32>) -> tensor<24xi32>
    %5 = stablehlo.minimum %4, %2 : tensor<24xi32>
    return %5 : tensor<24xi32>
  }
  func.func private @take_along_axis(%arg0: tensor<4x24xf32>, %arg1: tensor<4x24xi32>) -> tensor<4x24xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<4x24xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<4x24xi32>, tensor<4x24xi32>) -> tensor<4x24xi1>
    %c_0 = stablehlo.constant dense<24> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<4x24xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<4x24xi32>
    %4 = stablehlo.select %1, %3, %arg1 : tensor<4x24xi1>, tensor<4x24xi32>
    %5 = stablehlo.reshape %4 : (tensor<4x24xi32>) -> tensor<4x24x1xi32>
    %c_1 = stablehlo.constant dense<23> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<4x24x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<4x24x1xi32>, tensor<4x24x1xi32>) -> tensor<4x24x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [2] : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<1x1x1xi32>) -> tensor<4x24x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<4x24x1xi32>, tensor<4x24x1xi32>) -> tensor<4x24x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<4x24x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [2] : (tensor<4x24x1xi1>, tensor<i1>) -> tensor<4x24xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [1], operand_batching_dims = [0], start_indices_batching_dims = [0], start_index_map = [1], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1>}> : (tensor<4x24xf32>, tensor<4x24x1xi32>) -> tensor<4x24xf32>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %15 = stablehlo.select %12, %13, %14 : tensor<4x24xi1>, tensor<4x24xf32>
    return %15 : tensor<4x24xf32>
  }
}
