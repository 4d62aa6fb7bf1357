"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg14: tensor<?x4xf32>, %arg15: tensor<4xf32>, %arg16: tensor<4x4xf32>, %arg17: tensor<4xi32>):
    %213 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %214 = "stablehlo.get_dimension_size"(%arg14) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %215 = "stablehlo.compare"(%214, %213) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%215, %214) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 4). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %216 = "func.call"(%214, %arg14, %arg15, %arg16, %arg17) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>
    "func.return"(%216) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<i32>, %arg6: tensor<?x4xf32>, %arg7: tensor<4xf32>, %arg8: tensor<4x4xf32>, %arg9: tensor<4xi32>):
    %148 = "stablehlo.constant"() <{value = dense<2> : tensor<1xi32>}> : () -> tensor<1xi32>
    %149 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %150 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %151 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %152 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %153 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %154 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %155 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %156 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %157 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %158 = "stablehlo.dot_general"(%arg6, %arg8) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<?x4xf32>, tensor<4x4xf32>) -> tensor<?x4xf32>
    %159 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %160 = "stablehlo.concatenate"(%159, %156) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %161 = "stablehlo.dynamic_broadcast_in_dim"(%157, %160) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %162 = "stablehlo.divide"(%158, %161) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %163 = "stablehlo.add"(%162, %arg6) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %164 = "stablehlo.composite"(%163) <{decomposition = @chlo.erf.impl, name = "chlo.erf", version = 1 : i32}> : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %165 = "stablehlo.reduce"(%164, %155) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg12: tensor<f32>, %arg13: tensor<f32>):
      %212 = "stablehlo.maximum"(%arg12, %arg13) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%212) : (tensor<f32>) -> ()
    }) : (tensor<?x4xf32>, tensor<f32>) -> tensor<?xf32>
    %166 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %167 = "stablehlo.dynamic_broadcast_in_dim"(%155, %166) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %168 = "stablehlo.maximum"(%167, %165) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    %169 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %170 = "stablehlo.concatenate"(%169, %154) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %171 = "stablehlo.dynamic_broadcast_in_dim"(%168, %170) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %172 = "stablehlo.is_finite"(%171) : (tensor<?x1xf32>) -> tensor<?x1xi1>
    %173 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %174 = "stablehlo.concatenate"(%173, %154) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %175 = "stablehlo.dynamic_broadcast_in_dim"(%153, %174) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %176 = "stablehlo.select"(%172, %171, %175) : (tensor<?x1xi1>, tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %177 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %178 = "stablehlo.concatenate"(%177, %156) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %179 = "stablehlo.dynamic_broadcast_in_dim"(%176, %178) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %180 = "stablehlo.subtract"(%164, %179) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %181 = "stablehlo.exponential"(%180) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %182 = "stablehlo.reduce"(%181, %153) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg10: tensor<f32>, %arg11: tensor<f32>):
      %211 = "stablehlo.add"(%arg10, %arg11) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%211) : (tensor<f32>) -> ()
    }) : (tensor<?x4xf32>, tensor<f32>) -> tensor<?xf32>
    %183 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %184 = "stablehlo.concatenate"(%183, %154) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %185 = "stablehlo.dynamic_broadcast_in_dim"(%182, %184) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %186 = "stablehlo.abs"(%185) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %187 = "stablehlo.log"(%186) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %188 = "stablehlo.add"(%187, %176) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %189 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %190 = "stablehlo.concatenate"(%189, %156) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %191 = "stablehlo.dynamic_broadcast_in_dim"(%188, %190) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %192 = "stablehlo.subtract"(%164, %191) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %193 = "func.call"(%arg5, %192, %152, %151) <{callee = @clip}> : (tensor<i32>, tensor<?x4xf32>, tensor<f32>, tensor<f32>) -> tensor<?x4xf32>
    %194 = "stablehlo.abs"(%193) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %195 = "stablehlo.sqrt"(%194) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %196 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xi32>
    %197 = "stablehlo.broadcast_in_dim"(%150) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %198 = "stablehlo.multiply"(%197, %196) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %199 = "stablehlo.broadcast_in_dim"(%149) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %200 = "stablehlo.add"(%199, %198) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %201 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %202 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %203 = "stablehlo.concatenate"(%202, %154) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %204 = "stablehlo.dynamic_gather"(%195, %201, %203) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, indices_are_sorted = true}> : (tensor<?x4xf32>, tensor<2x1xi32>, tensor<2xi32>) -> tensor<?x2xf32>
    %205 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %206 = "stablehlo.concatenate"(%205, %148, %148) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %207 = "stablehlo.dynamic_broadcast_in_dim"(%204, %206) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x2xf32>, tensor<3xi32>) -> tensor<?x2x2xf32>
    %208 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %209 = "stablehlo.concatenate"(%208, %156) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %210 = "stablehlo.dynamic_reshape"(%207, %209) : (tensor<?x2x2xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    "func.return"(%210) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x4xf32>) -> tensor<?x4xf32>, sym_name = "chlo.erf.impl", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<?x4xf32>):
    %11 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %12 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %13 = "stablehlo.constant"() <{value = dense<-0.0142647391> : tensor<f32>}> : () -> tensor<f32>
    %14 = "stablehlo.constant"() <{value = dense<-0.00737332925> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.constant"() <{value = dense<-0.00168282702> : tensor<f32>}> : () -> tensor<f32>
    %16 = "stablehlo.constant"() <{value = dense<-2.13374049E-4> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.constant"() <{value = dense<-1.45660715E-5> : tensor<f32>}> : () -> tensor<f32>
    %18 = "stablehlo.constant"() <{value = dense<-0.0160960332> : tensor<f32>}> : () -> tensor<f32>
    %19 = "stablehlo.constant"() <{value = dense<-2.954600e-03> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.constant"() <{value = dense<-7.34990637E-4> : tensor<f32>}> : () -> tensor<f32>
    %21 = "stablehlo.constant"() <{value = dense<-5.69250624E-5> : tensor<f32>}> : () -> tensor<f32>
    %22 = "stablehlo.constant"() <{value = dense<-2.10102394E-6> : tensor<f32>}> : () -> tensor<f32>
    %23 = "stablehlo.constant"() <{value = dense<2.77068146E-8> : tensor<f32>}> : () -> tensor<f32>
    %24 = "stablehlo.constant"() <{value = dense<-2.72614237E-10> : tensor<f32>}> : () -> tensor<f32>
    %25 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %26 = "stablehlo.constant"() <{value = dense<-4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %27 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %28 = "stablehlo.reshape"(%27) : (tensor<i32>) -> tensor<1xi32>
    %29 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %30 = "stablehlo.reshape"(%29) : (tensor<i32>) -> tensor<1xi32>
    %31 = "stablehlo.concatenate"(%28, %30) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %32 = "stablehlo.dynamic_broadcast_in_dim"(%26, %31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %33 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %34 = "stablehlo.reshape"(%33) : (tensor<i32>) -> tensor<1xi32>
    %35 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %36 = "stablehlo.reshape"(%35) : (tensor<i32>) -> tensor<1xi32>
    %37 = "stablehlo.concatenate"(%34, %36) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %38 = "stablehlo.dynamic_broadcast_in_dim"(%25, %37) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %39 = "stablehlo.clamp"(%32, %arg4, %38) : (tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %40 = "stablehlo.multiply"(%39, %39) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %41 = "stablehlo.get_dimension_size"(%40) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %42 = "stablehlo.reshape"(%41) : (tensor<i32>) -> tensor<1xi32>
    %43 = "stablehlo.get_dimension_size"(%40) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %44 = "stablehlo.reshape"(%43) : (tensor<i32>) -> tensor<1xi32>
    %45 = "stablehlo.concatenate"(%42, %44) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %46 = "stablehlo.dynamic_broadcast_in_dim"(%24, %45) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %47 = "stablehlo.multiply"(%46, %40) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %48 = "stablehlo.get_dimension_size"(%40) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %49 = "stablehlo.reshape"(%48) : (tensor<i32>) -> tensor<1xi32>
    %50 = "stablehlo.get_dimension_size"(%40) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %51 = "stablehlo.reshape"(%50) : (tensor<i32>) -> tensor<1xi32>
    %52 = "stablehlo.concatenate"(%49, %51) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %53 = "stablehlo.dynamic_broadcast_in_dim"(%23, %52) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %54 = "stablehlo.add"(%47, %53) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %55 = "stablehlo.multiply"(%54, %40) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %56 = "stablehlo.get_dimension_size"(%40) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %57 = "stablehlo.reshape"(%56) : (tensor<i32>) -> tensor<1xi32>
    %58 = "stablehlo.get_dimension_size"(%40) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %59 = "stablehlo.reshape"(%58) : (tensor<i32>) -> tensor<1xi32>
    %60 = "stablehlo.concatenate"(%57, %59) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %61 = "stablehlo.dynamic_broadcast_in_dim"(%22, %60) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %62 = "stablehlo.add"(%55, %61) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %63 = "stablehlo.multiply"(%62, %40) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %64 = "stablehlo.get_dimension_size"(%40) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %65 = "stablehlo.reshape"(%64) : (tensor<i32>) -> tensor<1xi32>
    %66 = "stablehlo.get_dimension_size"(%40) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %67 = "stablehlo.reshape"(%66) : (tensor<i32>) -> tensor<1xi32>
    %68 = "stablehlo.concatenate"(%65, %67) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %69 = "stablehlo.dynamic_broadcast_in_dim"(%21, %68) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %70 = "stablehlo.add"(%63, %69) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %71 = "stablehlo.multiply"(%70, %40) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %72 = "stablehlo.get_dimension_size"(%40) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %73 = "stablehlo.reshape"(%72) : (tensor<i32>) -> tensor<1xi32>
    %74 = "stablehlo.get_dimension_size"(%40) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %75 = "stablehlo.reshape"(%74) : (tensor<i32>) -> tensor<1xi32>
    %76 = "stablehlo.concatenate"(%73, %75) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %77 = "stablehlo.dynamic_broadcast_in_dim"(%20, %76) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %78 = "stablehlo.add"(%71, %77) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %79 = "stablehlo.multiply"(%78, %40) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %80 = "stablehlo.get_dimension_size"(%40) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %81 = "stablehlo.reshape"(%80) : (tensor<i32>) -> tensor<1xi32>
    %82 = "stablehlo.get_dimension_size"(%40) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %83 = "stablehlo.reshape"(%82) : (tensor<i32>) -> tensor<1xi32>
    %84 = "stablehlo.concatenate"(%81, %83) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %85 = "stablehlo.dynamic_broadcast_in_dim"(%19, %84) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %86 = "stablehlo.add"(%79, %85) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %87 = "stablehlo.multiply"(%86, %40) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %88 = "stablehlo.get_dimension_size"(%40) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %89 = "stablehlo.reshape"(%88) : (tensor<i32>) -> tensor<1xi32>
    %90 = "stablehlo.get_dimension_size"(%40) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %91 = "stablehlo.reshape"(%90) : (tensor<i32>) -> tensor<1xi32>
    %92 = "stablehlo.concatenate"(%89, %91) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %93 = "stablehlo.dynamic_broadcast_in_dim"(%18, %92) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %94 = "stablehlo.add"(%87, %93) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %95 = "stablehlo.get_dimension_size"(%40) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %96 = "stablehlo.reshape"(%95) : (tensor<i32>) -> tensor<1xi32>
    %97 = "stablehlo.get_dimension_size"(%40) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %98 = "stablehlo.reshape"(%97) : (tensor<i32>) -> tensor<1xi32>
    %99 = "stablehlo.concatenate"(%96, %98) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %100 = "stablehlo.dynamic_broadcast_in_dim"(%17, %99) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %101 = "stablehlo.multiply"(%100, %40) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %102 = "stablehlo.get_dimension_size"(%40) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %103 = "stablehlo.reshape"(%102) : (tensor<i32>) -> tensor<1xi32>
    %104 = "stablehlo.get_dimension_size"(%40) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %105 = "stablehlo.reshape"(%104) : (tensor<i32>) -> tensor<1xi32>
    %106 = "stablehlo.concatenate"(%103, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %107 = "stablehlo.dynamic_broadcast_in_dim"(%16, %106) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %108 = "stablehlo.add"(%101, %107) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %109 = "stablehlo.multiply"(%108, %40) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %110 = "stablehlo.get_dimension_size"(%40) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %111 = "stablehlo.reshape"(%110) : (tensor<i32>) -> tensor<1xi32>
    %112 = "stablehlo.get_dimension_size"(%40) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %113 = "stablehlo.reshape"(%112) : (tensor<i32>) -> tensor<1xi32>
    %114 = "stablehlo.concatenate"(%111, %113) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %115 = "stablehlo.dynamic_broadcast_in_dim"(%15, %114) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %116 = "stablehlo.add"(%109, %115) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %117 = "stablehlo.multiply"(%116, %40) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %118 = "stablehlo.get_dimension_size"(%40) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %119 = "stablehlo.reshape"(%118) : (tensor<i32>) -> tensor<1xi32>
    %120 = "stablehlo.get_dimension_size"(%40) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %121 = "stablehlo.reshape"(%120) : (tensor<i32>) -> tensor<1xi32>
    %122 = "stablehlo.concatenate"(%119, %121) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %123 = "stablehlo.dynamic_broadcast_in_dim"(%14, %122) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %124 = "stablehlo.add"(%117, %123) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %125 = "stablehlo.multiply"(%124, %40) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %126 = "stablehlo.get_dimension_size"(%40) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %127 = "stablehlo.reshape"(%126) : (tensor<i32>) -> tensor<1xi32>
    %128 = "stablehlo.get_dimension_size"(%40) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %129 = "stablehlo.reshape"(%128) : (tensor<i32>) -> tensor<1xi32>
    %130 = "stablehlo.concatenate"(%127, %129) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %131 = "stablehlo.dynamic_broadcast_in_dim"(%13, %130) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %132 = "stablehlo.add"(%125, %131) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %133 = "stablehlo.multiply"(%39, %94) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %134 = "stablehlo.divide"(%133, %132) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %135 = "stablehlo.get_dimension_size"(%39) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %136 = "stablehlo.reshape"(%135) : (tensor<i32>) -> tensor<1xi32>
    %137 = "stablehlo.get_dimension_size"(%39) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %138 = "stablehlo.reshape"(%137) : (tensor<i32>) -> tensor<1xi32>
    %139 = "stablehlo.concatenate"(%136, %138) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %140 = "stablehlo.dynamic_broadcast_in_dim"(%12, %139) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %141 = "stablehlo.get_dimension_size"(%39) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %142 = "stablehlo.reshape"(%141) : (tensor<i32>) -> tensor<1xi32>
    %143 = "stablehlo.get_dimension_size"(%39) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %144 = "stablehlo.reshape"(%143) : (tensor<i32>) -> tensor<1xi32>
    %145 = "stablehlo.concatenate"(%142, %144) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %146 = "stablehlo.dynamic_broadcast_in_dim"(%11, %145) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %147 = "stablehlo.clamp"(%140, %134, %146) : (tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    "func.return"(%147) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x4xf32>, tensor<f32>, tensor<f32>) -> tensor<?x4xf32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x4xf32>, %arg2: tensor<f32>, %arg3: tensor<f32>):
    %0 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %1 = "stablehlo.convert"(%arg2) : (tensor<f32>) -> tensor<f32>
    %2 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %3 = "stablehlo.concatenate"(%2, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %4 = "stablehlo.dynamic_broadcast_in_dim"(%1, %3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %5 = "stablehlo.maximum"(%4, %arg1) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %6 = "stablehlo.convert"(%arg3) : (tensor<f32>) -> tensor<f32>
    %7 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %8 = "stablehlo.concatenate"(%7, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %9 = "stablehlo.dynamic_broadcast_in_dim"(%6, %8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %10 = "stablehlo.minimum"(%9, %5) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    "func.return"(%10) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
