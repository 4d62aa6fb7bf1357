"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg18: tensor<?x8xf32>, %arg19: tensor<8xf32>, %arg20: tensor<8x8xf32>, %arg21: tensor<8xi32>):
    %159 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %160 = "stablehlo.get_dimension_size"(%arg18) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %161 = "stablehlo.compare"(%160, %159) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%161, %160) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 8). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %162 = "func.call"(%160, %arg18, %arg19, %arg20, %arg21) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>
    "func.return"(%162) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<i32>, %arg6: tensor<?x8xf32>, %arg7: tensor<8xf32>, %arg8: tensor<8x8xf32>, %arg9: tensor<8xi32>):
    %151 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %152 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %153 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %154 = "stablehlo.composite"(%arg6) <{decomposition = @chlo.erf.impl, name = "chlo.erf", version = 1 : i32}> : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %155:4 = "stablehlo.while"(%arg7, %153, %153, %154) ({
    ^bb0(%arg14: tensor<8xf32>, %arg15: tensor<i32>, %arg16: tensor<i32>, %arg17: tensor<?x8xf32>):
      %158 = "stablehlo.compare"(%arg15, %152) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%158) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg10: tensor<8xf32>, %arg11: tensor<i32>, %arg12: tensor<i32>, %arg13: tensor<?x8xf32>):
      %156:2 = "func.call"(%arg5, %arg10, %arg12, %arg13) <{callee = @closed_call}> : (tensor<i32>, tensor<8xf32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<i32>, tensor<?x8xf32>)
      %157 = "stablehlo.add"(%arg11, %151) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg10, %157, %156#0, %156#1) : (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>) -> ()
    }) : (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>)
    "func.return"(%155#3) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x8xf32>) -> tensor<?x8xf32>, sym_name = "chlo.erf.impl", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<?x8xf32>):
    %14 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %16 = "stablehlo.constant"() <{value = dense<-0.0142647391> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.constant"() <{value = dense<-0.00737332925> : tensor<f32>}> : () -> tensor<f32>
    %18 = "stablehlo.constant"() <{value = dense<-0.00168282702> : tensor<f32>}> : () -> tensor<f32>
    %19 = "stablehlo.constant"() <{value = dense<-2.13374049E-4> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.constant"() <{value = dense<-1.45660715E-5> : tensor<f32>}> : () -> tensor<f32>
    %21 = "stablehlo.constant"() <{value = dense<-0.0160960332> : tensor<f32>}> : () -> tensor<f32>
    %22 = "stablehlo.constant"() <{value = dense<-2.954600e-03> : tensor<f32>}> : () -> tensor<f32>
    %23 = "stablehlo.constant"() <{value = dense<-7.34990637E-4> : tensor<f32>}> : () -> tensor<f32>
    %24 = "stablehlo.constant"() <{value = dense<-5.69250624E-5> : tensor<f32>}> : () -> tensor<f32>
    %25 = "stablehlo.constant"() <{value = dense<-2.10102394E-6> : tensor<f32>}> : () -> tensor<f32>
    %26 = "stablehlo.constant"() <{value = dense<2.77068146E-8> : tensor<f32>}> : () -> tensor<f32>
    %27 = "stablehlo.constant"() <{value = dense<-2.72614237E-10> : tensor<f32>}> : () -> tensor<f32>
    %28 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %29 = "stablehlo.constant"() <{value = dense<-4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %30 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %31 = "stablehlo.reshape"(%30) : (tensor<i32>) -> tensor<1xi32>
    %32 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %33 = "stablehlo.reshape"(%32) : (tensor<i32>) -> tensor<1xi32>
    %34 = "stablehlo.concatenate"(%31, %33) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %35 = "stablehlo.dynamic_broadcast_in_dim"(%29, %34) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %36 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %37 = "stablehlo.reshape"(%36) : (tensor<i32>) -> tensor<1xi32>
    %38 = "stablehlo.get_dimension_size"(%arg4) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %39 = "stablehlo.reshape"(%38) : (tensor<i32>) -> tensor<1xi32>
    %40 = "stablehlo.concatenate"(%37, %39) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %41 = "stablehlo.dynamic_broadcast_in_dim"(%28, %40) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %42 = "stablehlo.clamp"(%35, %arg4, %41) : (tensor<?x8xf32>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %43 = "stablehlo.multiply"(%42, %42) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %44 = "stablehlo.get_dimension_size"(%43) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %45 = "stablehlo.reshape"(%44) : (tensor<i32>) -> tensor<1xi32>
    %46 = "stablehlo.get_dimension_size"(%43) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %47 = "stablehlo.reshape"(%46) : (tensor<i32>) -> tensor<1xi32>
    %48 = "stablehlo.concatenate"(%45, %47) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %49 = "stablehlo.dynamic_broadcast_in_dim"(%27, %48) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %50 = "stablehlo.multiply"(%49, %43) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %51 = "stablehlo.get_dimension_size"(%43) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %52 = "stablehlo.reshape"(%51) : (tensor<i32>) -> tensor<1xi32>
    %53 = "stablehlo.get_dimension_size"(%43) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %54 = "stablehlo.reshape"(%53) : (tensor<i32>) -> tensor<1xi32>
    %55 = "stablehlo.concatenate"(%52, %54) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %56 = "stablehlo.dynamic_broadcast_in_dim"(%26, %55) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %57 = "stablehlo.add"(%50, %56) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %58 = "stablehlo.multiply"(%57, %43) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %59 = "stablehlo.get_dimension_size"(%43) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %60 = "stablehlo.reshape"(%59) : (tensor<i32>) -> tensor<1xi32>
    %61 = "stablehlo.get_dimension_size"(%43) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %62 = "stablehlo.reshape"(%61) : (tensor<i32>) -> tensor<1xi32>
    %63 = "stablehlo.concatenate"(%60, %62) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %64 = "stablehlo.dynamic_broadcast_in_dim"(%25, %63) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %65 = "stablehlo.add"(%58, %64) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %66 = "stablehlo.multiply"(%65, %43) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %67 = "stablehlo.get_dimension_size"(%43) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %68 = "stablehlo.reshape"(%67) : (tensor<i32>) -> tensor<1xi32>
    %69 = "stablehlo.get_dimension_size"(%43) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %70 = "stablehlo.reshape"(%69) : (tensor<i32>) -> tensor<1xi32>
    %71 = "stablehlo.concatenate"(%68, %70) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %72 = "stablehlo.dynamic_broadcast_in_dim"(%24, %71) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %73 = "stablehlo.add"(%66, %72) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %74 = "stablehlo.multiply"(%73, %43) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %75 = "stablehlo.get_dimension_size"(%43) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %76 = "stablehlo.reshape"(%75) : (tensor<i32>) -> tensor<1xi32>
    %77 = "stablehlo.get_dimension_size"(%43) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %78 = "stablehlo.reshape"(%77) : (tensor<i32>) -> tensor<1xi32>
    %79 = "stablehlo.concatenate"(%76, %78) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %80 = "stablehlo.dynamic_broadcast_in_dim"(%23, %79) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %81 = "stablehlo.add"(%74, %80) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %82 = "stablehlo.multiply"(%81, %43) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %83 = "stablehlo.get_dimension_size"(%43) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %84 = "stablehlo.reshape"(%83) : (tensor<i32>) -> tensor<1xi32>
    %85 = "stablehlo.get_dimension_size"(%43) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %86 = "stablehlo.reshape"(%85) : (tensor<i32>) -> tensor<1xi32>
    %87 = "stablehlo.concatenate"(%84, %86) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %88 = "stablehlo.dynamic_broadcast_in_dim"(%22, %87) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %89 = "stablehlo.add"(%82, %88) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %90 = "stablehlo.multiply"(%89, %43) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %91 = "stablehlo.get_dimension_size"(%43) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %92 = "stablehlo.reshape"(%91) : (tensor<i32>) -> tensor<1xi32>
    %93 = "stablehlo.get_dimension_size"(%43) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %94 = "stablehlo.reshape"(%93) : (tensor<i32>) -> tensor<1xi32>
    %95 = "stablehlo.concatenate"(%92, %94) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %96 = "stablehlo.dynamic_broadcast_in_dim"(%21, %95) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %97 = "stablehlo.add"(%90, %96) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %98 = "stablehlo.get_dimension_size"(%43) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %99 = "stablehlo.reshape"(%98) : (tensor<i32>) -> tensor<1xi32>
    %100 = "stablehlo.get_dimension_size"(%43) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %101 = "stablehlo.reshape"(%100) : (tensor<i32>) -> tensor<1xi32>
    %102 = "stablehlo.concatenate"(%99, %101) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %103 = "stablehlo.dynamic_broadcast_in_dim"(%20, %102) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %104 = "stablehlo.multiply"(%103, %43) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %105 = "stablehlo.get_dimension_size"(%43) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %106 = "stablehlo.reshape"(%105) : (tensor<i32>) -> tensor<1xi32>
    %107 = "stablehlo.get_dimension_size"(%43) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %108 = "stablehlo.reshape"(%107) : (tensor<i32>) -> tensor<1xi32>
    %109 = "stablehlo.concatenate"(%106, %108) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %110 = "stablehlo.dynamic_broadcast_in_dim"(%19, %109) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %111 = "stablehlo.add"(%104, %110) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %112 = "stablehlo.multiply"(%111, %43) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %113 = "stablehlo.get_dimension_size"(%43) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %114 = "stablehlo.reshape"(%113) : (tensor<i32>) -> tensor<1xi32>
    %115 = "stablehlo.get_dimension_size"(%43) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %116 = "stablehlo.reshape"(%115) : (tensor<i32>) -> tensor<1xi32>
    %117 = "stablehlo.concatenate"(%114, %116) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %118 = "stablehlo.dynamic_broadcast_in_dim"(%18, %117) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %119 = "stablehlo.add"(%112, %118) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %120 = "stablehlo.multiply"(%119, %43) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %121 = "stablehlo.get_dimension_size"(%43) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %122 = "stablehlo.reshape"(%121) : (tensor<i32>) -> tensor<1xi32>
    %123 = "stablehlo.get_dimension_size"(%43) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %124 = "stablehlo.reshape"(%123) : (tensor<i32>) -> tensor<1xi32>
    %125 = "stablehlo.concatenate"(%122, %124) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %126 = "stablehlo.dynamic_broadcast_in_dim"(%17, %125) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %127 = "stablehlo.add"(%120, %126) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %128 = "stablehlo.multiply"(%127, %43) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %129 = "stablehlo.get_dimension_size"(%43) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %130 = "stablehlo.reshape"(%129) : (tensor<i32>) -> tensor<1xi32>
    %131 = "stablehlo.get_dimension_size"(%43) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %132 = "stablehlo.reshape"(%131) : (tensor<i32>) -> tensor<1xi32>
    %133 = "stablehlo.concatenate"(%130, %132) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %134 = "stablehlo.dynamic_broadcast_in_dim"(%16, %133) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %135 = "stablehlo.add"(%128, %134) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %136 = "stablehlo.multiply"(%42, %97) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %137 = "stablehlo.divide"(%136, %135) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %138 = "stablehlo.get_dimension_size"(%42) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %139 = "stablehlo.reshape"(%138) : (tensor<i32>) -> tensor<1xi32>
    %140 = "stablehlo.get_dimension_size"(%42) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %141 = "stablehlo.reshape"(%140) : (tensor<i32>) -> tensor<1xi32>
    %142 = "stablehlo.concatenate"(%139, %141) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %143 = "stablehlo.dynamic_broadcast_in_dim"(%15, %142) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %144 = "stablehlo.get_dimension_size"(%42) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %145 = "stablehlo.reshape"(%144) : (tensor<i32>) -> tensor<1xi32>
    %146 = "stablehlo.get_dimension_size"(%42) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %147 = "stablehlo.reshape"(%146) : (tensor<i32>) -> tensor<1xi32>
    %148 = "stablehlo.concatenate"(%145, %147) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %149 = "stablehlo.dynamic_broadcast_in_dim"(%14, %148) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %150 = "stablehlo.clamp"(%143, %137, %149) : (tensor<?x8xf32>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%150) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<8xf32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<i32>, tensor<?x8xf32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<8xf32>, %arg2: tensor<i32>, %arg3: tensor<?x8xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.899999976> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %2 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.add"(%arg2, %2) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %5 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %6 = "stablehlo.concatenate"(%5, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %7 = "stablehlo.dynamic_broadcast_in_dim"(%4, %6) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x8xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %8 = "stablehlo.add"(%arg3, %7) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %9 = "stablehlo.tanh"(%8) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %10 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %11 = "stablehlo.concatenate"(%10, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %12 = "stablehlo.dynamic_broadcast_in_dim"(%0, %11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %13 = "stablehlo.multiply"(%9, %12) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%3, %13) : (tensor<i32>, tensor<?x8xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
