"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<?x16xf32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg10: tensor<?x16xf32>, %arg11: tensor<16xf32>, %arg12: tensor<16x16xf32>, %arg13: tensor<16xi32>):
    %42 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %43 = "stablehlo.get_dimension_size"(%arg10) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %44 = "stablehlo.compare"(%43, %42) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%44, %43) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 16). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %45:2 = "func.call"(%43, %arg10, %arg11, %arg12, %arg13) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<?x16xf32>, tensor<?x2xf32>)
    "func.return"(%45#0, %45#1) : (tensor<?x16xf32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<?x16xf32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<i32>, %arg6: tensor<?x16xf32>, %arg7: tensor<16xf32>, %arg8: tensor<16x16xf32>, %arg9: tensor<16xi32>):
    %16 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %17 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %18 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %19 = "stablehlo.constant"() <{value = dense<15> : tensor<i32>}> : () -> tensor<i32>
    %20 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %21 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<16xi32>
    %22 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %23 = "stablehlo.multiply"(%22, %21) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %24 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %25 = "stablehlo.add"(%24, %23) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %26 = "stablehlo.reverse"(%25) <{dimensions = array<i64: 0>}> : (tensor<16xi32>) -> tensor<16xi32>
    %27 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64: 0>}> : (tensor<16xi32>) -> tensor<16x1xi32>
    %28 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %29 = "stablehlo.concatenate"(%28, %18) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %30 = "stablehlo.dynamic_gather"(%arg6, %27, %29) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, indices_are_sorted = true}> : (tensor<?x16xf32>, tensor<16x1xi32>, tensor<2xi32>) -> tensor<?x16xf32>
    %31 = "stablehlo.reverse"(%30) <{dimensions = array<i64: 1>}> : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %32 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %33 = "stablehlo.concatenate"(%32, %16) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %34 = "stablehlo.dynamic_broadcast_in_dim"(%17, %33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %35 = "stablehlo.multiply"(%31, %34) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %36 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %37 = "stablehlo.concatenate"(%36, %16) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %38 = "stablehlo.dynamic_broadcast_in_dim"(%17, %37) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %39 = "stablehlo.multiply"(%arg6, %38) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %40 = "stablehlo.add"(%35, %39) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %41:2 = "stablehlo.composite"(%40) <{composite_attributes = {k = 2 : i64}, decomposition = @chlo.top_k.impl, name = "chlo.top_k", version = 1 : i32}> : (tensor<?x16xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>)
    "func.return"(%40, %41#0) : (tensor<?x16xf32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x16xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>), sym_name = "chlo.top_k.impl", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<?x16xf32>):
    %0 = "stablehlo.constant"() <{value = dense<1> : tensor<2xi64>}> : () -> tensor<2xi64>
    %1 = "stablehlo.constant"() <{value = dense<0> : tensor<2xi64>}> : () -> tensor<2xi64>
    %2 = "stablehlo.constant"() <{value = dense<2> : tensor<i64>}> : () -> tensor<i64>
    %3 = "stablehlo.constant"() <{value = dense<16> : tensor<i64>}> : () -> tensor<i64>
    %4 = "stablehlo.get_dimension_size"(%arg0) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %5 = "stablehlo.convert"(%4) : (tensor<i32>) -> tensor<i64>
    %6 = "stablehlo.reshape"(%5) : (tensor<i64>) -> tensor<1xi64>
    %7 = "stablehlo.reshape"(%3) : (tensor<i64>) -> tensor<1xi64>
    %8 = "stablehlo.concatenate"(%6, %7) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %9 = "stablehlo.reshape"(%2) : (tensor<i64>) -> tensor<1xi64>
    %10 = "stablehlo.concatenate"(%6, %9) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %11 = "stablehlo.dynamic_iota"(%8) <{iota_dimension = 1 : i64}> : (tensor<2xi64>) -> tensor<?x16xi32>
    %12:2 = "stablehlo.sort"(%arg0, %11) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>, %arg3: tensor<i32>, %arg4: tensor<i32>):
      %15 = "stablehlo.compare"(%arg1, %arg2) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "stablehlo.return"(%15) : (tensor<i1>) -> ()
    }) : (tensor<?x16xf32>, tensor<?x16xi32>) -> (tensor<?x16xf32>, tensor<?x16xi32>)
    %13 = "stablehlo.real_dynamic_slice"(%12#0, %1, %10, %0) : (tensor<?x16xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xf32>
    %14 = "stablehlo.real_dynamic_slice"(%12#1, %1, %10, %0) : (tensor<?x16xi32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xi32>
    "func.return"(%13, %14) : (tensor<?x2xf32>, tensor<?x2xi32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
