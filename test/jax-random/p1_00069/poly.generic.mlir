"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg5: tensor<?x8xf32>, %arg6: tensor<8xf32>, %arg7: tensor<8x8xf32>, %arg8: tensor<8xi32>):
    %22 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %23 = "stablehlo.get_dimension_size"(%arg5) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %24 = "stablehlo.compare"(%23, %22) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%24, %23) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 8). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %25 = "func.call"(%23, %arg5, %arg6, %arg7, %arg8) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>
    "func.return"(%25) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x8xf32>, %arg2: tensor<8xf32>, %arg3: tensor<8x8xf32>, %arg4: tensor<8xi32>):
    %0 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %1 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2 = "stablehlo.constant"() <{value = dense<[[-0.136660039, 0.132294357, -4.380250e-02, 0.066603221, -0.0235654097, -0.29714188, -0.0380226858, -0.015646914], [0.0671683326, 0.0421835631, 1.274350e-01, -0.0325483307, -0.062298987, 6.593510e-02, -0.169908941, 0.122738436], [-0.180457786, 0.251120031, -0.163056344, -0.059583012, -0.0110445889, -0.112915061, -0.107731611, 0.0427029021], [0.153965056, -0.0446029529, -0.218254432, -0.0251293872, -0.184099764, 0.111750327, -0.138836026, -0.0715904087], [0.12133158, 0.103831753, 0.142745256, 0.0543532781, -0.0856018215, -0.161052987, -0.165454209, 4.818510e-02], [0.109644406, -0.0365062617, -0.0962455198, -0.0199984666, -0.244447842, 0.0801006332, -0.227488533, 0.0409770571], [-0.090027064, 0.0324055441, -0.0429431647, 0.0137644457, 0.0126429033, -0.137193605, -0.176032364, 0.241293833], [-0.0794715359, -0.168241814, 0.209319353, -0.125298887, 0.116783924, -0.0271671899, -0.208872035, -0.145037517]]> : tensor<8x8xf32>}> : () -> tensor<8x8xf32>
    %3 = "stablehlo.dot_general"(%arg1, %2) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<?x8xf32>, tensor<8x8xf32>) -> tensor<?x8xf32>
    %4 = "stablehlo.abs"(%3) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %5 = "stablehlo.negate"(%4) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %6 = "stablehlo.exponential"(%5) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %7 = "stablehlo.abs"(%arg2) : (tensor<8xf32>) -> tensor<8xf32>
    %8 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %9 = "stablehlo.add"(%8, %7) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %11 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %12 = "stablehlo.concatenate"(%11, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %13 = "stablehlo.dynamic_broadcast_in_dim"(%10, %12) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x8xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %14 = "stablehlo.divide"(%6, %13) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %15 = "stablehlo.get_dimension_size"(%14) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %16 = "stablehlo.reshape"(%15) : (tensor<i32>) -> tensor<1xi32>
    %17 = "stablehlo.get_dimension_size"(%14) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %18 = "stablehlo.reshape"(%17) : (tensor<i32>) -> tensor<1xi32>
    %19 = "stablehlo.concatenate"(%16, %18) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %20 = "stablehlo.dynamic_broadcast_in_dim"(%1, %19) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %21 = "stablehlo.atan2"(%14, %20) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%21) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
