"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> (tensor<?x6xf32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg69: tensor<?x6xf32>, %arg70: tensor<6xf32>, %arg71: tensor<6x6xf32>, %arg72: tensor<6xi32>):
    %478 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %479 = "stablehlo.get_dimension_size"(%arg69) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %480 = "stablehlo.compare"(%479, %478) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%480, %479) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 6). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %481:2 = "func.call"(%479, %arg69, %arg70, %arg71, %arg72) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> (tensor<?x6xf32>, tensor<?x2xf32>)
    "func.return"(%481#0, %481#1) : (tensor<?x6xf32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> (tensor<?x6xf32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg62: tensor<i32>, %arg63: tensor<?x6xf32>, %arg64: tensor<6xf32>, %arg65: tensor<6x6xf32>, %arg66: tensor<6xi32>):
    %448 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %449 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %450 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %451 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %452 = "stablehlo.constant"() <{value = dense<557> : tensor<i32>}> : () -> tensor<i32>
    %453 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %454 = "stablehlo.shift_right_logical"(%452, %453) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %455 = "stablehlo.convert"(%454) : (tensor<i32>) -> tensor<ui32>
    %456 = "stablehlo.broadcast_in_dim"(%455) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %457 = "stablehlo.and"(%452, %451) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %458 = "stablehlo.convert"(%457) : (tensor<i32>) -> tensor<ui32>
    %459 = "stablehlo.broadcast_in_dim"(%458) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %460 = "stablehlo.concatenate"(%456, %459) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %461 = "func.call"(%arg62, %460) <{callee = @_normal}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x6xf32>
    %462 = "stablehlo.reshape"(%arg62) : (tensor<i32>) -> tensor<1xi32>
    %463 = "stablehlo.concatenate"(%462, %449) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %464 = "stablehlo.dynamic_broadcast_in_dim"(%450, %463) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %465 = "stablehlo.multiply"(%464, %461) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %466 = "stablehlo.add"(%arg63, %465) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %467 = "func.call"(%arg62, %466) <{callee = @_roll_static}> : (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %468 = "stablehlo.broadcast_in_dim"(%arg64) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1x6xf32>
    %469 = "stablehlo.reshape"(%arg62) : (tensor<i32>) -> tensor<1xi32>
    %470 = "stablehlo.concatenate"(%469, %449) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %471 = "stablehlo.dynamic_broadcast_in_dim"(%468, %470) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %472 = "stablehlo.minimum"(%467, %471) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %473 = "stablehlo.broadcast_in_dim"(%448) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
    %474 = "stablehlo.reduce_window"(%472, %473) <{padding = dense<[[0, 1], [0, 0]]> : tensor<2x2xi64>, window_dimensions = array<i64: 2, 1>}> ({
    ^bb0(%arg67: tensor<f32>, %arg68: tensor<f32>):
      %477 = "stablehlo.maximum"(%arg67, %arg68) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%477) : (tensor<f32>) -> ()
    }) : (tensor<?x6xf32>, tensor<f32>) -> tensor<?x6xf32>
    %475 = "func.call"(%arg62, %474) <{callee = @softplus}> : (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %476:2 = "stablehlo.composite"(%475) <{composite_attributes = {k = 2 : i64}, decomposition = @chlo.top_k.impl, name = "chlo.top_k", version = 1 : i32}> : (tensor<?x6xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>)
    "func.return"(%475, %476#0) : (tensor<?x6xf32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x6xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>), sym_name = "chlo.top_k.impl", sym_visibility = "private"}> ({
  ^bb0(%arg57: tensor<?x6xf32>):
    %432 = "stablehlo.constant"() <{value = dense<1> : tensor<2xi64>}> : () -> tensor<2xi64>
    %433 = "stablehlo.constant"() <{value = dense<0> : tensor<2xi64>}> : () -> tensor<2xi64>
    %434 = "stablehlo.constant"() <{value = dense<2> : tensor<i64>}> : () -> tensor<i64>
    %435 = "stablehlo.constant"() <{value = dense<6> : tensor<i64>}> : () -> tensor<i64>
    %436 = "stablehlo.get_dimension_size"(%arg57) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %437 = "stablehlo.convert"(%436) : (tensor<i32>) -> tensor<i64>
    %438 = "stablehlo.reshape"(%437) : (tensor<i64>) -> tensor<1xi64>
    %439 = "stablehlo.reshape"(%435) : (tensor<i64>) -> tensor<1xi64>
    %440 = "stablehlo.concatenate"(%438, %439) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %441 = "stablehlo.reshape"(%434) : (tensor<i64>) -> tensor<1xi64>
    %442 = "stablehlo.concatenate"(%438, %441) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %443 = "stablehlo.dynamic_iota"(%440) <{iota_dimension = 1 : i64}> : (tensor<2xi64>) -> tensor<?x6xi32>
    %444:2 = "stablehlo.sort"(%arg57, %443) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg58: tensor<f32>, %arg59: tensor<f32>, %arg60: tensor<i32>, %arg61: tensor<i32>):
      %447 = "stablehlo.compare"(%arg58, %arg59) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "stablehlo.return"(%447) : (tensor<i1>) -> ()
    }) : (tensor<?x6xf32>, tensor<?x6xi32>) -> (tensor<?x6xf32>, tensor<?x6xi32>)
    %445 = "stablehlo.real_dynamic_slice"(%444#0, %433, %442, %432) : (tensor<?x6xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xf32>
    %446 = "stablehlo.real_dynamic_slice"(%444#1, %433, %442, %432) : (tensor<?x6xi32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xi32>
    "func.return"(%445, %446) : (tensor<?x2xf32>, tensor<?x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x6xf32>, sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg55: tensor<i32>, %arg56: tensor<2xui32>):
    %431 = "func.call"(%arg55, %arg56) <{callee = @_normal_real}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x6xf32>
    "func.return"(%431) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x6xf32>, sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg53: tensor<i32>, %arg54: tensor<2xui32>):
    %223 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %224 = "stablehlo.constant"() <{value = dense<2.83297682> : tensor<f32>}> : () -> tensor<f32>
    %225 = "stablehlo.constant"() <{value = dense<1.50140941> : tensor<f32>}> : () -> tensor<f32>
    %226 = "stablehlo.constant"() <{value = dense<1.00167406> : tensor<f32>}> : () -> tensor<f32>
    %227 = "stablehlo.constant"() <{value = dense<0.246640727> : tensor<f32>}> : () -> tensor<f32>
    %228 = "stablehlo.constant"() <{value = dense<0.00943887047> : tensor<f32>}> : () -> tensor<f32>
    %229 = "stablehlo.constant"() <{value = dense<-0.00417768164> : tensor<f32>}> : () -> tensor<f32>
    %230 = "stablehlo.constant"() <{value = dense<-0.0076224613> : tensor<f32>}> : () -> tensor<f32>
    %231 = "stablehlo.constant"() <{value = dense<-0.00125372503> : tensor<f32>}> : () -> tensor<f32>
    %232 = "stablehlo.constant"() <{value = dense<0.00573950773> : tensor<f32>}> : () -> tensor<f32>
    %233 = "stablehlo.constant"() <{value = dense<2.1858087E-4> : tensor<f32>}> : () -> tensor<f32>
    %234 = "stablehlo.constant"() <{value = dense<-0.00367342844> : tensor<f32>}> : () -> tensor<f32>
    %235 = "stablehlo.constant"() <{value = dense<-4.39150654E-6> : tensor<f32>}> : () -> tensor<f32>
    %236 = "stablehlo.constant"() <{value = dense<0.00134934322> : tensor<f32>}> : () -> tensor<f32>
    %237 = "stablehlo.constant"() <{value = dense<-3.5233877E-6> : tensor<f32>}> : () -> tensor<f32>
    %238 = "stablehlo.constant"() <{value = dense<1.00950558E-4> : tensor<f32>}> : () -> tensor<f32>
    %239 = "stablehlo.constant"() <{value = dense<3.43273939E-7> : tensor<f32>}> : () -> tensor<f32>
    %240 = "stablehlo.constant"() <{value = dense<-2.00214257E-4> : tensor<f32>}> : () -> tensor<f32>
    %241 = "stablehlo.constant"() <{value = dense<2.81022636E-8> : tensor<f32>}> : () -> tensor<f32>
    %242 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %243 = "stablehlo.constant"() <{value = dense<2.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %244 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %245 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %246 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %247 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %248 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %249 = "func.call"(%arg53, %arg54, %247, %248) <{callee = @_uniform}> : (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x6xf32>
    %250 = "stablehlo.negate"(%249) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %251 = "stablehlo.multiply"(%249, %250) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %252 = "stablehlo.log_plus_one"(%251) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %253 = "stablehlo.negate"(%252) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %254 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %255 = "stablehlo.reshape"(%254) : (tensor<i32>) -> tensor<1xi32>
    %256 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %257 = "stablehlo.reshape"(%256) : (tensor<i32>) -> tensor<1xi32>
    %258 = "stablehlo.concatenate"(%255, %257) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %259 = "stablehlo.dynamic_broadcast_in_dim"(%244, %258) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %260 = "stablehlo.compare"(%253, %259) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xi1>
    %261 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %262 = "stablehlo.reshape"(%261) : (tensor<i32>) -> tensor<1xi32>
    %263 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %264 = "stablehlo.reshape"(%263) : (tensor<i32>) -> tensor<1xi32>
    %265 = "stablehlo.concatenate"(%262, %264) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %266 = "stablehlo.dynamic_broadcast_in_dim"(%243, %265) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %267 = "stablehlo.subtract"(%253, %266) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %268 = "stablehlo.sqrt"(%253) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %269 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %270 = "stablehlo.reshape"(%269) : (tensor<i32>) -> tensor<1xi32>
    %271 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %272 = "stablehlo.reshape"(%271) : (tensor<i32>) -> tensor<1xi32>
    %273 = "stablehlo.concatenate"(%270, %272) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %274 = "stablehlo.dynamic_broadcast_in_dim"(%242, %273) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %275 = "stablehlo.subtract"(%268, %274) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %276 = "stablehlo.select"(%260, %267, %275) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %277 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %278 = "stablehlo.reshape"(%277) : (tensor<i32>) -> tensor<1xi32>
    %279 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %280 = "stablehlo.reshape"(%279) : (tensor<i32>) -> tensor<1xi32>
    %281 = "stablehlo.concatenate"(%278, %280) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %282 = "stablehlo.dynamic_broadcast_in_dim"(%241, %281) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %283 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %284 = "stablehlo.reshape"(%283) : (tensor<i32>) -> tensor<1xi32>
    %285 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %286 = "stablehlo.reshape"(%285) : (tensor<i32>) -> tensor<1xi32>
    %287 = "stablehlo.concatenate"(%284, %286) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %288 = "stablehlo.dynamic_broadcast_in_dim"(%240, %287) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %289 = "stablehlo.select"(%260, %282, %288) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %290 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %291 = "stablehlo.reshape"(%290) : (tensor<i32>) -> tensor<1xi32>
    %292 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %293 = "stablehlo.reshape"(%292) : (tensor<i32>) -> tensor<1xi32>
    %294 = "stablehlo.concatenate"(%291, %293) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %295 = "stablehlo.dynamic_broadcast_in_dim"(%239, %294) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %296 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %297 = "stablehlo.reshape"(%296) : (tensor<i32>) -> tensor<1xi32>
    %298 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %299 = "stablehlo.reshape"(%298) : (tensor<i32>) -> tensor<1xi32>
    %300 = "stablehlo.concatenate"(%297, %299) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %301 = "stablehlo.dynamic_broadcast_in_dim"(%238, %300) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %302 = "stablehlo.select"(%260, %295, %301) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %303 = "stablehlo.multiply"(%289, %276) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %304 = "stablehlo.add"(%302, %303) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %305 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %306 = "stablehlo.reshape"(%305) : (tensor<i32>) -> tensor<1xi32>
    %307 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %308 = "stablehlo.reshape"(%307) : (tensor<i32>) -> tensor<1xi32>
    %309 = "stablehlo.concatenate"(%306, %308) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %310 = "stablehlo.dynamic_broadcast_in_dim"(%237, %309) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %311 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %312 = "stablehlo.reshape"(%311) : (tensor<i32>) -> tensor<1xi32>
    %313 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %314 = "stablehlo.reshape"(%313) : (tensor<i32>) -> tensor<1xi32>
    %315 = "stablehlo.concatenate"(%312, %314) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %316 = "stablehlo.dynamic_broadcast_in_dim"(%236, %315) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %317 = "stablehlo.select"(%260, %310, %316) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %318 = "stablehlo.multiply"(%304, %276) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %319 = "stablehlo.add"(%317, %318) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %320 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %321 = "stablehlo.reshape"(%320) : (tensor<i32>) -> tensor<1xi32>
    %322 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %323 = "stablehlo.reshape"(%322) : (tensor<i32>) -> tensor<1xi32>
    %324 = "stablehlo.concatenate"(%321, %323) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %325 = "stablehlo.dynamic_broadcast_in_dim"(%235, %324) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %326 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %327 = "stablehlo.reshape"(%326) : (tensor<i32>) -> tensor<1xi32>
    %328 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %329 = "stablehlo.reshape"(%328) : (tensor<i32>) -> tensor<1xi32>
    %330 = "stablehlo.concatenate"(%327, %329) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %331 = "stablehlo.dynamic_broadcast_in_dim"(%234, %330) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %332 = "stablehlo.select"(%260, %325, %331) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %333 = "stablehlo.multiply"(%319, %276) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %334 = "stablehlo.add"(%332, %333) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %335 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %336 = "stablehlo.reshape"(%335) : (tensor<i32>) -> tensor<1xi32>
    %337 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %338 = "stablehlo.reshape"(%337) : (tensor<i32>) -> tensor<1xi32>
    %339 = "stablehlo.concatenate"(%336, %338) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %340 = "stablehlo.dynamic_broadcast_in_dim"(%233, %339) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %341 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %342 = "stablehlo.reshape"(%341) : (tensor<i32>) -> tensor<1xi32>
    %343 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %344 = "stablehlo.reshape"(%343) : (tensor<i32>) -> tensor<1xi32>
    %345 = "stablehlo.concatenate"(%342, %344) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %346 = "stablehlo.dynamic_broadcast_in_dim"(%232, %345) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %347 = "stablehlo.select"(%260, %340, %346) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %348 = "stablehlo.multiply"(%334, %276) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %349 = "stablehlo.add"(%347, %348) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %350 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %351 = "stablehlo.reshape"(%350) : (tensor<i32>) -> tensor<1xi32>
    %352 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %353 = "stablehlo.reshape"(%352) : (tensor<i32>) -> tensor<1xi32>
    %354 = "stablehlo.concatenate"(%351, %353) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %355 = "stablehlo.dynamic_broadcast_in_dim"(%231, %354) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %356 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %357 = "stablehlo.reshape"(%356) : (tensor<i32>) -> tensor<1xi32>
    %358 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %359 = "stablehlo.reshape"(%358) : (tensor<i32>) -> tensor<1xi32>
    %360 = "stablehlo.concatenate"(%357, %359) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %361 = "stablehlo.dynamic_broadcast_in_dim"(%230, %360) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %362 = "stablehlo.select"(%260, %355, %361) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %363 = "stablehlo.multiply"(%349, %276) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %364 = "stablehlo.add"(%362, %363) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %365 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %366 = "stablehlo.reshape"(%365) : (tensor<i32>) -> tensor<1xi32>
    %367 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %368 = "stablehlo.reshape"(%367) : (tensor<i32>) -> tensor<1xi32>
    %369 = "stablehlo.concatenate"(%366, %368) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %370 = "stablehlo.dynamic_broadcast_in_dim"(%229, %369) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %371 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %372 = "stablehlo.reshape"(%371) : (tensor<i32>) -> tensor<1xi32>
    %373 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %374 = "stablehlo.reshape"(%373) : (tensor<i32>) -> tensor<1xi32>
    %375 = "stablehlo.concatenate"(%372, %374) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %376 = "stablehlo.dynamic_broadcast_in_dim"(%228, %375) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %377 = "stablehlo.select"(%260, %370, %376) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %378 = "stablehlo.multiply"(%364, %276) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %379 = "stablehlo.add"(%377, %378) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %380 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %381 = "stablehlo.reshape"(%380) : (tensor<i32>) -> tensor<1xi32>
    %382 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %383 = "stablehlo.reshape"(%382) : (tensor<i32>) -> tensor<1xi32>
    %384 = "stablehlo.concatenate"(%381, %383) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %385 = "stablehlo.dynamic_broadcast_in_dim"(%227, %384) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %386 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %387 = "stablehlo.reshape"(%386) : (tensor<i32>) -> tensor<1xi32>
    %388 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %389 = "stablehlo.reshape"(%388) : (tensor<i32>) -> tensor<1xi32>
    %390 = "stablehlo.concatenate"(%387, %389) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %391 = "stablehlo.dynamic_broadcast_in_dim"(%226, %390) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %392 = "stablehlo.select"(%260, %385, %391) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %393 = "stablehlo.multiply"(%379, %276) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %394 = "stablehlo.add"(%392, %393) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %395 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %396 = "stablehlo.reshape"(%395) : (tensor<i32>) -> tensor<1xi32>
    %397 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %398 = "stablehlo.reshape"(%397) : (tensor<i32>) -> tensor<1xi32>
    %399 = "stablehlo.concatenate"(%396, %398) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %400 = "stablehlo.dynamic_broadcast_in_dim"(%225, %399) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %401 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %402 = "stablehlo.reshape"(%401) : (tensor<i32>) -> tensor<1xi32>
    %403 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %404 = "stablehlo.reshape"(%403) : (tensor<i32>) -> tensor<1xi32>
    %405 = "stablehlo.concatenate"(%402, %404) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %406 = "stablehlo.dynamic_broadcast_in_dim"(%224, %405) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %407 = "stablehlo.select"(%260, %400, %406) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %408 = "stablehlo.multiply"(%394, %276) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %409 = "stablehlo.add"(%407, %408) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %410 = "stablehlo.multiply"(%409, %249) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %411 = "stablehlo.abs"(%249) : (tensor<?x6xf32>) -> tensor<?x6xf32>
    %412 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %413 = "stablehlo.reshape"(%412) : (tensor<i32>) -> tensor<1xi32>
    %414 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %415 = "stablehlo.reshape"(%414) : (tensor<i32>) -> tensor<1xi32>
    %416 = "stablehlo.concatenate"(%413, %415) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %417 = "stablehlo.dynamic_broadcast_in_dim"(%248, %416) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %418 = "stablehlo.compare"(%411, %417) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xi1>
    %419 = "stablehlo.get_dimension_size"(%249) <{dimension = 0 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %420 = "stablehlo.reshape"(%419) : (tensor<i32>) -> tensor<1xi32>
    %421 = "stablehlo.get_dimension_size"(%249) <{dimension = 1 : i64}> : (tensor<?x6xf32>) -> tensor<i32>
    %422 = "stablehlo.reshape"(%421) : (tensor<i32>) -> tensor<1xi32>
    %423 = "stablehlo.concatenate"(%420, %422) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %424 = "stablehlo.dynamic_broadcast_in_dim"(%223, %423) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %425 = "stablehlo.multiply"(%249, %424) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %426 = "stablehlo.select"(%418, %425, %410) : (tensor<?x6xi1>, tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %427 = "stablehlo.reshape"(%arg53) : (tensor<i32>) -> tensor<1xi32>
    %428 = "stablehlo.concatenate"(%427, %245) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %429 = "stablehlo.dynamic_broadcast_in_dim"(%246, %428) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %430 = "stablehlo.multiply"(%429, %426) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%430) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x6xf32>, sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg49: tensor<i32>, %arg50: tensor<2xui32>, %arg51: tensor<f32>, %arg52: tensor<f32>):
    %161 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %162 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %163 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %164 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %165 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %166 = "stablehlo.constant"() <{value = dense<6> : tensor<ui64>}> : () -> tensor<ui64>
    %167 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %168 = "stablehlo.broadcast_in_dim"(%arg51) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %169 = "stablehlo.broadcast_in_dim"(%arg52) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %170 = "stablehlo.slice"(%arg50) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %171 = "stablehlo.reshape"(%170) : (tensor<1xui32>) -> tensor<ui32>
    %172 = "stablehlo.slice"(%arg50) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %173 = "stablehlo.reshape"(%172) : (tensor<1xui32>) -> tensor<ui32>
    %174 = "stablehlo.reshape"(%arg49) : (tensor<i32>) -> tensor<1xi32>
    %175 = "stablehlo.concatenate"(%174, %167) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %176 = "stablehlo.dynamic_iota"(%175) <{iota_dimension = 0 : i64}> : (tensor<2xi32>) -> tensor<?x6xui64>
    %177 = "stablehlo.reshape"(%arg49) : (tensor<i32>) -> tensor<1xi32>
    %178 = "stablehlo.concatenate"(%177, %167) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %179 = "stablehlo.dynamic_iota"(%178) <{iota_dimension = 1 : i64}> : (tensor<2xi32>) -> tensor<?x6xui64>
    %180 = "stablehlo.reshape"(%arg49) : (tensor<i32>) -> tensor<1xi32>
    %181 = "stablehlo.concatenate"(%180, %167) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %182 = "stablehlo.dynamic_broadcast_in_dim"(%166, %181) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x6xui64>
    %183 = "stablehlo.multiply"(%182, %176) : (tensor<?x6xui64>, tensor<?x6xui64>) -> tensor<?x6xui64>
    %184 = "stablehlo.reshape"(%arg49) : (tensor<i32>) -> tensor<1xi32>
    %185 = "stablehlo.concatenate"(%184, %167) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %186 = "stablehlo.dynamic_broadcast_in_dim"(%165, %185) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x6xui64>
    %187 = "stablehlo.multiply"(%186, %179) : (tensor<?x6xui64>, tensor<?x6xui64>) -> tensor<?x6xui64>
    %188 = "stablehlo.add"(%183, %187) : (tensor<?x6xui64>, tensor<?x6xui64>) -> tensor<?x6xui64>
    %189 = "stablehlo.reshape"(%arg49) : (tensor<i32>) -> tensor<1xi32>
    %190 = "stablehlo.concatenate"(%189, %167) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %191 = "stablehlo.dynamic_broadcast_in_dim"(%164, %190) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x6xui64>
    %192 = "stablehlo.shift_right_logical"(%188, %191) : (tensor<?x6xui64>, tensor<?x6xui64>) -> tensor<?x6xui64>
    %193 = "stablehlo.convert"(%188) : (tensor<?x6xui64>) -> tensor<?x6xui32>
    %194 = "stablehlo.convert"(%192) : (tensor<?x6xui64>) -> tensor<?x6xui32>
    %195:2 = "func.call"(%arg49, %171, %173, %194, %193) <{callee = @threefry2x32}> : (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x6xui32>, tensor<?x6xui32>) -> (tensor<?x6xui32>, tensor<?x6xui32>)
    %196 = "stablehlo.xor"(%195#0, %195#1) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %197 = "stablehlo.reshape"(%arg49) : (tensor<i32>) -> tensor<1xi32>
    %198 = "stablehlo.concatenate"(%197, %167) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %199 = "stablehlo.dynamic_broadcast_in_dim"(%163, %198) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %200 = "stablehlo.shift_right_logical"(%196, %199) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %201 = "stablehlo.reshape"(%arg49) : (tensor<i32>) -> tensor<1xi32>
    %202 = "stablehlo.concatenate"(%201, %167) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %203 = "stablehlo.dynamic_broadcast_in_dim"(%162, %202) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %204 = "stablehlo.or"(%200, %203) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %205 = "stablehlo.bitcast_convert"(%204) : (tensor<?x6xui32>) -> tensor<?x6xf32>
    %206 = "stablehlo.reshape"(%arg49) : (tensor<i32>) -> tensor<1xi32>
    %207 = "stablehlo.concatenate"(%206, %167) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %208 = "stablehlo.dynamic_broadcast_in_dim"(%161, %207) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x6xf32>
    %209 = "stablehlo.subtract"(%205, %208) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %210 = "stablehlo.subtract"(%169, %168) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %211 = "stablehlo.reshape"(%arg49) : (tensor<i32>) -> tensor<1xi32>
    %212 = "stablehlo.concatenate"(%211, %167) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %213 = "stablehlo.dynamic_broadcast_in_dim"(%210, %212) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %214 = "stablehlo.multiply"(%209, %213) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %215 = "stablehlo.reshape"(%arg49) : (tensor<i32>) -> tensor<1xi32>
    %216 = "stablehlo.concatenate"(%215, %167) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %217 = "stablehlo.dynamic_broadcast_in_dim"(%168, %216) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %218 = "stablehlo.add"(%214, %217) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    %219 = "stablehlo.reshape"(%arg49) : (tensor<i32>) -> tensor<1xi32>
    %220 = "stablehlo.concatenate"(%219, %167) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %221 = "stablehlo.dynamic_broadcast_in_dim"(%168, %220) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x6xf32>
    %222 = "stablehlo.maximum"(%221, %218) : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%222) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x6xui32>, tensor<?x6xui32>) -> (tensor<?x6xui32>, tensor<?x6xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg26: tensor<i32>, %arg27: tensor<ui32>, %arg28: tensor<ui32>, %arg29: tensor<?x6xui32>, %arg30: tensor<?x6xui32>):
    %140 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %141 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %142 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %143 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %144 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %145 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %146 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %147 = "stablehlo.xor"(%arg27, %arg28) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %148 = "stablehlo.xor"(%147, %144) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %149 = "stablehlo.reshape"(%arg26) : (tensor<i32>) -> tensor<1xi32>
    %150 = "stablehlo.concatenate"(%149, %143) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %151 = "stablehlo.dynamic_broadcast_in_dim"(%arg27, %150) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %152 = "stablehlo.add"(%arg29, %151) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %153 = "stablehlo.reshape"(%arg26) : (tensor<i32>) -> tensor<1xi32>
    %154 = "stablehlo.concatenate"(%153, %143) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %155 = "stablehlo.dynamic_broadcast_in_dim"(%arg28, %154) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %156 = "stablehlo.add"(%arg30, %155) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %157:9 = "stablehlo.while"(%142, %142, %152, %156, %arg28, %148, %arg27, %145, %146) ({
    ^bb0(%arg40: tensor<i32>, %arg41: tensor<i32>, %arg42: tensor<?x6xui32>, %arg43: tensor<?x6xui32>, %arg44: tensor<ui32>, %arg45: tensor<ui32>, %arg46: tensor<ui32>, %arg47: tensor<4xui32>, %arg48: tensor<4xui32>):
      %160 = "stablehlo.compare"(%arg40, %141) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%160) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg31: tensor<i32>, %arg32: tensor<i32>, %arg33: tensor<?x6xui32>, %arg34: tensor<?x6xui32>, %arg35: tensor<ui32>, %arg36: tensor<ui32>, %arg37: tensor<ui32>, %arg38: tensor<4xui32>, %arg39: tensor<4xui32>):
      %158:8 = "func.call"(%arg26, %arg32, %arg33, %arg34, %arg35, %arg36, %arg37, %arg38, %arg39) <{callee = @closed_call}> : (tensor<i32>, tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %159 = "stablehlo.add"(%arg31, %140) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%159, %158#0, %158#1, %158#2, %158#3, %158#4, %158#5, %158#6, %158#7) : (tensor<i32>, tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%157#2, %157#3) : (tensor<?x6xui32>, tensor<?x6xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg17: tensor<i32>, %arg18: tensor<i32>, %arg19: tensor<?x6xui32>, %arg20: tensor<?x6xui32>, %arg21: tensor<ui32>, %arg22: tensor<ui32>, %arg23: tensor<ui32>, %arg24: tensor<4xui32>, %arg25: tensor<4xui32>):
    %66 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %67 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %68 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %69 = "stablehlo.add"(%arg18, %68) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %70 = "stablehlo.slice"(%arg24) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %71 = "stablehlo.reshape"(%70) : (tensor<1xui32>) -> tensor<ui32>
    %72 = "stablehlo.add"(%arg19, %arg20) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %73 = "stablehlo.reshape"(%arg17) : (tensor<i32>) -> tensor<1xi32>
    %74 = "stablehlo.concatenate"(%73, %67) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %75 = "stablehlo.dynamic_broadcast_in_dim"(%71, %74) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %76 = "stablehlo.shift_left"(%arg20, %75) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %77 = "stablehlo.subtract"(%66, %71) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %78 = "stablehlo.reshape"(%arg17) : (tensor<i32>) -> tensor<1xi32>
    %79 = "stablehlo.concatenate"(%78, %67) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %80 = "stablehlo.dynamic_broadcast_in_dim"(%77, %79) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %81 = "stablehlo.shift_right_logical"(%arg20, %80) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %82 = "stablehlo.or"(%76, %81) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %83 = "stablehlo.xor"(%72, %82) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %84 = "stablehlo.slice"(%arg24) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %85 = "stablehlo.reshape"(%84) : (tensor<1xui32>) -> tensor<ui32>
    %86 = "stablehlo.add"(%72, %83) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %87 = "stablehlo.reshape"(%arg17) : (tensor<i32>) -> tensor<1xi32>
    %88 = "stablehlo.concatenate"(%87, %67) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %89 = "stablehlo.dynamic_broadcast_in_dim"(%85, %88) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %90 = "stablehlo.shift_left"(%83, %89) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %91 = "stablehlo.subtract"(%66, %85) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %92 = "stablehlo.reshape"(%arg17) : (tensor<i32>) -> tensor<1xi32>
    %93 = "stablehlo.concatenate"(%92, %67) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %94 = "stablehlo.dynamic_broadcast_in_dim"(%91, %93) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %95 = "stablehlo.shift_right_logical"(%83, %94) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %96 = "stablehlo.or"(%90, %95) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %97 = "stablehlo.xor"(%86, %96) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %98 = "stablehlo.slice"(%arg24) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %99 = "stablehlo.reshape"(%98) : (tensor<1xui32>) -> tensor<ui32>
    %100 = "stablehlo.add"(%86, %97) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %101 = "stablehlo.reshape"(%arg17) : (tensor<i32>) -> tensor<1xi32>
    %102 = "stablehlo.concatenate"(%101, %67) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %103 = "stablehlo.dynamic_broadcast_in_dim"(%99, %102) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %104 = "stablehlo.shift_left"(%97, %103) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %105 = "stablehlo.subtract"(%66, %99) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %106 = "stablehlo.reshape"(%arg17) : (tensor<i32>) -> tensor<1xi32>
    %107 = "stablehlo.concatenate"(%106, %67) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %108 = "stablehlo.dynamic_broadcast_in_dim"(%105, %107) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %109 = "stablehlo.shift_right_logical"(%97, %108) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %110 = "stablehlo.or"(%104, %109) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %111 = "stablehlo.xor"(%100, %110) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %112 = "stablehlo.slice"(%arg24) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %113 = "stablehlo.reshape"(%112) : (tensor<1xui32>) -> tensor<ui32>
    %114 = "stablehlo.add"(%100, %111) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %115 = "stablehlo.reshape"(%arg17) : (tensor<i32>) -> tensor<1xi32>
    %116 = "stablehlo.concatenate"(%115, %67) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %117 = "stablehlo.dynamic_broadcast_in_dim"(%113, %116) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %118 = "stablehlo.shift_left"(%111, %117) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %119 = "stablehlo.subtract"(%66, %113) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %120 = "stablehlo.reshape"(%arg17) : (tensor<i32>) -> tensor<1xi32>
    %121 = "stablehlo.concatenate"(%120, %67) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %122 = "stablehlo.dynamic_broadcast_in_dim"(%119, %121) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %123 = "stablehlo.shift_right_logical"(%111, %122) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %124 = "stablehlo.or"(%118, %123) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %125 = "stablehlo.xor"(%114, %124) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %126 = "stablehlo.reshape"(%arg17) : (tensor<i32>) -> tensor<1xi32>
    %127 = "stablehlo.concatenate"(%126, %67) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %128 = "stablehlo.dynamic_broadcast_in_dim"(%arg21, %127) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %129 = "stablehlo.add"(%114, %128) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %130 = "stablehlo.reshape"(%arg17) : (tensor<i32>) -> tensor<1xi32>
    %131 = "stablehlo.concatenate"(%130, %67) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %132 = "stablehlo.dynamic_broadcast_in_dim"(%arg22, %131) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %133 = "stablehlo.add"(%125, %132) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    %134 = "stablehlo.add"(%arg18, %68) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %135 = "stablehlo.convert"(%134) : (tensor<i32>) -> tensor<ui32>
    %136 = "stablehlo.reshape"(%arg17) : (tensor<i32>) -> tensor<1xi32>
    %137 = "stablehlo.concatenate"(%136, %67) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %138 = "stablehlo.dynamic_broadcast_in_dim"(%135, %137) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x6xui32>
    %139 = "stablehlo.add"(%133, %138) : (tensor<?x6xui32>, tensor<?x6xui32>) -> tensor<?x6xui32>
    "func.return"(%69, %129, %139, %arg22, %arg23, %arg21, %arg25, %arg24) : (tensor<i32>, tensor<?x6xui32>, tensor<?x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x6xf32>) -> tensor<?x6xf32>, sym_name = "_roll_static", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<i32>, %arg16: tensor<?x6xf32>):
    %48 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %49 = "stablehlo.constant"() <{value = dense<6> : tensor<1xi32>}> : () -> tensor<1xi32>
    %50 = "stablehlo.constant"() <{value = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
    %51 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %52:2 = "func.call"(%arg15, %51, %arg15) <{callee = @divmod}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>)
    %53 = "stablehlo.reshape"(%52#1) : (tensor<i32>) -> tensor<1xi32>
    %54 = "stablehlo.concatenate"(%53, %50) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %55 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %56 = "stablehlo.concatenate"(%55, %49) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %57 = "stablehlo.concatenate"(%48, %48) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %58 = "stablehlo.real_dynamic_slice"(%arg16, %54, %56, %57) : (tensor<?x6xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<?x6xf32>
    %59 = "stablehlo.concatenate"(%50, %50) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %60:2 = "func.call"(%arg15, %51, %arg15) <{callee = @divmod}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>)
    %61 = "stablehlo.reshape"(%60#1) : (tensor<i32>) -> tensor<1xi32>
    %62 = "stablehlo.concatenate"(%61, %49) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %63 = "stablehlo.concatenate"(%48, %48) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %64 = "stablehlo.real_dynamic_slice"(%arg16, %59, %62, %63) : (tensor<?x6xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<?x6xf32>
    %65 = "stablehlo.concatenate"(%58, %64) <{dimension = 0 : i64}> : (tensor<?x6xf32>, tensor<?x6xf32>) -> tensor<?x6xf32>
    "func.return"(%65) : (tensor<?x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> (tensor<i32>, tensor<i32>), sym_name = "divmod", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<i32>, %arg13: tensor<i32>, %arg14: tensor<i32>):
    %45 = "stablehlo.convert"(%arg14) : (tensor<i32>) -> tensor<i32>
    %46 = "func.call"(%arg12, %arg13, %45) <{callee = @floor_divide}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %47 = "func.call"(%arg12, %arg13, %45) <{callee = @remainder}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%46, %47) : (tensor<i32>, tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<i32>, %arg10: tensor<i32>, %arg11: tensor<i32>):
    %34 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %35 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %36 = "stablehlo.divide"(%arg10, %arg11) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %37 = "stablehlo.sign"(%arg10) : (tensor<i32>) -> tensor<i32>
    %38 = "stablehlo.sign"(%arg11) : (tensor<i32>) -> tensor<i32>
    %39 = "stablehlo.compare"(%37, %38) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %40 = "stablehlo.remainder"(%arg10, %arg11) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %41 = "stablehlo.compare"(%40, %35) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %42 = "stablehlo.and"(%39, %41) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %43 = "stablehlo.subtract"(%36, %34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %44 = "func.call"(%arg9, %42, %43, %36) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%44) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<i32>, %arg6: tensor<i1>, %arg7: tensor<i32>, %arg8: tensor<i32>):
    %33 = "stablehlo.select"(%arg6, %arg7, %arg8) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%33) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<i32>, %arg3: tensor<i32>, %arg4: tensor<i32>):
    %21 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %22 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %23 = "stablehlo.compare"(%arg4, %22) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %24 = "func.call"(%arg2, %23, %21, %arg4) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %25 = "stablehlo.remainder"(%arg3, %24) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %26 = "stablehlo.compare"(%25, %22) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %27 = "stablehlo.compare"(%25, %22) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %28 = "stablehlo.compare"(%24, %22) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %29 = "stablehlo.compare"(%27, %28) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %30 = "stablehlo.and"(%29, %26) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %31 = "stablehlo.add"(%25, %24) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %32 = "stablehlo.select"(%30, %31, %25) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%32) : (tensor<i32>) -> ()
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
