"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg57: tensor<?x8xf32>, %arg58: tensor<8xf32>, %arg59: tensor<8x8xf32>, %arg60: tensor<8xi32>):
    %406 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %407 = "stablehlo.get_dimension_size"(%arg57) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %408 = "stablehlo.compare"(%407, %406) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%408, %407) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 8). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %409 = "func.call"(%407, %arg57, %arg58, %arg59, %arg60) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>
    "func.return"(%409) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<?x8xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg44: tensor<i32>, %arg45: tensor<?x8xf32>, %arg46: tensor<8xf32>, %arg47: tensor<8x8xf32>, %arg48: tensor<8xi32>):
    %380 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %381 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %382 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %383 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %384 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %385 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %386 = "stablehlo.constant"() <{value = dense<693> : tensor<i32>}> : () -> tensor<i32>
    %387 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %388 = "stablehlo.shift_right_logical"(%386, %387) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %389 = "stablehlo.convert"(%388) : (tensor<i32>) -> tensor<ui32>
    %390 = "stablehlo.broadcast_in_dim"(%389) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %391 = "stablehlo.and"(%386, %385) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %392 = "stablehlo.convert"(%391) : (tensor<i32>) -> tensor<ui32>
    %393 = "stablehlo.broadcast_in_dim"(%392) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %394 = "stablehlo.concatenate"(%390, %393) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %395 = "func.call"(%arg44, %394) <{callee = @_normal}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x8xf32>
    %396 = "stablehlo.reshape"(%arg44) : (tensor<i32>) -> tensor<1xi32>
    %397 = "stablehlo.concatenate"(%396, %383) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %398 = "stablehlo.dynamic_broadcast_in_dim"(%384, %397) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %399 = "stablehlo.multiply"(%398, %395) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %400 = "stablehlo.add"(%arg45, %399) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %401 = "stablehlo.multiply"(%400, %400) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %402:4 = "stablehlo.while"(%arg46, %382, %382, %401) ({
    ^bb0(%arg53: tensor<8xf32>, %arg54: tensor<i32>, %arg55: tensor<i32>, %arg56: tensor<?x8xf32>):
      %405 = "stablehlo.compare"(%arg54, %381) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%405) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg49: tensor<8xf32>, %arg50: tensor<i32>, %arg51: tensor<i32>, %arg52: tensor<?x8xf32>):
      %403:2 = "func.call"(%arg44, %arg49, %arg51, %arg52) <{callee = @closed_call_0}> : (tensor<i32>, tensor<8xf32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<i32>, tensor<?x8xf32>)
      %404 = "stablehlo.add"(%arg50, %380) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg49, %404, %403#0, %403#1) : (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>) -> ()
    }) : (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<?x8xf32>)
    "func.return"(%402#3) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x8xf32>, sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg42: tensor<i32>, %arg43: tensor<2xui32>):
    %379 = "func.call"(%arg42, %arg43) <{callee = @_normal_real}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x8xf32>
    "func.return"(%379) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x8xf32>, sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg40: tensor<i32>, %arg41: tensor<2xui32>):
    %171 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %172 = "stablehlo.constant"() <{value = dense<2.83297682> : tensor<f32>}> : () -> tensor<f32>
    %173 = "stablehlo.constant"() <{value = dense<1.50140941> : tensor<f32>}> : () -> tensor<f32>
    %174 = "stablehlo.constant"() <{value = dense<1.00167406> : tensor<f32>}> : () -> tensor<f32>
    %175 = "stablehlo.constant"() <{value = dense<0.246640727> : tensor<f32>}> : () -> tensor<f32>
    %176 = "stablehlo.constant"() <{value = dense<0.00943887047> : tensor<f32>}> : () -> tensor<f32>
    %177 = "stablehlo.constant"() <{value = dense<-0.00417768164> : tensor<f32>}> : () -> tensor<f32>
    %178 = "stablehlo.constant"() <{value = dense<-0.0076224613> : tensor<f32>}> : () -> tensor<f32>
    %179 = "stablehlo.constant"() <{value = dense<-0.00125372503> : tensor<f32>}> : () -> tensor<f32>
    %180 = "stablehlo.constant"() <{value = dense<0.00573950773> : tensor<f32>}> : () -> tensor<f32>
    %181 = "stablehlo.constant"() <{value = dense<2.1858087E-4> : tensor<f32>}> : () -> tensor<f32>
    %182 = "stablehlo.constant"() <{value = dense<-0.00367342844> : tensor<f32>}> : () -> tensor<f32>
    %183 = "stablehlo.constant"() <{value = dense<-4.39150654E-6> : tensor<f32>}> : () -> tensor<f32>
    %184 = "stablehlo.constant"() <{value = dense<0.00134934322> : tensor<f32>}> : () -> tensor<f32>
    %185 = "stablehlo.constant"() <{value = dense<-3.5233877E-6> : tensor<f32>}> : () -> tensor<f32>
    %186 = "stablehlo.constant"() <{value = dense<1.00950558E-4> : tensor<f32>}> : () -> tensor<f32>
    %187 = "stablehlo.constant"() <{value = dense<3.43273939E-7> : tensor<f32>}> : () -> tensor<f32>
    %188 = "stablehlo.constant"() <{value = dense<-2.00214257E-4> : tensor<f32>}> : () -> tensor<f32>
    %189 = "stablehlo.constant"() <{value = dense<2.81022636E-8> : tensor<f32>}> : () -> tensor<f32>
    %190 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %191 = "stablehlo.constant"() <{value = dense<2.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %192 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %193 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %194 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %195 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %196 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %197 = "func.call"(%arg40, %arg41, %195, %196) <{callee = @_uniform}> : (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x8xf32>
    %198 = "stablehlo.negate"(%197) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %199 = "stablehlo.multiply"(%197, %198) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %200 = "stablehlo.log_plus_one"(%199) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %201 = "stablehlo.negate"(%200) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %202 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %203 = "stablehlo.reshape"(%202) : (tensor<i32>) -> tensor<1xi32>
    %204 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %205 = "stablehlo.reshape"(%204) : (tensor<i32>) -> tensor<1xi32>
    %206 = "stablehlo.concatenate"(%203, %205) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %207 = "stablehlo.dynamic_broadcast_in_dim"(%192, %206) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %208 = "stablehlo.compare"(%201, %207) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xi1>
    %209 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %210 = "stablehlo.reshape"(%209) : (tensor<i32>) -> tensor<1xi32>
    %211 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %212 = "stablehlo.reshape"(%211) : (tensor<i32>) -> tensor<1xi32>
    %213 = "stablehlo.concatenate"(%210, %212) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %214 = "stablehlo.dynamic_broadcast_in_dim"(%191, %213) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %215 = "stablehlo.subtract"(%201, %214) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %216 = "stablehlo.sqrt"(%201) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %217 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %218 = "stablehlo.reshape"(%217) : (tensor<i32>) -> tensor<1xi32>
    %219 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %220 = "stablehlo.reshape"(%219) : (tensor<i32>) -> tensor<1xi32>
    %221 = "stablehlo.concatenate"(%218, %220) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %222 = "stablehlo.dynamic_broadcast_in_dim"(%190, %221) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %223 = "stablehlo.subtract"(%216, %222) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %224 = "stablehlo.select"(%208, %215, %223) : (tensor<?x8xi1>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %225 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %226 = "stablehlo.reshape"(%225) : (tensor<i32>) -> tensor<1xi32>
    %227 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %228 = "stablehlo.reshape"(%227) : (tensor<i32>) -> tensor<1xi32>
    %229 = "stablehlo.concatenate"(%226, %228) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %230 = "stablehlo.dynamic_broadcast_in_dim"(%189, %229) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %231 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %232 = "stablehlo.reshape"(%231) : (tensor<i32>) -> tensor<1xi32>
    %233 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %234 = "stablehlo.reshape"(%233) : (tensor<i32>) -> tensor<1xi32>
    %235 = "stablehlo.concatenate"(%232, %234) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %236 = "stablehlo.dynamic_broadcast_in_dim"(%188, %235) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %237 = "stablehlo.select"(%208, %230, %236) : (tensor<?x8xi1>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %238 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %239 = "stablehlo.reshape"(%238) : (tensor<i32>) -> tensor<1xi32>
    %240 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %241 = "stablehlo.reshape"(%240) : (tensor<i32>) -> tensor<1xi32>
    %242 = "stablehlo.concatenate"(%239, %241) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %243 = "stablehlo.dynamic_broadcast_in_dim"(%187, %242) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %244 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %245 = "stablehlo.reshape"(%244) : (tensor<i32>) -> tensor<1xi32>
    %246 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %247 = "stablehlo.reshape"(%246) : (tensor<i32>) -> tensor<1xi32>
    %248 = "stablehlo.concatenate"(%245, %247) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %249 = "stablehlo.dynamic_broadcast_in_dim"(%186, %248) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %250 = "stablehlo.select"(%208, %243, %249) : (tensor<?x8xi1>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %251 = "stablehlo.multiply"(%237, %224) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %252 = "stablehlo.add"(%250, %251) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %253 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %254 = "stablehlo.reshape"(%253) : (tensor<i32>) -> tensor<1xi32>
    %255 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %256 = "stablehlo.reshape"(%255) : (tensor<i32>) -> tensor<1xi32>
    %257 = "stablehlo.concatenate"(%254, %256) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %258 = "stablehlo.dynamic_broadcast_in_dim"(%185, %257) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %259 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %260 = "stablehlo.reshape"(%259) : (tensor<i32>) -> tensor<1xi32>
    %261 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %262 = "stablehlo.reshape"(%261) : (tensor<i32>) -> tensor<1xi32>
    %263 = "stablehlo.concatenate"(%260, %262) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %264 = "stablehlo.dynamic_broadcast_in_dim"(%184, %263) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %265 = "stablehlo.select"(%208, %258, %264) : (tensor<?x8xi1>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %266 = "stablehlo.multiply"(%252, %224) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %267 = "stablehlo.add"(%265, %266) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %268 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %269 = "stablehlo.reshape"(%268) : (tensor<i32>) -> tensor<1xi32>
    %270 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %271 = "stablehlo.reshape"(%270) : (tensor<i32>) -> tensor<1xi32>
    %272 = "stablehlo.concatenate"(%269, %271) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %273 = "stablehlo.dynamic_broadcast_in_dim"(%183, %272) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %274 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %275 = "stablehlo.reshape"(%274) : (tensor<i32>) -> tensor<1xi32>
    %276 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %277 = "stablehlo.reshape"(%276) : (tensor<i32>) -> tensor<1xi32>
    %278 = "stablehlo.concatenate"(%275, %277) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %279 = "stablehlo.dynamic_broadcast_in_dim"(%182, %278) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %280 = "stablehlo.select"(%208, %273, %279) : (tensor<?x8xi1>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %281 = "stablehlo.multiply"(%267, %224) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %282 = "stablehlo.add"(%280, %281) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %283 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %284 = "stablehlo.reshape"(%283) : (tensor<i32>) -> tensor<1xi32>
    %285 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %286 = "stablehlo.reshape"(%285) : (tensor<i32>) -> tensor<1xi32>
    %287 = "stablehlo.concatenate"(%284, %286) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %288 = "stablehlo.dynamic_broadcast_in_dim"(%181, %287) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %289 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %290 = "stablehlo.reshape"(%289) : (tensor<i32>) -> tensor<1xi32>
    %291 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %292 = "stablehlo.reshape"(%291) : (tensor<i32>) -> tensor<1xi32>
    %293 = "stablehlo.concatenate"(%290, %292) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %294 = "stablehlo.dynamic_broadcast_in_dim"(%180, %293) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %295 = "stablehlo.select"(%208, %288, %294) : (tensor<?x8xi1>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %296 = "stablehlo.multiply"(%282, %224) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %297 = "stablehlo.add"(%295, %296) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %298 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %299 = "stablehlo.reshape"(%298) : (tensor<i32>) -> tensor<1xi32>
    %300 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %301 = "stablehlo.reshape"(%300) : (tensor<i32>) -> tensor<1xi32>
    %302 = "stablehlo.concatenate"(%299, %301) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %303 = "stablehlo.dynamic_broadcast_in_dim"(%179, %302) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %304 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %305 = "stablehlo.reshape"(%304) : (tensor<i32>) -> tensor<1xi32>
    %306 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %307 = "stablehlo.reshape"(%306) : (tensor<i32>) -> tensor<1xi32>
    %308 = "stablehlo.concatenate"(%305, %307) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %309 = "stablehlo.dynamic_broadcast_in_dim"(%178, %308) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %310 = "stablehlo.select"(%208, %303, %309) : (tensor<?x8xi1>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %311 = "stablehlo.multiply"(%297, %224) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %312 = "stablehlo.add"(%310, %311) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %313 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %314 = "stablehlo.reshape"(%313) : (tensor<i32>) -> tensor<1xi32>
    %315 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %316 = "stablehlo.reshape"(%315) : (tensor<i32>) -> tensor<1xi32>
    %317 = "stablehlo.concatenate"(%314, %316) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %318 = "stablehlo.dynamic_broadcast_in_dim"(%177, %317) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %319 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %320 = "stablehlo.reshape"(%319) : (tensor<i32>) -> tensor<1xi32>
    %321 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %322 = "stablehlo.reshape"(%321) : (tensor<i32>) -> tensor<1xi32>
    %323 = "stablehlo.concatenate"(%320, %322) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %324 = "stablehlo.dynamic_broadcast_in_dim"(%176, %323) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %325 = "stablehlo.select"(%208, %318, %324) : (tensor<?x8xi1>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %326 = "stablehlo.multiply"(%312, %224) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %327 = "stablehlo.add"(%325, %326) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %328 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %329 = "stablehlo.reshape"(%328) : (tensor<i32>) -> tensor<1xi32>
    %330 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %331 = "stablehlo.reshape"(%330) : (tensor<i32>) -> tensor<1xi32>
    %332 = "stablehlo.concatenate"(%329, %331) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %333 = "stablehlo.dynamic_broadcast_in_dim"(%175, %332) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %334 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %335 = "stablehlo.reshape"(%334) : (tensor<i32>) -> tensor<1xi32>
    %336 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %337 = "stablehlo.reshape"(%336) : (tensor<i32>) -> tensor<1xi32>
    %338 = "stablehlo.concatenate"(%335, %337) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %339 = "stablehlo.dynamic_broadcast_in_dim"(%174, %338) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %340 = "stablehlo.select"(%208, %333, %339) : (tensor<?x8xi1>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %341 = "stablehlo.multiply"(%327, %224) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %342 = "stablehlo.add"(%340, %341) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %343 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %344 = "stablehlo.reshape"(%343) : (tensor<i32>) -> tensor<1xi32>
    %345 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %346 = "stablehlo.reshape"(%345) : (tensor<i32>) -> tensor<1xi32>
    %347 = "stablehlo.concatenate"(%344, %346) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %348 = "stablehlo.dynamic_broadcast_in_dim"(%173, %347) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %349 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %350 = "stablehlo.reshape"(%349) : (tensor<i32>) -> tensor<1xi32>
    %351 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %352 = "stablehlo.reshape"(%351) : (tensor<i32>) -> tensor<1xi32>
    %353 = "stablehlo.concatenate"(%350, %352) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %354 = "stablehlo.dynamic_broadcast_in_dim"(%172, %353) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %355 = "stablehlo.select"(%208, %348, %354) : (tensor<?x8xi1>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %356 = "stablehlo.multiply"(%342, %224) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %357 = "stablehlo.add"(%355, %356) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %358 = "stablehlo.multiply"(%357, %197) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %359 = "stablehlo.abs"(%197) : (tensor<?x8xf32>) -> tensor<?x8xf32>
    %360 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %361 = "stablehlo.reshape"(%360) : (tensor<i32>) -> tensor<1xi32>
    %362 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %363 = "stablehlo.reshape"(%362) : (tensor<i32>) -> tensor<1xi32>
    %364 = "stablehlo.concatenate"(%361, %363) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %365 = "stablehlo.dynamic_broadcast_in_dim"(%196, %364) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %366 = "stablehlo.compare"(%359, %365) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xi1>
    %367 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %368 = "stablehlo.reshape"(%367) : (tensor<i32>) -> tensor<1xi32>
    %369 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x8xf32>) -> tensor<i32>
    %370 = "stablehlo.reshape"(%369) : (tensor<i32>) -> tensor<1xi32>
    %371 = "stablehlo.concatenate"(%368, %370) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %372 = "stablehlo.dynamic_broadcast_in_dim"(%171, %371) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %373 = "stablehlo.multiply"(%197, %372) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %374 = "stablehlo.select"(%366, %373, %358) : (tensor<?x8xi1>, tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %375 = "stablehlo.reshape"(%arg40) : (tensor<i32>) -> tensor<1xi32>
    %376 = "stablehlo.concatenate"(%375, %193) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %377 = "stablehlo.dynamic_broadcast_in_dim"(%194, %376) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %378 = "stablehlo.multiply"(%377, %374) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%378) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x8xf32>, sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg36: tensor<i32>, %arg37: tensor<2xui32>, %arg38: tensor<f32>, %arg39: tensor<f32>):
    %109 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %110 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %111 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %112 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %113 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %114 = "stablehlo.constant"() <{value = dense<8> : tensor<ui64>}> : () -> tensor<ui64>
    %115 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %116 = "stablehlo.broadcast_in_dim"(%arg38) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %117 = "stablehlo.broadcast_in_dim"(%arg39) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %118 = "stablehlo.slice"(%arg37) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %119 = "stablehlo.reshape"(%118) : (tensor<1xui32>) -> tensor<ui32>
    %120 = "stablehlo.slice"(%arg37) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %121 = "stablehlo.reshape"(%120) : (tensor<1xui32>) -> tensor<ui32>
    %122 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %123 = "stablehlo.concatenate"(%122, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %124 = "stablehlo.dynamic_iota"(%123) <{iota_dimension = 0 : i64}> : (tensor<2xi32>) -> tensor<?x8xui64>
    %125 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %126 = "stablehlo.concatenate"(%125, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %127 = "stablehlo.dynamic_iota"(%126) <{iota_dimension = 1 : i64}> : (tensor<2xi32>) -> tensor<?x8xui64>
    %128 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %129 = "stablehlo.concatenate"(%128, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %130 = "stablehlo.dynamic_broadcast_in_dim"(%114, %129) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x8xui64>
    %131 = "stablehlo.multiply"(%130, %124) : (tensor<?x8xui64>, tensor<?x8xui64>) -> tensor<?x8xui64>
    %132 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %133 = "stablehlo.concatenate"(%132, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %134 = "stablehlo.dynamic_broadcast_in_dim"(%113, %133) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x8xui64>
    %135 = "stablehlo.multiply"(%134, %127) : (tensor<?x8xui64>, tensor<?x8xui64>) -> tensor<?x8xui64>
    %136 = "stablehlo.add"(%131, %135) : (tensor<?x8xui64>, tensor<?x8xui64>) -> tensor<?x8xui64>
    %137 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %138 = "stablehlo.concatenate"(%137, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %139 = "stablehlo.dynamic_broadcast_in_dim"(%112, %138) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x8xui64>
    %140 = "stablehlo.shift_right_logical"(%136, %139) : (tensor<?x8xui64>, tensor<?x8xui64>) -> tensor<?x8xui64>
    %141 = "stablehlo.convert"(%136) : (tensor<?x8xui64>) -> tensor<?x8xui32>
    %142 = "stablehlo.convert"(%140) : (tensor<?x8xui64>) -> tensor<?x8xui32>
    %143:2 = "func.call"(%arg36, %119, %121, %142, %141) <{callee = @threefry2x32}> : (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x8xui32>, tensor<?x8xui32>) -> (tensor<?x8xui32>, tensor<?x8xui32>)
    %144 = "stablehlo.xor"(%143#0, %143#1) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %145 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %146 = "stablehlo.concatenate"(%145, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %147 = "stablehlo.dynamic_broadcast_in_dim"(%111, %146) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x8xui32>
    %148 = "stablehlo.shift_right_logical"(%144, %147) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %149 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %150 = "stablehlo.concatenate"(%149, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %151 = "stablehlo.dynamic_broadcast_in_dim"(%110, %150) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x8xui32>
    %152 = "stablehlo.or"(%148, %151) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %153 = "stablehlo.bitcast_convert"(%152) : (tensor<?x8xui32>) -> tensor<?x8xf32>
    %154 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %155 = "stablehlo.concatenate"(%154, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %156 = "stablehlo.dynamic_broadcast_in_dim"(%109, %155) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x8xf32>
    %157 = "stablehlo.subtract"(%153, %156) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %158 = "stablehlo.subtract"(%117, %116) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %159 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %160 = "stablehlo.concatenate"(%159, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %161 = "stablehlo.dynamic_broadcast_in_dim"(%158, %160) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %162 = "stablehlo.multiply"(%157, %161) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %163 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %164 = "stablehlo.concatenate"(%163, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %165 = "stablehlo.dynamic_broadcast_in_dim"(%116, %164) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %166 = "stablehlo.add"(%162, %165) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    %167 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %168 = "stablehlo.concatenate"(%167, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %169 = "stablehlo.dynamic_broadcast_in_dim"(%116, %168) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x8xf32>
    %170 = "stablehlo.maximum"(%169, %166) : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
    "func.return"(%170) : (tensor<?x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x8xui32>, tensor<?x8xui32>) -> (tensor<?x8xui32>, tensor<?x8xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg13: tensor<i32>, %arg14: tensor<ui32>, %arg15: tensor<ui32>, %arg16: tensor<?x8xui32>, %arg17: tensor<?x8xui32>):
    %88 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %89 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %90 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %91 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %92 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %93 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %94 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %95 = "stablehlo.xor"(%arg14, %arg15) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %96 = "stablehlo.xor"(%95, %92) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %97 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %98 = "stablehlo.concatenate"(%97, %91) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %99 = "stablehlo.dynamic_broadcast_in_dim"(%arg14, %98) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x8xui32>
    %100 = "stablehlo.add"(%arg16, %99) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %101 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %102 = "stablehlo.concatenate"(%101, %91) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %103 = "stablehlo.dynamic_broadcast_in_dim"(%arg15, %102) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x8xui32>
    %104 = "stablehlo.add"(%arg17, %103) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %105:9 = "stablehlo.while"(%90, %90, %100, %104, %arg15, %96, %arg14, %93, %94) ({
    ^bb0(%arg27: tensor<i32>, %arg28: tensor<i32>, %arg29: tensor<?x8xui32>, %arg30: tensor<?x8xui32>, %arg31: tensor<ui32>, %arg32: tensor<ui32>, %arg33: tensor<ui32>, %arg34: tensor<4xui32>, %arg35: tensor<4xui32>):
      %108 = "stablehlo.compare"(%arg27, %89) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%108) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg18: tensor<i32>, %arg19: tensor<i32>, %arg20: tensor<?x8xui32>, %arg21: tensor<?x8xui32>, %arg22: tensor<ui32>, %arg23: tensor<ui32>, %arg24: tensor<ui32>, %arg25: tensor<4xui32>, %arg26: tensor<4xui32>):
      %106:8 = "func.call"(%arg13, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26) <{callee = @closed_call}> : (tensor<i32>, tensor<i32>, tensor<?x8xui32>, tensor<?x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x8xui32>, tensor<?x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %107 = "stablehlo.add"(%arg18, %88) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%107, %106#0, %106#1, %106#2, %106#3, %106#4, %106#5, %106#6, %106#7) : (tensor<i32>, tensor<i32>, tensor<?x8xui32>, tensor<?x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<?x8xui32>, tensor<?x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<?x8xui32>, tensor<?x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%105#2, %105#3) : (tensor<?x8xui32>, tensor<?x8xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<?x8xui32>, tensor<?x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x8xui32>, tensor<?x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<i32>, %arg6: tensor<?x8xui32>, %arg7: tensor<?x8xui32>, %arg8: tensor<ui32>, %arg9: tensor<ui32>, %arg10: tensor<ui32>, %arg11: tensor<4xui32>, %arg12: tensor<4xui32>):
    %14 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %15 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %16 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %17 = "stablehlo.add"(%arg5, %16) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %18 = "stablehlo.slice"(%arg11) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %19 = "stablehlo.reshape"(%18) : (tensor<1xui32>) -> tensor<ui32>
    %20 = "stablehlo.add"(%arg6, %arg7) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %21 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %22 = "stablehlo.concatenate"(%21, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %23 = "stablehlo.dynamic_broadcast_in_dim"(%19, %22) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x8xui32>
    %24 = "stablehlo.shift_left"(%arg7, %23) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %25 = "stablehlo.subtract"(%14, %19) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %26 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %27 = "stablehlo.concatenate"(%26, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %28 = "stablehlo.dynamic_broadcast_in_dim"(%25, %27) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x8xui32>
    %29 = "stablehlo.shift_right_logical"(%arg7, %28) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %30 = "stablehlo.or"(%24, %29) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %31 = "stablehlo.xor"(%20, %30) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %32 = "stablehlo.slice"(%arg11) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %33 = "stablehlo.reshape"(%32) : (tensor<1xui32>) -> tensor<ui32>
    %34 = "stablehlo.add"(%20, %31) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %35 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %36 = "stablehlo.concatenate"(%35, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %37 = "stablehlo.dynamic_broadcast_in_dim"(%33, %36) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x8xui32>
    %38 = "stablehlo.shift_left"(%31, %37) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %39 = "stablehlo.subtract"(%14, %33) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %40 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %41 = "stablehlo.concatenate"(%40, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %42 = "stablehlo.dynamic_broadcast_in_dim"(%39, %41) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x8xui32>
    %43 = "stablehlo.shift_right_logical"(%31, %42) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %44 = "stablehlo.or"(%38, %43) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %45 = "stablehlo.xor"(%34, %44) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %46 = "stablehlo.slice"(%arg11) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %47 = "stablehlo.reshape"(%46) : (tensor<1xui32>) -> tensor<ui32>
    %48 = "stablehlo.add"(%34, %45) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %49 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %50 = "stablehlo.concatenate"(%49, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %51 = "stablehlo.dynamic_broadcast_in_dim"(%47, %50) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x8xui32>
    %52 = "stablehlo.shift_left"(%45, %51) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %53 = "stablehlo.subtract"(%14, %47) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %54 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %55 = "stablehlo.concatenate"(%54, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %56 = "stablehlo.dynamic_broadcast_in_dim"(%53, %55) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x8xui32>
    %57 = "stablehlo.shift_right_logical"(%45, %56) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %58 = "stablehlo.or"(%52, %57) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %59 = "stablehlo.xor"(%48, %58) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %60 = "stablehlo.slice"(%arg11) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %61 = "stablehlo.reshape"(%60) : (tensor<1xui32>) -> tensor<ui32>
    %62 = "stablehlo.add"(%48, %59) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %63 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %64 = "stablehlo.concatenate"(%63, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %65 = "stablehlo.dynamic_broadcast_in_dim"(%61, %64) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x8xui32>
    %66 = "stablehlo.shift_left"(%59, %65) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %67 = "stablehlo.subtract"(%14, %61) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %68 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %69 = "stablehlo.concatenate"(%68, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %70 = "stablehlo.dynamic_broadcast_in_dim"(%67, %69) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x8xui32>
    %71 = "stablehlo.shift_right_logical"(%59, %70) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %72 = "stablehlo.or"(%66, %71) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %73 = "stablehlo.xor"(%62, %72) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %74 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %75 = "stablehlo.concatenate"(%74, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %76 = "stablehlo.dynamic_broadcast_in_dim"(%arg8, %75) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x8xui32>
    %77 = "stablehlo.add"(%62, %76) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %78 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %79 = "stablehlo.concatenate"(%78, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %80 = "stablehlo.dynamic_broadcast_in_dim"(%arg9, %79) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x8xui32>
    %81 = "stablehlo.add"(%73, %80) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    %82 = "stablehlo.add"(%arg5, %16) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %83 = "stablehlo.convert"(%82) : (tensor<i32>) -> tensor<ui32>
    %84 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %85 = "stablehlo.concatenate"(%84, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %86 = "stablehlo.dynamic_broadcast_in_dim"(%83, %85) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x8xui32>
    %87 = "stablehlo.add"(%81, %86) : (tensor<?x8xui32>, tensor<?x8xui32>) -> tensor<?x8xui32>
    "func.return"(%17, %77, %87, %arg9, %arg10, %arg8, %arg12, %arg11) : (tensor<i32>, tensor<?x8xui32>, tensor<?x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<8xf32>, tensor<i32>, tensor<?x8xf32>) -> (tensor<i32>, tensor<?x8xf32>), sym_name = "closed_call_0", sym_visibility = "private"}> ({
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
