"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<4x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg4: tensor<4x24xf32>, %arg5: tensor<24xf32>, %arg6: tensor<24x24xf32>, %arg7: tensor<24xi32>):
    %20 = "stablehlo.reshape"(%arg4) : (tensor<4x24xf32>) -> tensor<4x12x2xf32>
    %21 = "stablehlo.reverse"(%20) <{dimensions = array<i64: 2>}> : (tensor<4x12x2xf32>) -> tensor<4x12x2xf32>
    %22 = "stablehlo.reshape"(%21) : (tensor<4x12x2xf32>) -> tensor<4x24xf32>
    %23 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %24 = "stablehlo.constant"() <{value = dense<23> : tensor<i32>}> : () -> tensor<i32>
    %25 = "func.call"(%arg7, %23, %24) <{callee = @clip}> : (tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>
    %26 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %27 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %28 = "stablehlo.compare"(%25, %27) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi1>
    %29 = "stablehlo.constant"() <{value = dense<24> : tensor<i32>}> : () -> tensor<i32>
    %30 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %31 = "stablehlo.add"(%25, %30) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %32 = "stablehlo.select"(%28, %31, %25) : (tensor<24xi1>, tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %33 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64: 0>}> : (tensor<24xi32>) -> tensor<24x1xi32>
    %34 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %35 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %36 = "stablehlo.scatter"(%22, %33, %35) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1], index_vector_dim = 1>, unique_indices = false}> ({
    ^bb0(%arg8: tensor<f32>, %arg9: tensor<f32>):
      %41 = "stablehlo.add"(%arg8, %arg9) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%41) : (tensor<f32>) -> ()
    }) : (tensor<4x24xf32>, tensor<24x1xi32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %37 = "func.call"(%36) <{callee = @softplus}> : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %38 = "stablehlo.slice"(%37) <{limit_indices = array<i64: 4, 24>, start_indices = array<i64: 0, 12>, strides = array<i64: 1, 1>}> : (tensor<4x24xf32>) -> tensor<4x12xf32>
    %39 = "stablehlo.slice"(%37) <{limit_indices = array<i64: 4, 12>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x24xf32>) -> tensor<4x12xf32>
    %40 = "stablehlo.concatenate"(%38, %39) <{dimension = 1 : i64}> : (tensor<4x12xf32>, tensor<4x12xf32>) -> tensor<4x24xf32>
    "func.return"(%40) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>, res_attrs = [{}], sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg1: tensor<24xi32>, %arg2: tensor<i32>, %arg3: tensor<i32>):
    %14 = "stablehlo.convert"(%arg2) : (tensor<i32>) -> tensor<i32>
    %15 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %16 = "stablehlo.maximum"(%15, %arg1) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %17 = "stablehlo.convert"(%arg3) : (tensor<i32>) -> tensor<i32>
    %18 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %19 = "stablehlo.minimum"(%18, %16) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    "func.return"(%19) : (tensor<24xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x24xf32>) -> tensor<4x24xf32>, res_attrs = [{}], sym_name = "softplus", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x24xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %2 = "stablehlo.maximum"(%arg0, %1) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %3 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %4 = "stablehlo.subtract"(%arg0, %3) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %5 = "stablehlo.compare"(%4, %4) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xi1>
    %6 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %7 = "stablehlo.add"(%arg0, %6) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %8 = "stablehlo.abs"(%4) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %9 = "stablehlo.negate"(%8) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %10 = "stablehlo.exponential"(%9) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %11 = "stablehlo.log_plus_one"(%10) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %12 = "stablehlo.add"(%2, %11) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %13 = "stablehlo.select"(%5, %7, %12) : (tensor<4x24xi1>, tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    "func.return"(%13) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
