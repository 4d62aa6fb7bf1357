"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg26: tensor<?x16xf32>, %arg27: tensor<16xf32>, %arg28: tensor<16x16xf32>, %arg29: tensor<16xi32>):
    %67 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %68 = "stablehlo.get_dimension_size"(%arg26) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %69 = "stablehlo.compare"(%68, %67) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%69, %68) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 16). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %70 = "func.call"(%68, %arg26, %arg27, %arg28, %arg29) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>
    "func.return"(%70) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg13: tensor<i32>, %arg14: tensor<?x16xf32>, %arg15: tensor<16xf32>, %arg16: tensor<16x16xf32>, %arg17: tensor<16xi32>):
    %18 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %19 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %21 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %22 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %23 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %24 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %25 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %26:3 = "stablehlo.while"(%arg17, %25, %arg14) ({
    ^bb0(%arg23: tensor<16xi32>, %arg24: tensor<i32>, %arg25: tensor<?x16xf32>):
      %62 = "stablehlo.slice"(%arg23) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<16xi32>) -> tensor<1xi32>
      %63 = "stablehlo.reshape"(%62) : (tensor<1xi32>) -> tensor<i32>
      %64 = "func.call"(%arg13, %63, %24) <{callee = @remainder}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %65 = "stablehlo.add"(%24, %64) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %66 = "stablehlo.compare"(%arg24, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%66) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg20: tensor<16xi32>, %arg21: tensor<i32>, %arg22: tensor<?x16xf32>):
      %55 = "stablehlo.add"(%arg21, %23) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %56 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
      %57 = "stablehlo.concatenate"(%56, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %58 = "stablehlo.dynamic_broadcast_in_dim"(%22, %57) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
      %59 = "stablehlo.multiply"(%arg22, %58) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
      %60 = "stablehlo.sine"(%arg22) : (tensor<?x16xf32>) -> tensor<?x16xf32>
      %61 = "stablehlo.add"(%59, %60) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%arg20, %55, %61) : (tensor<16xi32>, tensor<i32>, tensor<?x16xf32>) -> ()
    }) : (tensor<16xi32>, tensor<i32>, tensor<?x16xf32>) -> (tensor<16xi32>, tensor<i32>, tensor<?x16xf32>)
    %27 = "stablehlo.reduce"(%arg15, %20) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg18: tensor<f32>, %arg19: tensor<f32>):
      %54 = "stablehlo.add"(%arg18, %arg19) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%54) : (tensor<f32>) -> ()
    }) : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %28 = "stablehlo.compare"(%27, %20) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %29 = "stablehlo.convert"(%28) : (tensor<i1>) -> tensor<i32>
    %30 = "stablehlo.case"(%29) ({
      %53 = "stablehlo.tanh"(%26#2) : (tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%53) : (tensor<?x16xf32>) -> ()
    }, {
      %49 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
      %50 = "stablehlo.concatenate"(%49, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %51 = "stablehlo.dynamic_broadcast_in_dim"(%19, %50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
      %52 = "stablehlo.multiply"(%26#2, %51) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%52) : (tensor<?x16xf32>) -> ()
    }) : (tensor<i32>) -> tensor<?x16xf32>
    %31 = "stablehlo.broadcast_in_dim"(%arg15) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xf32>) -> tensor<1x16xf32>
    %32 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %33 = "stablehlo.concatenate"(%32, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %34 = "stablehlo.dynamic_broadcast_in_dim"(%31, %33) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %35 = "stablehlo.add"(%30, %34) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %36 = "stablehlo.abs"(%35) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %37 = "stablehlo.negate"(%36) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %38 = "stablehlo.exponential"(%37) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %39 = "stablehlo.tanh"(%38) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %40 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %41 = "stablehlo.concatenate"(%40, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %42 = "stablehlo.dynamic_broadcast_in_dim"(%22, %41) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %43 = "stablehlo.multiply"(%39, %42) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %44 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %45 = "stablehlo.concatenate"(%44, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %46 = "stablehlo.dynamic_broadcast_in_dim"(%18, %45) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %47 = "stablehlo.add"(%43, %46) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %48 = "func.call"(%arg13, %47) <{callee = @cumprod}> : (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%48) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<i32>, %arg11: tensor<i32>, %arg12: tensor<i32>):
    %5 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %6 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %7 = "stablehlo.convert"(%arg12) : (tensor<i32>) -> tensor<i32>
    %8 = "stablehlo.compare"(%7, %6) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %9 = "func.call"(%arg10, %8, %5, %7) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %10 = "stablehlo.remainder"(%arg11, %9) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %11 = "stablehlo.compare"(%10, %6) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %12 = "stablehlo.compare"(%10, %6) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %13 = "stablehlo.compare"(%9, %6) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %14 = "stablehlo.compare"(%12, %13) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %15 = "stablehlo.and"(%14, %11) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %16 = "stablehlo.add"(%10, %9) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %17 = "stablehlo.select"(%15, %16, %10) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%17) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<i32>, %arg7: tensor<i1>, %arg8: tensor<i32>, %arg9: tensor<i32>):
    %4 = "stablehlo.select"(%arg7, %arg8, %arg9) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%4) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>, sym_name = "cumprod", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<?x16xf32>):
    %3 = "func.call"(%arg4, %arg5) <{callee = @cumprod_0}> : (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%3) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>, sym_name = "cumprod_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x16xf32>):
    %0 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.reduce_window"(%arg1, %0) <{padding = dense<[[0, 0], [15, 0]]> : tensor<2x2xi64>, window_dimensions = array<i64: 1, 16>}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %2 = "stablehlo.multiply"(%arg2, %arg3) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?x16xf32>
    "func.return"(%1) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
