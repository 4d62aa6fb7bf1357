"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<4x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>):
    %0 = "stablehlo.dot_general"(%arg0, %arg2) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<4x24xf32>, tensor<24x24xf32>) -> tensor<4x24xf32>
    %1 = "stablehlo.constant"() <{value = dense<2.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %3 = "stablehlo.divide"(%0, %2) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %4 = "stablehlo.add"(%3, %arg0) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %5 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %6 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %7 = "stablehlo.add"(%4, %6) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %8 = "chlo.atan"(%7) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %9 = "stablehlo.multiply"(%8, %8) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %10 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %11 = "stablehlo.reduce"(%9, %10) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg4: tensor<f32>, %arg5: tensor<f32>):
      %21 = "stablehlo.add"(%arg4, %arg5) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%21) : (tensor<f32>) -> ()
    }) : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %12 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x1xf32>
    %13 = "stablehlo.constant"() <{value = dense<2.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %14 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x1xf32>
    %15 = "stablehlo.divide"(%12, %14) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %16 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %17 = "stablehlo.multiply"(%8, %16) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %18 = "stablehlo.slice"(%17) <{limit_indices = array<i64: 4, 24>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 2>}> : (tensor<4x24xf32>) -> tensor<4x12xf32>
    %19 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x12xf32>) -> tensor<4x12x2xf32>
    %20 = "stablehlo.reshape"(%19) : (tensor<4x12x2xf32>) -> tensor<4x24xf32>
    "func.return"(%20) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
