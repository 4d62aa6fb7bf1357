module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}) {
    %0 = stablehlo.reshape %arg0 : (tensor<4x24xf32>) -> tensor<4x12x2xf32>
    %1 = stablehlo.reverse %0, dims = [2] : tensor<4x12x2xf32>
    %2 = stablehlo.reshape %1 : (tensor<4x12x2xf32>) -> tensor<4x24xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<23> : tensor<i32>
    %3 = call @clip(%arg3, %c, %c_0) : (tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %4 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<24xi32>
    %5 = stablehlo.compare LT, %3, %4, SIGNED : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi1>
    %c_2 = stablehlo.constant dense<24> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<24xi32>
    %7 = stablehlo.add %3, %6 : tensor<24xi32>
    %8 = stablehlo.select %5, %7, %3 : tensor<24xi1>, tensor<24xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0] : (tensor<24xi32>) -> tensor<24x1xi32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %11 = "stablehlo.scatter"(%2, %9, %10) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1], index_vector_dim = 1>, unique_indices = false}> ({
    ^bb0(%arg4: tensor<f32>, %arg5: tensor<f32>):
      %16 = stablehlo.add %arg4, %arg5 : tensor<f32>
      stablehlo.return %16 : tensor<f32>
    }) : (tensor<4x24xf32>, tensor<24x1xi32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %12 = call @softplus(%11) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %13 = stablehlo.slice %12 [0:4, 12:24] : (tensor<4x24xf32>) -> tensor<4x12xf32>
    %14 = stablehlo.slice %12 [0:4, 0:12] : (tensor<4x24xf32>) -> tensor<4x12xf32>
    %15 = stablehlo.concatenate %13, %14, dim = 1 : (tensor<4x12xf32>, tensor<4x12xf32>) -> tensor<4x24xf32>
    return %15 : tensor<4x24xf32>
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
  func.func private @softplus(%arg0: tensor<4x24xf32>) -> tensor<4x24xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %1 = stablehlo.maximum %arg0, %0 : tensor<4x24xf32>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %3 = stablehlo.subtract %arg0, %2 : tensor<4x24xf32>
    %4 = stablehlo.compare NE, %3, %3, FLOAT : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xi1>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %6 = stablehlo.add %arg0, %5 : tensor<4x24xf32>
    %7 = stablehlo.abs %3 : tensor<4x24xf32>
    %8 = stablehlo.negate %7 : tensor<4x24xf32>
    %9 = stablehlo.exponential %8 : tensor<4x24xf32>
    %10 = stablehlo.log_plus_one %9 : tensor<4x24xf32>
    %11 = stablehlo.add %1, %10 : tensor<4x24xf32>
    %12 = stablehlo.select %4, %6, %11 : tensor<4x24xi1>, tensor<4x24xf32>
    return %12 : tensor<4x24xf32>
  }
}
