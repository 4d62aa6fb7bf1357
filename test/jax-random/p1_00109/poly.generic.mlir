"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> (tensor<?x6xf32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg73: tensor<?x6xf32>, %arg74: tensor<6xf32>, %arg75: tensor<6x6xf32>, %arg76: tensor<6xi32>):
    %490 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %491 = "stablehlo.get_dimension_size"(%arg73) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %492 = "stablehlo.compare"(%491, %490) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%492, %491) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 6). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %493:2 = "func.call"(%491, %arg73, %arg74, %arg75, %arg76) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> (tensor<?x6xf32>, tensor<?x2xf32>)
    "func.return"(%493#0, %493#1) : (tensor<?x6xf32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> (tensor<?x6xf32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg68: tensor<i32>, %arg69: tensor<?x6xf32>, %arg70: tensor<6xf32>, %arg71: tensor<6x6xf32>, %arg72: tensor<6xi32>):
    %452 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %453 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %454 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %455 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %456 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %457 = "stablehlo.constant"() <{value = dense<557> : tensor<i32>}> : () -> tensor<i32>
    %458 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %459 = "stablehlo.shift_right_logical"(%457, %458) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %460 = "stablehlo.convert"(%459) : (tensor<i32>) -> tensor<ui32>
    %461 = "stablehlo.broadcast_in_dim"(%460) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %462 = "stablehlo.and"(%457, %456) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %463 = "stablehlo.convert"(%462) : (tensor<i32>) -> tensor<ui32>
    %464 = "stablehlo.broadcast_in_dim"(%463) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %465 = "stablehlo.concatenate"(%461, %464) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %466 = "func.call"(%arg68, %465) <{callee = @_normal}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x6xf32>
    %467 = "stablehlo.reshape"(%arg68) : (tensor<i32>) -> tensor<1xi32>
    %468 = "stablehlo.concatenate"(%467, %454) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %469 = "stablehlo.dynamic_broadcast_in_dim"(%455, %468) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %470 = "stablehlo.multiply"(%469, %466) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %471 = "stablehlo.add"(%arg69, %470) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %472 = "func.call"(%arg68, %471) <{callee = @_roll_static}> : (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %473 = "stablehlo.broadcast_in_dim"(%arg70) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1x6xf32>
    %474 = "stablehlo.reshape"(%arg68) : (tensor<i32>) -> tensor<1xi32>
    %475 = "stablehlo.concatenate"(%474, %454) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %476 = "stablehlo.dynamic_broadcast_in_dim"(%473, %475) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %477 = "stablehlo.minimum"(%472, %476) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %478 = "stablehlo.tanh"(%477) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %479 = "stablehlo.reshape"(%arg68) : (tensor<i32>) -> tensor<1xi32>
    %480 = "stablehlo.concatenate"(%479, %454) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %481 = "stablehlo.dynamic_broadcast_in_dim"(%453, %480) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %482 = "stablehlo.multiply"(%478, %481) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %483 = "stablehlo.reshape"(%arg68) : (tensor<i32>) -> tensor<1xi32>
    %484 = "stablehlo.concatenate"(%483, %454) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %485 = "stablehlo.dynamic_broadcast_in_dim"(%452, %484) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %486 = "stablehlo.add"(%482, %485) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %487 = "func.call"(%arg68, %486) <{callee = @cumprod}> : (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %488 = "func.call"(%arg68, %487) <{callee = @softplus}> : (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %489:2 = "stablehlo.composite"(%488) <{composite_attributes = {k = 2 : i64}, decomposition = @chlo.top_k.impl, name = "chlo.top_k", version = 1 : i32}> : (tensor<?x6xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>)
    "func.return"(%488, %489#0) : (tensor<?x6xf32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x6xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>), sym_name = "chlo.top_k.impl", sym_visibility = "private"}> ({
  ^bb0(%arg63: tensor<?x6xf32>):
    %436 = "stablehlo.constant"() <{value = dense<1> : tensor<2xi64>}> : () -> tensor<2xi64>
    %437 = "stablehlo.constant"() <{value = dense<0> : tensor<2xi64>}> : () -> tensor<2xi64>
    %438 = "stablehlo.constant"() <{value = dense<2> : tensor<i64>}> : () -> tensor<i64>
    %439 = "stablehlo.constant"() <{value = dense<6> : tensor<i64>}> : () -> tensor<i64>
    %440 = "stablehlo.get_dimension_size"(%arg63) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %441 = "stablehlo.convert"(%440) : (tensor<i32>) -> tensor<i64>
    %442 = "stablehlo.reshape"(%441) : (tensor<i64>) -> tensor<1xi64>
    %443 = "stablehlo.reshape"(%439) : (tensor<i64>) -> tensor<1xi64>
    %444 = "stablehlo.concatenate"(%442, %443) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %445 = "stablehlo.reshape"(%438) : (tensor<i64>) -> tensor<1xi64>
    %446 = "stablehlo.concatenate"(%442, %445) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %447 = "stablehlo.dynamic_iota"(%444) <{iota_dimension = 1 : i64}> : (tensor<2xi64>) -> tensor<?x6xi32>
    %448:2 = "stablehlo.sort"(%arg63, %447) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg64: tensor<f32>, %arg65: tensor<f32>, %arg66: tensor<i32>, %arg67: tensor<i32>):
      %451 = "stablehlo.compare"(%arg64, %arg65) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "stablehlo.return"(%451) : (tensor<i1>) -> ()
    }) : (tensor<?x6xf32>, tensor<?x6xi32>) -> (tensor<?x6xf32>, tensor<?x6xi32>)
    %449 = "stablehlo.real_dynamic_slice"(%448#0, %437, %446, %436) : (tensor<?x6xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xf32>
    %450 = "stablehlo.real_dynamic_slice"(%448#1, %437, %446, %436) : (tensor<?x6xi32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xi32>
    "func.return"(%449, %450) : (tensor<?x2xf32>, tensor<?x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x6xf32>, sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg61: tensor<i32>, %arg62: tensor<2xui32>):
    %435 = "func.call"(%arg61, %arg62) <{callee = @_normal_real}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x6xf32>
    "func.return"(%435) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x6xf32>, sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg59: tensor<i32>, %arg60: tensor<2xui32>):
    %227 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %228 = "stablehlo.constant"() <{value = dense<2.83297682> : tensor<f32>}> : () -> tensor<f32>
    %229 = "stablehlo.constant"() <{value = dense<1.50140941> : tensor<f32>}> : () -> tensor<f32>
    %230 = "stablehlo.constant"() <{value = dense<1.00167406> : tensor<f32>}> : () -> tensor<f32>
    %231 = "stablehlo.constant"() <{value = dense<0.246640727> : tensor<f32>}> : () -> tensor<f32>
    %232 = "stablehlo.constant"() <{value = dense<0.00943887047> : tensor<f32>}> : () -> tensor<f32>
    %233 = "stablehlo.constant"() <{value = dense<-0.00417768164> : tensor<f32>}> : () -> tensor<f32>
    %234 = "stablehlo.constant"() <{value = dense<-0.0076224613> : tensor<f32>}> : () -> tensor<f32>
    %235 = "stablehlo.constant"() <{value = dense<-0.00125372503> : tensor<f32>}> : () -> tensor<f32>
    %236 = "stablehlo.constant"() <{value = dense<0.00573950773> : tensor<f32>}> : () -> tensor<f32>
    %237 = "stablehlo.constant"() <{value = dense<2.1858087E-4> : tensor<f32>}> : () -> tensor<f32>
    %238 = "stablehlo.constant"() <{value = dense<-0.00367342844> : tensor<f32>}> : () -> tensor<f32>
    %239 = "stablehlo.constant"() <{value = dense<-4.39150654E-6> : tensor<f32>}> : () -> tensor<f32>
    %240 = "stablehlo.constant"() <{value = dense<0.00134934322> : tensor<f32>}> : () -> tensor<f32>
    %241 = "stablehlo.constant"() <{value = dense<-3.5233877E-6> : tensor<f32>}> : () -> tensor<f32>
    %242 = "stablehlo.constant"() <{value = dense<1.00950558E-4> : tensor<f32>}> : () -> tensor<f32>
    %243 = "stablehlo.constant"() <{value = dense<3.43273939E-7> : tensor<f32>}> : () -> tensor<f32>
    %244 = "stablehlo.constant"() <{value = dense<-2.00214257E-4> : tensor<f32>}> : () -> tensor<f32>
    %245 = "stablehlo.constant"() <{value = dense<2.81022636E-8> : tensor<f32>}> : () -> tensor<f32>
    %246 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %247 = "stablehlo.constant"() <{value = dense<2.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %248 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %249 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %250 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %251 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %252 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %253 = "func.call"(%arg59, %arg60, %251, %252) <{callee = @_uniform}> : (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x6xf32>
    %254 = "stablehlo.negate"(%253) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %255 = "stablehlo.multiply"(%253, %254) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %256 = "stablehlo.log_plus_one"(%255) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %257 = "stablehlo.negate"(%256) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %258 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %259 = "stablehlo.reshape"(%258) : (tensor<i32>) -> tensor<1xi32>
    %260 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %261 = "stablehlo.reshape"(%260) : (tensor<i32>) -> tensor<1xi32>
    %262 = "stablehlo.concatenate"(%259, %261) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %263 = "stablehlo.dynamic_broadcast_in_dim"(%248, %262) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %264 = "stablehlo.compare"(%257, %263) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xi1>
    %265 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %266 = "stablehlo.reshape"(%265) : (tensor<i32>) -> tensor<1xi32>
    %267 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %268 = "stablehlo.reshape"(%267) : (tensor<i32>) -> tensor<1xi32>
    %269 = "stablehlo.concatenate"(%266, %268) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %270 = "stablehlo.dynamic_broadcast_in_dim"(%247, %269) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %271 = "stablehlo.subtract"(%257, %270) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %272 = "stablehlo.sqrt"(%257) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %273 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %274 = "stablehlo.reshape"(%273) : (tensor<i32>) -> tensor<1xi32>
    %275 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %276 = "stablehlo.reshape"(%275) : (tensor<i32>) -> tensor<1xi32>
    %277 = "stablehlo.concatenate"(%274, %276) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %278 = "stablehlo.dynamic_broadcast_in_dim"(%246, %277) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %279 = "stablehlo.subtract"(%272, %278) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %280 = "stablehlo.select"(%264, %271, %279) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %281 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %282 = "stablehlo.reshape"(%281) : (tensor<i32>) -> tensor<1xi32>
    %283 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %284 = "stablehlo.reshape"(%283) : (tensor<i32>) -> tensor<1xi32>
    %285 = "stablehlo.concatenate"(%282, %284) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %286 = "stablehlo.dynamic_broadcast_in_dim"(%245, %285) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %287 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %288 = "stablehlo.reshape"(%287) : (tensor<i32>) -> tensor<1xi32>
    %289 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %290 = "stablehlo.reshape"(%289) : (tensor<i32>) -> tensor<1xi32>
    %291 = "stablehlo.concatenate"(%288, %290) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %292 = "stablehlo.dynamic_broadcast_in_dim"(%244, %291) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %293 = "stablehlo.select"(%264, %286, %292) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %294 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %295 = "stablehlo.reshape"(%294) : (tensor<i32>) -> tensor<1xi32>
    %296 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %297 = "stablehlo.reshape"(%296) : (tensor<i32>) -> tensor<1xi32>
    %298 = "stablehlo.concatenate"(%295, %297) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %299 = "stablehlo.dynamic_broadcast_in_dim"(%243, %298) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %300 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %301 = "stablehlo.reshape"(%300) : (tensor<i32>) -> tensor<1xi32>
    %302 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %303 = "stablehlo.reshape"(%302) : (tensor<i32>) -> tensor<1xi32>
    %304 = "stablehlo.concatenate"(%301, %303) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %305 = "stablehlo.dynamic_broadcast_in_dim"(%242, %304) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %306 = "stablehlo.select"(%264, %299, %305) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %307 = "stablehlo.multiply"(%293, %280) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %308 = "stablehlo.add"(%306, %307) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %309 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %310 = "stablehlo.reshape"(%309) : (tensor<i32>) -> tensor<1xi32>
    %311 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %312 = "stablehlo.reshape"(%311) : (tensor<i32>) -> tensor<1xi32>
    %313 = "stablehlo.concatenate"(%310, %312) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %314 = "stablehlo.dynamic_broadcast_in_dim"(%241, %313) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %315 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %316 = "stablehlo.reshape"(%315) : (tensor<i32>) -> tensor<1xi32>
    %317 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %318 = "stablehlo.reshape"(%317) : (tensor<i32>) -> tensor<1xi32>
    %319 = "stablehlo.concatenate"(%316, %318) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %320 = "stablehlo.dynamic_broadcast_in_dim"(%240, %319) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %321 = "stablehlo.select"(%264, %314, %320) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %322 = "stablehlo.multiply"(%308, %280) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %323 = "stablehlo.add"(%321, %322) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %324 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %325 = "stablehlo.reshape"(%324) : (tensor<i32>) -> tensor<1xi32>
    %326 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %327 = "stablehlo.reshape"(%326) : (tensor<i32>) -> tensor<1xi32>
    %328 = "stablehlo.concatenate"(%325, %327) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %329 = "stablehlo.dynamic_broadcast_in_dim"(%239, %328) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %330 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %331 = "stablehlo.reshape"(%330) : (tensor<i32>) -> tensor<1xi32>
    %332 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %333 = "stablehlo.reshape"(%332) : (tensor<i32>) -> tensor<1xi32>
    %334 = "stablehlo.concatenate"(%331, %333) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %335 = "stablehlo.dynamic_broadcast_in_dim"(%238, %334) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %336 = "stablehlo.select"(%264, %329, %335) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %337 = "stablehlo.multiply"(%323, %280) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %338 = "stablehlo.add"(%336, %337) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %339 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %340 = "stablehlo.reshape"(%339) : (tensor<i32>) -> tensor<1xi32>
    %341 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %342 = "stablehlo.reshape"(%341) : (tensor<i32>) -> tensor<1xi32>
    %343 = "stablehlo.concatenate"(%340, %342) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %344 = "stablehlo.dynamic_broadcast_in_dim"(%237, %343) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %345 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %346 = "stablehlo.reshape"(%345) : (tensor<i32>) -> tensor<1xi32>
    %347 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %348 = "stablehlo.reshape"(%347) : (tensor<i32>) -> tensor<1xi32>
    %349 = "stablehlo.concatenate"(%346, %348) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %350 = "stablehlo.dynamic_broadcast_in_dim"(%236, %349) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %351 = "stablehlo.select"(%264, %344, %350) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %352 = "stablehlo.multiply"(%338, %280) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %353 = "stablehlo.add"(%351, %352) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %354 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %355 = "stablehlo.reshape"(%354) : (tensor<i32>) -> tensor<1xi32>
    %356 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %357 = "stablehlo.reshape"(%356) : (tensor<i32>) -> tensor<1xi32>
    %358 = "stablehlo.concatenate"(%355, %357) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %359 = "stablehlo.dynamic_broadcast_in_dim"(%235, %358) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %360 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %361 = "stablehlo.reshape"(%360) : (tensor<i32>) -> tensor<1xi32>
    %362 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %363 = "stablehlo.reshape"(%362) : (tensor<i32>) -> tensor<1xi32>
    %364 = "stablehlo.concatenate"(%361, %363) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %365 = "stablehlo.dynamic_broadcast_in_dim"(%234, %364) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %366 = "stablehlo.select"(%264, %359, %365) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %367 = "stablehlo.multiply"(%353, %280) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %368 = "stablehlo.add"(%366, %367) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %369 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %370 = "stablehlo.reshape"(%369) : (tensor<i32>) -> tensor<1xi32>
    %371 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %372 = "stablehlo.reshape"(%371) : (tensor<i32>) -> tensor<1xi32>
    %373 = "stablehlo.concatenate"(%370, %372) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %374 = "stablehlo.dynamic_broadcast_in_dim"(%233, %373) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %375 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %376 = "stablehlo.reshape"(%375) : (tensor<i32>) -> tensor<1xi32>
    %377 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %378 = "stablehlo.reshape"(%377) : (tensor<i32>) -> tensor<1xi32>
    %379 = "stablehlo.concatenate"(%376, %378) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %380 = "stablehlo.dynamic_broadcast_in_dim"(%232, %379) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %381 = "stablehlo.select"(%264, %374, %380) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %382 = "stablehlo.multiply"(%368, %280) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %383 = "stablehlo.add"(%381, %382) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %384 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %385 = "stablehlo.reshape"(%384) : (tensor<i32>) -> tensor<1xi32>
    %386 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %387 = "stablehlo.reshape"(%386) : (tensor<i32>) -> tensor<1xi32>
    %388 = "stablehlo.concatenate"(%385, %387) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %389 = "stablehlo.dynamic_broadcast_in_dim"(%231, %388) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %390 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %391 = "stablehlo.reshape"(%390) : (tensor<i32>) -> tensor<1xi32>
    %392 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %393 = "stablehlo.reshape"(%392) : (tensor<i32>) -> tensor<1xi32>
    %394 = "stablehlo.concatenate"(%391, %393) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %395 = "stablehlo.dynamic_broadcast_in_dim"(%230, %394) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %396 = "stablehlo.select"(%264, %389, %395) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %397 = "stablehlo.multiply"(%383, %280) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %398 = "stablehlo.add"(%396, %397) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %399 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %400 = "stablehlo.reshape"(%399) : (tensor<i32>) -> tensor<1xi32>
    %401 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %402 = "stablehlo.reshape"(%401) : (tensor<i32>) -> tensor<1xi32>
    %403 = "stablehlo.concatenate"(%400, %402) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %404 = "stablehlo.dynamic_broadcast_in_dim"(%229, %403) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %405 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %406 = "stablehlo.reshape"(%405) : (tensor<i32>) -> tensor<1xi32>
    %407 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %408 = "stablehlo.reshape"(%407) : (tensor<i32>) -> tensor<1xi32>
    %409 = "stablehlo.concatenate"(%406, %408) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %410 = "stablehlo.dynamic_broadcast_in_dim"(%228, %409) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %411 = "stablehlo.select"(%264, %404, %410) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %412 = "stablehlo.multiply"(%398, %280) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %413 = "stablehlo.add"(%411, %412) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %414 = "stablehlo.multiply"(%413, %253) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %415 = "stablehlo.abs"(%253) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %416 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %417 = "stablehlo.reshape"(%416) : (tensor<i32>) -> tensor<1xi32>
    %418 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %419 = "stablehlo.reshape"(%418) : (tensor<i32>) -> tensor<1xi32>
    %420 = "stablehlo.concatenate"(%417, %419) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %421 = "stablehlo.dynamic_broadcast_in_dim"(%252, %420) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %422 = "stablehlo.compare"(%415, %421) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xi1>
    %423 = "stablehlo.get_dimension_size"(%253) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %424 = "stablehlo.reshape"(%423) : (tensor<i32>) -> tensor<1xi32>
    %425 = "stablehlo.get_dimension_size"(%253) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %426 = "stablehlo.reshape"(%425) : (tensor<i32>) -> tensor<1xi32>
    %427 = "stablehlo.concatenate"(%424, %426) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %428 = "stablehlo.dynamic_broadcast_in_dim"(%227, %427) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %429 = "stablehlo.multiply"(%253, %428) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %430 = "stablehlo.select"(%422, %429, %414) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %431 = "stablehlo.reshape"(%arg59) : (tensor<i32>) -> tensor<1xi32>
    %432 = "stablehlo.concatenate"(%431, %249) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %433 = "stablehlo.dynamic_broadcast_in_dim"(%250, %432) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %434 = "stablehlo.multiply"(%433, %430) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%434) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x6xf32>, sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg55: tensor<i32>, %arg56: tensor<2xui32>, %arg57: tensor<f32>, %arg58: tensor<f32>):
    %165 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %166 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %167 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %168 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %169 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %170 = "stablehlo.constant"() <{value = dense<6> : tensor<ui64>}> : () -> tensor<ui64>
    %171 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %172 = "stablehlo.broadcast_in_dim"(%arg57) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %173 = "stablehlo.broadcast_in_dim"(%arg58) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %174 = "stablehlo.slice"(%arg56) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %175 = "stablehlo.reshape"(%174) : (tensor<1xui32>) -> tensor<ui32>
    %176 = "stablehlo.slice"(%arg56) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %177 = "stablehlo.reshape"(%176) : (tensor<1xui32>) -> tensor<ui32>
    %178 = "stablehlo.reshape"(%arg55) : (tensor<i32>) -> tensor<1xi32>
    %179 = "stablehlo.concatenate"(%178, %171) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %180 = "stablehlo.dynamic_iota"(%179) <{iota_dimension = 0 : i64}> : (tensor<2xi32>) -> tensor<?x6xui64>
    %181 = "stablehlo.reshape"(%arg55) : (tensor<i32>) -> tensor<1xi32>
    %182 = "stablehlo.concatenate"(%181, %171) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %183 = "stablehlo.dynamic_iota"(%182) <{iota_dimension = 1 : i64}> : (tensor<2xi32>) -> tensor<?x6xui64>
    %184 = "stablehlo.reshape"(%arg55) : (tensor<i32>) -> tensor<1xi32>
    %185 = "stablehlo.concatenate"(%184, %171) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %186 = "stablehlo.dynamic_broadcast_in_dim"(%170, %185) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x6xui64>
    %187 = "stablehlo.multiply"(%186, %180) : (tensor<?x6xui64>, tensor<?x6xui64>) -> tensor<?x6xui64>
    %188 = "stablehlo.reshape"(%arg55) : (tensor<i32>) -> tensor<1xi32>
    %189 = "stablehlo.concatenate"(%188, %171) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %190 = "stablehlo.dynamic_broadcast_in_dim"(%169, %189) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x6xui64>
    %191 = "stablehlo.multiply"(%190, %183) : (tensor<?x6xui64>, tensor<?x6xui64>) -> tensor<?x6xui64>
    %192 = "stablehlo.add"(%187, %191) : (tensor<?x6xui64>, tensor<?x6xui64>) -> tensor<?x6xui64>
    %193 = "stablehlo.reshape"(%arg55) : (tensor<i32>) -> tensor<1xi32>
    %194 = "stablehlo.concatenate"(%193, %171) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %195 = "stablehlo.dynamic_broadcast_in_dim"(%168, %194) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x6xui64>
    %196 = "stablehlo.shift_right_logical"(%192, %195) : (tensor<?x6xui64>, tensor<?x6xui64>) -> tensor<?x6xui64>
    %197 = "stablehlo.convert"(%192) : (tensor<?x6xui64>) -> tensor<?x6xui32>
    %198 = "stablehlo.convert"(%196) : (tensor<?x6xui64>) -> tensor<?x6xui32>
    %199:2 = "func.call"(%arg55, %175, %177, %198, %197) <{callee = @threefry2x32}> : (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x6xui32>, tensor<?x6xui32>) -> (tensor<?x6xui32>, tensor<?x6xui32>)
    %200 = "stablehlo.xor"(%199#0, %199#1) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %201 = "stablehlo.reshape"(%arg55) : (tensor<i32>) -> tensor<1xi32>
    %202 = "stablehlo.concatenate"(%201, %171) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %203 = "stablehlo.dynamic_broadcast_in_dim"(%167, %202) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %204 = "stablehlo.shift_right_logical"(%200, %203) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %205 = "stablehlo.reshape"(%arg55) : (tensor<i32>) -> tensor<1xi32>
    %206 = "stablehlo.concatenate"(%205, %171) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %207 = "stablehlo.dynamic_broadcast_in_dim"(%166, %206) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %208 = "stablehlo.or"(%204, %207) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %209 = "stablehlo.bitcast_convert"(%208) : (tensor<?x6xui32>) -> tensor<?x6xf32>
    %210 = "stablehlo.reshape"(%arg55) : (tensor<i32>) -> tensor<1xi32>
    %211 = "stablehlo.concatenate"(%210, %171) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %212 = "stablehlo.dynamic_broadcast_in_dim"(%165, %211) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %213 = "stablehlo.subtract"(%209, %212) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %214 = "stablehlo.subtract"(%173, %172) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %215 = "stablehlo.reshape"(%arg55) : (tensor<i32>) -> tensor<1xi32>
    %216 = "stablehlo.concatenate"(%215, %171) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %217 = "stablehlo.dynamic_broadcast_in_dim"(%214, %216) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %218 = "stablehlo.multiply"(%213, %217) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %219 = "stablehlo.reshape"(%arg55) : (tensor<i32>) -> tensor<1xi32>
    %220 = "stablehlo.concatenate"(%219, %171) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %221 = "stablehlo.dynamic_broadcast_in_dim"(%172, %220) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %222 = "stablehlo.add"(%218, %221) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %223 = "stablehlo.reshape"(%arg55) : (tensor<i32>) -> tensor<1xi32>
    %224 = "stablehlo.concatenate"(%223, %171) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %225 = "stablehlo.dynamic_broadcast_in_dim"(%172, %224) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %226 = "stablehlo.maximum"(%225, %222) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%226) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x6xui32>, tensor<?x6xui32>) -> (tensor<?x6xui32>, tensor<?x6xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg32: tensor<i32>, %arg33: tensor<ui32>, %arg34: tensor<ui32>, %arg35: tensor<?x6xui32>, %arg36: tensor<?x6xui32>):
    %144 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %145 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %146 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %147 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %148 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %149 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %150 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %151 = "stablehlo.xor"(%arg33, %arg34) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %152 = "stablehlo.xor"(%151, %148) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %153 = "stablehlo.reshape"(%arg32) : (tensor<i32>) -> tensor<1xi32>
    %154 = "stablehlo.concatenate"(%153, %147) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %155 = "stablehlo.dynamic_broadcast_in_dim"(%arg33, %154) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %156 = "stablehlo.add"(%arg35, %155) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %157 = "stablehlo.reshape"(%arg32) : (tensor<i32>) -> tensor<1xi32>
    %158 = "stablehlo.concatenate"(%157, %147) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %159 = "stablehlo.dynamic_broadcast_in_dim"(%arg34, %158) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %160 = "stablehlo.add"(%arg36, %159) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %161:9 = "stablehlo.while"(%146, %146, %156, %160, %arg34, %152, %arg33, %149, %150) ({
    ^bb0(%arg46: tensor<i32>, %arg47: tensor<i32>, %arg48: tensor<?x6xui32>, %arg49: tensor<?x6xui32>, %arg50: tensor<ui32>, %arg51: tensor<ui32>, %arg52: tensor<ui32>, %arg53: tensor<4xui32>, %arg54: tensor<4xui32>):
      %164 = "stablehlo.compare"(%arg46, %145) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%164) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg37: tensor<i32>, %arg38: tensor<i32>, %arg39: tensor<?x6xui32>, %arg40: tensor<?x6xui32>, %arg41: tensor<ui32>, %arg42: tensor<ui32>, %arg43: tensor<ui32>, %arg44: tensor<4xui32>, %arg45: tensor<4xui32>):
      %162:8 = "func.call"(%arg32, %arg38, %arg39, %arg40, %arg41, %arg42, %arg43, %arg44, %arg45) <{callee = @closed_call}> : (tensor<i32>, tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %163 = "stablehlo.add"(%arg37, %144) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%163, %162#0, %162#1, %162#2, %162#3, %162#4, %162#5, %162#6, %162#7) : (tensor<i32>, tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%161#2, %161#3) : (tensor<?x6xui32>, tensor<?x6xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg23: tensor<i32>, %arg24: tensor<i32>, %arg25: tensor<?x6xui32>, %arg26: tensor<?x6xui32>, %arg27: tensor<ui32>, %arg28: tensor<ui32>, %arg29: tensor<ui32>, %arg30: tensor<4xui32>, %arg31: tensor<4xui32>):
    %70 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %71 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %72 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %73 = "stablehlo.add"(%arg24, %72) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %74 = "stablehlo.slice"(%arg30) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %75 = "stablehlo.reshape"(%74) : (tensor<1xui32>) -> tensor<ui32>
    %76 = "stablehlo.add"(%arg25, %arg26) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %77 = "stablehlo.reshape"(%arg23) : (tensor<i32>) -> tensor<1xi32>
    %78 = "stablehlo.concatenate"(%77, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %79 = "stablehlo.dynamic_broadcast_in_dim"(%75, %78) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %80 = "stablehlo.shift_left"(%arg26, %79) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %81 = "stablehlo.subtract"(%70, %75) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %82 = "stablehlo.reshape"(%arg23) : (tensor<i32>) -> tensor<1xi32>
    %83 = "stablehlo.concatenate"(%82, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %84 = "stablehlo.dynamic_broadcast_in_dim"(%81, %83) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %85 = "stablehlo.shift_right_logical"(%arg26, %84) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %86 = "stablehlo.or"(%80, %85) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %87 = "stablehlo.xor"(%76, %86) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %88 = "stablehlo.slice"(%arg30) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %89 = "stablehlo.reshape"(%88) : (tensor<1xui32>) -> tensor<ui32>
    %90 = "stablehlo.add"(%76, %87) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %91 = "stablehlo.reshape"(%arg23) : (tensor<i32>) -> tensor<1xi32>
    %92 = "stablehlo.concatenate"(%91, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %93 = "stablehlo.dynamic_broadcast_in_dim"(%89, %92) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %94 = "stablehlo.shift_left"(%87, %93) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %95 = "stablehlo.subtract"(%70, %89) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %96 = "stablehlo.reshape"(%arg23) : (tensor<i32>) -> tensor<1xi32>
    %97 = "stablehlo.concatenate"(%96, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %98 = "stablehlo.dynamic_broadcast_in_dim"(%95, %97) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %99 = "stablehlo.shift_right_logical"(%87, %98) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %100 = "stablehlo.or"(%94, %99) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %101 = "stablehlo.xor"(%90, %100) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %102 = "stablehlo.slice"(%arg30) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %103 = "stablehlo.reshape"(%102) : (tensor<1xui32>) -> tensor<ui32>
    %104 = "stablehlo.add"(%90, %101) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %105 = "stablehlo.reshape"(%arg23) : (tensor<i32>) -> tensor<1xi32>
    %106 = "stablehlo.concatenate"(%105, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %107 = "stablehlo.dynamic_broadcast_in_dim"(%103, %106) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %108 = "stablehlo.shift_left"(%101, %107) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %109 = "stablehlo.subtract"(%70, %103) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %110 = "stablehlo.reshape"(%arg23) : (tensor<i32>) -> tensor<1xi32>
    %111 = "stablehlo.concatenate"(%110, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %112 = "stablehlo.dynamic_broadcast_in_dim"(%109, %111) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %113 = "stablehlo.shift_right_logical"(%101, %112) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %114 = "stablehlo.or"(%108, %113) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %115 = "stablehlo.xor"(%104, %114) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %116 = "stablehlo.slice"(%arg30) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %117 = "stablehlo.reshape"(%116) : (tensor<1xui32>) -> tensor<ui32>
    %118 = "stablehlo.add"(%104, %115) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %119 = "stablehlo.reshape"(%arg23) : (tensor<i32>) -> tensor<1xi32>
    %120 = "stablehlo.concatenate"(%119, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %121 = "stablehlo.dynamic_broadcast_in_dim"(%117, %120) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %122 = "stablehlo.shift_left"(%115, %121) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %123 = "stablehlo.subtract"(%70, %117) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %124 = "stablehlo.reshape"(%arg23) : (tensor<i32>) -> tensor<1xi32>
    %125 = "stablehlo.concatenate"(%124, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %126 = "stablehlo.dynamic_broadcast_in_dim"(%123, %125) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %127 = "stablehlo.shift_right_logical"(%115, %126) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %128 = "stablehlo.or"(%122, %127) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %129 = "stablehlo.xor"(%118, %128) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %130 = "stablehlo.reshape"(%arg23) : (tensor<i32>) -> tensor<1xi32>
    %131 = "stablehlo.concatenate"(%130, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %132 = "stablehlo.dynamic_broadcast_in_dim"(%arg27, %131) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %133 = "stablehlo.add"(%118, %132) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %134 = "stablehlo.reshape"(%arg23) : (tensor<i32>) -> tensor<1xi32>
    %135 = "stablehlo.concatenate"(%134, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %136 = "stablehlo.dynamic_broadcast_in_dim"(%arg28, %135) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %137 = "stablehlo.add"(%129, %136) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %138 = "stablehlo.add"(%arg24, %72) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %139 = "stablehlo.convert"(%138) : (tensor<i32>) -> tensor<ui32>
    %140 = "stablehlo.reshape"(%arg23) : (tensor<i32>) -> tensor<1xi32>
    %141 = "stablehlo.concatenate"(%140, %71) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %142 = "stablehlo.dynamic_broadcast_in_dim"(%139, %141) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %143 = "stablehlo.add"(%137, %142) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    "func.return"(%73, %133, %143, %arg28, %arg29, %arg27, %arg31, %arg30) : (tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>, sym_name = "_roll_static", sym_visibility = "private"}> ({
  ^bb0(%arg21: tensor<i32>, %arg22: tensor<?x6xf32>):
    %52 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %53 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %54 = "stablehlo.constant"() <{value = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
    %55 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %56:2 = "func.call"(%arg21, %55, %arg21) <{callee = @divmod}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>)
    %57 = "stablehlo.reshape"(%56#1) : (tensor<i32>) -> tensor<1xi32>
    %58 = "stablehlo.concatenate"(%57, %54) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %59 = "stablehlo.reshape"(%arg21) : (tensor<i32>) -> tensor<1xi32>
    %60 = "stablehlo.concatenate"(%59, %53) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %61 = "stablehlo.concatenate"(%52, %52) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %62 = "stablehlo.real_dynamic_slice"(%arg22, %58, %60, %61) : (tensor<?x6xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<?x6xf32>
    %63 = "stablehlo.concatenate"(%54, %54) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %64:2 = "func.call"(%arg21, %55, %arg21) <{callee = @divmod}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>)
    %65 = "stablehlo.reshape"(%64#1) : (tensor<i32>) -> tensor<1xi32>
    %66 = "stablehlo.concatenate"(%65, %53) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %67 = "stablehlo.concatenate"(%52, %52) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %68 = "stablehlo.real_dynamic_slice"(%arg22, %63, %66, %67) : (tensor<?x6xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<?x6xf32>
    %69 = "stablehlo.concatenate"(%62, %68) <{dimension = 0 : i64}> : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%69) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>), sym_name = "divmod", sym_visibility = "private"}> ({
  ^bb0(%arg18: tensor<i32>, %arg19: tensor<i32>, %arg20: tensor<i32>):
    %49 = "stablehlo.convert"(%arg20) : (tensor<i32>) -> tensor<i32>
    %50 = "func.call"(%arg18, %arg19, %49) <{callee = @floor_divide}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %51 = "func.call"(%arg18, %arg19, %49) <{callee = @remainder}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%50, %51) : (tensor<i32>, tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<i32>, %arg16: tensor<i32>, %arg17: tensor<i32>):
    %38 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %39 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %40 = "stablehlo.divide"(%arg16, %arg17) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %41 = "stablehlo.sign"(%arg16) : (tensor<i32>) -> tensor<i32>
    %42 = "stablehlo.sign"(%arg17) : (tensor<i32>) -> tensor<i32>
    %43 = "stablehlo.compare"(%41, %42) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %44 = "stablehlo.remainder"(%arg16, %arg17) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %45 = "stablehlo.compare"(%44, %39) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %46 = "stablehlo.and"(%43, %45) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %47 = "stablehlo.subtract"(%40, %38) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %48 = "func.call"(%arg15, %46, %47, %40) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%48) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<i32>, %arg12: tensor<i1>, %arg13: tensor<i32>, %arg14: tensor<i32>):
    %37 = "stablehlo.select"(%arg12, %arg13, %arg14) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%37) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<i32>, %arg9: tensor<i32>, %arg10: tensor<i32>):
    %25 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %26 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %27 = "stablehlo.compare"(%arg10, %26) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %28 = "func.call"(%arg8, %27, %25, %arg10) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %29 = "stablehlo.remainder"(%arg9, %28) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %30 = "stablehlo.compare"(%29, %26) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %31 = "stablehlo.compare"(%29, %26) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %32 = "stablehlo.compare"(%28, %26) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %33 = "stablehlo.compare"(%31, %32) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %34 = "stablehlo.and"(%33, %30) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %35 = "stablehlo.add"(%29, %28) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %36 = "stablehlo.select"(%34, %35, %29) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%36) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>, sym_name = "cumprod", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<i32>, %arg7: tensor<?x6xf32>):
    %24 = "func.call"(%arg6, %arg7) <{callee = @cumprod_0}> : (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%24) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>, sym_name = "cumprod_0", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<i32>, %arg3: tensor<?x6xf32>):
    %21 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %22 = "stablehlo.reduce_window"(%arg3, %21) <{padding = dense<[[0, 0], [5, 0]]> : tensor<2x2xi64>, window_dimensions = array<i64: 1, 6>}> ({
    ^bb0(%arg4: tensor<f32>, %arg5: tensor<f32>):
      %23 = "stablehlo.multiply"(%arg4, %arg5) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%23) : (tensor<f32>) -> ()
    }) : (tensor<?x6xf32>, tensor<f32>) -> tensor<?x6xf32>
    "func.return"(%22) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>, sym_name = "softplus", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x6xf32>):
    %0 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %1 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %3 = "stablehlo.concatenate"(%2, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %4 = "stablehlo.dynamic_broadcast_in_dim"(%1, %3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %5 = "stablehlo.maximum"(%arg1, %4) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %6 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %7 = "stablehlo.concatenate"(%6, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %8 = "stablehlo.dynamic_broadcast_in_dim"(%1, %7) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %9 = "stablehlo.subtract"(%arg1, %8) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %10 = "stablehlo.compare"(%9, %9) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xi1>
    %11 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %12 = "stablehlo.concatenate"(%11, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %13 = "stablehlo.dynamic_broadcast_in_dim"(%1, %12) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %14 = "stablehlo.add"(%arg1, %13) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %15 = "stablehlo.abs"(%9) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %16 = "stablehlo.negate"(%15) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %17 = "stablehlo.exponential"(%16) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %18 = "stablehlo.log_plus_one"(%17) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %19 = "stablehlo.add"(%5, %18) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %20 = "stablehlo.select"(%10, %14, %19) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%20) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
