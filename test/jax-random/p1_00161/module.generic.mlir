"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<4x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg7: tensor<4x24xf32>, %arg8: tensor<24xf32>, %arg9: tensor<24x24xf32>, %arg10: tensor<24xi32>):
    %10 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %11 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<24xf32>
    %12 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %13 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %14 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %15:4 = "stablehlo.while"(%arg7, %14, %11, %13) ({
    ^bb0(%arg17: tensor<4x24xf32>, %arg18: tensor<i32>, %arg19: tensor<24xf32>, %arg20: tensor<4x24xf32>):
      %32 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
      %33 = "stablehlo.compare"(%arg18, %32) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%33) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg13: tensor<4x24xf32>, %arg14: tensor<i32>, %arg15: tensor<24xf32>, %arg16: tensor<4x24xf32>):
      %27 = "func.call"(%arg13, %arg14) <{callee = @dynamic_index_in_dim}> : (tensor<4x24xf32>, tensor<i32>) -> tensor<24xf32>
      %28:2 = "func.call"(%arg15, %27) <{callee = @closed_call}> : (tensor<24xf32>, tensor<24xf32>) -> (tensor<24xf32>, tensor<24xf32>)
      %29 = "func.call"(%arg16, %28#1, %arg14) <{callee = @dynamic_update_index_in_dim}> : (tensor<4x24xf32>, tensor<24xf32>, tensor<i32>) -> tensor<4x24xf32>
      %30 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %31 = "stablehlo.add"(%arg14, %30) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg13, %31, %28#0, %29) : (tensor<4x24xf32>, tensor<i32>, tensor<24xf32>, tensor<4x24xf32>) -> ()
    }) : (tensor<4x24xf32>, tensor<i32>, tensor<24xf32>, tensor<4x24xf32>) -> (tensor<4x24xf32>, tensor<i32>, tensor<24xf32>, tensor<4x24xf32>)
    %16 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.reduce"(%arg8, %16) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg11: tensor<f32>, %arg12: tensor<f32>):
      %26 = "stablehlo.add"(%arg11, %arg12) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%26) : (tensor<f32>) -> ()
    }) : (tensor<24xf32>, tensor<f32>) -> tensor<f32>
    %18 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %19 = "stablehlo.compare"(%17, %18) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %20 = "stablehlo.convert"(%19) : (tensor<i1>) -> tensor<i32>
    %21 = "stablehlo.case"(%20) ({
      %25 = "stablehlo.tanh"(%15#3) : (tensor<4x24xf32>) -> tensor<4x24xf32>
      "stablehlo.return"(%25) : (tensor<4x24xf32>) -> ()
    }, {
      %22 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %23 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
      %24 = "stablehlo.multiply"(%15#3, %23) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
      "stablehlo.return"(%24) : (tensor<4x24xf32>) -> ()
    }) : (tensor<i32>) -> tensor<4x24xf32>
    "func.return"(%21) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x24xf32>, tensor<i32>) -> tensor<24xf32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<4x24xf32>, %arg6: tensor<i32>):
    %7 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %8 = "stablehlo.dynamic_slice"(%arg5, %arg6, %7) <{slice_sizes = array<i64: 1, 24>}> : (tensor<4x24xf32>, tensor<i32>, tensor<i32>) -> tensor<1x24xf32>
    %9 = "stablehlo.reshape"(%8) : (tensor<1x24xf32>) -> tensor<24xf32>
    "func.return"(%9) : (tensor<24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<24xf32>, tensor<24xf32>) -> (tensor<24xf32>, tensor<24xf32>), res_attrs = [{}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<24xf32>, %arg4: tensor<24xf32>):
    %3 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<24xf32>
    %5 = "stablehlo.multiply"(%arg3, %4) : (tensor<24xf32>, tensor<24xf32>) -> tensor<24xf32>
    %6 = "stablehlo.add"(%5, %arg4) : (tensor<24xf32>, tensor<24xf32>) -> tensor<24xf32>
    "func.return"(%6, %6) : (tensor<24xf32>, tensor<24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4x24xf32>, tensor<24xf32>, tensor<i32>) -> tensor<4x24xf32>, res_attrs = [{}], sym_name = "dynamic_update_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<i32>):
    %0 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %1 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.dynamic_update_slice"(%arg0, %0, %arg2, %1) : (tensor<4x24xf32>, tensor<1x24xf32>, tensor<i32>, tensor<i32>) -> tensor<4x24xf32>
    "func.return"(%2) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
