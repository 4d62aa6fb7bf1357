"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> (tensor<?x8xf32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg29: tensor<?x8xf32>, %arg30: tensor<8xf32>, %arg31: tensor<8x8xf32>, %arg32: tensor<8xi32>):
    %79 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %80 = "stablehlo.get_dimension_size"(%arg29) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %81 = "stablehlo.compare"(%80, %79) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%81, %80) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 8). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %82:2 = "func.call"(%80, %arg29, %arg30, %arg31, %arg32) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> (tensor<?x8xf32>, tensor<?x2xf32>)
    "func.return"(%82#0, %82#1) : (tensor<?x8xf32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> (tensor<?x8xf32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg24: tensor<i32>, %arg25: tensor<?x8xf32>, %arg26: tensor<8xf32>, %arg27: tensor<8x8xf32>, %arg28: tensor<8xi32>):
    %72 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %73 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %74 = "stablehlo.constant"() <{value = dense<[[0.00763966236, 0.297209263, -0.209788769, -0.0937073826, 0.15371266, -0.11660672, -0.12868467, -0.0356973559], [0.20907332, 0.0263301525, 0.104706027, -0.0689493269, -0.217980042, -0.105458252, 0.0047281622, -0.0921310335], [0.0205377042, 0.182667136, 0.345701277, -0.19934687, 0.0373618975, -0.0315232202, 0.0123547334, 0.033192791], [0.221602306, -0.160390452, 0.186193079, 0.113554783, -0.112615377, -0.134835035, 0.210744515, 0.112049639], [0.0985758304, 0.272866517, -0.10173551, -0.0178080257, -0.184261233, 0.074250184, 0.139159769, 0.0353178494], [-0.0138231842, -0.00815044437, -0.0345831774, 0.0662017614, 0.0302719716, 0.109547302, -0.0718695298, -0.00997386127], [-0.149632588, -0.0441127941, -0.0235248227, -0.100381412, -0.213113099, -0.0513216183, -0.0369791687, -0.122653529], [-0.0820663571, 0.0618749969, 0.238037914, 0.036002215, -3.556670e-02, -0.268673778, -0.0546245612, -0.0769779384]]> : tensor<8x8xf32>}> : () -> tensor<8x8xf32>
    %75 = "stablehlo.dot_general"(%arg25, %74) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<?x8xf32>, tensor<8x8xf32>) -> tensor<?x8xf32>
    %76 = "func.call"(%arg24, %75) <{callee = @_roll_static}> : (tensor<i32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %77 = "func.call"(%arg24, %76, %73, %72) <{callee = @clip}> : (tensor<i32>, tensor<?x8xf32>, tensor<f32>, tensor<f32>) -> tensor<?x8xf32>
    %78:2 = "stablehlo.composite"(%77) <{composite_attributes = {k = 2 : i64}, decomposition = @chlo.top_k.impl, name = "chlo.top_k", version = 1 : i32}> : (tensor<?x8xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>)
    "func.return"(%77, %78#0) : (tensor<?x8xf32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x8xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>), sym_name = "chlo.top_k.impl", sym_visibility = "private"}> ({
  ^bb0(%arg19: tensor<?x8xf32>):
    %56 = "stablehlo.constant"() <{value = dense<1> : tensor<2xi64>}> : () -> tensor<2xi64>
    %57 = "stablehlo.constant"() <{value = dense<0> : tensor<2xi64>}> : () -> tensor<2xi64>
    %58 = "stablehlo.constant"() <{value = dense<2> : tensor<i64>}> : () -> tensor<i64>
    %59 = "stablehlo.constant"() <{value = dense<8> : tensor<i64>}> : () -> tensor<i64>
    %60 = "stablehlo.get_dimension_size"(%arg19) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %61 = "stablehlo.convert"(%60) : (tensor<i32>) -> tensor<i64>
    %62 = "stablehlo.reshape"(%61) : (tensor<i64>) -> tensor<1xi64>
    %63 = "stablehlo.reshape"(%59) : (tensor<i64>) -> tensor<1xi64>
    %64 = "stablehlo.concatenate"(%62, %63) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %65 = "stablehlo.reshape"(%58) : (tensor<i64>) -> tensor<1xi64>
    %66 = "stablehlo.concatenate"(%62, %65) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %67 = "stablehlo.dynamic_iota"(%64) <{iota_dimension = 1 : i64}> : (tensor<2xi64>) -> tensor<?x8xi32>
    %68:2 = "stablehlo.sort"(%arg19, %67) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg20: tensor<f32>, %arg21: tensor<f32>, %arg22: tensor<i32>, %arg23: tensor<i32>):
      %71 = "stablehlo.compare"(%arg20, %arg21) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "stablehlo.return"(%71) : (tensor<i1>) -> ()
    }) : (tensor<?x8xf32>, tensor<?x8xi32>) -> (tensor<?x8xf32>, tensor<?x8xi32>)
    %69 = "stablehlo.real_dynamic_slice"(%68#0, %57, %66, %56) : (tensor<?x8xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xf32>
    %70 = "stablehlo.real_dynamic_slice"(%68#1, %57, %66, %56) : (tensor<?x8xi32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xi32>
    "func.return"(%69, %70) : (tensor<?x2xf32>, tensor<?x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x8xf32>) -> tensor<?x8xf32>, sym_name = "_roll_static", sym_visibility = "private"}> ({
  ^bb0(%arg17: tensor<i32>, %arg18: tensor<?x8xf32>):
    %38 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %39 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %40 = "stablehlo.constant"() <{value = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
    %41 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %42:2 = "func.call"(%arg17, %41, %arg17) <{callee = @divmod}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>)
    %43 = "stablehlo.reshape"(%42#1) : (tensor<i32>) -> tensor<1xi32>
    %44 = "stablehlo.concatenate"(%43, %40) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %45 = "stablehlo.reshape"(%arg17) : (tensor<i32>) -> tensor<1xi32>
    %46 = "stablehlo.concatenate"(%45, %39) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %47 = "stablehlo.concatenate"(%38, %38) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %48 = "stablehlo.real_dynamic_slice"(%arg18, %44, %46, %47) : (tensor<?x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<?x8xf32>
    %49 = "stablehlo.concatenate"(%40, %40) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %50:2 = "func.call"(%arg17, %41, %arg17) <{callee = @divmod}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>)
    %51 = "stablehlo.reshape"(%50#1) : (tensor<i32>) -> tensor<1xi32>
    %52 = "stablehlo.concatenate"(%51, %39) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %53 = "stablehlo.concatenate"(%38, %38) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %54 = "stablehlo.real_dynamic_slice"(%arg18, %49, %52, %53) : (tensor<?x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<?x8xf32>
    %55 = "stablehlo.concatenate"(%48, %54) <{dimension = 0 : i64}> : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%55) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>), sym_name = "divmod", sym_visibility = "private"}> ({
  ^bb0(%arg14: tensor<i32>, %arg15: tensor<i32>, %arg16: tensor<i32>):
    %35 = "stablehlo.convert"(%arg16) : (tensor<i32>) -> tensor<i32>
    %36 = "func.call"(%arg14, %arg15, %35) <{callee = @floor_divide}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %37 = "func.call"(%arg14, %arg15, %35) <{callee = @remainder}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%36, %37) : (tensor<i32>, tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<i32>, %arg12: tensor<i32>, %arg13: tensor<i32>):
    %24 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %25 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %26 = "stablehlo.divide"(%arg12, %arg13) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %27 = "stablehlo.sign"(%arg12) : (tensor<i32>) -> tensor<i32>
    %28 = "stablehlo.sign"(%arg13) : (tensor<i32>) -> tensor<i32>
    %29 = "stablehlo.compare"(%27, %28) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %30 = "stablehlo.remainder"(%arg12, %arg13) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %31 = "stablehlo.compare"(%30, %25) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %32 = "stablehlo.and"(%29, %31) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %33 = "stablehlo.subtract"(%26, %24) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %34 = "func.call"(%arg11, %32, %33, %26) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%34) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<i1>, %arg9: tensor<i32>, %arg10: tensor<i32>):
    %23 = "stablehlo.select"(%arg8, %arg9, %arg10) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%23) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<i32>, %arg6: tensor<i32>):
    %11 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %12 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %13 = "stablehlo.compare"(%arg6, %12) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %14 = "func.call"(%arg4, %13, %11, %arg6) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %15 = "stablehlo.remainder"(%arg5, %14) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %16 = "stablehlo.compare"(%15, %12) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %17 = "stablehlo.compare"(%15, %12) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %18 = "stablehlo.compare"(%14, %12) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %19 = "stablehlo.compare"(%17, %18) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %20 = "stablehlo.and"(%19, %16) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %21 = "stablehlo.add"(%15, %14) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %22 = "stablehlo.select"(%20, %21, %15) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%22) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x8xf32>, tensor<f32>, tensor<f32>) -> tensor<?x8xf32>, sym_name = "clip", sym_visibility = "private"}> ({
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
