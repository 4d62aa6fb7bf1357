"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<4x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg3: tensor<4x24xf32>, %arg4: tensor<24xf32>, %arg5: tensor<24x24xf32>, %arg6: tensor<24xi32>):
    %9 = "stablehlo.negate"(%arg3) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %10 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %11 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %12:4 = "stablehlo.while"(%arg4, %11, %10, %9) ({
    ^bb0(%arg11: tensor<24xf32>, %arg12: tensor<i32>, %arg13: tensor<i32>, %arg14: tensor<4x24xf32>):
      %29 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
      %30 = "stablehlo.compare"(%arg12, %29) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%30) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg7: tensor<24xf32>, %arg8: tensor<i32>, %arg9: tensor<i32>, %arg10: tensor<4x24xf32>):
      %26:2 = "func.call"(%arg7, %arg9, %arg10) <{callee = @closed_call}> : (tensor<24xf32>, tensor<i32>, tensor<4x24xf32>) -> (tensor<i32>, tensor<4x24xf32>)
      %27 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %28 = "stablehlo.add"(%arg8, %27) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg7, %28, %26#0, %26#1) : (tensor<24xf32>, tensor<i32>, tensor<i32>, tensor<4x24xf32>) -> ()
    }) : (tensor<24xf32>, tensor<i32>, tensor<i32>, tensor<4x24xf32>) -> (tensor<24xf32>, tensor<i32>, tensor<i32>, tensor<4x24xf32>)
    %13 = "stablehlo.abs"(%arg4) : (tensor<24xf32>) -> tensor<24xf32>
    %14 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<24xf32>
    %16 = "stablehlo.add"(%15, %13) : (tensor<24xf32>, tensor<24xf32>) -> tensor<24xf32>
    %17 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %18 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %19 = "stablehlo.divide"(%12#3, %18) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %20 = "stablehlo.tanh"(%19) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %21 = "stablehlo.slice"(%20) <{limit_indices = array<i64: 1, 24>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x24xf32>) -> tensor<1x24xf32>
    %22 = "stablehlo.slice"(%20) <{limit_indices = array<i64: 4, 24>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<4x24xf32>) -> tensor<3x24xf32>
    %23 = "stablehlo.slice"(%20) <{limit_indices = array<i64: 3, 24>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x24xf32>) -> tensor<3x24xf32>
    %24 = "stablehlo.subtract"(%22, %23) : (tensor<3x24xf32>, tensor<3x24xf32>) -> tensor<3x24xf32>
    %25 = "stablehlo.concatenate"(%21, %24) <{dimension = 0 : i64}> : (tensor<1x24xf32>, tensor<3x24xf32>) -> tensor<4x24xf32>
    "func.return"(%25) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<24xf32>, tensor<i32>, tensor<4x24xf32>) -> (tensor<i32>, tensor<4x24xf32>), res_attrs = [{}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<24xf32>, %arg1: tensor<i32>, %arg2: tensor<4x24xf32>):
    %0 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.add"(%arg1, %0) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %4 = "stablehlo.add"(%arg2, %3) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %5 = "stablehlo.tanh"(%4) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %6 = "stablehlo.constant"() <{value = dense<0.899999976> : tensor<f32>}> : () -> tensor<f32>
    %7 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %8 = "stablehlo.multiply"(%5, %7) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    "func.return"(%1, %8) : (tensor<i32>, tensor<4x24xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
