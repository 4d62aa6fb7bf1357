"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<4x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>):
    %0 = "stablehlo.dot_general"(%arg0, %arg2) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<4x24xf32>, tensor<24x24xf32>) -> tensor<4x24xf32>
    %1 = "stablehlo.constant"() <{value = dense<2.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %3 = "stablehlo.divide"(%0, %2) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %4 = "stablehlo.add"(%3, %arg0) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %5 = "stablehlo.tanh"(%4) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %6 = "stablehlo.abs"(%5) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %7 = "stablehlo.negate"(%6) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %8 = "stablehlo.exponential"(%7) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %9 = "stablehlo.abs"(%8) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %10 = "stablehlo.negate"(%9) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %11 = "stablehlo.exponential"(%10) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    "func.return"(%11) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
