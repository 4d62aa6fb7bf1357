"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<?x16xf32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg29: tensor<?x16xf32>, %arg30: tensor<16xf32>, %arg31: tensor<16x16xf32>, %arg32: tensor<16xi32>):
    %125 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %126 = "stablehlo.get_dimension_size"(%arg29) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %127 = "stablehlo.compare"(%126, %125) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%127, %126) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 16). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %128:2 = "func.call"(%126, %arg29, %arg30, %arg31, %arg32) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<?x16xf32>, tensor<?x2xf32>)
    "func.return"(%128#0, %128#1) : (tensor<?x16xf32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<?x16xf32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg22: tensor<i32>, %arg23: tensor<?x16xf32>, %arg24: tensor<16xf32>, %arg25: tensor<16x16xf32>, %arg26: tensor<16xi32>):
    %59 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %60 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %61 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %62 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %63 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %64 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %65 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %66 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %67 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %68 = "stablehlo.reduce"(%arg23, %67) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg27: tensor<f32>, %arg28: tensor<f32>):
      %124 = "stablehlo.add"(%arg27, %arg28) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%124) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?xf32>
    %69 = "stablehlo.reshape"(%arg22) : (tensor<i32>) -> tensor<1xi32>
    %70 = "stablehlo.concatenate"(%69, %65) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %71 = "stablehlo.dynamic_broadcast_in_dim"(%68, %70) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %72 = "stablehlo.reshape"(%arg22) : (tensor<i32>) -> tensor<1xi32>
    %73 = "stablehlo.concatenate"(%72, %65) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %74 = "stablehlo.dynamic_broadcast_in_dim"(%64, %73) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %75 = "stablehlo.divide"(%71, %74) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %76 = "stablehlo.reshape"(%arg22) : (tensor<i32>) -> tensor<1xi32>
    %77 = "stablehlo.concatenate"(%76, %63) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %78 = "stablehlo.dynamic_broadcast_in_dim"(%75, %77) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %79 = "stablehlo.subtract"(%arg23, %78) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %80 = "func.call"(%arg22, %arg23, %62) <{callee = @_var}> : (tensor<i32>, tensor<?x16xf32>, tensor<i32>) -> tensor<?x1xf32>
    %81 = "stablehlo.reshape"(%arg22) : (tensor<i32>) -> tensor<1xi32>
    %82 = "stablehlo.concatenate"(%81, %65) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %83 = "stablehlo.dynamic_broadcast_in_dim"(%61, %82) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %84 = "stablehlo.add"(%80, %83) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %85 = "stablehlo.rsqrt"(%84) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %86 = "stablehlo.reshape"(%arg22) : (tensor<i32>) -> tensor<1xi32>
    %87 = "stablehlo.concatenate"(%86, %63) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %88 = "stablehlo.dynamic_broadcast_in_dim"(%85, %87) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %89 = "stablehlo.multiply"(%79, %88) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %90 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %91 = "stablehlo.gather"(%89, %90) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true, slice_sizes = array<i64: 1, 16>}> : (tensor<?x16xf32>, tensor<1xi32>) -> tensor<1x16xf32>
    %92 = "stablehlo.broadcast_in_dim"(%66) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %93 = "stablehlo.convert"(%arg22) : (tensor<i32>) -> tensor<i32>
    %94 = "stablehlo.add"(%93, %60) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %95 = "stablehlo.reshape"(%94) : (tensor<i32>) -> tensor<1xi32>
    %96 = "stablehlo.concatenate"(%95, %63) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %97 = "stablehlo.dynamic_gather"(%89, %92, %96) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x16xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x16xf32>
    %98 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %99 = "stablehlo.convert"(%arg22) : (tensor<i32>) -> tensor<i32>
    %100 = "stablehlo.add"(%99, %60) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %101 = "stablehlo.reshape"(%100) : (tensor<i32>) -> tensor<1xi32>
    %102 = "stablehlo.concatenate"(%101, %63) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %103 = "stablehlo.dynamic_gather"(%89, %98, %102) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x16xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x16xf32>
    %104 = "stablehlo.subtract"(%97, %103) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %105 = "stablehlo.concatenate"(%91, %104) <{dimension = 0 : i64}> : (tensor<1x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %106 = "func.call"(%arg22, %105) <{callee = @cumsum}> : (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %107 = "stablehlo.reshape"(%arg22) : (tensor<i32>) -> tensor<1xi32>
    %108 = "stablehlo.concatenate"(%107, %63) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %109 = "stablehlo.dynamic_broadcast_in_dim"(%64, %108) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %110 = "stablehlo.divide"(%106, %109) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %111 = "stablehlo.get_dimension_size"(%110) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %112 = "stablehlo.reshape"(%111) : (tensor<i32>) -> tensor<1xi32>
    %113 = "stablehlo.get_dimension_size"(%110) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %114 = "stablehlo.reshape"(%113) : (tensor<i32>) -> tensor<1xi32>
    %115 = "stablehlo.concatenate"(%112, %114) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %116 = "stablehlo.dynamic_broadcast_in_dim"(%59, %115) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %117 = "stablehlo.atan2"(%110, %116) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %118:2 = "stablehlo.composite"(%117) <{composite_attributes = {k = 2 : i64}, decomposition = @chlo.top_k.impl, name = "chlo.top_k", version = 1 : i32}> : (tensor<?x16xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>)
    %119 = "func.call"(%arg22, %117) <{callee = @cumsum}> : (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %120 = "stablehlo.reshape"(%arg22) : (tensor<i32>) -> tensor<1xi32>
    %121 = "stablehlo.concatenate"(%120, %63) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %122 = "stablehlo.dynamic_broadcast_in_dim"(%64, %121) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %123 = "stablehlo.divide"(%119, %122) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%123, %118#0) : (tensor<?x16xf32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x16xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>), sym_name = "chlo.top_k.impl", sym_visibility = "private"}> ({
  ^bb0(%arg17: tensor<?x16xf32>):
    %43 = "stablehlo.constant"() <{value = dense<1> : tensor<2xi64>}> : () -> tensor<2xi64>
    %44 = "stablehlo.constant"() <{value = dense<0> : tensor<2xi64>}> : () -> tensor<2xi64>
    %45 = "stablehlo.constant"() <{value = dense<2> : tensor<i64>}> : () -> tensor<i64>
    %46 = "stablehlo.constant"() <{value = dense<16> : tensor<i64>}> : () -> tensor<i64>
    %47 = "stablehlo.get_dimension_size"(%arg17) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %48 = "stablehlo.convert"(%47) : (tensor<i32>) -> tensor<i64>
    %49 = "stablehlo.reshape"(%48) : (tensor<i64>) -> tensor<1xi64>
    %50 = "stablehlo.reshape"(%46) : (tensor<i64>) -> tensor<1xi64>
    %51 = "stablehlo.concatenate"(%49, %50) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %52 = "stablehlo.reshape"(%45) : (tensor<i64>) -> tensor<1xi64>
    %53 = "stablehlo.concatenate"(%49, %52) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %54 = "stablehlo.dynamic_iota"(%51) <{iota_dimension = 1 : i64}> : (tensor<2xi64>) -> tensor<?x16xi32>
    %55:2 = "stablehlo.sort"(%arg17, %54) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg18: tensor<f32>, %arg19: tensor<f32>, %arg20: tensor<i32>, %arg21: tensor<i32>):
      %58 = "stablehlo.compare"(%arg18, %arg19) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "stablehlo.return"(%58) : (tensor<i1>) -> ()
    }) : (tensor<?x16xf32>, tensor<?x16xi32>) -> (tensor<?x16xf32>, tensor<?x16xi32>)
    %56 = "stablehlo.real_dynamic_slice"(%55#0, %44, %53, %43) : (tensor<?x16xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xf32>
    %57 = "stablehlo.real_dynamic_slice"(%55#1, %44, %53, %43) : (tensor<?x16xi32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xi32>
    "func.return"(%56, %57) : (tensor<?x2xf32>, tensor<?x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<i32>) -> tensor<?x1xf32>, sym_name = "_var", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<i32>, %arg11: tensor<?x16xf32>, %arg12: tensor<i32>):
    %11 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %12 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %13 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %14 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %15 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %16 = "stablehlo.reduce"(%arg11, %15) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg15: tensor<f32>, %arg16: tensor<f32>):
      %42 = "stablehlo.add"(%arg15, %arg16) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%42) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?xf32>
    %17 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %18 = "stablehlo.concatenate"(%17, %14) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %19 = "stablehlo.dynamic_broadcast_in_dim"(%16, %18) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %20 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %21 = "stablehlo.concatenate"(%20, %14) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %22 = "stablehlo.dynamic_broadcast_in_dim"(%13, %21) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %23 = "stablehlo.divide"(%19, %22) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %24 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %25 = "stablehlo.concatenate"(%24, %12) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %26 = "stablehlo.dynamic_broadcast_in_dim"(%23, %25) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %27 = "stablehlo.subtract"(%arg11, %26) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %28 = "stablehlo.multiply"(%27, %27) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %29 = "stablehlo.convert"(%arg12) : (tensor<i32>) -> tensor<f32>
    %30 = "stablehlo.subtract"(%13, %29) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %31 = "stablehlo.reduce"(%28, %15) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg13: tensor<f32>, %arg14: tensor<f32>):
      %41 = "stablehlo.add"(%arg13, %arg14) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%41) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?xf32>
    %32 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %33 = "stablehlo.concatenate"(%32, %14) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %34 = "stablehlo.dynamic_broadcast_in_dim"(%31, %33) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %35 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %36 = "stablehlo.concatenate"(%35, %14) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %37 = "stablehlo.dynamic_broadcast_in_dim"(%30, %36) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %38 = "stablehlo.divide"(%34, %37) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %39 = "stablehlo.compare"(%30, %15) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %40 = "func.call"(%arg10, %39, %38, %11) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>
    "func.return"(%40) : (tensor<?x1xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<i32>, %arg7: tensor<i1>, %arg8: tensor<?x1xf32>, %arg9: tensor<f32>):
    %5 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %6 = "stablehlo.convert"(%arg9) : (tensor<f32>) -> tensor<f32>
    %7 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %8 = "stablehlo.concatenate"(%7, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %9 = "stablehlo.dynamic_broadcast_in_dim"(%6, %8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %10 = "stablehlo.select"(%arg7, %arg8, %9) : (tensor<i1>, tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    "func.return"(%10) : (tensor<?x1xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>, sym_name = "cumsum", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<?x16xf32>):
    %4 = "func.call"(%arg4, %arg5) <{callee = @cumsum_0}> : (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%4) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>, sym_name = "cumsum_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x16xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
    %2 = "stablehlo.reduce_window"(%arg1, %1) <{padding = dense<[[0, 0], [15, 0]]> : tensor<2x2xi64>, window_dimensions = array<i64: 1, 16>}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %3 = "stablehlo.add"(%arg2, %arg3) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%3) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?x16xf32>
    "func.return"(%2) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
