"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg17: tensor<?x24xf32>, %arg18: tensor<24xf32>, %arg19: tensor<24x24xf32>, %arg20: tensor<24xi32>):
    %50 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %51 = "stablehlo.get_dimension_size"(%arg17) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %52 = "stablehlo.compare"(%51, %50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%52, %51) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 24). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %53 = "func.call"(%51, %arg17, %arg18, %arg19, %arg20) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    "func.return"(%53) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<?x24xf32>, %arg6: tensor<24xf32>, %arg7: tensor<24x24xf32>, %arg8: tensor<24xi32>):
    %14 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %15 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %16 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %18 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %20 = "stablehlo.negate"(%arg5) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %21:4 = "stablehlo.while"(%arg6, %19, %19, %20) ({
    ^bb0(%arg13: tensor<24xf32>, %arg14: tensor<i32>, %arg15: tensor<i32>, %arg16: tensor<?x24xf32>):
      %49 = "stablehlo.compare"(%arg14, %18) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%49) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg9: tensor<24xf32>, %arg10: tensor<i32>, %arg11: tensor<i32>, %arg12: tensor<?x24xf32>):
      %47:2 = "func.call"(%arg4, %arg9, %arg11, %arg12) <{callee = @closed_call}> : (tensor<i32>, tensor<24xf32>, tensor<i32>, tensor<?x24xf32>) -> (tensor<i32>, tensor<?x24xf32>)
      %48 = "stablehlo.add"(%arg10, %17) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg9, %48, %47#0, %47#1) : (tensor<24xf32>, tensor<i32>, tensor<i32>, tensor<?x24xf32>) -> ()
    }) : (tensor<24xf32>, tensor<i32>, tensor<i32>, tensor<?x24xf32>) -> (tensor<24xf32>, tensor<i32>, tensor<i32>, tensor<?x24xf32>)
    %22 = "stablehlo.abs"(%arg6) : (tensor<24xf32>) -> tensor<24xf32>
    %23 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<24xf32>
    %24 = "stablehlo.add"(%23, %22) : (tensor<24xf32>, tensor<24xf32>) -> tensor<24xf32>
    %25 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %26 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %27 = "stablehlo.concatenate"(%26, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %28 = "stablehlo.dynamic_broadcast_in_dim"(%25, %27) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %29 = "stablehlo.divide"(%21#3, %28) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %30 = "stablehlo.tanh"(%29) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %31 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %32 = "stablehlo.gather"(%30, %31) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true, slice_sizes = array<i64: 1, 24>}> : (tensor<?x24xf32>, tensor<1xi32>) -> tensor<1x24xf32>
    %33 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %34 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<i32>
    %35 = "stablehlo.add"(%34, %14) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %36 = "stablehlo.reshape"(%35) : (tensor<i32>) -> tensor<1xi32>
    %37 = "stablehlo.concatenate"(%36, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %38 = "stablehlo.dynamic_gather"(%30, %33, %37) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x24xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x24xf32>
    %39 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %40 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<i32>
    %41 = "stablehlo.add"(%40, %14) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %42 = "stablehlo.reshape"(%41) : (tensor<i32>) -> tensor<1xi32>
    %43 = "stablehlo.concatenate"(%42, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %44 = "stablehlo.dynamic_gather"(%30, %39, %43) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x24xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x24xf32>
    %45 = "stablehlo.subtract"(%38, %44) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %46 = "stablehlo.concatenate"(%32, %45) <{dimension = 0 : i64}> : (tensor<1x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%46) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<24xf32>, tensor<i32>, tensor<?x24xf32>) -> (tensor<i32>, tensor<?x24xf32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<24xf32>, %arg2: tensor<i32>, %arg3: tensor<?x24xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.899999976> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %2 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.add"(%arg2, %2) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %5 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %6 = "stablehlo.concatenate"(%5, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %7 = "stablehlo.dynamic_broadcast_in_dim"(%4, %6) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %8 = "stablehlo.add"(%arg3, %7) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %9 = "stablehlo.tanh"(%8) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %10 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %11 = "stablehlo.concatenate"(%10, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %12 = "stablehlo.dynamic_broadcast_in_dim"(%0, %11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %13 = "stablehlo.multiply"(%9, %12) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%3, %13) : (tensor<i32>, tensor<?x24xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
