"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg41: tensor<?x8xf32>, %arg42: tensor<8xf32>, %arg43: tensor<8x8xf32>, %arg44: tensor<8xi32>):
    %145 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %146 = "stablehlo.get_dimension_size"(%arg41) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %147 = "stablehlo.compare"(%146, %145) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%147, %146) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 8). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %148 = "func.call"(%146, %arg41, %arg42, %arg43, %arg44) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>
    "func.return"(%148) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg24: tensor<i32>, %arg25: tensor<?x8xf32>, %arg26: tensor<8xf32>, %arg27: tensor<8x8xf32>, %arg28: tensor<8xi32>):
    %92 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %93 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %94 = "stablehlo.constant"() <{value = dense<7> : tensor<i32>}> : () -> tensor<i32>
    %95 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %96 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %97 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %98 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %99 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %100 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %101 = "stablehlo.reduce"(%arg25, %100) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg39: tensor<f32>, %arg40: tensor<f32>):
      %144 = "stablehlo.maximum"(%arg39, %arg40) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%144) : (tensor<f32>) -> ()
    }) : (tensor<?x8xf32>, tensor<f32>) -> tensor<?xf32>
    %102 = "stablehlo.reshape"(%arg24) : (tensor<i32>) -> tensor<1xi32>
    %103 = "stablehlo.dynamic_broadcast_in_dim"(%100, %102) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %104 = "stablehlo.maximum"(%103, %101) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    %105 = "stablehlo.reshape"(%arg24) : (tensor<i32>) -> tensor<1xi32>
    %106 = "stablehlo.concatenate"(%105, %98) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %107 = "stablehlo.dynamic_broadcast_in_dim"(%104, %106) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %108 = "stablehlo.is_finite"(%107) : (tensor<?x1xf32>) -> tensor<?x1xi1>
    %109 = "stablehlo.reshape"(%arg24) : (tensor<i32>) -> tensor<1xi32>
    %110 = "stablehlo.concatenate"(%109, %98) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %111 = "stablehlo.dynamic_broadcast_in_dim"(%97, %110) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %112 = "stablehlo.select"(%108, %107, %111) : (tensor<?x1xi1>, tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %113 = "stablehlo.reshape"(%arg24) : (tensor<i32>) -> tensor<1xi32>
    %114 = "stablehlo.concatenate"(%113, %96) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %115 = "stablehlo.dynamic_broadcast_in_dim"(%112, %114) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %116 = "stablehlo.subtract"(%arg25, %115) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %117 = "stablehlo.exponential"(%116) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %118 = "stablehlo.reduce"(%117, %97) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg37: tensor<f32>, %arg38: tensor<f32>):
      %143 = "stablehlo.add"(%arg37, %arg38) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%143) : (tensor<f32>) -> ()
    }) : (tensor<?x8xf32>, tensor<f32>) -> tensor<?xf32>
    %119 = "stablehlo.reshape"(%arg24) : (tensor<i32>) -> tensor<1xi32>
    %120 = "stablehlo.concatenate"(%119, %98) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %121 = "stablehlo.dynamic_broadcast_in_dim"(%118, %120) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %122 = "stablehlo.abs"(%121) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %123 = "stablehlo.log"(%122) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %124 = "stablehlo.add"(%123, %112) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %125 = "stablehlo.reshape"(%arg24) : (tensor<i32>) -> tensor<1xi32>
    %126 = "stablehlo.concatenate"(%125, %96) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %127 = "stablehlo.dynamic_broadcast_in_dim"(%124, %126) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %128 = "stablehlo.subtract"(%arg25, %127) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %129 = "func.call"(%arg24, %arg28, %95, %94) <{callee = @clip}> : (tensor<i32>, tensor<8xi32>, tensor<i32>, tensor<i32>) -> tensor<8xi32>
    %130 = "func.call"(%arg24, %128, %129) <{callee = @_take}> : (tensor<i32>, tensor<?x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>
    %131 = "func.call"(%arg24, %arg28, %93) <{callee = @remainder}> : (tensor<i32>, tensor<8xi32>, tensor<i32>) -> tensor<8xi32>
    %132 = "stablehlo.negate"(%131) : (tensor<8xi32>) -> tensor<8xi32>
    %133 = "stablehlo.convert"(%132) : (tensor<8xi32>) -> tensor<8xf32>
    %134 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %135 = "stablehlo.reshape"(%arg24) : (tensor<i32>) -> tensor<1xi32>
    %136 = "stablehlo.concatenate"(%135, %96) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %137 = "stablehlo.dynamic_broadcast_in_dim"(%134, %136) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x8xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %138 = "stablehlo.add"(%130, %137) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %139:4 = "stablehlo.while"(%arg26, %95, %95, %138) ({
    ^bb0(%arg33: tensor<8xf32>, %arg34: tensor<i32>, %arg35: tensor<i32>, %arg36: tensor<?x8xf32>):
      %142 = "stablehlo.compare"(%arg34, %92) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%142) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg29: tensor<8xf32>, %arg30: tensor<i32>, %arg31: tensor<i32>, %arg32: tensor<?x8xf32>):
      %140:2 = "func.call"(%arg24, %arg29, %arg31, %arg32) <{callee = @closed_call}> : (tensor<i32>, tensor<8xf32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<i32>, tensor<?x8xf32>)
      %141 = "stablehlo.add"(%arg30, %99) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg29, %141, %140#0, %140#1) : (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>) -> ()
    }) : (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>)
    "func.return"(%139#3) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<8xi32>, tensor<i32>, tensor<i32>) -> tensor<8xi32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg20: tensor<i32>, %arg21: tensor<8xi32>, %arg22: tensor<i32>, %arg23: tensor<i32>):
    %86 = "stablehlo.convert"(%arg22) : (tensor<i32>) -> tensor<i32>
    %87 = "stablehlo.broadcast_in_dim"(%86) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %88 = "stablehlo.maximum"(%87, %arg21) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %89 = "stablehlo.convert"(%arg23) : (tensor<i32>) -> tensor<i32>
    %90 = "stablehlo.broadcast_in_dim"(%89) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %91 = "stablehlo.minimum"(%90, %88) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%91) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>, sym_name = "_take", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<i32>, %arg16: tensor<?x8xf32>, %arg17: tensor<8xi32>):
    %34 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %35 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %36 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %37 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %38 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %39 = "stablehlo.constant"() <{value = dense<false> : tensor<1xi1>}> : () -> tensor<1xi1>
    %40 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %41 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %42 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %43 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %44 = "stablehlo.compare"(%arg17, %43) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %45 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %46 = "stablehlo.add"(%arg17, %45) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %47 = "func.call"(%arg15, %44, %46, %arg17) <{callee = @_where}> : (tensor<i32>, tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %48 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64: 0>}> : (tensor<8xi32>) -> tensor<8x1xi32>
    %49 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
    %50 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %51 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %52 = "stablehlo.concatenate"(%50, %51) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %53 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %54 = "stablehlo.add"(%40, %53) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %55 = "stablehlo.select"(%39, %54, %40) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %56 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %57 = "stablehlo.gather"(%52, %56) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<1x1xi32>) -> tensor<1xi32>
    %58 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
    %59 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %60 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %61 = "stablehlo.concatenate"(%59, %60) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %62 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %63 = "stablehlo.add"(%40, %62) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %64 = "stablehlo.select"(%39, %63, %40) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %65 = "stablehlo.broadcast_in_dim"(%64) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %66 = "stablehlo.gather"(%61, %65) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<1x1xi32>) -> tensor<1xi32>
    %67 = "stablehlo.subtract"(%57, %66) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %68 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8x1xi32>
    %69 = "stablehlo.compare"(%48, %68) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8x1xi32>, tensor<8x1xi32>) -> tensor<8x1xi1>
    %70 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %71 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<8x1xi32>
    %72 = "stablehlo.compare"(%48, %71) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8x1xi32>, tensor<8x1xi32>) -> tensor<8x1xi1>
    %73 = "stablehlo.and"(%69, %72) : (tensor<8x1xi1>, tensor<8x1xi1>) -> tensor<8x1xi1>
    %74 = "stablehlo.reduce"(%73, %36) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg18: tensor<i1>, %arg19: tensor<i1>):
      %85 = "stablehlo.and"(%arg18, %arg19) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%85) : (tensor<i1>) -> ()
    }) : (tensor<8x1xi1>, tensor<i1>) -> tensor<8xi1>
    %75 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %76 = "stablehlo.concatenate"(%75, %40) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %77 = "stablehlo.dynamic_gather"(%arg16, %48, %76) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>}> : (tensor<?x8xf32>, tensor<8x1xi32>, tensor<2xi32>) -> tensor<?x8xf32>
    %78 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %79 = "stablehlo.concatenate"(%78, %35) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %80 = "stablehlo.dynamic_broadcast_in_dim"(%74, %79) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xi1>, tensor<2xi32>) -> tensor<?x8xi1>
    %81 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %82 = "stablehlo.concatenate"(%81, %35) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %83 = "stablehlo.dynamic_broadcast_in_dim"(%34, %82) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %84 = "stablehlo.select"(%80, %77, %83) : (tensor<?x8xi1>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%84) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<i32>, %arg12: tensor<8xi1>, %arg13: tensor<8xi32>, %arg14: tensor<8xi32>):
    %33 = "stablehlo.select"(%arg12, %arg13, %arg14) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%33) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<8xi32>, tensor<i32>) -> tensor<8xi32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<i32>, %arg9: tensor<8xi32>, %arg10: tensor<i32>):
    %15 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %16 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %17 = "stablehlo.convert"(%arg10) : (tensor<i32>) -> tensor<i32>
    %18 = "stablehlo.compare"(%17, %16) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %19 = "func.call"(%arg8, %18, %15, %17) <{callee = @_where_0}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %21 = "stablehlo.remainder"(%arg9, %20) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %22 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %23 = "stablehlo.compare"(%21, %22) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %24 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %25 = "stablehlo.compare"(%21, %24) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %26 = "stablehlo.compare"(%19, %16) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %27 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<8xi1>
    %28 = "stablehlo.compare"(%25, %27) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %29 = "stablehlo.and"(%28, %23) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %30 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %31 = "stablehlo.add"(%21, %30) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %32 = "stablehlo.select"(%29, %31, %21) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%32) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<i1>, %arg6: tensor<i32>, %arg7: tensor<i32>):
    %14 = "stablehlo.select"(%arg5, %arg6, %arg7) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%14) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<8xf32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<i32>, tensor<?x8xf32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<8xf32>, %arg2: tensor<i32>, %arg3: tensor<?x8xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.899999976> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %2 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.add"(%arg2, %2) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %5 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %6 = "stablehlo.concatenate"(%5, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %7 = "stablehlo.dynamic_broadcast_in_dim"(%4, %6) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x8xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %8 = "stablehlo.add"(%arg3, %7) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %9 = "stablehlo.tanh"(%8) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %10 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %11 = "stablehlo.concatenate"(%10, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %12 = "stablehlo.dynamic_broadcast_in_dim"(%0, %11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %13 = "stablehlo.multiply"(%9, %12) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%3, %13) : (tensor<i32>, tensor<?x8xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
