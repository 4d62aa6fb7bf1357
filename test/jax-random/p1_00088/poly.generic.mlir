"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg9: tensor<?x24xf32>, %arg10: tensor<24xf32>, %arg11: tensor<24x24xf32>, %arg12: tensor<24xi32>):
    %52 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %53 = "stablehlo.get_dimension_size"(%arg9) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %54 = "stablehlo.compare"(%53, %52) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%54, %53) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 24). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %55 = "func.call"(%53, %arg9, %arg10, %arg11, %arg12) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    "func.return"(%55) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x24xf32>, %arg2: tensor<24xf32>, %arg3: tensor<24x24xf32>, %arg4: tensor<24xi32>):
    %0 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %2 = "stablehlo.constant"() <{value = dense<2.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %3 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %4 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %5 = "stablehlo.multiply"(%arg1, %arg1) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %6 = "stablehlo.reduce"(%5, %4) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg7: tensor<f32>, %arg8: tensor<f32>):
      %51 = "stablehlo.add"(%arg7, %arg8) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%51) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %7 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %8 = "stablehlo.concatenate"(%7, %3) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %9 = "stablehlo.dynamic_broadcast_in_dim"(%6, %8) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %10 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %11 = "stablehlo.concatenate"(%10, %3) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %12 = "stablehlo.dynamic_broadcast_in_dim"(%2, %11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %13 = "stablehlo.divide"(%9, %12) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %14 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %15 = "stablehlo.concatenate"(%14, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %16 = "stablehlo.dynamic_broadcast_in_dim"(%13, %15) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %17 = "stablehlo.multiply"(%arg1, %16) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %18 = "stablehlo.negate"(%17) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %19 = "stablehlo.exponential"(%18) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %20 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %21 = "stablehlo.concatenate"(%20, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %22 = "stablehlo.dynamic_broadcast_in_dim"(%0, %21) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %23 = "stablehlo.add"(%22, %19) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %24 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %25 = "stablehlo.concatenate"(%24, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %26 = "stablehlo.dynamic_broadcast_in_dim"(%0, %25) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %27 = "stablehlo.divide"(%26, %23) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %28 = "stablehlo.reduce"(%27, %4) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg5: tensor<f32>, %arg6: tensor<f32>):
      %50 = "stablehlo.add"(%arg5, %arg6) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%50) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %29 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %30 = "stablehlo.concatenate"(%29, %3) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %31 = "stablehlo.dynamic_broadcast_in_dim"(%28, %30) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %32 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %33 = "stablehlo.concatenate"(%32, %3) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %34 = "stablehlo.dynamic_broadcast_in_dim"(%2, %33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %35 = "stablehlo.divide"(%31, %34) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %36 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %37 = "stablehlo.concatenate"(%36, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %38 = "stablehlo.dynamic_broadcast_in_dim"(%35, %37) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %39 = "stablehlo.subtract"(%27, %38) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %40 = "stablehlo.negate"(%39) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %41 = "stablehlo.exponential"(%40) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %42 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %43 = "stablehlo.concatenate"(%42, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %44 = "stablehlo.dynamic_broadcast_in_dim"(%0, %43) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %45 = "stablehlo.add"(%44, %41) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %46 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %47 = "stablehlo.concatenate"(%46, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %48 = "stablehlo.dynamic_broadcast_in_dim"(%0, %47) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %49 = "stablehlo.divide"(%48, %45) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%49) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
