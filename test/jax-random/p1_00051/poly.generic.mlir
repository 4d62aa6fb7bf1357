"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg16: tensor<?x24xf32>, %arg17: tensor<24xf32>, %arg18: tensor<24x24xf32>, %arg19: tensor<24xi32>):
    %182 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %183 = "stablehlo.get_dimension_size"(%arg16) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %184 = "stablehlo.compare"(%183, %182) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%184, %183) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 24). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %185 = "func.call"(%183, %arg16, %arg17, %arg18, %arg19) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    "func.return"(%185) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<i32>, %arg6: tensor<?x24xf32>, %arg7: tensor<24xf32>, %arg8: tensor<24x24xf32>, %arg9: tensor<24xi32>):
    %149 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %150 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %151 = "stablehlo.constant"() <{value = dense<2.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %152 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %153 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %154 = "stablehlo.reduce"(%arg6, %153) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg14: tensor<f32>, %arg15: tensor<f32>):
      %181 = "stablehlo.add"(%arg14, %arg15) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%181) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %155 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %156 = "stablehlo.concatenate"(%155, %152) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %157 = "stablehlo.dynamic_broadcast_in_dim"(%154, %156) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %158 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %159 = "stablehlo.concatenate"(%158, %152) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %160 = "stablehlo.dynamic_broadcast_in_dim"(%151, %159) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %161 = "stablehlo.divide"(%157, %160) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %162 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %163 = "stablehlo.concatenate"(%162, %150) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %164 = "stablehlo.dynamic_broadcast_in_dim"(%161, %163) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %165 = "stablehlo.subtract"(%arg6, %164) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %166 = "stablehlo.reduce"(%165, %149) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg12: tensor<f32>, %arg13: tensor<f32>):
      %180 = "stablehlo.maximum"(%arg12, %arg13) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%180) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %167 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %168 = "stablehlo.concatenate"(%167, %152) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %169 = "stablehlo.dynamic_broadcast_in_dim"(%166, %168) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %170 = "stablehlo.reshape"(%arg5) : (tensor<i32>) -> tensor<1xi32>
    %171 = "stablehlo.concatenate"(%170, %150) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %172 = "stablehlo.dynamic_broadcast_in_dim"(%169, %171) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %173 = "stablehlo.subtract"(%165, %172) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %174 = "stablehlo.composite"(%173) <{decomposition = @chlo.erf.impl, name = "chlo.erf", version = 1 : i32}> : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %175 = "stablehlo.tanh"(%174) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %176 = "stablehlo.broadcast_in_dim"(%149) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
    %177 = "stablehlo.reduce_window"(%175, %176) <{padding = dense<[[0, 1], [0, 0]]> : tensor<2x2xi64>, window_dimensions = array<i64: 2, 1>}> ({
    ^bb0(%arg10: tensor<f32>, %arg11: tensor<f32>):
      %179 = "stablehlo.maximum"(%arg10, %arg11) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%179) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?x24xf32>
    %178 = "func.call"(%arg5, %177) <{callee = @sort}> : (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%178) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x24xf32>) -> tensor<?x24xf32>, sym_name = "chlo.erf.impl", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<?x24xf32>):
    %12 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %13 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %14 = "stablehlo.constant"() <{value = dense<-0.0142647391> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.constant"() <{value = dense<-0.00737332925> : tensor<f32>}> : () -> tensor<f32>
    %16 = "stablehlo.constant"() <{value = dense<-0.00168282702> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.constant"() <{value = dense<-2.13374049E-4> : tensor<f32>}> : () -> tensor<f32>
    %18 = "stablehlo.constant"() <{value = dense<-1.45660715E-5> : tensor<f32>}> : () -> tensor<f32>
    %19 = "stablehlo.constant"() <{value = dense<-0.0160960332> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.constant"() <{value = dense<-2.954600e-03> : tensor<f32>}> : () -> tensor<f32>
    %21 = "stablehlo.constant"() <{value = dense<-7.34990637E-4> : tensor<f32>}> : () -> tensor<f32>
    %22 = "stablehlo.constant"() <{value = dense<-5.69250624E-5> : tensor<f32>}> : () -> tensor<f32>
    %23 = "stablehlo.constant"() <{value = dense<-2.10102394E-6> : tensor<f32>}> : () -> tensor<f32>
    %24 = "stablehlo.constant"() <{value = dense<2.77068146E-8> : tensor<f32>}> : () -> tensor<f32>
    %25 = "stablehlo.constant"() <{value = dense<-2.72614237E-10> : tensor<f32>}> : () -> tensor<f32>
    %26 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %27 = "stablehlo.constant"() <{value = dense<-4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %28 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %29 = "stablehlo.reshape"(%28) : (tensor<i32>) -> tensor<1xi32>
    %30 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %31 = "stablehlo.reshape"(%30) : (tensor<i32>) -> tensor<1xi32>
    %32 = "stablehlo.concatenate"(%29, %31) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %33 = "stablehlo.dynamic_broadcast_in_dim"(%27, %32) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %34 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %35 = "stablehlo.reshape"(%34) : (tensor<i32>) -> tensor<1xi32>
    %36 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %37 = "stablehlo.reshape"(%36) : (tensor<i32>) -> tensor<1xi32>
    %38 = "stablehlo.concatenate"(%35, %37) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %39 = "stablehlo.dynamic_broadcast_in_dim"(%26, %38) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %40 = "stablehlo.clamp"(%33, %arg4, %39) : (tensor<?x24xf32>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %41 = "stablehlo.multiply"(%40, %40) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %42 = "stablehlo.get_dimension_size"(%41) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %43 = "stablehlo.reshape"(%42) : (tensor<i32>) -> tensor<1xi32>
    %44 = "stablehlo.get_dimension_size"(%41) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %45 = "stablehlo.reshape"(%44) : (tensor<i32>) -> tensor<1xi32>
    %46 = "stablehlo.concatenate"(%43, %45) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %47 = "stablehlo.dynamic_broadcast_in_dim"(%25, %46) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %48 = "stablehlo.multiply"(%47, %41) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %49 = "stablehlo.get_dimension_size"(%41) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %50 = "stablehlo.reshape"(%49) : (tensor<i32>) -> tensor<1xi32>
    %51 = "stablehlo.get_dimension_size"(%41) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %52 = "stablehlo.reshape"(%51) : (tensor<i32>) -> tensor<1xi32>
    %53 = "stablehlo.concatenate"(%50, %52) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %54 = "stablehlo.dynamic_broadcast_in_dim"(%24, %53) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %55 = "stablehlo.add"(%48, %54) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %56 = "stablehlo.multiply"(%55, %41) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %57 = "stablehlo.get_dimension_size"(%41) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %58 = "stablehlo.reshape"(%57) : (tensor<i32>) -> tensor<1xi32>
    %59 = "stablehlo.get_dimension_size"(%41) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %60 = "stablehlo.reshape"(%59) : (tensor<i32>) -> tensor<1xi32>
    %61 = "stablehlo.concatenate"(%58, %60) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %62 = "stablehlo.dynamic_broadcast_in_dim"(%23, %61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %63 = "stablehlo.add"(%56, %62) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %64 = "stablehlo.multiply"(%63, %41) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %65 = "stablehlo.get_dimension_size"(%41) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %66 = "stablehlo.reshape"(%65) : (tensor<i32>) -> tensor<1xi32>
    %67 = "stablehlo.get_dimension_size"(%41) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %68 = "stablehlo.reshape"(%67) : (tensor<i32>) -> tensor<1xi32>
    %69 = "stablehlo.concatenate"(%66, %68) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %70 = "stablehlo.dynamic_broadcast_in_dim"(%22, %69) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %71 = "stablehlo.add"(%64, %70) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %72 = "stablehlo.multiply"(%71, %41) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %73 = "stablehlo.get_dimension_size"(%41) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %74 = "stablehlo.reshape"(%73) : (tensor<i32>) -> tensor<1xi32>
    %75 = "stablehlo.get_dimension_size"(%41) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %76 = "stablehlo.reshape"(%75) : (tensor<i32>) -> tensor<1xi32>
    %77 = "stablehlo.concatenate"(%74, %76) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %78 = "stablehlo.dynamic_broadcast_in_dim"(%21, %77) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %79 = "stablehlo.add"(%72, %78) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %80 = "stablehlo.multiply"(%79, %41) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %81 = "stablehlo.get_dimension_size"(%41) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %82 = "stablehlo.reshape"(%81) : (tensor<i32>) -> tensor<1xi32>
    %83 = "stablehlo.get_dimension_size"(%41) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %84 = "stablehlo.reshape"(%83) : (tensor<i32>) -> tensor<1xi32>
    %85 = "stablehlo.concatenate"(%82, %84) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %86 = "stablehlo.dynamic_broadcast_in_dim"(%20, %85) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %87 = "stablehlo.add"(%80, %86) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %88 = "stablehlo.multiply"(%87, %41) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %89 = "stablehlo.get_dimension_size"(%41) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %90 = "stablehlo.reshape"(%89) : (tensor<i32>) -> tensor<1xi32>
    %91 = "stablehlo.get_dimension_size"(%41) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %92 = "stablehlo.reshape"(%91) : (tensor<i32>) -> tensor<1xi32>
    %93 = "stablehlo.concatenate"(%90, %92) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %94 = "stablehlo.dynamic_broadcast_in_dim"(%19, %93) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %95 = "stablehlo.add"(%88, %94) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %96 = "stablehlo.get_dimension_size"(%41) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %97 = "stablehlo.reshape"(%96) : (tensor<i32>) -> tensor<1xi32>
    %98 = "stablehlo.get_dimension_size"(%41) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %99 = "stablehlo.reshape"(%98) : (tensor<i32>) -> tensor<1xi32>
    %100 = "stablehlo.concatenate"(%97, %99) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %101 = "stablehlo.dynamic_broadcast_in_dim"(%18, %100) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %102 = "stablehlo.multiply"(%101, %41) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %103 = "stablehlo.get_dimension_size"(%41) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %104 = "stablehlo.reshape"(%103) : (tensor<i32>) -> tensor<1xi32>
    %105 = "stablehlo.get_dimension_size"(%41) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %106 = "stablehlo.reshape"(%105) : (tensor<i32>) -> tensor<1xi32>
    %107 = "stablehlo.concatenate"(%104, %106) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %108 = "stablehlo.dynamic_broadcast_in_dim"(%17, %107) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %109 = "stablehlo.add"(%102, %108) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %110 = "stablehlo.multiply"(%109, %41) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %111 = "stablehlo.get_dimension_size"(%41) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %112 = "stablehlo.reshape"(%111) : (tensor<i32>) -> tensor<1xi32>
    %113 = "stablehlo.get_dimension_size"(%41) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %114 = "stablehlo.reshape"(%113) : (tensor<i32>) -> tensor<1xi32>
    %115 = "stablehlo.concatenate"(%112, %114) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %116 = "stablehlo.dynamic_broadcast_in_dim"(%16, %115) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %117 = "stablehlo.add"(%110, %116) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %118 = "stablehlo.multiply"(%117, %41) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %119 = "stablehlo.get_dimension_size"(%41) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %120 = "stablehlo.reshape"(%119) : (tensor<i32>) -> tensor<1xi32>
    %121 = "stablehlo.get_dimension_size"(%41) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %122 = "stablehlo.reshape"(%121) : (tensor<i32>) -> tensor<1xi32>
    %123 = "stablehlo.concatenate"(%120, %122) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %124 = "stablehlo.dynamic_broadcast_in_dim"(%15, %123) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %125 = "stablehlo.add"(%118, %124) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %126 = "stablehlo.multiply"(%125, %41) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %127 = "stablehlo.get_dimension_size"(%41) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %128 = "stablehlo.reshape"(%127) : (tensor<i32>) -> tensor<1xi32>
    %129 = "stablehlo.get_dimension_size"(%41) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %130 = "stablehlo.reshape"(%129) : (tensor<i32>) -> tensor<1xi32>
    %131 = "stablehlo.concatenate"(%128, %130) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %132 = "stablehlo.dynamic_broadcast_in_dim"(%14, %131) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %133 = "stablehlo.add"(%126, %132) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %134 = "stablehlo.multiply"(%40, %95) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %135 = "stablehlo.divide"(%134, %133) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %136 = "stablehlo.get_dimension_size"(%40) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %137 = "stablehlo.reshape"(%136) : (tensor<i32>) -> tensor<1xi32>
    %138 = "stablehlo.get_dimension_size"(%40) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %139 = "stablehlo.reshape"(%138) : (tensor<i32>) -> tensor<1xi32>
    %140 = "stablehlo.concatenate"(%137, %139) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %141 = "stablehlo.dynamic_broadcast_in_dim"(%13, %140) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %142 = "stablehlo.get_dimension_size"(%40) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %143 = "stablehlo.reshape"(%142) : (tensor<i32>) -> tensor<1xi32>
    %144 = "stablehlo.get_dimension_size"(%40) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %145 = "stablehlo.reshape"(%144) : (tensor<i32>) -> tensor<1xi32>
    %146 = "stablehlo.concatenate"(%143, %145) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %147 = "stablehlo.dynamic_broadcast_in_dim"(%12, %146) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %148 = "stablehlo.clamp"(%141, %135, %147) : (tensor<?x24xf32>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%148) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>, sym_name = "sort", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x24xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2 = "stablehlo.sort"(%arg1) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %3 = "stablehlo.compare"(%arg2, %1) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %4 = "stablehlo.select"(%3, %1, %arg2) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %5 = "stablehlo.compare"(%arg2, %arg2) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %6 = "stablehlo.select"(%5, %0, %4) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %7 = "stablehlo.compare"(%arg3, %1) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %8 = "stablehlo.select"(%7, %1, %arg3) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %9 = "stablehlo.compare"(%arg3, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %10 = "stablehlo.select"(%9, %0, %8) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %11 = "stablehlo.compare"(%6, %10) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "stablehlo.return"(%11) : (tensor<i1>) -> ()
    }) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%2) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
