module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}) {
    %0 = stablehlo.reshape %arg0 : (tensor<4x24xf32>) -> tensor<4x12x2xf32>
    %1 = stablehlo.reverse %0, dims = [2] : tensor<4x12x2xf32>
    %2 = stablehlo.reshape %1 : (tensor<4x12x2xf32>) -> tensor<4x24xf32>
    %3 = stablehlo.slice %2 [0:4, 12:24] : (tensor<4x24xf32>) -> tensor<4x12xf32>
    %4 = stablehlo.slice %2 [0:4, 0:12] : (tensor<4x24xf32>) -> tensor<4x12xf32>
    %5 = stablehlo.concatenate %3, %4, dim = 1 : (tensor<4x12xf32>, tensor<4x12xf32>) -> tensor<4x24xf32>
    %6 = stablehlo.slice %arg3 [0:1] : (tensor<24xi32>) -> tensor<1xi32>
    %7 = stablehlo.reshape %6 : (tensor<1xi32>) -> tensor<i32>
    %c = stablehlo.constant dense<3> : tensor<i32>
    %8 = call @remainder(%7, %c) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %9 = stablehlo.clamp %c_0, %8, %c_1 : tensor<i32>
    %10 = "stablehlo.case"(%9) ({
      %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %13 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
      %14 = stablehlo.add %5, %13 : tensor<4x24xf32>
      stablehlo.return %14 : tensor<4x24xf32>
    }, {
      %13 = stablehlo.tanh %5 : tensor<4x24xf32>
      stablehlo.return %13 : tensor<4x24xf32>
    }, {
      %13 = stablehlo.multiply %5, %5 : tensor<4x24xf32>
      stablehlo.return %13 : tensor<4x24xf32>
    }) : (tensor<i32>) -> tensor<4x24xf32>
    %11 = stablehlo.slice %10 [0:4, 1:24] : (tensor<4x24xf32>) -> tensor<4x23xf32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %12 = call @_pad(%11, %c_2) : (tensor<4x23xf32>, tensor<i32>) -> tensor<4x24xf32>
    return %12 : tensor<4x24xf32>
  }
  func.func private @remainder(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.remainder %arg0, %2 : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %4 = stablehlo.compare NE, %3, %c_1, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.compare LT, %3, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.compare NE, %5, %6, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %8 = stablehlo.and %7, %4 : tensor<i1>
    %9 = stablehlo.add %3, %2 : tensor<i32>
    %10 = stablehlo.select %8, %9, %3 : tensor<i1>, tensor<i32>
    return %10 : tensor<i32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @_pad(%arg0: tensor<4x23xf32>, %arg1: tensor<i32>) -> tensor<4x24xf32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.pad %arg0, %0, low = [0, 0], high = [0, 1], interior = [0, 0] : (tensor<4x23xf32>, tensor<f32>) -> tensor<4x24xf32>
    return %1 : tensor<4x24xf32>
  }
}
