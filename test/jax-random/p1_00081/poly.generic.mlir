"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> (tensor<?x8xf32>, tensor<?x8xi32>, tensor<?x8xi32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg24: tensor<?x8xf32>, %arg25: tensor<8xf32>, %arg26: tensor<8x8xf32>, %arg27: tensor<8xi32>):
    %128 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %129 = "stablehlo.get_dimension_size"(%arg24) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %130 = "stablehlo.compare"(%129, %128) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%130, %129) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 8). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %131:3 = "func.call"(%129, %arg24, %arg25, %arg26, %arg27) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> (tensor<?x8xf32>, tensor<?x8xi32>, tensor<?x8xi32>)
    "func.return"(%131#0, %131#1, %131#2) : (tensor<?x8xf32>, tensor<?x8xi32>, tensor<?x8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> (tensor<?x8xf32>, tensor<?x8xi32>, tensor<?x8xi32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<i32>, %arg16: tensor<?x8xf32>, %arg17: tensor<8xf32>, %arg18: tensor<8x8xf32>, %arg19: tensor<8xi32>):
    %45 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %46 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %47 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %48 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %49 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %50 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %51 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %52 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %53 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %54 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %55 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %56 = "stablehlo.concatenate"(%55, %53) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %57 = "stablehlo.dynamic_broadcast_in_dim"(%54, %56) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %58 = "stablehlo.multiply"(%arg16, %57) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %59 = "stablehlo.abs"(%58) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %60 = "stablehlo.convert"(%59) : (tensor<?x8xf32>) -> tensor<?x8xi32>
    %61 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %62 = "stablehlo.concatenate"(%61, %53) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %63 = "stablehlo.dynamic_broadcast_in_dim"(%52, %62) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x8xi32>
    %64 = "stablehlo.shift_right_arithmetic"(%60, %63) : (tensor<?x8xi32>, tensor<?x8xi32>) -> tensor<?x8xi32>
    %65 = "stablehlo.broadcast_in_dim"(%arg19) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xi32>) -> tensor<1x8xi32>
    %66 = "stablehlo.negate"(%65) : (tensor<1x8xi32>) -> tensor<1x8xi32>
    %67 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %68 = "stablehlo.concatenate"(%67, %53) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %69 = "stablehlo.dynamic_broadcast_in_dim"(%66, %68) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x8xi32>, tensor<2xi32>) -> tensor<?x8xi32>
    %70 = "stablehlo.xor"(%64, %69) : (tensor<?x8xi32>, tensor<?x8xi32>) -> tensor<?x8xi32>
    %71 = "stablehlo.floor"(%arg16) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %72 = "stablehlo.convert"(%71) : (tensor<?x8xf32>) -> tensor<?x8xi32>
    %73 = "stablehlo.negate"(%72) : (tensor<?x8xi32>) -> tensor<?x8xi32>
    %74 = "func.call"(%arg15, %arg16) <{callee = @_roll_static}> : (tensor<i32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %75 = "stablehlo.reduce"(%74, %51) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg22: tensor<f32>, %arg23: tensor<f32>):
      %127 = "stablehlo.maximum"(%arg22, %arg23) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%127) : (tensor<f32>) -> ()
    }) : (tensor<?x8xf32>, tensor<f32>) -> tensor<?xf32>
    %76 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %77 = "stablehlo.dynamic_broadcast_in_dim"(%51, %76) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %78 = "stablehlo.maximum"(%77, %75) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    %79 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %80 = "stablehlo.concatenate"(%79, %49) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %81 = "stablehlo.dynamic_broadcast_in_dim"(%78, %80) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %82 = "stablehlo.is_finite"(%81) : (tensor<?x1xf32>) -> tensor<?x1xi1>
    %83 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %84 = "stablehlo.concatenate"(%83, %49) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %85 = "stablehlo.dynamic_broadcast_in_dim"(%48, %84) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %86 = "stablehlo.select"(%82, %81, %85) : (tensor<?x1xi1>, tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %87 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %88 = "stablehlo.concatenate"(%87, %53) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %89 = "stablehlo.dynamic_broadcast_in_dim"(%86, %88) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %90 = "stablehlo.subtract"(%74, %89) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %91 = "stablehlo.exponential"(%90) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %92 = "stablehlo.reduce"(%91, %48) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg20: tensor<f32>, %arg21: tensor<f32>):
      %126 = "stablehlo.add"(%arg20, %arg21) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%126) : (tensor<f32>) -> ()
    }) : (tensor<?x8xf32>, tensor<f32>) -> tensor<?xf32>
    %93 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %94 = "stablehlo.concatenate"(%93, %49) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %95 = "stablehlo.dynamic_broadcast_in_dim"(%92, %94) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %96 = "stablehlo.abs"(%95) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %97 = "stablehlo.log"(%96) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %98 = "stablehlo.add"(%97, %86) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %99 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %100 = "stablehlo.concatenate"(%99, %53) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %101 = "stablehlo.dynamic_broadcast_in_dim"(%98, %100) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %102 = "stablehlo.subtract"(%74, %101) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %103 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %104 = "stablehlo.gather"(%102, %103) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true, slice_sizes = array<i64: 1, 8>}> : (tensor<?x8xf32>, tensor<1xi32>) -> tensor<1x8xf32>
    %105 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %106 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
    %107 = "stablehlo.add"(%106, %46) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %108 = "stablehlo.reshape"(%107) : (tensor<i32>) -> tensor<1xi32>
    %109 = "stablehlo.concatenate"(%108, %53) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %110 = "stablehlo.dynamic_gather"(%102, %105, %109) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x8xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x8xf32>
    %111 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %112 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
    %113 = "stablehlo.add"(%112, %46) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %114 = "stablehlo.reshape"(%113) : (tensor<i32>) -> tensor<1xi32>
    %115 = "stablehlo.concatenate"(%114, %53) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %116 = "stablehlo.dynamic_gather"(%102, %111, %115) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x8xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x8xf32>
    %117 = "stablehlo.subtract"(%110, %116) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %118 = "stablehlo.concatenate"(%104, %117) <{dimension = 0 : i64}> : (tensor<1x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %119 = "stablehlo.tanh"(%118) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %120 = "stablehlo.dot_general"(%119, %arg18) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<?x8xf32>, tensor<8x8xf32>) -> tensor<?x8xf32>
    %121 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %122 = "stablehlo.concatenate"(%121, %53) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %123 = "stablehlo.dynamic_broadcast_in_dim"(%45, %122) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %124 = "stablehlo.divide"(%120, %123) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %125 = "stablehlo.add"(%124, %119) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%125, %70, %73) : (tensor<?x8xf32>, tensor<?x8xi32>, tensor<?x8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x8xf32>) -> tensor<?x8xf32>, sym_name = "_roll_static", sym_visibility = "private"}> ({
  ^bb0(%arg13: tensor<i32>, %arg14: tensor<?x8xf32>):
    %27 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %28 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %29 = "stablehlo.constant"() <{value = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
    %30 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %31:2 = "func.call"(%arg13, %30, %arg13) <{callee = @divmod}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>)
    %32 = "stablehlo.reshape"(%31#1) : (tensor<i32>) -> tensor<1xi32>
    %33 = "stablehlo.concatenate"(%32, %29) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %34 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %35 = "stablehlo.concatenate"(%34, %28) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %36 = "stablehlo.concatenate"(%27, %27) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %37 = "stablehlo.real_dynamic_slice"(%arg14, %33, %35, %36) : (tensor<?x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<?x8xf32>
    %38 = "stablehlo.concatenate"(%29, %29) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %39:2 = "func.call"(%arg13, %30, %arg13) <{callee = @divmod}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>)
    %40 = "stablehlo.reshape"(%39#1) : (tensor<i32>) -> tensor<1xi32>
    %41 = "stablehlo.concatenate"(%40, %28) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %42 = "stablehlo.concatenate"(%27, %27) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %43 = "stablehlo.real_dynamic_slice"(%arg14, %38, %41, %42) : (tensor<?x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<?x8xf32>
    %44 = "stablehlo.concatenate"(%37, %43) <{dimension = 0 : i64}> : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%44) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>), sym_name = "divmod", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<i32>, %arg11: tensor<i32>, %arg12: tensor<i32>):
    %24 = "stablehlo.convert"(%arg12) : (tensor<i32>) -> tensor<i32>
    %25 = "func.call"(%arg10, %arg11, %24) <{callee = @floor_divide}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %26 = "func.call"(%arg10, %arg11, %24) <{callee = @remainder}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%25, %26) : (tensor<i32>, tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<i32>, %arg9: tensor<i32>):
    %13 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %14 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %15 = "stablehlo.divide"(%arg8, %arg9) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %16 = "stablehlo.sign"(%arg8) : (tensor<i32>) -> tensor<i32>
    %17 = "stablehlo.sign"(%arg9) : (tensor<i32>) -> tensor<i32>
    %18 = "stablehlo.compare"(%16, %17) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %19 = "stablehlo.remainder"(%arg8, %arg9) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %20 = "stablehlo.compare"(%19, %14) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %21 = "stablehlo.and"(%18, %20) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %22 = "stablehlo.subtract"(%15, %13) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %23 = "func.call"(%arg7, %21, %22, %15) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%23) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<i32>, %arg4: tensor<i1>, %arg5: tensor<i32>, %arg6: tensor<i32>):
    %12 = "stablehlo.select"(%arg4, %arg5, %arg6) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%12) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<i32>, %arg2: tensor<i32>):
    %0 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.compare"(%arg2, %1) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %3 = "func.call"(%arg0, %2, %0, %arg2) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.remainder"(%arg1, %3) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %5 = "stablehlo.compare"(%4, %1) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %6 = "stablehlo.compare"(%4, %1) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = "stablehlo.compare"(%3, %1) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %8 = "stablehlo.compare"(%6, %7) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %9 = "stablehlo.and"(%8, %5) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %10 = "stablehlo.add"(%4, %3) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %11 = "stablehlo.select"(%9, %10, %4) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%11) : (tensor<i32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
