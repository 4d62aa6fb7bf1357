"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> tensor<?x6xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg18: tensor<?x6xf32>, %arg19: tensor<6xf32>, %arg20: tensor<6x6xf32>, %arg21: tensor<6xi32>):
    %65 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %66 = "stablehlo.get_dimension_size"(%arg18) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %67 = "stablehlo.compare"(%66, %65) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%67, %66) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 6). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %68 = "func.call"(%66, %arg18, %arg19, %arg20, %arg21) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> tensor<?x6xf32>
    "func.return"(%68) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> tensor<?x6xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<i32>, %arg12: tensor<?x6xf32>, %arg13: tensor<6xf32>, %arg14: tensor<6x6xf32>, %arg15: tensor<6xi32>):
    %25 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %26 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %27 = "stablehlo.constant"() <{value = dense<6.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %28 = "stablehlo.constant"() <{value = dense<3> : tensor<1xi32>}> : () -> tensor<1xi32>
    %29 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %30 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
    %31 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %32 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %33 = "stablehlo.slice"(%arg15) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<6xi32>) -> tensor<3xi32>
    %34 = "func.call"(%arg11, %33, %32, %31) <{callee = @clip}> : (tensor<i32>, tensor<3xi32>, tensor<i32>, tensor<i32>) -> tensor<3xi32>
    %35 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %36 = "stablehlo.compare"(%34, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %37 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %38 = "stablehlo.add"(%34, %37) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %39 = "stablehlo.select"(%36, %38, %34) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %40 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %41 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %42 = "stablehlo.concatenate"(%41, %28) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %43 = "stablehlo.dynamic_broadcast_in_dim"(%29, %42) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x3xf32>
    %44 = "stablehlo.scatter"(%arg12, %40, %43) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1], index_vector_dim = 1>}> ({
    ^bb0(%arg16: tensor<f32>, %arg17: tensor<f32>):
      "stablehlo.return"(%arg17) : (tensor<f32>) -> ()
    }) : (tensor<?x6xf32>, tensor<3x1xi32>, tensor<?x3xf32>) -> tensor<?x6xf32>
    %45 = "stablehlo.dot_general"(%44, %arg14) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<?x6xf32>, tensor<6x6xf32>) -> tensor<?x6xf32>
    %46 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %47 = "stablehlo.concatenate"(%46, %26) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %48 = "stablehlo.dynamic_broadcast_in_dim"(%27, %47) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %49 = "stablehlo.divide"(%45, %48) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %50 = "stablehlo.add"(%49, %44) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %51 = "func.call"(%arg11, %arg15, %25) <{callee = @remainder}> : (tensor<i32>, tensor<6xi32>, tensor<i32>) -> tensor<6xi32>
    %52 = "stablehlo.negate"(%51) : (tensor<6xi32>) -> tensor<6xi32>
    %53 = "stablehlo.convert"(%52) : (tensor<6xi32>) -> tensor<6xf32>
    %54 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1x6xf32>
    %55 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %56 = "stablehlo.concatenate"(%55, %26) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %57 = "stablehlo.dynamic_broadcast_in_dim"(%54, %56) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %58 = "stablehlo.add"(%50, %57) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %59 = "stablehlo.dot_general"(%58, %arg14) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<?x6xf32>, tensor<6x6xf32>) -> tensor<?x6xf32>
    %60 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %61 = "stablehlo.concatenate"(%60, %26) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %62 = "stablehlo.dynamic_broadcast_in_dim"(%27, %61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %63 = "stablehlo.divide"(%59, %62) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %64 = "stablehlo.add"(%63, %58) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%64) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<3xi32>, tensor<i32>, tensor<i32>) -> tensor<3xi32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<3xi32>, %arg9: tensor<i32>, %arg10: tensor<i32>):
    %19 = "stablehlo.convert"(%arg9) : (tensor<i32>) -> tensor<i32>
    %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %21 = "stablehlo.maximum"(%20, %arg8) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %22 = "stablehlo.convert"(%arg10) : (tensor<i32>) -> tensor<i32>
    %23 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %24 = "stablehlo.minimum"(%23, %21) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    "func.return"(%24) : (tensor<3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<6xi32>, tensor<i32>) -> tensor<6xi32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<6xi32>, %arg6: tensor<i32>):
    %1 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.convert"(%arg6) : (tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.compare"(%3, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = "func.call"(%arg4, %4, %1, %3) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %7 = "stablehlo.remainder"(%arg5, %6) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %8 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %9 = "stablehlo.compare"(%7, %8) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %10 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %11 = "stablehlo.compare"(%7, %10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %12 = "stablehlo.compare"(%5, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %13 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<6xi1>
    %14 = "stablehlo.compare"(%11, %13) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xi1>, tensor<6xi1>) -> tensor<6xi1>
    %15 = "stablehlo.and"(%14, %9) : (tensor<6xi1>, tensor<6xi1>) -> tensor<6xi1>
    %16 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %17 = "stablehlo.add"(%7, %16) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %18 = "stablehlo.select"(%15, %17, %7) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    "func.return"(%18) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<i1>, %arg2: tensor<i32>, %arg3: tensor<i32>):
    %0 = "stablehlo.select"(%arg1, %arg2, %arg3) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%0) : (tensor<i32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
