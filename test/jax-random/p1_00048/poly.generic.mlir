"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> (tensor<?x6xf32>, tensor<?x6xi32>, tensor<?x6xi32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg20: tensor<?x6xf32>, %arg21: tensor<6xf32>, %arg22: tensor<6x6xf32>, %arg23: tensor<6xi32>):
    %61 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %62 = "stablehlo.get_dimension_size"(%arg20) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %63 = "stablehlo.compare"(%62, %61) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%63, %62) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 6). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %64:3 = "func.call"(%62, %arg20, %arg21, %arg22, %arg23) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> (tensor<?x6xf32>, tensor<?x6xi32>, tensor<?x6xi32>)
    "func.return"(%64#0, %64#1, %64#2) : (tensor<?x6xf32>, tensor<?x6xi32>, tensor<?x6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> (tensor<?x6xf32>, tensor<?x6xi32>, tensor<?x6xi32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<?x6xf32>, %arg9: tensor<6xf32>, %arg10: tensor<6x6xf32>, %arg11: tensor<6xi32>):
    %16 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %17 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %18 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %20 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %21 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %22 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %23 = "stablehlo.concatenate"(%22, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %24 = "stablehlo.dynamic_broadcast_in_dim"(%21, %23) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %25 = "stablehlo.multiply"(%arg8, %24) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %26 = "stablehlo.abs"(%25) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %27 = "stablehlo.convert"(%26) : (tensor<?x6xf32>) -> tensor<?x6xi32>
    %28 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %29 = "stablehlo.concatenate"(%28, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %30 = "stablehlo.dynamic_broadcast_in_dim"(%19, %29) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x6xi32>
    %31 = "stablehlo.shift_right_arithmetic"(%27, %30) : (tensor<?x6xi32>, tensor<?x6xi32>) -> tensor<?x6xi32>
    %32 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xi32>) -> tensor<1x6xi32>
    %33 = "stablehlo.negate"(%32) : (tensor<1x6xi32>) -> tensor<1x6xi32>
    %34 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %35 = "stablehlo.concatenate"(%34, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %36 = "stablehlo.dynamic_broadcast_in_dim"(%33, %35) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xi32>, tensor<2xi32>) -> tensor<?x6xi32>
    %37 = "stablehlo.xor"(%31, %36) : (tensor<?x6xi32>, tensor<?x6xi32>) -> tensor<?x6xi32>
    %38 = "stablehlo.floor"(%arg8) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %39 = "stablehlo.convert"(%38) : (tensor<?x6xf32>) -> tensor<?x6xi32>
    %40 = "stablehlo.negate"(%39) : (tensor<?x6xi32>) -> tensor<?x6xi32>
    %41 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1x6xf32>
    %42 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %43 = "stablehlo.concatenate"(%42, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %44 = "stablehlo.dynamic_broadcast_in_dim"(%41, %43) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %45 = "stablehlo.maximum"(%arg8, %44) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %46 = "func.call"(%arg7, %45, %18) <{callee = @_pad}> : (tensor<i32>, tensor<?x6xf32>, tensor<i32>) -> tensor<?x6xf32>
    %47 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %48 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %49 = "stablehlo.concatenate"(%48, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %50 = "stablehlo.dynamic_gather"(%46, %47, %49) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x6xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x6xf32>
    %51:4 = "stablehlo.while"(%arg9, %18, %18, %50) ({
    ^bb0(%arg16: tensor<6xf32>, %arg17: tensor<i32>, %arg18: tensor<i32>, %arg19: tensor<?x6xf32>):
      %60 = "stablehlo.compare"(%arg17, %17) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%60) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg12: tensor<6xf32>, %arg13: tensor<i32>, %arg14: tensor<i32>, %arg15: tensor<?x6xf32>):
      %58:2 = "func.call"(%arg7, %arg12, %arg14, %arg15) <{callee = @closed_call}> : (tensor<i32>, tensor<6xf32>, tensor<i32>, tensor<?x6xf32>) -> (tensor<i32>, tensor<?x6xf32>)
      %59 = "stablehlo.add"(%arg13, %16) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg12, %59, %58#0, %58#1) : (tensor<6xf32>, tensor<i32>, tensor<i32>, tensor<?x6xf32>) -> ()
    }) : (tensor<6xf32>, tensor<i32>, tensor<i32>, tensor<?x6xf32>) -> (tensor<6xf32>, tensor<i32>, tensor<i32>, tensor<?x6xf32>)
    %52 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1x6xf32>
    %53 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %54 = "stablehlo.concatenate"(%53, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %55 = "stablehlo.dynamic_broadcast_in_dim"(%52, %54) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %56 = "stablehlo.minimum"(%51#3, %55) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %57 = "stablehlo.abs"(%56) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%57, %37, %40) : (tensor<?x6xf32>, tensor<?x6xi32>, tensor<?x6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x6xf32>, tensor<i32>) -> tensor<?x6xf32>, sym_name = "_pad", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<?x6xf32>, %arg6: tensor<i32>):
    %14 = "stablehlo.convert"(%arg6) : (tensor<i32>) -> tensor<f32>
    %15 = "stablehlo.pad"(%arg5, %14) <{edge_padding_high = array<i64: 0, 0>, edge_padding_low = array<i64: 1, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<?x6xf32>, tensor<f32>) -> tensor<?x6xf32>
    "func.return"(%15) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<6xf32>, tensor<i32>, tensor<?x6xf32>) -> (tensor<i32>, tensor<?x6xf32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<6xf32>, %arg2: tensor<i32>, %arg3: tensor<?x6xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.899999976> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %2 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.add"(%arg2, %2) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1x6xf32>
    %5 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %6 = "stablehlo.concatenate"(%5, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %7 = "stablehlo.dynamic_broadcast_in_dim"(%4, %6) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %8 = "stablehlo.add"(%arg3, %7) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %9 = "stablehlo.tanh"(%8) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %10 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %11 = "stablehlo.concatenate"(%10, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %12 = "stablehlo.dynamic_broadcast_in_dim"(%0, %11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %13 = "stablehlo.multiply"(%9, %12) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%3, %13) : (tensor<i32>, tensor<?x6xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
