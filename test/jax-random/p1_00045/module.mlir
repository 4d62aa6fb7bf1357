module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8x8xf32>, %arg3: tensor<8xi32>) -> (tensor<4x8xf32> {jax.result_info = "result[0]"}) {
    %cst = stablehlo.constant dense<[[0.00206075865, -0.0332738087, 0.186857954, 0.0614610836, -0.265164882, -0.159674481, 0.166253969, -0.109002627], [0.00198337133, -0.0294651911, 0.262296617, 0.204820827, -0.0982218906, 0.108315371, 0.0503399521, 0.195317984], [0.0461853333, 0.0167866182, -0.140039429, -0.00345475809, -0.0145684611, -0.188058078, 0.151416332, -0.112335242], [-0.0599455722, -0.197328225, 0.0930462777, -0.214848205, 0.170027807, -0.15816398, 0.0319743231, -0.0891933366], [0.317714483, 0.0277945343, 0.0905984118, 0.00639818097, -0.097506009, -0.178996295, 0.276685864, -0.288916588], [-0.285295218, -0.0434985161, -0.0267688334, 0.0689544827, -0.0408638902, -0.0755441114, 0.0486707203, 0.0843812078], [0.0175705086, -0.153699577, -0.0316807665, 0.112461507, 0.103802294, 0.0987941101, 0.131830648, 0.187330708], [0.0401810855, 0.17232208, -0.0617156215, -0.0685092807, -0.0203775167, 0.0433231704, 0.0186406169, -0.120320924]]> : tensor<8x8xf32>
    %0 = stablehlo.dot_general %arg0, %cst, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32>
    %1 = stablehlo.slice %0 [0:4, 0:8:2] : (tensor<4x8xf32>) -> tensor<4x4xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0, 1] : (tensor<4x4xf32>) -> tensor<4x4x2xf32>
    %3 = stablehlo.reshape %2 : (tensor<4x4x2xf32>) -> tensor<4x8xf32>
    %4 = stablehlo.negate %3 : tensor<4x8xf32>
    %5 = stablehlo.exponential %4 : tensor<4x8xf32>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %7 = stablehlo.add %6, %5 : tensor<4x8xf32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %9 = stablehlo.divide %8, %7 : tensor<4x8xf32>
    %c = stablehlo.constant dense<4> : tensor<i32>
    %10 = call @remainder(%arg3, %c) : (tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
    %11 = stablehlo.negate %10 : tensor<8xi32>
    %12 = stablehlo.convert %11 : (tensor<8xi32>) -> tensor<8xf32>
    %13 = stablehlo.broadcast_in_dim %12, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<4x8xf32>
    %15 = stablehlo.add %9, %14 : tensor<4x8xf32>
    return %15 : tensor<4x8xf32>
  }
  func.func private @remainder(%arg0: tensor<8xi32>, %arg1: tensor<i32>) -> tensor<8xi32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %4 = stablehlo.remainder %arg0, %3 : tensor<8xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %6 = stablehlo.compare NE, %4, %5, SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %7 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %8 = stablehlo.compare LT, %4, %7, SIGNED : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %9 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %10 = stablehlo.broadcast_in_dim %9, dims = [] : (tensor<i1>) -> tensor<8xi1>
    %11 = stablehlo.compare NE, %8, %10, UNSIGNED : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %12 = stablehlo.and %11, %6 : tensor<8xi1>
    %13 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %14 = stablehlo.add %4, %13 : tensor<8xi32>
    %15 = stablehlo.select %12, %14, %4 : tensor<8xi1>, tensor<8xi32>
    return %15 : tensor<8xi32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
}
