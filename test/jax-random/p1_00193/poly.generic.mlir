"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg22: tensor<?x24xf32>, %arg23: tensor<24xf32>, %arg24: tensor<24x24xf32>, %arg25: tensor<24xi32>):
    %118 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %119 = "stablehlo.get_dimension_size"(%arg22) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %120 = "stablehlo.compare"(%119, %118) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%120, %119) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 24). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %121 = "func.call"(%119, %arg22, %arg23, %arg24, %arg25) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    "func.return"(%121) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<i32>, %arg12: tensor<?x24xf32>, %arg13: tensor<24xf32>, %arg14: tensor<24x24xf32>, %arg15: tensor<24xi32>):
    %38 = "stablehlo.constant"() <{value = dense<12> : tensor<1xi32>}> : () -> tensor<1xi32>
    %39 = "stablehlo.constant"() <{value = dense<12> : tensor<i32>}> : () -> tensor<i32>
    %40 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %41 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %42 = "stablehlo.constant"() <{value = dense<2.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %43 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %44 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %45 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %46 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %47 = "stablehlo.reduce"(%arg12, %46) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg20: tensor<f32>, %arg21: tensor<f32>):
      %117 = "stablehlo.maximum"(%arg20, %arg21) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%117) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %48 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %49 = "stablehlo.dynamic_broadcast_in_dim"(%46, %48) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %50 = "stablehlo.maximum"(%49, %47) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    %51 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %52 = "stablehlo.concatenate"(%51, %45) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %53 = "stablehlo.dynamic_broadcast_in_dim"(%50, %52) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %54 = "stablehlo.is_finite"(%53) : (tensor<?x1xf32>) -> tensor<?x1xi1>
    %55 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %56 = "stablehlo.concatenate"(%55, %45) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %57 = "stablehlo.dynamic_broadcast_in_dim"(%44, %56) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %58 = "stablehlo.select"(%54, %53, %57) : (tensor<?x1xi1>, tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %59 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %60 = "stablehlo.concatenate"(%59, %43) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %61 = "stablehlo.dynamic_broadcast_in_dim"(%58, %60) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %62 = "stablehlo.subtract"(%arg12, %61) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %63 = "stablehlo.exponential"(%62) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %64 = "stablehlo.reduce"(%63, %44) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg18: tensor<f32>, %arg19: tensor<f32>):
      %116 = "stablehlo.add"(%arg18, %arg19) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%116) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %65 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %66 = "stablehlo.concatenate"(%65, %45) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %67 = "stablehlo.dynamic_broadcast_in_dim"(%64, %66) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %68 = "stablehlo.abs"(%67) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %69 = "stablehlo.log"(%68) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %70 = "stablehlo.add"(%69, %58) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %71 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %72 = "stablehlo.concatenate"(%71, %43) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %73 = "stablehlo.dynamic_broadcast_in_dim"(%70, %72) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %74 = "stablehlo.subtract"(%arg12, %73) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %75 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %76 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %77 = "stablehlo.concatenate"(%76, %43) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %78 = "stablehlo.dynamic_broadcast_in_dim"(%75, %77) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %79 = "stablehlo.minimum"(%74, %78) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %80 = "stablehlo.reduce"(%79, %44) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg16: tensor<f32>, %arg17: tensor<f32>):
      %115 = "stablehlo.add"(%arg16, %arg17) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%115) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %81 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %82 = "stablehlo.concatenate"(%81, %45) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %83 = "stablehlo.dynamic_broadcast_in_dim"(%80, %82) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %84 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %85 = "stablehlo.concatenate"(%84, %45) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %86 = "stablehlo.dynamic_broadcast_in_dim"(%42, %85) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %87 = "stablehlo.divide"(%83, %86) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %88 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %89 = "stablehlo.concatenate"(%88, %43) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %90 = "stablehlo.dynamic_broadcast_in_dim"(%87, %89) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %91 = "stablehlo.subtract"(%79, %90) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %92 = "func.call"(%arg11, %79, %41) <{callee = @_var}> : (tensor<i32>, tensor<?x24xf32>, tensor<i32>) -> tensor<?x1xf32>
    %93 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %94 = "stablehlo.concatenate"(%93, %45) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %95 = "stablehlo.dynamic_broadcast_in_dim"(%40, %94) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %96 = "stablehlo.add"(%92, %95) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %97 = "stablehlo.rsqrt"(%96) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %98 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %99 = "stablehlo.concatenate"(%98, %43) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %100 = "stablehlo.dynamic_broadcast_in_dim"(%97, %99) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %101 = "stablehlo.multiply"(%91, %100) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %102 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %103 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %104 = "stablehlo.concatenate"(%103, %38) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %105 = "stablehlo.dynamic_gather"(%101, %102, %104) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [1]>, indices_are_sorted = true}> : (tensor<?x24xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x12xf32>
    %106 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %107 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %108 = "stablehlo.concatenate"(%107, %38) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %109 = "stablehlo.dynamic_gather"(%101, %106, %108) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [1]>, indices_are_sorted = true}> : (tensor<?x24xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x12xf32>
    %110 = "stablehlo.concatenate"(%105, %109) <{dimension = 1 : i64}> : (tensor<?x12xf32>, tensor<?x12xf32>) -> tensor<?x24xf32>
    %111 = "stablehlo.abs"(%110) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %112 = "stablehlo.negate"(%111) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %113 = "stablehlo.exponential"(%112) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %114 = "stablehlo.negate"(%113) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%114) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<i32>) -> tensor<?x1xf32>, sym_name = "_var", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<?x24xf32>, %arg6: tensor<i32>):
    %6 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %7 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %8 = "stablehlo.constant"() <{value = dense<2.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %9 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %10 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %11 = "stablehlo.reduce"(%arg5, %10) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg9: tensor<f32>, %arg10: tensor<f32>):
      %37 = "stablehlo.add"(%arg9, %arg10) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%37) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %12 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %13 = "stablehlo.concatenate"(%12, %9) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %14 = "stablehlo.dynamic_broadcast_in_dim"(%11, %13) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %15 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %16 = "stablehlo.concatenate"(%15, %9) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %17 = "stablehlo.dynamic_broadcast_in_dim"(%8, %16) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %18 = "stablehlo.divide"(%14, %17) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %19 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %20 = "stablehlo.concatenate"(%19, %7) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %21 = "stablehlo.dynamic_broadcast_in_dim"(%18, %20) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %22 = "stablehlo.subtract"(%arg5, %21) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %23 = "stablehlo.multiply"(%22, %22) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %24 = "stablehlo.convert"(%arg6) : (tensor<i32>) -> tensor<f32>
    %25 = "stablehlo.subtract"(%8, %24) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %26 = "stablehlo.reduce"(%23, %10) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg7: tensor<f32>, %arg8: tensor<f32>):
      %36 = "stablehlo.add"(%arg7, %arg8) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%36) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %27 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %28 = "stablehlo.concatenate"(%27, %9) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %29 = "stablehlo.dynamic_broadcast_in_dim"(%26, %28) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %30 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %31 = "stablehlo.concatenate"(%30, %9) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %32 = "stablehlo.dynamic_broadcast_in_dim"(%25, %31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %33 = "stablehlo.divide"(%29, %32) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %34 = "stablehlo.compare"(%25, %10) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %35 = "func.call"(%arg4, %34, %33, %6) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>
    "func.return"(%35) : (tensor<?x1xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>, sym_name = "_where", sym_visibility = "private"}> ({
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
