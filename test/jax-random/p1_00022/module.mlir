module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0:3 = stablehlo.while(%iterArg = %arg3, %iterArg_7 = %c, %iterArg_8 = %arg0) : tensor<24xi32>, tensor<i32>, tensor<4x24xf32>
    cond {
      %23 = stablehlo.slice %iterArg [0:1] : (tensor<24xi32>) -> tensor<1xi32>
      %24 = stablehlo.reshape %23 : (tensor<1xi32>) -> tensor<i32>
      %c_9 = stablehlo.constant dense<2> : tensor<i32>
      %25 = func.call @remainder(%24, %c_9) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %c_10 = stablehlo.constant dense<2> : tensor<i32>
      %26 = stablehlo.add %c_10, %25 : tensor<i32>
      %27 = stablehlo.compare LT, %iterArg_7, %26, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %27 : tensor<i1>
    } do {
      %c_9 = stablehlo.constant dense<1> : tensor<i32>
      %23 = stablehlo.add %iterArg_7, %c_9 : tensor<i32>
      %cst_10 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
      %24 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
      %25 = stablehlo.multiply %iterArg_8, %24 : tensor<4x24xf32>
      %26 = stablehlo.sine %iterArg_8 : tensor<4x24xf32>
      %27 = stablehlo.add %25, %26 : tensor<4x24xf32>
      stablehlo.return %iterArg, %23, %27 : tensor<24xi32>, tensor<i32>, tensor<4x24xf32>
    }
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1 = stablehlo.reduce(%0#2 init: %cst) applies stablehlo.add across dimensions = [1] : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %cst_0 = stablehlo.constant dense<2.400000e+01> : tensor<f32>
    %3 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %4 = stablehlo.divide %2, %3 : tensor<4x1xf32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %6 = stablehlo.subtract %0#2, %5 : tensor<4x24xf32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %7 = call @_var(%0#2, %c_1) : (tensor<4x24xf32>, tensor<i32>) -> tensor<4x1xf32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %9 = stablehlo.add %7, %8 : tensor<4x1xf32>
    %10 = stablehlo.rsqrt %9 : tensor<4x1xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %12 = stablehlo.multiply %6, %11 : tensor<4x24xf32>
    %13 = call @_roll_static(%12) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %14 = stablehlo.concatenate %13, %13, dim = 0 : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<8x24xf32>
    %15 = stablehlo.slice %14 [0:4, 0:24] : (tensor<8x24xf32>) -> tensor<4x24xf32>
    %16 = stablehlo.slice %arg3 [0:1] : (tensor<24xi32>) -> tensor<1xi32>
    %17 = stablehlo.reshape %16 : (tensor<1xi32>) -> tensor<i32>
    %c_3 = stablehlo.constant dense<3> : tensor<i32>
    %18 = call @remainder(%17, %c_3) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %c_5 = stablehlo.constant dense<2> : tensor<i32>
    %19 = stablehlo.clamp %c_4, %18, %c_5 : tensor<i32>
    %20 = "stablehlo.case"(%19) ({
      %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %23 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
      %24 = stablehlo.add %15, %23 : tensor<4x24xf32>
      stablehlo.return %24 : tensor<4x24xf32>
    }, {
      %23 = stablehlo.tanh %15 : tensor<4x24xf32>
      stablehlo.return %23 : tensor<4x24xf32>
    }, {
      %23 = stablehlo.multiply %15, %15 : tensor<4x24xf32>
      stablehlo.return %23 : tensor<4x24xf32>
    }) : (tensor<i32>) -> tensor<4x24xf32>
    %c_6 = stablehlo.constant dense<0> : tensor<i32>
    %21 = call @_pad(%20, %c_6) : (tensor<4x24xf32>, tensor<i32>) -> tensor<5x24xf32>
    %22 = stablehlo.slice %21 [0:4, 0:24] : (tensor<5x24xf32>) -> tensor<4x24xf32>
    return %22 : tensor<4x24xf32>
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
  func.func private @_var(%arg0: tensor<4x24xf32>, %arg1: tensor<i32>) -> tensor<4x1xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.reduce(%arg0 init: %cst) applies stablehlo.add across dimensions = [1] : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %cst_0 = stablehlo.constant dense<2.400000e+01> : tensor<f32>
    %2 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %3 = stablehlo.divide %1, %2 : tensor<4x1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1] : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %5 = stablehlo.subtract %arg0, %4 : tensor<4x24xf32>
    %6 = chlo.square %5 : tensor<4x24xf32> -> tensor<4x24xf32>
    %7 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %cst_1 = stablehlo.constant dense<2.400000e+01> : tensor<f32>
    %8 = stablehlo.subtract %cst_1, %7 : tensor<f32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %9 = stablehlo.reduce(%6 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0] : (tensor<4xf32>) -> tensor<4x1xf32>
    %11 = stablehlo.broadcast_in_dim %8, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %12 = stablehlo.divide %10, %11 : tensor<4x1xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.compare GT, %8, %cst_3, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_4 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %14 = call @_where_0(%13, %12, %cst_4) : (tensor<i1>, tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
    return %14 : tensor<4x1xf32>
  }
  func.func private @_where_0(%arg0: tensor<i1>, %arg1: tensor<4x1xf32>, %arg2: tensor<f32>) -> tensor<4x1xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<4x1xf32>
    %2 = stablehlo.select %arg0, %arg1, %1 : tensor<i1>, tensor<4x1xf32>
    return %2 : tensor<4x1xf32>
  }
  func.func private @_roll_static(%arg0: tensor<4x24xf32>) -> tensor<4x24xf32> {
    %0 = stablehlo.slice %arg0 [3:4, 0:24] : (tensor<4x24xf32>) -> tensor<1x24xf32>
    %1 = stablehlo.slice %arg0 [0:3, 0:24] : (tensor<4x24xf32>) -> tensor<3x24xf32>
    %2 = stablehlo.concatenate %0, %1, dim = 0 : (tensor<1x24xf32>, tensor<3x24xf32>) -> tensor<4x24xf32>
    return %2 : tensor<4x24xf32>
  }
  func.func private @_pad(%arg0: tensor<4x24xf32>, %arg1: tensor<i32>) -> tensor<5x24xf32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.pad %arg0, %0, low = [1, 0], high = [0, 0], interior = [0, 0] : (tensor<4x24xf32>, tensor<f32>) -> tensor<5x24xf32>
    return %1 : tensor<5x24xf32>
  }
}
