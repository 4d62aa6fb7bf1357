"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> tensor<?x6xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg9: tensor<?x6xf32>, %arg10: tensor<6xf32>, %arg11: tensor<6x6xf32>, %arg12: tensor<6xi32>):
    %34 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %35 = "stablehlo.get_dimension_size"(%arg9) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %36 = "stablehlo.compare"(%35, %34) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%36, %35) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 6). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %37 = "func.call"(%35, %arg9, %arg10, %arg11, %arg12) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> tensor<?x6xf32>
    "func.return"(%37) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> tensor<?x6xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<?x6xf32>, %arg6: tensor<6xf32>, %arg7: tensor<6x6xf32>, %arg8: tensor<6xi32>):
    %4 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %5 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %6 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %7 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %8 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %9 = "func.call"(%arg4, %arg5) <{callee = @cummax}> : (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %10 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %11 = "stablehlo.gather"(%9, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true, slice_sizes = array<i64: 1, 6>}> : (tensor<?x6xf32>, tensor<1xi32>) -> tensor<1x6xf32>
    %12 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %13 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<i32>
    %14 = "stablehlo.add"(%13, %6) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %15 = "stablehlo.reshape"(%14) : (tensor<i32>) -> tensor<1xi32>
    %16 = "stablehlo.concatenate"(%15, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %17 = "stablehlo.dynamic_gather"(%9, %12, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x6xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x6xf32>
    %18 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %19 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<i32>
    %20 = "stablehlo.add"(%19, %6) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %21 = "stablehlo.reshape"(%20) : (tensor<i32>) -> tensor<1xi32>
    %22 = "stablehlo.concatenate"(%21, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %23 = "stablehlo.dynamic_gather"(%9, %18, %22) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x6xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x6xf32>
    %24 = "stablehlo.subtract"(%17, %23) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %25 = "stablehlo.concatenate"(%11, %24) <{dimension = 0 : i64}> : (tensor<1x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %26 = "stablehlo.abs"(%arg6) : (tensor<6xf32>) -> tensor<6xf32>
    %27 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %28 = "stablehlo.add"(%27, %26) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %29 = "stablehlo.broadcast_in_dim"(%28) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1x6xf32>
    %30 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %31 = "stablehlo.concatenate"(%30, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %32 = "stablehlo.dynamic_broadcast_in_dim"(%29, %31) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %33 = "stablehlo.divide"(%25, %32) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%33) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>, sym_name = "cummax", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x6xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
    %2 = "stablehlo.reduce_window"(%arg1, %1) <{padding = dense<[[0, 0], [5, 0]]> : tensor<2x2xi64>, window_dimensions = array<i64: 1, 6>}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %3 = "stablehlo.maximum"(%arg2, %arg3) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%3) : (tensor<f32>) -> ()
    }) : (tensor<?x6xf32>, tensor<f32>) -> tensor<?x6xf32>
    "func.return"(%2) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
