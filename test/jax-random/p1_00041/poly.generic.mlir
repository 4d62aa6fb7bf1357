"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> (tensor<?x8xf32>, tensor<?x8xi32>, tensor<?x8xi32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}, {jax.result_info = "result[3]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg38: tensor<?x8xf32>, %arg39: tensor<8xf32>, %arg40: tensor<8x8xf32>, %arg41: tensor<8xi32>):
    %111 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %112 = "stablehlo.get_dimension_size"(%arg38) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %113 = "stablehlo.compare"(%112, %111) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%113, %112) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 8). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %114:4 = "func.call"(%112, %arg38, %arg39, %arg40, %arg41) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> (tensor<?x8xf32>, tensor<?x8xi32>, tensor<?x8xi32>, tensor<?x2xf32>)
    "func.return"(%114#0, %114#1, %114#2, %114#3) : (tensor<?x8xf32>, tensor<?x8xi32>, tensor<?x8xi32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> (tensor<?x8xf32>, tensor<?x8xi32>, tensor<?x8xi32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}, {jax.result_info = "result[3]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg13: tensor<i32>, %arg14: tensor<?x8xf32>, %arg15: tensor<8xf32>, %arg16: tensor<8x8xf32>, %arg17: tensor<8xi32>):
    %44 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %45 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %46 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %47 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %48 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %49 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %50 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %51 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %52 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %53 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %54 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %55 = "stablehlo.concatenate"(%54, %52) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %56 = "stablehlo.dynamic_broadcast_in_dim"(%53, %55) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %57 = "stablehlo.multiply"(%arg14, %56) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %58 = "stablehlo.abs"(%57) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %59 = "stablehlo.convert"(%58) : (tensor<?x8xf32>) -> tensor<?x8xi32>
    %60 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %61 = "stablehlo.concatenate"(%60, %52) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %62 = "stablehlo.dynamic_broadcast_in_dim"(%51, %61) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x8xi32>
    %63 = "stablehlo.shift_right_arithmetic"(%59, %62) : (tensor<?x8xi32>, tensor<?x8xi32>) -> tensor<?x8xi32>
    %64 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xi32>) -> tensor<1x8xi32>
    %65 = "stablehlo.negate"(%64) : (tensor<1x8xi32>) -> tensor<1x8xi32>
    %66 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %67 = "stablehlo.concatenate"(%66, %52) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %68 = "stablehlo.dynamic_broadcast_in_dim"(%65, %67) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x8xi32>, tensor<2xi32>) -> tensor<?x8xi32>
    %69 = "stablehlo.xor"(%63, %68) : (tensor<?x8xi32>, tensor<?x8xi32>) -> tensor<?x8xi32>
    %70 = "stablehlo.floor"(%arg14) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %71 = "stablehlo.convert"(%70) : (tensor<?x8xf32>) -> tensor<?x8xi32>
    %72 = "stablehlo.negate"(%71) : (tensor<?x8xi32>) -> tensor<?x8xi32>
    %73 = "stablehlo.get_dimension_size"(%arg14) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %74 = "stablehlo.reshape"(%73) : (tensor<i32>) -> tensor<1xi32>
    %75 = "stablehlo.get_dimension_size"(%arg14) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %76 = "stablehlo.reshape"(%75) : (tensor<i32>) -> tensor<1xi32>
    %77 = "stablehlo.concatenate"(%74, %76) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %78 = "stablehlo.dynamic_broadcast_in_dim"(%44, %77) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %79 = "stablehlo.atan2"(%arg14, %78) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %80 = "stablehlo.reduce"(%79, %50) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg36: tensor<f32>, %arg37: tensor<f32>):
      %110 = "stablehlo.maximum"(%arg36, %arg37) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%110) : (tensor<f32>) -> ()
    }) : (tensor<?x8xf32>, tensor<f32>) -> tensor<?xf32>
    %81 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %82 = "stablehlo.dynamic_broadcast_in_dim"(%50, %81) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %83 = "stablehlo.maximum"(%82, %80) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    %84 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %85 = "stablehlo.concatenate"(%84, %48) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %86 = "stablehlo.dynamic_broadcast_in_dim"(%83, %85) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %87 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %88 = "stablehlo.concatenate"(%87, %52) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %89 = "stablehlo.dynamic_broadcast_in_dim"(%86, %88) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %90 = "stablehlo.subtract"(%79, %89) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %91 = "stablehlo.exponential"(%90) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %92 = "stablehlo.reduce"(%91, %47) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg34: tensor<f32>, %arg35: tensor<f32>):
      %109 = "stablehlo.add"(%arg34, %arg35) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%109) : (tensor<f32>) -> ()
    }) : (tensor<?x8xf32>, tensor<f32>) -> tensor<?xf32>
    %93 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %94 = "stablehlo.concatenate"(%93, %48) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %95 = "stablehlo.dynamic_broadcast_in_dim"(%92, %94) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %96 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %97 = "stablehlo.concatenate"(%96, %52) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %98 = "stablehlo.dynamic_broadcast_in_dim"(%95, %97) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %99 = "stablehlo.divide"(%91, %98) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %100:2 = "stablehlo.composite"(%99) <{composite_attributes = {k = 2 : i64}, decomposition = @chlo.top_k.impl, name = "chlo.top_k", version = 1 : i32}> : (tensor<?x8xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>)
    %101:4 = "stablehlo.while"(%arg15, %46, %46, %99) ({
    ^bb0(%arg30: tensor<8xf32>, %arg31: tensor<i32>, %arg32: tensor<i32>, %arg33: tensor<?x8xf32>):
      %108 = "stablehlo.compare"(%arg31, %45) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%108) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg26: tensor<8xf32>, %arg27: tensor<i32>, %arg28: tensor<i32>, %arg29: tensor<?x8xf32>):
      %106:2 = "func.call"(%arg13, %arg26, %arg28, %arg29) <{callee = @closed_call}> : (tensor<i32>, tensor<8xf32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<i32>, tensor<?x8xf32>)
      %107 = "stablehlo.add"(%arg27, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg26, %107, %106#0, %106#1) : (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>) -> ()
    }) : (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>)
    %102:4 = "stablehlo.while"(%arg15, %46, %46, %101#3) ({
    ^bb0(%arg22: tensor<8xf32>, %arg23: tensor<i32>, %arg24: tensor<i32>, %arg25: tensor<?x8xf32>):
      %105 = "stablehlo.compare"(%arg23, %45) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%105) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg18: tensor<8xf32>, %arg19: tensor<i32>, %arg20: tensor<i32>, %arg21: tensor<?x8xf32>):
      %103:2 = "func.call"(%arg13, %arg18, %arg20, %arg21) <{callee = @closed_call_0}> : (tensor<i32>, tensor<8xf32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<i32>, tensor<?x8xf32>)
      %104 = "stablehlo.add"(%arg19, %49) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg18, %104, %103#0, %103#1) : (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>) -> ()
    }) : (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>)
    "func.return"(%102#3, %69, %72, %100#0) : (tensor<?x8xf32>, tensor<?x8xi32>, tensor<?x8xi32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x8xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>), sym_name = "chlo.top_k.impl", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<?x8xf32>):
    %28 = "stablehlo.constant"() <{value = dense<1> : tensor<2xi64>}> : () -> tensor<2xi64>
    %29 = "stablehlo.constant"() <{value = dense<0> : tensor<2xi64>}> : () -> tensor<2xi64>
    %30 = "stablehlo.constant"() <{value = dense<2> : tensor<i64>}> : () -> tensor<i64>
    %31 = "stablehlo.constant"() <{value = dense<8> : tensor<i64>}> : () -> tensor<i64>
    %32 = "stablehlo.get_dimension_size"(%arg8) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %33 = "stablehlo.convert"(%32) : (tensor<i32>) -> tensor<i64>
    %34 = "stablehlo.reshape"(%33) : (tensor<i64>) -> tensor<1xi64>
    %35 = "stablehlo.reshape"(%31) : (tensor<i64>) -> tensor<1xi64>
    %36 = "stablehlo.concatenate"(%34, %35) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %37 = "stablehlo.reshape"(%30) : (tensor<i64>) -> tensor<1xi64>
    %38 = "stablehlo.concatenate"(%34, %37) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %39 = "stablehlo.dynamic_iota"(%36) <{iota_dimension = 1 : i64}> : (tensor<2xi64>) -> tensor<?x8xi32>
    %40:2 = "stablehlo.sort"(%arg8, %39) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg9: tensor<f32>, %arg10: tensor<f32>, %arg11: tensor<i32>, %arg12: tensor<i32>):
      %43 = "stablehlo.compare"(%arg9, %arg10) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "stablehlo.return"(%43) : (tensor<i1>) -> ()
    }) : (tensor<?x8xf32>, tensor<?x8xi32>) -> (tensor<?x8xf32>, tensor<?x8xi32>)
    %41 = "stablehlo.real_dynamic_slice"(%40#0, %29, %38, %28) : (tensor<?x8xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xf32>
    %42 = "stablehlo.real_dynamic_slice"(%40#1, %29, %38, %28) : (tensor<?x8xi32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xi32>
    "func.return"(%41, %42) : (tensor<?x2xf32>, tensor<?x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<8xf32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<i32>, tensor<?x8xf32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<8xf32>, %arg6: tensor<i32>, %arg7: tensor<?x8xf32>):
    %14 = "stablehlo.constant"() <{value = dense<0.899999976> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %16 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %17 = "stablehlo.add"(%arg6, %16) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %18 = "stablehlo.broadcast_in_dim"(%arg5) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %19 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %20 = "stablehlo.concatenate"(%19, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %21 = "stablehlo.dynamic_broadcast_in_dim"(%18, %20) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x8xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %22 = "stablehlo.add"(%arg7, %21) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %23 = "stablehlo.tanh"(%22) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %24 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %25 = "stablehlo.concatenate"(%24, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %26 = "stablehlo.dynamic_broadcast_in_dim"(%14, %25) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %27 = "stablehlo.multiply"(%23, %26) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%17, %27) : (tensor<i32>, tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<8xf32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<i32>, tensor<?x8xf32>), sym_name = "closed_call_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<8xf32>, %arg2: tensor<i32>, %arg3: tensor<?x8xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.899999976> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %2 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.add"(%arg2, %2) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %5 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %6 = "stablehlo.concatenate"(%5, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %7 = "stablehlo.dynamic_broadcast_in_dim"(%4, %6) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x8xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %8 = "stablehlo.add"(%arg3, %7) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %9 = "stablehlo.tanh"(%8) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %10 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %11 = "stablehlo.concatenate"(%10, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %12 = "stablehlo.dynamic_broadcast_in_dim"(%0, %11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %13 = "stablehlo.multiply"(%9, %12) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%3, %13) : (tensor<i32>, tensor<?x8xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
