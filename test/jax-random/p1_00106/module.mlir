module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}, tensor<4x24xi32> {jax.result_info = "result[1]"}) {
    %0 = stablehlo.negate %arg0 : tensor<4x24xf32>
    %cst = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %2 = stablehlo.multiply %0, %1 : tensor<4x24xf32>
    %3 = stablehlo.floor %2 : tensor<4x24xf32>
    %4 = stablehlo.convert %3 : (tensor<4x24xf32>) -> tensor<4x24xi32>
    %c = stablehlo.constant dense<5> : tensor<i32>
    %5 = call @remainder(%4, %c) : (tensor<4x24xi32>, tensor<i32>) -> tensor<4x24xi32>
    %6 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<24xi32>) -> tensor<1x24xi32>
    %c_0 = stablehlo.constant dense<3> : tensor<i32>
    %7 = call @remainder_0(%6, %c_0) : (tensor<1x24xi32>, tensor<i32>) -> tensor<1x24xi32>
    %8 = stablehlo.negate %7 : tensor<1x24xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1] : (tensor<1x24xi32>) -> tensor<4x24xi32>
    %10 = stablehlo.subtract %5, %9 : tensor<4x24xi32>
    %11 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<24xf32>) -> tensor<1x24xf32>
    %12 = stablehlo.broadcast_in_dim %11, dims = [0, 1] : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %13 = stablehlo.minimum %0, %12 : tensor<4x24xf32>
    return %13, %10 : tensor<4x24xf32>, tensor<4x24xi32>
  }
  func.func private @remainder(%arg0: tensor<4x24xi32>, %arg1: tensor<i32>) -> tensor<4x24xi32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<i32>) -> tensor<4x24xi32>
    %4 = stablehlo.remainder %arg0, %3 : tensor<4x24xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<4x24xi32>
    %6 = stablehlo.compare NE, %4, %5, SIGNED : (tensor<4x24xi32>, tensor<4x24xi32>) -> tensor<4x24xi1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %7 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<4x24xi32>
    %8 = stablehlo.compare LT, %4, %7, SIGNED : (tensor<4x24xi32>, tensor<4x24xi32>) -> tensor<4x24xi1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %9 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %10 = stablehlo.broadcast_in_dim %9, dims = [] : (tensor<i1>) -> tensor<4x24xi1>
    %11 = stablehlo.compare NE, %8, %10, UNSIGNED : (tensor<4x24xi1>, tensor<4x24xi1>) -> tensor<4x24xi1>
    %12 = stablehlo.and %11, %6 : tensor<4x24xi1>
    %13 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<i32>) -> tensor<4x24xi32>
    %14 = stablehlo.add %4, %13 : tensor<4x24xi32>
    %15 = stablehlo.select %12, %14, %4 : tensor<4x24xi1>, tensor<4x24xi32>
    return %15 : tensor<4x24xi32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @remainder_0(%arg0: tensor<1x24xi32>, %arg1: tensor<i32>) -> tensor<1x24xi32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<i32>) -> tensor<1x24xi32>
    %4 = stablehlo.remainder %arg0, %3 : tensor<1x24xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<1x24xi32>
    %6 = stablehlo.compare NE, %4, %5, SIGNED : (tensor<1x24xi32>, tensor<1x24xi32>) -> tensor<1x24xi1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %7 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1x24xi32>
    %8 = stablehlo.compare LT, %4, %7, SIGNED : (tensor<1x24xi32>, tensor<1x24xi32>) -> tensor<1x24xi1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %9 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %10 = stablehlo.broadcast_in_dim %9, dims = [] : (tensor<i1>) -> tensor<1x24xi1>
    %11 = stablehlo.compare NE, %8, %10, UNSIGNED : (tensor<1x24xi1>, tensor<1x24xi1>) -> tensor<1x24xi1>
    %12 = stablehlo.and %11, %6 : tensor<1x24xi1>
    %13 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<i32>) -> tensor<1x24xi32>
    %14 = stablehlo.add %4, %13 : tensor<1x24xi32>
    %15 = stablehlo.select %12, %14, %4 : tensor<1x24xi1>, tensor<1x24xi32>
    return %15 : tensor<1x24xi32>
  }
}
