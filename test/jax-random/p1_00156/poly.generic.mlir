"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg54: tensor<?x4xf32>, %arg55: tensor<4xf32>, %arg56: tensor<4x4xf32>, %arg57: tensor<4xi32>):
    %415 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %416 = "stablehlo.get_dimension_size"(%arg54) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %417 = "stablehlo.compare"(%416, %415) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%417, %416) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 4). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %418 = "func.call"(%416, %arg54, %arg55, %arg56, %arg57) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>
    "func.return"(%418) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<?x4xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg49: tensor<i32>, %arg50: tensor<?x4xf32>, %arg51: tensor<4xf32>, %arg52: tensor<4x4xf32>, %arg53: tensor<4xi32>):
    %386 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %387 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %388 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %389 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %390 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %391 = "stablehlo.constant"() <{value = dense<237> : tensor<i32>}> : () -> tensor<i32>
    %392 = "stablehlo.multiply"(%arg50, %arg50) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %393 = "stablehlo.shift_right_logical"(%391, %390) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %394 = "stablehlo.convert"(%393) : (tensor<i32>) -> tensor<ui32>
    %395 = "stablehlo.broadcast_in_dim"(%394) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %396 = "stablehlo.and"(%391, %389) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %397 = "stablehlo.convert"(%396) : (tensor<i32>) -> tensor<ui32>
    %398 = "stablehlo.broadcast_in_dim"(%397) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %399 = "stablehlo.concatenate"(%395, %398) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %400 = "func.call"(%arg49, %399) <{callee = @_normal}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x4xf32>
    %401 = "stablehlo.reshape"(%arg49) : (tensor<i32>) -> tensor<1xi32>
    %402 = "stablehlo.concatenate"(%401, %386) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %403 = "stablehlo.dynamic_broadcast_in_dim"(%388, %402) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %404 = "stablehlo.multiply"(%403, %400) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %405 = "stablehlo.add"(%392, %404) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %406 = "func.call"(%arg49, %arg53, %387) <{callee = @remainder}> : (tensor<i32>, tensor<4xi32>, tensor<i32>) -> tensor<4xi32>
    %407 = "stablehlo.negate"(%406) : (tensor<4xi32>) -> tensor<4xi32>
    %408 = "stablehlo.convert"(%407) : (tensor<4xi32>) -> tensor<4xf32>
    %409 = "stablehlo.broadcast_in_dim"(%408) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1x4xf32>
    %410 = "stablehlo.reshape"(%arg49) : (tensor<i32>) -> tensor<1xi32>
    %411 = "stablehlo.concatenate"(%410, %386) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %412 = "stablehlo.dynamic_broadcast_in_dim"(%409, %411) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %413 = "stablehlo.add"(%405, %412) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %414 = "func.call"(%arg49, %413) <{callee = @_flip}> : (tensor<i32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    "func.return"(%414) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x4xf32>, sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg47: tensor<i32>, %arg48: tensor<2xui32>):
    %385 = "func.call"(%arg47, %arg48) <{callee = @_normal_real}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x4xf32>
    "func.return"(%385) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x4xf32>, sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg45: tensor<i32>, %arg46: tensor<2xui32>):
    %177 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %178 = "stablehlo.constant"() <{value = dense<2.83297682> : tensor<f32>}> : () -> tensor<f32>
    %179 = "stablehlo.constant"() <{value = dense<1.50140941> : tensor<f32>}> : () -> tensor<f32>
    %180 = "stablehlo.constant"() <{value = dense<1.00167406> : tensor<f32>}> : () -> tensor<f32>
    %181 = "stablehlo.constant"() <{value = dense<0.246640727> : tensor<f32>}> : () -> tensor<f32>
    %182 = "stablehlo.constant"() <{value = dense<0.00943887047> : tensor<f32>}> : () -> tensor<f32>
    %183 = "stablehlo.constant"() <{value = dense<-0.00417768164> : tensor<f32>}> : () -> tensor<f32>
    %184 = "stablehlo.constant"() <{value = dense<-0.0076224613> : tensor<f32>}> : () -> tensor<f32>
    %185 = "stablehlo.constant"() <{value = dense<-0.00125372503> : tensor<f32>}> : () -> tensor<f32>
    %186 = "stablehlo.constant"() <{value = dense<0.00573950773> : tensor<f32>}> : () -> tensor<f32>
    %187 = "stablehlo.constant"() <{value = dense<2.1858087E-4> : tensor<f32>}> : () -> tensor<f32>
    %188 = "stablehlo.constant"() <{value = dense<-0.00367342844> : tensor<f32>}> : () -> tensor<f32>
    %189 = "stablehlo.constant"() <{value = dense<-4.39150654E-6> : tensor<f32>}> : () -> tensor<f32>
    %190 = "stablehlo.constant"() <{value = dense<0.00134934322> : tensor<f32>}> : () -> tensor<f32>
    %191 = "stablehlo.constant"() <{value = dense<-3.5233877E-6> : tensor<f32>}> : () -> tensor<f32>
    %192 = "stablehlo.constant"() <{value = dense<1.00950558E-4> : tensor<f32>}> : () -> tensor<f32>
    %193 = "stablehlo.constant"() <{value = dense<3.43273939E-7> : tensor<f32>}> : () -> tensor<f32>
    %194 = "stablehlo.constant"() <{value = dense<-2.00214257E-4> : tensor<f32>}> : () -> tensor<f32>
    %195 = "stablehlo.constant"() <{value = dense<2.81022636E-8> : tensor<f32>}> : () -> tensor<f32>
    %196 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %197 = "stablehlo.constant"() <{value = dense<2.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %198 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %199 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %200 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %201 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %202 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %203 = "func.call"(%arg45, %arg46, %201, %202) <{callee = @_uniform}> : (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x4xf32>
    %204 = "stablehlo.negate"(%203) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %205 = "stablehlo.multiply"(%203, %204) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %206 = "stablehlo.log_plus_one"(%205) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %207 = "stablehlo.negate"(%206) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %208 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %209 = "stablehlo.reshape"(%208) : (tensor<i32>) -> tensor<1xi32>
    %210 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %211 = "stablehlo.reshape"(%210) : (tensor<i32>) -> tensor<1xi32>
    %212 = "stablehlo.concatenate"(%209, %211) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %213 = "stablehlo.dynamic_broadcast_in_dim"(%198, %212) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %214 = "stablehlo.compare"(%207, %213) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xi1>
    %215 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %216 = "stablehlo.reshape"(%215) : (tensor<i32>) -> tensor<1xi32>
    %217 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %218 = "stablehlo.reshape"(%217) : (tensor<i32>) -> tensor<1xi32>
    %219 = "stablehlo.concatenate"(%216, %218) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %220 = "stablehlo.dynamic_broadcast_in_dim"(%197, %219) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %221 = "stablehlo.subtract"(%207, %220) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %222 = "stablehlo.sqrt"(%207) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %223 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %224 = "stablehlo.reshape"(%223) : (tensor<i32>) -> tensor<1xi32>
    %225 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %226 = "stablehlo.reshape"(%225) : (tensor<i32>) -> tensor<1xi32>
    %227 = "stablehlo.concatenate"(%224, %226) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %228 = "stablehlo.dynamic_broadcast_in_dim"(%196, %227) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %229 = "stablehlo.subtract"(%222, %228) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %230 = "stablehlo.select"(%214, %221, %229) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %231 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %232 = "stablehlo.reshape"(%231) : (tensor<i32>) -> tensor<1xi32>
    %233 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %234 = "stablehlo.reshape"(%233) : (tensor<i32>) -> tensor<1xi32>
    %235 = "stablehlo.concatenate"(%232, %234) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %236 = "stablehlo.dynamic_broadcast_in_dim"(%195, %235) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %237 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %238 = "stablehlo.reshape"(%237) : (tensor<i32>) -> tensor<1xi32>
    %239 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %240 = "stablehlo.reshape"(%239) : (tensor<i32>) -> tensor<1xi32>
    %241 = "stablehlo.concatenate"(%238, %240) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %242 = "stablehlo.dynamic_broadcast_in_dim"(%194, %241) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %243 = "stablehlo.select"(%214, %236, %242) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %244 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %245 = "stablehlo.reshape"(%244) : (tensor<i32>) -> tensor<1xi32>
    %246 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %247 = "stablehlo.reshape"(%246) : (tensor<i32>) -> tensor<1xi32>
    %248 = "stablehlo.concatenate"(%245, %247) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %249 = "stablehlo.dynamic_broadcast_in_dim"(%193, %248) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %250 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %251 = "stablehlo.reshape"(%250) : (tensor<i32>) -> tensor<1xi32>
    %252 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %253 = "stablehlo.reshape"(%252) : (tensor<i32>) -> tensor<1xi32>
    %254 = "stablehlo.concatenate"(%251, %253) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %255 = "stablehlo.dynamic_broadcast_in_dim"(%192, %254) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %256 = "stablehlo.select"(%214, %249, %255) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %257 = "stablehlo.multiply"(%243, %230) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %258 = "stablehlo.add"(%256, %257) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %259 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %260 = "stablehlo.reshape"(%259) : (tensor<i32>) -> tensor<1xi32>
    %261 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %262 = "stablehlo.reshape"(%261) : (tensor<i32>) -> tensor<1xi32>
    %263 = "stablehlo.concatenate"(%260, %262) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %264 = "stablehlo.dynamic_broadcast_in_dim"(%191, %263) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %265 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %266 = "stablehlo.reshape"(%265) : (tensor<i32>) -> tensor<1xi32>
    %267 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %268 = "stablehlo.reshape"(%267) : (tensor<i32>) -> tensor<1xi32>
    %269 = "stablehlo.concatenate"(%266, %268) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %270 = "stablehlo.dynamic_broadcast_in_dim"(%190, %269) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %271 = "stablehlo.select"(%214, %264, %270) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %272 = "stablehlo.multiply"(%258, %230) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %273 = "stablehlo.add"(%271, %272) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %274 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %275 = "stablehlo.reshape"(%274) : (tensor<i32>) -> tensor<1xi32>
    %276 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %277 = "stablehlo.reshape"(%276) : (tensor<i32>) -> tensor<1xi32>
    %278 = "stablehlo.concatenate"(%275, %277) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %279 = "stablehlo.dynamic_broadcast_in_dim"(%189, %278) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %280 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %281 = "stablehlo.reshape"(%280) : (tensor<i32>) -> tensor<1xi32>
    %282 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %283 = "stablehlo.reshape"(%282) : (tensor<i32>) -> tensor<1xi32>
    %284 = "stablehlo.concatenate"(%281, %283) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %285 = "stablehlo.dynamic_broadcast_in_dim"(%188, %284) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %286 = "stablehlo.select"(%214, %279, %285) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %287 = "stablehlo.multiply"(%273, %230) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %288 = "stablehlo.add"(%286, %287) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %289 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %290 = "stablehlo.reshape"(%289) : (tensor<i32>) -> tensor<1xi32>
    %291 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %292 = "stablehlo.reshape"(%291) : (tensor<i32>) -> tensor<1xi32>
    %293 = "stablehlo.concatenate"(%290, %292) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %294 = "stablehlo.dynamic_broadcast_in_dim"(%187, %293) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %295 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %296 = "stablehlo.reshape"(%295) : (tensor<i32>) -> tensor<1xi32>
    %297 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %298 = "stablehlo.reshape"(%297) : (tensor<i32>) -> tensor<1xi32>
    %299 = "stablehlo.concatenate"(%296, %298) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %300 = "stablehlo.dynamic_broadcast_in_dim"(%186, %299) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %301 = "stablehlo.select"(%214, %294, %300) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %302 = "stablehlo.multiply"(%288, %230) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %303 = "stablehlo.add"(%301, %302) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %304 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %305 = "stablehlo.reshape"(%304) : (tensor<i32>) -> tensor<1xi32>
    %306 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %307 = "stablehlo.reshape"(%306) : (tensor<i32>) -> tensor<1xi32>
    %308 = "stablehlo.concatenate"(%305, %307) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %309 = "stablehlo.dynamic_broadcast_in_dim"(%185, %308) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %310 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %311 = "stablehlo.reshape"(%310) : (tensor<i32>) -> tensor<1xi32>
    %312 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %313 = "stablehlo.reshape"(%312) : (tensor<i32>) -> tensor<1xi32>
    %314 = "stablehlo.concatenate"(%311, %313) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %315 = "stablehlo.dynamic_broadcast_in_dim"(%184, %314) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %316 = "stablehlo.select"(%214, %309, %315) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %317 = "stablehlo.multiply"(%303, %230) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %318 = "stablehlo.add"(%316, %317) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %319 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %320 = "stablehlo.reshape"(%319) : (tensor<i32>) -> tensor<1xi32>
    %321 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %322 = "stablehlo.reshape"(%321) : (tensor<i32>) -> tensor<1xi32>
    %323 = "stablehlo.concatenate"(%320, %322) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %324 = "stablehlo.dynamic_broadcast_in_dim"(%183, %323) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %325 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %326 = "stablehlo.reshape"(%325) : (tensor<i32>) -> tensor<1xi32>
    %327 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %328 = "stablehlo.reshape"(%327) : (tensor<i32>) -> tensor<1xi32>
    %329 = "stablehlo.concatenate"(%326, %328) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %330 = "stablehlo.dynamic_broadcast_in_dim"(%182, %329) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %331 = "stablehlo.select"(%214, %324, %330) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %332 = "stablehlo.multiply"(%318, %230) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %333 = "stablehlo.add"(%331, %332) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %334 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %335 = "stablehlo.reshape"(%334) : (tensor<i32>) -> tensor<1xi32>
    %336 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %337 = "stablehlo.reshape"(%336) : (tensor<i32>) -> tensor<1xi32>
    %338 = "stablehlo.concatenate"(%335, %337) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %339 = "stablehlo.dynamic_broadcast_in_dim"(%181, %338) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %340 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %341 = "stablehlo.reshape"(%340) : (tensor<i32>) -> tensor<1xi32>
    %342 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %343 = "stablehlo.reshape"(%342) : (tensor<i32>) -> tensor<1xi32>
    %344 = "stablehlo.concatenate"(%341, %343) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %345 = "stablehlo.dynamic_broadcast_in_dim"(%180, %344) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %346 = "stablehlo.select"(%214, %339, %345) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %347 = "stablehlo.multiply"(%333, %230) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %348 = "stablehlo.add"(%346, %347) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %349 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %350 = "stablehlo.reshape"(%349) : (tensor<i32>) -> tensor<1xi32>
    %351 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %352 = "stablehlo.reshape"(%351) : (tensor<i32>) -> tensor<1xi32>
    %353 = "stablehlo.concatenate"(%350, %352) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %354 = "stablehlo.dynamic_broadcast_in_dim"(%179, %353) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %355 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %356 = "stablehlo.reshape"(%355) : (tensor<i32>) -> tensor<1xi32>
    %357 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %358 = "stablehlo.reshape"(%357) : (tensor<i32>) -> tensor<1xi32>
    %359 = "stablehlo.concatenate"(%356, %358) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %360 = "stablehlo.dynamic_broadcast_in_dim"(%178, %359) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %361 = "stablehlo.select"(%214, %354, %360) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %362 = "stablehlo.multiply"(%348, %230) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %363 = "stablehlo.add"(%361, %362) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %364 = "stablehlo.multiply"(%363, %203) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %365 = "stablehlo.abs"(%203) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %366 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %367 = "stablehlo.reshape"(%366) : (tensor<i32>) -> tensor<1xi32>
    %368 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %369 = "stablehlo.reshape"(%368) : (tensor<i32>) -> tensor<1xi32>
    %370 = "stablehlo.concatenate"(%367, %369) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %371 = "stablehlo.dynamic_broadcast_in_dim"(%202, %370) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %372 = "stablehlo.compare"(%365, %371) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xi1>
    %373 = "stablehlo.get_dimension_size"(%203) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %374 = "stablehlo.reshape"(%373) : (tensor<i32>) -> tensor<1xi32>
    %375 = "stablehlo.get_dimension_size"(%203) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %376 = "stablehlo.reshape"(%375) : (tensor<i32>) -> tensor<1xi32>
    %377 = "stablehlo.concatenate"(%374, %376) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %378 = "stablehlo.dynamic_broadcast_in_dim"(%177, %377) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %379 = "stablehlo.multiply"(%203, %378) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %380 = "stablehlo.select"(%372, %379, %364) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %381 = "stablehlo.reshape"(%arg45) : (tensor<i32>) -> tensor<1xi32>
    %382 = "stablehlo.concatenate"(%381, %199) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %383 = "stablehlo.dynamic_broadcast_in_dim"(%200, %382) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %384 = "stablehlo.multiply"(%383, %380) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    "func.return"(%384) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x4xf32>, sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg41: tensor<i32>, %arg42: tensor<2xui32>, %arg43: tensor<f32>, %arg44: tensor<f32>):
    %115 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %116 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %117 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %118 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %119 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %120 = "stablehlo.constant"() <{value = dense<4> : tensor<ui64>}> : () -> tensor<ui64>
    %121 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %122 = "stablehlo.broadcast_in_dim"(%arg43) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %123 = "stablehlo.broadcast_in_dim"(%arg44) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %124 = "stablehlo.slice"(%arg42) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %125 = "stablehlo.reshape"(%124) : (tensor<1xui32>) -> tensor<ui32>
    %126 = "stablehlo.slice"(%arg42) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %127 = "stablehlo.reshape"(%126) : (tensor<1xui32>) -> tensor<ui32>
    %128 = "stablehlo.reshape"(%arg41) : (tensor<i32>) -> tensor<1xi32>
    %129 = "stablehlo.concatenate"(%128, %121) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %130 = "stablehlo.dynamic_iota"(%129) <{iota_dimension = 0 : i64}> : (tensor<2xi32>) -> tensor<?x4xui64>
    %131 = "stablehlo.reshape"(%arg41) : (tensor<i32>) -> tensor<1xi32>
    %132 = "stablehlo.concatenate"(%131, %121) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %133 = "stablehlo.dynamic_iota"(%132) <{iota_dimension = 1 : i64}> : (tensor<2xi32>) -> tensor<?x4xui64>
    %134 = "stablehlo.reshape"(%arg41) : (tensor<i32>) -> tensor<1xi32>
    %135 = "stablehlo.concatenate"(%134, %121) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %136 = "stablehlo.dynamic_broadcast_in_dim"(%120, %135) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x4xui64>
    %137 = "stablehlo.multiply"(%136, %130) : (tensor<?x4xui64>, tensor<?x4xui64>) -> tensor<?x4xui64>
    %138 = "stablehlo.reshape"(%arg41) : (tensor<i32>) -> tensor<1xi32>
    %139 = "stablehlo.concatenate"(%138, %121) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %140 = "stablehlo.dynamic_broadcast_in_dim"(%119, %139) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x4xui64>
    %141 = "stablehlo.multiply"(%140, %133) : (tensor<?x4xui64>, tensor<?x4xui64>) -> tensor<?x4xui64>
    %142 = "stablehlo.add"(%137, %141) : (tensor<?x4xui64>, tensor<?x4xui64>) -> tensor<?x4xui64>
    %143 = "stablehlo.reshape"(%arg41) : (tensor<i32>) -> tensor<1xi32>
    %144 = "stablehlo.concatenate"(%143, %121) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %145 = "stablehlo.dynamic_broadcast_in_dim"(%118, %144) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x4xui64>
    %146 = "stablehlo.shift_right_logical"(%142, %145) : (tensor<?x4xui64>, tensor<?x4xui64>) -> tensor<?x4xui64>
    %147 = "stablehlo.convert"(%142) : (tensor<?x4xui64>) -> tensor<?x4xui32>
    %148 = "stablehlo.convert"(%146) : (tensor<?x4xui64>) -> tensor<?x4xui32>
    %149:2 = "func.call"(%arg41, %125, %127, %148, %147) <{callee = @threefry2x32}> : (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x4xui32>, tensor<?x4xui32>) -> (tensor<?x4xui32>, tensor<?x4xui32>)
    %150 = "stablehlo.xor"(%149#0, %149#1) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %151 = "stablehlo.reshape"(%arg41) : (tensor<i32>) -> tensor<1xi32>
    %152 = "stablehlo.concatenate"(%151, %121) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %153 = "stablehlo.dynamic_broadcast_in_dim"(%117, %152) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %154 = "stablehlo.shift_right_logical"(%150, %153) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %155 = "stablehlo.reshape"(%arg41) : (tensor<i32>) -> tensor<1xi32>
    %156 = "stablehlo.concatenate"(%155, %121) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %157 = "stablehlo.dynamic_broadcast_in_dim"(%116, %156) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %158 = "stablehlo.or"(%154, %157) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %159 = "stablehlo.bitcast_convert"(%158) : (tensor<?x4xui32>) -> tensor<?x4xf32>
    %160 = "stablehlo.reshape"(%arg41) : (tensor<i32>) -> tensor<1xi32>
    %161 = "stablehlo.concatenate"(%160, %121) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %162 = "stablehlo.dynamic_broadcast_in_dim"(%115, %161) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %163 = "stablehlo.subtract"(%159, %162) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %164 = "stablehlo.subtract"(%123, %122) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %165 = "stablehlo.reshape"(%arg41) : (tensor<i32>) -> tensor<1xi32>
    %166 = "stablehlo.concatenate"(%165, %121) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %167 = "stablehlo.dynamic_broadcast_in_dim"(%164, %166) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %168 = "stablehlo.multiply"(%163, %167) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %169 = "stablehlo.reshape"(%arg41) : (tensor<i32>) -> tensor<1xi32>
    %170 = "stablehlo.concatenate"(%169, %121) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %171 = "stablehlo.dynamic_broadcast_in_dim"(%122, %170) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %172 = "stablehlo.add"(%168, %171) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %173 = "stablehlo.reshape"(%arg41) : (tensor<i32>) -> tensor<1xi32>
    %174 = "stablehlo.concatenate"(%173, %121) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %175 = "stablehlo.dynamic_broadcast_in_dim"(%122, %174) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %176 = "stablehlo.maximum"(%175, %172) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    "func.return"(%176) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x4xui32>, tensor<?x4xui32>) -> (tensor<?x4xui32>, tensor<?x4xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg18: tensor<i32>, %arg19: tensor<ui32>, %arg20: tensor<ui32>, %arg21: tensor<?x4xui32>, %arg22: tensor<?x4xui32>):
    %94 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %95 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %96 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %97 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %98 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %99 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %100 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %101 = "stablehlo.xor"(%arg19, %arg20) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %102 = "stablehlo.xor"(%101, %98) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %103 = "stablehlo.reshape"(%arg18) : (tensor<i32>) -> tensor<1xi32>
    %104 = "stablehlo.concatenate"(%103, %97) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %105 = "stablehlo.dynamic_broadcast_in_dim"(%arg19, %104) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %106 = "stablehlo.add"(%arg21, %105) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %107 = "stablehlo.reshape"(%arg18) : (tensor<i32>) -> tensor<1xi32>
    %108 = "stablehlo.concatenate"(%107, %97) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %109 = "stablehlo.dynamic_broadcast_in_dim"(%arg20, %108) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %110 = "stablehlo.add"(%arg22, %109) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %111:9 = "stablehlo.while"(%96, %96, %106, %110, %arg20, %102, %arg19, %99, %100) ({
    ^bb0(%arg32: tensor<i32>, %arg33: tensor<i32>, %arg34: tensor<?x4xui32>, %arg35: tensor<?x4xui32>, %arg36: tensor<ui32>, %arg37: tensor<ui32>, %arg38: tensor<ui32>, %arg39: tensor<4xui32>, %arg40: tensor<4xui32>):
      %114 = "stablehlo.compare"(%arg32, %95) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%114) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg23: tensor<i32>, %arg24: tensor<i32>, %arg25: tensor<?x4xui32>, %arg26: tensor<?x4xui32>, %arg27: tensor<ui32>, %arg28: tensor<ui32>, %arg29: tensor<ui32>, %arg30: tensor<4xui32>, %arg31: tensor<4xui32>):
      %112:8 = "func.call"(%arg18, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29, %arg30, %arg31) <{callee = @closed_call}> : (tensor<i32>, tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %113 = "stablehlo.add"(%arg23, %94) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%113, %112#0, %112#1, %112#2, %112#3, %112#4, %112#5, %112#6, %112#7) : (tensor<i32>, tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%111#2, %111#3) : (tensor<?x4xui32>, tensor<?x4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<i32>, %arg10: tensor<i32>, %arg11: tensor<?x4xui32>, %arg12: tensor<?x4xui32>, %arg13: tensor<ui32>, %arg14: tensor<ui32>, %arg15: tensor<ui32>, %arg16: tensor<4xui32>, %arg17: tensor<4xui32>):
    %20 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %21 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %22 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %23 = "stablehlo.add"(%arg10, %22) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %24 = "stablehlo.slice"(%arg16) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %25 = "stablehlo.reshape"(%24) : (tensor<1xui32>) -> tensor<ui32>
    %26 = "stablehlo.add"(%arg11, %arg12) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %27 = "stablehlo.reshape"(%arg9) : (tensor<i32>) -> tensor<1xi32>
    %28 = "stablehlo.concatenate"(%27, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %29 = "stablehlo.dynamic_broadcast_in_dim"(%25, %28) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %30 = "stablehlo.shift_left"(%arg12, %29) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %31 = "stablehlo.subtract"(%20, %25) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %32 = "stablehlo.reshape"(%arg9) : (tensor<i32>) -> tensor<1xi32>
    %33 = "stablehlo.concatenate"(%32, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %34 = "stablehlo.dynamic_broadcast_in_dim"(%31, %33) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %35 = "stablehlo.shift_right_logical"(%arg12, %34) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %36 = "stablehlo.or"(%30, %35) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %37 = "stablehlo.xor"(%26, %36) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %38 = "stablehlo.slice"(%arg16) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %39 = "stablehlo.reshape"(%38) : (tensor<1xui32>) -> tensor<ui32>
    %40 = "stablehlo.add"(%26, %37) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %41 = "stablehlo.reshape"(%arg9) : (tensor<i32>) -> tensor<1xi32>
    %42 = "stablehlo.concatenate"(%41, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %43 = "stablehlo.dynamic_broadcast_in_dim"(%39, %42) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %44 = "stablehlo.shift_left"(%37, %43) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %45 = "stablehlo.subtract"(%20, %39) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %46 = "stablehlo.reshape"(%arg9) : (tensor<i32>) -> tensor<1xi32>
    %47 = "stablehlo.concatenate"(%46, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %48 = "stablehlo.dynamic_broadcast_in_dim"(%45, %47) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %49 = "stablehlo.shift_right_logical"(%37, %48) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %50 = "stablehlo.or"(%44, %49) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %51 = "stablehlo.xor"(%40, %50) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %52 = "stablehlo.slice"(%arg16) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %53 = "stablehlo.reshape"(%52) : (tensor<1xui32>) -> tensor<ui32>
    %54 = "stablehlo.add"(%40, %51) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %55 = "stablehlo.reshape"(%arg9) : (tensor<i32>) -> tensor<1xi32>
    %56 = "stablehlo.concatenate"(%55, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %57 = "stablehlo.dynamic_broadcast_in_dim"(%53, %56) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %58 = "stablehlo.shift_left"(%51, %57) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %59 = "stablehlo.subtract"(%20, %53) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %60 = "stablehlo.reshape"(%arg9) : (tensor<i32>) -> tensor<1xi32>
    %61 = "stablehlo.concatenate"(%60, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %62 = "stablehlo.dynamic_broadcast_in_dim"(%59, %61) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %63 = "stablehlo.shift_right_logical"(%51, %62) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %64 = "stablehlo.or"(%58, %63) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %65 = "stablehlo.xor"(%54, %64) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %66 = "stablehlo.slice"(%arg16) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %67 = "stablehlo.reshape"(%66) : (tensor<1xui32>) -> tensor<ui32>
    %68 = "stablehlo.add"(%54, %65) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %69 = "stablehlo.reshape"(%arg9) : (tensor<i32>) -> tensor<1xi32>
    %70 = "stablehlo.concatenate"(%69, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %71 = "stablehlo.dynamic_broadcast_in_dim"(%67, %70) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %72 = "stablehlo.shift_left"(%65, %71) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %73 = "stablehlo.subtract"(%20, %67) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %74 = "stablehlo.reshape"(%arg9) : (tensor<i32>) -> tensor<1xi32>
    %75 = "stablehlo.concatenate"(%74, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %76 = "stablehlo.dynamic_broadcast_in_dim"(%73, %75) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %77 = "stablehlo.shift_right_logical"(%65, %76) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %78 = "stablehlo.or"(%72, %77) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %79 = "stablehlo.xor"(%68, %78) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %80 = "stablehlo.reshape"(%arg9) : (tensor<i32>) -> tensor<1xi32>
    %81 = "stablehlo.concatenate"(%80, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %82 = "stablehlo.dynamic_broadcast_in_dim"(%arg13, %81) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %83 = "stablehlo.add"(%68, %82) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %84 = "stablehlo.reshape"(%arg9) : (tensor<i32>) -> tensor<1xi32>
    %85 = "stablehlo.concatenate"(%84, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %86 = "stablehlo.dynamic_broadcast_in_dim"(%arg14, %85) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %87 = "stablehlo.add"(%79, %86) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %88 = "stablehlo.add"(%arg10, %22) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %89 = "stablehlo.convert"(%88) : (tensor<i32>) -> tensor<ui32>
    %90 = "stablehlo.reshape"(%arg9) : (tensor<i32>) -> tensor<1xi32>
    %91 = "stablehlo.concatenate"(%90, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %92 = "stablehlo.dynamic_broadcast_in_dim"(%89, %91) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %93 = "stablehlo.add"(%87, %92) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    "func.return"(%23, %83, %93, %arg14, %arg15, %arg13, %arg17, %arg16) : (tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<4xi32>, tensor<i32>) -> tensor<4xi32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<i32>, %arg7: tensor<4xi32>, %arg8: tensor<i32>):
    %2 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %4 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %5 = "stablehlo.compare"(%4, %3) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %6 = "func.call"(%arg6, %5, %2, %4) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %7 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %8 = "stablehlo.remainder"(%arg7, %7) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %9 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %10 = "stablehlo.compare"(%8, %9) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %11 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %12 = "stablehlo.compare"(%8, %11) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %13 = "stablehlo.compare"(%6, %3) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %14 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4xi1>
    %15 = "stablehlo.compare"(%12, %14) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    %16 = "stablehlo.and"(%15, %10) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    %17 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %18 = "stablehlo.add"(%8, %17) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %19 = "stablehlo.select"(%16, %18, %8) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    "func.return"(%19) : (tensor<4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<i32>, %arg3: tensor<i1>, %arg4: tensor<i32>, %arg5: tensor<i32>):
    %1 = "stablehlo.select"(%arg3, %arg4, %arg5) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%1) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x4xf32>) -> tensor<?x4xf32>, sym_name = "_flip", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x4xf32>):
    %0 = "stablehlo.reverse"(%arg1) <{dimensions = array<i64: 1>}> : (tensor<?x4xf32>) -> tensor<?x4xf32>
    "func.return"(%0) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
