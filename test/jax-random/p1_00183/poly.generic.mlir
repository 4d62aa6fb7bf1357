"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg13: tensor<?x24xf32>, %arg14: tensor<24xf32>, %arg15: tensor<24x24xf32>, %arg16: tensor<24xi32>):
    %77 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %78 = "stablehlo.get_dimension_size"(%arg13) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %79 = "stablehlo.compare"(%78, %77) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%79, %78) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 24). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %80 = "func.call"(%78, %arg13, %arg14, %arg15, %arg16) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    "func.return"(%80) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<i32>, %arg7: tensor<?x24xf32>, %arg8: tensor<24xf32>, %arg9: tensor<24x24xf32>, %arg10: tensor<24xi32>):
    %27 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %28 = "stablehlo.constant"() <{value = dense<23> : tensor<i32>}> : () -> tensor<i32>
    %29 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %30 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %31 = "stablehlo.constant"() <{value = dense<24> : tensor<i32>}> : () -> tensor<i32>
    %32 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %33 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %34 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %35 = "stablehlo.constant"() <{value = dense<2> : tensor<1xi32>}> : () -> tensor<1xi32>
    %36 = "stablehlo.constant"() <{value = dense<12> : tensor<1xi32>}> : () -> tensor<1xi32>
    %37 = "stablehlo.constant"() <{value = dense<12> : tensor<i32>}> : () -> tensor<i32>
    %38 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %39 = "stablehlo.concatenate"(%38, %36, %35) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %40 = "stablehlo.dynamic_reshape"(%arg7, %39) : (tensor<?x24xf32>, tensor<3xi32>) -> tensor<?x12x2xf32>
    %41 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xi32>
    %42 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %43 = "stablehlo.multiply"(%42, %41) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %44 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %45 = "stablehlo.add"(%44, %43) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %46 = "stablehlo.reverse"(%45) <{dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2xi32>
    %47 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %48 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %49 = "stablehlo.concatenate"(%48, %36, %32) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %50 = "stablehlo.dynamic_gather"(%40, %47, %49) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], collapsed_slice_dims = [2], start_index_map = [2], index_vector_dim = 1>, indices_are_sorted = true}> : (tensor<?x12x2xf32>, tensor<2x1xi32>, tensor<3xi32>) -> tensor<?x12x2xf32>
    %51 = "stablehlo.reverse"(%50) <{dimensions = array<i64: 2>}> : (tensor<?x12x2xf32>) -> tensor<?x12x2xf32>
    %52 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %53 = "stablehlo.concatenate"(%52, %30) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %54 = "stablehlo.dynamic_reshape"(%51, %53) : (tensor<?x12x2xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %55 = "func.call"(%arg6, %arg10, %29, %28) <{callee = @clip}> : (tensor<i32>, tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>
    %56 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %57 = "stablehlo.compare"(%55, %56) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi1>
    %58 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %59 = "stablehlo.add"(%55, %58) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %60 = "stablehlo.select"(%57, %59, %55) : (tensor<24xi1>, tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %61 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64: 0>}> : (tensor<24xi32>) -> tensor<24x1xi32>
    %62 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %63 = "stablehlo.concatenate"(%62, %30) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %64 = "stablehlo.dynamic_broadcast_in_dim"(%27, %63) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %65 = "stablehlo.scatter"(%54, %61, %64) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1], index_vector_dim = 1>}> ({
    ^bb0(%arg11: tensor<f32>, %arg12: tensor<f32>):
      %76 = "stablehlo.add"(%arg11, %arg12) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%76) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<24x1xi32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %66 = "func.call"(%arg6, %65) <{callee = @softplus}> : (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %67 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %68 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %69 = "stablehlo.concatenate"(%68, %36) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %70 = "stablehlo.dynamic_gather"(%66, %67, %69) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [1]>, indices_are_sorted = true}> : (tensor<?x24xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x12xf32>
    %71 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %72 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %73 = "stablehlo.concatenate"(%72, %36) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %74 = "stablehlo.dynamic_gather"(%66, %71, %73) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [1]>, indices_are_sorted = true}> : (tensor<?x24xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x12xf32>
    %75 = "stablehlo.concatenate"(%70, %74) <{dimension = 1 : i64}> : (tensor<?x12xf32>, tensor<?x12xf32>) -> tensor<?x24xf32>
    "func.return"(%75) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<i32>, %arg3: tensor<24xi32>, %arg4: tensor<i32>, %arg5: tensor<i32>):
    %21 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<i32>
    %22 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %23 = "stablehlo.maximum"(%22, %arg3) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %24 = "stablehlo.convert"(%arg5) : (tensor<i32>) -> tensor<i32>
    %25 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %26 = "stablehlo.minimum"(%25, %23) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    "func.return"(%26) : (tensor<24xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>, sym_name = "softplus", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x24xf32>):
    %0 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %1 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %3 = "stablehlo.concatenate"(%2, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %4 = "stablehlo.dynamic_broadcast_in_dim"(%1, %3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %5 = "stablehlo.maximum"(%arg1, %4) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %6 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %7 = "stablehlo.concatenate"(%6, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %8 = "stablehlo.dynamic_broadcast_in_dim"(%1, %7) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %9 = "stablehlo.subtract"(%arg1, %8) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %10 = "stablehlo.compare"(%9, %9) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xi1>
    %11 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %12 = "stablehlo.concatenate"(%11, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %13 = "stablehlo.dynamic_broadcast_in_dim"(%1, %12) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %14 = "stablehlo.add"(%arg1, %13) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %15 = "stablehlo.abs"(%9) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %16 = "stablehlo.negate"(%15) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %17 = "stablehlo.exponential"(%16) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %18 = "stablehlo.log_plus_one"(%17) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %19 = "stablehlo.add"(%5, %18) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %20 = "stablehlo.select"(%10, %14, %19) : (tensor<?x24xi1>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%20) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
