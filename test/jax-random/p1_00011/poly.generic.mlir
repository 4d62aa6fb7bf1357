"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg36: tensor<?x24xf32>, %arg37: tensor<24xf32>, %arg38: tensor<24x24xf32>, %arg39: tensor<24xi32>):
    %100 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %101 = "stablehlo.get_dimension_size"(%arg36) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %102 = "stablehlo.compare"(%101, %100) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%102, %101) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 24). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %103 = "func.call"(%101, %arg36, %arg37, %arg38, %arg39) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    "func.return"(%103) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg23: tensor<i32>, %arg24: tensor<?x24xf32>, %arg25: tensor<24xf32>, %arg26: tensor<24x24xf32>, %arg27: tensor<24xi32>):
    %69 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %70 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %71 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %72 = "stablehlo.constant"() <{value = dense<23> : tensor<i32>}> : () -> tensor<i32>
    %73 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %74 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %75 = "stablehlo.get_dimension_size"(%arg24) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %76 = "stablehlo.reshape"(%75) : (tensor<i32>) -> tensor<1xi32>
    %77 = "stablehlo.get_dimension_size"(%arg24) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %78 = "stablehlo.reshape"(%77) : (tensor<i32>) -> tensor<1xi32>
    %79 = "stablehlo.concatenate"(%76, %78) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %80 = "stablehlo.dynamic_broadcast_in_dim"(%74, %79) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %81 = "stablehlo.atan2"(%arg24, %80) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %82 = "stablehlo.sine"(%81) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %83 = "func.call"(%arg23, %arg27, %73, %72) <{callee = @clip}> : (tensor<i32>, tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>
    %84 = "func.call"(%arg23, %82, %83) <{callee = @_take}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    %85 = "stablehlo.broadcast_in_dim"(%arg25) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %86 = "stablehlo.reshape"(%arg23) : (tensor<i32>) -> tensor<1xi32>
    %87 = "stablehlo.concatenate"(%86, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %88 = "stablehlo.dynamic_broadcast_in_dim"(%85, %87) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %89 = "stablehlo.multiply"(%84, %88) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %90 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<24xf32>
    %91 = "stablehlo.reshape"(%arg23) : (tensor<i32>) -> tensor<1xi32>
    %92 = "stablehlo.concatenate"(%91, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %93 = "stablehlo.dynamic_broadcast_in_dim"(%70, %92) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %94:4 = "stablehlo.while"(%89, %73, %90, %93) ({
    ^bb0(%arg32: tensor<?x24xf32>, %arg33: tensor<i32>, %arg34: tensor<24xf32>, %arg35: tensor<?x24xf32>):
      %99 = "stablehlo.compare"(%arg33, %arg23) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%99) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg28: tensor<?x24xf32>, %arg29: tensor<i32>, %arg30: tensor<24xf32>, %arg31: tensor<?x24xf32>):
      %95 = "func.call"(%arg23, %arg28, %arg29) <{callee = @dynamic_index_in_dim}> : (tensor<i32>, tensor<?x24xf32>, tensor<i32>) -> tensor<24xf32>
      %96:2 = "func.call"(%arg23, %arg30, %95) <{callee = @closed_call}> : (tensor<i32>, tensor<24xf32>, tensor<24xf32>) -> (tensor<24xf32>, tensor<24xf32>)
      %97 = "func.call"(%arg23, %arg31, %96#1, %arg29) <{callee = @dynamic_update_index_in_dim}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<i32>) -> tensor<?x24xf32>
      %98 = "stablehlo.add"(%arg29, %69) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg28, %98, %96#0, %97) : (tensor<?x24xf32>, tensor<i32>, tensor<24xf32>, tensor<?x24xf32>) -> ()
    }) : (tensor<?x24xf32>, tensor<i32>, tensor<24xf32>, tensor<?x24xf32>) -> (tensor<?x24xf32>, tensor<i32>, tensor<24xf32>, tensor<?x24xf32>)
    "func.return"(%94#3) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg19: tensor<i32>, %arg20: tensor<24xi32>, %arg21: tensor<i32>, %arg22: tensor<i32>):
    %63 = "stablehlo.convert"(%arg21) : (tensor<i32>) -> tensor<i32>
    %64 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %65 = "stablehlo.maximum"(%64, %arg20) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %66 = "stablehlo.convert"(%arg22) : (tensor<i32>) -> tensor<i32>
    %67 = "stablehlo.broadcast_in_dim"(%66) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %68 = "stablehlo.minimum"(%67, %65) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    "func.return"(%68) : (tensor<24xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, sym_name = "_take", sym_visibility = "private"}> ({
  ^bb0(%arg14: tensor<i32>, %arg15: tensor<?x24xf32>, %arg16: tensor<24xi32>):
    %11 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %12 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %13 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %14 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %15 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %16 = "stablehlo.constant"() <{value = dense<false> : tensor<1xi1>}> : () -> tensor<1xi1>
    %17 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %18 = "stablehlo.constant"() <{value = dense<24> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %21 = "stablehlo.compare"(%arg16, %20) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi1>
    %22 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %23 = "stablehlo.add"(%arg16, %22) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %24 = "func.call"(%arg14, %21, %23, %arg16) <{callee = @_where}> : (tensor<i32>, tensor<24xi1>, tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %25 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64: 0>}> : (tensor<24xi32>) -> tensor<24x1xi32>
    %26 = "stablehlo.convert"(%arg14) : (tensor<i32>) -> tensor<i32>
    %27 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %28 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %29 = "stablehlo.concatenate"(%27, %28) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %30 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %31 = "stablehlo.add"(%17, %30) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %32 = "stablehlo.select"(%16, %31, %17) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %33 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %34 = "stablehlo.gather"(%29, %33) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<1x1xi32>) -> tensor<1xi32>
    %35 = "stablehlo.convert"(%arg14) : (tensor<i32>) -> tensor<i32>
    %36 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %37 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %38 = "stablehlo.concatenate"(%36, %37) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %39 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %40 = "stablehlo.add"(%17, %39) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %41 = "stablehlo.select"(%16, %40, %17) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %42 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %43 = "stablehlo.gather"(%38, %42) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<1x1xi32>) -> tensor<1xi32>
    %44 = "stablehlo.subtract"(%34, %43) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %45 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24x1xi32>
    %46 = "stablehlo.compare"(%25, %45) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<24x1xi32>, tensor<24x1xi32>) -> tensor<24x1xi1>
    %47 = "stablehlo.broadcast_in_dim"(%44) <{broadcast_dimensions = array<i64: 1>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %48 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xi32>) -> tensor<24x1xi32>
    %49 = "stablehlo.compare"(%25, %48) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<24x1xi32>, tensor<24x1xi32>) -> tensor<24x1xi1>
    %50 = "stablehlo.and"(%46, %49) : (tensor<24x1xi1>, tensor<24x1xi1>) -> tensor<24x1xi1>
    %51 = "stablehlo.reduce"(%50, %13) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg17: tensor<i1>, %arg18: tensor<i1>):
      %62 = "stablehlo.and"(%arg17, %arg18) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%62) : (tensor<i1>) -> ()
    }) : (tensor<24x1xi1>, tensor<i1>) -> tensor<24xi1>
    %52 = "stablehlo.reshape"(%arg14) : (tensor<i32>) -> tensor<1xi32>
    %53 = "stablehlo.concatenate"(%52, %17) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %54 = "stablehlo.dynamic_gather"(%arg15, %25, %53) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>}> : (tensor<?x24xf32>, tensor<24x1xi32>, tensor<2xi32>) -> tensor<?x24xf32>
    %55 = "stablehlo.reshape"(%arg14) : (tensor<i32>) -> tensor<1xi32>
    %56 = "stablehlo.concatenate"(%55, %12) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %57 = "stablehlo.dynamic_broadcast_in_dim"(%51, %56) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xi1>, tensor<2xi32>) -> tensor<?x24xi1>
    %58 = "stablehlo.reshape"(%arg14) : (tensor<i32>) -> tensor<1xi32>
    %59 = "stablehlo.concatenate"(%58, %12) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %60 = "stablehlo.dynamic_broadcast_in_dim"(%11, %59) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %61 = "stablehlo.select"(%57, %54, %60) : (tensor<?x24xi1>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%61) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<24xi1>, tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<i32>, %arg11: tensor<24xi1>, %arg12: tensor<24xi32>, %arg13: tensor<24xi32>):
    %10 = "stablehlo.select"(%arg11, %arg12, %arg13) : (tensor<24xi1>, tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    "func.return"(%10) : (tensor<24xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<i32>) -> tensor<24xf32>, sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<?x24xf32>, %arg9: tensor<i32>):
    %7 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %8 = "stablehlo.dynamic_slice"(%arg8, %arg9, %7) <{slice_sizes = array<i64: 1, 24>}> : (tensor<?x24xf32>, tensor<i32>, tensor<i32>) -> tensor<1x24xf32>
    %9 = "stablehlo.reshape"(%8) : (tensor<1x24xf32>) -> tensor<24xf32>
    "func.return"(%9) : (tensor<24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<24xf32>, tensor<24xf32>) -> (tensor<24xf32>, tensor<24xf32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<24xf32>, %arg6: tensor<24xf32>):
    %3 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<24xf32>
    %5 = "stablehlo.multiply"(%arg5, %4) : (tensor<24xf32>, tensor<24xf32>) -> tensor<24xf32>
    %6 = "stablehlo.add"(%5, %arg6) : (tensor<24xf32>, tensor<24xf32>) -> tensor<24xf32>
    "func.return"(%6, %6) : (tensor<24xf32>, tensor<24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<i32>) -> tensor<?x24xf32>, sym_name = "dynamic_update_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x24xf32>, %arg2: tensor<24xf32>, %arg3: tensor<i32>):
    %0 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%arg2) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %2 = "stablehlo.dynamic_update_slice"(%arg1, %1, %arg3, %0) : (tensor<?x24xf32>, tensor<1x24xf32>, tensor<i32>, tensor<i32>) -> tensor<?x24xf32>
    "func.return"(%2) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
