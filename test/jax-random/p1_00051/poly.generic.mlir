"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg20: tensor<?x24xf32>, %arg21: tensor<24xf32>, %arg22: tensor<24x24xf32>, %arg23: tensor<24xi32>):
    %195 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %196 = "stablehlo.get_dimension_size"(%arg20) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %197 = "stablehlo.compare"(%196, %195) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%197, %196) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 24). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %198 = "func.call"(%196, %arg20, %arg21, %arg22, %arg23) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    "func.return"(%198) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<i32>, %arg12: tensor<?x24xf32>, %arg13: tensor<24xf32>, %arg14: tensor<24x24xf32>, %arg15: tensor<24xi32>):
    %153 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %154 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %155 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %156 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %157 = "stablehlo.constant"() <{value = dense<2.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %158 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %159 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %160 = "stablehlo.reduce"(%arg12, %159) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg18: tensor<f32>, %arg19: tensor<f32>):
      %194 = "stablehlo.add"(%arg18, %arg19) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%194) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %161 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %162 = "stablehlo.concatenate"(%161, %158) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %163 = "stablehlo.dynamic_broadcast_in_dim"(%160, %162) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %164 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %165 = "stablehlo.concatenate"(%164, %158) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %166 = "stablehlo.dynamic_broadcast_in_dim"(%157, %165) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %167 = "stablehlo.divide"(%163, %166) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %168 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %169 = "stablehlo.concatenate"(%168, %156) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %170 = "stablehlo.dynamic_broadcast_in_dim"(%167, %169) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %171 = "stablehlo.subtract"(%arg12, %170) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %172 = "stablehlo.reduce"(%171, %155) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg16: tensor<f32>, %arg17: tensor<f32>):
      %193 = "stablehlo.maximum"(%arg16, %arg17) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%193) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %173 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %174 = "stablehlo.concatenate"(%173, %158) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %175 = "stablehlo.dynamic_broadcast_in_dim"(%172, %174) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %176 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %177 = "stablehlo.concatenate"(%176, %156) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %178 = "stablehlo.dynamic_broadcast_in_dim"(%175, %177) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %179 = "stablehlo.subtract"(%171, %178) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %180 = "stablehlo.composite"(%179) <{decomposition = @chlo.erf.impl, name = "chlo.erf", version = 1 : i32}> : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %181 = "stablehlo.tanh"(%180) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %182 = "stablehlo.tanh"(%181) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %183 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %184 = "stablehlo.concatenate"(%183, %156) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %185 = "stablehlo.dynamic_broadcast_in_dim"(%154, %184) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %186 = "stablehlo.multiply"(%182, %185) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %187 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %188 = "stablehlo.concatenate"(%187, %156) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %189 = "stablehlo.dynamic_broadcast_in_dim"(%153, %188) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %190 = "stablehlo.add"(%186, %189) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %191 = "func.call"(%arg11, %190) <{callee = @cumprod}> : (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %192 = "func.call"(%arg11, %191) <{callee = @sort}> : (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%192) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x24xf32>) -> tensor<?x24xf32>, sym_name = "chlo.erf.impl", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<?x24xf32>):
    %16 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %18 = "stablehlo.constant"() <{value = dense<-0.0142647391> : tensor<f32>}> : () -> tensor<f32>
    %19 = "stablehlo.constant"() <{value = dense<-0.00737332925> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.constant"() <{value = dense<-0.00168282702> : tensor<f32>}> : () -> tensor<f32>
    %21 = "stablehlo.constant"() <{value = dense<-2.13374049E-4> : tensor<f32>}> : () -> tensor<f32>
    %22 = "stablehlo.constant"() <{value = dense<-1.45660715E-5> : tensor<f32>}> : () -> tensor<f32>
    %23 = "stablehlo.constant"() <{value = dense<-0.0160960332> : tensor<f32>}> : () -> tensor<f32>
    %24 = "stablehlo.constant"() <{value = dense<-2.954600e-03> : tensor<f32>}> : () -> tensor<f32>
    %25 = "stablehlo.constant"() <{value = dense<-7.34990637E-4> : tensor<f32>}> : () -> tensor<f32>
    %26 = "stablehlo.constant"() <{value = dense<-5.69250624E-5> : tensor<f32>}> : () -> tensor<f32>
    %27 = "stablehlo.constant"() <{value = dense<-2.10102394E-6> : tensor<f32>}> : () -> tensor<f32>
    %28 = "stablehlo.constant"() <{value = dense<2.77068146E-8> : tensor<f32>}> : () -> tensor<f32>
    %29 = "stablehlo.constant"() <{value = dense<-2.72614237E-10> : tensor<f32>}> : () -> tensor<f32>
    %30 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %31 = "stablehlo.constant"() <{value = dense<-4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %32 = "stablehlo.get_dimension_size"(%arg10) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %33 = "stablehlo.reshape"(%32) : (tensor<i32>) -> tensor<1xi32>
    %34 = "stablehlo.get_dimension_size"(%arg10) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %35 = "stablehlo.reshape"(%34) : (tensor<i32>) -> tensor<1xi32>
    %36 = "stablehlo.concatenate"(%33, %35) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %37 = "stablehlo.dynamic_broadcast_in_dim"(%31, %36) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %38 = "stablehlo.get_dimension_size"(%arg10) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %39 = "stablehlo.reshape"(%38) : (tensor<i32>) -> tensor<1xi32>
    %40 = "stablehlo.get_dimension_size"(%arg10) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %41 = "stablehlo.reshape"(%40) : (tensor<i32>) -> tensor<1xi32>
    %42 = "stablehlo.concatenate"(%39, %41) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %43 = "stablehlo.dynamic_broadcast_in_dim"(%30, %42) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %44 = "stablehlo.clamp"(%37, %arg10, %43) : (tensor<?x24xf32>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %45 = "stablehlo.multiply"(%44, %44) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %46 = "stablehlo.get_dimension_size"(%45) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %47 = "stablehlo.reshape"(%46) : (tensor<i32>) -> tensor<1xi32>
    %48 = "stablehlo.get_dimension_size"(%45) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %49 = "stablehlo.reshape"(%48) : (tensor<i32>) -> tensor<1xi32>
    %50 = "stablehlo.concatenate"(%47, %49) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %51 = "stablehlo.dynamic_broadcast_in_dim"(%29, %50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %52 = "stablehlo.multiply"(%51, %45) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %53 = "stablehlo.get_dimension_size"(%45) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %54 = "stablehlo.reshape"(%53) : (tensor<i32>) -> tensor<1xi32>
    %55 = "stablehlo.get_dimension_size"(%45) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %56 = "stablehlo.reshape"(%55) : (tensor<i32>) -> tensor<1xi32>
    %57 = "stablehlo.concatenate"(%54, %56) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %58 = "stablehlo.dynamic_broadcast_in_dim"(%28, %57) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %59 = "stablehlo.add"(%52, %58) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %60 = "stablehlo.multiply"(%59, %45) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %61 = "stablehlo.get_dimension_size"(%45) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %62 = "stablehlo.reshape"(%61) : (tensor<i32>) -> tensor<1xi32>
    %63 = "stablehlo.get_dimension_size"(%45) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %64 = "stablehlo.reshape"(%63) : (tensor<i32>) -> tensor<1xi32>
    %65 = "stablehlo.concatenate"(%62, %64) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %66 = "stablehlo.dynamic_broadcast_in_dim"(%27, %65) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %67 = "stablehlo.add"(%60, %66) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %68 = "stablehlo.multiply"(%67, %45) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %69 = "stablehlo.get_dimension_size"(%45) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %70 = "stablehlo.reshape"(%69) : (tensor<i32>) -> tensor<1xi32>
    %71 = "stablehlo.get_dimension_size"(%45) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %72 = "stablehlo.reshape"(%71) : (tensor<i32>) -> tensor<1xi32>
    %73 = "stablehlo.concatenate"(%70, %72) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %74 = "stablehlo.dynamic_broadcast_in_dim"(%26, %73) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %75 = "stablehlo.add"(%68, %74) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %76 = "stablehlo.multiply"(%75, %45) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %77 = "stablehlo.get_dimension_size"(%45) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %78 = "stablehlo.reshape"(%77) : (tensor<i32>) -> tensor<1xi32>
    %79 = "stablehlo.get_dimension_size"(%45) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %80 = "stablehlo.reshape"(%79) : (tensor<i32>) -> tensor<1xi32>
    %81 = "stablehlo.concatenate"(%78, %80) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %82 = "stablehlo.dynamic_broadcast_in_dim"(%25, %81) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %83 = "stablehlo.add"(%76, %82) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %84 = "stablehlo.multiply"(%83, %45) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %85 = "stablehlo.get_dimension_size"(%45) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %86 = "stablehlo.reshape"(%85) : (tensor<i32>) -> tensor<1xi32>
    %87 = "stablehlo.get_dimension_size"(%45) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %88 = "stablehlo.reshape"(%87) : (tensor<i32>) -> tensor<1xi32>
    %89 = "stablehlo.concatenate"(%86, %88) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %90 = "stablehlo.dynamic_broadcast_in_dim"(%24, %89) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %91 = "stablehlo.add"(%84, %90) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %92 = "stablehlo.multiply"(%91, %45) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %93 = "stablehlo.get_dimension_size"(%45) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %94 = "stablehlo.reshape"(%93) : (tensor<i32>) -> tensor<1xi32>
    %95 = "stablehlo.get_dimension_size"(%45) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %96 = "stablehlo.reshape"(%95) : (tensor<i32>) -> tensor<1xi32>
    %97 = "stablehlo.concatenate"(%94, %96) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %98 = "stablehlo.dynamic_broadcast_in_dim"(%23, %97) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %99 = "stablehlo.add"(%92, %98) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %100 = "stablehlo.get_dimension_size"(%45) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %101 = "stablehlo.reshape"(%100) : (tensor<i32>) -> tensor<1xi32>
    %102 = "stablehlo.get_dimension_size"(%45) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %103 = "stablehlo.reshape"(%102) : (tensor<i32>) -> tensor<1xi32>
    %104 = "stablehlo.concatenate"(%101, %103) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %105 = "stablehlo.dynamic_broadcast_in_dim"(%22, %104) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %106 = "stablehlo.multiply"(%105, %45) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %107 = "stablehlo.get_dimension_size"(%45) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %108 = "stablehlo.reshape"(%107) : (tensor<i32>) -> tensor<1xi32>
    %109 = "stablehlo.get_dimension_size"(%45) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %110 = "stablehlo.reshape"(%109) : (tensor<i32>) -> tensor<1xi32>
    %111 = "stablehlo.concatenate"(%108, %110) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %112 = "stablehlo.dynamic_broadcast_in_dim"(%21, %111) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %113 = "stablehlo.add"(%106, %112) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %114 = "stablehlo.multiply"(%113, %45) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %115 = "stablehlo.get_dimension_size"(%45) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %116 = "stablehlo.reshape"(%115) : (tensor<i32>) -> tensor<1xi32>
    %117 = "stablehlo.get_dimension_size"(%45) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %118 = "stablehlo.reshape"(%117) : (tensor<i32>) -> tensor<1xi32>
    %119 = "stablehlo.concatenate"(%116, %118) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %120 = "stablehlo.dynamic_broadcast_in_dim"(%20, %119) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %121 = "stablehlo.add"(%114, %120) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %122 = "stablehlo.multiply"(%121, %45) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %123 = "stablehlo.get_dimension_size"(%45) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %124 = "stablehlo.reshape"(%123) : (tensor<i32>) -> tensor<1xi32>
    %125 = "stablehlo.get_dimension_size"(%45) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %126 = "stablehlo.reshape"(%125) : (tensor<i32>) -> tensor<1xi32>
    %127 = "stablehlo.concatenate"(%124, %126) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %128 = "stablehlo.dynamic_broadcast_in_dim"(%19, %127) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %129 = "stablehlo.add"(%122, %128) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %130 = "stablehlo.multiply"(%129, %45) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %131 = "stablehlo.get_dimension_size"(%45) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %132 = "stablehlo.reshape"(%131) : (tensor<i32>) -> tensor<1xi32>
    %133 = "stablehlo.get_dimension_size"(%45) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %134 = "stablehlo.reshape"(%133) : (tensor<i32>) -> tensor<1xi32>
    %135 = "stablehlo.concatenate"(%132, %134) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %136 = "stablehlo.dynamic_broadcast_in_dim"(%18, %135) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %137 = "stablehlo.add"(%130, %136) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %138 = "stablehlo.multiply"(%44, %99) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %139 = "stablehlo.divide"(%138, %137) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %140 = "stablehlo.get_dimension_size"(%44) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %141 = "stablehlo.reshape"(%140) : (tensor<i32>) -> tensor<1xi32>
    %142 = "stablehlo.get_dimension_size"(%44) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %143 = "stablehlo.reshape"(%142) : (tensor<i32>) -> tensor<1xi32>
    %144 = "stablehlo.concatenate"(%141, %143) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %145 = "stablehlo.dynamic_broadcast_in_dim"(%17, %144) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %146 = "stablehlo.get_dimension_size"(%44) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %147 = "stablehlo.reshape"(%146) : (tensor<i32>) -> tensor<1xi32>
    %148 = "stablehlo.get_dimension_size"(%44) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %149 = "stablehlo.reshape"(%148) : (tensor<i32>) -> tensor<1xi32>
    %150 = "stablehlo.concatenate"(%147, %149) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %151 = "stablehlo.dynamic_broadcast_in_dim"(%16, %150) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %152 = "stablehlo.clamp"(%145, %139, %151) : (tensor<?x24xf32>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%152) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>, sym_name = "cumprod", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<i32>, %arg9: tensor<?x24xf32>):
    %15 = "func.call"(%arg8, %arg9) <{callee = @cumprod_0}> : (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%15) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>, sym_name = "cumprod_0", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<?x24xf32>):
    %12 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %13 = "stablehlo.reduce_window"(%arg5, %12) <{padding = dense<[[0, 0], [23, 0]]> : tensor<2x2xi64>, window_dimensions = array<i64: 1, 24>}> ({
    ^bb0(%arg6: tensor<f32>, %arg7: tensor<f32>):
      %14 = "stablehlo.multiply"(%arg6, %arg7) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%14) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?x24xf32>
    "func.return"(%13) : (tensor<?x24xf32>) -> ()
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
