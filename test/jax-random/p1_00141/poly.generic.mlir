"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg16: tensor<?x4xf32>, %arg17: tensor<4xf32>, %arg18: tensor<4x4xf32>, %arg19: tensor<4xi32>):
    %92 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %93 = "stablehlo.get_dimension_size"(%arg16) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %94 = "stablehlo.compare"(%93, %92) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%94, %93) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 4). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %95 = "func.call"(%93, %arg16, %arg17, %arg18, %arg19) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>
    "func.return"(%95) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<?x4xf32>, %arg9: tensor<4xf32>, %arg10: tensor<4x4xf32>, %arg11: tensor<4xi32>):
    %19 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %21 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %22 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %23 = "stablehlo.constant"() <{value = dense<2> : tensor<1xi32>}> : () -> tensor<1xi32>
    %24 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %25 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %26 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %27 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %28 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %29 = "stablehlo.dot_general"(%arg8, %arg10) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<?x4xf32>, tensor<4x4xf32>) -> tensor<?x4xf32>
    %30 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %31 = "stablehlo.concatenate"(%30, %26) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %32 = "stablehlo.dynamic_broadcast_in_dim"(%28, %31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %33 = "stablehlo.divide"(%29, %32) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %34 = "stablehlo.add"(%33, %arg8) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %35 = "stablehlo.negate"(%34) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %36 = "stablehlo.exponential"(%35) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %37 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %38 = "stablehlo.concatenate"(%37, %26) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %39 = "stablehlo.dynamic_broadcast_in_dim"(%25, %38) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %40 = "stablehlo.add"(%39, %36) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %41 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %42 = "stablehlo.concatenate"(%41, %26) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %43 = "stablehlo.dynamic_broadcast_in_dim"(%25, %42) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %44 = "stablehlo.divide"(%43, %40) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %45 = "func.call"(%arg7, %arg11, %27) <{callee = @remainder}> : (tensor<i32>, tensor<4xi32>, tensor<i32>) -> tensor<4xi32>
    %46 = "stablehlo.negate"(%45) : (tensor<4xi32>) -> tensor<4xi32>
    %47 = "stablehlo.convert"(%46) : (tensor<4xi32>) -> tensor<4xf32>
    %48 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1x4xf32>
    %49 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %50 = "stablehlo.concatenate"(%49, %26) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %51 = "stablehlo.dynamic_broadcast_in_dim"(%48, %50) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %52 = "stablehlo.add"(%44, %51) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %53 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %54 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %55 = "stablehlo.concatenate"(%54, %23) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %56 = "stablehlo.dynamic_gather"(%52, %53, %55) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [1]>, indices_are_sorted = true}> : (tensor<?x4xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x2xf32>
    %57 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %58 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %59 = "stablehlo.concatenate"(%58, %23) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %60 = "stablehlo.dynamic_gather"(%52, %57, %59) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [1]>, indices_are_sorted = true}> : (tensor<?x4xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x2xf32>
    %61 = "stablehlo.concatenate"(%56, %60) <{dimension = 1 : i64}> : (tensor<?x2xf32>, tensor<?x2xf32>) -> tensor<?x4xf32>
    %62 = "stablehlo.reduce"(%61, %21) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg14: tensor<f32>, %arg15: tensor<f32>):
      %91 = "stablehlo.maximum"(%arg14, %arg15) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%91) : (tensor<f32>) -> ()
    }) : (tensor<?x4xf32>, tensor<f32>) -> tensor<?xf32>
    %63 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %64 = "stablehlo.dynamic_broadcast_in_dim"(%21, %63) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %65 = "stablehlo.maximum"(%64, %62) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    %66 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %67 = "stablehlo.concatenate"(%66, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %68 = "stablehlo.dynamic_broadcast_in_dim"(%65, %67) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %69 = "stablehlo.is_finite"(%68) : (tensor<?x1xf32>) -> tensor<?x1xi1>
    %70 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %71 = "stablehlo.concatenate"(%70, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %72 = "stablehlo.dynamic_broadcast_in_dim"(%19, %71) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %73 = "stablehlo.select"(%69, %68, %72) : (tensor<?x1xi1>, tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %74 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %75 = "stablehlo.concatenate"(%74, %26) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %76 = "stablehlo.dynamic_broadcast_in_dim"(%73, %75) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %77 = "stablehlo.subtract"(%61, %76) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %78 = "stablehlo.exponential"(%77) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %79 = "stablehlo.reduce"(%78, %19) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg12: tensor<f32>, %arg13: tensor<f32>):
      %90 = "stablehlo.add"(%arg12, %arg13) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%90) : (tensor<f32>) -> ()
    }) : (tensor<?x4xf32>, tensor<f32>) -> tensor<?xf32>
    %80 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %81 = "stablehlo.concatenate"(%80, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %82 = "stablehlo.dynamic_broadcast_in_dim"(%79, %81) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %83 = "stablehlo.abs"(%82) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %84 = "stablehlo.log"(%83) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %85 = "stablehlo.add"(%84, %73) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %86 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %87 = "stablehlo.concatenate"(%86, %26) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %88 = "stablehlo.dynamic_broadcast_in_dim"(%85, %87) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %89 = "stablehlo.subtract"(%61, %88) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    "func.return"(%89) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<4xi32>, tensor<i32>) -> tensor<4xi32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<4xi32>, %arg6: tensor<i32>):
    %1 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.convert"(%arg6) : (tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.compare"(%3, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = "func.call"(%arg4, %4, %1, %3) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %7 = "stablehlo.remainder"(%arg5, %6) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %8 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %9 = "stablehlo.compare"(%7, %8) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %10 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %11 = "stablehlo.compare"(%7, %10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %12 = "stablehlo.compare"(%5, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %13 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4xi1>
    %14 = "stablehlo.compare"(%11, %13) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    %15 = "stablehlo.and"(%14, %9) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    %16 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %17 = "stablehlo.add"(%7, %16) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %18 = "stablehlo.select"(%15, %17, %7) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    "func.return"(%18) : (tensor<4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<i1>, %arg2: tensor<i32>, %arg3: tensor<i32>):
    %0 = "stablehlo.select"(%arg1, %arg2, %arg3) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%0) : (tensor<i32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
