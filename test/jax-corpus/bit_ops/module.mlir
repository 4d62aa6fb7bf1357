module @jit_bit_ops attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<12xi32>, %arg1: tensor<12xi32>) -> (tensor<12xi32> {jax.result_info = "result[0]"}, tensor<12xi32> {jax.result_info = "result[1]"}, tensor<12xi32> {jax.result_info = "result[2]"}, tensor<12xi32> {jax.result_info = "result[3]"}) {
    %c = stablehlo.constant dense<7> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<12xi32>
    %1 = stablehlo.and %arg1, %0 : tensor<12xi32>
    %2 = stablehlo.shift_left %arg0, %1 : tensor<12xi32>
    %3 = stablehlo.shift_right_arithmetic %arg0, %1 : tensor<12xi32>
    %4 = stablehlo.xor %2, %3 : tensor<12xi32>
    %5 = stablehlo.shift_right_logical %arg0, %1 : tensor<12xi32>
    %6 = stablehlo.popcnt %arg0 : tensor<12xi32>
    %7 = stablehlo.count_leading_zeros %arg0 : tensor<12xi32>
    return %4, %5, %6, %7 : tensor<12xi32>, tensor<12xi32>, tensor<12xi32>, tensor<12xi32>
  }
}
