"builtin.module"() <{sym_name = "jit_bit_ops"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<12xi32>, tensor<12xi32>) -> (tensor<12xi32>, tensor<12xi32>, tensor<12xi32>, tensor<12xi32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}, {jax.result_info = "result[3]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<12xi32>, %arg1: tensor<12xi32>):
    %0 = "stablehlo.constant"() <{value = dense<7> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<12xi32>
    %2 = "stablehlo.and"(%arg1, %1) : (tensor<12xi32>, tensor<12xi32>) -> tensor<12xi32>
    %3 = "stablehlo.shift_left"(%arg0, %2) : (tensor<12xi32>, tensor<12xi32>) -> tensor<12xi32>
    %4 = "stablehlo.shift_right_arithmetic"(%arg0, %2) : (tensor<12xi32>, tensor<12xi32>) -> tensor<12xi32>
    %5 = "stablehlo.xor"(%3, %4) : (tensor<12xi32>, tensor<12xi32>) -> tensor<12xi32>
    %6 = "stablehlo.shift_right_logical"(%arg0, %2) : (tensor<12xi32>, tensor<12xi32>) -> tensor<12xi32>
    %7 = "stablehlo.popcnt"(%arg0) : (tensor<12xi32>) -> tensor<12xi32>
    %8 = "stablehlo.count_leading_zeros"(%arg0) : (tensor<12xi32>) -> tensor<12xi32>
    "func.return"(%5, %6, %7, %8) : (tensor<12xi32>, tensor<12xi32>, tensor<12xi32>, tensor<12xi32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
