"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg49: tensor<?x24xf32>, %arg50: tensor<24xf32>, %arg51: tensor<24x24xf32>, %arg52: tensor<24xi32>):
    %168 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %169 = "stablehlo.get_dimension_size"(%arg49) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %170 = "stablehlo.compare"(%169, %168) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%170, %169) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 24). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %171 = "func.call"(%169, %arg49, %arg50, %arg51, %arg52) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    "func.return"(%171) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg36: tensor<i32>, %arg37: tensor<?x24xf32>, %arg38: tensor<24xf32>, %arg39: tensor<24x24xf32>, %arg40: tensor<24xi32>):
    %99 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %100 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %101 = "stablehlo.constant"() <{value = dense<9.99999974E-6> : tensor<f32>}> : () -> tensor<f32>
    %102 = "stablehlo.constant"() <{value = dense<2.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %103 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %104 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %105 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %106 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %107 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %108 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %109 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %110:3 = "stablehlo.while"(%arg40, %109, %arg37) ({
    ^bb0(%arg46: tensor<24xi32>, %arg47: tensor<i32>, %arg48: tensor<?x24xf32>):
      %163 = "stablehlo.slice"(%arg46) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<24xi32>) -> tensor<1xi32>
      %164 = "stablehlo.reshape"(%163) : (tensor<1xi32>) -> tensor<i32>
      %165 = "func.call"(%arg36, %164, %108) <{callee = @remainder}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %166 = "stablehlo.add"(%108, %165) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %167 = "stablehlo.compare"(%arg47, %166) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%167) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg43: tensor<24xi32>, %arg44: tensor<i32>, %arg45: tensor<?x24xf32>):
      %156 = "stablehlo.add"(%arg44, %107) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %157 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
      %158 = "stablehlo.concatenate"(%157, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %159 = "stablehlo.dynamic_broadcast_in_dim"(%106, %158) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
      %160 = "stablehlo.multiply"(%arg45, %159) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
      %161 = "stablehlo.sine"(%arg45) : (tensor<?x24xf32>) -> tensor<?x24xf32>
      %162 = "stablehlo.add"(%160, %161) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
      "stablehlo.return"(%arg43, %156, %162) : (tensor<24xi32>, tensor<i32>, tensor<?x24xf32>) -> ()
    }) : (tensor<24xi32>, tensor<i32>, tensor<?x24xf32>) -> (tensor<24xi32>, tensor<i32>, tensor<?x24xf32>)
    %111 = "stablehlo.reduce"(%110#2, %104) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg41: tensor<f32>, %arg42: tensor<f32>):
      %155 = "stablehlo.add"(%arg41, %arg42) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%155) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %112 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %113 = "stablehlo.concatenate"(%112, %103) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %114 = "stablehlo.dynamic_broadcast_in_dim"(%111, %113) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %115 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %116 = "stablehlo.concatenate"(%115, %103) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %117 = "stablehlo.dynamic_broadcast_in_dim"(%102, %116) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %118 = "stablehlo.divide"(%114, %117) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %119 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %120 = "stablehlo.concatenate"(%119, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %121 = "stablehlo.dynamic_broadcast_in_dim"(%118, %120) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %122 = "stablehlo.subtract"(%110#2, %121) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %123 = "func.call"(%arg36, %110#2, %109) <{callee = @_var}> : (tensor<i32>, tensor<?x24xf32>, tensor<i32>) -> tensor<?x1xf32>
    %124 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %125 = "stablehlo.concatenate"(%124, %103) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %126 = "stablehlo.dynamic_broadcast_in_dim"(%101, %125) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %127 = "stablehlo.add"(%123, %126) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %128 = "stablehlo.rsqrt"(%127) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %129 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %130 = "stablehlo.concatenate"(%129, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %131 = "stablehlo.dynamic_broadcast_in_dim"(%128, %130) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %132 = "stablehlo.multiply"(%122, %131) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %133 = "func.call"(%arg36, %132) <{callee = @_roll_static}> : (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %134 = "stablehlo.concatenate"(%133, %133) <{dimension = 0 : i64}> : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %135 = "stablehlo.broadcast_in_dim"(%109) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %136 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %137 = "stablehlo.concatenate"(%136, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %138 = "stablehlo.dynamic_gather"(%134, %135, %137) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x24xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x24xf32>
    %139 = "stablehlo.slice"(%arg40) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<24xi32>) -> tensor<1xi32>
    %140 = "stablehlo.reshape"(%139) : (tensor<1xi32>) -> tensor<i32>
    %141 = "func.call"(%arg36, %140, %100) <{callee = @remainder}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %142 = "stablehlo.clamp"(%109, %141, %108) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %143 = "stablehlo.case"(%142) ({
      %151 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
      %152 = "stablehlo.concatenate"(%151, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %153 = "stablehlo.dynamic_broadcast_in_dim"(%99, %152) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
      %154 = "stablehlo.add"(%138, %153) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
      "stablehlo.return"(%154) : (tensor<?x24xf32>) -> ()
    }, {
      %150 = "stablehlo.tanh"(%138) : (tensor<?x24xf32>) -> tensor<?x24xf32>
      "stablehlo.return"(%150) : (tensor<?x24xf32>) -> ()
    }, {
      %149 = "stablehlo.multiply"(%138, %138) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
      "stablehlo.return"(%149) : (tensor<?x24xf32>) -> ()
    }) : (tensor<i32>) -> tensor<?x24xf32>
    %144 = "func.call"(%arg36, %143, %109) <{callee = @_pad}> : (tensor<i32>, tensor<?x24xf32>, tensor<i32>) -> tensor<?x24xf32>
    %145 = "stablehlo.broadcast_in_dim"(%109) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %146 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %147 = "stablehlo.concatenate"(%146, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %148 = "stablehlo.dynamic_gather"(%144, %145, %147) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x24xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x24xf32>
    "func.return"(%148) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg33: tensor<i32>, %arg34: tensor<i32>, %arg35: tensor<i32>):
    %86 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %87 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %88 = "stablehlo.convert"(%arg35) : (tensor<i32>) -> tensor<i32>
    %89 = "stablehlo.compare"(%88, %87) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %90 = "func.call"(%arg33, %89, %86, %88) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %91 = "stablehlo.remainder"(%arg34, %90) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %92 = "stablehlo.compare"(%91, %87) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %93 = "stablehlo.compare"(%91, %87) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %94 = "stablehlo.compare"(%90, %87) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %95 = "stablehlo.compare"(%93, %94) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %96 = "stablehlo.and"(%95, %92) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %97 = "stablehlo.add"(%91, %90) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %98 = "stablehlo.select"(%96, %97, %91) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%98) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg29: tensor<i32>, %arg30: tensor<i1>, %arg31: tensor<i32>, %arg32: tensor<i32>):
    %85 = "stablehlo.select"(%arg30, %arg31, %arg32) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%85) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<i32>) -> tensor<?x1xf32>, sym_name = "_var", sym_visibility = "private"}> ({
  ^bb0(%arg22: tensor<i32>, %arg23: tensor<?x24xf32>, %arg24: tensor<i32>):
    %53 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %54 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %55 = "stablehlo.constant"() <{value = dense<2.400000e+01> : tensor<f32>}> : () -> tensor<f32>
    %56 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %57 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %58 = "stablehlo.reduce"(%arg23, %57) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg27: tensor<f32>, %arg28: tensor<f32>):
      %84 = "stablehlo.add"(%arg27, %arg28) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%84) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %59 = "stablehlo.reshape"(%arg22) : (tensor<i32>) -> tensor<1xi32>
    %60 = "stablehlo.concatenate"(%59, %56) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %61 = "stablehlo.dynamic_broadcast_in_dim"(%58, %60) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %62 = "stablehlo.reshape"(%arg22) : (tensor<i32>) -> tensor<1xi32>
    %63 = "stablehlo.concatenate"(%62, %56) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %64 = "stablehlo.dynamic_broadcast_in_dim"(%55, %63) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %65 = "stablehlo.divide"(%61, %64) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %66 = "stablehlo.reshape"(%arg22) : (tensor<i32>) -> tensor<1xi32>
    %67 = "stablehlo.concatenate"(%66, %54) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %68 = "stablehlo.dynamic_broadcast_in_dim"(%65, %67) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %69 = "stablehlo.subtract"(%arg23, %68) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %70 = "stablehlo.multiply"(%69, %69) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %71 = "stablehlo.convert"(%arg24) : (tensor<i32>) -> tensor<f32>
    %72 = "stablehlo.subtract"(%55, %71) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %73 = "stablehlo.reduce"(%70, %57) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg25: tensor<f32>, %arg26: tensor<f32>):
      %83 = "stablehlo.add"(%arg25, %arg26) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%83) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %74 = "stablehlo.reshape"(%arg22) : (tensor<i32>) -> tensor<1xi32>
    %75 = "stablehlo.concatenate"(%74, %56) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %76 = "stablehlo.dynamic_broadcast_in_dim"(%73, %75) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %77 = "stablehlo.reshape"(%arg22) : (tensor<i32>) -> tensor<1xi32>
    %78 = "stablehlo.concatenate"(%77, %56) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %79 = "stablehlo.dynamic_broadcast_in_dim"(%72, %78) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %80 = "stablehlo.divide"(%76, %79) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %81 = "stablehlo.compare"(%72, %57) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %82 = "func.call"(%arg22, %81, %80, %53) <{callee = @_where_0}> : (tensor<i32>, tensor<i1>, tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>
    "func.return"(%82) : (tensor<?x1xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<?x1xf32>, tensor<f32>) -> tensor<?x1xf32>, sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg18: tensor<i32>, %arg19: tensor<i1>, %arg20: tensor<?x1xf32>, %arg21: tensor<f32>):
    %47 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %48 = "stablehlo.convert"(%arg21) : (tensor<f32>) -> tensor<f32>
    %49 = "stablehlo.reshape"(%arg18) : (tensor<i32>) -> tensor<1xi32>
    %50 = "stablehlo.concatenate"(%49, %47) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %51 = "stablehlo.dynamic_broadcast_in_dim"(%48, %50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %52 = "stablehlo.select"(%arg19, %arg20, %51) : (tensor<i1>, tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    "func.return"(%52) : (tensor<?x1xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>, sym_name = "_roll_static", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<i32>, %arg17: tensor<?x24xf32>):
    %29 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %30 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %31 = "stablehlo.constant"() <{value = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
    %32 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %33:2 = "func.call"(%arg16, %32, %arg16) <{callee = @divmod}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>)
    %34 = "stablehlo.reshape"(%33#1) : (tensor<i32>) -> tensor<1xi32>
    %35 = "stablehlo.concatenate"(%34, %31) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %36 = "stablehlo.reshape"(%arg16) : (tensor<i32>) -> tensor<1xi32>
    %37 = "stablehlo.concatenate"(%36, %30) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %38 = "stablehlo.concatenate"(%29, %29) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %39 = "stablehlo.real_dynamic_slice"(%arg17, %35, %37, %38) : (tensor<?x24xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<?x24xf32>
    %40 = "stablehlo.concatenate"(%31, %31) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %41:2 = "func.call"(%arg16, %32, %arg16) <{callee = @divmod}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>)
    %42 = "stablehlo.reshape"(%41#1) : (tensor<i32>) -> tensor<1xi32>
    %43 = "stablehlo.concatenate"(%42, %30) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %44 = "stablehlo.concatenate"(%29, %29) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %45 = "stablehlo.real_dynamic_slice"(%arg17, %40, %43, %44) : (tensor<?x24xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<?x24xf32>
    %46 = "stablehlo.concatenate"(%39, %45) <{dimension = 0 : i64}> : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%46) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>), sym_name = "divmod", sym_visibility = "private"}> ({
  ^bb0(%arg13: tensor<i32>, %arg14: tensor<i32>, %arg15: tensor<i32>):
    %26 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
    %27 = "func.call"(%arg13, %arg14, %26) <{callee = @floor_divide}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %28 = "func.call"(%arg13, %arg14, %26) <{callee = @remainder_2}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%27, %28) : (tensor<i32>, tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<i32>, %arg11: tensor<i32>, %arg12: tensor<i32>):
    %15 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %16 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %17 = "stablehlo.divide"(%arg11, %arg12) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %18 = "stablehlo.sign"(%arg11) : (tensor<i32>) -> tensor<i32>
    %19 = "stablehlo.sign"(%arg12) : (tensor<i32>) -> tensor<i32>
    %20 = "stablehlo.compare"(%18, %19) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %21 = "stablehlo.remainder"(%arg11, %arg12) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %22 = "stablehlo.compare"(%21, %16) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %23 = "stablehlo.and"(%20, %22) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %24 = "stablehlo.subtract"(%17, %15) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %25 = "func.call"(%arg10, %23, %24, %17) <{callee = @_where_1}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%25) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where_1", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<i32>, %arg7: tensor<i1>, %arg8: tensor<i32>, %arg9: tensor<i32>):
    %14 = "stablehlo.select"(%arg7, %arg8, %arg9) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%14) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "remainder_2", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<i32>, %arg4: tensor<i32>, %arg5: tensor<i32>):
    %2 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %4 = "stablehlo.compare"(%arg5, %3) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = "func.call"(%arg3, %4, %2, %arg5) <{callee = @_where_1}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.remainder"(%arg4, %5) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %7 = "stablehlo.compare"(%6, %3) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %8 = "stablehlo.compare"(%6, %3) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %9 = "stablehlo.compare"(%5, %3) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %10 = "stablehlo.compare"(%8, %9) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %11 = "stablehlo.and"(%10, %7) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %12 = "stablehlo.add"(%6, %5) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %13 = "stablehlo.select"(%11, %12, %6) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%13) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<i32>) -> tensor<?x24xf32>, sym_name = "_pad", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x24xf32>, %arg2: tensor<i32>):
    %0 = "stablehlo.convert"(%arg2) : (tensor<i32>) -> tensor<f32>
    %1 = "stablehlo.pad"(%arg1, %0) <{edge_padding_high = array<i64: 0, 0>, edge_padding_low = array<i64: 1, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<?x24xf32>, tensor<f32>) -> tensor<?x24xf32>
    "func.return"(%1) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
