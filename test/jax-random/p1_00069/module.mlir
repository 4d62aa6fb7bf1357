module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8x8xf32>, %arg3: tensor<8xi32>) -> (tensor<4x8xf32> {jax.result_info = "result[0]"}) {
    %cst = stablehlo.constant dense<[[-0.136660039, 0.132294357, -4.380250e-02, 0.066603221, -0.0235654097, -0.29714188, -0.0380226858, -0.015646914], [0.0671683326, 0.0421835631, 1.274350e-01, -0.0325483307, -0.062298987, 6.593510e-02, -0.169908941, 0.122738436], [-0.180457786, 0.251120031, -0.163056344, -0.059583012, -0.0110445889, -0.112915061, -0.107731611, 0.0427029021], [0.153965056, -0.0446029529, -0.218254432, -0.0251293872, -0.184099764, 0.111750327, -0.138836026, -0.0715904087], [0.12133158, 0.103831753, 0.142745256, 0.0543532781, -0.0856018215, -0.161052987, -0.165454209, 4.818510e-02], [0.109644406, -0.0365062617, -0.0962455198, -0.0199984666, -0.244447842, 0.0801006332, -0.227488533, 0.0409770571], [-0.090027064, 0.0324055441, -0.0429431647, 0.0137644457, 0.0126429033, -0.137193605, -0.176032364, 0.241293833], [-0.0794715359, -0.168241814, 0.209319353, -0.125298887, 0.116783924, -0.0271671899, -0.208872035, -0.145037517]]> : tensor<8x8xf32>
    %0 = stablehlo.dot_general %arg0, %cst, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32>
    %1 = stablehlo.abs %0 : tensor<4x8xf32>
    %2 = stablehlo.negate %1 : tensor<4x8xf32>
    %3 = stablehlo.exponential %2 : tensor<4x8xf32>
    %4 = stablehlo.abs %arg1 : tensor<8xf32>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %6 = stablehlo.add %5, %4 : tensor<8xf32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<1x8xf32>) -> tensor<4x8xf32>
    %9 = stablehlo.divide %3, %8 : tensor<4x8xf32>
    %10 = chlo.atan %9 : tensor<4x8xf32> -> tensor<4x8xf32>
    return %10 : tensor<4x8xf32>
  }
}
