"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<?x16xf32>, tensor<?x16xi32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg57: tensor<?x16xf32>, %arg58: tensor<16xf32>, %arg59: tensor<16x16xf32>, %arg60: tensor<16xi32>):
    %474 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %475 = "stablehlo.get_dimension_size"(%arg57) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %476 = "stablehlo.compare"(%475, %474) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%476, %475) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 16). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %477:2 = "func.call"(%475, %arg57, %arg58, %arg59, %arg60) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<?x16xf32>, tensor<?x16xi32>)
    "func.return"(%477#0, %477#1) : (tensor<?x16xf32>, tensor<?x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<?x16xf32>, tensor<?x16xi32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg50: tensor<i32>, %arg51: tensor<?x16xf32>, %arg52: tensor<16xf32>, %arg53: tensor<16x16xf32>, %arg54: tensor<16xi32>):
    %414 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %415 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %416 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %417 = "stablehlo.constant"() <{value = dense<162> : tensor<i32>}> : () -> tensor<i32>
    %418 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %419 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %420 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %421 = "stablehlo.constant"() <{value = dense<2> : tensor<1xi32>}> : () -> tensor<1xi32>
    %422 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %423 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %424 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %425 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %426 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %427 = "stablehlo.reshape"(%arg50) : (tensor<i32>) -> tensor<1xi32>
    %428 = "stablehlo.concatenate"(%427, %425) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %429 = "stablehlo.dynamic_broadcast_in_dim"(%426, %428) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %430 = "stablehlo.multiply"(%arg51, %429) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %431 = "stablehlo.floor"(%430) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %432 = "stablehlo.convert"(%431) : (tensor<?x16xf32>) -> tensor<?x16xi32>
    %433 = "func.call"(%arg50, %432, %424) <{callee = @remainder}> : (tensor<i32>, tensor<?x16xi32>, tensor<i32>) -> tensor<?x16xi32>
    %434 = "stablehlo.broadcast_in_dim"(%arg54) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi32>) -> tensor<1x16xi32>
    %435 = "func.call"(%arg50, %434, %423) <{callee = @remainder_0}> : (tensor<i32>, tensor<1x16xi32>, tensor<i32>) -> tensor<1x16xi32>
    %436 = "stablehlo.negate"(%435) : (tensor<1x16xi32>) -> tensor<1x16xi32>
    %437 = "stablehlo.reshape"(%arg50) : (tensor<i32>) -> tensor<1xi32>
    %438 = "stablehlo.concatenate"(%437, %425) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %439 = "stablehlo.dynamic_broadcast_in_dim"(%436, %438) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>, tensor<2xi32>) -> tensor<?x16xi32>
    %440 = "stablehlo.subtract"(%433, %439) : (tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi32>
    %441 = "stablehlo.reshape"(%arg50) : (tensor<i32>) -> tensor<1xi32>
    %442 = "stablehlo.concatenate"(%441, %422, %421) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %443 = "stablehlo.dynamic_reshape"(%arg51, %442) : (tensor<?x16xf32>, tensor<3xi32>) -> tensor<?x8x2xf32>
    %444 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xi32>
    %445 = "stablehlo.broadcast_in_dim"(%420) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %446 = "stablehlo.multiply"(%445, %444) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %447 = "stablehlo.broadcast_in_dim"(%419) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<2xi32>
    %448 = "stablehlo.add"(%447, %446) : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
    %449 = "stablehlo.reverse"(%448) <{dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2xi32>
    %450 = "stablehlo.broadcast_in_dim"(%449) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xi32>) -> tensor<2x1xi32>
    %451 = "stablehlo.reshape"(%arg50) : (tensor<i32>) -> tensor<1xi32>
    %452 = "stablehlo.concatenate"(%451, %422, %418) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %453 = "stablehlo.dynamic_gather"(%443, %450, %452) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], collapsed_slice_dims = [2], start_index_map = [2], index_vector_dim = 1>, indices_are_sorted = true}> : (tensor<?x8x2xf32>, tensor<2x1xi32>, tensor<3xi32>) -> tensor<?x8x2xf32>
    %454 = "stablehlo.reverse"(%453) <{dimensions = array<i64: 2>}> : (tensor<?x8x2xf32>) -> tensor<?x8x2xf32>
    %455 = "stablehlo.reshape"(%arg50) : (tensor<i32>) -> tensor<1xi32>
    %456 = "stablehlo.concatenate"(%455, %425) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %457 = "stablehlo.dynamic_reshape"(%454, %456) : (tensor<?x8x2xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %458 = "stablehlo.shift_right_logical"(%417, %416) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %459 = "stablehlo.convert"(%458) : (tensor<i32>) -> tensor<ui32>
    %460 = "stablehlo.broadcast_in_dim"(%459) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %461 = "stablehlo.and"(%417, %420) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %462 = "stablehlo.convert"(%461) : (tensor<i32>) -> tensor<ui32>
    %463 = "stablehlo.broadcast_in_dim"(%462) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %464 = "stablehlo.concatenate"(%460, %463) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %465 = "func.call"(%arg50, %464) <{callee = @_normal}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x16xf32>
    %466 = "stablehlo.reshape"(%arg50) : (tensor<i32>) -> tensor<1xi32>
    %467 = "stablehlo.concatenate"(%466, %425) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %468 = "stablehlo.dynamic_broadcast_in_dim"(%415, %467) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %469 = "stablehlo.multiply"(%468, %465) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %470 = "stablehlo.add"(%457, %469) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %471 = "stablehlo.broadcast_in_dim"(%414) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
    %472 = "stablehlo.reduce_window"(%470, %471) <{padding = dense<[[0, 1], [0, 0]]> : tensor<2x2xi64>, window_dimensions = array<i64: 2, 1>}> ({
    ^bb0(%arg55: tensor<f32>, %arg56: tensor<f32>):
      %473 = "stablehlo.maximum"(%arg55, %arg56) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%473) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?x16xf32>
    "func.return"(%472, %440) : (tensor<?x16xf32>, tensor<?x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x16xi32>, tensor<i32>) -> tensor<?x16xi32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg47: tensor<i32>, %arg48: tensor<?x16xi32>, %arg49: tensor<i32>):
    %385 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %386 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %387 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %388 = "stablehlo.convert"(%arg49) : (tensor<i32>) -> tensor<i32>
    %389 = "stablehlo.compare"(%388, %387) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %390 = "func.call"(%arg47, %389, %386, %388) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %391 = "stablehlo.reshape"(%arg47) : (tensor<i32>) -> tensor<1xi32>
    %392 = "stablehlo.concatenate"(%391, %385) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %393 = "stablehlo.dynamic_broadcast_in_dim"(%390, %392) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x16xi32>
    %394 = "stablehlo.remainder"(%arg48, %393) : (tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi32>
    %395 = "stablehlo.reshape"(%arg47) : (tensor<i32>) -> tensor<1xi32>
    %396 = "stablehlo.concatenate"(%395, %385) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %397 = "stablehlo.dynamic_broadcast_in_dim"(%387, %396) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x16xi32>
    %398 = "stablehlo.compare"(%394, %397) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi1>
    %399 = "stablehlo.reshape"(%arg47) : (tensor<i32>) -> tensor<1xi32>
    %400 = "stablehlo.concatenate"(%399, %385) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %401 = "stablehlo.dynamic_broadcast_in_dim"(%387, %400) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x16xi32>
    %402 = "stablehlo.compare"(%394, %401) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi1>
    %403 = "stablehlo.compare"(%390, %387) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %404 = "stablehlo.reshape"(%arg47) : (tensor<i32>) -> tensor<1xi32>
    %405 = "stablehlo.concatenate"(%404, %385) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %406 = "stablehlo.dynamic_broadcast_in_dim"(%403, %405) <{broadcast_dimensions = array<i64>}> : (tensor<i1>, tensor<2xi32>) -> tensor<?x16xi1>
    %407 = "stablehlo.compare"(%402, %406) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<?x16xi1>, tensor<?x16xi1>) -> tensor<?x16xi1>
    %408 = "stablehlo.and"(%407, %398) : (tensor<?x16xi1>, tensor<?x16xi1>) -> tensor<?x16xi1>
    %409 = "stablehlo.reshape"(%arg47) : (tensor<i32>) -> tensor<1xi32>
    %410 = "stablehlo.concatenate"(%409, %385) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %411 = "stablehlo.dynamic_broadcast_in_dim"(%390, %410) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x16xi32>
    %412 = "stablehlo.add"(%394, %411) : (tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi32>
    %413 = "stablehlo.select"(%408, %412, %394) : (tensor<?x16xi1>, tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi32>
    "func.return"(%413) : (tensor<?x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg43: tensor<i32>, %arg44: tensor<i1>, %arg45: tensor<i32>, %arg46: tensor<i32>):
    %384 = "stablehlo.select"(%arg44, %arg45, %arg46) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%384) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<1x16xi32>, tensor<i32>) -> tensor<1x16xi32>, sym_name = "remainder_0", sym_visibility = "private"}> ({
  ^bb0(%arg40: tensor<i32>, %arg41: tensor<1x16xi32>, %arg42: tensor<i32>):
    %366 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %367 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %368 = "stablehlo.convert"(%arg42) : (tensor<i32>) -> tensor<i32>
    %369 = "stablehlo.compare"(%368, %367) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %370 = "func.call"(%arg40, %369, %366, %368) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %371 = "stablehlo.broadcast_in_dim"(%370) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %372 = "stablehlo.remainder"(%arg41, %371) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %373 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %374 = "stablehlo.compare"(%372, %373) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %375 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %376 = "stablehlo.compare"(%372, %375) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %377 = "stablehlo.compare"(%370, %367) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %378 = "stablehlo.broadcast_in_dim"(%377) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x16xi1>
    %379 = "stablehlo.compare"(%376, %378) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x16xi1>, tensor<1x16xi1>) -> tensor<1x16xi1>
    %380 = "stablehlo.and"(%379, %374) : (tensor<1x16xi1>, tensor<1x16xi1>) -> tensor<1x16xi1>
    %381 = "stablehlo.broadcast_in_dim"(%370) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %382 = "stablehlo.add"(%372, %381) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %383 = "stablehlo.select"(%380, %382, %372) : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    "func.return"(%383) : (tensor<1x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x16xf32>, sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg38: tensor<i32>, %arg39: tensor<2xui32>):
    %365 = "func.call"(%arg38, %arg39) <{callee = @_normal_real}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x16xf32>
    "func.return"(%365) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x16xf32>, sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg36: tensor<i32>, %arg37: tensor<2xui32>):
    %157 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %158 = "stablehlo.constant"() <{value = dense<2.83297682> : tensor<f32>}> : () -> tensor<f32>
    %159 = "stablehlo.constant"() <{value = dense<1.50140941> : tensor<f32>}> : () -> tensor<f32>
    %160 = "stablehlo.constant"() <{value = dense<1.00167406> : tensor<f32>}> : () -> tensor<f32>
    %161 = "stablehlo.constant"() <{value = dense<0.246640727> : tensor<f32>}> : () -> tensor<f32>
    %162 = "stablehlo.constant"() <{value = dense<0.00943887047> : tensor<f32>}> : () -> tensor<f32>
    %163 = "stablehlo.constant"() <{value = dense<-0.00417768164> : tensor<f32>}> : () -> tensor<f32>
    %164 = "stablehlo.constant"() <{value = dense<-0.0076224613> : tensor<f32>}> : () -> tensor<f32>
    %165 = "stablehlo.constant"() <{value = dense<-0.00125372503> : tensor<f32>}> : () -> tensor<f32>
    %166 = "stablehlo.constant"() <{value = dense<0.00573950773> : tensor<f32>}> : () -> tensor<f32>
    %167 = "stablehlo.constant"() <{value = dense<2.1858087E-4> : tensor<f32>}> : () -> tensor<f32>
    %168 = "stablehlo.constant"() <{value = dense<-0.00367342844> : tensor<f32>}> : () -> tensor<f32>
    %169 = "stablehlo.constant"() <{value = dense<-4.39150654E-6> : tensor<f32>}> : () -> tensor<f32>
    %170 = "stablehlo.constant"() <{value = dense<0.00134934322> : tensor<f32>}> : () -> tensor<f32>
    %171 = "stablehlo.constant"() <{value = dense<-3.5233877E-6> : tensor<f32>}> : () -> tensor<f32>
    %172 = "stablehlo.constant"() <{value = dense<1.00950558E-4> : tensor<f32>}> : () -> tensor<f32>
    %173 = "stablehlo.constant"() <{value = dense<3.43273939E-7> : tensor<f32>}> : () -> tensor<f32>
    %174 = "stablehlo.constant"() <{value = dense<-2.00214257E-4> : tensor<f32>}> : () -> tensor<f32>
    %175 = "stablehlo.constant"() <{value = dense<2.81022636E-8> : tensor<f32>}> : () -> tensor<f32>
    %176 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %177 = "stablehlo.constant"() <{value = dense<2.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %178 = "stablehlo.constant"() <{value = dense<5.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %179 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %180 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %181 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %182 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %183 = "func.call"(%arg36, %arg37, %181, %182) <{callee = @_uniform}> : (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x16xf32>
    %184 = "stablehlo.negate"(%183) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %185 = "stablehlo.multiply"(%183, %184) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %186 = "stablehlo.log_plus_one"(%185) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %187 = "stablehlo.negate"(%186) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %188 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %189 = "stablehlo.reshape"(%188) : (tensor<i32>) -> tensor<1xi32>
    %190 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %191 = "stablehlo.reshape"(%190) : (tensor<i32>) -> tensor<1xi32>
    %192 = "stablehlo.concatenate"(%189, %191) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %193 = "stablehlo.dynamic_broadcast_in_dim"(%178, %192) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %194 = "stablehlo.compare"(%187, %193) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xi1>
    %195 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %196 = "stablehlo.reshape"(%195) : (tensor<i32>) -> tensor<1xi32>
    %197 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %198 = "stablehlo.reshape"(%197) : (tensor<i32>) -> tensor<1xi32>
    %199 = "stablehlo.concatenate"(%196, %198) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %200 = "stablehlo.dynamic_broadcast_in_dim"(%177, %199) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %201 = "stablehlo.subtract"(%187, %200) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %202 = "stablehlo.sqrt"(%187) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %203 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %204 = "stablehlo.reshape"(%203) : (tensor<i32>) -> tensor<1xi32>
    %205 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %206 = "stablehlo.reshape"(%205) : (tensor<i32>) -> tensor<1xi32>
    %207 = "stablehlo.concatenate"(%204, %206) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %208 = "stablehlo.dynamic_broadcast_in_dim"(%176, %207) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %209 = "stablehlo.subtract"(%202, %208) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %210 = "stablehlo.select"(%194, %201, %209) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %211 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %212 = "stablehlo.reshape"(%211) : (tensor<i32>) -> tensor<1xi32>
    %213 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %214 = "stablehlo.reshape"(%213) : (tensor<i32>) -> tensor<1xi32>
    %215 = "stablehlo.concatenate"(%212, %214) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %216 = "stablehlo.dynamic_broadcast_in_dim"(%175, %215) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %217 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %218 = "stablehlo.reshape"(%217) : (tensor<i32>) -> tensor<1xi32>
    %219 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %220 = "stablehlo.reshape"(%219) : (tensor<i32>) -> tensor<1xi32>
    %221 = "stablehlo.concatenate"(%218, %220) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %222 = "stablehlo.dynamic_broadcast_in_dim"(%174, %221) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %223 = "stablehlo.select"(%194, %216, %222) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %224 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %225 = "stablehlo.reshape"(%224) : (tensor<i32>) -> tensor<1xi32>
    %226 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %227 = "stablehlo.reshape"(%226) : (tensor<i32>) -> tensor<1xi32>
    %228 = "stablehlo.concatenate"(%225, %227) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %229 = "stablehlo.dynamic_broadcast_in_dim"(%173, %228) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %230 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %231 = "stablehlo.reshape"(%230) : (tensor<i32>) -> tensor<1xi32>
    %232 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %233 = "stablehlo.reshape"(%232) : (tensor<i32>) -> tensor<1xi32>
    %234 = "stablehlo.concatenate"(%231, %233) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %235 = "stablehlo.dynamic_broadcast_in_dim"(%172, %234) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %236 = "stablehlo.select"(%194, %229, %235) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %237 = "stablehlo.multiply"(%223, %210) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %238 = "stablehlo.add"(%236, %237) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %239 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %240 = "stablehlo.reshape"(%239) : (tensor<i32>) -> tensor<1xi32>
    %241 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %242 = "stablehlo.reshape"(%241) : (tensor<i32>) -> tensor<1xi32>
    %243 = "stablehlo.concatenate"(%240, %242) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %244 = "stablehlo.dynamic_broadcast_in_dim"(%171, %243) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %245 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %246 = "stablehlo.reshape"(%245) : (tensor<i32>) -> tensor<1xi32>
    %247 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %248 = "stablehlo.reshape"(%247) : (tensor<i32>) -> tensor<1xi32>
    %249 = "stablehlo.concatenate"(%246, %248) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %250 = "stablehlo.dynamic_broadcast_in_dim"(%170, %249) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %251 = "stablehlo.select"(%194, %244, %250) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %252 = "stablehlo.multiply"(%238, %210) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %253 = "stablehlo.add"(%251, %252) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %254 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %255 = "stablehlo.reshape"(%254) : (tensor<i32>) -> tensor<1xi32>
    %256 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %257 = "stablehlo.reshape"(%256) : (tensor<i32>) -> tensor<1xi32>
    %258 = "stablehlo.concatenate"(%255, %257) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %259 = "stablehlo.dynamic_broadcast_in_dim"(%169, %258) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %260 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %261 = "stablehlo.reshape"(%260) : (tensor<i32>) -> tensor<1xi32>
    %262 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %263 = "stablehlo.reshape"(%262) : (tensor<i32>) -> tensor<1xi32>
    %264 = "stablehlo.concatenate"(%261, %263) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %265 = "stablehlo.dynamic_broadcast_in_dim"(%168, %264) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %266 = "stablehlo.select"(%194, %259, %265) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %267 = "stablehlo.multiply"(%253, %210) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %268 = "stablehlo.add"(%266, %267) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %269 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %270 = "stablehlo.reshape"(%269) : (tensor<i32>) -> tensor<1xi32>
    %271 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %272 = "stablehlo.reshape"(%271) : (tensor<i32>) -> tensor<1xi32>
    %273 = "stablehlo.concatenate"(%270, %272) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %274 = "stablehlo.dynamic_broadcast_in_dim"(%167, %273) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %275 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %276 = "stablehlo.reshape"(%275) : (tensor<i32>) -> tensor<1xi32>
    %277 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %278 = "stablehlo.reshape"(%277) : (tensor<i32>) -> tensor<1xi32>
    %279 = "stablehlo.concatenate"(%276, %278) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %280 = "stablehlo.dynamic_broadcast_in_dim"(%166, %279) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %281 = "stablehlo.select"(%194, %274, %280) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %282 = "stablehlo.multiply"(%268, %210) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %283 = "stablehlo.add"(%281, %282) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %284 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %285 = "stablehlo.reshape"(%284) : (tensor<i32>) -> tensor<1xi32>
    %286 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %287 = "stablehlo.reshape"(%286) : (tensor<i32>) -> tensor<1xi32>
    %288 = "stablehlo.concatenate"(%285, %287) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %289 = "stablehlo.dynamic_broadcast_in_dim"(%165, %288) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %290 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %291 = "stablehlo.reshape"(%290) : (tensor<i32>) -> tensor<1xi32>
    %292 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %293 = "stablehlo.reshape"(%292) : (tensor<i32>) -> tensor<1xi32>
    %294 = "stablehlo.concatenate"(%291, %293) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %295 = "stablehlo.dynamic_broadcast_in_dim"(%164, %294) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %296 = "stablehlo.select"(%194, %289, %295) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %297 = "stablehlo.multiply"(%283, %210) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %298 = "stablehlo.add"(%296, %297) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %299 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %300 = "stablehlo.reshape"(%299) : (tensor<i32>) -> tensor<1xi32>
    %301 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %302 = "stablehlo.reshape"(%301) : (tensor<i32>) -> tensor<1xi32>
    %303 = "stablehlo.concatenate"(%300, %302) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %304 = "stablehlo.dynamic_broadcast_in_dim"(%163, %303) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %305 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %306 = "stablehlo.reshape"(%305) : (tensor<i32>) -> tensor<1xi32>
    %307 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %308 = "stablehlo.reshape"(%307) : (tensor<i32>) -> tensor<1xi32>
    %309 = "stablehlo.concatenate"(%306, %308) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %310 = "stablehlo.dynamic_broadcast_in_dim"(%162, %309) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %311 = "stablehlo.select"(%194, %304, %310) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %312 = "stablehlo.multiply"(%298, %210) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %313 = "stablehlo.add"(%311, %312) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %314 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %315 = "stablehlo.reshape"(%314) : (tensor<i32>) -> tensor<1xi32>
    %316 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %317 = "stablehlo.reshape"(%316) : (tensor<i32>) -> tensor<1xi32>
    %318 = "stablehlo.concatenate"(%315, %317) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %319 = "stablehlo.dynamic_broadcast_in_dim"(%161, %318) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %320 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %321 = "stablehlo.reshape"(%320) : (tensor<i32>) -> tensor<1xi32>
    %322 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %323 = "stablehlo.reshape"(%322) : (tensor<i32>) -> tensor<1xi32>
    %324 = "stablehlo.concatenate"(%321, %323) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %325 = "stablehlo.dynamic_broadcast_in_dim"(%160, %324) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %326 = "stablehlo.select"(%194, %319, %325) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %327 = "stablehlo.multiply"(%313, %210) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %328 = "stablehlo.add"(%326, %327) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %329 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %330 = "stablehlo.reshape"(%329) : (tensor<i32>) -> tensor<1xi32>
    %331 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %332 = "stablehlo.reshape"(%331) : (tensor<i32>) -> tensor<1xi32>
    %333 = "stablehlo.concatenate"(%330, %332) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %334 = "stablehlo.dynamic_broadcast_in_dim"(%159, %333) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %335 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %336 = "stablehlo.reshape"(%335) : (tensor<i32>) -> tensor<1xi32>
    %337 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %338 = "stablehlo.reshape"(%337) : (tensor<i32>) -> tensor<1xi32>
    %339 = "stablehlo.concatenate"(%336, %338) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %340 = "stablehlo.dynamic_broadcast_in_dim"(%158, %339) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %341 = "stablehlo.select"(%194, %334, %340) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %342 = "stablehlo.multiply"(%328, %210) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %343 = "stablehlo.add"(%341, %342) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %344 = "stablehlo.multiply"(%343, %183) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %345 = "stablehlo.abs"(%183) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %346 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %347 = "stablehlo.reshape"(%346) : (tensor<i32>) -> tensor<1xi32>
    %348 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %349 = "stablehlo.reshape"(%348) : (tensor<i32>) -> tensor<1xi32>
    %350 = "stablehlo.concatenate"(%347, %349) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %351 = "stablehlo.dynamic_broadcast_in_dim"(%182, %350) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %352 = "stablehlo.compare"(%345, %351) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xi1>
    %353 = "stablehlo.get_dimension_size"(%183) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %354 = "stablehlo.reshape"(%353) : (tensor<i32>) -> tensor<1xi32>
    %355 = "stablehlo.get_dimension_size"(%183) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %356 = "stablehlo.reshape"(%355) : (tensor<i32>) -> tensor<1xi32>
    %357 = "stablehlo.concatenate"(%354, %356) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %358 = "stablehlo.dynamic_broadcast_in_dim"(%157, %357) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %359 = "stablehlo.multiply"(%183, %358) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %360 = "stablehlo.select"(%352, %359, %344) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %361 = "stablehlo.reshape"(%arg36) : (tensor<i32>) -> tensor<1xi32>
    %362 = "stablehlo.concatenate"(%361, %179) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %363 = "stablehlo.dynamic_broadcast_in_dim"(%180, %362) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %364 = "stablehlo.multiply"(%363, %360) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%364) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x16xf32>, sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg32: tensor<i32>, %arg33: tensor<2xui32>, %arg34: tensor<f32>, %arg35: tensor<f32>):
    %95 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %96 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %97 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %98 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %99 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %100 = "stablehlo.constant"() <{value = dense<16> : tensor<ui64>}> : () -> tensor<ui64>
    %101 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %102 = "stablehlo.broadcast_in_dim"(%arg34) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %103 = "stablehlo.broadcast_in_dim"(%arg35) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %104 = "stablehlo.slice"(%arg33) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %105 = "stablehlo.reshape"(%104) : (tensor<1xui32>) -> tensor<ui32>
    %106 = "stablehlo.slice"(%arg33) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %107 = "stablehlo.reshape"(%106) : (tensor<1xui32>) -> tensor<ui32>
    %108 = "stablehlo.reshape"(%arg32) : (tensor<i32>) -> tensor<1xi32>
    %109 = "stablehlo.concatenate"(%108, %101) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %110 = "stablehlo.dynamic_iota"(%109) <{iota_dimension = 0 : i64}> : (tensor<2xi32>) -> tensor<?x16xui64>
    %111 = "stablehlo.reshape"(%arg32) : (tensor<i32>) -> tensor<1xi32>
    %112 = "stablehlo.concatenate"(%111, %101) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %113 = "stablehlo.dynamic_iota"(%112) <{iota_dimension = 1 : i64}> : (tensor<2xi32>) -> tensor<?x16xui64>
    %114 = "stablehlo.reshape"(%arg32) : (tensor<i32>) -> tensor<1xi32>
    %115 = "stablehlo.concatenate"(%114, %101) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %116 = "stablehlo.dynamic_broadcast_in_dim"(%100, %115) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x16xui64>
    %117 = "stablehlo.multiply"(%116, %110) : (tensor<?x16xui64>, tensor<?x16xui64>) -> tensor<?x16xui64>
    %118 = "stablehlo.reshape"(%arg32) : (tensor<i32>) -> tensor<1xi32>
    %119 = "stablehlo.concatenate"(%118, %101) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %120 = "stablehlo.dynamic_broadcast_in_dim"(%99, %119) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x16xui64>
    %121 = "stablehlo.multiply"(%120, %113) : (tensor<?x16xui64>, tensor<?x16xui64>) -> tensor<?x16xui64>
    %122 = "stablehlo.add"(%117, %121) : (tensor<?x16xui64>, tensor<?x16xui64>) -> tensor<?x16xui64>
    %123 = "stablehlo.reshape"(%arg32) : (tensor<i32>) -> tensor<1xi32>
    %124 = "stablehlo.concatenate"(%123, %101) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %125 = "stablehlo.dynamic_broadcast_in_dim"(%98, %124) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x16xui64>
    %126 = "stablehlo.shift_right_logical"(%122, %125) : (tensor<?x16xui64>, tensor<?x16xui64>) -> tensor<?x16xui64>
    %127 = "stablehlo.convert"(%122) : (tensor<?x16xui64>) -> tensor<?x16xui32>
    %128 = "stablehlo.convert"(%126) : (tensor<?x16xui64>) -> tensor<?x16xui32>
    %129:2 = "func.call"(%arg32, %105, %107, %128, %127) <{callee = @threefry2x32}> : (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x16xui32>, tensor<?x16xui32>) -> (tensor<?x16xui32>, tensor<?x16xui32>)
    %130 = "stablehlo.xor"(%129#0, %129#1) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %131 = "stablehlo.reshape"(%arg32) : (tensor<i32>) -> tensor<1xi32>
    %132 = "stablehlo.concatenate"(%131, %101) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %133 = "stablehlo.dynamic_broadcast_in_dim"(%97, %132) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %134 = "stablehlo.shift_right_logical"(%130, %133) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %135 = "stablehlo.reshape"(%arg32) : (tensor<i32>) -> tensor<1xi32>
    %136 = "stablehlo.concatenate"(%135, %101) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %137 = "stablehlo.dynamic_broadcast_in_dim"(%96, %136) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %138 = "stablehlo.or"(%134, %137) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %139 = "stablehlo.bitcast_convert"(%138) : (tensor<?x16xui32>) -> tensor<?x16xf32>
    %140 = "stablehlo.reshape"(%arg32) : (tensor<i32>) -> tensor<1xi32>
    %141 = "stablehlo.concatenate"(%140, %101) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %142 = "stablehlo.dynamic_broadcast_in_dim"(%95, %141) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %143 = "stablehlo.subtract"(%139, %142) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %144 = "stablehlo.subtract"(%103, %102) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %145 = "stablehlo.reshape"(%arg32) : (tensor<i32>) -> tensor<1xi32>
    %146 = "stablehlo.concatenate"(%145, %101) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %147 = "stablehlo.dynamic_broadcast_in_dim"(%144, %146) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %148 = "stablehlo.multiply"(%143, %147) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %149 = "stablehlo.reshape"(%arg32) : (tensor<i32>) -> tensor<1xi32>
    %150 = "stablehlo.concatenate"(%149, %101) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %151 = "stablehlo.dynamic_broadcast_in_dim"(%102, %150) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %152 = "stablehlo.add"(%148, %151) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %153 = "stablehlo.reshape"(%arg32) : (tensor<i32>) -> tensor<1xi32>
    %154 = "stablehlo.concatenate"(%153, %101) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %155 = "stablehlo.dynamic_broadcast_in_dim"(%102, %154) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %156 = "stablehlo.maximum"(%155, %152) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%156) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x16xui32>, tensor<?x16xui32>) -> (tensor<?x16xui32>, tensor<?x16xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<i32>, %arg10: tensor<ui32>, %arg11: tensor<ui32>, %arg12: tensor<?x16xui32>, %arg13: tensor<?x16xui32>):
    %74 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %75 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %76 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %77 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %78 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %79 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %80 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %81 = "stablehlo.xor"(%arg10, %arg11) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %82 = "stablehlo.xor"(%81, %78) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %83 = "stablehlo.reshape"(%arg9) : (tensor<i32>) -> tensor<1xi32>
    %84 = "stablehlo.concatenate"(%83, %77) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %85 = "stablehlo.dynamic_broadcast_in_dim"(%arg10, %84) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %86 = "stablehlo.add"(%arg12, %85) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %87 = "stablehlo.reshape"(%arg9) : (tensor<i32>) -> tensor<1xi32>
    %88 = "stablehlo.concatenate"(%87, %77) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %89 = "stablehlo.dynamic_broadcast_in_dim"(%arg11, %88) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %90 = "stablehlo.add"(%arg13, %89) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %91:9 = "stablehlo.while"(%76, %76, %86, %90, %arg11, %82, %arg10, %79, %80) ({
    ^bb0(%arg23: tensor<i32>, %arg24: tensor<i32>, %arg25: tensor<?x16xui32>, %arg26: tensor<?x16xui32>, %arg27: tensor<ui32>, %arg28: tensor<ui32>, %arg29: tensor<ui32>, %arg30: tensor<4xui32>, %arg31: tensor<4xui32>):
      %94 = "stablehlo.compare"(%arg23, %75) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%94) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg14: tensor<i32>, %arg15: tensor<i32>, %arg16: tensor<?x16xui32>, %arg17: tensor<?x16xui32>, %arg18: tensor<ui32>, %arg19: tensor<ui32>, %arg20: tensor<ui32>, %arg21: tensor<4xui32>, %arg22: tensor<4xui32>):
      %92:8 = "func.call"(%arg9, %arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21, %arg22) <{callee = @closed_call}> : (tensor<i32>, tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %93 = "stablehlo.add"(%arg14, %74) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%93, %92#0, %92#1, %92#2, %92#3, %92#4, %92#5, %92#6, %92#7) : (tensor<i32>, tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%91#2, %91#3) : (tensor<?x16xui32>, tensor<?x16xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<i32>, %arg2: tensor<?x16xui32>, %arg3: tensor<?x16xui32>, %arg4: tensor<ui32>, %arg5: tensor<ui32>, %arg6: tensor<ui32>, %arg7: tensor<4xui32>, %arg8: tensor<4xui32>):
    %0 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %1 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %2 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.add"(%arg1, %2) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.slice"(%arg7) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %5 = "stablehlo.reshape"(%4) : (tensor<1xui32>) -> tensor<ui32>
    %6 = "stablehlo.add"(%arg2, %arg3) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %7 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %8 = "stablehlo.concatenate"(%7, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %9 = "stablehlo.dynamic_broadcast_in_dim"(%5, %8) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %10 = "stablehlo.shift_left"(%arg3, %9) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %11 = "stablehlo.subtract"(%0, %5) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %12 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %13 = "stablehlo.concatenate"(%12, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %14 = "stablehlo.dynamic_broadcast_in_dim"(%11, %13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %15 = "stablehlo.shift_right_logical"(%arg3, %14) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %16 = "stablehlo.or"(%10, %15) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %17 = "stablehlo.xor"(%6, %16) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %18 = "stablehlo.slice"(%arg7) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %19 = "stablehlo.reshape"(%18) : (tensor<1xui32>) -> tensor<ui32>
    %20 = "stablehlo.add"(%6, %17) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %21 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %22 = "stablehlo.concatenate"(%21, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %23 = "stablehlo.dynamic_broadcast_in_dim"(%19, %22) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %24 = "stablehlo.shift_left"(%17, %23) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %25 = "stablehlo.subtract"(%0, %19) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %26 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %27 = "stablehlo.concatenate"(%26, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %28 = "stablehlo.dynamic_broadcast_in_dim"(%25, %27) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %29 = "stablehlo.shift_right_logical"(%17, %28) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %30 = "stablehlo.or"(%24, %29) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %31 = "stablehlo.xor"(%20, %30) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %32 = "stablehlo.slice"(%arg7) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %33 = "stablehlo.reshape"(%32) : (tensor<1xui32>) -> tensor<ui32>
    %34 = "stablehlo.add"(%20, %31) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %35 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %36 = "stablehlo.concatenate"(%35, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %37 = "stablehlo.dynamic_broadcast_in_dim"(%33, %36) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %38 = "stablehlo.shift_left"(%31, %37) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %39 = "stablehlo.subtract"(%0, %33) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %40 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %41 = "stablehlo.concatenate"(%40, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %42 = "stablehlo.dynamic_broadcast_in_dim"(%39, %41) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %43 = "stablehlo.shift_right_logical"(%31, %42) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %44 = "stablehlo.or"(%38, %43) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %45 = "stablehlo.xor"(%34, %44) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %46 = "stablehlo.slice"(%arg7) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %47 = "stablehlo.reshape"(%46) : (tensor<1xui32>) -> tensor<ui32>
    %48 = "stablehlo.add"(%34, %45) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %49 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %50 = "stablehlo.concatenate"(%49, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %51 = "stablehlo.dynamic_broadcast_in_dim"(%47, %50) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %52 = "stablehlo.shift_left"(%45, %51) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %53 = "stablehlo.subtract"(%0, %47) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %54 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %55 = "stablehlo.concatenate"(%54, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %56 = "stablehlo.dynamic_broadcast_in_dim"(%53, %55) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %57 = "stablehlo.shift_right_logical"(%45, %56) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %58 = "stablehlo.or"(%52, %57) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %59 = "stablehlo.xor"(%48, %58) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %60 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %61 = "stablehlo.concatenate"(%60, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %62 = "stablehlo.dynamic_broadcast_in_dim"(%arg4, %61) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %63 = "stablehlo.add"(%48, %62) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %64 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %65 = "stablehlo.concatenate"(%64, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %66 = "stablehlo.dynamic_broadcast_in_dim"(%arg5, %65) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %67 = "stablehlo.add"(%59, %66) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    %68 = "stablehlo.add"(%arg1, %2) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %69 = "stablehlo.convert"(%68) : (tensor<i32>) -> tensor<ui32>
    %70 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %71 = "stablehlo.concatenate"(%70, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %72 = "stablehlo.dynamic_broadcast_in_dim"(%69, %71) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x16xui32>
    %73 = "stablehlo.add"(%67, %72) : (tensor<?x16xui32>, tensor<?x16xui32>) -> tensor<?x16xui32>
    "func.return"(%3, %63, %73, %arg5, %arg6, %arg4, %arg8, %arg7) : (tensor<i32>, tensor<?x16xui32>, tensor<?x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
