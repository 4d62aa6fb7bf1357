"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg27: tensor<?x24xf32>, %arg28: tensor<24xf32>, %arg29: tensor<24x24xf32>, %arg30: tensor<24xi32>):
    %127 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %128 = "stablehlo.get_dimension_size"(%arg27) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %129 = "stablehlo.compare"(%128, %127) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%129, %128) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 24). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %130 = "func.call"(%128, %arg27, %arg28, %arg29, %arg30) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    "func.return"(%130) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg20: tensor<i32>, %arg21: tensor<?x24xf32>, %arg22: tensor<24xf32>, %arg23: tensor<24x24xf32>, %arg24: tensor<24xi32>):
    %67 = "stablehlo.constant"() <{value = dense<3> : tensor<1xi32>}> : () -> tensor<1xi32>
    %68 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %69 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %70 = "stablehlo.constant"() <{value = dense<23> : tensor<1xi32>}> : () -> tensor<1xi32>
    %71 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %72 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %73 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %74 = "stablehlo.constant"() <{value = dense<23> : tensor<i32>}> : () -> tensor<i32>
    %75 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %76 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %77 = "stablehlo.constant"() <{value = dense<24> : tensor<i32>}> : () -> tensor<i32>
    %78 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %79 = "stablehlo.reshape"(%arg20) : (tensor<i32>) -> tensor<1xi32>
    %80 = "stablehlo.concatenate"(%79, %76) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %81 = "stablehlo.dynamic_broadcast_in_dim"(%78, %80) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %82 = "stablehlo.multiply"(%arg21, %81) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %83 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<24xi32>
    %84 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %85 = "stablehlo.multiply"(%84, %83) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %86 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %87 = "stablehlo.add"(%86, %85) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %88 = "stablehlo.reverse"(%87) <{dimensions = array<i64: 0>}> : (tensor<24xi32>) -> tensor<24xi32>
    %89 = "stablehlo.broadcast_in_dim"(%88) <{broadcast_dimensions = array<i64: 0>}> : (tensor<24xi32>) -> tensor<24x1xi32>
    %90 = "stablehlo.reshape"(%arg20) : (tensor<i32>) -> tensor<1xi32>
    %91 = "stablehlo.concatenate"(%90, %72) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %92 = "stablehlo.dynamic_gather"(%82, %89, %91) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, indices_are_sorted = true}> : (tensor<?x24xf32>, tensor<24x1xi32>, tensor<2xi32>) -> tensor<?x24xf32>
    %93 = "stablehlo.reverse"(%92) <{dimensions = array<i64: 1>}> : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %94 = "stablehlo.reshape"(%arg20) : (tensor<i32>) -> tensor<1xi32>
    %95 = "stablehlo.concatenate"(%94, %76) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %96 = "stablehlo.dynamic_broadcast_in_dim"(%71, %95) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %97 = "stablehlo.multiply"(%93, %96) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %98 = "stablehlo.reshape"(%arg20) : (tensor<i32>) -> tensor<1xi32>
    %99 = "stablehlo.concatenate"(%98, %76) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %100 = "stablehlo.dynamic_broadcast_in_dim"(%71, %99) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %101 = "stablehlo.multiply"(%82, %100) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %102 = "stablehlo.add"(%97, %101) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %103 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %104 = "stablehlo.reshape"(%arg20) : (tensor<i32>) -> tensor<1xi32>
    %105 = "stablehlo.concatenate"(%104, %70) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %106 = "stablehlo.dynamic_gather"(%102, %103, %105) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [1]>, indices_are_sorted = true}> : (tensor<?x24xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x23xf32>
    %107 = "func.call"(%arg20, %106, %69) <{callee = @_pad}> : (tensor<i32>, tensor<?x23xf32>, tensor<i32>) -> tensor<?x24xf32>
    %108 = "func.call"(%arg20, %arg24, %69, %74) <{callee = @clip}> : (tensor<i32>, tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>
    %109 = "func.call"(%arg20, %107, %108) <{callee = @_take}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    %110 = "stablehlo.slice"(%arg24) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<24xi32>) -> tensor<3xi32>
    %111 = "func.call"(%arg20, %110, %69, %74) <{callee = @clip_0}> : (tensor<i32>, tensor<3xi32>, tensor<i32>, tensor<i32>) -> tensor<3xi32>
    %112 = "stablehlo.broadcast_in_dim"(%69) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %113 = "stablehlo.compare"(%111, %112) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %114 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %115 = "stablehlo.add"(%111, %114) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %116 = "stablehlo.select"(%113, %115, %111) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %117 = "stablehlo.broadcast_in_dim"(%116) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %118 = "stablehlo.reshape"(%arg20) : (tensor<i32>) -> tensor<1xi32>
    %119 = "stablehlo.concatenate"(%118, %67) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %120 = "stablehlo.dynamic_broadcast_in_dim"(%68, %119) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x3xf32>
    %121 = "stablehlo.scatter"(%109, %117, %120) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1], index_vector_dim = 1>}> ({
    ^bb0(%arg25: tensor<f32>, %arg26: tensor<f32>):
      "stablehlo.return"(%arg26) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<3x1xi32>, tensor<?x3xf32>) -> tensor<?x24xf32>
    %122 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %123 = "stablehlo.reshape"(%arg20) : (tensor<i32>) -> tensor<1xi32>
    %124 = "stablehlo.concatenate"(%123, %76) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %125 = "stablehlo.dynamic_broadcast_in_dim"(%122, %124) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %126 = "stablehlo.multiply"(%121, %125) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%126) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x23xf32>, tensor<i32>) -> tensor<?x24xf32>, sym_name = "_pad", sym_visibility = "private"}> ({
  ^bb0(%arg17: tensor<i32>, %arg18: tensor<?x23xf32>, %arg19: tensor<i32>):
    %65 = "stablehlo.convert"(%arg19) : (tensor<i32>) -> tensor<f32>
    %66 = "stablehlo.pad"(%arg18, %65) <{edge_padding_high = array<i64: 0, 1>, edge_padding_low = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<?x23xf32>, tensor<f32>) -> tensor<?x24xf32>
    "func.return"(%66) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg13: tensor<i32>, %arg14: tensor<24xi32>, %arg15: tensor<i32>, %arg16: tensor<i32>):
    %59 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
    %60 = "stablehlo.broadcast_in_dim"(%59) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %61 = "stablehlo.maximum"(%60, %arg14) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %62 = "stablehlo.convert"(%arg16) : (tensor<i32>) -> tensor<i32>
    %63 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %64 = "stablehlo.minimum"(%63, %61) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    "func.return"(%64) : (tensor<24xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, sym_name = "_take", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<i32>, %arg9: tensor<?x24xf32>, %arg10: tensor<24xi32>):
    %7 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %8 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %9 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %10 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %11 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %12 = "stablehlo.constant"() <{value = dense<false> : tensor<1xi1>}> : () -> tensor<1xi1>
    %13 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %14 = "stablehlo.constant"() <{value = dense<24> : tensor<i32>}> : () -> tensor<i32>
    %15 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %16 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %17 = "stablehlo.compare"(%arg10, %16) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi1>
    %18 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %19 = "stablehlo.add"(%arg10, %18) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %20 = "func.call"(%arg8, %17, %19, %arg10) <{callee = @_where}> : (tensor<i32>, tensor<24xi1>, tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %21 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64: 0>}> : (tensor<24xi32>) -> tensor<24x1xi32>
    %22 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %23 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %24 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %25 = "stablehlo.concatenate"(%23, %24) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %26 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %27 = "stablehlo.add"(%13, %26) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %28 = "stablehlo.select"(%12, %27, %13) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %29 = "stablehlo.broadcast_in_dim"(%28) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %30 = "stablehlo.gather"(%25, %29) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<1x1xi32>) -> tensor<1xi32>
    %31 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %32 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %33 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %34 = "stablehlo.concatenate"(%32, %33) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %35 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %36 = "stablehlo.add"(%13, %35) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %37 = "stablehlo.select"(%12, %36, %13) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %38 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %39 = "stablehlo.gather"(%34, %38) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<1x1xi32>) -> tensor<1xi32>
    %40 = "stablehlo.subtract"(%30, %39) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %41 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24x1xi32>
    %42 = "stablehlo.compare"(%21, %41) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<24x1xi32>, tensor<24x1xi32>) -> tensor<24x1xi1>
    %43 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<24x1xi32>
    %45 = "stablehlo.compare"(%21, %44) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<24x1xi32>, tensor<24x1xi32>) -> tensor<24x1xi1>
    %46 = "stablehlo.and"(%42, %45) : (tensor<24x1xi1>, tensor<24x1xi1>) -> tensor<24x1xi1>
    %47 = "stablehlo.reduce"(%46, %9) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg11: tensor<i1>, %arg12: tensor<i1>):
      %58 = "stablehlo.and"(%arg11, %arg12) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%58) : (tensor<i1>) -> ()
    }) : (tensor<24x1xi1>, tensor<i1>) -> tensor<24xi1>
    %48 = "stablehlo.reshape"(%arg8) : (tensor<i32>) -> tensor<1xi32>
    %49 = "stablehlo.concatenate"(%48, %13) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %50 = "stablehlo.dynamic_gather"(%arg9, %21, %49) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>}> : (tensor<?x24xf32>, tensor<24x1xi32>, tensor<2xi32>) -> tensor<?x24xf32>
    %51 = "stablehlo.reshape"(%arg8) : (tensor<i32>) -> tensor<1xi32>
    %52 = "stablehlo.concatenate"(%51, %8) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %53 = "stablehlo.dynamic_broadcast_in_dim"(%47, %52) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xi1>, tensor<2xi32>) -> tensor<?x24xi1>
    %54 = "stablehlo.reshape"(%arg8) : (tensor<i32>) -> tensor<1xi32>
    %55 = "stablehlo.concatenate"(%54, %8) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %56 = "stablehlo.dynamic_broadcast_in_dim"(%7, %55) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %57 = "stablehlo.select"(%53, %50, %56) : (tensor<?x24xi1>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%57) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<24xi1>, tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<24xi1>, %arg6: tensor<24xi32>, %arg7: tensor<24xi32>):
    %6 = "stablehlo.select"(%arg5, %arg6, %arg7) : (tensor<24xi1>, tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    "func.return"(%6) : (tensor<24xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<3xi32>, tensor<i32>, tensor<i32>) -> tensor<3xi32>, sym_name = "clip_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<3xi32>, %arg2: tensor<i32>, %arg3: tensor<i32>):
    %0 = "stablehlo.convert"(%arg2) : (tensor<i32>) -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %2 = "stablehlo.maximum"(%1, %arg1) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %3 = "stablehlo.convert"(%arg3) : (tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %5 = "stablehlo.minimum"(%4, %2) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    "func.return"(%5) : (tensor<3xi32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
