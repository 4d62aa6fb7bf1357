module @jit_fn attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<?x6xf32>, %arg1: tensor<6xf32>, %arg2: tensor<6x6xf32>, %arg3: tensor<6xi32>) -> (tensor<?x6xf32> {jax.result_info = "result[0]"}, tensor<?x6xi32> {jax.result_info = "result[1]"}, tensor<?x6xi32> {jax.result_info = "result[2]"}) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x6xf32>) -> tensor<i32>
    %1 = stablehlo.compare GE, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%1, %0) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 6). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i32>) -> ()
    %2:3 = call @_wrapped_jax_export_main(%0, %arg0, %arg1, %arg2, %arg3) : (tensor<i32>, tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> (tensor<?x6xf32>, tensor<?x6xi32>, tensor<?x6xi32>)
    return %2#0, %2#1, %2#2 : tensor<?x6xf32>, tensor<?x6xi32>, tensor<?x6xi32>
  }
  func.func private @_wrapped_jax_export_main(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x6xf32>, %arg2: tensor<6xf32>, %arg3: tensor<6x6xf32>, %arg4: tensor<6xi32>) -> (tensor<?x6xf32> {jax.result_info = "result[0]"}, tensor<?x6xi32> {jax.result_info = "result[1]"}, tensor<?x6xi32> {jax.result_info = "result[2]"}) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %c_0 = stablehlo.constant dense<3> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %c_2 = stablehlo.constant dense<2> : tensor<i32>
    %c_3 = stablehlo.constant dense<6> : tensor<1xi32>
    %cst = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.concatenate %0, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2 = stablehlo.dynamic_broadcast_in_dim %cst, %1, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %3 = stablehlo.multiply %arg1, %2 : tensor<?x6xf32>
    %4 = stablehlo.abs %3 : tensor<?x6xf32>
    %5 = stablehlo.convert %4 : (tensor<?x6xf32>) -> tensor<?x6xi32>
    %6 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %7 = stablehlo.concatenate %6, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %8 = stablehlo.dynamic_broadcast_in_dim %c_2, %7, dims = [] : (tensor<i32>, tensor<2xi32>) -> tensor<?x6xi32>
    %9 = stablehlo.shift_right_arithmetic %5, %8 : tensor<?x6xi32>
    %10 = stablehlo.broadcast_in_dim %arg4, dims = [1] : (tensor<6xi32>) -> tensor<1x6xi32>
    %11 = stablehlo.negate %10 : tensor<1x6xi32>
    %12 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %13 = stablehlo.concatenate %12, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %14 = stablehlo.dynamic_broadcast_in_dim %11, %13, dims = [0, 1] : (tensor<1x6xi32>, tensor<2xi32>) -> tensor<?x6xi32>
    %15 = stablehlo.xor %9, %14 : tensor<?x6xi32>
    %16 = stablehlo.floor %arg1 : tensor<?x6xf32>
    %17 = stablehlo.convert %16 : (tensor<?x6xf32>) -> tensor<?x6xi32>
    %18 = stablehlo.negate %17 : tensor<?x6xi32>
    %19 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<6xf32>) -> tensor<1x6xf32>
    %20 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %21 = stablehlo.concatenate %20, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %22 = stablehlo.dynamic_broadcast_in_dim %19, %21, dims = [0, 1] : (tensor<1x6xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %23 = stablehlo.maximum %arg1, %22 : tensor<?x6xf32>
    %24 = call @_pad(%arg0, %23, %c_1) : (tensor<i32>, tensor<?x6xf32>, tensor<i32>) -> tensor<?x6xf32>
    %25 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %26 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %27 = stablehlo.concatenate %26, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %28 = "stablehlo.dynamic_gather"(%24, %25, %27) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x6xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x6xf32>
    %29:4 = stablehlo.while(%iterArg = %arg2, %iterArg_4 = %c_1, %iterArg_5 = %c_1, %iterArg_6 = %28) : tensor<6xf32>, tensor<i32>, tensor<i32>, tensor<?x6xf32>
    cond {
      %36 = stablehlo.compare LT, %iterArg_4, %c_0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %36 : tensor<i1>
    } do {
      %36:2 = func.call @closed_call(%arg0, %iterArg, %iterArg_5, %iterArg_6) : (tensor<i32>, tensor<6xf32>, tensor<i32>, tensor<?x6xf32>) -> (tensor<i32>, tensor<?x6xf32>)
      %37 = stablehlo.add %iterArg_4, %c : tensor<i32>
      stablehlo.return %iterArg, %37, %36#0, %36#1 : tensor<6xf32>, tensor<i32>, tensor<i32>, tensor<?x6xf32>
    }
    %30 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<6xf32>) -> tensor<1x6xf32>
    %31 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %32 = stablehlo.concatenate %31, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %33 = stablehlo.dynamic_broadcast_in_dim %30, %32, dims = [0, 1] : (tensor<1x6xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %34 = stablehlo.minimum %29#3, %33 : tensor<?x6xf32>
    %35 = stablehlo.abs %34 : tensor<?x6xf32>
    return %35, %15, %18 : tensor<?x6xf32>, tensor<?x6xi32>, tensor<?x6xi32>
  }
  func.func private @_pad(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x6xf32>, %arg2: tensor<i32>) -> tensor<?x6xf32> {
    %0 = stablehlo.convert %arg2 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.pad %arg1, %0, low = [1, 0], high = [0, 0], interior = [0, 0] : (tensor<?x6xf32>, tensor<f32>) -> tensor<?x6xf32>
    return %1 : tensor<?x6xf32>
  }
  func.func private @closed_call(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<6xf32>, %arg2: tensor<i32>, %arg3: tensor<?x6xf32>) -> (tensor<i32>, tensor<?x6xf32>) {
    %cst = stablehlo.constant dense<0.899999976> : tensor<f32>
    %c = stablehlo.constant dense<6> : tensor<1xi32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.add %arg2, %c_0 : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<6xf32>) -> tensor<1x6xf32>
    %2 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.concatenate %2, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %4 = stablehlo.dynamic_broadcast_in_dim %1, %3, dims = [0, 1] : (tensor<1x6xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %5 = stablehlo.add %arg3, %4 : tensor<?x6xf32>
    %6 = stablehlo.tanh %5 : tensor<?x6xf32>
    %7 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %8 = stablehlo.concatenate %7, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %9 = stablehlo.dynamic_broadcast_in_dim %cst, %8, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %10 = stablehlo.multiply %6, %9 : tensor<?x6xf32>
    return %0, %10 : tensor<i32>, tensor<?x6xf32>
  }
}
