"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg52: tensor<?x24xf32>, %arg53: tensor<24xf32>, %arg54: tensor<24x24xf32>, %arg55: tensor<24xi32>):
    %417 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %418 = "stablehlo.get_dimension_size"(%arg52) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %419 = "stablehlo.compare"(%418, %417) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%419, %418) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 24). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %420 = "func.call"(%418, %arg52, %arg53, %arg54, %arg55) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    "func.return"(%420) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg47: tensor<i32>, %arg48: tensor<?x24xf32>, %arg49: tensor<24xf32>, %arg50: tensor<24x24xf32>, %arg51: tensor<24xi32>):
    %385 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %386 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %387 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %388 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %389 = "stablehlo.constant"() <{value = dense<153> : tensor<i32>}> : () -> tensor<i32>
    %390 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %391 = "stablehlo.broadcast_in_dim"(%arg49) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %392 = "stablehlo.reshape"(%arg47) : (tensor<i32>) -> tensor<1xi32>
    %393 = "stablehlo.concatenate"(%392, %390) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %394 = "stablehlo.dynamic_broadcast_in_dim"(%391, %393) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %395 = "stablehlo.multiply"(%arg48, %394) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %396 = "stablehlo.shift_right_logical"(%389, %388) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %397 = "stablehlo.convert"(%396) : (tensor<i32>) -> tensor<ui32>
    %398 = "stablehlo.broadcast_in_dim"(%397) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %399 = "stablehlo.and"(%389, %387) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %400 = "stablehlo.convert"(%399) : (tensor<i32>) -> tensor<ui32>
    %401 = "stablehlo.broadcast_in_dim"(%400) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %402 = "stablehlo.concatenate"(%398, %401) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %403 = "func.call"(%arg47, %402) <{callee = @_normal}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x24xf32>
    %404 = "stablehlo.reshape"(%arg47) : (tensor<i32>) -> tensor<1xi32>
    %405 = "stablehlo.concatenate"(%404, %390) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %406 = "stablehlo.dynamic_broadcast_in_dim"(%386, %405) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %407 = "stablehlo.multiply"(%406, %403) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %408 = "stablehlo.add"(%395, %407) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %409 = "func.call"(%arg47, %arg51, %385) <{callee = @remainder}> : (tensor<i32>, tensor<24xi32>, tensor<i32>) -> tensor<24xi32>
    %410 = "stablehlo.negate"(%409) : (tensor<24xi32>) -> tensor<24xi32>
    %411 = "stablehlo.convert"(%410) : (tensor<24xi32>) -> tensor<24xf32>
    %412 = "stablehlo.broadcast_in_dim"(%411) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %413 = "stablehlo.reshape"(%arg47) : (tensor<i32>) -> tensor<1xi32>
    %414 = "stablehlo.concatenate"(%413, %390) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %415 = "stablehlo.dynamic_broadcast_in_dim"(%412, %414) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %416 = "stablehlo.add"(%408, %415) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%416) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x24xf32>, sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg45: tensor<i32>, %arg46: tensor<2xui32>):
    %384 = "func.call"(%arg45, %arg46) <{callee = @_normal_real}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x24xf32>
    "func.return"(%384) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x24xf32>, sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg43: tensor<i32>, %arg44: tensor<2xui32>):
    %176 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %177 = "stablehlo.constant"() <{value = dense<2.83297682> : tensor<f32>}> : () -> tensor<f32>
    %178 = "stablehlo.constant"() <{value = dense<1.50140941> : tensor<f32>}> : () -> tensor<f32>
    %179 = "stablehlo.constant"() <{value = dense<1.00167406> : tensor<f32>}> : () -> tensor<f32>
    %180 = "stablehlo.constant"() <{value = dense<0.246640727> : tensor<f32>}> : () -> tensor<f32>
    %181 = "stablehlo.constant"() <{value = dense<0.00943887047> : tensor<f32>}> : () -> tensor<f32>
    %182 = "stablehlo.constant"() <{value = dense<-0.00417768164> : tensor<f32>}> : () -> tensor<f32>
    %183 = "stablehlo.constant"() <{value = dense<-0.0076224613> : tensor<f32>}> : () -> tensor<f32>
    %184 = "stablehlo.constant"() <{value = dense<-0.00125372503> : tensor<f32>}> : () -> tensor<f32>
    %185 = "stablehlo.constant"() <{value = dense<0.00573950773> : tensor<f32>}> : () -> tensor<f32>
    %186 = "stablehlo.constant"() <{value = dense<2.1858087E-4> : tensor<f32>}> : () -> tensor<f32>
    %187 = "stablehlo.constant"() <{value = dense<-0.00367342844> : tensor<f32>}> : () -> tensor<f32>
    %188 = "stablehlo.constant"() <{value = dense<-4.39150654E-6> : tensor<f32>}> : () -> tensor<f32>
    %189 = "stablehlo.constant"() <{value = dense<0.00134934322> : tensor<f32>}> : () -> tensor<f32>
    %190 = "stablehlo.constant"() <{value = dense<-3.5233877E-6> : tensor<f32>}> : () -> tensor<f32>
    %191 = "stablehlo.constant"() <{value = dense<1.00950558E-4> : tensor<f32>}> : () -> tensor<f32>
    %192 = "stablehlo.constant"() <{value = dense<3.43273939E-7> : tensor<f32>}> : () -> tensor<f32>
    %193 = "stablehlo.constant"() <{value = dense<-2.00214257E-4> : tensor<f32>}> : () -> tensor<f32>
    %194 = "stablehlo.constant"() <{value = dense<2.81022636E-8> : tensor<f32>}> : () -> tensor<f32>
    %195 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %196 = "stablehlo.constant"() <{value = dense<2.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %197 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %198 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %199 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %200 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %201 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %202 = "func.call"(%arg43, %arg44, %200, %201) <{callee = @_uniform}> : (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x24xf32>
    %203 = "stablehlo.negate"(%202) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %204 = "stablehlo.multiply"(%202, %203) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %205 = "stablehlo.log_plus_one"(%204) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %206 = "stablehlo.negate"(%205) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %207 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %208 = "stablehlo.reshape"(%207) : (tensor<i32>) -> tensor<1xi32>
    %209 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %210 = "stablehlo.reshape"(%209) : (tensor<i32>) -> tensor<1xi32>
    %211 = "stablehlo.concatenate"(%208, %210) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %212 = "stablehlo.dynamic_broadcast_in_dim"(%197, %211) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %213 = "stablehlo.compare"(%206, %212) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xi1>
    %214 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %215 = "stablehlo.reshape"(%214) : (tensor<i32>) -> tensor<1xi32>
    %216 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %217 = "stablehlo.reshape"(%216) : (tensor<i32>) -> tensor<1xi32>
    %218 = "stablehlo.concatenate"(%215, %217) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %219 = "stablehlo.dynamic_broadcast_in_dim"(%196, %218) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %220 = "stablehlo.subtract"(%206, %219) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %221 = "stablehlo.sqrt"(%206) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %222 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %223 = "stablehlo.reshape"(%222) : (tensor<i32>) -> tensor<1xi32>
    %224 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %225 = "stablehlo.reshape"(%224) : (tensor<i32>) -> tensor<1xi32>
    %226 = "stablehlo.concatenate"(%223, %225) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %227 = "stablehlo.dynamic_broadcast_in_dim"(%195, %226) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %228 = "stablehlo.subtract"(%221, %227) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %229 = "stablehlo.select"(%213, %220, %228) : (tensor<?x24xi1>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %230 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %231 = "stablehlo.reshape"(%230) : (tensor<i32>) -> tensor<1xi32>
    %232 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %233 = "stablehlo.reshape"(%232) : (tensor<i32>) -> tensor<1xi32>
    %234 = "stablehlo.concatenate"(%231, %233) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %235 = "stablehlo.dynamic_broadcast_in_dim"(%194, %234) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %236 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %237 = "stablehlo.reshape"(%236) : (tensor<i32>) -> tensor<1xi32>
    %238 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %239 = "stablehlo.reshape"(%238) : (tensor<i32>) -> tensor<1xi32>
    %240 = "stablehlo.concatenate"(%237, %239) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %241 = "stablehlo.dynamic_broadcast_in_dim"(%193, %240) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %242 = "stablehlo.select"(%213, %235, %241) : (tensor<?x24xi1>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %243 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %244 = "stablehlo.reshape"(%243) : (tensor<i32>) -> tensor<1xi32>
    %245 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %246 = "stablehlo.reshape"(%245) : (tensor<i32>) -> tensor<1xi32>
    %247 = "stablehlo.concatenate"(%244, %246) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %248 = "stablehlo.dynamic_broadcast_in_dim"(%192, %247) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %249 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %250 = "stablehlo.reshape"(%249) : (tensor<i32>) -> tensor<1xi32>
    %251 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %252 = "stablehlo.reshape"(%251) : (tensor<i32>) -> tensor<1xi32>
    %253 = "stablehlo.concatenate"(%250, %252) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %254 = "stablehlo.dynamic_broadcast_in_dim"(%191, %253) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %255 = "stablehlo.select"(%213, %248, %254) : (tensor<?x24xi1>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %256 = "stablehlo.multiply"(%242, %229) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %257 = "stablehlo.add"(%255, %256) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %258 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %259 = "stablehlo.reshape"(%258) : (tensor<i32>) -> tensor<1xi32>
    %260 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %261 = "stablehlo.reshape"(%260) : (tensor<i32>) -> tensor<1xi32>
    %262 = "stablehlo.concatenate"(%259, %261) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %263 = "stablehlo.dynamic_broadcast_in_dim"(%190, %262) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %264 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %265 = "stablehlo.reshape"(%264) : (tensor<i32>) -> tensor<1xi32>
    %266 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %267 = "stablehlo.reshape"(%266) : (tensor<i32>) -> tensor<1xi32>
    %268 = "stablehlo.concatenate"(%265, %267) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %269 = "stablehlo.dynamic_broadcast_in_dim"(%189, %268) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %270 = "stablehlo.select"(%213, %263, %269) : (tensor<?x24xi1>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %271 = "stablehlo.multiply"(%257, %229) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %272 = "stablehlo.add"(%270, %271) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %273 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %274 = "stablehlo.reshape"(%273) : (tensor<i32>) -> tensor<1xi32>
    %275 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %276 = "stablehlo.reshape"(%275) : (tensor<i32>) -> tensor<1xi32>
    %277 = "stablehlo.concatenate"(%274, %276) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %278 = "stablehlo.dynamic_broadcast_in_dim"(%188, %277) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %279 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %280 = "stablehlo.reshape"(%279) : (tensor<i32>) -> tensor<1xi32>
    %281 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %282 = "stablehlo.reshape"(%281) : (tensor<i32>) -> tensor<1xi32>
    %283 = "stablehlo.concatenate"(%280, %282) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %284 = "stablehlo.dynamic_broadcast_in_dim"(%187, %283) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %285 = "stablehlo.select"(%213, %278, %284) : (tensor<?x24xi1>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %286 = "stablehlo.multiply"(%272, %229) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %287 = "stablehlo.add"(%285, %286) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %288 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %289 = "stablehlo.reshape"(%288) : (tensor<i32>) -> tensor<1xi32>
    %290 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %291 = "stablehlo.reshape"(%290) : (tensor<i32>) -> tensor<1xi32>
    %292 = "stablehlo.concatenate"(%289, %291) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %293 = "stablehlo.dynamic_broadcast_in_dim"(%186, %292) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %294 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %295 = "stablehlo.reshape"(%294) : (tensor<i32>) -> tensor<1xi32>
    %296 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %297 = "stablehlo.reshape"(%296) : (tensor<i32>) -> tensor<1xi32>
    %298 = "stablehlo.concatenate"(%295, %297) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %299 = "stablehlo.dynamic_broadcast_in_dim"(%185, %298) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %300 = "stablehlo.select"(%213, %293, %299) : (tensor<?x24xi1>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %301 = "stablehlo.multiply"(%287, %229) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %302 = "stablehlo.add"(%300, %301) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %303 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %304 = "stablehlo.reshape"(%303) : (tensor<i32>) -> tensor<1xi32>
    %305 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %306 = "stablehlo.reshape"(%305) : (tensor<i32>) -> tensor<1xi32>
    %307 = "stablehlo.concatenate"(%304, %306) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %308 = "stablehlo.dynamic_broadcast_in_dim"(%184, %307) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %309 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %310 = "stablehlo.reshape"(%309) : (tensor<i32>) -> tensor<1xi32>
    %311 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %312 = "stablehlo.reshape"(%311) : (tensor<i32>) -> tensor<1xi32>
    %313 = "stablehlo.concatenate"(%310, %312) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %314 = "stablehlo.dynamic_broadcast_in_dim"(%183, %313) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %315 = "stablehlo.select"(%213, %308, %314) : (tensor<?x24xi1>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %316 = "stablehlo.multiply"(%302, %229) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %317 = "stablehlo.add"(%315, %316) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %318 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %319 = "stablehlo.reshape"(%318) : (tensor<i32>) -> tensor<1xi32>
    %320 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %321 = "stablehlo.reshape"(%320) : (tensor<i32>) -> tensor<1xi32>
    %322 = "stablehlo.concatenate"(%319, %321) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %323 = "stablehlo.dynamic_broadcast_in_dim"(%182, %322) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %324 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %325 = "stablehlo.reshape"(%324) : (tensor<i32>) -> tensor<1xi32>
    %326 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %327 = "stablehlo.reshape"(%326) : (tensor<i32>) -> tensor<1xi32>
    %328 = "stablehlo.concatenate"(%325, %327) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %329 = "stablehlo.dynamic_broadcast_in_dim"(%181, %328) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %330 = "stablehlo.select"(%213, %323, %329) : (tensor<?x24xi1>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %331 = "stablehlo.multiply"(%317, %229) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %332 = "stablehlo.add"(%330, %331) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %333 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %334 = "stablehlo.reshape"(%333) : (tensor<i32>) -> tensor<1xi32>
    %335 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %336 = "stablehlo.reshape"(%335) : (tensor<i32>) -> tensor<1xi32>
    %337 = "stablehlo.concatenate"(%334, %336) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %338 = "stablehlo.dynamic_broadcast_in_dim"(%180, %337) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %339 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %340 = "stablehlo.reshape"(%339) : (tensor<i32>) -> tensor<1xi32>
    %341 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %342 = "stablehlo.reshape"(%341) : (tensor<i32>) -> tensor<1xi32>
    %343 = "stablehlo.concatenate"(%340, %342) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %344 = "stablehlo.dynamic_broadcast_in_dim"(%179, %343) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %345 = "stablehlo.select"(%213, %338, %344) : (tensor<?x24xi1>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %346 = "stablehlo.multiply"(%332, %229) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %347 = "stablehlo.add"(%345, %346) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %348 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %349 = "stablehlo.reshape"(%348) : (tensor<i32>) -> tensor<1xi32>
    %350 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %351 = "stablehlo.reshape"(%350) : (tensor<i32>) -> tensor<1xi32>
    %352 = "stablehlo.concatenate"(%349, %351) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %353 = "stablehlo.dynamic_broadcast_in_dim"(%178, %352) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %354 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %355 = "stablehlo.reshape"(%354) : (tensor<i32>) -> tensor<1xi32>
    %356 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %357 = "stablehlo.reshape"(%356) : (tensor<i32>) -> tensor<1xi32>
    %358 = "stablehlo.concatenate"(%355, %357) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %359 = "stablehlo.dynamic_broadcast_in_dim"(%177, %358) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %360 = "stablehlo.select"(%213, %353, %359) : (tensor<?x24xi1>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %361 = "stablehlo.multiply"(%347, %229) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %362 = "stablehlo.add"(%360, %361) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %363 = "stablehlo.multiply"(%362, %202) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %364 = "stablehlo.abs"(%202) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %365 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %366 = "stablehlo.reshape"(%365) : (tensor<i32>) -> tensor<1xi32>
    %367 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %368 = "stablehlo.reshape"(%367) : (tensor<i32>) -> tensor<1xi32>
    %369 = "stablehlo.concatenate"(%366, %368) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %370 = "stablehlo.dynamic_broadcast_in_dim"(%201, %369) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %371 = "stablehlo.compare"(%364, %370) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xi1>
    %372 = "stablehlo.get_dimension_size"(%202) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %373 = "stablehlo.reshape"(%372) : (tensor<i32>) -> tensor<1xi32>
    %374 = "stablehlo.get_dimension_size"(%202) <{dimension = 1 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %375 = "stablehlo.reshape"(%374) : (tensor<i32>) -> tensor<1xi32>
    %376 = "stablehlo.concatenate"(%373, %375) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %377 = "stablehlo.dynamic_broadcast_in_dim"(%176, %376) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %378 = "stablehlo.multiply"(%202, %377) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %379 = "stablehlo.select"(%371, %378, %363) : (tensor<?x24xi1>, tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %380 = "stablehlo.reshape"(%arg43) : (tensor<i32>) -> tensor<1xi32>
    %381 = "stablehlo.concatenate"(%380, %198) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %382 = "stablehlo.dynamic_broadcast_in_dim"(%199, %381) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %383 = "stablehlo.multiply"(%382, %379) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%383) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x24xf32>, sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg39: tensor<i32>, %arg40: tensor<2xui32>, %arg41: tensor<f32>, %arg42: tensor<f32>):
    %114 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %115 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %116 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %117 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %118 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %119 = "stablehlo.constant"() <{value = dense<24> : tensor<ui64>}> : () -> tensor<ui64>
    %120 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %121 = "stablehlo.broadcast_in_dim"(%arg41) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %122 = "stablehlo.broadcast_in_dim"(%arg42) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %123 = "stablehlo.slice"(%arg40) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %124 = "stablehlo.reshape"(%123) : (tensor<1xui32>) -> tensor<ui32>
    %125 = "stablehlo.slice"(%arg40) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %126 = "stablehlo.reshape"(%125) : (tensor<1xui32>) -> tensor<ui32>
    %127 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %128 = "stablehlo.concatenate"(%127, %120) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %129 = "stablehlo.dynamic_iota"(%128) <{iota_dimension = 0 : i64}> : (tensor<2xi32>) -> tensor<?x24xui64>
    %130 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %131 = "stablehlo.concatenate"(%130, %120) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %132 = "stablehlo.dynamic_iota"(%131) <{iota_dimension = 1 : i64}> : (tensor<2xi32>) -> tensor<?x24xui64>
    %133 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %134 = "stablehlo.concatenate"(%133, %120) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %135 = "stablehlo.dynamic_broadcast_in_dim"(%119, %134) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x24xui64>
    %136 = "stablehlo.multiply"(%135, %129) : (tensor<?x24xui64>, tensor<?x24xui64>) -> tensor<?x24xui64>
    %137 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %138 = "stablehlo.concatenate"(%137, %120) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %139 = "stablehlo.dynamic_broadcast_in_dim"(%118, %138) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x24xui64>
    %140 = "stablehlo.multiply"(%139, %132) : (tensor<?x24xui64>, tensor<?x24xui64>) -> tensor<?x24xui64>
    %141 = "stablehlo.add"(%136, %140) : (tensor<?x24xui64>, tensor<?x24xui64>) -> tensor<?x24xui64>
    %142 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %143 = "stablehlo.concatenate"(%142, %120) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %144 = "stablehlo.dynamic_broadcast_in_dim"(%117, %143) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x24xui64>
    %145 = "stablehlo.shift_right_logical"(%141, %144) : (tensor<?x24xui64>, tensor<?x24xui64>) -> tensor<?x24xui64>
    %146 = "stablehlo.convert"(%141) : (tensor<?x24xui64>) -> tensor<?x24xui32>
    %147 = "stablehlo.convert"(%145) : (tensor<?x24xui64>) -> tensor<?x24xui32>
    %148:2 = "func.call"(%arg39, %124, %126, %147, %146) <{callee = @threefry2x32}> : (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x24xui32>, tensor<?x24xui32>) -> (tensor<?x24xui32>, tensor<?x24xui32>)
    %149 = "stablehlo.xor"(%148#0, %148#1) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %150 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %151 = "stablehlo.concatenate"(%150, %120) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %152 = "stablehlo.dynamic_broadcast_in_dim"(%116, %151) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x24xui32>
    %153 = "stablehlo.shift_right_logical"(%149, %152) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %154 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %155 = "stablehlo.concatenate"(%154, %120) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %156 = "stablehlo.dynamic_broadcast_in_dim"(%115, %155) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x24xui32>
    %157 = "stablehlo.or"(%153, %156) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %158 = "stablehlo.bitcast_convert"(%157) : (tensor<?x24xui32>) -> tensor<?x24xf32>
    %159 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %160 = "stablehlo.concatenate"(%159, %120) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %161 = "stablehlo.dynamic_broadcast_in_dim"(%114, %160) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %162 = "stablehlo.subtract"(%158, %161) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %163 = "stablehlo.subtract"(%122, %121) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %164 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %165 = "stablehlo.concatenate"(%164, %120) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %166 = "stablehlo.dynamic_broadcast_in_dim"(%163, %165) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %167 = "stablehlo.multiply"(%162, %166) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %168 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %169 = "stablehlo.concatenate"(%168, %120) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %170 = "stablehlo.dynamic_broadcast_in_dim"(%121, %169) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %171 = "stablehlo.add"(%167, %170) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %172 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %173 = "stablehlo.concatenate"(%172, %120) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %174 = "stablehlo.dynamic_broadcast_in_dim"(%121, %173) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %175 = "stablehlo.maximum"(%174, %171) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%175) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x24xui32>, tensor<?x24xui32>) -> (tensor<?x24xui32>, tensor<?x24xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<i32>, %arg17: tensor<ui32>, %arg18: tensor<ui32>, %arg19: tensor<?x24xui32>, %arg20: tensor<?x24xui32>):
    %93 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %94 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %95 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %96 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %97 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %98 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %99 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %100 = "stablehlo.xor"(%arg17, %arg18) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %101 = "stablehlo.xor"(%100, %97) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %102 = "stablehlo.reshape"(%arg16) : (tensor<i32>) -> tensor<1xi32>
    %103 = "stablehlo.concatenate"(%102, %96) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %104 = "stablehlo.dynamic_broadcast_in_dim"(%arg17, %103) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x24xui32>
    %105 = "stablehlo.add"(%arg19, %104) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %106 = "stablehlo.reshape"(%arg16) : (tensor<i32>) -> tensor<1xi32>
    %107 = "stablehlo.concatenate"(%106, %96) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %108 = "stablehlo.dynamic_broadcast_in_dim"(%arg18, %107) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x24xui32>
    %109 = "stablehlo.add"(%arg20, %108) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %110:9 = "stablehlo.while"(%95, %95, %105, %109, %arg18, %101, %arg17, %98, %99) ({
    ^bb0(%arg30: tensor<i32>, %arg31: tensor<i32>, %arg32: tensor<?x24xui32>, %arg33: tensor<?x24xui32>, %arg34: tensor<ui32>, %arg35: tensor<ui32>, %arg36: tensor<ui32>, %arg37: tensor<4xui32>, %arg38: tensor<4xui32>):
      %113 = "stablehlo.compare"(%arg30, %94) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%113) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg21: tensor<i32>, %arg22: tensor<i32>, %arg23: tensor<?x24xui32>, %arg24: tensor<?x24xui32>, %arg25: tensor<ui32>, %arg26: tensor<ui32>, %arg27: tensor<ui32>, %arg28: tensor<4xui32>, %arg29: tensor<4xui32>):
      %111:8 = "func.call"(%arg16, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29) <{callee = @closed_call}> : (tensor<i32>, tensor<i32>, tensor<?x24xui32>, tensor<?x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x24xui32>, tensor<?x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %112 = "stablehlo.add"(%arg21, %93) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%112, %111#0, %111#1, %111#2, %111#3, %111#4, %111#5, %111#6, %111#7) : (tensor<i32>, tensor<i32>, tensor<?x24xui32>, tensor<?x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<?x24xui32>, tensor<?x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<?x24xui32>, tensor<?x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%110#2, %110#3) : (tensor<?x24xui32>, tensor<?x24xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<?x24xui32>, tensor<?x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x24xui32>, tensor<?x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<i32>, %arg9: tensor<?x24xui32>, %arg10: tensor<?x24xui32>, %arg11: tensor<ui32>, %arg12: tensor<ui32>, %arg13: tensor<ui32>, %arg14: tensor<4xui32>, %arg15: tensor<4xui32>):
    %19 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %20 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %21 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %22 = "stablehlo.add"(%arg8, %21) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %23 = "stablehlo.slice"(%arg14) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %24 = "stablehlo.reshape"(%23) : (tensor<1xui32>) -> tensor<ui32>
    %25 = "stablehlo.add"(%arg9, %arg10) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %26 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %27 = "stablehlo.concatenate"(%26, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %28 = "stablehlo.dynamic_broadcast_in_dim"(%24, %27) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x24xui32>
    %29 = "stablehlo.shift_left"(%arg10, %28) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %30 = "stablehlo.subtract"(%19, %24) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %31 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %32 = "stablehlo.concatenate"(%31, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %33 = "stablehlo.dynamic_broadcast_in_dim"(%30, %32) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x24xui32>
    %34 = "stablehlo.shift_right_logical"(%arg10, %33) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %35 = "stablehlo.or"(%29, %34) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %36 = "stablehlo.xor"(%25, %35) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %37 = "stablehlo.slice"(%arg14) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %38 = "stablehlo.reshape"(%37) : (tensor<1xui32>) -> tensor<ui32>
    %39 = "stablehlo.add"(%25, %36) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %40 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %41 = "stablehlo.concatenate"(%40, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %42 = "stablehlo.dynamic_broadcast_in_dim"(%38, %41) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x24xui32>
    %43 = "stablehlo.shift_left"(%36, %42) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %44 = "stablehlo.subtract"(%19, %38) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %45 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %46 = "stablehlo.concatenate"(%45, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %47 = "stablehlo.dynamic_broadcast_in_dim"(%44, %46) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x24xui32>
    %48 = "stablehlo.shift_right_logical"(%36, %47) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %49 = "stablehlo.or"(%43, %48) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %50 = "stablehlo.xor"(%39, %49) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %51 = "stablehlo.slice"(%arg14) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %52 = "stablehlo.reshape"(%51) : (tensor<1xui32>) -> tensor<ui32>
    %53 = "stablehlo.add"(%39, %50) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %54 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %55 = "stablehlo.concatenate"(%54, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %56 = "stablehlo.dynamic_broadcast_in_dim"(%52, %55) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x24xui32>
    %57 = "stablehlo.shift_left"(%50, %56) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %58 = "stablehlo.subtract"(%19, %52) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %59 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %60 = "stablehlo.concatenate"(%59, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %61 = "stablehlo.dynamic_broadcast_in_dim"(%58, %60) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x24xui32>
    %62 = "stablehlo.shift_right_logical"(%50, %61) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %63 = "stablehlo.or"(%57, %62) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %64 = "stablehlo.xor"(%53, %63) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %65 = "stablehlo.slice"(%arg14) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %66 = "stablehlo.reshape"(%65) : (tensor<1xui32>) -> tensor<ui32>
    %67 = "stablehlo.add"(%53, %64) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %68 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %69 = "stablehlo.concatenate"(%68, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %70 = "stablehlo.dynamic_broadcast_in_dim"(%66, %69) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x24xui32>
    %71 = "stablehlo.shift_left"(%64, %70) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %72 = "stablehlo.subtract"(%19, %66) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %73 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %74 = "stablehlo.concatenate"(%73, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %75 = "stablehlo.dynamic_broadcast_in_dim"(%72, %74) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x24xui32>
    %76 = "stablehlo.shift_right_logical"(%64, %75) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %77 = "stablehlo.or"(%71, %76) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %78 = "stablehlo.xor"(%67, %77) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %79 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %80 = "stablehlo.concatenate"(%79, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %81 = "stablehlo.dynamic_broadcast_in_dim"(%arg11, %80) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x24xui32>
    %82 = "stablehlo.add"(%67, %81) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %83 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %84 = "stablehlo.concatenate"(%83, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %85 = "stablehlo.dynamic_broadcast_in_dim"(%arg12, %84) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x24xui32>
    %86 = "stablehlo.add"(%78, %85) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    %87 = "stablehlo.add"(%arg8, %21) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %88 = "stablehlo.convert"(%87) : (tensor<i32>) -> tensor<ui32>
    %89 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %90 = "stablehlo.concatenate"(%89, %20) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %91 = "stablehlo.dynamic_broadcast_in_dim"(%88, %90) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x24xui32>
    %92 = "stablehlo.add"(%86, %91) : (tensor<?x24xui32>, tensor<?x24xui32>) -> tensor<?x24xui32>
    "func.return"(%22, %82, %92, %arg12, %arg13, %arg11, %arg15, %arg14) : (tensor<i32>, tensor<?x24xui32>, tensor<?x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<24xi32>, tensor<i32>) -> tensor<24xi32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<24xi32>, %arg6: tensor<i32>):
    %1 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.convert"(%arg6) : (tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.compare"(%3, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = "func.call"(%arg4, %4, %1, %3) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %7 = "stablehlo.remainder"(%arg5, %6) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %8 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %9 = "stablehlo.compare"(%7, %8) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi1>
    %10 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %11 = "stablehlo.compare"(%7, %10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi1>
    %12 = "stablehlo.compare"(%5, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %13 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<24xi1>
    %14 = "stablehlo.compare"(%11, %13) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<24xi1>, tensor<24xi1>) -> tensor<24xi1>
    %15 = "stablehlo.and"(%14, %9) : (tensor<24xi1>, tensor<24xi1>) -> tensor<24xi1>
    %16 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %17 = "stablehlo.add"(%7, %16) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %18 = "stablehlo.select"(%15, %17, %7) : (tensor<24xi1>, tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    "func.return"(%18) : (tensor<24xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<i1>, %arg2: tensor<i32>, %arg3: tensor<i32>):
    %0 = "stablehlo.select"(%arg1, %arg2, %arg3) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%0) : (tensor<i32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
