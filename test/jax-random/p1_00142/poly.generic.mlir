"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> tensor<?x6xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg25: tensor<?x6xf32>, %arg26: tensor<6xf32>, %arg27: tensor<6x6xf32>, %arg28: tensor<6xi32>):
    %80 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %81 = "stablehlo.get_dimension_size"(%arg25) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %82 = "stablehlo.compare"(%81, %80) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%82, %81) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 6). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %83 = "func.call"(%81, %arg25, %arg26, %arg27, %arg28) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> tensor<?x6xf32>
    "func.return"(%83) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> tensor<?x6xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg14: tensor<i32>, %arg15: tensor<?x6xf32>, %arg16: tensor<6xf32>, %arg17: tensor<6x6xf32>, %arg18: tensor<6xi32>):
    %43 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %44 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %45 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %46 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %47 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %48 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %49 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %50 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %51:3 = "stablehlo.while"(%arg18, %50, %arg15) ({
    ^bb0(%arg22: tensor<6xi32>, %arg23: tensor<i32>, %arg24: tensor<?x6xf32>):
      %75 = "stablehlo.slice"(%arg22) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<6xi32>) -> tensor<1xi32>
      %76 = "stablehlo.reshape"(%75) : (tensor<1xi32>) -> tensor<i32>
      %77 = "func.call"(%arg14, %76, %49) <{callee = @remainder}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %78 = "stablehlo.add"(%49, %77) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %79 = "stablehlo.compare"(%arg23, %78) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%79) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg19: tensor<6xi32>, %arg20: tensor<i32>, %arg21: tensor<?x6xf32>):
      %68 = "stablehlo.add"(%arg20, %48) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %69 = "stablehlo.reshape"(%arg14) : (tensor<i32>) -> tensor<1xi32>
      %70 = "stablehlo.concatenate"(%69, %46) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %71 = "stablehlo.dynamic_broadcast_in_dim"(%47, %70) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
      %72 = "stablehlo.multiply"(%arg21, %71) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
      %73 = "stablehlo.sine"(%arg21) : (tensor<?x6xf32>) -> tensor<?x6xf32>
      %74 = "stablehlo.add"(%72, %73) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
      "stablehlo.return"(%arg19, %68, %74) : (tensor<6xi32>, tensor<i32>, tensor<?x6xf32>) -> ()
    }) : (tensor<6xi32>, tensor<i32>, tensor<?x6xf32>) -> (tensor<6xi32>, tensor<i32>, tensor<?x6xf32>)
    %52 = "func.call"(%arg14, %arg18, %45) <{callee = @remainder_0}> : (tensor<i32>, tensor<6xi32>, tensor<i32>) -> tensor<6xi32>
    %53 = "stablehlo.negate"(%52) : (tensor<6xi32>) -> tensor<6xi32>
    %54 = "stablehlo.convert"(%53) : (tensor<6xi32>) -> tensor<6xf32>
    %55 = "stablehlo.broadcast_in_dim"(%54) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1x6xf32>
    %56 = "stablehlo.reshape"(%arg14) : (tensor<i32>) -> tensor<1xi32>
    %57 = "stablehlo.concatenate"(%56, %46) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %58 = "stablehlo.dynamic_broadcast_in_dim"(%55, %57) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %59 = "stablehlo.add"(%51#2, %58) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %60 = "stablehlo.broadcast_in_dim"(%arg16) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1x6xf32>
    %61 = "stablehlo.reshape"(%arg14) : (tensor<i32>) -> tensor<1xi32>
    %62 = "stablehlo.concatenate"(%61, %46) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %63 = "stablehlo.dynamic_broadcast_in_dim"(%60, %62) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %64 = "stablehlo.subtract"(%59, %63) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %65 = "stablehlo.abs"(%64) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %66 = "stablehlo.sqrt"(%65) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %67 = "func.call"(%arg14, %66, %44, %43) <{callee = @clip}> : (tensor<i32>, tensor<?x6xf32>, tensor<f32>, tensor<f32>) -> tensor<?x6xf32>
    "func.return"(%67) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<i32>, %arg12: tensor<i32>, %arg13: tensor<i32>):
    %30 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %31 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %32 = "stablehlo.convert"(%arg13) : (tensor<i32>) -> tensor<i32>
    %33 = "stablehlo.compare"(%32, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %34 = "func.call"(%arg11, %33, %30, %32) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %35 = "stablehlo.remainder"(%arg12, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %36 = "stablehlo.compare"(%35, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %37 = "stablehlo.compare"(%35, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %38 = "stablehlo.compare"(%34, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %39 = "stablehlo.compare"(%37, %38) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %40 = "stablehlo.and"(%39, %36) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %41 = "stablehlo.add"(%35, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %42 = "stablehlo.select"(%40, %41, %35) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%42) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<i1>, %arg9: tensor<i32>, %arg10: tensor<i32>):
    %29 = "stablehlo.select"(%arg8, %arg9, %arg10) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%29) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<6xi32>, tensor<i32>) -> tensor<6xi32>, sym_name = "remainder_0", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<6xi32>, %arg6: tensor<i32>):
    %11 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %12 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %13 = "stablehlo.convert"(%arg6) : (tensor<i32>) -> tensor<i32>
    %14 = "stablehlo.compare"(%13, %12) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %15 = "func.call"(%arg4, %14, %11, %13) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %16 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %17 = "stablehlo.remainder"(%arg5, %16) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %18 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %19 = "stablehlo.compare"(%17, %18) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %20 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %21 = "stablehlo.compare"(%17, %20) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi1>
    %22 = "stablehlo.compare"(%15, %12) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %23 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<6xi1>
    %24 = "stablehlo.compare"(%21, %23) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<6xi1>, tensor<6xi1>) -> tensor<6xi1>
    %25 = "stablehlo.and"(%24, %19) : (tensor<6xi1>, tensor<6xi1>) -> tensor<6xi1>
    %26 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<6xi32>
    %27 = "stablehlo.add"(%17, %26) : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    %28 = "stablehlo.select"(%25, %27, %17) : (tensor<6xi1>, tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
    "func.return"(%28) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x6xf32>, tensor<f32>, tensor<f32>) -> tensor<?x6xf32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x6xf32>, %arg2: tensor<f32>, %arg3: tensor<f32>):
    %0 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %1 = "stablehlo.convert"(%arg2) : (tensor<f32>) -> tensor<f32>
    %2 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %3 = "stablehlo.concatenate"(%2, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %4 = "stablehlo.dynamic_broadcast_in_dim"(%1, %3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %5 = "stablehlo.maximum"(%4, %arg1) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %6 = "stablehlo.convert"(%arg3) : (tensor<f32>) -> tensor<f32>
    %7 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %8 = "stablehlo.concatenate"(%7, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %9 = "stablehlo.dynamic_broadcast_in_dim"(%6, %8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %10 = "stablehlo.minimum"(%9, %5) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%10) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
