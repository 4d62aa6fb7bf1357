"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<4x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg17: tensor<4x24xf32>, %arg18: tensor<24xf32>, %arg19: tensor<24x24xf32>, %arg20: tensor<24xi32>):
    %41 = "chlo.atan"(%arg17) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %42 = "stablehlo.sine"(%41) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %43 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %44 = "stablehlo.constant"() <{value = dense<23> : tensor<i32>}> : () -> tensor<i32>
    %45 = "func.call"(%arg20, %43, %44) <{callee = @clip}> : (tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>
    %46 = "func.call"(%42, %45) <{callee = @_take}> : (tensor<4x24xf32>, tensor<24xi32>) -> tensor<4x24xf32>
    %47 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %48 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %49 = "stablehlo.multiply"(%46, %48) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %50 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %51 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<24xf32>
    %52 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %53 = "stablehlo.broadcast_in_dim"(%52) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %54 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %55:4 = "stablehlo.while"(%49, %54, %51, %53) ({
    ^bb0(%arg25: tensor<4x24xf32>, %arg26: tensor<i32>, %arg27: tensor<24xf32>, %arg28: tensor<4x24xf32>):
      %61 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
      %62 = "stablehlo.compare"(%arg26, %61) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%62) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg21: tensor<4x24xf32>, %arg22: tensor<i32>, %arg23: tensor<24xf32>, %arg24: tensor<4x24xf32>):
      %56 = "func.call"(%arg21, %arg22) <{callee = @dynamic_index_in_dim}> : (tensor<4x24xf32>, tensor<i32>) -> tensor<24xf32>
      %57:2 = "func.call"(%arg23, %56) <{callee = @closed_call}> : (tensor<24xf32>, tensor<24xf32>) -> (tensor<24xf32>, tensor<24xf32>)
      %58 = "func.call"(%arg24, %57#1, %arg22) <{callee = @dynamic_update_index_in_dim}> : (tensor<4x24xf32>, tensor<24xf32>, tensor<i32>) -> tensor<4x24xf32>
      %59 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %60 = "stablehlo.add"(%arg22, %59) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg21, %60, %57#0, %58) : (tensor<4x24xf32>, tensor<i32>, tensor<24xf32>, tensor<4x24xf32>) -> ()
    }) : (tensor<4x24xf32>, tensor<i32>, tensor<24xf32>, tensor<4x24xf32>) -> (tensor<4x24xf32>, tensor<i32>, tensor<24xf32>, tensor<4x24xf32>)
    "func.return"(%55#3) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>, res_attrs = [{}], sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg14: tensor<24xi32>, %arg15: tensor<i32>, %arg16: tensor<i32>):
    %35 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
    %36 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %37 = "stablehlo.maximum"(%36, %arg14) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %38 = "stablehlo.convert"(%arg16) : (tensor<i32>) -> tensor<i32>
    %39 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %40 = "stablehlo.minimum"(%39, %37) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    "func.return"(%40) : (tensor<24xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x24xf32>, tensor<24xi32>) -> tensor<4x24xf32>, res_attrs = [{}], sym_name = "_take", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<4x24xf32>, %arg11: tensor<24xi32>):
    %11 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %12 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %13 = "stablehlo.compare"(%arg11, %12) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi1>
    %14 = "stablehlo.constant"() <{value = dense<24> : tensor<i32>}> : () -> tensor<i32>
    %15 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %16 = "stablehlo.add"(%arg11, %15) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %17 = "func.call"(%13, %16, %arg11) <{callee = @_where}> : (tensor<24xi1>, tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %18 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64: 0>}> : (tensor<24xi32>) -> tensor<24x1xi32>
    %19 = "stablehlo.constant"() <{value = dense<23> : tensor<1xi32>}> : () -> tensor<1xi32>
    %20 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %21 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24x1xi32>
    %22 = "stablehlo.compare"(%18, %21) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<24x1xi32>, tensor<24x1xi32>) -> tensor<24x1xi1>
    %23 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %24 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<24x1xi32>
    %25 = "stablehlo.compare"(%18, %24) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<24x1xi32>, tensor<24x1xi32>) -> tensor<24x1xi1>
    %26 = "stablehlo.and"(%22, %25) : (tensor<24x1xi1>, tensor<24x1xi1>) -> tensor<24x1xi1>
    %27 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %28 = "stablehlo.reduce"(%26, %27) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg12: tensor<i1>, %arg13: tensor<i1>):
      %34 = "stablehlo.and"(%arg12, %arg13) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%34) : (tensor<i1>) -> ()
    }) : (tensor<24x1xi1>, tensor<i1>) -> tensor<24xi1>
    %29 = "stablehlo.gather"(%arg10, %18) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 4, 1>}> : (tensor<4x24xf32>, tensor<24x1xi32>) -> tensor<4x24xf32>
    %30 = "stablehlo.broadcast_in_dim"(%28) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xi1>) -> tensor<4x24xi1>
    %31 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %32 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %33 = "stablehlo.select"(%30, %29, %32) : (tensor<4x24xi1>, tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    "func.return"(%33) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<24xi1>, tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<24xi1>, %arg8: tensor<24xi32>, %arg9: tensor<24xi32>):
    %10 = "stablehlo.select"(%arg7, %arg8, %arg9) : (tensor<24xi1>, tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    "func.return"(%10) : (tensor<24xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x24xf32>, tensor<i32>) -> tensor<24xf32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<4x24xf32>, %arg6: tensor<i32>):
    %7 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %8 = "stablehlo.dynamic_slice"(%arg5, %arg6, %7) <{slice_sizes = array<i64: 1, 24>}> : (tensor<4x24xf32>, tensor<i32>, tensor<i32>) -> tensor<1x24xf32>
    %9 = "stablehlo.reshape"(%8) : (tensor<1x24xf32>) -> tensor<24xf32>
    "func.return"(%9) : (tensor<24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<24xf32>, tensor<24xf32>) -> (tensor<24xf32>, tensor<24xf32>), res_attrs = [{}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<24xf32>, %arg4: tensor<24xf32>):
    %3 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<24xf32>
    %5 = "stablehlo.multiply"(%arg3, %4) : (tensor<24xf32>, tensor<24xf32>) -> tensor<24xf32>
    %6 = "stablehlo.add"(%5, %arg4) : (tensor<24xf32>, tensor<24xf32>) -> tensor<24xf32>
    "func.return"(%6, %6) : (tensor<24xf32>, tensor<24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4x24xf32>, tensor<24xf32>, tensor<i32>) -> tensor<4x24xf32>, res_attrs = [{}], sym_name = "dynamic_update_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<i32>):
    %0 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %1 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.dynamic_update_slice"(%arg0, %0, %arg2, %1) : (tensor<4x24xf32>, tensor<1x24xf32>, tensor<i32>, tensor<i32>) -> tensor<4x24xf32>
    "func.return"(%2) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
