"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<4x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg7: tensor<4x24xf32>, %arg8: tensor<24xf32>, %arg9: tensor<24x24xf32>, %arg10: tensor<24xi32>):
    %19 = "stablehlo.reshape"(%arg7) : (tensor<4x24xf32>) -> tensor<4x12x2xf32>
    %20 = "stablehlo.reverse"(%19) <{dimensions = array<i64: 2>}> : (tensor<4x12x2xf32>) -> tensor<4x12x2xf32>
    %21 = "stablehlo.reshape"(%20) : (tensor<4x12x2xf32>) -> tensor<4x24xf32>
    %22 = "stablehlo.slice"(%21) <{limit_indices = array<i64: 4, 24>, start_indices = array<i64: 0, 12>, strides = array<i64: 1, 1>}> : (tensor<4x24xf32>) -> tensor<4x12xf32>
    %23 = "stablehlo.slice"(%21) <{limit_indices = array<i64: 4, 12>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x24xf32>) -> tensor<4x12xf32>
    %24 = "stablehlo.concatenate"(%22, %23) <{dimension = 1 : i64}> : (tensor<4x12xf32>, tensor<4x12xf32>) -> tensor<4x24xf32>
    %25 = "stablehlo.slice"(%arg10) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<24xi32>) -> tensor<1xi32>
    %26 = "stablehlo.reshape"(%25) : (tensor<1xi32>) -> tensor<i32>
    %27 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %28 = "func.call"(%26, %27) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %29 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %30 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %31 = "stablehlo.clamp"(%29, %28, %30) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %32 = "stablehlo.case"(%31) ({
      %38 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %39 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
      %40 = "stablehlo.add"(%24, %39) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
      "stablehlo.return"(%40) : (tensor<4x24xf32>) -> ()
    }, {
      %37 = "stablehlo.tanh"(%24) : (tensor<4x24xf32>) -> tensor<4x24xf32>
      "stablehlo.return"(%37) : (tensor<4x24xf32>) -> ()
    }, {
      %36 = "stablehlo.multiply"(%24, %24) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
      "stablehlo.return"(%36) : (tensor<4x24xf32>) -> ()
    }) : (tensor<i32>) -> tensor<4x24xf32>
    %33 = "stablehlo.slice"(%32) <{limit_indices = array<i64: 4, 24>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>}> : (tensor<4x24xf32>) -> tensor<4x23xf32>
    %34 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %35 = "func.call"(%33, %34) <{callee = @_pad}> : (tensor<4x23xf32>, tensor<i32>) -> tensor<4x24xf32>
    "func.return"(%35) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<i32>, %arg6: tensor<i32>):
    %3 = "stablehlo.convert"(%arg6) : (tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %5 = "stablehlo.compare"(%3, %4) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %6 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %7 = "func.call"(%5, %6, %3) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %8 = "stablehlo.remainder"(%arg5, %7) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %9 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %10 = "stablehlo.compare"(%8, %9) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %11 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %12 = "stablehlo.compare"(%8, %11) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %13 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %14 = "stablehlo.compare"(%7, %13) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %15 = "stablehlo.compare"(%12, %14) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %16 = "stablehlo.and"(%15, %10) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %17 = "stablehlo.add"(%8, %7) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %18 = "stablehlo.select"(%16, %17, %8) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%18) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<i1>, %arg3: tensor<i32>, %arg4: tensor<i32>):
    %2 = "stablehlo.select"(%arg2, %arg3, %arg4) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%2) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x23xf32>, tensor<i32>) -> tensor<4x24xf32>, res_attrs = [{}], sym_name = "_pad", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x23xf32>, %arg1: tensor<i32>):
    %0 = "stablehlo.convert"(%arg1) : (tensor<i32>) -> tensor<f32>
    %1 = "stablehlo.pad"(%arg0, %0) <{edge_padding_high = array<i64: 0, 1>, edge_padding_low = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<4x23xf32>, tensor<f32>) -> tensor<4x24xf32>
    "func.return"(%1) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
