"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> tensor<4x6xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg1: tensor<4x6xf32>, %arg2: tensor<6xf32>, %arg3: tensor<6x6xf32>, %arg4: tensor<6xi32>):
    %14 = "func.call"(%arg1) <{callee = @softplus}> : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %15 = "stablehlo.reshape"(%14) : (tensor<4x6xf32>) -> tensor<4x2x3xf32>
    %16 = "stablehlo.transpose"(%15) <{permutation = array<i64: 0, 2, 1>}> : (tensor<4x2x3xf32>) -> tensor<4x3x2xf32>
    %17 = "stablehlo.reshape"(%16) : (tensor<4x3x2xf32>) -> tensor<4x6xf32>
    %18 = "stablehlo.sine"(%17) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    "func.return"(%18) : (tensor<4x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x6xf32>) -> tensor<4x6xf32>, res_attrs = [{}], sym_name = "softplus", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x6xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %2 = "stablehlo.maximum"(%arg0, %1) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %3 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %4 = "stablehlo.subtract"(%arg0, %3) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %5 = "stablehlo.compare"(%4, %4) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xi1>
    %6 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %7 = "stablehlo.add"(%arg0, %6) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %8 = "stablehlo.abs"(%4) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %9 = "stablehlo.negate"(%8) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %10 = "stablehlo.exponential"(%9) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %11 = "stablehlo.log_plus_one"(%10) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %12 = "stablehlo.add"(%2, %11) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %13 = "stablehlo.select"(%5, %7, %12) : (tensor<4x6xi1>, tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    "func.return"(%13) : (tensor<4x6xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
