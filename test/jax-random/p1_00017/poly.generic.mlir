"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<?x16xf32>, tensor<?x16xi32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg61: tensor<?x16xf32>, %arg62: tensor<16xf32>, %arg63: tensor<16x16xf32>, %arg64: tensor<16xi32>):
    %486 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %487 = "stablehlo.get_dimension_size"(%arg61) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %488 = "stablehlo.compare"(%487, %486) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%488, %487) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 16). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %489:2 = "func.call"(%487, %arg61, %arg62, %arg63, %arg64) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<?x16xf32>, tensor<?x16xi32>)
    "func.return"(%489#0, %489#1) : (tensor<?x16xf32>, tensor<?x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<?x16xf32>, tensor<?x16xi32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg56: tensor<i32>, %arg57: tensor<?x16xf32>, %arg58: tensor<16xf32>, %arg59: tensor<16x16xf32>, %arg60: tensor<16xi32>):
    %418 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %419 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %420 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %421 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %422 = "stablehlo.constant"() <{value = dense<162> : tensor<i32>}> : () -> tensor<i32>
    %423 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %424 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %425 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %426 = "stablehlo.constant"() <{value = dense<2> : tensor<1xi32>}> : () -> tensor<1xi32>
    %427 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %428 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %429 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %430 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %431 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %432 = "stablehlo.reshape"(%arg56) : (tensor<i32>) -> tensor<1xi32>
    %433 = "stablehlo.concatenate"(%432, %430) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %434 = "stablehlo.dynamic_broadcast_in_dim"(%431, %433) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %435 = "stablehlo.multiply"(%arg57, %434) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %436 = "stablehlo.floor"(%435) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %437 = "stablehlo.convert"(%436) : (tensor<?x16xf32>) -> tensor<?x16xi32>
    %438 = "func.call"(%arg56, %437, %429) <{callee = @remainder}> : (tensor<i32>, tensor<?x16xi32>, tensor<i32>) -> tensor<?x16xi32>
    %439 = "stablehlo.broadcast_in_dim"(%arg60) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi32>) -> tensor<1x16xi32>
    %440 = "func.call"(%arg56, %439, %428) <{callee = @remainder_0}> : (tensor<i32>, tensor<1x16xi32>, tensor<i32>) -> tensor<1x16xi32>
    %441 = "stablehlo.negate"(%440) : (tensor<1x16xi32>) -> tensor<1x16xi32>
    %442 = "stablehlo.reshape"(%arg56) : (tensor<i32>) -> tensor<1xi32>
    %443 = "stablehlo.concatenate"(%442, %430) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %444 = "stablehlo.dynamic_broadcast_in_dim"(%441, %443) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>, tensor<2xi32>) -> tensor<?x16xi32>
    %445 = "stablehlo.subtract"(%438, %444) : (tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi32>
    %446 = "stablehlo.reshape"(%arg56) : (tensor<i32>) -> tensor<1xi32>
    %447 = "stablehlo.concatenate"(%446, %427, %426) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %448 = "stablehlo.dynamic_reshape"(%arg57, %447) : (tensor<?x16xf32>, tensor<3xi32>) -> tensor<?x8x2xf32>
    %449 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xi32>
    %450 = "stablehlo.broadcast_in_dim"(%425) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %451 = "stablehlo.multiply"(%450, %449) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %452 = "stablehlo.broadcast_in_dim"(%424) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %453 = "stablehlo.add"(%452, %451) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %454 = "stablehlo.reverse"(%453) <{dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2xi32>
    %455 = "stablehlo.broadcast_in_dim"(%454) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %456 = "stablehlo.reshape"(%arg56) : (tensor<i32>) -> tensor<1xi32>
    %457 = "stablehlo.concatenate"(%456, %427, %423) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %458 = "stablehlo.dynamic_gather"(%448, %455, %457) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], collapsed_slice_dims = [2], start_index_map = [2], index_vector_dim = 1>, indices_are_sorted = true}> : (tensor<?x8x2xf32>, tensor<2x1xi32>, tensor<3xi32>) -> tensor<?x8x2xf32>
    %459 = "stablehlo.reverse"(%458) <{dimensions = array<i64: 2>}> : (tensor<?x8x2xf32>) -> tensor<?x8x2xf32>
    %460 = "stablehlo.reshape"(%arg56) : (tensor<i32>) -> tensor<1xi32>
    %461 = "stablehlo.concatenate"(%460, %430) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %462 = "stablehlo.dynamic_reshape"(%459, %461) : (tensor<?x8x2xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %463 = "stablehlo.shift_right_logical"(%422, %421) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %464 = "stablehlo.convert"(%463) : (tensor<i32>) -> tensor<ui32>
    %465 = "stablehlo.broadcast_in_dim"(%464) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %466 = "stablehlo.and"(%422, %425) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %467 = "stablehlo.convert"(%466) : (tensor<i32>) -> tensor<ui32>
    %468 = "stablehlo.broadcast_in_dim"(%467) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %469 = "stablehlo.concatenate"(%465, %468) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %470 = "func.call"(%arg56, %469) <{callee = @_normal}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x16xf32>
    %471 = "stablehlo.reshape"(%arg56) : (tensor<i32>) -> tensor<1xi32>
    %472 = "stablehlo.concatenate"(%471, %430) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %473 = "stablehlo.dynamic_broadcast_in_dim"(%420, %472) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %474 = "stablehlo.multiply"(%473, %470) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %475 = "stablehlo.add"(%462, %474) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %476 = "stablehlo.tanh"(%475) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %477 = "stablehlo.reshape"(%arg56) : (tensor<i32>) -> tensor<1xi32>
    %478 = "stablehlo.concatenate"(%477, %430) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %479 = "stablehlo.dynamic_broadcast_in_dim"(%419, %478) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %480 = "stablehlo.multiply"(%476, %479) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %481 = "stablehlo.reshape"(%arg56) : (tensor<i32>) -> tensor<1xi32>
    %482 = "stablehlo.concatenate"(%481, %430) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %483 = "stablehlo.dynamic_broadcast_in_dim"(%418, %482) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %484 = "stablehlo.add"(%480, %483) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %485 = "func.call"(%arg56, %484) <{callee = @cumprod}> : (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%485, %445) : (tensor<?x16xf32>, tensor<?x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x16xi32>, tensor<i32>) -> tensor<?x16xi32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg53: tensor<i32>, %arg54: tensor<?x16xi32>, %arg55: tensor<i32>):
    %389 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %390 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %391 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %392 = "stablehlo.convert"(%arg55) : (tensor<i32>) -> tensor<i32>
    %393 = "stablehlo.compare"(%392, %391) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %394 = "func.call"(%arg53, %393, %390, %392) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %395 = "stablehlo.reshape"(%arg53) : (tensor<i32>) -> tensor<1xi32>
    %396 = "stablehlo.concatenate"(%395, %389) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %397 = "stablehlo.dynamic_broadcast_in_dim"(%394, %396) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x16xi32>
    %398 = "stablehlo.remainder"(%arg54, %397) : (tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi32>
    %399 = "stablehlo.reshape"(%arg53) : (tensor<i32>) -> tensor<1xi32>
    %400 = "stablehlo.concatenate"(%399, %389) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %401 = "stablehlo.dynamic_broadcast_in_dim"(%391, %400) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x16xi32>
    %402 = "stablehlo.compare"(%398, %401) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi1>
    %403 = "stablehlo.reshape"(%arg53) : (tensor<i32>) -> tensor<1xi32>
    %404 = "stablehlo.concatenate"(%403, %389) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %405 = "stablehlo.dynamic_broadcast_in_dim"(%391, %404) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x16xi32>
    %406 = "stablehlo.compare"(%398, %405) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi1>
    %407 = "stablehlo.compare"(%394, %391) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %408 = "stablehlo.reshape"(%arg53) : (tensor<i32>) -> tensor<1xi32>
    %409 = "stablehlo.concatenate"(%408, %389) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %410 = "stablehlo.dynamic_broadcast_in_dim"(%407, %409) <{broadcast_dimensions = array<i64>}> : (tensor<i1>, tensor<2xi32>) -> tensor<?x16xi1>
    %411 = "stablehlo.compare"(%406, %410) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<?x16xi1>, tensor<?x16xi1>) -> tensor<?x16xi1>
    %412 = "stablehlo.and"(%411, %402) : (tensor<?x16xi1>, tensor<?x16xi1>) -> tensor<?x16xi1>
    %413 = "stablehlo.reshape"(%arg53) : (tensor<i32>) -> tensor<1xi32>
    %414 = "stablehlo.concatenate"(%413, %389) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %415 = "stablehlo.dynamic_broadcast_in_dim"(%394, %414) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x16xi32>
    %416 = "stablehlo.add"(%398, %415) : (tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi32>
    %417 = "stablehlo.select"(%412, %416, %398) : (tensor<?x16xi1>, tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi32>
    "func.return"(%417) : (tensor<?x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg49: tensor<i32>, %arg50: tensor<i1>, %arg51: tensor<i32>, %arg52: tensor<i32>):
    %388 = "stablehlo.select"(%arg50, %arg51, %arg52) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%388) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<1x16xi32>, tensor<i32>) -> tensor<1x16xi32>, sym_name = "remainder_0", sym_visibility = "private"}> ({
  ^bb0(%arg46: tensor<i32>, %arg47: tensor<1x16xi32>, %arg48: tensor<i32>):
    %370 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %371 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %372 = "stablehlo.convert"(%arg48) : (tensor<i32>) -> tensor<i32>
    %373 = "stablehlo.compare"(%372, %371) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %374 = "func.call"(%arg46, %373, %370, %372) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %375 = "stablehlo.broadcast_in_dim"(%374) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %376 = "stablehlo.remainder"(%arg47, %375) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %377 = "stablehlo.broadcast_in_dim"(%371) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %378 = "stablehlo.compare"(%376, %377) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %379 = "stablehlo.broadcast_in_dim"(%371) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %380 = "stablehlo.compare"(%376, %379) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %381 = "stablehlo.compare"(%374, %371) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %382 = "stablehlo.broadcast_in_dim"(%381) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x16xi1>
    %383 = "stablehlo.compare"(%380, %382) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x16xi1>, tensor<1x16xi1>) -> tensor<1x16xi1>
    %384 = "stablehlo.and"(%383, %378) : (tensor<1x16xi1>, tensor<1x16xi1>) -> tensor<1x16xi1>
    %385 = "stablehlo.broadcast_in_dim"(%374) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %386 = "stablehlo.add"(%376, %385) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %387 = "stablehlo.select"(%384, %386, %376) : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    "func.return"(%387) : (tensor<1x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x16xf32>, sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg44: tensor<i32>, %arg45: tensor<2xui32>):
    %369 = "func.call"(%arg44, %arg45) <{callee = @_normal_real}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x16xf32>
    "func.return"(%369) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x16xf32>, sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg42: tensor<i32>, %arg43: tensor<2xui32>):
    %161 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %162 = "stablehlo.constant"() <{value = dense<2.83297682> : tensor<f32>}> : () -> tensor<f32>
    %163 = "stablehlo.constant"() <{value = dense<1.50140941> : tensor<f32>}> : () -> tensor<f32>
    %164 = "stablehlo.constant"() <{value = dense<1.00167406> : tensor<f32>}> : () -> tensor<f32>
    %165 = "stablehlo.constant"() <{value = dense<0.246640727> : tensor<f32>}> : () -> tensor<f32>
    %166 = "stablehlo.constant"() <{value = dense<0.00943887047> : tensor<f32>}> : () -> tensor<f32>
    %167 = "stablehlo.constant"() <{value = dense<-0.00417768164> : tensor<f32>}> : () -> tensor<f32>
    %168 = "stablehlo.constant"() <{value = dense<-0.0076224613> : tensor<f32>}> : () -> tensor<f32>
    %169 = "stablehlo.constant"() <{value = dense<-0.00125372503> : tensor<f32>}> : () -> tensor<f32>
    %170 = "stablehlo.constant"() <{value = dense<0.00573950773> : tensor<f32>}> : () -> tensor<f32>
    %171 = "stablehlo.constant"() <{value = dense<2.1858087E-4> : tensor<f32>}> : () -> tensor<f32>
    %172 = "stablehlo.constant"() <{value = dense<-0.00367342844> : tensor<f32>}> : () -> tensor<f32>
    %173 = "stablehlo.constant"() <{value = dense<-4.39150654E-6> : tensor<f32>}> : () -> tensor<f32>
    %174 = "stablehlo.constant"() <{value = dense<0.00134934322> : tensor<f32>}> : () -> tensor<f32>
    %175 = "stablehlo.constant"() <{value = dense<-3.5233877E-6> : tensor<f32>}> : () -> tensor<f32>
    %176 = "stablehlo.constant"() <{value = dense<1.00950558E-4> : tensor<f32>}> : () -> tensor<f32>
    %177 = "stablehlo.constant"() <{value = dense<3.43273939E-7> : tensor<f32>}> : () -> tensor<f32>
    %178 = "stablehlo.constant"() <{value = dense<-2.00214257E-4> : tensor<f32>}> : () -> tensor<f32>
    %179 = "stablehlo.constant"() <{value = dense<2.81022636E-8> : tensor<f32>}> : () -> tensor<f32>
    %180 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %181 = "stablehlo.constant"() <{value = dense<2.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %182 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %183 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %184 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %185 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %186 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %187 = "func.call"(%arg42, %arg43, %185, %186) <{callee = @_uniform}> : (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x16xf32>
    %188 = "stablehlo.negate"(%187) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %189 = "stablehlo.multiply"(%187, %188) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %190 = "stablehlo.log_plus_one"(%189) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %191 = "stablehlo.negate"(%190) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %192 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %193 = "stablehlo.reshape"(%192) : (tensor<i32>) -> tensor<1xi32>
    %194 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %195 = "stablehlo.reshape"(%194) : (tensor<i32>) -> tensor<1xi32>
    %196 = "stablehlo.concatenate"(%193, %195) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %197 = "stablehlo.dynamic_broadcast_in_dim"(%182, %196) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %198 = "stablehlo.compare"(%191, %197) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xi1>
    %199 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %200 = "stablehlo.reshape"(%199) : (tensor<i32>) -> tensor<1xi32>
    %201 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %202 = "stablehlo.reshape"(%201) : (tensor<i32>) -> tensor<1xi32>
    %203 = "stablehlo.concatenate"(%200, %202) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %204 = "stablehlo.dynamic_broadcast_in_dim"(%181, %203) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %205 = "stablehlo.subtract"(%191, %204) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %206 = "stablehlo.sqrt"(%191) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %207 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %208 = "stablehlo.reshape"(%207) : (tensor<i32>) -> tensor<1xi32>
    %209 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %210 = "stablehlo.reshape"(%209) : (tensor<i32>) -> tensor<1xi32>
    %211 = "stablehlo.concatenate"(%208, %210) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %212 = "stablehlo.dynamic_broadcast_in_dim"(%180, %211) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %213 = "stablehlo.subtract"(%206, %212) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %214 = "stablehlo.select"(%198, %205, %213) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %215 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %216 = "stablehlo.reshape"(%215) : (tensor<i32>) -> tensor<1xi32>
    %217 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %218 = "stablehlo.reshape"(%217) : (tensor<i32>) -> tensor<1xi32>
    %219 = "stablehlo.concatenate"(%216, %218) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %220 = "stablehlo.dynamic_broadcast_in_dim"(%179, %219) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %221 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %222 = "stablehlo.reshape"(%221) : (tensor<i32>) -> tensor<1xi32>
    %223 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %224 = "stablehlo.reshape"(%223) : (tensor<i32>) -> tensor<1xi32>
    %225 = "stablehlo.concatenate"(%222, %224) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %226 = "stablehlo.dynamic_broadcast_in_dim"(%178, %225) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %227 = "stablehlo.select"(%198, %220, %226) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %228 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %229 = "stablehlo.reshape"(%228) : (tensor<i32>) -> tensor<1xi32>
    %230 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %231 = "stablehlo.reshape"(%230) : (tensor<i32>) -> tensor<1xi32>
    %232 = "stablehlo.concatenate"(%229, %231) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %233 = "stablehlo.dynamic_broadcast_in_dim"(%177, %232) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %234 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %235 = "stablehlo.reshape"(%234) : (tensor<i32>) -> tensor<1xi32>
    %236 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %237 = "stablehlo.reshape"(%236) : (tensor<i32>) -> tensor<1xi32>
    %238 = "stablehlo.concatenate"(%235, %237) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %239 = "stablehlo.dynamic_broadcast_in_dim"(%176, %238) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %240 = "stablehlo.select"(%198, %233, %239) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %241 = "stablehlo.multiply"(%227, %214) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %242 = "stablehlo.add"(%240, %241) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %243 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %244 = "stablehlo.reshape"(%243) : (tensor<i32>) -> tensor<1xi32>
    %245 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %246 = "stablehlo.reshape"(%245) : (tensor<i32>) -> tensor<1xi32>
    %247 = "stablehlo.concatenate"(%244, %246) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %248 = "stablehlo.dynamic_broadcast_in_dim"(%175, %247) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %249 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %250 = "stablehlo.reshape"(%249) : (tensor<i32>) -> tensor<1xi32>
    %251 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %252 = "stablehlo.reshape"(%251) : (tensor<i32>) -> tensor<1xi32>
    %253 = "stablehlo.concatenate"(%250, %252) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %254 = "stablehlo.dynamic_broadcast_in_dim"(%174, %253) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %255 = "stablehlo.select"(%198, %248, %254) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %256 = "stablehlo.multiply"(%242, %214) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %257 = "stablehlo.add"(%255, %256) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %258 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %259 = "stablehlo.reshape"(%258) : (tensor<i32>) -> tensor<1xi32>
    %260 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %261 = "stablehlo.reshape"(%260) : (tensor<i32>) -> tensor<1xi32>
    %262 = "stablehlo.concatenate"(%259, %261) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %263 = "stablehlo.dynamic_broadcast_in_dim"(%173, %262) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %264 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %265 = "stablehlo.reshape"(%264) : (tensor<i32>) -> tensor<1xi32>
    %266 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %267 = "stablehlo.reshape"(%266) : (tensor<i32>) -> tensor<1xi32>
    %268 = "stablehlo.concatenate"(%265, %267) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %269 = "stablehlo.dynamic_broadcast_in_dim"(%172, %268) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %270 = "stablehlo.select"(%198, %263, %269) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %271 = "stablehlo.multiply"(%257, %214) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %272 = "stablehlo.add"(%270, %271) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %273 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %274 = "stablehlo.reshape"(%273) : (tensor<i32>) -> tensor<1xi32>
    %275 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %276 = "stablehlo.reshape"(%275) : (tensor<i32>) -> tensor<1xi32>
    %277 = "stablehlo.concatenate"(%274, %276) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %278 = "stablehlo.dynamic_broadcast_in_dim"(%171, %277) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %279 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %280 = "stablehlo.reshape"(%279) : (tensor<i32>) -> tensor<1xi32>
    %281 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %282 = "stablehlo.reshape"(%281) : (tensor<i32>) -> tensor<1xi32>
    %283 = "stablehlo.concatenate"(%280, %282) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %284 = "stablehlo.dynamic_broadcast_in_dim"(%170, %283) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %285 = "stablehlo.select"(%198, %278, %284) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %286 = "stablehlo.multiply"(%272, %214) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %287 = "stablehlo.add"(%285, %286) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %288 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %289 = "stablehlo.reshape"(%288) : (tensor<i32>) -> tensor<1xi32>
    %290 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %291 = "stablehlo.reshape"(%290) : (tensor<i32>) -> tensor<1xi32>
    %292 = "stablehlo.concatenate"(%289, %291) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %293 = "stablehlo.dynamic_broadcast_in_dim"(%169, %292) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %294 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %295 = "stablehlo.reshape"(%294) : (tensor<i32>) -> tensor<1xi32>
    %296 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %297 = "stablehlo.reshape"(%296) : (tensor<i32>) -> tensor<1xi32>
    %298 = "stablehlo.concatenate"(%295, %297) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %299 = "stablehlo.dynamic_broadcast_in_dim"(%168, %298) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %300 = "stablehlo.select"(%198, %293, %299) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %301 = "stablehlo.multiply"(%287, %214) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %302 = "stablehlo.add"(%300, %301) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %303 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %304 = "stablehlo.reshape"(%303) : (tensor<i32>) -> tensor<1xi32>
    %305 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %306 = "stablehlo.reshape"(%305) : (tensor<i32>) -> tensor<1xi32>
    %307 = "stablehlo.concatenate"(%304, %306) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %308 = "stablehlo.dynamic_broadcast_in_dim"(%167, %307) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %309 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %310 = "stablehlo.reshape"(%309) : (tensor<i32>) -> tensor<1xi32>
    %311 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %312 = "stablehlo.reshape"(%311) : (tensor<i32>) -> tensor<1xi32>
    %313 = "stablehlo.concatenate"(%310, %312) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %314 = "stablehlo.dynamic_broadcast_in_dim"(%166, %313) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %315 = "stablehlo.select"(%198, %308, %314) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %316 = "stablehlo.multiply"(%302, %214) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %317 = "stablehlo.add"(%315, %316) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %318 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %319 = "stablehlo.reshape"(%318) : (tensor<i32>) -> tensor<1xi32>
    %320 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %321 = "stablehlo.reshape"(%320) : (tensor<i32>) -> tensor<1xi32>
    %322 = "stablehlo.concatenate"(%319, %321) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %323 = "stablehlo.dynamic_broadcast_in_dim"(%165, %322) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %324 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %325 = "stablehlo.reshape"(%324) : (tensor<i32>) -> tensor<1xi32>
    %326 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %327 = "stablehlo.reshape"(%326) : (tensor<i32>) -> tensor<1xi32>
    %328 = "stablehlo.concatenate"(%325, %327) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %329 = "stablehlo.dynamic_broadcast_in_dim"(%164, %328) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %330 = "stablehlo.select"(%198, %323, %329) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %331 = "stablehlo.multiply"(%317, %214) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %332 = "stablehlo.add"(%330, %331) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %333 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %334 = "stablehlo.reshape"(%333) : (tensor<i32>) -> tensor<1xi32>
    %335 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %336 = "stablehlo.reshape"(%335) : (tensor<i32>) -> tensor<1xi32>
    %337 = "stablehlo.concatenate"(%334, %336) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %338 = "stablehlo.dynamic_broadcast_in_dim"(%163, %337) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %339 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %340 = "stablehlo.reshape"(%339) : (tensor<i32>) -> tensor<1xi32>
    %341 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %342 = "stablehlo.reshape"(%341) : (tensor<i32>) -> tensor<1xi32>
    %343 = "stablehlo.concatenate"(%340, %342) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %344 = "stablehlo.dynamic_broadcast_in_dim"(%162, %343) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %345 = "stablehlo.select"(%198, %338, %344) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %346 = "stablehlo.multiply"(%332, %214) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %347 = "stablehlo.add"(%345, %346) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %348 = "stablehlo.multiply"(%347, %187) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %349 = "stablehlo.abs"(%187) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %350 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %351 = "stablehlo.reshape"(%350) : (tensor<i32>) -> tensor<1xi32>
    %352 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %353 = "stablehlo.reshape"(%352) : (tensor<i32>) -> tensor<1xi32>
    %354 = "stablehlo.concatenate"(%351, %353) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %355 = "stablehlo.dynamic_broadcast_in_dim"(%186, %354) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %356 = "stablehlo.compare"(%349, %355) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xi1>
    %357 = "stablehlo.get_dimension_size"(%187) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %358 = "stablehlo.reshape"(%357) : (tensor<i32>) -> tensor<1xi32>
    %359 = "stablehlo.get_dimension_size"(%187) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %360 = "stablehlo.reshape"(%359) : (tensor<i32>) -> tensor<1xi32>
    %361 = "stablehlo.concatenate"(%358, %360) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %362 = "stablehlo.dynamic_broadcast_in_dim"(%161, %361) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %363 = "stablehlo.multiply"(%187, %362) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %364 = "stablehlo.select"(%356, %363, %348) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %365 = "stablehlo.reshape"(%arg42) : (tensor<i32>) -> tensor<1xi32>
    %366 = "stablehlo.concatenate"(%365, %183) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %367 = "stablehlo.dynamic_broadcast_in_dim"(%184, %366) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %368 = "stablehlo.multiply"(%367, %364) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%368) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x16xf32>, sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg38: tensor<i32>, %arg39: tensor<2xui32>, %arg40: tensor<f32>, %arg41: tensor<f32>):
    %99 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %100 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %101 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %102 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %103 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %104 = "stablehlo.constant"() <{value = dense<16> : tensor<ui64>}> : () -> tensor<ui64>
    %105 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %106 = "stablehlo.broadcast_in_dim"(%arg40) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %107 = "stablehlo.broadcast_in_dim"(%arg41) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %108 = "stablehlo.slice"(%arg39) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %109 = "stablehlo.reshape"(%108) : (tensor<1xui32>) -> tensor<ui32>
    %110 = "stablehlo.slice"(%arg39) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %111 = "stablehlo.reshape"(%110) : (tensor<1xui32>) -> tensor<ui32>
    %112 = "stablehlo.reshape"(%arg38) : (tensor<i32>) -> tensor<1xi32>
    %113 = "stablehlo.concatenate"(%112, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %114 = "stablehlo.dynamic_iota"(%113) <{iota_dimension = 0 : i64}> : (tensor<2xi32>) -> tensor<?x16xui64>
    %115 = "stablehlo.reshape"(%arg38) : (tensor<i32>) -> tensor<1xi32>
    %116 = "stablehlo.concatenate"(%115, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %117 = "stablehlo.dynamic_iota"(%116) <{iota_dimension = 1 : i64}> : (tensor<2xi32>) -> tensor<?x16xui64>
    %118 = "stablehlo.reshape"(%arg38) : (tensor<i32>) -> tensor<1xi32>
    %119 = "stablehlo.concatenate"(%118, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %120 = "stablehlo.dynamic_broadcast_in_dim"(%104, %119) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x16xui64>
    %121 = "stablehlo.multiply"(%120, %114) : (tensor<?x16xui64>, tensor<?x16xui64>) -> tensor<?x16xui64>
    %122 = "stablehlo.reshape"(%arg38) : (tensor<i32>) -> tensor<1xi32>
    %123 = "stablehlo.concatenate"(%122, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %124 = "stablehlo.dynamic_broadcast_in_dim"(%103, %123) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x16xui64>
    %125 = "stablehlo.multiply"(%124, %117) : (tensor<?x16xui64>, tensor<?x16xui64>) -> tensor<?x16xui64>
    %126 = "stablehlo.add"(%121, %125) : (tensor<?x16xui64>, tensor<?x16xui64>) -> tensor<?x16xui64>
    %127 = "stablehlo.reshape"(%arg38) : (tensor<i32>) -> tensor<1xi32>
    %128 = "stablehlo.concatenate"(%127, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %129 = "stablehlo.dynamic_broadcast_in_dim"(%102, %128) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x16xui64>
    %130 = "stablehlo.shift_right_logical"(%126, %129) : (tensor<?x16xui64>, tensor<?x16xui64>) -> tensor<?x16xui64>
    %131 = "stablehlo.convert"(%126) : (tensor<?x16xui64>) -> tensor<?x16xui32>
    %132 = "stablehlo.convert"(%130) : (tensor<?x16xui64>) -> tensor<?x16xui32>
    %133:2 = "func.call"(%arg38, %109, %111, %132, %131) <{callee = @threefry2x32}> : (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x16xui32>, tensor<?x16xui32>) -> (tensor<?x16xui32>, tensor<?x16xui32>)
    %134 = "stablehlo.xor"(%133#0, %133#1) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %135 = "stablehlo.reshape"(%arg38) : (tensor<i32>) -> tensor<1xi32>
    %136 = "stablehlo.concatenate"(%135, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %137 = "stablehlo.dynamic_broadcast_in_dim"(%101, %136) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %138 = "stablehlo.shift_right_logical"(%134, %137) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %139 = "stablehlo.reshape"(%arg38) : (tensor<i32>) -> tensor<1xi32>
    %140 = "stablehlo.concatenate"(%139, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %141 = "stablehlo.dynamic_broadcast_in_dim"(%100, %140) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %142 = "stablehlo.or"(%138, %141) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %143 = "stablehlo.bitcast_convert"(%142) : (tensor<?x16xui32>) -> tensor<?x16xf32>
    %144 = "stablehlo.reshape"(%arg38) : (tensor<i32>) -> tensor<1xi32>
    %145 = "stablehlo.concatenate"(%144, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %146 = "stablehlo.dynamic_broadcast_in_dim"(%99, %145) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %147 = "stablehlo.subtract"(%143, %146) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %148 = "stablehlo.subtract"(%107, %106) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %149 = "stablehlo.reshape"(%arg38) : (tensor<i32>) -> tensor<1xi32>
    %150 = "stablehlo.concatenate"(%149, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %151 = "stablehlo.dynamic_broadcast_in_dim"(%148, %150) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %152 = "stablehlo.multiply"(%147, %151) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %153 = "stablehlo.reshape"(%arg38) : (tensor<i32>) -> tensor<1xi32>
    %154 = "stablehlo.concatenate"(%153, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %155 = "stablehlo.dynamic_broadcast_in_dim"(%106, %154) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %156 = "stablehlo.add"(%152, %155) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %157 = "stablehlo.reshape"(%arg38) : (tensor<i32>) -> tensor<1xi32>
    %158 = "stablehlo.concatenate"(%157, %105) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %159 = "stablehlo.dynamic_broadcast_in_dim"(%106, %158) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %160 = "stablehlo.maximum"(%159, %156) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%160) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x16xui32>, tensor<?x16xui32>) -> (tensor<?x16xui32>, tensor<?x16xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<i32>, %arg16: tensor<ui32>, %arg17: tensor<ui32>, %arg18: tensor<?x16xui32>, %arg19: tensor<?x16xui32>):
    %78 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %79 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %80 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %81 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %82 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %83 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %84 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %85 = "stablehlo.xor"(%arg16, %arg17) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %86 = "stablehlo.xor"(%85, %82) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %87 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %88 = "stablehlo.concatenate"(%87, %81) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %89 = "stablehlo.dynamic_broadcast_in_dim"(%arg16, %88) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %90 = "stablehlo.add"(%arg18, %89) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %91 = "stablehlo.reshape"(%arg15) : (tensor<i32>) -> tensor<1xi32>
    %92 = "stablehlo.concatenate"(%91, %81) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %93 = "stablehlo.dynamic_broadcast_in_dim"(%arg17, %92) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %94 = "stablehlo.add"(%arg19, %93) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %95:9 = "stablehlo.while"(%80, %80, %90, %94, %arg17, %86, %arg16, %83, %84) ({
    ^bb0(%arg29: tensor<i32>, %arg30: tensor<i32>, %arg31: tensor<?x16xui32>, %arg32: tensor<?x16xui32>, %arg33: tensor<ui32>, %arg34: tensor<ui32>, %arg35: tensor<ui32>, %arg36: tensor<4xui32>, %arg37: tensor<4xui32>):
      %98 = "stablehlo.compare"(%arg29, %79) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%98) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg20: tensor<i32>, %arg21: tensor<i32>, %arg22: tensor<?x16xui32>, %arg23: tensor<?x16xui32>, %arg24: tensor<ui32>, %arg25: tensor<ui32>, %arg26: tensor<ui32>, %arg27: tensor<4xui32>, %arg28: tensor<4xui32>):
      %96:8 = "func.call"(%arg15, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28) <{callee = @closed_call}> : (tensor<i32>, tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %97 = "stablehlo.add"(%arg20, %78) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%97, %96#0, %96#1, %96#2, %96#3, %96#4, %96#5, %96#6, %96#7) : (tensor<i32>, tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%95#2, %95#3) : (tensor<?x16xui32>, tensor<?x16xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<i32>, %arg7: tensor<i32>, %arg8: tensor<?x16xui32>, %arg9: tensor<?x16xui32>, %arg10: tensor<ui32>, %arg11: tensor<ui32>, %arg12: tensor<ui32>, %arg13: tensor<4xui32>, %arg14: tensor<4xui32>):
    %4 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %5 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %6 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %7 = "stablehlo.add"(%arg7, %6) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %8 = "stablehlo.slice"(%arg13) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %9 = "stablehlo.reshape"(%8) : (tensor<1xui32>) -> tensor<ui32>
    %10 = "stablehlo.add"(%arg8, %arg9) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %11 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %12 = "stablehlo.concatenate"(%11, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %13 = "stablehlo.dynamic_broadcast_in_dim"(%9, %12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %14 = "stablehlo.shift_left"(%arg9, %13) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %15 = "stablehlo.subtract"(%4, %9) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %16 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %17 = "stablehlo.concatenate"(%16, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %18 = "stablehlo.dynamic_broadcast_in_dim"(%15, %17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %19 = "stablehlo.shift_right_logical"(%arg9, %18) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %20 = "stablehlo.or"(%14, %19) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %21 = "stablehlo.xor"(%10, %20) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %22 = "stablehlo.slice"(%arg13) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %23 = "stablehlo.reshape"(%22) : (tensor<1xui32>) -> tensor<ui32>
    %24 = "stablehlo.add"(%10, %21) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %25 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %26 = "stablehlo.concatenate"(%25, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %27 = "stablehlo.dynamic_broadcast_in_dim"(%23, %26) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %28 = "stablehlo.shift_left"(%21, %27) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %29 = "stablehlo.subtract"(%4, %23) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %30 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %31 = "stablehlo.concatenate"(%30, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %32 = "stablehlo.dynamic_broadcast_in_dim"(%29, %31) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %33 = "stablehlo.shift_right_logical"(%21, %32) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %34 = "stablehlo.or"(%28, %33) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %35 = "stablehlo.xor"(%24, %34) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %36 = "stablehlo.slice"(%arg13) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %37 = "stablehlo.reshape"(%36) : (tensor<1xui32>) -> tensor<ui32>
    %38 = "stablehlo.add"(%24, %35) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %39 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %40 = "stablehlo.concatenate"(%39, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %41 = "stablehlo.dynamic_broadcast_in_dim"(%37, %40) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %42 = "stablehlo.shift_left"(%35, %41) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %43 = "stablehlo.subtract"(%4, %37) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %44 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %45 = "stablehlo.concatenate"(%44, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %46 = "stablehlo.dynamic_broadcast_in_dim"(%43, %45) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %47 = "stablehlo.shift_right_logical"(%35, %46) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %48 = "stablehlo.or"(%42, %47) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %49 = "stablehlo.xor"(%38, %48) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %50 = "stablehlo.slice"(%arg13) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %51 = "stablehlo.reshape"(%50) : (tensor<1xui32>) -> tensor<ui32>
    %52 = "stablehlo.add"(%38, %49) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %53 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %54 = "stablehlo.concatenate"(%53, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %55 = "stablehlo.dynamic_broadcast_in_dim"(%51, %54) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %56 = "stablehlo.shift_left"(%49, %55) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %57 = "stablehlo.subtract"(%4, %51) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %58 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %59 = "stablehlo.concatenate"(%58, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %60 = "stablehlo.dynamic_broadcast_in_dim"(%57, %59) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %61 = "stablehlo.shift_right_logical"(%49, %60) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %62 = "stablehlo.or"(%56, %61) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %63 = "stablehlo.xor"(%52, %62) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %64 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %65 = "stablehlo.concatenate"(%64, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %66 = "stablehlo.dynamic_broadcast_in_dim"(%arg10, %65) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %67 = "stablehlo.add"(%52, %66) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %68 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %69 = "stablehlo.concatenate"(%68, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %70 = "stablehlo.dynamic_broadcast_in_dim"(%arg11, %69) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %71 = "stablehlo.add"(%63, %70) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %72 = "stablehlo.add"(%arg7, %6) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %73 = "stablehlo.convert"(%72) : (tensor<i32>) -> tensor<ui32>
    %74 = "stablehlo.reshape"(%arg6) : (tensor<i32>) -> tensor<1xi32>
    %75 = "stablehlo.concatenate"(%74, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %76 = "stablehlo.dynamic_broadcast_in_dim"(%73, %75) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %77 = "stablehlo.add"(%71, %76) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    "func.return"(%7, %67, %77, %arg11, %arg12, %arg10, %arg14, %arg13) : (tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>, sym_name = "cumprod", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<?x16xf32>):
    %3 = "func.call"(%arg4, %arg5) <{callee = @cumprod_1}> : (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%3) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>, sym_name = "cumprod_1", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x16xf32>):
    %0 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.reduce_window"(%arg1, %0) <{padding = dense<[[0, 0], [15, 0]]> : tensor<2x2xi64>, window_dimensions = array<i64: 1, 16>}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %2 = "stablehlo.multiply"(%arg2, %arg3) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?x16xf32>
    "func.return"(%1) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
