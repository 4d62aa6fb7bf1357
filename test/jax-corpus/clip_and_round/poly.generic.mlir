"builtin.module"() <{sym_name = "jit_clip_and_round"}> ({
  "func.func"() <{function_type = (tensor<?x6xf32>) -> tensor<?x6xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg8: tensor<?x6xf32>):
    %22 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %23 = "stablehlo.get_dimension_size"(%arg8) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %24 = "stablehlo.compare"(%23, %22) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%24, %23) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 6). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %25 = "func.call"(%23, %arg8) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%25) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<i32>, %arg7: tensor<?x6xf32>):
    %12 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %13 = "stablehlo.constant"() <{value = dense<-2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %14 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %15 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %16 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %17 = "stablehlo.concatenate"(%16, %14) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %18 = "stablehlo.dynamic_broadcast_in_dim"(%15, %17) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %19 = "stablehlo.multiply"(%arg7, %18) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %20 = "func.call"(%arg6, %19, %13, %12) <{callee = @clip}> : (tensor<i32>, tensor<?x6xf32>, tensor<f32>, tensor<f32>) -> tensor<?x6xf32>
    %21 = "func.call"(%arg6, %20) <{callee = @round}> : (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%21) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x6xf32>, tensor<f32>, tensor<f32>) -> tensor<?x6xf32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<i32>, %arg3: tensor<?x6xf32>, %arg4: tensor<f32>, %arg5: tensor<f32>):
    %1 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %2 = "stablehlo.convert"(%arg4) : (tensor<f32>) -> tensor<f32>
    %3 = "stablehlo.reshape"(%arg2) : (tensor<i32>) -> tensor<1xi32>
    %4 = "stablehlo.concatenate"(%3, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %5 = "stablehlo.dynamic_broadcast_in_dim"(%2, %4) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %6 = "stablehlo.maximum"(%5, %arg3) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %7 = "stablehlo.convert"(%arg5) : (tensor<f32>) -> tensor<f32>
    %8 = "stablehlo.reshape"(%arg2) : (tensor<i32>) -> tensor<1xi32>
    %9 = "stablehlo.concatenate"(%8, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %10 = "stablehlo.dynamic_broadcast_in_dim"(%7, %9) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %11 = "stablehlo.minimum"(%10, %6) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%11) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>, sym_name = "round", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x6xf32>):
    %0 = "stablehlo.round_nearest_even"(%arg1) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%0) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
