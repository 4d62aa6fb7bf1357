"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<4x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg3: tensor<4x24xf32>, %arg4: tensor<24xf32>, %arg5: tensor<24x24xf32>, %arg6: tensor<24xi32>):
    %3 = "stablehlo.slice"(%arg3) <{limit_indices = array<i64: 4, 24>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>}> : (tensor<4x24xf32>) -> tensor<4x23xf32>
    %4 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %5 = "func.call"(%3, %4) <{callee = @_pad}> : (tensor<4x23xf32>, tensor<i32>) -> tensor<4x24xf32>
    %6 = "stablehlo.multiply"(%5, %5) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %7 = "stablehlo.multiply"(%6, %5) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %8 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %9 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %10 = "stablehlo.multiply"(%9, %7) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %11 = "stablehlo.add"(%5, %10) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %12 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %13 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %14 = "stablehlo.multiply"(%13, %11) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %15 = "stablehlo.tanh"(%14) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %16 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %18 = "stablehlo.add"(%17, %15) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %19 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %21 = "stablehlo.multiply"(%20, %18) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %22 = "stablehlo.multiply"(%5, %21) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %23 = "func.call"(%22) <{callee = @_flip}> : (tensor<4x24xf32>) -> tensor<4x24xf32>
    "func.return"(%23) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x23xf32>, tensor<i32>) -> tensor<4x24xf32>, res_attrs = [{}], sym_name = "_pad", sym_visibility = "private"}> ({
  ^bb0(%arg1: tensor<4x23xf32>, %arg2: tensor<i32>):
    %1 = "stablehlo.convert"(%arg2) : (tensor<i32>) -> tensor<f32>
    %2 = "stablehlo.pad"(%arg1, %1) <{edge_padding_high = array<i64: 0, 1>, edge_padding_low = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<4x23xf32>, tensor<f32>) -> tensor<4x24xf32>
    "func.return"(%2) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x24xf32>) -> tensor<4x24xf32>, res_attrs = [{}], sym_name = "_flip", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x24xf32>):
    %0 = "stablehlo.reverse"(%arg0) <{dimensions = array<i64: 1>}> : (tensor<4x24xf32>) -> tensor<4x24xf32>
    "func.return"(%0) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
