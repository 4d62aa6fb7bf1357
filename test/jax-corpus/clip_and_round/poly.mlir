module @jit_clip_and_round attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<?x6xf32>) -> (tensor<?x6xf32> {jax.result_info = "result"}) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x6xf32>) -> tensor<i32>
    %1 = stablehlo.compare GE, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%1, %0) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 6). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i32>) -> ()
    %2 = call @_wrapped_jax_export_main(%0, %arg0) : (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    return %2 : tensor<?x6xf32>
  }
  func.func private @_wrapped_jax_export_main(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x6xf32>) -> (tensor<?x6xf32> {jax.result_info = "result"}) {
    %cst = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<-2.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<6> : tensor<1xi32>
    %cst_1 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.concatenate %0, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2 = stablehlo.dynamic_broadcast_in_dim %cst_1, %1, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %3 = stablehlo.multiply %arg1, %2 : tensor<?x6xf32>
    %4 = call @clip(%arg0, %3, %cst_0, %cst) : (tensor<i32>, tensor<?x6xf32>, tensor<f32>, tensor<f32>) -> tensor<?x6xf32>
    %5 = call @round(%arg0, %4) : (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    return %5 : tensor<?x6xf32>
  }
  func.func private @clip(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x6xf32>, %arg2: tensor<f32>, %arg3: tensor<f32>) -> tensor<?x6xf32> {
    %c = stablehlo.constant dense<6> : tensor<1xi32>
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.concatenate %1, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %3 = stablehlo.dynamic_broadcast_in_dim %0, %2, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %4 = stablehlo.maximum %3, %arg1 : tensor<?x6xf32>
    %5 = stablehlo.convert %arg3 : tensor<f32>
    %6 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %7 = stablehlo.concatenate %6, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %8 = stablehlo.dynamic_broadcast_in_dim %5, %7, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %9 = stablehlo.minimum %8, %4 : tensor<?x6xf32>
    return %9 : tensor<?x6xf32>
  }
  func.func private @round(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x6xf32>) -> tensor<?x6xf32> {
    %0 = stablehlo.round_nearest_even %arg1 : tensor<?x6xf32>
    return %0 : tensor<?x6xf32>
  }
}
