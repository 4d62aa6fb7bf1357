module @jit_fn attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<?x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8x8xf32>, %arg3: tensor<8xi32>) -> (tensor<?x8xf32> {jax.result_info = "result[0]"}) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x8xf32>) -> tensor<i32>
    %1 = stablehlo.compare GE, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%1, %0) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 8). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i32>) -> ()
    %2 = call @_wrapped_jax_export_main(%0, %arg0, %arg1, %arg2, %arg3) : (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>
    return %2 : tensor<?x8xf32>
  }
  func.func private @_wrapped_jax_export_main(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x8xf32>, %arg2: tensor<8xf32>, %arg3: tensor<8x8xf32>, %arg4: tensor<8xi32>) -> (tensor<?x8xf32> {jax.result_info = "result[0]"}) {
    %c = stablehlo.constant dense<8> : tensor<1xi32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<[[-0.136660039, 0.132294357, -4.380250e-02, 0.066603221, -0.0235654097, -0.29714188, -0.0380226858, -0.015646914], [0.0671683326, 0.0421835631, 1.274350e-01, -0.0325483307, -0.062298987, 6.593510e-02, -0.169908941, 0.122738436], [-0.180457786, 0.251120031, -0.163056344, -0.059583012, -0.0110445889, -0.112915061, -0.107731611, 0.0427029021], [0.153965056, -0.0446029529, -0.218254432, -0.0251293872, -0.184099764, 0.111750327, -0.138836026, -0.0715904087], [0.12133158, 0.103831753, 0.142745256, 0.0543532781, -0.0856018215, -0.161052987, -0.165454209, 4.818510e-02], [0.109644406, -0.0365062617, -0.0962455198, -0.0199984666, -0.244447842, 0.0801006332, -0.227488533, 0.0409770571], [-0.090027064, 0.0324055441, -0.0429431647, 0.0137644457, 0.0126429033, -0.137193605, -0.176032364, 0.241293833], [-0.0794715359, -0.168241814, 0.209319353, -0.125298887, 0.116783924, -0.0271671899, -0.208872035, -0.145037517]]> : tensor<8x8xf32>
    %0 = stablehlo.dot_general %arg1, %cst_0, contracting_dims = [1] x [0] : (tensor<?x8xf32>, tensor<8x8xf32>) -> tensor<?x8xf32>
    %1 = stablehlo.abs %0 : tensor<?x8xf32>
    %2 = stablehlo.negate %1 : tensor<?x8xf32>
    %3 = stablehlo.exponential %2 : tensor<?x8xf32>
    %4 = stablehlo.abs %arg2 : tensor<8xf32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %6 = stablehlo.add %5, %4 : tensor<8xf32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %8 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %9 = stablehlo.concatenate %8, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %10 = stablehlo.dynamic_broadcast_in_dim %7, %9, dims = [0, 1] : (tensor<1x8xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %11 = stablehlo.divide %3, %10 : tensor<?x8xf32>
    %12 = stablehlo.get_dimension_size %11, dim = 0 : (tensor<?x8xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.get_dimension_size %11, dim = 1 : (tensor<?x8xf32>) -> tensor<i32>
    %15 = stablehlo.reshape %14 : (tensor<i32>) -> tensor<1xi32>
    %16 = stablehlo.concatenate %13, %15, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %17 = stablehlo.dynamic_broadcast_in_dim %cst, %16, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %18 = stablehlo.atan2 %11, %17 : tensor<?x8xf32>
    return %18 : tensor<?x8xf32>
  }
}
