"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> tensor<?x6xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg14: tensor<?x6xf32>, %arg15: tensor<6xf32>, %arg16: tensor<6x6xf32>, %arg17: tensor<6xi32>):
    %201 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %202 = "stablehlo.get_dimension_size"(%arg14) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %203 = "stablehlo.compare"(%202, %201) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%203, %202) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 6). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %204 = "func.call"(%202, %arg14, %arg15, %arg16, %arg17) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> tensor<?x6xf32>
    "func.return"(%204) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> tensor<?x6xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<i32>, %arg6: tensor<?x6xf32>, %arg7: tensor<6xf32>, %arg8: tensor<6x6xf32>, %arg9: tensor<6xi32>):
    %143 = "stablehlo.constant"() <{value = dense<2> : tensor<1xi32>}> : () -> tensor<1xi32>
    %144 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %145 = "stablehlo.constant"() <{value = dense<3> : tensor<1xi32>}> : () -> tensor<1xi32>
    %146 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %147 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %148 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %149 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %150 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %151 = "stablehlo.constant"() <{value = dense<6> : tensor<i32>}> : () -> tensor<i32>
    %152 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %153 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %154 = "stablehlo.reduce"(%arg6, %153) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg12: tensor<f32>, %arg13: tensor<f32>):
      %200 = "stablehlo.maximum"(%arg12, %arg13) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%200) : (tensor<f32>) -> ()
    }) : (tensor<?x6xf32>, tensor<f32>) -> tensor<?xf32>
    %155 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %156 = "stablehlo.concatenate"(%155, %152) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %157 = "stablehlo.dynamic_broadcast_in_dim"(%154, %156) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %158 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %159 = "stablehlo.concatenate"(%158, %150) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %160 = "stablehlo.dynamic_broadcast_in_dim"(%157, %159) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %161 = "stablehlo.subtract"(%arg6, %160) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %162 = "stablehlo.negate"(%161) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %163 = "stablehlo.exponential"(%162) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %164 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %165 = "stablehlo.concatenate"(%164, %150) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %166 = "stablehlo.dynamic_broadcast_in_dim"(%149, %165) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %167 = "stablehlo.add"(%166, %163) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %168 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %169 = "stablehlo.concatenate"(%168, %150) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %170 = "stablehlo.dynamic_broadcast_in_dim"(%149, %169) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %171 = "stablehlo.divide"(%170, %167) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %172 = "stablehlo.slice"(%arg9) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<6xi32>) -> tensor<3xi32>
    %173 = "func.call"(%arg5, %172, %148, %147) <{callee = @clip}> : (tensor<i32>, tensor<3xi32>, tensor<i32>, tensor<i32>) -> tensor<3xi32>
    %174 = "stablehlo.broadcast_in_dim"(%148) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %175 = "stablehlo.compare"(%173, %174) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %176 = "stablehlo.broadcast_in_dim"(%151) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %177 = "stablehlo.add"(%173, %176) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %178 = "stablehlo.select"(%175, %177, %173) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %179 = "stablehlo.broadcast_in_dim"(%178) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %180 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %181 = "stablehlo.concatenate"(%180, %145) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %182 = "stablehlo.dynamic_broadcast_in_dim"(%146, %181) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x3xf32>
    %183 = "stablehlo.scatter"(%171, %179, %182) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1], index_vector_dim = 1>}> ({
    ^bb0(%arg10: tensor<f32>, %arg11: tensor<f32>):
      "stablehlo.return"(%arg11) : (tensor<f32>) -> ()
    }) : (tensor<?x6xf32>, tensor<3x1xi32>, tensor<?x3xf32>) -> tensor<?x6xf32>
    %184 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
    %185 = "stablehlo.broadcast_in_dim"(%144) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %186 = "stablehlo.multiply"(%185, %184) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %187 = "stablehlo.broadcast_in_dim"(%148) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %188 = "stablehlo.add"(%187, %186) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %189 = "stablehlo.broadcast_in_dim"(%188) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
    %190 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %191 = "stablehlo.concatenate"(%190, %152) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %192 = "stablehlo.dynamic_gather"(%183, %189, %191) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, indices_are_sorted = true}> : (tensor<?x6xf32>, tensor<3x1xi32>, tensor<2xi32>) -> tensor<?x3xf32>
    %193 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %194 = "stablehlo.concatenate"(%193, %145, %143) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %195 = "stablehlo.dynamic_broadcast_in_dim"(%192, %194) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x3xf32>, tensor<3xi32>) -> tensor<?x3x2xf32>
    %196 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %197 = "stablehlo.concatenate"(%196, %150) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %198 = "stablehlo.dynamic_reshape"(%195, %197) : (tensor<?x3x2xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %199 = "stablehlo.composite"(%198) <{decomposition = @chlo.erf.impl, name = "chlo.erf", version = 1 : i32}> : (tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%199) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x6xf32>) -> tensor<?x6xf32>, sym_name = "chlo.erf.impl", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<?x6xf32>):
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
    %22 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %23 = "stablehlo.reshape"(%22) : (tensor<i32>) -> tensor<1xi32>
    %24 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %25 = "stablehlo.reshape"(%24) : (tensor<i32>) -> tensor<1xi32>
    %26 = "stablehlo.concatenate"(%23, %25) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %27 = "stablehlo.dynamic_broadcast_in_dim"(%21, %26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %28 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %29 = "stablehlo.reshape"(%28) : (tensor<i32>) -> tensor<1xi32>
    %30 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %31 = "stablehlo.reshape"(%30) : (tensor<i32>) -> tensor<1xi32>
    %32 = "stablehlo.concatenate"(%29, %31) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %33 = "stablehlo.dynamic_broadcast_in_dim"(%20, %32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %34 = "stablehlo.clamp"(%27, %arg4, %33) : (tensor<?x6xf32>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %35 = "stablehlo.multiply"(%34, %34) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %36 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %37 = "stablehlo.reshape"(%36) : (tensor<i32>) -> tensor<1xi32>
    %38 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %39 = "stablehlo.reshape"(%38) : (tensor<i32>) -> tensor<1xi32>
    %40 = "stablehlo.concatenate"(%37, %39) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %41 = "stablehlo.dynamic_broadcast_in_dim"(%19, %40) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %42 = "stablehlo.multiply"(%41, %35) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %43 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %44 = "stablehlo.reshape"(%43) : (tensor<i32>) -> tensor<1xi32>
    %45 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %46 = "stablehlo.reshape"(%45) : (tensor<i32>) -> tensor<1xi32>
    %47 = "stablehlo.concatenate"(%44, %46) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %48 = "stablehlo.dynamic_broadcast_in_dim"(%18, %47) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %49 = "stablehlo.add"(%42, %48) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %50 = "stablehlo.multiply"(%49, %35) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %51 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %52 = "stablehlo.reshape"(%51) : (tensor<i32>) -> tensor<1xi32>
    %53 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %54 = "stablehlo.reshape"(%53) : (tensor<i32>) -> tensor<1xi32>
    %55 = "stablehlo.concatenate"(%52, %54) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %56 = "stablehlo.dynamic_broadcast_in_dim"(%17, %55) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %57 = "stablehlo.add"(%50, %56) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %58 = "stablehlo.multiply"(%57, %35) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %59 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %60 = "stablehlo.reshape"(%59) : (tensor<i32>) -> tensor<1xi32>
    %61 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %62 = "stablehlo.reshape"(%61) : (tensor<i32>) -> tensor<1xi32>
    %63 = "stablehlo.concatenate"(%60, %62) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %64 = "stablehlo.dynamic_broadcast_in_dim"(%16, %63) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %65 = "stablehlo.add"(%58, %64) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %66 = "stablehlo.multiply"(%65, %35) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %67 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %68 = "stablehlo.reshape"(%67) : (tensor<i32>) -> tensor<1xi32>
    %69 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %70 = "stablehlo.reshape"(%69) : (tensor<i32>) -> tensor<1xi32>
    %71 = "stablehlo.concatenate"(%68, %70) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %72 = "stablehlo.dynamic_broadcast_in_dim"(%15, %71) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %73 = "stablehlo.add"(%66, %72) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %74 = "stablehlo.multiply"(%73, %35) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %75 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %76 = "stablehlo.reshape"(%75) : (tensor<i32>) -> tensor<1xi32>
    %77 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %78 = "stablehlo.reshape"(%77) : (tensor<i32>) -> tensor<1xi32>
    %79 = "stablehlo.concatenate"(%76, %78) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %80 = "stablehlo.dynamic_broadcast_in_dim"(%14, %79) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %81 = "stablehlo.add"(%74, %80) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %82 = "stablehlo.multiply"(%81, %35) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %83 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %84 = "stablehlo.reshape"(%83) : (tensor<i32>) -> tensor<1xi32>
    %85 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %86 = "stablehlo.reshape"(%85) : (tensor<i32>) -> tensor<1xi32>
    %87 = "stablehlo.concatenate"(%84, %86) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %88 = "stablehlo.dynamic_broadcast_in_dim"(%13, %87) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %89 = "stablehlo.add"(%82, %88) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %90 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %91 = "stablehlo.reshape"(%90) : (tensor<i32>) -> tensor<1xi32>
    %92 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %93 = "stablehlo.reshape"(%92) : (tensor<i32>) -> tensor<1xi32>
    %94 = "stablehlo.concatenate"(%91, %93) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %95 = "stablehlo.dynamic_broadcast_in_dim"(%12, %94) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %96 = "stablehlo.multiply"(%95, %35) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %97 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %98 = "stablehlo.reshape"(%97) : (tensor<i32>) -> tensor<1xi32>
    %99 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %100 = "stablehlo.reshape"(%99) : (tensor<i32>) -> tensor<1xi32>
    %101 = "stablehlo.concatenate"(%98, %100) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %102 = "stablehlo.dynamic_broadcast_in_dim"(%11, %101) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %103 = "stablehlo.add"(%96, %102) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %104 = "stablehlo.multiply"(%103, %35) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %105 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %106 = "stablehlo.reshape"(%105) : (tensor<i32>) -> tensor<1xi32>
    %107 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %108 = "stablehlo.reshape"(%107) : (tensor<i32>) -> tensor<1xi32>
    %109 = "stablehlo.concatenate"(%106, %108) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %110 = "stablehlo.dynamic_broadcast_in_dim"(%10, %109) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %111 = "stablehlo.add"(%104, %110) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %112 = "stablehlo.multiply"(%111, %35) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %113 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %114 = "stablehlo.reshape"(%113) : (tensor<i32>) -> tensor<1xi32>
    %115 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %116 = "stablehlo.reshape"(%115) : (tensor<i32>) -> tensor<1xi32>
    %117 = "stablehlo.concatenate"(%114, %116) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %118 = "stablehlo.dynamic_broadcast_in_dim"(%9, %117) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %119 = "stablehlo.add"(%112, %118) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %120 = "stablehlo.multiply"(%119, %35) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %121 = "stablehlo.get_dimension_size"(%35) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %122 = "stablehlo.reshape"(%121) : (tensor<i32>) -> tensor<1xi32>
    %123 = "stablehlo.get_dimension_size"(%35) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %124 = "stablehlo.reshape"(%123) : (tensor<i32>) -> tensor<1xi32>
    %125 = "stablehlo.concatenate"(%122, %124) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %126 = "stablehlo.dynamic_broadcast_in_dim"(%8, %125) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %127 = "stablehlo.add"(%120, %126) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %128 = "stablehlo.multiply"(%34, %89) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %129 = "stablehlo.divide"(%128, %127) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %130 = "stablehlo.get_dimension_size"(%34) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %131 = "stablehlo.reshape"(%130) : (tensor<i32>) -> tensor<1xi32>
    %132 = "stablehlo.get_dimension_size"(%34) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %133 = "stablehlo.reshape"(%132) : (tensor<i32>) -> tensor<1xi32>
    %134 = "stablehlo.concatenate"(%131, %133) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %135 = "stablehlo.dynamic_broadcast_in_dim"(%7, %134) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %136 = "stablehlo.get_dimension_size"(%34) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %137 = "stablehlo.reshape"(%136) : (tensor<i32>) -> tensor<1xi32>
    %138 = "stablehlo.get_dimension_size"(%34) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %139 = "stablehlo.reshape"(%138) : (tensor<i32>) -> tensor<1xi32>
    %140 = "stablehlo.concatenate"(%137, %139) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %141 = "stablehlo.dynamic_broadcast_in_dim"(%6, %140) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %142 = "stablehlo.clamp"(%135, %129, %141) : (tensor<?x6xf32>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%142) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<3xi32>, tensor<i32>, tensor<i32>) -> tensor<3xi32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<3xi32>, %arg2: tensor<i32>, %arg3: tensor<i32>):
    %0 = "stablehlo.convert"(%arg2) : (tensor<i32>) -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %2 = "stablehlo.maximum"(%1, %arg1) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    %3 = "stablehlo.convert"(%arg3) : (tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
    %5 = "stablehlo.minimum"(%4, %2) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
    "func.return"(%5) : (tensor<3xi32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
