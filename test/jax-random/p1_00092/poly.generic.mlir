"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg63: tensor<?x16xf32>, %arg64: tensor<16xf32>, %arg65: tensor<16x16xf32>, %arg66: tensor<16xi32>):
    %412 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %413 = "stablehlo.get_dimension_size"(%arg63) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %414 = "stablehlo.compare"(%413, %412) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%414, %413) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 16). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %415 = "func.call"(%413, %arg63, %arg64, %arg65, %arg66) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>
    "func.return"(%415) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg50: tensor<i32>, %arg51: tensor<?x16xf32>, %arg52: tensor<16xf32>, %arg53: tensor<16x16xf32>, %arg54: tensor<16xi32>):
    %376 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %377 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %378 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %379 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %380 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %381 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %382 = "stablehlo.constant"() <{value = dense<696> : tensor<i32>}> : () -> tensor<i32>
    %383 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %384 = "stablehlo.shift_right_logical"(%382, %383) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %385 = "stablehlo.convert"(%384) : (tensor<i32>) -> tensor<ui32>
    %386 = "stablehlo.broadcast_in_dim"(%385) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %387 = "stablehlo.and"(%382, %381) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %388 = "stablehlo.convert"(%387) : (tensor<i32>) -> tensor<ui32>
    %389 = "stablehlo.broadcast_in_dim"(%388) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %390 = "stablehlo.concatenate"(%386, %389) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %391 = "func.call"(%arg50, %390) <{callee = @_normal}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x16xf32>
    %392 = "stablehlo.reshape"(%arg50) : (tensor<i32>) -> tensor<1xi32>
    %393 = "stablehlo.concatenate"(%392, %379) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %394 = "stablehlo.dynamic_broadcast_in_dim"(%380, %393) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %395 = "stablehlo.multiply"(%394, %391) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %396 = "stablehlo.add"(%arg51, %395) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %397 = "stablehlo.broadcast_in_dim"(%378) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16xf32>
    %398 = "stablehlo.reshape"(%arg50) : (tensor<i32>) -> tensor<1xi32>
    %399 = "stablehlo.concatenate"(%398, %379) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %400 = "stablehlo.dynamic_broadcast_in_dim"(%378, %399) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %401:4 = "stablehlo.while"(%396, %377, %397, %400) ({
    ^bb0(%arg59: tensor<?x16xf32>, %arg60: tensor<i32>, %arg61: tensor<16xf32>, %arg62: tensor<?x16xf32>):
      %411 = "stablehlo.compare"(%arg60, %arg50) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%411) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg55: tensor<?x16xf32>, %arg56: tensor<i32>, %arg57: tensor<16xf32>, %arg58: tensor<?x16xf32>):
      %407 = "func.call"(%arg50, %arg55, %arg56) <{callee = @dynamic_index_in_dim}> : (tensor<i32>, tensor<?x16xf32>, tensor<i32>) -> tensor<16xf32>
      %408:2 = "func.call"(%arg50, %arg57, %407) <{callee = @closed_call_0}> : (tensor<i32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<16xf32>, tensor<16xf32>)
      %409 = "func.call"(%arg50, %arg58, %408#1, %arg56) <{callee = @dynamic_update_index_in_dim}> : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<i32>) -> tensor<?x16xf32>
      %410 = "stablehlo.add"(%arg56, %376) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg55, %410, %408#0, %409) : (tensor<?x16xf32>, tensor<i32>, tensor<16xf32>, tensor<?x16xf32>) -> ()
    }) : (tensor<?x16xf32>, tensor<i32>, tensor<16xf32>, tensor<?x16xf32>) -> (tensor<?x16xf32>, tensor<i32>, tensor<16xf32>, tensor<?x16xf32>)
    %402 = "stablehlo.broadcast_in_dim"(%arg52) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xf32>) -> tensor<1x16xf32>
    %403 = "stablehlo.reshape"(%arg50) : (tensor<i32>) -> tensor<1xi32>
    %404 = "stablehlo.concatenate"(%403, %379) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %405 = "stablehlo.dynamic_broadcast_in_dim"(%402, %404) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %406 = "stablehlo.subtract"(%401#3, %405) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%406) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x16xf32>, sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg48: tensor<i32>, %arg49: tensor<2xui32>):
    %375 = "func.call"(%arg48, %arg49) <{callee = @_normal_real}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x16xf32>
    "func.return"(%375) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x16xf32>, sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg46: tensor<i32>, %arg47: tensor<2xui32>):
    %167 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %168 = "stablehlo.constant"() <{value = dense<2.83297682> : tensor<f32>}> : () -> tensor<f32>
    %169 = "stablehlo.constant"() <{value = dense<1.50140941> : tensor<f32>}> : () -> tensor<f32>
    %170 = "stablehlo.constant"() <{value = dense<1.00167406> : tensor<f32>}> : () -> tensor<f32>
    %171 = "stablehlo.constant"() <{value = dense<0.246640727> : tensor<f32>}> : () -> tensor<f32>
    %172 = "stablehlo.constant"() <{value = dense<0.00943887047> : tensor<f32>}> : () -> tensor<f32>
    %173 = "stablehlo.constant"() <{value = dense<-0.00417768164> : tensor<f32>}> : () -> tensor<f32>
    %174 = "stablehlo.constant"() <{value = dense<-0.0076224613> : tensor<f32>}> : () -> tensor<f32>
    %175 = "stablehlo.constant"() <{value = dense<-0.00125372503> : tensor<f32>}> : () -> tensor<f32>
    %176 = "stablehlo.constant"() <{value = dense<0.00573950773> : tensor<f32>}> : () -> tensor<f32>
    %177 = "stablehlo.constant"() <{value = dense<2.1858087E-4> : tensor<f32>}> : () -> tensor<f32>
    %178 = "stablehlo.constant"() <{value = dense<-0.00367342844> : tensor<f32>}> : () -> tensor<f32>
    %179 = "stablehlo.constant"() <{value = dense<-4.39150654E-6> : tensor<f32>}> : () -> tensor<f32>
    %180 = "stablehlo.constant"() <{value = dense<0.00134934322> : tensor<f32>}> : () -> tensor<f32>
    %181 = "stablehlo.constant"() <{value = dense<-3.5233877E-6> : tensor<f32>}> : () -> tensor<f32>
    %182 = "stablehlo.constant"() <{value = dense<1.00950558E-4> : tensor<f32>}> : () -> tensor<f32>
    %183 = "stablehlo.constant"() <{value = dense<3.43273939E-7> : tensor<f32>}> : () -> tensor<f32>
    %184 = "stablehlo.constant"() <{value = dense<-2.00214257E-4> : tensor<f32>}> : () -> tensor<f32>
    %185 = "stablehlo.constant"() <{value = dense<2.81022636E-8> : tensor<f32>}> : () -> tensor<f32>
    %186 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %187 = "stablehlo.constant"() <{value = dense<2.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %188 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %189 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %190 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %191 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %192 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %193 = "func.call"(%arg46, %arg47, %191, %192) <{callee = @_uniform}> : (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x16xf32>
    %194 = "stablehlo.negate"(%193) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %195 = "stablehlo.multiply"(%193, %194) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %196 = "stablehlo.log_plus_one"(%195) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %197 = "stablehlo.negate"(%196) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %198 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %199 = "stablehlo.reshape"(%198) : (tensor<i32>) -> tensor<1xi32>
    %200 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %201 = "stablehlo.reshape"(%200) : (tensor<i32>) -> tensor<1xi32>
    %202 = "stablehlo.concatenate"(%199, %201) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %203 = "stablehlo.dynamic_broadcast_in_dim"(%188, %202) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %204 = "stablehlo.compare"(%197, %203) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xi1>
    %205 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %206 = "stablehlo.reshape"(%205) : (tensor<i32>) -> tensor<1xi32>
    %207 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %208 = "stablehlo.reshape"(%207) : (tensor<i32>) -> tensor<1xi32>
    %209 = "stablehlo.concatenate"(%206, %208) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %210 = "stablehlo.dynamic_broadcast_in_dim"(%187, %209) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %211 = "stablehlo.subtract"(%197, %210) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %212 = "stablehlo.sqrt"(%197) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %213 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %214 = "stablehlo.reshape"(%213) : (tensor<i32>) -> tensor<1xi32>
    %215 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %216 = "stablehlo.reshape"(%215) : (tensor<i32>) -> tensor<1xi32>
    %217 = "stablehlo.concatenate"(%214, %216) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %218 = "stablehlo.dynamic_broadcast_in_dim"(%186, %217) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %219 = "stablehlo.subtract"(%212, %218) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %220 = "stablehlo.select"(%204, %211, %219) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %221 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %222 = "stablehlo.reshape"(%221) : (tensor<i32>) -> tensor<1xi32>
    %223 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %224 = "stablehlo.reshape"(%223) : (tensor<i32>) -> tensor<1xi32>
    %225 = "stablehlo.concatenate"(%222, %224) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %226 = "stablehlo.dynamic_broadcast_in_dim"(%185, %225) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %227 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %228 = "stablehlo.reshape"(%227) : (tensor<i32>) -> tensor<1xi32>
    %229 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %230 = "stablehlo.reshape"(%229) : (tensor<i32>) -> tensor<1xi32>
    %231 = "stablehlo.concatenate"(%228, %230) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %232 = "stablehlo.dynamic_broadcast_in_dim"(%184, %231) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %233 = "stablehlo.select"(%204, %226, %232) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %234 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %235 = "stablehlo.reshape"(%234) : (tensor<i32>) -> tensor<1xi32>
    %236 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %237 = "stablehlo.reshape"(%236) : (tensor<i32>) -> tensor<1xi32>
    %238 = "stablehlo.concatenate"(%235, %237) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %239 = "stablehlo.dynamic_broadcast_in_dim"(%183, %238) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %240 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %241 = "stablehlo.reshape"(%240) : (tensor<i32>) -> tensor<1xi32>
    %242 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %243 = "stablehlo.reshape"(%242) : (tensor<i32>) -> tensor<1xi32>
    %244 = "stablehlo.concatenate"(%241, %243) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %245 = "stablehlo.dynamic_broadcast_in_dim"(%182, %244) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %246 = "stablehlo.select"(%204, %239, %245) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %247 = "stablehlo.multiply"(%233, %220) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %248 = "stablehlo.add"(%246, %247) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %249 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %250 = "stablehlo.reshape"(%249) : (tensor<i32>) -> tensor<1xi32>
    %251 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %252 = "stablehlo.reshape"(%251) : (tensor<i32>) -> tensor<1xi32>
    %253 = "stablehlo.concatenate"(%250, %252) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %254 = "stablehlo.dynamic_broadcast_in_dim"(%181, %253) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %255 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %256 = "stablehlo.reshape"(%255) : (tensor<i32>) -> tensor<1xi32>
    %257 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %258 = "stablehlo.reshape"(%257) : (tensor<i32>) -> tensor<1xi32>
    %259 = "stablehlo.concatenate"(%256, %258) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %260 = "stablehlo.dynamic_broadcast_in_dim"(%180, %259) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %261 = "stablehlo.select"(%204, %254, %260) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %262 = "stablehlo.multiply"(%248, %220) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %263 = "stablehlo.add"(%261, %262) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %264 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %265 = "stablehlo.reshape"(%264) : (tensor<i32>) -> tensor<1xi32>
    %266 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %267 = "stablehlo.reshape"(%266) : (tensor<i32>) -> tensor<1xi32>
    %268 = "stablehlo.concatenate"(%265, %267) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %269 = "stablehlo.dynamic_broadcast_in_dim"(%179, %268) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %270 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %271 = "stablehlo.reshape"(%270) : (tensor<i32>) -> tensor<1xi32>
    %272 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %273 = "stablehlo.reshape"(%272) : (tensor<i32>) -> tensor<1xi32>
    %274 = "stablehlo.concatenate"(%271, %273) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %275 = "stablehlo.dynamic_broadcast_in_dim"(%178, %274) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %276 = "stablehlo.select"(%204, %269, %275) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %277 = "stablehlo.multiply"(%263, %220) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %278 = "stablehlo.add"(%276, %277) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %279 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %280 = "stablehlo.reshape"(%279) : (tensor<i32>) -> tensor<1xi32>
    %281 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %282 = "stablehlo.reshape"(%281) : (tensor<i32>) -> tensor<1xi32>
    %283 = "stablehlo.concatenate"(%280, %282) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %284 = "stablehlo.dynamic_broadcast_in_dim"(%177, %283) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %285 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %286 = "stablehlo.reshape"(%285) : (tensor<i32>) -> tensor<1xi32>
    %287 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %288 = "stablehlo.reshape"(%287) : (tensor<i32>) -> tensor<1xi32>
    %289 = "stablehlo.concatenate"(%286, %288) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %290 = "stablehlo.dynamic_broadcast_in_dim"(%176, %289) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %291 = "stablehlo.select"(%204, %284, %290) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %292 = "stablehlo.multiply"(%278, %220) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %293 = "stablehlo.add"(%291, %292) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %294 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %295 = "stablehlo.reshape"(%294) : (tensor<i32>) -> tensor<1xi32>
    %296 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %297 = "stablehlo.reshape"(%296) : (tensor<i32>) -> tensor<1xi32>
    %298 = "stablehlo.concatenate"(%295, %297) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %299 = "stablehlo.dynamic_broadcast_in_dim"(%175, %298) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %300 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %301 = "stablehlo.reshape"(%300) : (tensor<i32>) -> tensor<1xi32>
    %302 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %303 = "stablehlo.reshape"(%302) : (tensor<i32>) -> tensor<1xi32>
    %304 = "stablehlo.concatenate"(%301, %303) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %305 = "stablehlo.dynamic_broadcast_in_dim"(%174, %304) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %306 = "stablehlo.select"(%204, %299, %305) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %307 = "stablehlo.multiply"(%293, %220) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %308 = "stablehlo.add"(%306, %307) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %309 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %310 = "stablehlo.reshape"(%309) : (tensor<i32>) -> tensor<1xi32>
    %311 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %312 = "stablehlo.reshape"(%311) : (tensor<i32>) -> tensor<1xi32>
    %313 = "stablehlo.concatenate"(%310, %312) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %314 = "stablehlo.dynamic_broadcast_in_dim"(%173, %313) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %315 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %316 = "stablehlo.reshape"(%315) : (tensor<i32>) -> tensor<1xi32>
    %317 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %318 = "stablehlo.reshape"(%317) : (tensor<i32>) -> tensor<1xi32>
    %319 = "stablehlo.concatenate"(%316, %318) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %320 = "stablehlo.dynamic_broadcast_in_dim"(%172, %319) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %321 = "stablehlo.select"(%204, %314, %320) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %322 = "stablehlo.multiply"(%308, %220) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %323 = "stablehlo.add"(%321, %322) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %324 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %325 = "stablehlo.reshape"(%324) : (tensor<i32>) -> tensor<1xi32>
    %326 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %327 = "stablehlo.reshape"(%326) : (tensor<i32>) -> tensor<1xi32>
    %328 = "stablehlo.concatenate"(%325, %327) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %329 = "stablehlo.dynamic_broadcast_in_dim"(%171, %328) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %330 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %331 = "stablehlo.reshape"(%330) : (tensor<i32>) -> tensor<1xi32>
    %332 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %333 = "stablehlo.reshape"(%332) : (tensor<i32>) -> tensor<1xi32>
    %334 = "stablehlo.concatenate"(%331, %333) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %335 = "stablehlo.dynamic_broadcast_in_dim"(%170, %334) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %336 = "stablehlo.select"(%204, %329, %335) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %337 = "stablehlo.multiply"(%323, %220) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %338 = "stablehlo.add"(%336, %337) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %339 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %340 = "stablehlo.reshape"(%339) : (tensor<i32>) -> tensor<1xi32>
    %341 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %342 = "stablehlo.reshape"(%341) : (tensor<i32>) -> tensor<1xi32>
    %343 = "stablehlo.concatenate"(%340, %342) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %344 = "stablehlo.dynamic_broadcast_in_dim"(%169, %343) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %345 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %346 = "stablehlo.reshape"(%345) : (tensor<i32>) -> tensor<1xi32>
    %347 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %348 = "stablehlo.reshape"(%347) : (tensor<i32>) -> tensor<1xi32>
    %349 = "stablehlo.concatenate"(%346, %348) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %350 = "stablehlo.dynamic_broadcast_in_dim"(%168, %349) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %351 = "stablehlo.select"(%204, %344, %350) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %352 = "stablehlo.multiply"(%338, %220) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %353 = "stablehlo.add"(%351, %352) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %354 = "stablehlo.multiply"(%353, %193) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %355 = "stablehlo.abs"(%193) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %356 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %357 = "stablehlo.reshape"(%356) : (tensor<i32>) -> tensor<1xi32>
    %358 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %359 = "stablehlo.reshape"(%358) : (tensor<i32>) -> tensor<1xi32>
    %360 = "stablehlo.concatenate"(%357, %359) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %361 = "stablehlo.dynamic_broadcast_in_dim"(%192, %360) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %362 = "stablehlo.compare"(%355, %361) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xi1>
    %363 = "stablehlo.get_dimension_size"(%193) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %364 = "stablehlo.reshape"(%363) : (tensor<i32>) -> tensor<1xi32>
    %365 = "stablehlo.get_dimension_size"(%193) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %366 = "stablehlo.reshape"(%365) : (tensor<i32>) -> tensor<1xi32>
    %367 = "stablehlo.concatenate"(%364, %366) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %368 = "stablehlo.dynamic_broadcast_in_dim"(%167, %367) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %369 = "stablehlo.multiply"(%193, %368) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %370 = "stablehlo.select"(%362, %369, %354) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %371 = "stablehlo.reshape"(%arg46) : (tensor<i32>) -> tensor<1xi32>
    %372 = "stablehlo.concatenate"(%371, %189) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %373 = "stablehlo.dynamic_broadcast_in_dim"(%190, %372) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %374 = "stablehlo.multiply"(%373, %370) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%374) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x16xf32>, sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg42: tensor<i32>, %arg43: tensor<2xui32>, %arg44: tensor<f32>, %arg45: tensor<f32>):
    %105 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %106 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %107 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %108 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %109 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %110 = "stablehlo.constant"() <{value = dense<16> : tensor<ui64>}> : () -> tensor<ui64>
    %111 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %112 = "stablehlo.broadcast_in_dim"(%arg44) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %113 = "stablehlo.broadcast_in_dim"(%arg45) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %114 = "stablehlo.slice"(%arg43) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %115 = "stablehlo.reshape"(%114) : (tensor<1xui32>) -> tensor<ui32>
    %116 = "stablehlo.slice"(%arg43) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %117 = "stablehlo.reshape"(%116) : (tensor<1xui32>) -> tensor<ui32>
    %118 = "stablehlo.reshape"(%arg42) : (tensor<i32>) -> tensor<1xi32>
    %119 = "stablehlo.concatenate"(%118, %111) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %120 = "stablehlo.dynamic_iota"(%119) <{iota_dimension = 0 : i64}> : (tensor<2xi32>) -> tensor<?x16xui64>
    %121 = "stablehlo.reshape"(%arg42) : (tensor<i32>) -> tensor<1xi32>
    %122 = "stablehlo.concatenate"(%121, %111) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %123 = "stablehlo.dynamic_iota"(%122) <{iota_dimension = 1 : i64}> : (tensor<2xi32>) -> tensor<?x16xui64>
    %124 = "stablehlo.reshape"(%arg42) : (tensor<i32>) -> tensor<1xi32>
    %125 = "stablehlo.concatenate"(%124, %111) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %126 = "stablehlo.dynamic_broadcast_in_dim"(%110, %125) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x16xui64>
    %127 = "stablehlo.multiply"(%126, %120) : (tensor<?x16xui64>, tensor<?x16xui64>) -> tensor<?x16xui64>
    %128 = "stablehlo.reshape"(%arg42) : (tensor<i32>) -> tensor<1xi32>
    %129 = "stablehlo.concatenate"(%128, %111) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %130 = "stablehlo.dynamic_broadcast_in_dim"(%109, %129) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x16xui64>
    %131 = "stablehlo.multiply"(%130, %123) : (tensor<?x16xui64>, tensor<?x16xui64>) -> tensor<?x16xui64>
    %132 = "stablehlo.add"(%127, %131) : (tensor<?x16xui64>, tensor<?x16xui64>) -> tensor<?x16xui64>
    %133 = "stablehlo.reshape"(%arg42) : (tensor<i32>) -> tensor<1xi32>
    %134 = "stablehlo.concatenate"(%133, %111) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %135 = "stablehlo.dynamic_broadcast_in_dim"(%108, %134) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x16xui64>
    %136 = "stablehlo.shift_right_logical"(%132, %135) : (tensor<?x16xui64>, tensor<?x16xui64>) -> tensor<?x16xui64>
    %137 = "stablehlo.convert"(%132) : (tensor<?x16xui64>) -> tensor<?x16xui32>
    %138 = "stablehlo.convert"(%136) : (tensor<?x16xui64>) -> tensor<?x16xui32>
    %139:2 = "func.call"(%arg42, %115, %117, %138, %137) <{callee = @threefry2x32}> : (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x16xui32>, tensor<?x16xui32>) -> (tensor<?x16xui32>, tensor<?x16xui32>)
    %140 = "stablehlo.xor"(%139#0, %139#1) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %141 = "stablehlo.reshape"(%arg42) : (tensor<i32>) -> tensor<1xi32>
    %142 = "stablehlo.concatenate"(%141, %111) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %143 = "stablehlo.dynamic_broadcast_in_dim"(%107, %142) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %144 = "stablehlo.shift_right_logical"(%140, %143) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %145 = "stablehlo.reshape"(%arg42) : (tensor<i32>) -> tensor<1xi32>
    %146 = "stablehlo.concatenate"(%145, %111) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %147 = "stablehlo.dynamic_broadcast_in_dim"(%106, %146) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %148 = "stablehlo.or"(%144, %147) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %149 = "stablehlo.bitcast_convert"(%148) : (tensor<?x16xui32>) -> tensor<?x16xf32>
    %150 = "stablehlo.reshape"(%arg42) : (tensor<i32>) -> tensor<1xi32>
    %151 = "stablehlo.concatenate"(%150, %111) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %152 = "stablehlo.dynamic_broadcast_in_dim"(%105, %151) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %153 = "stablehlo.subtract"(%149, %152) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %154 = "stablehlo.subtract"(%113, %112) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %155 = "stablehlo.reshape"(%arg42) : (tensor<i32>) -> tensor<1xi32>
    %156 = "stablehlo.concatenate"(%155, %111) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %157 = "stablehlo.dynamic_broadcast_in_dim"(%154, %156) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %158 = "stablehlo.multiply"(%153, %157) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %159 = "stablehlo.reshape"(%arg42) : (tensor<i32>) -> tensor<1xi32>
    %160 = "stablehlo.concatenate"(%159, %111) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %161 = "stablehlo.dynamic_broadcast_in_dim"(%112, %160) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %162 = "stablehlo.add"(%158, %161) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %163 = "stablehlo.reshape"(%arg42) : (tensor<i32>) -> tensor<1xi32>
    %164 = "stablehlo.concatenate"(%163, %111) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %165 = "stablehlo.dynamic_broadcast_in_dim"(%112, %164) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %166 = "stablehlo.maximum"(%165, %162) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%166) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x16xui32>, tensor<?x16xui32>) -> (tensor<?x16xui32>, tensor<?x16xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg19: tensor<i32>, %arg20: tensor<ui32>, %arg21: tensor<ui32>, %arg22: tensor<?x16xui32>, %arg23: tensor<?x16xui32>):
    %84 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %85 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %86 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %87 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %88 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %89 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %90 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %91 = "stablehlo.xor"(%arg20, %arg21) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %92 = "stablehlo.xor"(%91, %88) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %93 = "stablehlo.reshape"(%arg19) : (tensor<i32>) -> tensor<1xi32>
    %94 = "stablehlo.concatenate"(%93, %87) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %95 = "stablehlo.dynamic_broadcast_in_dim"(%arg20, %94) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %96 = "stablehlo.add"(%arg22, %95) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %97 = "stablehlo.reshape"(%arg19) : (tensor<i32>) -> tensor<1xi32>
    %98 = "stablehlo.concatenate"(%97, %87) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %99 = "stablehlo.dynamic_broadcast_in_dim"(%arg21, %98) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %100 = "stablehlo.add"(%arg23, %99) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %101:9 = "stablehlo.while"(%86, %86, %96, %100, %arg21, %92, %arg20, %89, %90) ({
    ^bb0(%arg33: tensor<i32>, %arg34: tensor<i32>, %arg35: tensor<?x16xui32>, %arg36: tensor<?x16xui32>, %arg37: tensor<ui32>, %arg38: tensor<ui32>, %arg39: tensor<ui32>, %arg40: tensor<4xui32>, %arg41: tensor<4xui32>):
      %104 = "stablehlo.compare"(%arg33, %85) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%104) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg24: tensor<i32>, %arg25: tensor<i32>, %arg26: tensor<?x16xui32>, %arg27: tensor<?x16xui32>, %arg28: tensor<ui32>, %arg29: tensor<ui32>, %arg30: tensor<ui32>, %arg31: tensor<4xui32>, %arg32: tensor<4xui32>):
      %102:8 = "func.call"(%arg19, %arg25, %arg26, %arg27, %arg28, %arg29, %arg30, %arg31, %arg32) <{callee = @closed_call}> : (tensor<i32>, tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %103 = "stablehlo.add"(%arg24, %84) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%103, %102#0, %102#1, %102#2, %102#3, %102#4, %102#5, %102#6, %102#7) : (tensor<i32>, tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%101#2, %101#3) : (tensor<?x16xui32>, tensor<?x16xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<i32>, %arg11: tensor<i32>, %arg12: tensor<?x16xui32>, %arg13: tensor<?x16xui32>, %arg14: tensor<ui32>, %arg15: tensor<ui32>, %arg16: tensor<ui32>, %arg17: tensor<4xui32>, %arg18: tensor<4xui32>):
    %10 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %11 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %12 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %13 = "stablehlo.add"(%arg11, %12) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %14 = "stablehlo.slice"(%arg17) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %15 = "stablehlo.reshape"(%14) : (tensor<1xui32>) -> tensor<ui32>
    %16 = "stablehlo.add"(%arg12, %arg13) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %17 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %18 = "stablehlo.concatenate"(%17, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %19 = "stablehlo.dynamic_broadcast_in_dim"(%15, %18) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %20 = "stablehlo.shift_left"(%arg13, %19) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %21 = "stablehlo.subtract"(%10, %15) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %22 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %23 = "stablehlo.concatenate"(%22, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %24 = "stablehlo.dynamic_broadcast_in_dim"(%21, %23) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %25 = "stablehlo.shift_right_logical"(%arg13, %24) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %26 = "stablehlo.or"(%20, %25) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %27 = "stablehlo.xor"(%16, %26) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %28 = "stablehlo.slice"(%arg17) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %29 = "stablehlo.reshape"(%28) : (tensor<1xui32>) -> tensor<ui32>
    %30 = "stablehlo.add"(%16, %27) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %31 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %32 = "stablehlo.concatenate"(%31, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %33 = "stablehlo.dynamic_broadcast_in_dim"(%29, %32) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %34 = "stablehlo.shift_left"(%27, %33) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %35 = "stablehlo.subtract"(%10, %29) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %36 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %37 = "stablehlo.concatenate"(%36, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %38 = "stablehlo.dynamic_broadcast_in_dim"(%35, %37) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %39 = "stablehlo.shift_right_logical"(%27, %38) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %40 = "stablehlo.or"(%34, %39) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %41 = "stablehlo.xor"(%30, %40) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %42 = "stablehlo.slice"(%arg17) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %43 = "stablehlo.reshape"(%42) : (tensor<1xui32>) -> tensor<ui32>
    %44 = "stablehlo.add"(%30, %41) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %45 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %46 = "stablehlo.concatenate"(%45, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %47 = "stablehlo.dynamic_broadcast_in_dim"(%43, %46) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %48 = "stablehlo.shift_left"(%41, %47) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %49 = "stablehlo.subtract"(%10, %43) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %50 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %51 = "stablehlo.concatenate"(%50, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %52 = "stablehlo.dynamic_broadcast_in_dim"(%49, %51) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %53 = "stablehlo.shift_right_logical"(%41, %52) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %54 = "stablehlo.or"(%48, %53) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %55 = "stablehlo.xor"(%44, %54) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %56 = "stablehlo.slice"(%arg17) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %57 = "stablehlo.reshape"(%56) : (tensor<1xui32>) -> tensor<ui32>
    %58 = "stablehlo.add"(%44, %55) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %59 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %60 = "stablehlo.concatenate"(%59, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %61 = "stablehlo.dynamic_broadcast_in_dim"(%57, %60) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %62 = "stablehlo.shift_left"(%55, %61) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %63 = "stablehlo.subtract"(%10, %57) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %64 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %65 = "stablehlo.concatenate"(%64, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %66 = "stablehlo.dynamic_broadcast_in_dim"(%63, %65) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %67 = "stablehlo.shift_right_logical"(%55, %66) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %68 = "stablehlo.or"(%62, %67) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %69 = "stablehlo.xor"(%58, %68) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %70 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %71 = "stablehlo.concatenate"(%70, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %72 = "stablehlo.dynamic_broadcast_in_dim"(%arg14, %71) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %73 = "stablehlo.add"(%58, %72) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %74 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %75 = "stablehlo.concatenate"(%74, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %76 = "stablehlo.dynamic_broadcast_in_dim"(%arg15, %75) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %77 = "stablehlo.add"(%69, %76) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %78 = "stablehlo.add"(%arg11, %12) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %79 = "stablehlo.convert"(%78) : (tensor<i32>) -> tensor<ui32>
    %80 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %81 = "stablehlo.concatenate"(%80, %11) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %82 = "stablehlo.dynamic_broadcast_in_dim"(%79, %81) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %83 = "stablehlo.add"(%77, %82) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    "func.return"(%13, %73, %83, %arg15, %arg16, %arg14, %arg18, %arg17) : (tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<i32>) -> tensor<16xf32>, sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<?x16xf32>, %arg9: tensor<i32>):
    %7 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %8 = "stablehlo.dynamic_slice"(%arg8, %arg9, %7) <{slice_sizes = array<i64: 1, 16>}> : (tensor<?x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %9 = "stablehlo.reshape"(%8) : (tensor<1x16xf32>) -> tensor<16xf32>
    "func.return"(%9) : (tensor<16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<16xf32>, tensor<16xf32>), sym_name = "closed_call_0", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<16xf32>, %arg6: tensor<16xf32>):
    %3 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16xf32>
    %5 = "stablehlo.multiply"(%arg5, %4) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %6 = "stablehlo.add"(%5, %arg6) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    "func.return"(%6, %6) : (tensor<16xf32>, tensor<16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<i32>) -> tensor<?x16xf32>, sym_name = "dynamic_update_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x16xf32>, %arg2: tensor<16xf32>, %arg3: tensor<i32>):
    %0 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.broadcast_in_dim"(%arg2) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xf32>) -> tensor<1x16xf32>
    %2 = "stablehlo.dynamic_update_slice"(%arg1, %1, %arg3, %0) : (tensor<?x16xf32>, tensor<1x16xf32>, tensor<i32>, tensor<i32>) -> tensor<?x16xf32>
    "func.return"(%2) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
