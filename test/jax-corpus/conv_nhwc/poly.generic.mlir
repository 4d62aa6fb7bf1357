"builtin.module"() <{sym_name = "jit_conv_nhwc"}> ({
  "func.func"() <{function_type = (tensor<?x6x5x3xf32>, tensor<3x3x3x4xf32>) -> tensor<?x6x5x4xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg3: tensor<?x6x5x3xf32>, %arg4: tensor<3x3x3x4xf32>):
    %1 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.get_dimension_size"(%arg3) <{dimension = 0 : i64}> : (tensor<?x6x5x3xf32>) -> tensor<i32>
    %3 = "stablehlo.compare"(%2, %1) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%3, %2) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 6, 5, 3). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %4 = "func.call"(%2, %arg3, %arg4) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x6x5x3xf32>, tensor<3x3x3x4xf32>) -> tensor<?x6x5x4xf32>
    "func.return"(%4) : (tensor<?x6x5x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x6x5x3xf32>, tensor<3x3x3x4xf32>) -> tensor<?x6x5x4xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x6x5x3xf32>, %arg2: tensor<3x3x3x4xf32>):
    %0 = "stablehlo.convolution"(%arg1, %arg2) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, padding = dense<1> : tensor<2x2xi64>}> : (tensor<?x6x5x3xf32>, tensor<3x3x3x4xf32>) -> tensor<?x6x5x4xf32>
    "func.return"(%0) : (tensor<?x6x5x4xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
