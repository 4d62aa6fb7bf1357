"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg11: tensor<?x16xf32>, %arg12: tensor<16xf32>, %arg13: tensor<16x16xf32>, %arg14: tensor<16xi32>):
    %29 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %30 = "stablehlo.get_dimension_size"(%arg11) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %31 = "stablehlo.compare"(%30, %29) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%31, %30) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 16). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %32 = "func.call"(%30, %arg11, %arg12, %arg13, %arg14) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>
    "func.return"(%32) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<?x16xf32>, %arg6: tensor<16xf32>, %arg7: tensor<16x16xf32>, %arg8: tensor<16xi32>):
    %11 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %12 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %13 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %14 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %16 = "func.call"(%arg4, %arg5, %14, %15) <{callee = @clip}> : (tensor<i32>, tensor<?x16xf32>, tensor<f32>, tensor<f32>) -> tensor<?x16xf32>
    %17 = "stablehlo.reduce"(%arg6, %13) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg9: tensor<f32>, %arg10: tensor<f32>):
      %28 = "stablehlo.add"(%arg9, %arg10) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%28) : (tensor<f32>) -> ()
    }) : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %18 = "stablehlo.compare"(%17, %13) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %19 = "stablehlo.convert"(%18) : (tensor<i1>) -> tensor<i32>
    %20 = "stablehlo.case"(%19) ({
      %27 = "stablehlo.tanh"(%16) : (tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%27) : (tensor<?x16xf32>) -> ()
    }, {
      %23 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
      %24 = "stablehlo.concatenate"(%23, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %25 = "stablehlo.dynamic_broadcast_in_dim"(%12, %24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
      %26 = "stablehlo.multiply"(%16, %25) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%26) : (tensor<?x16xf32>) -> ()
    }) : (tensor<i32>) -> tensor<?x16xf32>
    %21 = "stablehlo.abs"(%20) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %22 = "stablehlo.log_plus_one"(%21) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%22) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<f32>, tensor<f32>) -> tensor<?x16xf32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x16xf32>, %arg2: tensor<f32>, %arg3: tensor<f32>):
    %0 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %1 = "stablehlo.convert"(%arg2) : (tensor<f32>) -> tensor<f32>
    %2 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %3 = "stablehlo.concatenate"(%2, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %4 = "stablehlo.dynamic_broadcast_in_dim"(%1, %3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %5 = "stablehlo.maximum"(%4, %arg1) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %6 = "stablehlo.convert"(%arg3) : (tensor<f32>) -> tensor<f32>
    %7 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %8 = "stablehlo.concatenate"(%7, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %9 = "stablehlo.dynamic_broadcast_in_dim"(%6, %8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %10 = "stablehlo.minimum"(%9, %5) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%10) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
