"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg16: tensor<?x24xf32>, %arg17: tensor<24xf32>, %arg18: tensor<24x24xf32>, %arg19: tensor<24xi32>):
    %100 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %101 = "stablehlo.get_dimension_size"(%arg16) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %102 = "stablehlo.compare"(%101, %100) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%102, %101) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 24). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %103 = "func.call"(%101, %arg16, %arg17, %arg18, %arg19) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    "func.return"(%103) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<?x24xf32>, %arg9: tensor<24xf32>, %arg10: tensor<24x24xf32>, %arg11: tensor<24xi32>):
    %14 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %16 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %17 = "stablehlo.constant"() <{value = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
    %18 = "stablehlo.constant"() <{value = dense<2> : tensor<1xi32>}> : () -> tensor<1xi32>
    %19 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %20 = "stablehlo.constant"() <{value = dense<24> : tensor<i32>}> : () -> tensor<i32>
    %21 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %22 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %23 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %24 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %25 = "stablehlo.slice"(%arg11) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<24xi32>) -> tensor<1xi32>
    %26 = "stablehlo.reshape"(%25) : (tensor<1xi32>) -> tensor<i32>
    %27 = "func.call"(%arg7, %26, %24) <{callee = @remainder}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %28 = "stablehlo.clamp"(%23, %27, %22) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %29 = "stablehlo.case"(%28) ({
      %96 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
      %97 = "stablehlo.concatenate"(%96, %19) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %98 = "stablehlo.dynamic_broadcast_in_dim"(%21, %97) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
      %99 = "stablehlo.add"(%arg8, %98) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
      "stablehlo.return"(%99) : (tensor<?x24xf32>) -> ()
    }, {
      %95 = "stablehlo.tanh"(%arg8) : (tensor<?x24xf32>) -> tensor<?x24xf32>
      "stablehlo.return"(%95) : (tensor<?x24xf32>) -> ()
    }, {
      %94 = "stablehlo.multiply"(%arg8, %arg8) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
      "stablehlo.return"(%94) : (tensor<?x24xf32>) -> ()
    }) : (tensor<i32>) -> tensor<?x24xf32>
    %30 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %31 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %32 = "stablehlo.concatenate"(%31, %19) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %33 = "stablehlo.dynamic_broadcast_in_dim"(%30, %32) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %34 = "stablehlo.multiply"(%29, %33) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %35 = "stablehlo.multiply"(%34, %34) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %36 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %37 = "stablehlo.concatenate"(%36, %19) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %38 = "stablehlo.dynamic_broadcast_in_dim"(%21, %37) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %39 = "stablehlo.add"(%38, %35) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %40 = "stablehlo.rsqrt"(%39) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %41 = "stablehlo.slice"(%arg11) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<24xi32>) -> tensor<1xi32>
    %42 = "stablehlo.reshape"(%41) : (tensor<1xi32>) -> tensor<i32>
    %43 = "func.call"(%arg7, %42, %20) <{callee = @remainder}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %44 = "stablehlo.compare"(%43, %23) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %45 = "stablehlo.add"(%43, %20) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %46 = "stablehlo.select"(%44, %45, %43) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %47 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %48 = "stablehlo.concatenate"(%47, %18) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %49 = "stablehlo.concatenate"(%17, %17) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %50 = "stablehlo.reshape"(%23) : (tensor<i32>) -> tensor<1xi32>
    %51 = "stablehlo.reshape"(%46) : (tensor<i32>) -> tensor<1xi32>
    %52 = "stablehlo.concatenate"(%50, %51) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %53 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %54 = "stablehlo.concatenate"(%53, %19) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %55 = "stablehlo.subtract"(%54, %48) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %56 = "stablehlo.clamp"(%49, %52, %55) : (tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %57 = "stablehlo.add"(%56, %48) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %58 = "stablehlo.concatenate"(%16, %16) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %59 = "stablehlo.real_dynamic_slice"(%40, %56, %57, %58) : (tensor<?x24xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<?x2xf32>
    %60 = "stablehlo.dynamic_update_slice"(%40, %59, %23, %23) : (tensor<?x24xf32>, tensor<?x2xf32>, tensor<i32>, tensor<i32>) -> tensor<?x24xf32>
    %61 = "stablehlo.reduce"(%60, %15) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg14: tensor<f32>, %arg15: tensor<f32>):
      %93 = "stablehlo.maximum"(%arg14, %arg15) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%93) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %62 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %63 = "stablehlo.dynamic_broadcast_in_dim"(%15, %62) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %64 = "stablehlo.maximum"(%63, %61) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    %65 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %66 = "stablehlo.concatenate"(%65, %16) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %67 = "stablehlo.dynamic_broadcast_in_dim"(%64, %66) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %68 = "stablehlo.is_finite"(%67) : (tensor<?x1xf32>) -> tensor<?x1xi1>
    %69 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %70 = "stablehlo.concatenate"(%69, %16) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %71 = "stablehlo.dynamic_broadcast_in_dim"(%14, %70) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %72 = "stablehlo.select"(%68, %67, %71) : (tensor<?x1xi1>, tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %73 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %74 = "stablehlo.concatenate"(%73, %19) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %75 = "stablehlo.dynamic_broadcast_in_dim"(%72, %74) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %76 = "stablehlo.subtract"(%60, %75) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %77 = "stablehlo.exponential"(%76) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %78 = "stablehlo.reduce"(%77, %14) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg12: tensor<f32>, %arg13: tensor<f32>):
      %92 = "stablehlo.add"(%arg12, %arg13) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%92) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %79 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %80 = "stablehlo.concatenate"(%79, %16) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %81 = "stablehlo.dynamic_broadcast_in_dim"(%78, %80) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %82 = "stablehlo.abs"(%81) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %83 = "stablehlo.log"(%82) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %84 = "stablehlo.add"(%83, %72) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %85 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %86 = "stablehlo.concatenate"(%85, %19) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %87 = "stablehlo.dynamic_broadcast_in_dim"(%84, %86) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %88 = "stablehlo.subtract"(%60, %87) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %89 = "stablehlo.abs"(%88) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %90 = "stablehlo.negate"(%89) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %91 = "stablehlo.exponential"(%90) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%91) : (tensor<?x24xf32>) -> ()
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
