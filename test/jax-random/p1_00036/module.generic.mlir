"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> (tensor<4x24xf32>, tensor<4x24xi32>, tensor<4x24xi32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg4: tensor<4x24xf32>, %arg5: tensor<24xf32>, %arg6: tensor<24x24xf32>, %arg7: tensor<24xi32>):
    %7 = "func.call"(%arg4) <{callee = @cummax}> : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %8 = "func.call"(%7) <{callee = @_roll_static}> : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %9 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %11 = "stablehlo.multiply"(%8, %10) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %12 = "stablehlo.abs"(%11) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %13 = "stablehlo.convert"(%12) : (tensor<4x24xf32>) -> tensor<4x24xi32>
    %14 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %15 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x24xi32>
    %16 = "stablehlo.shift_right_arithmetic"(%13, %15) : (tensor<4x24xi32>, tensor<4x24xi32>) -> tensor<4x24xi32>
    %17 = "stablehlo.broadcast_in_dim"(%arg7) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xi32>) -> tensor<1x24xi32>
    %18 = "stablehlo.negate"(%17) : (tensor<1x24xi32>) -> tensor<1x24xi32>
    %19 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xi32>) -> tensor<4x24xi32>
    %20 = "stablehlo.xor"(%16, %19) : (tensor<4x24xi32>, tensor<4x24xi32>) -> tensor<4x24xi32>
    %21 = "stablehlo.floor"(%8) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %22 = "stablehlo.convert"(%21) : (tensor<4x24xf32>) -> tensor<4x24xi32>
    %23 = "stablehlo.negate"(%22) : (tensor<4x24xi32>) -> tensor<4x24xi32>
    %24 = "stablehlo.abs"(%8) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %25 = "stablehlo.sqrt"(%24) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %26 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %27 = "stablehlo.reduce"(%25, %26) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg10: tensor<f32>, %arg11: tensor<f32>):
      %49 = "stablehlo.maximum"(%arg10, %arg11) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%49) : (tensor<f32>) -> ()
    }) : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %28 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %29 = "stablehlo.broadcast_in_dim"(%28) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %30 = "stablehlo.maximum"(%29, %27) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %31 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x1xf32>
    %32 = "stablehlo.is_finite"(%31) : (tensor<4x1xf32>) -> tensor<4x1xi1>
    %33 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %34 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x1xf32>
    %35 = "stablehlo.select"(%32, %31, %34) : (tensor<4x1xi1>, tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %36 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %37 = "stablehlo.subtract"(%25, %36) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %38 = "stablehlo.exponential"(%37) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %39 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %40 = "stablehlo.reduce"(%38, %39) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg8: tensor<f32>, %arg9: tensor<f32>):
      %48 = "stablehlo.add"(%arg8, %arg9) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%48) : (tensor<f32>) -> ()
    }) : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %41 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x1xf32>
    %42 = "stablehlo.sign"(%41) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %43 = "stablehlo.abs"(%41) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %44 = "stablehlo.log"(%43) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %45 = "stablehlo.add"(%44, %35) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %46 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %47 = "stablehlo.subtract"(%25, %46) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    "func.return"(%47, %20, %23) : (tensor<4x24xf32>, tensor<4x24xi32>, tensor<4x24xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x24xf32>) -> tensor<4x24xf32>, sym_name = "cummax", sym_visibility = "private"}> ({
  ^bb0(%arg1: tensor<4x24xf32>):
    %3 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
    %5 = "stablehlo.reduce_window"(%arg1, %4) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 0], [23, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 24>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %6 = "stablehlo.maximum"(%arg2, %arg3) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%6) : (tensor<f32>) -> ()
    }) : (tensor<4x24xf32>, tensor<f32>) -> tensor<4x24xf32>
    "func.return"(%5) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x24xf32>) -> tensor<4x24xf32>, res_attrs = [{}], sym_name = "_roll_static", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x24xf32>):
    %0 = "stablehlo.slice"(%arg0) <{limit_indices = array<i64: 4, 24>, start_indices = array<i64: 3, 0>, strides = array<i64: 1, 1>}> : (tensor<4x24xf32>) -> tensor<1x24xf32>
    %1 = "stablehlo.slice"(%arg0) <{limit_indices = array<i64: 3, 24>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x24xf32>) -> tensor<3x24xf32>
    %2 = "stablehlo.concatenate"(%0, %1) <{dimension = 0 : i64}> : (tensor<1x24xf32>, tensor<3x24xf32>) -> tensor<4x24xf32>
    "func.return"(%2) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
