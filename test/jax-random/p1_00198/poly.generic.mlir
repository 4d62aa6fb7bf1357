"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg24: tensor<?x4xf32>, %arg25: tensor<4xf32>, %arg26: tensor<4x4xf32>, %arg27: tensor<4xi32>):
    %128 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %129 = "stablehlo.get_dimension_size"(%arg24) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %130 = "stablehlo.compare"(%129, %128) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%130, %129) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 4). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %131 = "func.call"(%129, %arg24, %arg25, %arg26, %arg27) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>
    "func.return"(%131) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg13: tensor<i32>, %arg14: tensor<?x4xf32>, %arg15: tensor<4xf32>, %arg16: tensor<4x4xf32>, %arg17: tensor<4xi32>):
    %59 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %60 = "stablehlo.constant"() <{value = dense<2> : tensor<1xi32>}> : () -> tensor<1xi32>
    %61 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %62 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %63 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %64 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %65 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %66 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %67 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %68 = "func.call"(%arg13, %arg17, %66, %67) <{callee = @clip}> : (tensor<i32>, tensor<4xi32>, tensor<i32>, tensor<i32>) -> tensor<4xi32>
    %69 = "func.call"(%arg13, %arg14, %68) <{callee = @_take}> : (tensor<i32>, tensor<?x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>
    %70 = "stablehlo.reduce"(%69, %65) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg22: tensor<f32>, %arg23: tensor<f32>):
      %127 = "stablehlo.add"(%arg22, %arg23) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%127) : (tensor<f32>) -> ()
    }) : (tensor<?x4xf32>, tensor<f32>) -> tensor<?xf32>
    %71 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %72 = "stablehlo.concatenate"(%71, %64) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %73 = "stablehlo.dynamic_broadcast_in_dim"(%70, %72) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %74 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %75 = "stablehlo.concatenate"(%74, %64) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %76 = "stablehlo.dynamic_broadcast_in_dim"(%63, %75) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %77 = "stablehlo.divide"(%73, %76) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %78 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %79 = "stablehlo.concatenate"(%78, %62) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %80 = "stablehlo.dynamic_broadcast_in_dim"(%77, %79) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %81 = "stablehlo.subtract"(%69, %80) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %82 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xi32>
    %83 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %84 = "stablehlo.multiply"(%83, %82) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %85 = "stablehlo.broadcast_in_dim"(%66) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %86 = "stablehlo.add"(%85, %84) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %87 = "stablehlo.broadcast_in_dim"(%86) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %88 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %89 = "stablehlo.concatenate"(%88, %64) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %90 = "stablehlo.dynamic_gather"(%81, %87, %89) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, indices_are_sorted = true}> : (tensor<?x4xf32>, tensor<2x1xi32>, tensor<2xi32>) -> tensor<?x2xf32>
    %91 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %92 = "stablehlo.concatenate"(%91, %60, %60) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = "stablehlo.dynamic_broadcast_in_dim"(%90, %92) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x2xf32>, tensor<3xi32>) -> tensor<?x2x2xf32>
    %94 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %95 = "stablehlo.concatenate"(%94, %62) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %96 = "stablehlo.dynamic_reshape"(%93, %95) : (tensor<?x2x2xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %97 = "stablehlo.reduce"(%96, %59) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg20: tensor<f32>, %arg21: tensor<f32>):
      %126 = "stablehlo.maximum"(%arg20, %arg21) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%126) : (tensor<f32>) -> ()
    }) : (tensor<?x4xf32>, tensor<f32>) -> tensor<?xf32>
    %98 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %99 = "stablehlo.dynamic_broadcast_in_dim"(%59, %98) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %100 = "stablehlo.maximum"(%99, %97) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    %101 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %102 = "stablehlo.concatenate"(%101, %64) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %103 = "stablehlo.dynamic_broadcast_in_dim"(%100, %102) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %104 = "stablehlo.is_finite"(%103) : (tensor<?x1xf32>) -> tensor<?x1xi1>
    %105 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %106 = "stablehlo.concatenate"(%105, %64) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %107 = "stablehlo.dynamic_broadcast_in_dim"(%65, %106) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %108 = "stablehlo.select"(%104, %103, %107) : (tensor<?x1xi1>, tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %109 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %110 = "stablehlo.concatenate"(%109, %62) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %111 = "stablehlo.dynamic_broadcast_in_dim"(%108, %110) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %112 = "stablehlo.subtract"(%96, %111) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %113 = "stablehlo.exponential"(%112) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %114 = "stablehlo.reduce"(%113, %65) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg18: tensor<f32>, %arg19: tensor<f32>):
      %125 = "stablehlo.add"(%arg18, %arg19) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%125) : (tensor<f32>) -> ()
    }) : (tensor<?x4xf32>, tensor<f32>) -> tensor<?xf32>
    %115 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %116 = "stablehlo.concatenate"(%115, %64) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %117 = "stablehlo.dynamic_broadcast_in_dim"(%114, %116) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %118 = "stablehlo.abs"(%117) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %119 = "stablehlo.log"(%118) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %120 = "stablehlo.add"(%119, %108) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %121 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %122 = "stablehlo.concatenate"(%121, %62) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %123 = "stablehlo.dynamic_broadcast_in_dim"(%120, %122) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %124 = "stablehlo.subtract"(%96, %123) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    "func.return"(%124) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<4xi32>, tensor<i32>, tensor<i32>) -> tensor<4xi32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<i32>, %arg10: tensor<4xi32>, %arg11: tensor<i32>, %arg12: tensor<i32>):
    %53 = "stablehlo.convert"(%arg11) : (tensor<i32>) -> tensor<i32>
    %54 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %55 = "stablehlo.maximum"(%54, %arg10) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %56 = "stablehlo.convert"(%arg12) : (tensor<i32>) -> tensor<i32>
    %57 = "stablehlo.broadcast_in_dim"(%56) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %58 = "stablehlo.minimum"(%57, %55) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    "func.return"(%58) : (tensor<4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>, sym_name = "_take", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<?x4xf32>, %arg6: tensor<4xi32>):
    %1 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %2 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %3 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %4 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %5 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %6 = "stablehlo.constant"() <{value = dense<false> : tensor<1xi1>}> : () -> tensor<1xi1>
    %7 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %8 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %9 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %11 = "stablehlo.compare"(%arg6, %10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %12 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %13 = "stablehlo.add"(%arg6, %12) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %14 = "func.call"(%arg4, %11, %13, %arg6) <{callee = @_where}> : (tensor<i32>, tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %15 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xi32>) -> tensor<4x1xi32>
    %16 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<i32>
    %17 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %18 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %19 = "stablehlo.concatenate"(%17, %18) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %20 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %21 = "stablehlo.add"(%7, %20) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %22 = "stablehlo.select"(%6, %21, %7) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %23 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %24 = "stablehlo.gather"(%19, %23) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<1x1xi32>) -> tensor<1xi32>
    %25 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<i32>
    %26 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %27 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %28 = "stablehlo.concatenate"(%26, %27) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %29 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %30 = "stablehlo.add"(%7, %29) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %31 = "stablehlo.select"(%6, %30, %7) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %32 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %33 = "stablehlo.gather"(%28, %32) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<1x1xi32>) -> tensor<1xi32>
    %34 = "stablehlo.subtract"(%24, %33) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %35 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x1xi32>
    %36 = "stablehlo.compare"(%15, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x1xi1>
    %37 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %38 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<4x1xi32>
    %39 = "stablehlo.compare"(%15, %38) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<4x1xi32>, tensor<4x1xi32>) -> tensor<4x1xi1>
    %40 = "stablehlo.and"(%36, %39) : (tensor<4x1xi1>, tensor<4x1xi1>) -> tensor<4x1xi1>
    %41 = "stablehlo.reduce"(%40, %3) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg7: tensor<i1>, %arg8: tensor<i1>):
      %52 = "stablehlo.and"(%arg7, %arg8) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%52) : (tensor<i1>) -> ()
    }) : (tensor<4x1xi1>, tensor<i1>) -> tensor<4xi1>
    %42 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %43 = "stablehlo.concatenate"(%42, %7) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %44 = "stablehlo.dynamic_gather"(%arg5, %15, %43) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>}> : (tensor<?x4xf32>, tensor<4x1xi32>, tensor<2xi32>) -> tensor<?x4xf32>
    %45 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %46 = "stablehlo.concatenate"(%45, %2) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %47 = "stablehlo.dynamic_broadcast_in_dim"(%41, %46) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xi1>, tensor<2xi32>) -> tensor<?x4xi1>
    %48 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %49 = "stablehlo.concatenate"(%48, %2) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %50 = "stablehlo.dynamic_broadcast_in_dim"(%1, %49) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %51 = "stablehlo.select"(%47, %44, %50) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    "func.return"(%51) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<4xi1>, %arg2: tensor<4xi32>, %arg3: tensor<4xi32>):
    %0 = "stablehlo.select"(%arg1, %arg2, %arg3) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    "func.return"(%0) : (tensor<4xi32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
