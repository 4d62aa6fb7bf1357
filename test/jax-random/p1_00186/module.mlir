module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<4x24xf32> {jax.result_info = "result[0]"}, tensor<4x24xi32> {jax.result_info = "result[1]"}) {
    %0 = stablehlo.concatenate %arg0, %arg0, dim = 0 : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<8x24xf32>
    %1 = stablehlo.slice %0 [0:4, 0:24] : (tensor<8x24xf32>) -> tensor<4x24xf32>
    %2 = call @argsort(%1) : (tensor<4x24xf32>) -> tensor<4x24xi32>
    %3 = call @_roll_static(%1) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %4 = stablehlo.concatenate %3, %3, dim = 0 : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<8x24xf32>
    %5 = stablehlo.slice %4 [0:4, 0:24] : (tensor<8x24xf32>) -> tensor<4x24xf32>
    %6 = stablehlo.slice %arg3 [0:1] : (tensor<24xi32>) -> tensor<1xi32>
    %7 = stablehlo.reshape %6 : (tensor<1xi32>) -> tensor<i32>
    %c = stablehlo.constant dense<3> : tensor<i32>
    %8 = call @remainder(%7, %c) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %9 = stablehlo.clamp %c_0, %8, %c_1 : tensor<i32>
    %10 = "stablehlo.case"(%9) ({
      %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %11 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x24xf32>
      %12 = stablehlo.add %5, %11 : tensor<4x24xf32>
      stablehlo.return %12 : tensor<4x24xf32>
    }, {
      %11 = stablehlo.tanh %5 : tensor<4x24xf32>
      stablehlo.return %11 : tensor<4x24xf32>
    }, {
      %11 = stablehlo.multiply %5, %5 : tensor<4x24xf32>
      stablehlo.return %11 : tensor<4x24xf32>
    }) : (tensor<i32>) -> tensor<4x24xf32>
    return %10, %2 : tensor<4x24xf32>, tensor<4x24xi32>
  }
  func.func private @argsort(%arg0: tensor<4x24xf32>) -> tensor<4x24xi32> {
    %0 = stablehlo.iota dim = 1 : tensor<4x24xi32>
    %1:2 = "stablehlo.sort"(%arg0, %0) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>, %arg3: tensor<i32>, %arg4: tensor<i32>):
      %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %2 = stablehlo.compare EQ, %arg1, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %3 = stablehlo.select %2, %cst_0, %arg1 : tensor<i1>, tensor<f32>
      %4 = stablehlo.compare NE, %arg1, %arg1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %cst_1 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
      %5 = stablehlo.select %4, %cst_1, %3 : tensor<i1>, tensor<f32>
      %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %6 = stablehlo.compare EQ, %arg2, %cst_2, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %7 = stablehlo.select %6, %cst_3, %arg2 : tensor<i1>, tensor<f32>
      %8 = stablehlo.compare NE, %arg2, %arg2, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %cst_4 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
      %9 = stablehlo.select %8, %cst_4, %7 : tensor<i1>, tensor<f32>
      %10 = stablehlo.compare LT, %5, %9, TOTALORDER : (tensor<f32>, tensor<f32>) -> tensor<i1>
      stablehlo.return %10 : tensor<i1>
    }) : (tensor<4x24xf32>, tensor<4x24xi32>) -> (tensor<4x24xf32>, tensor<4x24xi32>)
    return %1#1 : tensor<4x24xi32>
  }
  func.func private @_roll_static(%arg0: tensor<4x24xf32>) -> tensor<4x24xf32> {
    %0 = stablehlo.slice %arg0 [3:4, 0:24] : (tensor<4x24xf32>) -> tensor<1x24xf32>
    %1 = stablehlo.slice %arg0 [0:3, 0:24] : (tensor<4x24xf32>) -> tensor<3x24xf32>
    %2 = stablehlo.concatenate %0, %1, dim = 0 : (tensor<1x24xf32>, tensor<3x24xf32>) -> tensor<4x24xf32>
    return %2 : tensor<4x24xf32>
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
}
