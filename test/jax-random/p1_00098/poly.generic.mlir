"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<?x16xf32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg10: tensor<?x16xf32>, %arg11: tensor<16xf32>, %arg12: tensor<16x16xf32>, %arg13: tensor<16xi32>):
    %33 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %34 = "stablehlo.get_dimension_size"(%arg10) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %35 = "stablehlo.compare"(%34, %33) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%35, %34) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 16). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %36:2 = "func.call"(%34, %arg10, %arg11, %arg12, %arg13) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<?x16xf32>, tensor<?x2xf32>)
    "func.return"(%36#0, %36#1) : (tensor<?x16xf32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<?x16xf32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<i32>, %arg6: tensor<?x16xf32>, %arg7: tensor<16xf32>, %arg8: tensor<16x16xf32>, %arg9: tensor<16xi32>):
    %16 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %18 = "stablehlo.abs"(%arg6) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %19 = "stablehlo.negate"(%18) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %20 = "stablehlo.exponential"(%19) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %21 = "stablehlo.broadcast_in_dim"(%arg7) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xf32>) -> tensor<1x16xf32>
    %22 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %23 = "stablehlo.concatenate"(%22, %17) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %24 = "stablehlo.dynamic_broadcast_in_dim"(%21, %23) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %25 = "stablehlo.add"(%20, %24) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %26 = "stablehlo.multiply"(%25, %25) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %27 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %28 = "stablehlo.concatenate"(%27, %17) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %29 = "stablehlo.dynamic_broadcast_in_dim"(%16, %28) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %30 = "stablehlo.add"(%29, %26) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %31 = "stablehlo.rsqrt"(%30) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %32:2 = "stablehlo.composite"(%31) <{composite_attributes = {k = 2 : i64}, decomposition = @chlo.top_k.impl, name = "chlo.top_k", version = 1 : i32}> : (tensor<?x16xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>)
    "func.return"(%31, %32#0) : (tensor<?x16xf32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x16xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>), sym_name = "chlo.top_k.impl", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<?x16xf32>):
    %0 = "stablehlo.constant"() <{value = dense<1> : tensor<2xi64>}> : () -> tensor<2xi64>
    %1 = "stablehlo.constant"() <{value = dense<0> : tensor<2xi64>}> : () -> tensor<2xi64>
    %2 = "stablehlo.constant"() <{value = dense<2> : tensor<i64>}> : () -> tensor<i64>
    %3 = "stablehlo.constant"() <{value = dense<16> : tensor<i64>}> : () -> tensor<i64>
    %4 = "stablehlo.get_dimension_size"(%arg0) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %5 = "stablehlo.convert"(%4) : (tensor<i32>) -> tensor<i64>
    %6 = "stablehlo.reshape"(%5) : (tensor<i64>) -> tensor<1xi64>
    %7 = "stablehlo.reshape"(%3) : (tensor<i64>) -> tensor<1xi64>
    %8 = "stablehlo.concatenate"(%6, %7) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %9 = "stablehlo.reshape"(%2) : (tensor<i64>) -> tensor<1xi64>
    %10 = "stablehlo.concatenate"(%6, %9) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %11 = "stablehlo.dynamic_iota"(%8) <{iota_dimension = 1 : i64}> : (tensor<2xi64>) -> tensor<?x16xi32>
    %12:2 = "stablehlo.sort"(%arg0, %11) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>, %arg3: tensor<i32>, %arg4: tensor<i32>):
      %15 = "stablehlo.compare"(%arg1, %arg2) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "stablehlo.return"(%15) : (tensor<i1>) -> ()
    }) : (tensor<?x16xf32>, tensor<?x16xi32>) -> (tensor<?x16xf32>, tensor<?x16xi32>)
    %13 = "stablehlo.real_dynamic_slice"(%12#0, %1, %10, %0) : (tensor<?x16xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xf32>
    %14 = "stablehlo.real_dynamic_slice"(%12#1, %1, %10, %0) : (tensor<?x16xi32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xi32>
    "func.return"(%13, %14) : (tensor<?x2xf32>, tensor<?x2xi32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
