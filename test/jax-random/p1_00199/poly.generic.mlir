"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg16: tensor<?x16xf32>, %arg17: tensor<16xf32>, %arg18: tensor<16x16xf32>, %arg19: tensor<16xi32>):
    %373 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %374 = "stablehlo.get_dimension_size"(%arg16) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %375 = "stablehlo.compare"(%374, %373) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%375, %374) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 16). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %376 = "func.call"(%374, %arg16, %arg17, %arg18, %arg19) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>
    "func.return"(%376) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<i32>, %arg12: tensor<?x16xf32>, %arg13: tensor<16xf32>, %arg14: tensor<16x16xf32>, %arg15: tensor<16xi32>):
    %327 = "stablehlo.constant"() <{value = dense<15> : tensor<i32>}> : () -> tensor<i32>
    %328 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %329 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %330 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %331 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %332 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %333 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %334 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xf32>) -> tensor<1x16xf32>
    %335 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %336 = "stablehlo.concatenate"(%335, %333) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %337 = "stablehlo.dynamic_broadcast_in_dim"(%334, %336) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %338 = "stablehlo.multiply"(%arg12, %337) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %339 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xf32>) -> tensor<1x16xf32>
    %340 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %341 = "stablehlo.concatenate"(%340, %333) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %342 = "stablehlo.dynamic_broadcast_in_dim"(%339, %341) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %343 = "stablehlo.maximum"(%338, %342) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %344 = "stablehlo.composite"(%343) <{decomposition = @chlo.erf.impl, name = "chlo.erf", version = 1 : i32}> : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %345 = "stablehlo.composite"(%344) <{decomposition = @chlo.erf.impl_0, name = "chlo.erf", version = 1 : i32}> : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %346 = "stablehlo.multiply"(%345, %345) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %347 = "stablehlo.multiply"(%346, %345) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %348 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %349 = "stablehlo.concatenate"(%348, %333) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %350 = "stablehlo.dynamic_broadcast_in_dim"(%332, %349) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %351 = "stablehlo.multiply"(%350, %347) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %352 = "stablehlo.add"(%345, %351) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %353 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %354 = "stablehlo.concatenate"(%353, %333) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %355 = "stablehlo.dynamic_broadcast_in_dim"(%331, %354) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %356 = "stablehlo.multiply"(%355, %352) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %357 = "stablehlo.tanh"(%356) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %358 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %359 = "stablehlo.concatenate"(%358, %333) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %360 = "stablehlo.dynamic_broadcast_in_dim"(%330, %359) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %361 = "stablehlo.add"(%360, %357) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %362 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %363 = "stablehlo.concatenate"(%362, %333) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %364 = "stablehlo.dynamic_broadcast_in_dim"(%329, %363) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %365 = "stablehlo.multiply"(%364, %361) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %366 = "stablehlo.multiply"(%345, %365) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %367 = "func.call"(%arg11, %arg15, %328, %327) <{callee = @clip}> : (tensor<i32>, tensor<16xi32>, tensor<i32>, tensor<i32>) -> tensor<16xi32>
    %368 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi32>) -> tensor<1x16xi32>
    %369 = "stablehlo.reshape"(%arg11) : (tensor<i32>) -> tensor<1xi32>
    %370 = "stablehlo.concatenate"(%369, %333) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %371 = "stablehlo.dynamic_broadcast_in_dim"(%368, %370) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>, tensor<2xi32>) -> tensor<?x16xi32>
    %372 = "func.call"(%arg11, %366, %371) <{callee = @take_along_axis}> : (tensor<i32>, tensor<?x16xf32>, tensor<?x16xi32>) -> tensor<?x16xf32>
    "func.return"(%372) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x16xf32>) -> tensor<?x16xf32>, sym_name = "chlo.erf.impl_0", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<?x16xf32>):
    %190 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %191 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %192 = "stablehlo.constant"() <{value = dense<-0.0142647391> : tensor<f32>}> : () -> tensor<f32>
    %193 = "stablehlo.constant"() <{value = dense<-0.00737332925> : tensor<f32>}> : () -> tensor<f32>
    %194 = "stablehlo.constant"() <{value = dense<-0.00168282702> : tensor<f32>}> : () -> tensor<f32>
    %195 = "stablehlo.constant"() <{value = dense<-2.13374049E-4> : tensor<f32>}> : () -> tensor<f32>
    %196 = "stablehlo.constant"() <{value = dense<-1.45660715E-5> : tensor<f32>}> : () -> tensor<f32>
    %197 = "stablehlo.constant"() <{value = dense<-0.0160960332> : tensor<f32>}> : () -> tensor<f32>
    %198 = "stablehlo.constant"() <{value = dense<-2.954600e-03> : tensor<f32>}> : () -> tensor<f32>
    %199 = "stablehlo.constant"() <{value = dense<-7.34990637E-4> : tensor<f32>}> : () -> tensor<f32>
    %200 = "stablehlo.constant"() <{value = dense<-5.69250624E-5> : tensor<f32>}> : () -> tensor<f32>
    %201 = "stablehlo.constant"() <{value = dense<-2.10102394E-6> : tensor<f32>}> : () -> tensor<f32>
    %202 = "stablehlo.constant"() <{value = dense<2.77068146E-8> : tensor<f32>}> : () -> tensor<f32>
    %203 = "stablehlo.constant"() <{value = dense<-2.72614237E-10> : tensor<f32>}> : () -> tensor<f32>
    %204 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %205 = "stablehlo.constant"() <{value = dense<-4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %206 = "stablehlo.get_dimension_size"(%arg10) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %207 = "stablehlo.reshape"(%206) : (tensor<i32>) -> tensor<1xi32>
    %208 = "stablehlo.get_dimension_size"(%arg10) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %209 = "stablehlo.reshape"(%208) : (tensor<i32>) -> tensor<1xi32>
    %210 = "stablehlo.concatenate"(%207, %209) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %211 = "stablehlo.dynamic_broadcast_in_dim"(%205, %210) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %212 = "stablehlo.get_dimension_size"(%arg10) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %213 = "stablehlo.reshape"(%212) : (tensor<i32>) -> tensor<1xi32>
    %214 = "stablehlo.get_dimension_size"(%arg10) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %215 = "stablehlo.reshape"(%214) : (tensor<i32>) -> tensor<1xi32>
    %216 = "stablehlo.concatenate"(%213, %215) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %217 = "stablehlo.dynamic_broadcast_in_dim"(%204, %216) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %218 = "stablehlo.clamp"(%211, %arg10, %217) : (tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %219 = "stablehlo.multiply"(%218, %218) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %220 = "stablehlo.get_dimension_size"(%219) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %221 = "stablehlo.reshape"(%220) : (tensor<i32>) -> tensor<1xi32>
    %222 = "stablehlo.get_dimension_size"(%219) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %223 = "stablehlo.reshape"(%222) : (tensor<i32>) -> tensor<1xi32>
    %224 = "stablehlo.concatenate"(%221, %223) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %225 = "stablehlo.dynamic_broadcast_in_dim"(%203, %224) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %226 = "stablehlo.multiply"(%225, %219) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %227 = "stablehlo.get_dimension_size"(%219) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %228 = "stablehlo.reshape"(%227) : (tensor<i32>) -> tensor<1xi32>
    %229 = "stablehlo.get_dimension_size"(%219) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %230 = "stablehlo.reshape"(%229) : (tensor<i32>) -> tensor<1xi32>
    %231 = "stablehlo.concatenate"(%228, %230) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %232 = "stablehlo.dynamic_broadcast_in_dim"(%202, %231) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %233 = "stablehlo.add"(%226, %232) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %234 = "stablehlo.multiply"(%233, %219) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %235 = "stablehlo.get_dimension_size"(%219) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %236 = "stablehlo.reshape"(%235) : (tensor<i32>) -> tensor<1xi32>
    %237 = "stablehlo.get_dimension_size"(%219) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %238 = "stablehlo.reshape"(%237) : (tensor<i32>) -> tensor<1xi32>
    %239 = "stablehlo.concatenate"(%236, %238) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %240 = "stablehlo.dynamic_broadcast_in_dim"(%201, %239) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %241 = "stablehlo.add"(%234, %240) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %242 = "stablehlo.multiply"(%241, %219) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %243 = "stablehlo.get_dimension_size"(%219) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %244 = "stablehlo.reshape"(%243) : (tensor<i32>) -> tensor<1xi32>
    %245 = "stablehlo.get_dimension_size"(%219) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %246 = "stablehlo.reshape"(%245) : (tensor<i32>) -> tensor<1xi32>
    %247 = "stablehlo.concatenate"(%244, %246) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %248 = "stablehlo.dynamic_broadcast_in_dim"(%200, %247) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %249 = "stablehlo.add"(%242, %248) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %250 = "stablehlo.multiply"(%249, %219) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %251 = "stablehlo.get_dimension_size"(%219) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %252 = "stablehlo.reshape"(%251) : (tensor<i32>) -> tensor<1xi32>
    %253 = "stablehlo.get_dimension_size"(%219) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %254 = "stablehlo.reshape"(%253) : (tensor<i32>) -> tensor<1xi32>
    %255 = "stablehlo.concatenate"(%252, %254) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %256 = "stablehlo.dynamic_broadcast_in_dim"(%199, %255) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %257 = "stablehlo.add"(%250, %256) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %258 = "stablehlo.multiply"(%257, %219) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %259 = "stablehlo.get_dimension_size"(%219) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %260 = "stablehlo.reshape"(%259) : (tensor<i32>) -> tensor<1xi32>
    %261 = "stablehlo.get_dimension_size"(%219) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %262 = "stablehlo.reshape"(%261) : (tensor<i32>) -> tensor<1xi32>
    %263 = "stablehlo.concatenate"(%260, %262) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %264 = "stablehlo.dynamic_broadcast_in_dim"(%198, %263) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %265 = "stablehlo.add"(%258, %264) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %266 = "stablehlo.multiply"(%265, %219) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %267 = "stablehlo.get_dimension_size"(%219) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %268 = "stablehlo.reshape"(%267) : (tensor<i32>) -> tensor<1xi32>
    %269 = "stablehlo.get_dimension_size"(%219) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %270 = "stablehlo.reshape"(%269) : (tensor<i32>) -> tensor<1xi32>
    %271 = "stablehlo.concatenate"(%268, %270) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %272 = "stablehlo.dynamic_broadcast_in_dim"(%197, %271) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %273 = "stablehlo.add"(%266, %272) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %274 = "stablehlo.get_dimension_size"(%219) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %275 = "stablehlo.reshape"(%274) : (tensor<i32>) -> tensor<1xi32>
    %276 = "stablehlo.get_dimension_size"(%219) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %277 = "stablehlo.reshape"(%276) : (tensor<i32>) -> tensor<1xi32>
    %278 = "stablehlo.concatenate"(%275, %277) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %279 = "stablehlo.dynamic_broadcast_in_dim"(%196, %278) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %280 = "stablehlo.multiply"(%279, %219) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %281 = "stablehlo.get_dimension_size"(%219) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %282 = "stablehlo.reshape"(%281) : (tensor<i32>) -> tensor<1xi32>
    %283 = "stablehlo.get_dimension_size"(%219) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %284 = "stablehlo.reshape"(%283) : (tensor<i32>) -> tensor<1xi32>
    %285 = "stablehlo.concatenate"(%282, %284) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %286 = "stablehlo.dynamic_broadcast_in_dim"(%195, %285) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %287 = "stablehlo.add"(%280, %286) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %288 = "stablehlo.multiply"(%287, %219) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %289 = "stablehlo.get_dimension_size"(%219) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %290 = "stablehlo.reshape"(%289) : (tensor<i32>) -> tensor<1xi32>
    %291 = "stablehlo.get_dimension_size"(%219) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %292 = "stablehlo.reshape"(%291) : (tensor<i32>) -> tensor<1xi32>
    %293 = "stablehlo.concatenate"(%290, %292) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %294 = "stablehlo.dynamic_broadcast_in_dim"(%194, %293) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %295 = "stablehlo.add"(%288, %294) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %296 = "stablehlo.multiply"(%295, %219) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %297 = "stablehlo.get_dimension_size"(%219) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %298 = "stablehlo.reshape"(%297) : (tensor<i32>) -> tensor<1xi32>
    %299 = "stablehlo.get_dimension_size"(%219) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %300 = "stablehlo.reshape"(%299) : (tensor<i32>) -> tensor<1xi32>
    %301 = "stablehlo.concatenate"(%298, %300) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %302 = "stablehlo.dynamic_broadcast_in_dim"(%193, %301) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %303 = "stablehlo.add"(%296, %302) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %304 = "stablehlo.multiply"(%303, %219) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %305 = "stablehlo.get_dimension_size"(%219) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %306 = "stablehlo.reshape"(%305) : (tensor<i32>) -> tensor<1xi32>
    %307 = "stablehlo.get_dimension_size"(%219) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %308 = "stablehlo.reshape"(%307) : (tensor<i32>) -> tensor<1xi32>
    %309 = "stablehlo.concatenate"(%306, %308) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %310 = "stablehlo.dynamic_broadcast_in_dim"(%192, %309) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %311 = "stablehlo.add"(%304, %310) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %312 = "stablehlo.multiply"(%218, %273) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %313 = "stablehlo.divide"(%312, %311) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %314 = "stablehlo.get_dimension_size"(%218) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %315 = "stablehlo.reshape"(%314) : (tensor<i32>) -> tensor<1xi32>
    %316 = "stablehlo.get_dimension_size"(%218) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %317 = "stablehlo.reshape"(%316) : (tensor<i32>) -> tensor<1xi32>
    %318 = "stablehlo.concatenate"(%315, %317) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %319 = "stablehlo.dynamic_broadcast_in_dim"(%191, %318) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %320 = "stablehlo.get_dimension_size"(%218) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %321 = "stablehlo.reshape"(%320) : (tensor<i32>) -> tensor<1xi32>
    %322 = "stablehlo.get_dimension_size"(%218) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %323 = "stablehlo.reshape"(%322) : (tensor<i32>) -> tensor<1xi32>
    %324 = "stablehlo.concatenate"(%321, %323) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %325 = "stablehlo.dynamic_broadcast_in_dim"(%190, %324) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %326 = "stablehlo.clamp"(%319, %313, %325) : (tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%326) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x16xf32>) -> tensor<?x16xf32>, sym_name = "chlo.erf.impl", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<?x16xf32>):
    %53 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %54 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %55 = "stablehlo.constant"() <{value = dense<-0.0142647391> : tensor<f32>}> : () -> tensor<f32>
    %56 = "stablehlo.constant"() <{value = dense<-0.00737332925> : tensor<f32>}> : () -> tensor<f32>
    %57 = "stablehlo.constant"() <{value = dense<-0.00168282702> : tensor<f32>}> : () -> tensor<f32>
    %58 = "stablehlo.constant"() <{value = dense<-2.13374049E-4> : tensor<f32>}> : () -> tensor<f32>
    %59 = "stablehlo.constant"() <{value = dense<-1.45660715E-5> : tensor<f32>}> : () -> tensor<f32>
    %60 = "stablehlo.constant"() <{value = dense<-0.0160960332> : tensor<f32>}> : () -> tensor<f32>
    %61 = "stablehlo.constant"() <{value = dense<-2.954600e-03> : tensor<f32>}> : () -> tensor<f32>
    %62 = "stablehlo.constant"() <{value = dense<-7.34990637E-4> : tensor<f32>}> : () -> tensor<f32>
    %63 = "stablehlo.constant"() <{value = dense<-5.69250624E-5> : tensor<f32>}> : () -> tensor<f32>
    %64 = "stablehlo.constant"() <{value = dense<-2.10102394E-6> : tensor<f32>}> : () -> tensor<f32>
    %65 = "stablehlo.constant"() <{value = dense<2.77068146E-8> : tensor<f32>}> : () -> tensor<f32>
    %66 = "stablehlo.constant"() <{value = dense<-2.72614237E-10> : tensor<f32>}> : () -> tensor<f32>
    %67 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %68 = "stablehlo.constant"() <{value = dense<-4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %69 = "stablehlo.get_dimension_size"(%arg9) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %70 = "stablehlo.reshape"(%69) : (tensor<i32>) -> tensor<1xi32>
    %71 = "stablehlo.get_dimension_size"(%arg9) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %72 = "stablehlo.reshape"(%71) : (tensor<i32>) -> tensor<1xi32>
    %73 = "stablehlo.concatenate"(%70, %72) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %74 = "stablehlo.dynamic_broadcast_in_dim"(%68, %73) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %75 = "stablehlo.get_dimension_size"(%arg9) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %76 = "stablehlo.reshape"(%75) : (tensor<i32>) -> tensor<1xi32>
    %77 = "stablehlo.get_dimension_size"(%arg9) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %78 = "stablehlo.reshape"(%77) : (tensor<i32>) -> tensor<1xi32>
    %79 = "stablehlo.concatenate"(%76, %78) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %80 = "stablehlo.dynamic_broadcast_in_dim"(%67, %79) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %81 = "stablehlo.clamp"(%74, %arg9, %80) : (tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %82 = "stablehlo.multiply"(%81, %81) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %83 = "stablehlo.get_dimension_size"(%82) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %84 = "stablehlo.reshape"(%83) : (tensor<i32>) -> tensor<1xi32>
    %85 = "stablehlo.get_dimension_size"(%82) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %86 = "stablehlo.reshape"(%85) : (tensor<i32>) -> tensor<1xi32>
    %87 = "stablehlo.concatenate"(%84, %86) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %88 = "stablehlo.dynamic_broadcast_in_dim"(%66, %87) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %89 = "stablehlo.multiply"(%88, %82) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %90 = "stablehlo.get_dimension_size"(%82) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %91 = "stablehlo.reshape"(%90) : (tensor<i32>) -> tensor<1xi32>
    %92 = "stablehlo.get_dimension_size"(%82) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %93 = "stablehlo.reshape"(%92) : (tensor<i32>) -> tensor<1xi32>
    %94 = "stablehlo.concatenate"(%91, %93) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %95 = "stablehlo.dynamic_broadcast_in_dim"(%65, %94) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %96 = "stablehlo.add"(%89, %95) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %97 = "stablehlo.multiply"(%96, %82) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %98 = "stablehlo.get_dimension_size"(%82) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %99 = "stablehlo.reshape"(%98) : (tensor<i32>) -> tensor<1xi32>
    %100 = "stablehlo.get_dimension_size"(%82) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %101 = "stablehlo.reshape"(%100) : (tensor<i32>) -> tensor<1xi32>
    %102 = "stablehlo.concatenate"(%99, %101) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %103 = "stablehlo.dynamic_broadcast_in_dim"(%64, %102) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %104 = "stablehlo.add"(%97, %103) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %105 = "stablehlo.multiply"(%104, %82) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %106 = "stablehlo.get_dimension_size"(%82) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %107 = "stablehlo.reshape"(%106) : (tensor<i32>) -> tensor<1xi32>
    %108 = "stablehlo.get_dimension_size"(%82) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %109 = "stablehlo.reshape"(%108) : (tensor<i32>) -> tensor<1xi32>
    %110 = "stablehlo.concatenate"(%107, %109) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %111 = "stablehlo.dynamic_broadcast_in_dim"(%63, %110) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %112 = "stablehlo.add"(%105, %111) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %113 = "stablehlo.multiply"(%112, %82) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %114 = "stablehlo.get_dimension_size"(%82) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %115 = "stablehlo.reshape"(%114) : (tensor<i32>) -> tensor<1xi32>
    %116 = "stablehlo.get_dimension_size"(%82) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %117 = "stablehlo.reshape"(%116) : (tensor<i32>) -> tensor<1xi32>
    %118 = "stablehlo.concatenate"(%115, %117) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %119 = "stablehlo.dynamic_broadcast_in_dim"(%62, %118) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %120 = "stablehlo.add"(%113, %119) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %121 = "stablehlo.multiply"(%120, %82) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %122 = "stablehlo.get_dimension_size"(%82) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %123 = "stablehlo.reshape"(%122) : (tensor<i32>) -> tensor<1xi32>
    %124 = "stablehlo.get_dimension_size"(%82) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %125 = "stablehlo.reshape"(%124) : (tensor<i32>) -> tensor<1xi32>
    %126 = "stablehlo.concatenate"(%123, %125) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %127 = "stablehlo.dynamic_broadcast_in_dim"(%61, %126) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %128 = "stablehlo.add"(%121, %127) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %129 = "stablehlo.multiply"(%128, %82) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %130 = "stablehlo.get_dimension_size"(%82) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %131 = "stablehlo.reshape"(%130) : (tensor<i32>) -> tensor<1xi32>
    %132 = "stablehlo.get_dimension_size"(%82) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %133 = "stablehlo.reshape"(%132) : (tensor<i32>) -> tensor<1xi32>
    %134 = "stablehlo.concatenate"(%131, %133) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %135 = "stablehlo.dynamic_broadcast_in_dim"(%60, %134) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %136 = "stablehlo.add"(%129, %135) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %137 = "stablehlo.get_dimension_size"(%82) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %138 = "stablehlo.reshape"(%137) : (tensor<i32>) -> tensor<1xi32>
    %139 = "stablehlo.get_dimension_size"(%82) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %140 = "stablehlo.reshape"(%139) : (tensor<i32>) -> tensor<1xi32>
    %141 = "stablehlo.concatenate"(%138, %140) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %142 = "stablehlo.dynamic_broadcast_in_dim"(%59, %141) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %143 = "stablehlo.multiply"(%142, %82) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %144 = "stablehlo.get_dimension_size"(%82) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %145 = "stablehlo.reshape"(%144) : (tensor<i32>) -> tensor<1xi32>
    %146 = "stablehlo.get_dimension_size"(%82) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %147 = "stablehlo.reshape"(%146) : (tensor<i32>) -> tensor<1xi32>
    %148 = "stablehlo.concatenate"(%145, %147) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %149 = "stablehlo.dynamic_broadcast_in_dim"(%58, %148) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %150 = "stablehlo.add"(%143, %149) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %151 = "stablehlo.multiply"(%150, %82) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %152 = "stablehlo.get_dimension_size"(%82) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %153 = "stablehlo.reshape"(%152) : (tensor<i32>) -> tensor<1xi32>
    %154 = "stablehlo.get_dimension_size"(%82) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %155 = "stablehlo.reshape"(%154) : (tensor<i32>) -> tensor<1xi32>
    %156 = "stablehlo.concatenate"(%153, %155) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %157 = "stablehlo.dynamic_broadcast_in_dim"(%57, %156) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %158 = "stablehlo.add"(%151, %157) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %159 = "stablehlo.multiply"(%158, %82) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %160 = "stablehlo.get_dimension_size"(%82) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %161 = "stablehlo.reshape"(%160) : (tensor<i32>) -> tensor<1xi32>
    %162 = "stablehlo.get_dimension_size"(%82) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %163 = "stablehlo.reshape"(%162) : (tensor<i32>) -> tensor<1xi32>
    %164 = "stablehlo.concatenate"(%161, %163) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %165 = "stablehlo.dynamic_broadcast_in_dim"(%56, %164) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %166 = "stablehlo.add"(%159, %165) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %167 = "stablehlo.multiply"(%166, %82) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %168 = "stablehlo.get_dimension_size"(%82) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %169 = "stablehlo.reshape"(%168) : (tensor<i32>) -> tensor<1xi32>
    %170 = "stablehlo.get_dimension_size"(%82) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %171 = "stablehlo.reshape"(%170) : (tensor<i32>) -> tensor<1xi32>
    %172 = "stablehlo.concatenate"(%169, %171) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %173 = "stablehlo.dynamic_broadcast_in_dim"(%55, %172) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %174 = "stablehlo.add"(%167, %173) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %175 = "stablehlo.multiply"(%81, %136) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %176 = "stablehlo.divide"(%175, %174) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %177 = "stablehlo.get_dimension_size"(%81) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %178 = "stablehlo.reshape"(%177) : (tensor<i32>) -> tensor<1xi32>
    %179 = "stablehlo.get_dimension_size"(%81) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %180 = "stablehlo.reshape"(%179) : (tensor<i32>) -> tensor<1xi32>
    %181 = "stablehlo.concatenate"(%178, %180) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %182 = "stablehlo.dynamic_broadcast_in_dim"(%54, %181) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %183 = "stablehlo.get_dimension_size"(%81) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %184 = "stablehlo.reshape"(%183) : (tensor<i32>) -> tensor<1xi32>
    %185 = "stablehlo.get_dimension_size"(%81) <{dimension = 1 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %186 = "stablehlo.reshape"(%185) : (tensor<i32>) -> tensor<1xi32>
    %187 = "stablehlo.concatenate"(%184, %186) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %188 = "stablehlo.dynamic_broadcast_in_dim"(%53, %187) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %189 = "stablehlo.clamp"(%182, %176, %188) : (tensor<?x16xf32>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%189) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<16xi32>, tensor<i32>, tensor<i32>) -> tensor<16xi32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<i32>, %arg6: tensor<16xi32>, %arg7: tensor<i32>, %arg8: tensor<i32>):
    %47 = "stablehlo.convert"(%arg7) : (tensor<i32>) -> tensor<i32>
    %48 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %49 = "stablehlo.maximum"(%48, %arg6) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %50 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %51 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %52 = "stablehlo.minimum"(%51, %49) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    "func.return"(%52) : (tensor<16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<?x16xi32>) -> tensor<?x16xf32>, sym_name = "take_along_axis", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x16xf32>, %arg2: tensor<?x16xi32>):
    %0 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %2 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.constant"() <{value = dense<false> : tensor<1xi1>}> : () -> tensor<1xi1>
    %4 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %5 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %6 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %7 = "stablehlo.constant"() <{value = dense<16> : tensor<i32>}> : () -> tensor<i32>
    %8 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %9 = "stablehlo.concatenate"(%8, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %10 = "stablehlo.dynamic_broadcast_in_dim"(%6, %9) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x16xi32>
    %11 = "stablehlo.compare"(%arg2, %10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi1>
    %12 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %13 = "stablehlo.concatenate"(%12, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %14 = "stablehlo.dynamic_broadcast_in_dim"(%7, %13) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x16xi32>
    %15 = "stablehlo.add"(%arg2, %14) : (tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi32>
    %16 = "stablehlo.select"(%11, %15, %arg2) : (tensor<?x16xi1>, tensor<?x16xi32>, tensor<?x16xi32>) -> tensor<?x16xi32>
    %17 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %18 = "stablehlo.concatenate"(%17, %5, %4) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %19 = "stablehlo.dynamic_reshape"(%16, %18) : (tensor<?x16xi32>, tensor<3xi32>) -> tensor<?x16x1xi32>
    %20 = "stablehlo.convert"(%arg0) : (tensor<i32>) -> tensor<i32>
    %21 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %22 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %23 = "stablehlo.concatenate"(%21, %22) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %24 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %25 = "stablehlo.add"(%4, %24) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %26 = "stablehlo.select"(%3, %25, %4) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %27 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<1x1xi32>
    %28 = "stablehlo.gather"(%23, %27) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<1x1xi32>) -> tensor<1xi32>
    %29 = "stablehlo.subtract"(%28, %4) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %30 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %31 = "stablehlo.concatenate"(%30, %5, %4) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %32 = "stablehlo.dynamic_broadcast_in_dim"(%6, %31) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<3xi32>) -> tensor<?x16x1xi32>
    %33 = "stablehlo.compare"(%19, %32) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<?x16x1xi32>, tensor<?x16x1xi32>) -> tensor<?x16x1xi1>
    %34 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64: 2>}> : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %35 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %36 = "stablehlo.concatenate"(%35, %5, %4) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %37 = "stablehlo.dynamic_broadcast_in_dim"(%34, %36) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x1xi32>, tensor<3xi32>) -> tensor<?x16x1xi32>
    %38 = "stablehlo.compare"(%19, %37) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<?x16x1xi32>, tensor<?x16x1xi32>) -> tensor<?x16x1xi1>
    %39 = "stablehlo.and"(%33, %38) : (tensor<?x16x1xi1>, tensor<?x16x1xi1>) -> tensor<?x16x1xi1>
    %40 = "stablehlo.reduce"(%39, %1) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg3: tensor<i1>, %arg4: tensor<i1>):
      %46 = "stablehlo.and"(%arg3, %arg4) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%46) : (tensor<i1>) -> ()
    }) : (tensor<?x16x1xi1>, tensor<i1>) -> tensor<?x16xi1>
    %41 = "stablehlo.gather"(%arg1, %19) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [1], operand_batching_dims = [0], start_indices_batching_dims = [0], start_index_map = [1], index_vector_dim = 2>, slice_sizes = array<i64: 1, 1>}> : (tensor<?x16xf32>, tensor<?x16x1xi32>) -> tensor<?x16xf32>
    %42 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %43 = "stablehlo.concatenate"(%42, %5) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %44 = "stablehlo.dynamic_broadcast_in_dim"(%0, %43) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %45 = "stablehlo.select"(%40, %41, %44) : (tensor<?x16xi1>, tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%45) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
