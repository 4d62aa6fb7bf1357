"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> (tensor<?x4xf32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg61: tensor<?x4xf32>, %arg62: tensor<4xf32>, %arg63: tensor<4x4xf32>, %arg64: tensor<4xi32>):
    %464 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %465 = "stablehlo.get_dimension_size"(%arg61) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %466 = "stablehlo.compare"(%465, %464) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%466, %465) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 4). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %467:2 = "func.call"(%465, %arg61, %arg62, %arg63, %arg64) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> (tensor<?x4xf32>, tensor<?x2xf32>)
    "func.return"(%467#0, %467#1) : (tensor<?x4xf32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> (tensor<?x4xf32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg52: tensor<i32>, %arg53: tensor<?x4xf32>, %arg54: tensor<4xf32>, %arg55: tensor<4x4xf32>, %arg56: tensor<4xi32>):
    %396 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %397 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %398 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %399 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %400 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %401 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %402 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %403 = "stablehlo.constant"() <{value = dense<507> : tensor<i32>}> : () -> tensor<i32>
    %404 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %405 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %406 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %407 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %408 = "stablehlo.multiply"(%arg53, %arg53) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %409:2 = "stablehlo.composite"(%408) <{composite_attributes = {k = 2 : i64}, decomposition = @chlo.top_k.impl, name = "chlo.top_k", version = 1 : i32}> : (tensor<?x4xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>)
    %410 = "stablehlo.reduce"(%408, %407) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg59: tensor<f32>, %arg60: tensor<f32>):
      %463 = "stablehlo.maximum"(%arg59, %arg60) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%463) : (tensor<f32>) -> ()
    }) : (tensor<?x4xf32>, tensor<f32>) -> tensor<?xf32>
    %411 = "stablehlo.reshape"(%arg52) : (tensor<i32>) -> tensor<1xi32>
    %412 = "stablehlo.dynamic_broadcast_in_dim"(%407, %411) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %413 = "stablehlo.maximum"(%412, %410) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    %414 = "stablehlo.reshape"(%arg52) : (tensor<i32>) -> tensor<1xi32>
    %415 = "stablehlo.concatenate"(%414, %406) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %416 = "stablehlo.dynamic_broadcast_in_dim"(%413, %415) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %417 = "stablehlo.is_finite"(%416) : (tensor<?x1xf32>) -> tensor<?x1xi1>
    %418 = "stablehlo.reshape"(%arg52) : (tensor<i32>) -> tensor<1xi32>
    %419 = "stablehlo.concatenate"(%418, %406) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %420 = "stablehlo.dynamic_broadcast_in_dim"(%405, %419) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %421 = "stablehlo.select"(%417, %416, %420) : (tensor<?x1xi1>, tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %422 = "stablehlo.reshape"(%arg52) : (tensor<i32>) -> tensor<1xi32>
    %423 = "stablehlo.concatenate"(%422, %404) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %424 = "stablehlo.dynamic_broadcast_in_dim"(%421, %423) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %425 = "stablehlo.subtract"(%408, %424) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %426 = "stablehlo.exponential"(%425) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %427 = "stablehlo.reduce"(%426, %405) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg57: tensor<f32>, %arg58: tensor<f32>):
      %462 = "stablehlo.add"(%arg57, %arg58) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%462) : (tensor<f32>) -> ()
    }) : (tensor<?x4xf32>, tensor<f32>) -> tensor<?xf32>
    %428 = "stablehlo.reshape"(%arg52) : (tensor<i32>) -> tensor<1xi32>
    %429 = "stablehlo.concatenate"(%428, %406) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %430 = "stablehlo.dynamic_broadcast_in_dim"(%427, %429) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %431 = "stablehlo.abs"(%430) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %432 = "stablehlo.log"(%431) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %433 = "stablehlo.add"(%432, %421) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %434 = "stablehlo.reshape"(%arg52) : (tensor<i32>) -> tensor<1xi32>
    %435 = "stablehlo.concatenate"(%434, %404) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %436 = "stablehlo.dynamic_broadcast_in_dim"(%433, %435) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %437 = "stablehlo.subtract"(%408, %436) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %438 = "stablehlo.shift_right_logical"(%403, %402) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %439 = "stablehlo.convert"(%438) : (tensor<i32>) -> tensor<ui32>
    %440 = "stablehlo.broadcast_in_dim"(%439) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %441 = "stablehlo.and"(%403, %401) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %442 = "stablehlo.convert"(%441) : (tensor<i32>) -> tensor<ui32>
    %443 = "stablehlo.broadcast_in_dim"(%442) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %444 = "stablehlo.concatenate"(%440, %443) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %445 = "func.call"(%arg52, %444) <{callee = @_normal}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x4xf32>
    %446 = "stablehlo.reshape"(%arg52) : (tensor<i32>) -> tensor<1xi32>
    %447 = "stablehlo.concatenate"(%446, %404) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %448 = "stablehlo.dynamic_broadcast_in_dim"(%400, %447) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %449 = "stablehlo.multiply"(%448, %445) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %450 = "stablehlo.add"(%437, %449) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %451 = "stablehlo.slice"(%arg56) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1xi32>
    %452 = "stablehlo.reshape"(%451) : (tensor<1xi32>) -> tensor<i32>
    %453 = "func.call"(%arg52, %452, %399) <{callee = @remainder}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %454 = "stablehlo.clamp"(%398, %453, %397) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %455 = "stablehlo.case"(%454) ({
      %458 = "stablehlo.reshape"(%arg52) : (tensor<i32>) -> tensor<1xi32>
      %459 = "stablehlo.concatenate"(%458, %404) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %460 = "stablehlo.dynamic_broadcast_in_dim"(%396, %459) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
      %461 = "stablehlo.add"(%450, %460) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
      "stablehlo.return"(%461) : (tensor<?x4xf32>) -> ()
    }, {
      %457 = "stablehlo.tanh"(%450) : (tensor<?x4xf32>) -> tensor<?x4xf32>
      "stablehlo.return"(%457) : (tensor<?x4xf32>) -> ()
    }, {
      %456 = "stablehlo.multiply"(%450, %450) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
      "stablehlo.return"(%456) : (tensor<?x4xf32>) -> ()
    }) : (tensor<i32>) -> tensor<?x4xf32>
    "func.return"(%455, %409#0) : (tensor<?x4xf32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x4xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>), sym_name = "chlo.top_k.impl", sym_visibility = "private"}> ({
  ^bb0(%arg47: tensor<?x4xf32>):
    %380 = "stablehlo.constant"() <{value = dense<1> : tensor<2xi64>}> : () -> tensor<2xi64>
    %381 = "stablehlo.constant"() <{value = dense<0> : tensor<2xi64>}> : () -> tensor<2xi64>
    %382 = "stablehlo.constant"() <{value = dense<2> : tensor<i64>}> : () -> tensor<i64>
    %383 = "stablehlo.constant"() <{value = dense<4> : tensor<i64>}> : () -> tensor<i64>
    %384 = "stablehlo.get_dimension_size"(%arg47) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %385 = "stablehlo.convert"(%384) : (tensor<i32>) -> tensor<i64>
    %386 = "stablehlo.reshape"(%385) : (tensor<i64>) -> tensor<1xi64>
    %387 = "stablehlo.reshape"(%383) : (tensor<i64>) -> tensor<1xi64>
    %388 = "stablehlo.concatenate"(%386, %387) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %389 = "stablehlo.reshape"(%382) : (tensor<i64>) -> tensor<1xi64>
    %390 = "stablehlo.concatenate"(%386, %389) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %391 = "stablehlo.dynamic_iota"(%388) <{iota_dimension = 1 : i64}> : (tensor<2xi64>) -> tensor<?x4xi32>
    %392:2 = "stablehlo.sort"(%arg47, %391) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg48: tensor<f32>, %arg49: tensor<f32>, %arg50: tensor<i32>, %arg51: tensor<i32>):
      %395 = "stablehlo.compare"(%arg48, %arg49) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "stablehlo.return"(%395) : (tensor<i1>) -> ()
    }) : (tensor<?x4xf32>, tensor<?x4xi32>) -> (tensor<?x4xf32>, tensor<?x4xi32>)
    %393 = "stablehlo.real_dynamic_slice"(%392#0, %381, %390, %380) : (tensor<?x4xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xf32>
    %394 = "stablehlo.real_dynamic_slice"(%392#1, %381, %390, %380) : (tensor<?x4xi32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xi32>
    "func.return"(%393, %394) : (tensor<?x2xf32>, tensor<?x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x4xf32>, sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg45: tensor<i32>, %arg46: tensor<2xui32>):
    %379 = "func.call"(%arg45, %arg46) <{callee = @_normal_real}> : (tensor<i32>, tensor<2xui32>) -> tensor<?x4xf32>
    "func.return"(%379) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<2xui32>) -> tensor<?x4xf32>, sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg43: tensor<i32>, %arg44: tensor<2xui32>):
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
    %193 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %194 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %195 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %196 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %197 = "func.call"(%arg43, %arg44, %195, %196) <{callee = @_uniform}> : (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x4xf32>
    %198 = "stablehlo.negate"(%197) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %199 = "stablehlo.multiply"(%197, %198) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %200 = "stablehlo.log_plus_one"(%199) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %201 = "stablehlo.negate"(%200) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %202 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %203 = "stablehlo.reshape"(%202) : (tensor<i32>) -> tensor<1xi32>
    %204 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %205 = "stablehlo.reshape"(%204) : (tensor<i32>) -> tensor<1xi32>
    %206 = "stablehlo.concatenate"(%203, %205) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %207 = "stablehlo.dynamic_broadcast_in_dim"(%192, %206) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %208 = "stablehlo.compare"(%201, %207) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xi1>
    %209 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %210 = "stablehlo.reshape"(%209) : (tensor<i32>) -> tensor<1xi32>
    %211 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %212 = "stablehlo.reshape"(%211) : (tensor<i32>) -> tensor<1xi32>
    %213 = "stablehlo.concatenate"(%210, %212) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %214 = "stablehlo.dynamic_broadcast_in_dim"(%191, %213) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %215 = "stablehlo.subtract"(%201, %214) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %216 = "stablehlo.sqrt"(%201) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %217 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %218 = "stablehlo.reshape"(%217) : (tensor<i32>) -> tensor<1xi32>
    %219 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %220 = "stablehlo.reshape"(%219) : (tensor<i32>) -> tensor<1xi32>
    %221 = "stablehlo.concatenate"(%218, %220) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %222 = "stablehlo.dynamic_broadcast_in_dim"(%190, %221) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %223 = "stablehlo.subtract"(%216, %222) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %224 = "stablehlo.select"(%208, %215, %223) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %225 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %226 = "stablehlo.reshape"(%225) : (tensor<i32>) -> tensor<1xi32>
    %227 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %228 = "stablehlo.reshape"(%227) : (tensor<i32>) -> tensor<1xi32>
    %229 = "stablehlo.concatenate"(%226, %228) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %230 = "stablehlo.dynamic_broadcast_in_dim"(%189, %229) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %231 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %232 = "stablehlo.reshape"(%231) : (tensor<i32>) -> tensor<1xi32>
    %233 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %234 = "stablehlo.reshape"(%233) : (tensor<i32>) -> tensor<1xi32>
    %235 = "stablehlo.concatenate"(%232, %234) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %236 = "stablehlo.dynamic_broadcast_in_dim"(%188, %235) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %237 = "stablehlo.select"(%208, %230, %236) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %238 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %239 = "stablehlo.reshape"(%238) : (tensor<i32>) -> tensor<1xi32>
    %240 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %241 = "stablehlo.reshape"(%240) : (tensor<i32>) -> tensor<1xi32>
    %242 = "stablehlo.concatenate"(%239, %241) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %243 = "stablehlo.dynamic_broadcast_in_dim"(%187, %242) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %244 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %245 = "stablehlo.reshape"(%244) : (tensor<i32>) -> tensor<1xi32>
    %246 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %247 = "stablehlo.reshape"(%246) : (tensor<i32>) -> tensor<1xi32>
    %248 = "stablehlo.concatenate"(%245, %247) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %249 = "stablehlo.dynamic_broadcast_in_dim"(%186, %248) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %250 = "stablehlo.select"(%208, %243, %249) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %251 = "stablehlo.multiply"(%237, %224) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %252 = "stablehlo.add"(%250, %251) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %253 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %254 = "stablehlo.reshape"(%253) : (tensor<i32>) -> tensor<1xi32>
    %255 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %256 = "stablehlo.reshape"(%255) : (tensor<i32>) -> tensor<1xi32>
    %257 = "stablehlo.concatenate"(%254, %256) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %258 = "stablehlo.dynamic_broadcast_in_dim"(%185, %257) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %259 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %260 = "stablehlo.reshape"(%259) : (tensor<i32>) -> tensor<1xi32>
    %261 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %262 = "stablehlo.reshape"(%261) : (tensor<i32>) -> tensor<1xi32>
    %263 = "stablehlo.concatenate"(%260, %262) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %264 = "stablehlo.dynamic_broadcast_in_dim"(%184, %263) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %265 = "stablehlo.select"(%208, %258, %264) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %266 = "stablehlo.multiply"(%252, %224) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %267 = "stablehlo.add"(%265, %266) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %268 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %269 = "stablehlo.reshape"(%268) : (tensor<i32>) -> tensor<1xi32>
    %270 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %271 = "stablehlo.reshape"(%270) : (tensor<i32>) -> tensor<1xi32>
    %272 = "stablehlo.concatenate"(%269, %271) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %273 = "stablehlo.dynamic_broadcast_in_dim"(%183, %272) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %274 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %275 = "stablehlo.reshape"(%274) : (tensor<i32>) -> tensor<1xi32>
    %276 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %277 = "stablehlo.reshape"(%276) : (tensor<i32>) -> tensor<1xi32>
    %278 = "stablehlo.concatenate"(%275, %277) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %279 = "stablehlo.dynamic_broadcast_in_dim"(%182, %278) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %280 = "stablehlo.select"(%208, %273, %279) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %281 = "stablehlo.multiply"(%267, %224) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %282 = "stablehlo.add"(%280, %281) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %283 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %284 = "stablehlo.reshape"(%283) : (tensor<i32>) -> tensor<1xi32>
    %285 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %286 = "stablehlo.reshape"(%285) : (tensor<i32>) -> tensor<1xi32>
    %287 = "stablehlo.concatenate"(%284, %286) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %288 = "stablehlo.dynamic_broadcast_in_dim"(%181, %287) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %289 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %290 = "stablehlo.reshape"(%289) : (tensor<i32>) -> tensor<1xi32>
    %291 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %292 = "stablehlo.reshape"(%291) : (tensor<i32>) -> tensor<1xi32>
    %293 = "stablehlo.concatenate"(%290, %292) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %294 = "stablehlo.dynamic_broadcast_in_dim"(%180, %293) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %295 = "stablehlo.select"(%208, %288, %294) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %296 = "stablehlo.multiply"(%282, %224) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %297 = "stablehlo.add"(%295, %296) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %298 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %299 = "stablehlo.reshape"(%298) : (tensor<i32>) -> tensor<1xi32>
    %300 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %301 = "stablehlo.reshape"(%300) : (tensor<i32>) -> tensor<1xi32>
    %302 = "stablehlo.concatenate"(%299, %301) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %303 = "stablehlo.dynamic_broadcast_in_dim"(%179, %302) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %304 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %305 = "stablehlo.reshape"(%304) : (tensor<i32>) -> tensor<1xi32>
    %306 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %307 = "stablehlo.reshape"(%306) : (tensor<i32>) -> tensor<1xi32>
    %308 = "stablehlo.concatenate"(%305, %307) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %309 = "stablehlo.dynamic_broadcast_in_dim"(%178, %308) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %310 = "stablehlo.select"(%208, %303, %309) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %311 = "stablehlo.multiply"(%297, %224) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %312 = "stablehlo.add"(%310, %311) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %313 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %314 = "stablehlo.reshape"(%313) : (tensor<i32>) -> tensor<1xi32>
    %315 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %316 = "stablehlo.reshape"(%315) : (tensor<i32>) -> tensor<1xi32>
    %317 = "stablehlo.concatenate"(%314, %316) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %318 = "stablehlo.dynamic_broadcast_in_dim"(%177, %317) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %319 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %320 = "stablehlo.reshape"(%319) : (tensor<i32>) -> tensor<1xi32>
    %321 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %322 = "stablehlo.reshape"(%321) : (tensor<i32>) -> tensor<1xi32>
    %323 = "stablehlo.concatenate"(%320, %322) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %324 = "stablehlo.dynamic_broadcast_in_dim"(%176, %323) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %325 = "stablehlo.select"(%208, %318, %324) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %326 = "stablehlo.multiply"(%312, %224) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %327 = "stablehlo.add"(%325, %326) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %328 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %329 = "stablehlo.reshape"(%328) : (tensor<i32>) -> tensor<1xi32>
    %330 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %331 = "stablehlo.reshape"(%330) : (tensor<i32>) -> tensor<1xi32>
    %332 = "stablehlo.concatenate"(%329, %331) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %333 = "stablehlo.dynamic_broadcast_in_dim"(%175, %332) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %334 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %335 = "stablehlo.reshape"(%334) : (tensor<i32>) -> tensor<1xi32>
    %336 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %337 = "stablehlo.reshape"(%336) : (tensor<i32>) -> tensor<1xi32>
    %338 = "stablehlo.concatenate"(%335, %337) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %339 = "stablehlo.dynamic_broadcast_in_dim"(%174, %338) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %340 = "stablehlo.select"(%208, %333, %339) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %341 = "stablehlo.multiply"(%327, %224) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %342 = "stablehlo.add"(%340, %341) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %343 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %344 = "stablehlo.reshape"(%343) : (tensor<i32>) -> tensor<1xi32>
    %345 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %346 = "stablehlo.reshape"(%345) : (tensor<i32>) -> tensor<1xi32>
    %347 = "stablehlo.concatenate"(%344, %346) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %348 = "stablehlo.dynamic_broadcast_in_dim"(%173, %347) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %349 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %350 = "stablehlo.reshape"(%349) : (tensor<i32>) -> tensor<1xi32>
    %351 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %352 = "stablehlo.reshape"(%351) : (tensor<i32>) -> tensor<1xi32>
    %353 = "stablehlo.concatenate"(%350, %352) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %354 = "stablehlo.dynamic_broadcast_in_dim"(%172, %353) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %355 = "stablehlo.select"(%208, %348, %354) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %356 = "stablehlo.multiply"(%342, %224) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %357 = "stablehlo.add"(%355, %356) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %358 = "stablehlo.multiply"(%357, %197) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %359 = "stablehlo.abs"(%197) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %360 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %361 = "stablehlo.reshape"(%360) : (tensor<i32>) -> tensor<1xi32>
    %362 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %363 = "stablehlo.reshape"(%362) : (tensor<i32>) -> tensor<1xi32>
    %364 = "stablehlo.concatenate"(%361, %363) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %365 = "stablehlo.dynamic_broadcast_in_dim"(%196, %364) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %366 = "stablehlo.compare"(%359, %365) <{comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xi1>
    %367 = "stablehlo.get_dimension_size"(%197) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %368 = "stablehlo.reshape"(%367) : (tensor<i32>) -> tensor<1xi32>
    %369 = "stablehlo.get_dimension_size"(%197) <{dimension = 1 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %370 = "stablehlo.reshape"(%369) : (tensor<i32>) -> tensor<1xi32>
    %371 = "stablehlo.concatenate"(%368, %370) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %372 = "stablehlo.dynamic_broadcast_in_dim"(%171, %371) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %373 = "stablehlo.multiply"(%197, %372) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %374 = "stablehlo.select"(%366, %373, %358) : (tensor<?x4xi1>, tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %375 = "stablehlo.reshape"(%arg43) : (tensor<i32>) -> tensor<1xi32>
    %376 = "stablehlo.concatenate"(%375, %193) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %377 = "stablehlo.dynamic_broadcast_in_dim"(%194, %376) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %378 = "stablehlo.multiply"(%377, %374) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    "func.return"(%378) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<?x4xf32>, sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg39: tensor<i32>, %arg40: tensor<2xui32>, %arg41: tensor<f32>, %arg42: tensor<f32>):
    %109 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %110 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %111 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %112 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %113 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %114 = "stablehlo.constant"() <{value = dense<4> : tensor<ui64>}> : () -> tensor<ui64>
    %115 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %116 = "stablehlo.broadcast_in_dim"(%arg41) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %117 = "stablehlo.broadcast_in_dim"(%arg42) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %118 = "stablehlo.slice"(%arg40) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %119 = "stablehlo.reshape"(%118) : (tensor<1xui32>) -> tensor<ui32>
    %120 = "stablehlo.slice"(%arg40) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %121 = "stablehlo.reshape"(%120) : (tensor<1xui32>) -> tensor<ui32>
    %122 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %123 = "stablehlo.concatenate"(%122, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %124 = "stablehlo.dynamic_iota"(%123) <{iota_dimension = 0 : i64}> : (tensor<2xi32>) -> tensor<?x4xui64>
    %125 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %126 = "stablehlo.concatenate"(%125, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %127 = "stablehlo.dynamic_iota"(%126) <{iota_dimension = 1 : i64}> : (tensor<2xi32>) -> tensor<?x4xui64>
    %128 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %129 = "stablehlo.concatenate"(%128, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %130 = "stablehlo.dynamic_broadcast_in_dim"(%114, %129) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x4xui64>
    %131 = "stablehlo.multiply"(%130, %124) : (tensor<?x4xui64>, tensor<?x4xui64>) -> tensor<?x4xui64>
    %132 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %133 = "stablehlo.concatenate"(%132, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %134 = "stablehlo.dynamic_broadcast_in_dim"(%113, %133) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x4xui64>
    %135 = "stablehlo.multiply"(%134, %127) : (tensor<?x4xui64>, tensor<?x4xui64>) -> tensor<?x4xui64>
    %136 = "stablehlo.add"(%131, %135) : (tensor<?x4xui64>, tensor<?x4xui64>) -> tensor<?x4xui64>
    %137 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %138 = "stablehlo.concatenate"(%137, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %139 = "stablehlo.dynamic_broadcast_in_dim"(%112, %138) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>, tensor<2xi32>) -> tensor<?x4xui64>
    %140 = "stablehlo.shift_right_logical"(%136, %139) : (tensor<?x4xui64>, tensor<?x4xui64>) -> tensor<?x4xui64>
    %141 = "stablehlo.convert"(%136) : (tensor<?x4xui64>) -> tensor<?x4xui32>
    %142 = "stablehlo.convert"(%140) : (tensor<?x4xui64>) -> tensor<?x4xui32>
    %143:2 = "func.call"(%arg39, %119, %121, %142, %141) <{callee = @threefry2x32}> : (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x4xui32>, tensor<?x4xui32>) -> (tensor<?x4xui32>, tensor<?x4xui32>)
    %144 = "stablehlo.xor"(%143#0, %143#1) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %145 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %146 = "stablehlo.concatenate"(%145, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %147 = "stablehlo.dynamic_broadcast_in_dim"(%111, %146) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %148 = "stablehlo.shift_right_logical"(%144, %147) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %149 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %150 = "stablehlo.concatenate"(%149, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %151 = "stablehlo.dynamic_broadcast_in_dim"(%110, %150) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %152 = "stablehlo.or"(%148, %151) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %153 = "stablehlo.bitcast_convert"(%152) : (tensor<?x4xui32>) -> tensor<?x4xf32>
    %154 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %155 = "stablehlo.concatenate"(%154, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %156 = "stablehlo.dynamic_broadcast_in_dim"(%109, %155) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %157 = "stablehlo.subtract"(%153, %156) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %158 = "stablehlo.subtract"(%117, %116) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %159 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %160 = "stablehlo.concatenate"(%159, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %161 = "stablehlo.dynamic_broadcast_in_dim"(%158, %160) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %162 = "stablehlo.multiply"(%157, %161) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %163 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %164 = "stablehlo.concatenate"(%163, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %165 = "stablehlo.dynamic_broadcast_in_dim"(%116, %164) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %166 = "stablehlo.add"(%162, %165) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %167 = "stablehlo.reshape"(%arg39) : (tensor<i32>) -> tensor<1xi32>
    %168 = "stablehlo.concatenate"(%167, %115) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %169 = "stablehlo.dynamic_broadcast_in_dim"(%116, %168) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    %170 = "stablehlo.maximum"(%169, %166) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    "func.return"(%170) : (tensor<?x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<ui32>, tensor<ui32>, tensor<?x4xui32>, tensor<?x4xui32>) -> (tensor<?x4xui32>, tensor<?x4xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<i32>, %arg17: tensor<ui32>, %arg18: tensor<ui32>, %arg19: tensor<?x4xui32>, %arg20: tensor<?x4xui32>):
    %88 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %89 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %90 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %91 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %92 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %93 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %94 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %95 = "stablehlo.xor"(%arg17, %arg18) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %96 = "stablehlo.xor"(%95, %92) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %97 = "stablehlo.reshape"(%arg16) : (tensor<i32>) -> tensor<1xi32>
    %98 = "stablehlo.concatenate"(%97, %91) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %99 = "stablehlo.dynamic_broadcast_in_dim"(%arg17, %98) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %100 = "stablehlo.add"(%arg19, %99) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %101 = "stablehlo.reshape"(%arg16) : (tensor<i32>) -> tensor<1xi32>
    %102 = "stablehlo.concatenate"(%101, %91) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %103 = "stablehlo.dynamic_broadcast_in_dim"(%arg18, %102) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %104 = "stablehlo.add"(%arg20, %103) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %105:9 = "stablehlo.while"(%90, %90, %100, %104, %arg18, %96, %arg17, %93, %94) ({
    ^bb0(%arg30: tensor<i32>, %arg31: tensor<i32>, %arg32: tensor<?x4xui32>, %arg33: tensor<?x4xui32>, %arg34: tensor<ui32>, %arg35: tensor<ui32>, %arg36: tensor<ui32>, %arg37: tensor<4xui32>, %arg38: tensor<4xui32>):
      %108 = "stablehlo.compare"(%arg30, %89) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%108) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg21: tensor<i32>, %arg22: tensor<i32>, %arg23: tensor<?x4xui32>, %arg24: tensor<?x4xui32>, %arg25: tensor<ui32>, %arg26: tensor<ui32>, %arg27: tensor<ui32>, %arg28: tensor<4xui32>, %arg29: tensor<4xui32>):
      %106:8 = "func.call"(%arg16, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29) <{callee = @closed_call}> : (tensor<i32>, tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %107 = "stablehlo.add"(%arg21, %88) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%107, %106#0, %106#1, %106#2, %106#3, %106#4, %106#5, %106#6, %106#7) : (tensor<i32>, tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%105#2, %105#3) : (tensor<?x4xui32>, tensor<?x4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<i32>, %arg9: tensor<?x4xui32>, %arg10: tensor<?x4xui32>, %arg11: tensor<ui32>, %arg12: tensor<ui32>, %arg13: tensor<ui32>, %arg14: tensor<4xui32>, %arg15: tensor<4xui32>):
    %14 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %15 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %16 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %17 = "stablehlo.add"(%arg8, %16) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %18 = "stablehlo.slice"(%arg14) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %19 = "stablehlo.reshape"(%18) : (tensor<1xui32>) -> tensor<ui32>
    %20 = "stablehlo.add"(%arg9, %arg10) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %21 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %22 = "stablehlo.concatenate"(%21, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %23 = "stablehlo.dynamic_broadcast_in_dim"(%19, %22) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %24 = "stablehlo.shift_left"(%arg10, %23) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %25 = "stablehlo.subtract"(%14, %19) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %26 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %27 = "stablehlo.concatenate"(%26, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %28 = "stablehlo.dynamic_broadcast_in_dim"(%25, %27) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %29 = "stablehlo.shift_right_logical"(%arg10, %28) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %30 = "stablehlo.or"(%24, %29) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %31 = "stablehlo.xor"(%20, %30) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %32 = "stablehlo.slice"(%arg14) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %33 = "stablehlo.reshape"(%32) : (tensor<1xui32>) -> tensor<ui32>
    %34 = "stablehlo.add"(%20, %31) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %35 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %36 = "stablehlo.concatenate"(%35, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %37 = "stablehlo.dynamic_broadcast_in_dim"(%33, %36) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %38 = "stablehlo.shift_left"(%31, %37) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %39 = "stablehlo.subtract"(%14, %33) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %40 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %41 = "stablehlo.concatenate"(%40, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %42 = "stablehlo.dynamic_broadcast_in_dim"(%39, %41) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %43 = "stablehlo.shift_right_logical"(%31, %42) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %44 = "stablehlo.or"(%38, %43) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %45 = "stablehlo.xor"(%34, %44) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %46 = "stablehlo.slice"(%arg14) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %47 = "stablehlo.reshape"(%46) : (tensor<1xui32>) -> tensor<ui32>
    %48 = "stablehlo.add"(%34, %45) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %49 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %50 = "stablehlo.concatenate"(%49, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %51 = "stablehlo.dynamic_broadcast_in_dim"(%47, %50) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %52 = "stablehlo.shift_left"(%45, %51) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %53 = "stablehlo.subtract"(%14, %47) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %54 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %55 = "stablehlo.concatenate"(%54, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %56 = "stablehlo.dynamic_broadcast_in_dim"(%53, %55) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %57 = "stablehlo.shift_right_logical"(%45, %56) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %58 = "stablehlo.or"(%52, %57) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %59 = "stablehlo.xor"(%48, %58) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %60 = "stablehlo.slice"(%arg14) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %61 = "stablehlo.reshape"(%60) : (tensor<1xui32>) -> tensor<ui32>
    %62 = "stablehlo.add"(%48, %59) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %63 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %64 = "stablehlo.concatenate"(%63, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %65 = "stablehlo.dynamic_broadcast_in_dim"(%61, %64) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %66 = "stablehlo.shift_left"(%59, %65) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %67 = "stablehlo.subtract"(%14, %61) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %68 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %69 = "stablehlo.concatenate"(%68, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %70 = "stablehlo.dynamic_broadcast_in_dim"(%67, %69) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %71 = "stablehlo.shift_right_logical"(%59, %70) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %72 = "stablehlo.or"(%66, %71) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %73 = "stablehlo.xor"(%62, %72) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %74 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %75 = "stablehlo.concatenate"(%74, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %76 = "stablehlo.dynamic_broadcast_in_dim"(%arg11, %75) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %77 = "stablehlo.add"(%62, %76) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %78 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %79 = "stablehlo.concatenate"(%78, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %80 = "stablehlo.dynamic_broadcast_in_dim"(%arg12, %79) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %81 = "stablehlo.add"(%73, %80) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    %82 = "stablehlo.add"(%arg8, %16) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %83 = "stablehlo.convert"(%82) : (tensor<i32>) -> tensor<ui32>
    %84 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %85 = "stablehlo.concatenate"(%84, %15) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %86 = "stablehlo.dynamic_broadcast_in_dim"(%83, %85) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>, tensor<2xi32>) -> tensor<?x4xui32>
    %87 = "stablehlo.add"(%81, %86) : (tensor<?x4xui32>, tensor<?x4xui32>) -> tensor<?x4xui32>
    "func.return"(%17, %77, %87, %arg12, %arg13, %arg11, %arg15, %arg14) : (tensor<i32>, tensor<?x4xui32>, tensor<?x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<i32>, %arg6: tensor<i32>):
    %1 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.convert"(%arg6) : (tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.compare"(%3, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = "func.call"(%arg4, %4, %1, %3) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.remainder"(%arg5, %5) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %7 = "stablehlo.compare"(%6, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %8 = "stablehlo.compare"(%6, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %9 = "stablehlo.compare"(%5, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %10 = "stablehlo.compare"(%8, %9) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %11 = "stablehlo.and"(%10, %7) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %12 = "stablehlo.add"(%6, %5) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %13 = "stablehlo.select"(%11, %12, %6) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%13) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<i1>, %arg2: tensor<i32>, %arg3: tensor<i32>):
    %0 = "stablehlo.select"(%arg1, %arg2, %arg3) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%0) : (tensor<i32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
