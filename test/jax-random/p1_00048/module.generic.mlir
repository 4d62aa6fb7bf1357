"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> (tensor<4x6xf32>, tensor<4x6xi32>, tensor<4x6xi32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg5: tensor<4x6xf32>, %arg6: tensor<6xf32>, %arg7: tensor<6x6xf32>, %arg8: tensor<6xi32>):
    %11 = "stablehlo.constant"() <{value = dense<6.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %12 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %13 = "stablehlo.multiply"(%arg5, %12) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %14 = "stablehlo.abs"(%13) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %15 = "stablehlo.convert"(%14) : (tensor<4x6xf32>) -> tensor<4x6xi32>
    %16 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %17 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x6xi32>
    %18 = "stablehlo.shift_right_arithmetic"(%15, %17) : (tensor<4x6xi32>, tensor<4x6xi32>) -> tensor<4x6xi32>
    %19 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xi32>) -> tensor<1x6xi32>
    %20 = "stablehlo.negate"(%19) : (tensor<1x6xi32>) -> tensor<1x6xi32>
    %21 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xi32>) -> tensor<4x6xi32>
    %22 = "stablehlo.xor"(%18, %21) : (tensor<4x6xi32>, tensor<4x6xi32>) -> tensor<4x6xi32>
    %23 = "stablehlo.floor"(%arg5) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %24 = "stablehlo.convert"(%23) : (tensor<4x6xf32>) -> tensor<4x6xi32>
    %25 = "stablehlo.negate"(%24) : (tensor<4x6xi32>) -> tensor<4x6xi32>
    %26 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1x6xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xf32>) -> tensor<4x6xf32>
    %28 = "stablehlo.maximum"(%arg5, %27) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %29 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %30 = "func.call"(%28, %29) <{callee = @_pad}> : (tensor<4x6xf32>, tensor<i32>) -> tensor<5x6xf32>
    %31 = "stablehlo.slice"(%30) <{limit_indices = array<i64: 4, 6>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<5x6xf32>) -> tensor<4x6xf32>
    %32 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %33 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %34:4 = "stablehlo.while"(%arg6, %33, %32, %31) ({
    ^bb0(%arg13: tensor<6xf32>, %arg14: tensor<i32>, %arg15: tensor<i32>, %arg16: tensor<4x6xf32>):
      %42 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
      %43 = "stablehlo.compare"(%arg14, %42) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%43) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg9: tensor<6xf32>, %arg10: tensor<i32>, %arg11: tensor<i32>, %arg12: tensor<4x6xf32>):
      %39:2 = "func.call"(%arg9, %arg11, %arg12) <{callee = @closed_call}> : (tensor<6xf32>, tensor<i32>, tensor<4x6xf32>) -> (tensor<i32>, tensor<4x6xf32>)
      %40 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %41 = "stablehlo.add"(%arg10, %40) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg9, %41, %39#0, %39#1) : (tensor<6xf32>, tensor<i32>, tensor<i32>, tensor<4x6xf32>) -> ()
    }) : (tensor<6xf32>, tensor<i32>, tensor<i32>, tensor<4x6xf32>) -> (tensor<6xf32>, tensor<i32>, tensor<i32>, tensor<4x6xf32>)
    %35 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1x6xf32>
    %36 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xf32>) -> tensor<4x6xf32>
    %37 = "stablehlo.minimum"(%34#3, %36) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %38 = "stablehlo.abs"(%37) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    "func.return"(%38, %22, %25) : (tensor<4x6xf32>, tensor<4x6xi32>, tensor<4x6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x6xf32>, tensor<i32>) -> tensor<5x6xf32>, res_attrs = [{}], sym_name = "_pad", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<4x6xf32>, %arg4: tensor<i32>):
    %9 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<f32>
    %10 = "stablehlo.pad"(%arg3, %9) <{edge_padding_high = array<i64: 0, 0>, edge_padding_low = array<i64: 1, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<4x6xf32>, tensor<f32>) -> tensor<5x6xf32>
    "func.return"(%10) : (tensor<5x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<6xf32>, tensor<i32>, tensor<4x6xf32>) -> (tensor<i32>, tensor<4x6xf32>), res_attrs = [{}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<6xf32>, %arg1: tensor<i32>, %arg2: tensor<4x6xf32>):
    %0 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.add"(%arg1, %0) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1x6xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xf32>) -> tensor<4x6xf32>
    %4 = "stablehlo.add"(%arg2, %3) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %5 = "stablehlo.tanh"(%4) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %6 = "stablehlo.constant"() <{value = dense<0.899999976> : tensor<f32>}> : () -> tensor<f32>
    %7 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %8 = "stablehlo.multiply"(%5, %7) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    "func.return"(%1, %8) : (tensor<i32>, tensor<4x6xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
