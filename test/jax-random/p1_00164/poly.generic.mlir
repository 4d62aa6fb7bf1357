"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg12: tensor<?x8xf32>, %arg13: tensor<8xf32>, %arg14: tensor<8x8xf32>, %arg15: tensor<8xi32>):
    %161 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %162 = "stablehlo.get_dimension_size"(%arg12) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %163 = "stablehlo.compare"(%162, %161) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%163, %162) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 8). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %164 = "func.call"(%162, %arg12, %arg13, %arg14, %arg15) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>
    "func.return"(%164) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<i32>, %arg6: tensor<?x8xf32>, %arg7: tensor<8xf32>, %arg8: tensor<8x8xf32>, %arg9: tensor<8xi32>):
    %143 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %144 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %145 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %146 = "stablehlo.constant"() <{value = dense<7> : tensor<i32>}> : () -> tensor<i32>
    %147 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %148 = "stablehlo.composite"(%arg6) <{decomposition = @chlo.erf.impl, name = "chlo.erf", version = 1 : i32}> : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %149 = "func.call"(%arg5, %arg9, %147, %146) <{callee = @clip}> : (tensor<i32>, tensor<8xi32>, tensor<i32>, tensor<i32>) -> tensor<8xi32>
    %150 = "stablehlo.broadcast_in_dim"(%147) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %151 = "stablehlo.compare"(%149, %150) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %152 = "stablehlo.broadcast_in_dim"(%145) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %153 = "stablehlo.add"(%149, %152) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %154 = "stablehlo.select"(%151, %153, %149) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %155 = "stablehlo.broadcast_in_dim"(%154) <{broadcast_dimensions = array<i64: 0>}> : (tensor<8xi32>) -> tensor<8x1xi32>
    %156 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %157 = "stablehlo.concatenate"(%156, %143) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %158 = "stablehlo.dynamic_broadcast_in_dim"(%144, %157) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %159 = "stablehlo.scatter"(%148, %155, %158) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1], index_vector_dim = 1>}> ({
    ^bb0(%arg10: tensor<f32>, %arg11: tensor<f32>):
      %160 = "stablehlo.add"(%arg10, %arg11) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%160) : (tensor<f32>) -> ()
    }) : (tensor<?x8xf32>, tensor<8x1xi32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%159) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x8xf32>) -> tensor<?x8xf32>, sym_name = "chlo.erf.impl", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<?x8xf32>):
    %6 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %7 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %8 = "stablehlo.constant"() <{value = dense<-0.0142647391> : tensor<f32>}> : () -> tensor<f32>
    %9 = "stablehlo.constant"() <{value = dense<-0.00737332925> : tensor<f32>}> : () -> tensor<f32>
    %10 = "stablehlo.constant"() <{value = dense<-0.00168282702> : tensor<f32>}> : () -> tensor<f32>
    %11 = "stablehlo.constant"() <{value = dense<-2.13374049E-4> : tensor<f32>}> : () -> tensor<f32>
    %12 = "stablehlo.constant"() <{value = dense<-1.45660715E-5> : tensor<f32>}> : () -> tensor<f32>
    %13 = "stablehlo.constant"() <{value = dense<-0.0160960332> : tensor<f32>}> : () -> tensor<f32>
    %14 = "stablehlo.constant"() <{value = dense<-2.954600e-03> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.constant"() <{value = dense<-7.34990637E-4> : tensor<f32>}> : () -> tensor<f32>
    %16 = "stablehlo.constant"() <{value = dense<-5.69250624E-5> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.constant"() <{value = dense<-2.10102394E-6> : tensor<f32>}> : () -> tensor<f32>
    %18 = "stablehlo.constant"() <{value = dense<2.77068146E-8> : tensor<f32>}> : () -> tensor<f32>
    %19 = "stablehlo.constant"() <{value = dense<-2.72614237E-10> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %21 = "stablehlo.constant"() <{value = dense<-4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %22 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %23 = "stablehlo.reshape"(%22) : (tensor<i32>) -> tensor<1xi32>
    %24 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %25 = "stablehlo.reshape"(%24) : (tensor<i32>) -> tensor<1xi32>
    %26 = "stablehlo.concatenate"(%23, %25) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %27 = "stablehlo.dynamic_broadcast_in_dim"(%21, %26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %28 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %29 = "stablehlo.reshape"(%28) : (tensor<i32>) -> tensor<1xi32>
    %30 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %31 = "stablehlo.reshape"(%30) : (tensor<i32>) -> tensor<1xi32>
    %32 = "stablehlo.concatenate"(%29, %31) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %33 = "stablehlo.dynamic_broadcast_in_dim"(%20, %32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %34 = "stablehlo.clamp"(%27, %arg4, %33) : (tensor<?x8xf32>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %35 = "stablehlo.multiply"(%34, %34) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %36 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %37 = "stablehlo.reshape"(%36) : (tensor<i32>) -> tensor<1xi32>
    %38 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %39 = "stablehlo.reshape"(%38) : (tensor<i32>) -> tensor<1xi32>
    %40 = "stablehlo.concatenate"(%37, %39) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %41 = "stablehlo.dynamic_broadcast_in_dim"(%19, %40) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %42 = "stablehlo.multiply"(%41, %35) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %43 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %44 = "stablehlo.reshape"(%43) : (tensor<i32>) -> tensor<1xi32>
    %45 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %46 = "stablehlo.reshape"(%45) : (tensor<i32>) -> tensor<1xi32>
    %47 = "stablehlo.concatenate"(%44, %46) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %48 = "stablehlo.dynamic_broadcast_in_dim"(%18, %47) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %49 = "stablehlo.add"(%42, %48) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %50 = "stablehlo.multiply"(%49, %35) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %51 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %52 = "stablehlo.reshape"(%51) : (tensor<i32>) -> tensor<1xi32>
    %53 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %54 = "stablehlo.reshape"(%53) : (tensor<i32>) -> tensor<1xi32>
    %55 = "stablehlo.concatenate"(%52, %54) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %56 = "stablehlo.dynamic_broadcast_in_dim"(%17, %55) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %57 = "stablehlo.add"(%50, %56) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %58 = "stablehlo.multiply"(%57, %35) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %59 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %60 = "stablehlo.reshape"(%59) : (tensor<i32>) -> tensor<1xi32>
    %61 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %62 = "stablehlo.reshape"(%61) : (tensor<i32>) -> tensor<1xi32>
    %63 = "stablehlo.concatenate"(%60, %62) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %64 = "stablehlo.dynamic_broadcast_in_dim"(%16, %63) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %65 = "stablehlo.add"(%58, %64) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %66 = "stablehlo.multiply"(%65, %35) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %67 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %68 = "stablehlo.reshape"(%67) : (tensor<i32>) -> tensor<1xi32>
    %69 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %70 = "stablehlo.reshape"(%69) : (tensor<i32>) -> tensor<1xi32>
    %71 = "stablehlo.concatenate"(%68, %70) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %72 = "stablehlo.dynamic_broadcast_in_dim"(%15, %71) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %73 = "stablehlo.add"(%66, %72) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %74 = "stablehlo.multiply"(%73, %35) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %75 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %76 = "stablehlo.reshape"(%75) : (tensor<i32>) -> tensor<1xi32>
    %77 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %78 = "stablehlo.reshape"(%77) : (tensor<i32>) -> tensor<1xi32>
    %79 = "stablehlo.concatenate"(%76, %78) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %80 = "stablehlo.dynamic_broadcast_in_dim"(%14, %79) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %81 = "stablehlo.add"(%74, %80) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %82 = "stablehlo.multiply"(%81, %35) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %83 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %84 = "stablehlo.reshape"(%83) : (tensor<i32>) -> tensor<1xi32>
    %85 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %86 = "stablehlo.reshape"(%85) : (tensor<i32>) -> tensor<1xi32>
    %87 = "stablehlo.concatenate"(%84, %86) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %88 = "stablehlo.dynamic_broadcast_in_dim"(%13, %87) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %89 = "stablehlo.add"(%82, %88) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %90 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %91 = "stablehlo.reshape"(%90) : (tensor<i32>) -> tensor<1xi32>
    %92 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %93 = "stablehlo.reshape"(%92) : (tensor<i32>) -> tensor<1xi32>
    %94 = "stablehlo.concatenate"(%91, %93) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %95 = "stablehlo.dynamic_broadcast_in_dim"(%12, %94) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %96 = "stablehlo.multiply"(%95, %35) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %97 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %98 = "stablehlo.reshape"(%97) : (tensor<i32>) -> tensor<1xi32>
    %99 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %100 = "stablehlo.reshape"(%99) : (tensor<i32>) -> tensor<1xi32>
    %101 = "stablehlo.concatenate"(%98, %100) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %102 = "stablehlo.dynamic_broadcast_in_dim"(%11, %101) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %103 = "stablehlo.add"(%96, %102) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %104 = "stablehlo.multiply"(%103, %35) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %105 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %106 = "stablehlo.reshape"(%105) : (tensor<i32>) -> tensor<1xi32>
    %107 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %108 = "stablehlo.reshape"(%107) : (tensor<i32>) -> tensor<1xi32>
    %109 = "stablehlo.concatenate"(%106, %108) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %110 = "stablehlo.dynamic_broadcast_in_dim"(%10, %109) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %111 = "stablehlo.add"(%104, %110) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %112 = "stablehlo.multiply"(%111, %35) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %113 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %114 = "stablehlo.reshape"(%113) : (tensor<i32>) -> tensor<1xi32>
    %115 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %116 = "stablehlo.reshape"(%115) : (tensor<i32>) -> tensor<1xi32>
    %117 = "stablehlo.concatenate"(%114, %116) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %118 = "stablehlo.dynamic_broadcast_in_dim"(%9, %117) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %119 = "stablehlo.add"(%112, %118) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %120 = "stablehlo.multiply"(%119, %35) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %121 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %122 = "stablehlo.reshape"(%121) : (tensor<i32>) -> tensor<1xi32>
    %123 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %124 = "stablehlo.reshape"(%123) : (tensor<i32>) -> tensor<1xi32>
    %125 = "stablehlo.concatenate"(%122, %124) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %126 = "stablehlo.dynamic_broadcast_in_dim"(%8, %125) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %127 = "stablehlo.add"(%120, %126) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %128 = "stablehlo.multiply"(%34, %89) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %129 = "stablehlo.divide"(%128, %127) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %130 = "stablehlo.get_dimension_size"(%34) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %131 = "stablehlo.reshape"(%130) : (tensor<i32>) -> tensor<1xi32>
    %132 = "stablehlo.get_dimension_size"(%34) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %133 = "stablehlo.reshape"(%132) : (tensor<i32>) -> tensor<1xi32>
    %134 = "stablehlo.concatenate"(%131, %133) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %135 = "stablehlo.dynamic_broadcast_in_dim"(%7, %134) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %136 = "stablehlo.get_dimension_size"(%34) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %137 = "stablehlo.reshape"(%136) : (tensor<i32>) -> tensor<1xi32>
    %138 = "stablehlo.get_dimension_size"(%34) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %139 = "stablehlo.reshape"(%138) : (tensor<i32>) -> tensor<1xi32>
    %140 = "stablehlo.concatenate"(%137, %139) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %141 = "stablehlo.dynamic_broadcast_in_dim"(%6, %140) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %142 = "stablehlo.clamp"(%135, %129, %141) : (tensor<?x8xf32>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%142) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<8xi32>, tensor<i32>, tensor<i32>) -> tensor<8xi32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<8xi32>, %arg2: tensor<i32>, %arg3: tensor<i32>):
    %0 = "stablehlo.convert"(%arg2) : (tensor<i32>) -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %2 = "stablehlo.maximum"(%1, %arg1) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %3 = "stablehlo.convert"(%arg3) : (tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %5 = "stablehlo.minimum"(%4, %2) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%5) : (tensor<8xi32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
