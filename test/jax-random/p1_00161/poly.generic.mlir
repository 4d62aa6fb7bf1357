"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg25: tensor<?x24xf32>, %arg26: tensor<24xf32>, %arg27: tensor<24x24xf32>, %arg28: tensor<24xi32>):
    %35 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %36 = "stablehlo.get_dimension_size"(%arg25) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %37 = "stablehlo.compare"(%36, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%37, %36) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 24). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %38 = "func.call"(%36, %arg25, %arg26, %arg27, %arg28) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    "func.return"(%38) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<i32>, %arg11: tensor<?x24xf32>, %arg12: tensor<24xf32>, %arg13: tensor<24x24xf32>, %arg14: tensor<24xi32>):
    %10 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %11 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %12 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %13 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %14 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<24xf32>
    %16 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %17 = "stablehlo.concatenate"(%16, %13) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %18 = "stablehlo.dynamic_broadcast_in_dim"(%14, %17) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %19:4 = "stablehlo.while"(%arg11, %12, %15, %18) ({
    ^bb0(%arg21: tensor<?x24xf32>, %arg22: tensor<i32>, %arg23: tensor<24xf32>, %arg24: tensor<?x24xf32>):
      %34 = "stablehlo.compare"(%arg22, %arg10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%34) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg17: tensor<?x24xf32>, %arg18: tensor<i32>, %arg19: tensor<24xf32>, %arg20: tensor<?x24xf32>):
      %30 = "func.call"(%arg10, %arg17, %arg18) <{callee = @dynamic_index_in_dim}> : (tensor<i32>, tensor<?x24xf32>, tensor<i32>) -> tensor<24xf32>
      %31:2 = "func.call"(%arg10, %arg19, %30) <{callee = @closed_call}> : (tensor<i32>, tensor<24xf32>, tensor<24xf32>) -> (tensor<24xf32>, tensor<24xf32>)
      %32 = "func.call"(%arg10, %arg20, %31#1, %arg18) <{callee = @dynamic_update_index_in_dim}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<i32>) -> tensor<?x24xf32>
      %33 = "stablehlo.add"(%arg18, %11) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg17, %33, %31#0, %32) : (tensor<?x24xf32>, tensor<i32>, tensor<24xf32>, tensor<?x24xf32>) -> ()
    }) : (tensor<?x24xf32>, tensor<i32>, tensor<24xf32>, tensor<?x24xf32>) -> (tensor<?x24xf32>, tensor<i32>, tensor<24xf32>, tensor<?x24xf32>)
    %20 = "stablehlo.reduce"(%arg12, %14) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg15: tensor<f32>, %arg16: tensor<f32>):
      %29 = "stablehlo.add"(%arg15, %arg16) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%29) : (tensor<f32>) -> ()
    }) : (tensor<24xf32>, tensor<f32>) -> tensor<f32>
    %21 = "stablehlo.compare"(%20, %14) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %22 = "stablehlo.convert"(%21) : (tensor<i1>) -> tensor<i32>
    %23 = "stablehlo.case"(%22) ({
      %28 = "stablehlo.tanh"(%19#3) : (tensor<?x24xf32>) -> tensor<?x24xf32>
      "stablehlo.return"(%28) : (tensor<?x24xf32>) -> ()
    }, {
      %24 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
      %25 = "stablehlo.concatenate"(%24, %13) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %26 = "stablehlo.dynamic_broadcast_in_dim"(%10, %25) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
      %27 = "stablehlo.multiply"(%19#3, %26) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
      "stablehlo.return"(%27) : (tensor<?x24xf32>) -> ()
    }) : (tensor<i32>) -> tensor<?x24xf32>
    "func.return"(%23) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<i32>) -> tensor<24xf32>, sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<?x24xf32>, %arg9: tensor<i32>):
    %7 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %8 = "stablehlo.dynamic_slice"(%arg8, %arg9, %7) <{slice_sizes = array<i64: 1, 24>}> : (tensor<?x24xf32>, tensor<i32>, tensor<i32>) -> tensor<1x24xf32>
    %9 = "stablehlo.reshape"(%8) : (tensor<1x24xf32>) -> tensor<24xf32>
    "func.return"(%9) : (tensor<24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<24xf32>, tensor<24xf32>) -> (tensor<24xf32>, tensor<24xf32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<24xf32>, %arg6: tensor<24xf32>):
    %3 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<24xf32>
    %5 = "stablehlo.multiply"(%arg5, %4) : (tensor<24xf32>, tensor<24xf32>) -> tensor<24xf32>
    %6 = "stablehlo.add"(%5, %arg6) : (tensor<24xf32>, tensor<24xf32>) -> tensor<24xf32>
    "func.return"(%6, %6) : (tensor<24xf32>, tensor<24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<i32>) -> tensor<?x24xf32>, sym_name = "dynamic_update_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x24xf32>, %arg2: tensor<24xf32>, %arg3: tensor<i32>):
    %0 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%arg2) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %2 = "stablehlo.dynamic_update_slice"(%arg1, %1, %arg3, %0) : (tensor<?x24xf32>, tensor<1x24xf32>, tensor<i32>, tensor<i32>) -> tensor<?x24xf32>
    "func.return"(%2) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
