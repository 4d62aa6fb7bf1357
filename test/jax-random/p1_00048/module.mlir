module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x6xf32>, %arg1: tensor<6xf32>, %arg2: tensor<6x6xf32>, %arg3: tensor<6xi32>) -> (tensor<4x6xf32> {jax.result_info = "result[0]"}, tensor<4x6xi32> {jax.result_info = "result[1]"}, tensor<4x6xi32> {jax.result_info = "result[2]"}) {
    %cst = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x6xf32>
    %1 = stablehlo.multiply %arg0, %0 : tensor<4x6xf32>
    %2 = stablehlo.abs %1 : tensor<4x6xf32>
    %3 = stablehlo.convert %2 : (tensor<4x6xf32>) -> tensor<4x6xi32>
    %c = stablehlo.constant dense<2> : tensor<i32>
    %4 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<4x6xi32>
    %5 = stablehlo.shift_right_arithmetic %3, %4 : tensor<4x6xi32>
    %6 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<6xi32>) -> tensor<1x6xi32>
    %7 = stablehlo.negate %6 : tensor<1x6xi32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<1x6xi32>) -> tensor<4x6xi32>
    %9 = stablehlo.xor %5, %8 : tensor<4x6xi32>
    %10 = stablehlo.floor %arg0 : tensor<4x6xf32>
    %11 = stablehlo.convert %10 : (tensor<4x6xf32>) -> tensor<4x6xi32>
    %12 = stablehlo.negate %11 : tensor<4x6xi32>
    %13 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<6xf32>) -> tensor<1x6xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<1x6xf32>) -> tensor<4x6xf32>
    %15 = stablehlo.maximum %arg0, %14 : tensor<4x6xf32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %16 = call @_pad(%15, %c_0) : (tensor<4x6xf32>, tensor<i32>) -> tensor<5x6xf32>
    %17 = stablehlo.slice %16 [0:4, 0:6] : (tensor<5x6xf32>) -> tensor<4x6xf32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %18:4 = stablehlo.while(%iterArg = %arg1, %iterArg_3 = %c_2, %iterArg_4 = %c_1, %iterArg_5 = %17) : tensor<6xf32>, tensor<i32>, tensor<i32>, tensor<4x6xf32>
    cond {
      %c_6 = stablehlo.constant dense<3> : tensor<i32>
      %23 = stablehlo.compare LT, %iterArg_3, %c_6, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %23 : tensor<i1>
    } do {
      %23:2 = func.call @closed_call(%iterArg, %iterArg_4, %iterArg_5) : (tensor<6xf32>, tensor<i32>, tensor<4x6xf32>) -> (tensor<i32>, tensor<4x6xf32>)
      %c_6 = stablehlo.constant dense<1> : tensor<i32>
      %24 = stablehlo.add %iterArg_3, %c_6 : tensor<i32>
      stablehlo.return %iterArg, %24, %23#0, %23#1 : tensor<6xf32>, tensor<i32>, tensor<i32>, tensor<4x6xf32>
    }
    %19 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<6xf32>) -> tensor<1x6xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0, 1] : (tensor<1x6xf32>) -> tensor<4x6xf32>
    %21 = stablehlo.minimum %18#3, %20 : tensor<4x6xf32>
    %22 = stablehlo.abs %21 : tensor<4x6xf32>
    return %22, %9, %12 : tensor<4x6xf32>, tensor<4x6xi32>, tensor<4x6xi32>
  }
  func.func private @_pad(%arg0: tensor<4x6xf32>, %arg1: tensor<i32>) -> tensor<5x6xf32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.pad %arg0, %0, low = [1, 0], high = [0, 0], interior = [0, 0] : (tensor<4x6xf32>, tensor<f32>) -> tensor<5x6xf32>
    return %1 : tensor<5x6xf32>
  }
  func.func private @closed_call(%arg0: tensor<6xf32>, %arg1: tensor<i32>, %arg2: tensor<4x6xf32>) -> (tensor<i32>, tensor<4x6xf32>) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.add %arg1, %c : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [1] : (tensor<6xf32>) -> tensor<1x6xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0, 1] : (tensor<1x6xf32>) -> tensor<4x6xf32>
    %3 = stablehlo.add %arg2, %2 : tensor<4x6xf32>
    %4 = stablehlo.tanh %3 : tensor<4x6xf32>
    %cst = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x6xf32>
    %6 = stablehlo.multiply %4, %5 : tensor<4x6xf32>
    return %0, %6 : tensor<i32>, tensor<4x6xf32>
  }
}
