func.func @main(%a0: tensor<f32>, %a1: tensor<NxNx1xf32>, %a2: tensor<NxNx1xf32>) -> (tensor<NxNxf32>, tensor<i1>, tensor<f32>, tensor<Nxi32>) {
  %v0 = ktensor.sub %a1, %a2 : tensor<NxNx1xf32>
  %v1 = ktensor.constant dense<2.0> : tensor<f32>
  %v2 = ktensor.mul %a0, %v1 : tensor<f32>
  %v3 = ktensor.reduce_precision %a2 {exponent_bits = 5 : i32, mantissa_bits = 10 : i32} : tensor<NxNx1xf32>
  %v4 = ktensor.reshape %v3 : (tensor<NxNx1xf32>) -> tensor<NxNxf32>
  %v5 = ktensor.convert %v3 : (tensor<NxNx1xf32>) -> tensor<NxNx1xi32>
  %v6 = ktensor.convert %v2 : (tensor<f32>) -> tensor<i1>
  %v7 = ktensor.min %v5, %v5 : tensor<NxNx1xi32>
  %v8 = ktensor.reduce %v7 {kind = "sum", axes = array<i64: 0, 2>} : (tensor<NxNx1xi32>) -> tensor<Nxi32>
  %v9 = ktensor.fused %v2, %v2 : (tensor<f32>, tensor<f32>) -> tensor<f32> {
  ^bb0(%v9_p: tensor<f32>, %v9_q: tensor<f32>):
    %v9_s = ktensor.add %v9_p, %v9_q : tensor<f32>
    %v9_u = ktensor.exp %v9_s : tensor<f32>
      ktensor.yield %v9_u : tensor<f32>
  }
  %v10 = ktensor.constant dense<0> : tensor<i32>
  %v11 = ktensor.reduce_window %v8, %v10 {window_dimensions = array<i64: 1>, window_strides = array<i64: 1>} : (tensor<Nxi32>, tensor<i32>) -> tensor<Nxi32> {
  ^bb0(%v11_p: tensor<i32>, %v11_q: tensor<i32>):
    %v11_m = ktensor.max %v11_p, %v11_q : tensor<i32>
    ktensor.yield %v11_m : tensor<i32>
  }
  return %v4, %v6, %v9, %v11 : tensor<NxNxf32>, tensor<i1>, tensor<f32>, tensor<Nxi32>
}
