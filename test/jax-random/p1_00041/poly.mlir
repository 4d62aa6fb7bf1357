module @jit_fn attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<?x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8x8xf32>, %arg3: tensor<8xi32>) -> (tensor<?x8xf32> {jax.result_info = "result[0]"}, tensor<?x8xi32> {jax.result_info = "result[1]"}, tensor<?x8xi32> {jax.result_info = "result[2]"}, tensor<?x2xf32> {jax.result_info = "result[3]"}) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x8xf32>) -> tensor<i32>
    %1 = stablehlo.compare GE, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%1, %0) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 8). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i32>) -> ()
    %2:4 = call @_wrapped_jax_export_main(%0, %arg0, %arg1, %arg2, %arg3) : (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> (tensor<?x8xf32>, tensor<?x8xi32>, tensor<?x8xi32>, tensor<?x2xf32>)
    return %2#0, %2#1, %2#2, %2#3 : tensor<?x8xf32>, tensor<?x8xi32>, tensor<?x8xi32>, tensor<?x2xf32>
  }
  func.func private @_wrapped_jax_export_main(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x8xf32>, %arg2: tensor<8xf32>, %arg3: tensor<8x8xf32>, %arg4: tensor<8xi32>) -> (tensor<?x8xf32> {jax.result_info = "result[0]"}, tensor<?x8xi32> {jax.result_info = "result[1]"}, tensor<?x8xi32> {jax.result_info = "result[2]"}, tensor<?x2xf32> {jax.result_info = "result[3]"}) {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<3> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c_2 = stablehlo.constant dense<1> : tensor<1xi32>
    %c_3 = stablehlo.constant dense<1> : tensor<i32>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %c_5 = stablehlo.constant dense<2> : tensor<i32>
    %c_6 = stablehlo.constant dense<8> : tensor<1xi32>
    %cst_7 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.concatenate %0, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2 = stablehlo.dynamic_broadcast_in_dim %cst_7, %1, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %3 = stablehlo.multiply %arg1, %2 : tensor<?x8xf32>
    %4 = stablehlo.abs %3 : tensor<?x8xf32>
    %5 = stablehlo.convert %4 : (tensor<?x8xf32>) -> tensor<?x8xi32>
    %6 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %7 = stablehlo.concatenate %6, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %8 = stablehlo.dynamic_broadcast_in_dim %c_5, %7, dims = [] : (tensor<i32>, tensor<2xi32>) -> tensor<?x8xi32>
    %9 = stablehlo.shift_right_arithmetic %5, %8 : tensor<?x8xi32>
    %10 = stablehlo.broadcast_in_dim %arg4, dims = [1] : (tensor<8xi32>) -> tensor<1x8xi32>
    %11 = stablehlo.negate %10 : tensor<1x8xi32>
    %12 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %13 = stablehlo.concatenate %12, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %14 = stablehlo.dynamic_broadcast_in_dim %11, %13, dims = [0, 1] : (tensor<1x8xi32>, tensor<2xi32>) -> tensor<?x8xi32>
    %15 = stablehlo.xor %9, %14 : tensor<?x8xi32>
    %16 = stablehlo.floor %arg1 : tensor<?x8xf32>
    %17 = stablehlo.convert %16 : (tensor<?x8xf32>) -> tensor<?x8xi32>
    %18 = stablehlo.negate %17 : tensor<?x8xi32>
    %19 = stablehlo.get_dimension_size %arg1, dim = 0 : (tensor<?x8xf32>) -> tensor<i32>
    %20 = stablehlo.reshape %19 : (tensor<i32>) -> tensor<1xi32>
    %21 = stablehlo.get_dimension_size %arg1, dim = 1 : (tensor<?x8xf32>) -> tensor<i32>
    %22 = stablehlo.reshape %21 : (tensor<i32>) -> tensor<1xi32>
    %23 = stablehlo.concatenate %20, %22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %24 = stablehlo.dynamic_broadcast_in_dim %cst, %23, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %25 = stablehlo.atan2 %arg1, %24 : tensor<?x8xf32>
    %26 = stablehlo.reduce(%25 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<?x8xf32>, tensor<f32>) -> tensor<?xf32>
    %27 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %28 = stablehlo.dynamic_broadcast_in_dim %cst_4, %27, dims = [] : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %29 = stablehlo.maximum %28, %26 : tensor<?xf32>
    %30 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.concatenate %30, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %32 = stablehlo.dynamic_broadcast_in_dim %29, %31, dims = [0] : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %33 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %34 = stablehlo.concatenate %33, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %35 = stablehlo.dynamic_broadcast_in_dim %32, %34, dims = [0, 1] : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %36 = stablehlo.subtract %25, %35 : tensor<?x8xf32>
    %37 = stablehlo.exponential %36 : tensor<?x8xf32>
    %38 = stablehlo.reduce(%37 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<?x8xf32>, tensor<f32>) -> tensor<?xf32>
    %39 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %40 = stablehlo.concatenate %39, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %41 = stablehlo.dynamic_broadcast_in_dim %38, %40, dims = [0] : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %42 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %42, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %41, %43, dims = [0, 1] : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %45 = stablehlo.divide %37, %44 : tensor<?x8xf32>
    %46:2 = stablehlo.composite "chlo.top_k" %45 {composite_attributes = {k = 2 : i64}, decomposition = @chlo.top_k.impl, version = 1 : i32} : (tensor<?x8xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>)
    %47:4 = stablehlo.while(%iterArg = %arg2, %iterArg_8 = %c_0, %iterArg_9 = %c_0, %iterArg_10 = %45) : tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>
    cond {
      %49 = stablehlo.compare LT, %iterArg_8, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %49 : tensor<i1>
    } do {
      %49:2 = func.call @closed_call(%arg0, %iterArg, %iterArg_9, %iterArg_10) : (tensor<i32>, tensor<8xf32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<i32>, tensor<?x8xf32>)
      %50 = stablehlo.add %iterArg_8, %c_3 : tensor<i32>
      stablehlo.return %iterArg, %50, %49#0, %49#1 : tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>
    }
    %48:4 = stablehlo.while(%iterArg = %arg2, %iterArg_8 = %c_0, %iterArg_9 = %c_0, %iterArg_10 = %47#3) : tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>
    cond {
      %49 = stablehlo.compare LT, %iterArg_8, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %49 : tensor<i1>
    } do {
      %49:2 = func.call @closed_call_0(%arg0, %iterArg, %iterArg_9, %iterArg_10) : (tensor<i32>, tensor<8xf32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<i32>, tensor<?x8xf32>)
      %50 = stablehlo.add %iterArg_8, %c_3 : tensor<i32>
      stablehlo.return %iterArg, %50, %49#0, %49#1 : tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>
    }
    return %48#3, %15, %18, %46#0 : tensor<?x8xf32>, tensor<?x8xi32>, tensor<?x8xi32>, tensor<?x2xf32>
  }
  func.func private @chlo.top_k.impl(%arg0: tensor<?x8xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>) {
    %c = stablehlo.constant dense<1> : tensor<2xi64>
    %c_0 = stablehlo.constant dense<0> : tensor<2xi64>
    %c_1 = stablehlo.constant dense<2> : tensor<i64>
    %c_2 = stablehlo.constant dense<8> : tensor<i64>
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x8xf32>) -> tensor<i32>
    %1 = stablehlo.convert %0 : (tensor<i32>) -> tensor<i64>
    %2 = stablehlo.reshape %1 : (tensor<i64>) -> tensor<1xi64>
    %3 = stablehlo.reshape %c_2 : (tensor<i64>) -> tensor<1xi64>
    %4 = stablehlo.concatenate %2, %3, dim = 0 : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %5 = stablehlo.reshape %c_1 : (tensor<i64>) -> tensor<1xi64>
    %6 = stablehlo.concatenate %2, %5, dim = 0 : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %7 = stablehlo.dynamic_iota %4, dim = 1 : (tensor<2xi64>) -> tensor<?x8xi32>
    %8:2 = "stablehlo.sort"(%arg0, %7) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>, %arg3: tensor<i32>, %arg4: tensor<i32>):
      %11 = stablehlo.compare GT, %arg1, %arg2, TOTALORDER : (tensor<f32>, tensor<f32>) -> tensor<i1>
      stablehlo.return %11 : tensor<i1>
    }) : (tensor<?x8xf32>, tensor<?x8xi32>) -> (tensor<?x8xf32>, tensor<?x8xi32>)
    %9 = stablehlo.real_dynamic_slice %8#0, %c_0, %6, %c : (tensor<?x8xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xf32>
    %10 = stablehlo.real_dynamic_slice %8#1, %c_0, %6, %c : (tensor<?x8xi32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xi32>
    return %9, %10 : tensor<?x2xf32>, tensor<?x2xi32>
  }
  func.func private @closed_call(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<8xf32>, %arg2: tensor<i32>, %arg3: tensor<?x8xf32>) -> (tensor<i32>, tensor<?x8xf32>) {
    %cst = stablehlo.constant dense<0.899999976> : tensor<f32>
    %c = stablehlo.constant dense<8> : tensor<1xi32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.add %arg2, %c_0 : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %2 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.concatenate %2, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %4 = stablehlo.dynamic_broadcast_in_dim %1, %3, dims = [0, 1] : (tensor<1x8xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %5 = stablehlo.add %arg3, %4 : tensor<?x8xf32>
    %6 = stablehlo.tanh %5 : tensor<?x8xf32>
    %7 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %8 = stablehlo.concatenate %7, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %9 = stablehlo.dynamic_broadcast_in_dim %cst, %8, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %10 = stablehlo.multiply %6, %9 : tensor<?x8xf32>
    return %0, %10 : tensor<i32>, tensor<?x8xf32>
  }
  func.func private @closed_call_0(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<8xf32>, %arg2: tensor<i32>, %arg3: tensor<?x8xf32>) -> (tensor<i32>, tensor<?x8xf32>) {
    %cst = stablehlo.constant dense<0.899999976> : tensor<f32>
    %c = stablehlo.constant dense<8> : tensor<1xi32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.add %arg2, %c_0 : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %2 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.concatenate %2, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %4 = stablehlo.dynamic_broadcast_in_dim %1, %3, dims = [0, 1] : (tensor<1x8xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %5 = stablehlo.add %arg3, %4 : tensor<?x8xf32>
    %6 = stablehlo.tanh %5 : tensor<?x8xf32>
    %7 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %8 = stablehlo.concatenate %7, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %9 = stablehlo.dynamic_broadcast_in_dim %cst, %8, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %10 = stablehlo.multiply %6, %9 : tensor<?x8xf32>
    return %0, %10 : tensor<i32>, tensor<?x8xf32>
  }
}
