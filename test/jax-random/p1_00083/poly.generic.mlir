"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg21: tensor<?x8xf32>, %arg22: tensor<8xf32>, %arg23: tensor<8x8xf32>, %arg24: tensor<8xi32>):
    %82 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %83 = "stablehlo.get_dimension_size"(%arg21) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %84 = "stablehlo.compare"(%83, %82) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%84, %83) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 8). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %85 = "func.call"(%83, %arg21, %arg22, %arg23, %arg24) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>
    "func.return"(%85) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<i32>, %arg9: tensor<?x8xf32>, %arg10: tensor<8xf32>, %arg11: tensor<8x8xf32>, %arg12: tensor<8xi32>):
    %17 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %18 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %19 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %20 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %21 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %22 = "stablehlo.constant"() <{value = dense<3> : tensor<1xi32>}> : () -> tensor<1xi32>
    %23 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %24 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %25 = "stablehlo.constant"() <{value = dense<7> : tensor<i32>}> : () -> tensor<i32>
    %26 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %27 = "stablehlo.constant"() <{value = dense<[[0.0912715792, -0.057398431, -0.0229810104, 0.0652797297, -0.146943212, 0.151271671, -0.104850695, -0.199875146], [-0.090986833, -0.0251018833, -0.103617109, 0.00816108752, 0.161680385, -0.0172405094, 0.18151477, 0.0823767557], [0.059659455, 0.126627102, -0.0200473461, 0.137164444, 0.136327341, -0.0204601176, 0.182675213, 0.103095502], [0.165967092, -0.00986733753, -0.00538540445, -0.0385754034, -0.0858862549, -0.0806047171, -0.120770492, 0.12476407], [-0.0308075473, -0.107363902, -0.0912010297, -0.0416905507, -0.0542809032, -0.0792385637, -0.0771048591, -0.122108452], [-0.113347977, 0.259513527, -0.0622884631, 0.0238135774, -0.280915141, -0.113754876, -0.144195169, 0.0749225914], [0.237083972, 0.0187828783, -0.106670558, 0.283538908, -0.0420497544, -0.141775265, -8.981910e-02, -0.00390406558], [-0.0265731141, 0.0460757725, -0.248876944, -0.0710973441, 0.0187309869, -0.183063149, 0.0120722577, 0.132837847]]> : tensor<8x8xf32>}> : () -> tensor<8x8xf32>
    %28 = "stablehlo.dot_general"(%arg9, %27) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<?x8xf32>, tensor<8x8xf32>) -> tensor<?x8xf32>
    %29 = "stablehlo.slice"(%arg12) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<8xi32>) -> tensor<3xi32>
    %30 = "func.call"(%arg8, %29, %26, %25) <{callee = @clip}> : (tensor<i32>, tensor<3xi32>, tensor<i32>, tensor<i32>) -> tensor<3xi32>
    %31 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %32 = "stablehlo.compare"(%30, %31) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %33 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %34 = "stablehlo.add"(%30, %33) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %35 = "stablehlo.select"(%32, %34, %30) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %36 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %37 = "stablehlo.reshape"(%arg8) : (tensor<i32>) -> tensor<1xi32>
    %38 = "stablehlo.concatenate"(%37, %22) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %39 = "stablehlo.dynamic_broadcast_in_dim"(%23, %38) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x3xf32>
    %40 = "stablehlo.scatter"(%28, %36, %39) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1], index_vector_dim = 1>}> ({
    ^bb0(%arg19: tensor<f32>, %arg20: tensor<f32>):
      "stablehlo.return"(%arg20) : (tensor<f32>) -> ()
    }) : (tensor<?x8xf32>, tensor<3x1xi32>, tensor<?x3xf32>) -> tensor<?x8xf32>
    %41 = "stablehlo.reduce"(%40, %21) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg17: tensor<f32>, %arg18: tensor<f32>):
      %81 = "stablehlo.maximum"(%arg17, %arg18) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%81) : (tensor<f32>) -> ()
    }) : (tensor<?x8xf32>, tensor<f32>) -> tensor<?xf32>
    %42 = "stablehlo.reshape"(%arg8) : (tensor<i32>) -> tensor<1xi32>
    %43 = "stablehlo.dynamic_broadcast_in_dim"(%21, %42) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %44 = "stablehlo.maximum"(%43, %41) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    %45 = "stablehlo.reshape"(%arg8) : (tensor<i32>) -> tensor<1xi32>
    %46 = "stablehlo.concatenate"(%45, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %47 = "stablehlo.dynamic_broadcast_in_dim"(%44, %46) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %48 = "stablehlo.is_finite"(%47) : (tensor<?x1xf32>) -> tensor<?x1xi1>
    %49 = "stablehlo.reshape"(%arg8) : (tensor<i32>) -> tensor<1xi32>
    %50 = "stablehlo.concatenate"(%49, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %51 = "stablehlo.dynamic_broadcast_in_dim"(%23, %50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %52 = "stablehlo.select"(%48, %47, %51) : (tensor<?x1xi1>, tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %53 = "stablehlo.reshape"(%arg8) : (tensor<i32>) -> tensor<1xi32>
    %54 = "stablehlo.concatenate"(%53, %19) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %55 = "stablehlo.dynamic_broadcast_in_dim"(%52, %54) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %56 = "stablehlo.subtract"(%40, %55) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %57 = "stablehlo.exponential"(%56) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %58 = "stablehlo.reduce"(%57, %23) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg15: tensor<f32>, %arg16: tensor<f32>):
      %80 = "stablehlo.add"(%arg15, %arg16) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%80) : (tensor<f32>) -> ()
    }) : (tensor<?x8xf32>, tensor<f32>) -> tensor<?xf32>
    %59 = "stablehlo.reshape"(%arg8) : (tensor<i32>) -> tensor<1xi32>
    %60 = "stablehlo.concatenate"(%59, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %61 = "stablehlo.dynamic_broadcast_in_dim"(%58, %60) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %62 = "stablehlo.abs"(%61) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %63 = "stablehlo.log"(%62) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %64 = "stablehlo.add"(%63, %52) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %65 = "stablehlo.reshape"(%arg8) : (tensor<i32>) -> tensor<1xi32>
    %66 = "stablehlo.concatenate"(%65, %19) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %67 = "stablehlo.dynamic_broadcast_in_dim"(%64, %66) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %68 = "stablehlo.subtract"(%40, %67) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %69 = "func.call"(%arg8, %68, %18, %17) <{callee = @clip_0}> : (tensor<i32>, tensor<?x8xf32>, tensor<f32>, tensor<f32>) -> tensor<?x8xf32>
    %70 = "func.call"(%arg8, %69, %18, %17) <{callee = @clip_0}> : (tensor<i32>, tensor<?x8xf32>, tensor<f32>, tensor<f32>) -> tensor<?x8xf32>
    %71 = "stablehlo.reduce"(%70, %21) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg13: tensor<f32>, %arg14: tensor<f32>):
      %79 = "stablehlo.maximum"(%arg13, %arg14) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%79) : (tensor<f32>) -> ()
    }) : (tensor<?x8xf32>, tensor<f32>) -> tensor<?xf32>
    %72 = "stablehlo.reshape"(%arg8) : (tensor<i32>) -> tensor<1xi32>
    %73 = "stablehlo.concatenate"(%72, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %74 = "stablehlo.dynamic_broadcast_in_dim"(%71, %73) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %75 = "stablehlo.reshape"(%arg8) : (tensor<i32>) -> tensor<1xi32>
    %76 = "stablehlo.concatenate"(%75, %19) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %77 = "stablehlo.dynamic_broadcast_in_dim"(%74, %76) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %78 = "stablehlo.subtract"(%70, %77) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%78) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<3xi32>, tensor<i32>, tensor<i32>) -> tensor<3xi32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<3xi32>, %arg6: tensor<i32>, %arg7: tensor<i32>):
    %11 = "stablehlo.convert"(%arg6) : (tensor<i32>) -> tensor<i32>
    %12 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %13 = "stablehlo.maximum"(%12, %arg5) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %14 = "stablehlo.convert"(%arg7) : (tensor<i32>) -> tensor<i32>
    %15 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %16 = "stablehlo.minimum"(%15, %13) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    "func.return"(%16) : (tensor<3xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x8xf32>, tensor<f32>, tensor<f32>) -> tensor<?x8xf32>, sym_name = "clip_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x8xf32>, %arg2: tensor<f32>, %arg3: tensor<f32>):
    %0 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %1 = "stablehlo.convert"(%arg2) : (tensor<f32>) -> tensor<f32>
    %2 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %3 = "stablehlo.concatenate"(%2, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %4 = "stablehlo.dynamic_broadcast_in_dim"(%1, %3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %5 = "stablehlo.maximum"(%4, %arg1) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %6 = "stablehlo.convert"(%arg3) : (tensor<f32>) -> tensor<f32>
    %7 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %8 = "stablehlo.concatenate"(%7, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %9 = "stablehlo.dynamic_broadcast_in_dim"(%6, %8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %10 = "stablehlo.minimum"(%9, %5) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%10) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
