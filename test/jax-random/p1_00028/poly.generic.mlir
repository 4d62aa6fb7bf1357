"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg34: tensor<?x4xf32>, %arg35: tensor<4xf32>, %arg36: tensor<4x4xf32>, %arg37: tensor<4xi32>):
    %162 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %163 = "stablehlo.get_dimension_size"(%arg34) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %164 = "stablehlo.compare"(%163, %162) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%164, %163) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 4). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %165 = "func.call"(%163, %arg34, %arg35, %arg36, %arg37) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>
    "func.return"(%165) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg27: tensor<i32>, %arg28: tensor<?x4xf32>, %arg29: tensor<4xf32>, %arg30: tensor<4x4xf32>, %arg31: tensor<4xi32>):
    %105 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %106 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %107 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %108 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %109 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %110 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %111 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %112 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %113 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %114 = "stablehlo.slice"(%arg31) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1xi32>
    %115 = "stablehlo.reshape"(%114) : (tensor<1xi32>) -> tensor<i32>
    %116 = "func.call"(%arg27, %115, %113) <{callee = @remainder}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %117 = "stablehlo.clamp"(%112, %116, %111) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %118 = "stablehlo.case"(%117) ({
      %158 = "stablehlo.reshape"(%arg27) : (tensor<i32>) -> tensor<1xi32>
      %159 = "stablehlo.concatenate"(%158, %109) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %160 = "stablehlo.dynamic_broadcast_in_dim"(%110, %159) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
      %161 = "stablehlo.add"(%arg28, %160) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
      "stablehlo.return"(%161) : (tensor<?x4xf32>) -> ()
    }, {
      %157 = "stablehlo.tanh"(%arg28) : (tensor<?x4xf32>) -> tensor<?x4xf32>
      "stablehlo.return"(%157) : (tensor<?x4xf32>) -> ()
    }, {
      %156 = "stablehlo.multiply"(%arg28, %arg28) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
      "stablehlo.return"(%156) : (tensor<?x4xf32>) -> ()
    }) : (tensor<i32>) -> tensor<?x4xf32>
    %119 = "stablehlo.abs"(%arg29) : (tensor<4xf32>) -> tensor<4xf32>
    %120 = "stablehlo.broadcast_in_dim"(%110) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %121 = "stablehlo.add"(%120, %119) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %122 = "stablehlo.broadcast_in_dim"(%121) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1x4xf32>
    %123 = "stablehlo.reshape"(%arg27) : (tensor<i32>) -> tensor<1xi32>
    %124 = "stablehlo.concatenate"(%123, %109) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %125 = "stablehlo.dynamic_broadcast_in_dim"(%122, %124) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %126 = "stablehlo.divide"(%118, %125) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %127 = "func.call"(%arg27, %arg31, %112, %113) <{callee = @clip}> : (tensor<i32>, tensor<4xi32>, tensor<i32>, tensor<i32>) -> tensor<4xi32>
    %128 = "stablehlo.broadcast_in_dim"(%127) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1x4xi32>
    %129 = "stablehlo.reshape"(%arg27) : (tensor<i32>) -> tensor<1xi32>
    %130 = "stablehlo.concatenate"(%129, %109) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %131 = "stablehlo.dynamic_broadcast_in_dim"(%128, %130) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>, tensor<2xi32>) -> tensor<?x4xi32>
    %132 = "func.call"(%arg27, %126, %131) <{callee = @take_along_axis}> : (tensor<i32>, tensor<?x4xf32>, tensor<?x4xi32>) -> tensor<?x4xf32>
    %133 = "stablehlo.reduce"(%132, %108) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %155 = "stablehlo.add"(%arg32, %arg33) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%155) : (tensor<f32>) -> ()
    }) : (tensor<?x4xf32>, tensor<f32>) -> tensor<?xf32>
    %134 = "stablehlo.reshape"(%arg27) : (tensor<i32>) -> tensor<1xi32>
    %135 = "stablehlo.concatenate"(%134, %107) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %136 = "stablehlo.dynamic_broadcast_in_dim"(%133, %135) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %137 = "stablehlo.reshape"(%arg27) : (tensor<i32>) -> tensor<1xi32>
    %138 = "stablehlo.concatenate"(%137, %107) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %139 = "stablehlo.dynamic_broadcast_in_dim"(%106, %138) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %140 = "stablehlo.divide"(%136, %139) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %141 = "stablehlo.reshape"(%arg27) : (tensor<i32>) -> tensor<1xi32>
    %142 = "stablehlo.concatenate"(%141, %109) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %143 = "stablehlo.dynamic_broadcast_in_dim"(%140, %142) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %144 = "stablehlo.subtract"(%132, %143) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %145 = "func.call"(%arg27, %132, %112) <{callee = @_var}> : (tensor<i32>, tensor<?x4xf32>, tensor<i32>) -> tensor<?x1xf32>
    %146 = "stablehlo.reshape"(%arg27) : (tensor<i32>) -> tensor<1xi32>
    %147 = "stablehlo.concatenate"(%146, %107) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %148 = "stablehlo.dynamic_broadcast_in_dim"(%105, %147) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %149 = "stablehlo.add"(%145, %148) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %150 = "stablehlo.rsqrt"(%149) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %151 = "stablehlo.reshape"(%arg27) : (tensor<i32>) -> tensor<1xi32>
    %152 = "stablehlo.concatenate"(%151, %109) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %153 = "stablehlo.dynamic_broadcast_in_dim"(%150, %152) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %154 = "stablehlo.multiply"(%144, %153) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    "func.return"(%154) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg24: tensor<i32>, %arg25: tensor<i32>, %arg26: tensor<i32>):
    %92 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %93 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %94 = "stablehlo.convert"(%arg26) : (tensor<i32>) -> tensor<i32>
    %95 = "stablehlo.compare"(%94, %93) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %96 = "func.call"(%arg24, %95, %92, %94) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %97 = "stablehlo.remainder"(%arg25, %96) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %98 = "stablehlo.compare"(%97, %93) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %99 = "stablehlo.compare"(%97, %93) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %100 = "stablehlo.compare"(%96, %93) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %101 = "stablehlo.compare"(%99, %100) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %102 = "stablehlo.and"(%101, %98) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %103 = "stablehlo.add"(%97, %96) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %104 = "stablehlo.select"(%102, %103, %97) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%104) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg20: tensor<i32>, %arg21: tensor<i1>, %arg22: tensor<i32>, %arg23: tensor<i32>):
    %91 = "stablehlo.select"(%arg21, %arg22, %arg23) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%91) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<4xi32>, tensor<i32>, tensor<i32>) -> tensor<4xi32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<i32>, %arg17: tensor<4xi32>, %arg18: tensor<i32>, %arg19: tensor<i32>):
    %85 = "stablehlo.convert"(%arg18) : (tensor<i32>) -> tensor<i32>
    %86 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %87 = "stablehlo.maximum"(%86, %arg17) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %88 = "stablehlo.convert"(%arg19) : (tensor<i32>) -> tensor<i32>
    %89 = "stablehlo.broadcast_in_dim"(%88) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %90 = "stablehlo.minimum"(%89, %87) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    "func.return"(%90) : (tensor<4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x4xf32>, tensor<?x4xi32>) -> tensor<?x4xf32>, sym_name = "take_along_axis", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<i32>, %arg12: tensor<?x4xf32>, %arg13: tensor<?x4xi32>):
    %38 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %39 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %40 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %41 = "stablehlo.constant"() <{value = dense<false> : tensor<1xi1>}> : () -> tensor<1xi1>
    %42 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %43 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %44 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %45 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %46 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %47 = "stablehlo.concatenate"(%46, %43) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %48 = "stablehlo.dynamic_broadcast_in_dim"(%44, %47) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x4xi32>
    %49 = "stablehlo.compare"(%arg13, %48) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<?x4xi32>, tensor<?x4xi32>) -> tensor<?x4xi1>
    %50 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %51 = "stablehlo.concatenate"(%50, %43) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %52 = "stablehlo.dynamic_broadcast_in_dim"(%45, %51) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x4xi32>
    %53 = "stablehlo.add"(%arg13, %52) : (tensor<?x4xi32>, tensor<?x4xi32>) -> tensor<?x4xi32>
    %54 = "stablehlo.select"(%49, %53, %arg13) : (tensor<?x4xi1>, tensor<?x4xi32>, tensor<?x4xi32>) -> tensor<?x4xi32>
    %55 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %56 = "stablehlo.concatenate"(%55, %43, %42) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %57 = "stablehlo.dynamic_reshape"(%54, %56) : (tensor<?x4xi32>, tensor<3xi32>) -> tensor<?x4x1xi32>
    %58 = "stablehlo.convert"(%arg11) : (tensor<i32>) -> tensor<i32>
    %59 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %60 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %61 = "stablehlo.concatenate"(%59, %60) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %62 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %63 = "stablehlo.add"(%42, %62) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %64 = "stablehlo.select"(%41, %63, %42) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %65 = "stablehlo.broadcast_in_dim"(%64) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %66 = "stablehlo.gather"(%61, %65) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<1x1xi32>) -> tensor<1xi32>
    %67 = "stablehlo.subtract"(%66, %42) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %68 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %69 = "stablehlo.concatenate"(%68, %43, %42) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %70 = "stablehlo.dynamic_broadcast_in_dim"(%44, %69) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<3xi32>) -> tensor<?x4x1xi32>
    %71 = "stablehlo.compare"(%57, %70) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<?x4x1xi32>, tensor<?x4x1xi32>) -> tensor<?x4x1xi1>
    %72 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %73 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %74 = "stablehlo.concatenate"(%73, %43, %42) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %75 = "stablehlo.dynamic_broadcast_in_dim"(%72, %74) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>, tensor<3xi32>) -> tensor<?x4x1xi32>
    %76 = "stablehlo.compare"(%57, %75) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<?x4x1xi32>, tensor<?x4x1xi32>) -> tensor<?x4x1xi1>
    %77 = "stablehlo.and"(%71, %76) : (tensor<?x4x1xi1>, tensor<?x4x1xi1>) -> tensor<?x4x1xi1>
    %78 = "stablehlo.reduce"(%77, %39) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg14: tensor<i1>, %arg15: tensor<i1>):
      %84 = "stablehlo.and"(%arg14, %arg15) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%84) : (tensor<i1>) -> ()
    }) : (tensor<?x4x1xi1>, tensor<i1>) -> tensor<?x4xi1>
    %79 = "stablehlo.gather"(%arg12, %57) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [1], operand_batching_dims = [0], start_indices_batching_dims = [0], start_index_map = [1], index_vector_dim = 2>, slice_sizes = array<i64: 1, 1>}> : (tensor<?x4xf32>, tensor<?x4x1xi32>) -> tensor<?x4xf32>
    %80 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %81 = "stablehlo.concatenate"(%80, %43) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %82 = "stablehlo.dynamic_broadcast_in_dim"(%38, %81) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %83 = "stablehlo.select"(%78, %79, %82) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    "func.return"(%83) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x4xf32>, tensor<i32>) -> tensor<?x1xf32>, sym_name = "_var", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<?x4xf32>, %arg6: tensor<i32>):
    %6 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %7 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %8 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %9 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %10 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %11 = "stablehlo.reduce"(%arg5, %10) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg9: tensor<f32>, %arg10: tensor<f32>):
      %37 = "stablehlo.add"(%arg9, %arg10) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%37) : (tensor<f32>) -> ()
    }) : (tensor<?x4xf32>, tensor<f32>) -> tensor<?xf32>
    %12 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %13 = "stablehlo.concatenate"(%12, %9) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %14 = "stablehlo.dynamic_broadcast_in_dim"(%11, %13) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %15 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %16 = "stablehlo.concatenate"(%15, %9) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %17 = "stablehlo.dynamic_broadcast_in_dim"(%8, %16) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %18 = "stablehlo.divide"(%14, %17) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %19 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %20 = "stablehlo.concatenate"(%19, %7) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %21 = "stablehlo.dynamic_broadcast_in_dim"(%18, %20) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %22 = "stablehlo.subtract"(%arg5, %21) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %23 = "stablehlo.multiply"(%22, %22) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %24 = "stablehlo.convert"(%arg6) : (tensor<i32>) -> tensor<f32>
    %25 = "stablehlo.subtract"(%8, %24) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %26 = "stablehlo.reduce"(%23, %10) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg7: tensor<f32>, %arg8: tensor<f32>):
      %36 = "stablehlo.add"(%arg7, %arg8) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%36) : (tensor<f32>) -> ()
    }) : (tensor<?x4xf32>, tensor<f32>) -> tensor<?xf32>
    %27 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %28 = "stablehlo.concatenate"(%27, %9) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %29 = "stablehlo.dynamic_broadcast_in_dim"(%26, %28) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %30 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %31 = "stablehlo.concatenate"(%30, %9) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %32 = "stablehlo.dynamic_broadcast_in_dim"(%25, %31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %33 = "stablehlo.divide"(%29, %32) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %34 = "stablehlo.compare"(%25, %10) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %35 = "func.call"(%arg4, %34, %33, %6) <{callee = @_where_0}> : (tensor<i32>, tensor<i1>, tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>
    "func.return"(%35) : (tensor<?x1xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>, sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<i1>, %arg2: tensor<?x1xf32>, %arg3: tensor<f32>):
    %0 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %1 = "stablehlo.convert"(%arg3) : (tensor<f32>) -> tensor<f32>
    %2 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %3 = "stablehlo.concatenate"(%2, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %4 = "stablehlo.dynamic_broadcast_in_dim"(%1, %3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %5 = "stablehlo.select"(%arg1, %arg2, %4) : (tensor<i1>, tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    "func.return"(%5) : (tensor<?x1xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
