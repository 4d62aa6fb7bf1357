"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> (tensor<4x8xf32>, tensor<4x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg4: tensor<4x8xf32>, %arg5: tensor<8xf32>, %arg6: tensor<8x8xf32>, %arg7: tensor<8xi32>):
    %9 = "stablehlo.constant"() <{value = dense<[[0.00763966236, 0.297209263, -0.209788769, -0.0937073826, 0.15371266, -0.11660672, -0.12868467, -0.0356973559], [0.20907332, 0.0263301525, 0.104706027, -0.0689493269, -0.217980042, -0.105458252, 0.0047281622, -0.0921310335], [0.0205377042, 0.182667136, 0.345701277, -0.19934687, 0.0373618975, -0.0315232202, 0.0123547334, 0.033192791], [0.221602306, -0.160390452, 0.186193079, 0.113554783, -0.112615377, -0.134835035, 0.210744515, 0.112049639], [0.0985758304, 0.272866517, -0.10173551, -0.0178080257, -0.184261233, 0.074250184, 0.139159769, 0.0353178494], [-0.0138231842, -0.00815044437, -0.0345831774, 0.0662017614, 0.0302719716, 0.109547302, -0.0718695298, -0.00997386127], [-0.149632588, -0.0441127941, -0.0235248227, -0.100381412, -0.213113099, -0.0513216183, -0.0369791687, -0.122653529], [-0.0820663571, 0.0618749969, 0.238037914, 0.036002215, -3.556670e-02, -0.268673778, -0.0546245612, -0.0769779384]]> : tensor<8x8xf32>}> : () -> tensor<8x8xf32>
    %10 = "stablehlo.dot_general"(%arg4, %9) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32>
    %11 = "func.call"(%10) <{callee = @_roll_static}> : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %12 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %13 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %14 = "func.call"(%11, %12, %13) <{callee = @clip}> : (tensor<4x8xf32>, tensor<f32>, tensor<f32>) -> tensor<4x8xf32>
    %15:2 = "chlo.top_k"(%14) <{k = 2 : i64}> : (tensor<4x8xf32>) -> (tensor<4x2xf32>, tensor<4x2xi32>)
    "func.return"(%14, %15#0) : (tensor<4x8xf32>, tensor<4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x8xf32>) -> tensor<4x8xf32>, res_attrs = [{}], sym_name = "_roll_static", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<4x8xf32>):
    %6 = "stablehlo.slice"(%arg3) <{limit_indices = array<i64: 4, 8>, start_indices = array<i64: 3, 0>, strides = array<i64: 1, 1>}> : (tensor<4x8xf32>) -> tensor<1x8xf32>
    %7 = "stablehlo.slice"(%arg3) <{limit_indices = array<i64: 3, 8>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x8xf32>) -> tensor<3x8xf32>
    %8 = "stablehlo.concatenate"(%6, %7) <{dimension = 0 : i64}> : (tensor<1x8xf32>, tensor<3x8xf32>) -> tensor<4x8xf32>
    "func.return"(%8) : (tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4x8xf32>, tensor<f32>, tensor<f32>) -> tensor<4x8xf32>, res_attrs = [{}], sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x8xf32>, %arg1: tensor<f32>, %arg2: tensor<f32>):
    %0 = "stablehlo.convert"(%arg1) : (tensor<f32>) -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %2 = "stablehlo.maximum"(%1, %arg0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %3 = "stablehlo.convert"(%arg2) : (tensor<f32>) -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %5 = "stablehlo.minimum"(%4, %2) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%5) : (tensor<4x8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
