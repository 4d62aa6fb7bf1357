"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg16: tensor<?x16xf32>, %arg17: tensor<16xf32>, %arg18: tensor<16x16xf32>, %arg19: tensor<16xi32>):
    %95 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %96 = "stablehlo.get_dimension_size"(%arg16) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %97 = "stablehlo.compare"(%96, %95) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%97, %96) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 16). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %98 = "func.call"(%96, %arg16, %arg17, %arg18, %arg19) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>
    "func.return"(%98) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<?x16xf32>, %arg9: tensor<16xf32>, %arg10: tensor<16x16xf32>, %arg11: tensor<16xi32>):
    %14 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %16 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %18 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %20 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %21 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %22 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %23 = "stablehlo.constant"() <{value = dense<15> : tensor<i32>}> : () -> tensor<i32>
    %24 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %25 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
    %26 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %27 = "stablehlo.multiply"(%26, %25) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %28 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %29 = "stablehlo.add"(%28, %27) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %30 = "stablehlo.reverse"(%29) <{dimensions = array<i64: 0>}> : (tensor<16xi32>) -> tensor<16xi32>
    %31 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64: 0>}> : (tensor<16xi32>) -> tensor<16x1xi32>
    %32 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %33 = "stablehlo.concatenate"(%32, %22) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %34 = "stablehlo.dynamic_gather"(%arg8, %31, %33) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, indices_are_sorted = true}> : (tensor<?x16xf32>, tensor<16x1xi32>, tensor<2xi32>) -> tensor<?x16xf32>
    %35 = "stablehlo.reverse"(%34) <{dimensions = array<i64: 1>}> : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %36 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %37 = "stablehlo.concatenate"(%36, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %38 = "stablehlo.dynamic_broadcast_in_dim"(%21, %37) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %39 = "stablehlo.multiply"(%35, %38) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %40 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %41 = "stablehlo.concatenate"(%40, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %42 = "stablehlo.dynamic_broadcast_in_dim"(%21, %41) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %43 = "stablehlo.multiply"(%arg8, %42) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %44 = "stablehlo.add"(%39, %43) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %45 = "stablehlo.slice"(%arg11) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<16xi32>) -> tensor<1xi32>
    %46 = "stablehlo.reshape"(%45) : (tensor<1xi32>) -> tensor<i32>
    %47 = "func.call"(%arg7, %46, %19) <{callee = @remainder}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %48 = "stablehlo.clamp"(%18, %47, %17) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %49 = "stablehlo.case"(%48) ({
      %91 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
      %92 = "stablehlo.concatenate"(%91, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %93 = "stablehlo.dynamic_broadcast_in_dim"(%16, %92) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
      %94 = "stablehlo.add"(%44, %93) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%94) : (tensor<?x16xf32>) -> ()
    }, {
      %90 = "stablehlo.tanh"(%44) : (tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%90) : (tensor<?x16xf32>) -> ()
    }, {
      %89 = "stablehlo.multiply"(%44, %44) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%89) : (tensor<?x16xf32>) -> ()
    }) : (tensor<i32>) -> tensor<?x16xf32>
    %50 = "stablehlo.slice"(%arg11) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<16xi32>) -> tensor<1xi32>
    %51 = "stablehlo.reshape"(%50) : (tensor<1xi32>) -> tensor<i32>
    %52 = "func.call"(%arg7, %51, %19) <{callee = @remainder}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %53 = "stablehlo.clamp"(%18, %52, %17) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %54 = "stablehlo.case"(%53) ({
      %85 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
      %86 = "stablehlo.concatenate"(%85, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %87 = "stablehlo.dynamic_broadcast_in_dim"(%16, %86) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
      %88 = "stablehlo.add"(%49, %87) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%88) : (tensor<?x16xf32>) -> ()
    }, {
      %84 = "stablehlo.tanh"(%49) : (tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%84) : (tensor<?x16xf32>) -> ()
    }, {
      %83 = "stablehlo.multiply"(%49, %49) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%83) : (tensor<?x16xf32>) -> ()
    }) : (tensor<i32>) -> tensor<?x16xf32>
    %55 = "stablehlo.concatenate"(%54, %54) <{dimension = 0 : i64}> : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %56 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %57 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %58 = "stablehlo.concatenate"(%57, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %59 = "stablehlo.dynamic_gather"(%55, %56, %58) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x16xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x16xf32>
    %60 = "stablehlo.reduce"(%59, %15) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg14: tensor<f32>, %arg15: tensor<f32>):
      %82 = "stablehlo.maximum"(%arg14, %arg15) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%82) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?xf32>
    %61 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %62 = "stablehlo.dynamic_broadcast_in_dim"(%15, %61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %63 = "stablehlo.maximum"(%62, %60) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    %64 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %65 = "stablehlo.concatenate"(%64, %22) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %66 = "stablehlo.dynamic_broadcast_in_dim"(%63, %65) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %67 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %68 = "stablehlo.concatenate"(%67, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %69 = "stablehlo.dynamic_broadcast_in_dim"(%66, %68) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %70 = "stablehlo.subtract"(%59, %69) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %71 = "stablehlo.exponential"(%70) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %72 = "stablehlo.reduce"(%71, %14) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg12: tensor<f32>, %arg13: tensor<f32>):
      %81 = "stablehlo.add"(%arg12, %arg13) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%81) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?xf32>
    %73 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %74 = "stablehlo.concatenate"(%73, %22) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %75 = "stablehlo.dynamic_broadcast_in_dim"(%72, %74) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %76 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %77 = "stablehlo.concatenate"(%76, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %78 = "stablehlo.dynamic_broadcast_in_dim"(%75, %77) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %79 = "stablehlo.divide"(%71, %78) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %80 = "stablehlo.sine"(%79) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%80) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<i32>, %arg6: tensor<i32>):
    %1 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.convert"(%arg6) : (tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.compare"(%3, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = "func.call"(%arg4, %4, %1, %3) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.remainder"(%arg5, %5) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %7 = "stablehlo.compare"(%6, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %8 = "stablehlo.compare"(%6, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %9 = "stablehlo.compare"(%5, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %10 = "stablehlo.compare"(%8, %9) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %11 = "stablehlo.and"(%10, %7) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %12 = "stablehlo.add"(%6, %5) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %13 = "stablehlo.select"(%11, %12, %6) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%13) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<i1>, %arg2: tensor<i32>, %arg3: tensor<i32>):
    %0 = "stablehlo.select"(%arg1, %arg2, %arg3) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%0) : (tensor<i32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
