"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg21: tensor<?x16xf32>, %arg22: tensor<16xf32>, %arg23: tensor<16x16xf32>, %arg24: tensor<16xi32>):
    %118 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %119 = "stablehlo.get_dimension_size"(%arg21) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %120 = "stablehlo.compare"(%119, %118) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%120, %119) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 16). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %121 = "func.call"(%119, %arg21, %arg22, %arg23, %arg24) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>
    "func.return"(%121) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<i32>, %arg17: tensor<?x16xf32>, %arg18: tensor<16xf32>, %arg19: tensor<16x16xf32>, %arg20: tensor<16xi32>):
    %67 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %68 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %69 = "stablehlo.constant"() <{value = dense<15> : tensor<i32>}> : () -> tensor<i32>
    %70 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %71 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %72 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %73 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %74 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %75 = "stablehlo.constant"() <{value = dense<2> : tensor<1xi32>}> : () -> tensor<1xi32>
    %76 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %77 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %78 = "stablehlo.reshape"(%arg16) : (tensor<i32>) -> tensor<1xi32>
    %79 = "stablehlo.concatenate"(%78, %76, %75) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %80 = "stablehlo.dynamic_reshape"(%arg17, %79) : (tensor<?x16xf32>, tensor<3xi32>) -> tensor<?x8x2xf32>
    %81 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xi32>
    %82 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %83 = "stablehlo.multiply"(%82, %81) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %84 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %85 = "stablehlo.add"(%84, %83) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %86 = "stablehlo.reverse"(%85) <{dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2xi32>
    %87 = "stablehlo.broadcast_in_dim"(%86) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %88 = "stablehlo.reshape"(%arg16) : (tensor<i32>) -> tensor<1xi32>
    %89 = "stablehlo.concatenate"(%88, %76, %72) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %90 = "stablehlo.dynamic_gather"(%80, %87, %89) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], collapsed_slice_dims = [2], start_index_map = [2], index_vector_dim = 1>, indices_are_sorted = true}> : (tensor<?x8x2xf32>, tensor<2x1xi32>, tensor<3xi32>) -> tensor<?x8x2xf32>
    %91 = "stablehlo.reverse"(%90) <{dimensions = array<i64: 2>}> : (tensor<?x8x2xf32>) -> tensor<?x8x2xf32>
    %92 = "stablehlo.reshape"(%arg16) : (tensor<i32>) -> tensor<1xi32>
    %93 = "stablehlo.concatenate"(%92, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %94 = "stablehlo.dynamic_reshape"(%91, %93) : (tensor<?x8x2xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %95 = "func.call"(%arg16, %arg20, %70, %69) <{callee = @clip}> : (tensor<i32>, tensor<16xi32>, tensor<i32>, tensor<i32>) -> tensor<16xi32>
    %96 = "stablehlo.broadcast_in_dim"(%95) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi32>) -> tensor<1x16xi32>
    %97 = "stablehlo.reshape"(%arg16) : (tensor<i32>) -> tensor<1xi32>
    %98 = "stablehlo.concatenate"(%97, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %99 = "stablehlo.dynamic_broadcast_in_dim"(%96, %98) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>, tensor<2xi32>) -> tensor<?x16xi32>
    %100 = "func.call"(%arg16, %94, %99) <{callee = @take_along_axis}> : (tensor<i32>, tensor<?x16xf32>, tensor<?x16xi32>) -> tensor<?x16xf32>
    %101 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xf32>) -> tensor<1x16xf32>
    %102 = "stablehlo.reshape"(%arg16) : (tensor<i32>) -> tensor<1xi32>
    %103 = "stablehlo.concatenate"(%102, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %104 = "stablehlo.dynamic_broadcast_in_dim"(%101, %103) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %105 = "stablehlo.maximum"(%100, %104) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %106 = "stablehlo.abs"(%105) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %107 = "stablehlo.slice"(%arg20) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<16xi32>) -> tensor<1xi32>
    %108 = "stablehlo.reshape"(%107) : (tensor<1xi32>) -> tensor<i32>
    %109 = "func.call"(%arg16, %108, %68) <{callee = @remainder}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %110 = "stablehlo.clamp"(%70, %109, %77) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %111 = "stablehlo.case"(%110) ({
      %114 = "stablehlo.reshape"(%arg16) : (tensor<i32>) -> tensor<1xi32>
      %115 = "stablehlo.concatenate"(%114, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %116 = "stablehlo.dynamic_broadcast_in_dim"(%67, %115) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
      %117 = "stablehlo.add"(%106, %116) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%117) : (tensor<?x16xf32>) -> ()
    }, {
      %113 = "stablehlo.tanh"(%106) : (tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%113) : (tensor<?x16xf32>) -> ()
    }, {
      %112 = "stablehlo.multiply"(%106, %106) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%112) : (tensor<?x16xf32>) -> ()
    }) : (tensor<i32>) -> tensor<?x16xf32>
    "func.return"(%111) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<16xi32>, tensor<i32>, tensor<i32>) -> tensor<16xi32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<i32>, %arg13: tensor<16xi32>, %arg14: tensor<i32>, %arg15: tensor<i32>):
    %61 = "stablehlo.convert"(%arg14) : (tensor<i32>) -> tensor<i32>
    %62 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %63 = "stablehlo.maximum"(%62, %arg13) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %64 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
    %65 = "stablehlo.broadcast_in_dim"(%64) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %66 = "stablehlo.minimum"(%65, %63) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    "func.return"(%66) : (tensor<16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<?x16xi32>) -> tensor<?x16xf32>, sym_name = "take_along_axis", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<?x16xf32>, %arg9: tensor<?x16xi32>):
    %14 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %16 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %17 = "stablehlo.constant"() <{value = dense<false> : tensor<1xi1>}> : () -> tensor<1xi1>
    %18 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %19 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %20 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %21 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %22 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %23 = "stablehlo.concatenate"(%22, %19) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %24 = "stablehlo.dynamic_broadcast_in_dim"(%20, %23) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x16xi32>
    %25 = "stablehlo.compare"(%arg9, %24) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi1>
    %26 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %27 = "stablehlo.concatenate"(%26, %19) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %28 = "stablehlo.dynamic_broadcast_in_dim"(%21, %27) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x16xi32>
    %29 = "stablehlo.add"(%arg9, %28) : (tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi32>
    %30 = "stablehlo.select"(%25, %29, %arg9) : (tensor<?x16xi1>, tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi32>
    %31 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %32 = "stablehlo.concatenate"(%31, %19, %18) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %33 = "stablehlo.dynamic_reshape"(%30, %32) : (tensor<?x16xi32>, tensor<3xi32>) -> tensor<?x16x1xi32>
    %34 = "stablehlo.convert"(%arg7) : (tensor<i32>) -> tensor<i32>
    %35 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %36 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %37 = "stablehlo.concatenate"(%35, %36) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %38 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %39 = "stablehlo.add"(%18, %38) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %40 = "stablehlo.select"(%17, %39, %18) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %41 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %42 = "stablehlo.gather"(%37, %41) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<1x1xi32>) -> tensor<1xi32>
    %43 = "stablehlo.subtract"(%42, %18) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %44 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %45 = "stablehlo.concatenate"(%44, %19, %18) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %46 = "stablehlo.dynamic_broadcast_in_dim"(%20, %45) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<3xi32>) -> tensor<?x16x1xi32>
    %47 = "stablehlo.compare"(%33, %46) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<?x16x1xi32>, tensor<?x16x1xi32>) -> tensor<?x16x1xi1>
    %48 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %49 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %50 = "stablehlo.concatenate"(%49, %19, %18) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %51 = "stablehlo.dynamic_broadcast_in_dim"(%48, %50) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>, tensor<3xi32>) -> tensor<?x16x1xi32>
    %52 = "stablehlo.compare"(%33, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<?x16x1xi32>, tensor<?x16x1xi32>) -> tensor<?x16x1xi1>
    %53 = "stablehlo.and"(%47, %52) : (tensor<?x16x1xi1>, tensor<?x16x1xi1>) -> tensor<?x16x1xi1>
    %54 = "stablehlo.reduce"(%53, %15) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg10: tensor<i1>, %arg11: tensor<i1>):
      %60 = "stablehlo.and"(%arg10, %arg11) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%60) : (tensor<i1>) -> ()
    }) : (tensor<?x16x1xi1>, tensor<i1>) -> tensor<?x16xi1>
    %55 = "stablehlo.gather"(%arg8, %33) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [1], operand_batching_dims = [0], start_indices_batching_dims = [0], start_index_map = [1], index_vector_dim = 2>, slice_sizes = array<i64: 1, 1>}> : (tensor<?x16xf32>, tensor<?x16x1xi32>) -> tensor<?x16xf32>
    %56 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %57 = "stablehlo.concatenate"(%56, %19) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %58 = "stablehlo.dynamic_broadcast_in_dim"(%14, %57) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %59 = "stablehlo.select"(%54, %55, %58) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%59) : (tensor<?x16xf32>) -> ()
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
