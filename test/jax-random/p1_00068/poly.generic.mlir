"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg29: tensor<?x16xf32>, %arg30: tensor<16xf32>, %arg31: tensor<16x16xf32>, %arg32: tensor<16xi32>):
    %121 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %122 = "stablehlo.get_dimension_size"(%arg29) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %123 = "stablehlo.compare"(%122, %121) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%123, %122) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 16). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %124 = "func.call"(%122, %arg29, %arg30, %arg31, %arg32) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>
    "func.return"(%124) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg18: tensor<i32>, %arg19: tensor<?x16xf32>, %arg20: tensor<16xf32>, %arg21: tensor<16x16xf32>, %arg22: tensor<16xi32>):
    %51 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %52 = "stablehlo.constant"() <{value = dense<15> : tensor<1xi32>}> : () -> tensor<1xi32>
    %53 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %54 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %55 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %56 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %57 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %58 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %59 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %60 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %61 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %62 = "func.call"(%arg18, %arg19, %60, %61) <{callee = @clip}> : (tensor<i32>, tensor<?x16xf32>, tensor<f32>, tensor<f32>) -> tensor<?x16xf32>
    %63 = "stablehlo.reduce"(%62, %59) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg27: tensor<f32>, %arg28: tensor<f32>):
      %120 = "stablehlo.add"(%arg27, %arg28) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%120) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?xf32>
    %64 = "stablehlo.reshape"(%arg18) : (tensor<i32>) -> tensor<1xi32>
    %65 = "stablehlo.concatenate"(%64, %57) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %66 = "stablehlo.dynamic_broadcast_in_dim"(%63, %65) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %67 = "stablehlo.reshape"(%arg18) : (tensor<i32>) -> tensor<1xi32>
    %68 = "stablehlo.concatenate"(%67, %57) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %69 = "stablehlo.dynamic_broadcast_in_dim"(%56, %68) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %70 = "stablehlo.divide"(%66, %69) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %71 = "stablehlo.reshape"(%arg18) : (tensor<i32>) -> tensor<1xi32>
    %72 = "stablehlo.concatenate"(%71, %55) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %73 = "stablehlo.dynamic_broadcast_in_dim"(%70, %72) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %74 = "stablehlo.subtract"(%62, %73) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %75 = "func.call"(%arg18, %62, %54) <{callee = @_var}> : (tensor<i32>, tensor<?x16xf32>, tensor<i32>) -> tensor<?x1xf32>
    %76 = "stablehlo.reshape"(%arg18) : (tensor<i32>) -> tensor<1xi32>
    %77 = "stablehlo.concatenate"(%76, %57) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %78 = "stablehlo.dynamic_broadcast_in_dim"(%53, %77) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %79 = "stablehlo.add"(%75, %78) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %80 = "stablehlo.rsqrt"(%79) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %81 = "stablehlo.reshape"(%arg18) : (tensor<i32>) -> tensor<1xi32>
    %82 = "stablehlo.concatenate"(%81, %55) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %83 = "stablehlo.dynamic_broadcast_in_dim"(%80, %82) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %84 = "stablehlo.multiply"(%74, %83) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %85 = "stablehlo.abs"(%84) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %86 = "stablehlo.sqrt"(%85) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %87 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %88 = "stablehlo.reshape"(%arg18) : (tensor<i32>) -> tensor<1xi32>
    %89 = "stablehlo.concatenate"(%88, %52) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %90 = "stablehlo.dynamic_gather"(%86, %87, %89) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [1]>, indices_are_sorted = true}> : (tensor<?x16xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x15xf32>
    %91 = "func.call"(%arg18, %90, %54) <{callee = @_pad}> : (tensor<i32>, tensor<?x15xf32>, tensor<i32>) -> tensor<?x16xf32>
    %92 = "stablehlo.dot_general"(%91, %arg21) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<?x16xf32>, tensor<16x16xf32>) -> tensor<?x16xf32>
    %93 = "stablehlo.reshape"(%arg18) : (tensor<i32>) -> tensor<1xi32>
    %94 = "stablehlo.concatenate"(%93, %55) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %95 = "stablehlo.dynamic_broadcast_in_dim"(%56, %94) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %96 = "stablehlo.divide"(%92, %95) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %97 = "stablehlo.add"(%96, %91) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %98 = "stablehlo.reduce"(%97, %51) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg25: tensor<f32>, %arg26: tensor<f32>):
      %119 = "stablehlo.maximum"(%arg25, %arg26) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%119) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?xf32>
    %99 = "stablehlo.reshape"(%arg18) : (tensor<i32>) -> tensor<1xi32>
    %100 = "stablehlo.dynamic_broadcast_in_dim"(%51, %99) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %101 = "stablehlo.maximum"(%100, %98) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    %102 = "stablehlo.reshape"(%arg18) : (tensor<i32>) -> tensor<1xi32>
    %103 = "stablehlo.concatenate"(%102, %57) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %104 = "stablehlo.dynamic_broadcast_in_dim"(%101, %103) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %105 = "stablehlo.reshape"(%arg18) : (tensor<i32>) -> tensor<1xi32>
    %106 = "stablehlo.concatenate"(%105, %55) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %107 = "stablehlo.dynamic_broadcast_in_dim"(%104, %106) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %108 = "stablehlo.subtract"(%97, %107) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %109 = "stablehlo.exponential"(%108) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %110 = "stablehlo.reduce"(%109, %59) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg23: tensor<f32>, %arg24: tensor<f32>):
      %118 = "stablehlo.add"(%arg23, %arg24) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%118) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?xf32>
    %111 = "stablehlo.reshape"(%arg18) : (tensor<i32>) -> tensor<1xi32>
    %112 = "stablehlo.concatenate"(%111, %57) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %113 = "stablehlo.dynamic_broadcast_in_dim"(%110, %112) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %114 = "stablehlo.reshape"(%arg18) : (tensor<i32>) -> tensor<1xi32>
    %115 = "stablehlo.concatenate"(%114, %55) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %116 = "stablehlo.dynamic_broadcast_in_dim"(%113, %115) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %117 = "stablehlo.divide"(%109, %116) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%117) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<f32>, tensor<f32>) -> tensor<?x16xf32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg14: tensor<i32>, %arg15: tensor<?x16xf32>, %arg16: tensor<f32>, %arg17: tensor<f32>):
    %40 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %41 = "stablehlo.convert"(%arg16) : (tensor<f32>) -> tensor<f32>
    %42 = "stablehlo.reshape"(%arg14) : (tensor<i32>) -> tensor<1xi32>
    %43 = "stablehlo.concatenate"(%42, %40) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %44 = "stablehlo.dynamic_broadcast_in_dim"(%41, %43) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %45 = "stablehlo.maximum"(%44, %arg15) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %46 = "stablehlo.convert"(%arg17) : (tensor<f32>) -> tensor<f32>
    %47 = "stablehlo.reshape"(%arg14) : (tensor<i32>) -> tensor<1xi32>
    %48 = "stablehlo.concatenate"(%47, %40) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %49 = "stablehlo.dynamic_broadcast_in_dim"(%46, %48) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %50 = "stablehlo.minimum"(%49, %45) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%50) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<i32>) -> tensor<?x1xf32>, sym_name = "_var", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<?x16xf32>, %arg9: tensor<i32>):
    %8 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %9 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %10 = "stablehlo.constant"() <{value = dense<1.600000e+01> : tensor<f32>}> : () -> tensor<f32>
    %11 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %12 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %13 = "stablehlo.reduce"(%arg8, %12) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg12: tensor<f32>, %arg13: tensor<f32>):
      %39 = "stablehlo.add"(%arg12, %arg13) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%39) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?xf32>
    %14 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %15 = "stablehlo.concatenate"(%14, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %16 = "stablehlo.dynamic_broadcast_in_dim"(%13, %15) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %17 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %18 = "stablehlo.concatenate"(%17, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %19 = "stablehlo.dynamic_broadcast_in_dim"(%10, %18) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %20 = "stablehlo.divide"(%16, %19) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %21 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %22 = "stablehlo.concatenate"(%21, %9) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %23 = "stablehlo.dynamic_broadcast_in_dim"(%20, %22) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %24 = "stablehlo.subtract"(%arg8, %23) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %25 = "stablehlo.multiply"(%24, %24) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %26 = "stablehlo.convert"(%arg9) : (tensor<i32>) -> tensor<f32>
    %27 = "stablehlo.subtract"(%10, %26) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %28 = "stablehlo.reduce"(%25, %12) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg10: tensor<f32>, %arg11: tensor<f32>):
      %38 = "stablehlo.add"(%arg10, %arg11) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%38) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?xf32>
    %29 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %30 = "stablehlo.concatenate"(%29, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %31 = "stablehlo.dynamic_broadcast_in_dim"(%28, %30) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %32 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %33 = "stablehlo.concatenate"(%32, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %34 = "stablehlo.dynamic_broadcast_in_dim"(%27, %33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %35 = "stablehlo.divide"(%31, %34) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %36 = "stablehlo.compare"(%27, %12) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %37 = "func.call"(%arg7, %36, %35, %8) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>
    "func.return"(%37) : (tensor<?x1xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<i32>, %arg4: tensor<i1>, %arg5: tensor<?x1xf32>, %arg6: tensor<f32>):
    %2 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %3 = "stablehlo.convert"(%arg6) : (tensor<f32>) -> tensor<f32>
    %4 = "stablehlo.reshape"(%arg3) : (tensor<i32>) -> tensor<1xi32>
    %5 = "stablehlo.concatenate"(%4, %2) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %6 = "stablehlo.dynamic_broadcast_in_dim"(%3, %5) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %7 = "stablehlo.select"(%arg4, %arg5, %6) : (tensor<i1>, tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    "func.return"(%7) : (tensor<?x1xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x15xf32>, tensor<i32>) -> tensor<?x16xf32>, sym_name = "_pad", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x15xf32>, %arg2: tensor<i32>):
    %0 = "stablehlo.convert"(%arg2) : (tensor<i32>) -> tensor<f32>
    %1 = "stablehlo.pad"(%arg1, %0) <{edge_padding_high = array<i64: 0, 1>, edge_padding_low = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<?x15xf32>, tensor<f32>) -> tensor<?x16xf32>
    "func.return"(%1) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
