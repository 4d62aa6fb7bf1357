module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}) {
    %0 = stablehlo.negate %arg0 : tensor<4x24xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %1:4 = stablehlo.while(%iterArg = %arg1, %iterArg_1 = %c_0, %iterArg_2 = %c, %iterArg_3 = %0) : tensor<24xf32>, tensor<i32>, tensor<i32>, tensor<4x24xf32>
    cond {
      %c_4 = stablehlo.constant dense<3> : tensor<i32>
      %14 = stablehlo.compare LT, %iterArg_1, %c_4, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %14 : tensor<i1>
    } do {
      %14:2 = func.call @closed_call(%iterArg, %iterArg_2, %iterArg_3) : (tensor<24xf32>, tensor<i32>, tensor<4x24xf32>) -> (tensor<i32>, tensor<4x24xf32>)
      %c_4 = stablehlo.constant dense<1> : tensor<i32>
      %15 = stablehlo.add %iterArg_1, %c_4 : tensor<i32>
      stablehlo.return %iterArg, %15, %14#0, %14#1 : tensor<24xf32>, tensor<i32>, tensor<i32>, tensor<4x24xf32>
    }
    %2 = stablehlo.abs %arg1 : tensor<24xf32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %3 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<24xf32>
    %4 = stablehlo.add %3, %2 : tensor<24xf32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [1] : (tensor<24xf32>) -> tensor<1x24xf32>
    %6 = stablehlo.broadcast_in_dim %5, dims = [0, 1] : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %7 = stablehlo.divide %1#3, %6 : tensor<4x24xf32>
    %8 = stablehlo.tanh %7 : tensor<4x24xf32>
    %9 = stablehlo.slice %8 [0:1, 0:24] : (tensor<4x24xf32>) -> tensor<1x24xf32>
    %10 = stablehlo.slice %8 [1:4, 0:24] : (tensor<4x24xf32>) -> tensor<3x24xf32>
    %11 = stablehlo.slice %8 [0:3, 0:24] : (tensor<4x24xf32>) -> tensor<3x24xf32>
    %12 = stablehlo.subtract %10, %11 : tensor<3x24xf32>
    %13 = stablehlo.concatenate %9, %12, dim = 0 : (tensor<1x24xf32>, tensor<3x24xf32>) -> tensor<4x24xf32>
    return %13 : tensor<4x24xf32>
  }
  func.func private @closed_call(%arg0: tensor<24xf32>, %arg1: tensor<i32>, %arg2: tensor<4x24xf32>) -> (tensor<i32>, tensor<4x24xf32>) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.add %arg1, %c : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [1] : (tensor<24xf32>) -> tensor<1x24xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0, 1] : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %3 = stablehlo.add %arg2, %2 : tensor<4x24xf32>
    %4 = stablehlo.tanh %3 : tensor<4x24xf32>
    %cst = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
    %6 = stablehlo.multiply %4, %5 : tensor<4x24xf32>
    return %0, %6 : tensor<i32>, tensor<4x24xf32>
  }
}
