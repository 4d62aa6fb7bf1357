"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<4x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg17: tensor<4x24xf32>, %arg18: tensor<24xf32>, %arg19: tensor<24x24xf32>, %arg20: tensor<24xi32>):
    %48 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %49:3 = "stablehlo.while"(%arg20, %48, %arg17) ({
    ^bb0(%arg26: tensor<24xi32>, %arg27: tensor<i32>, %arg28: tensor<4x24xf32>):
      %93 = "stablehlo.slice"(%arg26) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<24xi32>) -> tensor<1xi32>
      %94 = "stablehlo.reshape"(%93) : (tensor<1xi32>) -> tensor<i32>
      %95 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %96 = "func.call"(%94, %95) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %97 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %98 = "stablehlo.add"(%97, %96) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %99 = "stablehlo.compare"(%arg27, %98) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%99) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg23: tensor<24xi32>, %arg24: tensor<i32>, %arg25: tensor<4x24xf32>):
      %86 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %87 = "stablehlo.add"(%arg24, %86) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %88 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
      %89 = "stablehlo.broadcast_in_dim"(%88) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
      %90 = "stablehlo.multiply"(%arg25, %89) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
      %91 = "stablehlo.sine"(%arg25) : (tensor<4x24xf32>) -> tensor<4x24xf32>
      %92 = "stablehlo.add"(%90, %91) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
      "stablehlo.return"(%arg23, %87, %92) : (tensor<24xi32>, tensor<i32>, tensor<4x24xf32>) -> ()
    }) : (tensor<24xi32>, tensor<i32>, tensor<4x24xf32>) -> (tensor<24xi32>, tensor<i32>, tensor<4x24xf32>)
    %50 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %51 = "stablehlo.reduce"(%49#2, %50) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg21: tensor<f32>, %arg22: tensor<f32>):
      %85 = "stablehlo.add"(%arg21, %arg22) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%85) : (tensor<f32>) -> ()
    }) : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %52 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x1xf32>
    %53 = "stablehlo.constant"() <{value = dense<2.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %54 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x1xf32>
    %55 = "stablehlo.divide"(%52, %54) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %56 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %57 = "stablehlo.subtract"(%49#2, %56) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %58 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %59 = "func.call"(%49#2, %58) <{callee = @_var}> : (tensor<4x24xf32>, tensor<i32>) -> tensor<4x1xf32>
    %60 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %61 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x1xf32>
    %62 = "stablehlo.add"(%59, %61) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %63 = "stablehlo.rsqrt"(%62) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %64 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %65 = "stablehlo.multiply"(%57, %64) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %66 = "func.call"(%65) <{callee = @_roll_static}> : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %67 = "stablehlo.concatenate"(%66, %66) <{dimension = 0 : i64}> : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<8x24xf32>
    %68 = "stablehlo.slice"(%67) <{limit_indices = array<i64: 4, 24>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<8x24xf32>) -> tensor<4x24xf32>
    %69 = "stablehlo.slice"(%arg20) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<24xi32>) -> tensor<1xi32>
    %70 = "stablehlo.reshape"(%69) : (tensor<1xi32>) -> tensor<i32>
    %71 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %72 = "func.call"(%70, %71) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %73 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %74 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %75 = "stablehlo.clamp"(%73, %72, %74) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %76 = "stablehlo.case"(%75) ({
      %82 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %83 = "stablehlo.broadcast_in_dim"(%82) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
      %84 = "stablehlo.add"(%68, %83) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
      "stablehlo.return"(%84) : (tensor<4x24xf32>) -> ()
    }, {
      %81 = "stablehlo.tanh"(%68) : (tensor<4x24xf32>) -> tensor<4x24xf32>
      "stablehlo.return"(%81) : (tensor<4x24xf32>) -> ()
    }, {
      %80 = "stablehlo.multiply"(%68, %68) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
      "stablehlo.return"(%80) : (tensor<4x24xf32>) -> ()
    }) : (tensor<i32>) -> tensor<4x24xf32>
    %77 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %78 = "func.call"(%76, %77) <{callee = @_pad}> : (tensor<4x24xf32>, tensor<i32>) -> tensor<5x24xf32>
    %79 = "stablehlo.slice"(%78) <{limit_indices = array<i64: 4, 24>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<5x24xf32>) -> tensor<4x24xf32>
    "func.return"(%79) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<i32>, %arg16: tensor<i32>):
    %32 = "stablehlo.convert"(%arg16) : (tensor<i32>) -> tensor<i32>
    %33 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %34 = "stablehlo.compare"(%32, %33) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %35 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %36 = "func.call"(%34, %35, %32) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %37 = "stablehlo.remainder"(%arg15, %36) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %38 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %39 = "stablehlo.compare"(%37, %38) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %40 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %41 = "stablehlo.compare"(%37, %40) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %42 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %43 = "stablehlo.compare"(%36, %42) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %44 = "stablehlo.compare"(%41, %43) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %45 = "stablehlo.and"(%44, %39) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %46 = "stablehlo.add"(%37, %36) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %47 = "stablehlo.select"(%45, %46, %37) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%47) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<i1>, %arg13: tensor<i32>, %arg14: tensor<i32>):
    %31 = "stablehlo.select"(%arg12, %arg13, %arg14) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%31) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x24xf32>, tensor<i32>) -> tensor<4x1xf32>, res_attrs = [{}], sym_name = "_var", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<4x24xf32>, %arg7: tensor<i32>):
    %8 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %9 = "stablehlo.reduce"(%arg6, %8) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg10: tensor<f32>, %arg11: tensor<f32>):
      %30 = "stablehlo.add"(%arg10, %arg11) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%30) : (tensor<f32>) -> ()
    }) : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x1xf32>
    %11 = "stablehlo.constant"() <{value = dense<2.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %12 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x1xf32>
    %13 = "stablehlo.divide"(%10, %12) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %14 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xf32>) -> tensor<4x24xf32>
    %15 = "stablehlo.subtract"(%arg6, %14) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %16 = "chlo.square"(%15) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %17 = "stablehlo.convert"(%arg7) : (tensor<i32>) -> tensor<f32>
    %18 = "stablehlo.constant"() <{value = dense<2.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %19 = "stablehlo.subtract"(%18, %17) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %20 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %21 = "stablehlo.reduce"(%16, %20) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg8: tensor<f32>, %arg9: tensor<f32>):
      %29 = "stablehlo.add"(%arg8, %arg9) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%29) : (tensor<f32>) -> ()
    }) : (tensor<4x24xf32>, tensor<f32>) -> tensor<4xf32>
    %22 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x1xf32>
    %23 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x1xf32>
    %24 = "stablehlo.divide"(%22, %23) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %25 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %26 = "stablehlo.compare"(%19, %25) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %27 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %28 = "func.call"(%26, %24, %27) <{callee = @_where_0}> : (tensor<i1>, tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
    "func.return"(%28) : (tensor<4x1xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>, res_attrs = [{}], sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<i1>, %arg4: tensor<4x1xf32>, %arg5: tensor<f32>):
    %5 = "stablehlo.convert"(%arg5) : (tensor<f32>) -> tensor<f32>
    %6 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x1xf32>
    %7 = "stablehlo.select"(%arg3, %arg4, %6) : (tensor<i1>, tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    "func.return"(%7) : (tensor<4x1xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x24xf32>) -> tensor<4x24xf32>, res_attrs = [{}], sym_name = "_roll_static", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<4x24xf32>):
    %2 = "stablehlo.slice"(%arg2) <{limit_indices = array<i64: 4, 24>, start_indices = array<i64: 3, 0>, strides = array<i64: 1, 1>}> : (tensor<4x24xf32>) -> tensor<1x24xf32>
    %3 = "stablehlo.slice"(%arg2) <{limit_indices = array<i64: 3, 24>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x24xf32>) -> tensor<3x24xf32>
    %4 = "stablehlo.concatenate"(%2, %3) <{dimension = 0 : i64}> : (tensor<1x24xf32>, tensor<3x24xf32>) -> tensor<4x24xf32>
    "func.return"(%4) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x24xf32>, tensor<i32>) -> tensor<5x24xf32>, res_attrs = [{}], sym_name = "_pad", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x24xf32>, %arg1: tensor<i32>):
    %0 = "stablehlo.convert"(%arg1) : (tensor<i32>) -> tensor<f32>
    %1 = "stablehlo.pad"(%arg0, %0) <{edge_padding_high = array<i64: 0, 0>, edge_padding_low = array<i64: 1, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<4x24xf32>, tensor<f32>) -> tensor<5x24xf32>
    "func.return"(%1) : (tensor<5x24xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
