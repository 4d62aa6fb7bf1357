func.func @main(%a0: tensor<Mx1xf32>, %a1: tensor<Mx1xf32>, %a2: tensor<Mx7xf32>, %a3: tensor<i1>) -> (tensor<Mx8xf32>, tensor<3xMx1xf32>, tensor<Mx7xf32>) {
  %v0 = ktensor.mul %a0, %a1 : tensor<Mx1xf32>
  %v1 = ktensor.broadcast_in_dim %a1 {dims = array<i64: 1, 2>} : (tensor<Mx1xf32>) -> tensor<5xMx1xf32>
  %v2 = ktensor.concat %v0, %a2 {dim = 1} : (tensor<Mx1xf32>, tensor<Mx7xf32>) -> tensor<Mx8xf32>
  %v3 = ktensor.constant dense<0.5> : tensor<f32>
  %v4 = ktensor.reduce_window %v1, %v3 {window_dimensions = array<i64: 3, 1, 1>, window_strides = array<i64: 1, 1, 2>} : (tensor<5xMx1xf32>, tensor<f32>) -> tensor<3xMx1xf32> {
  ^bb0(%v4_p: tensor<f32>, %v4_q: tensor<f32>):
    %v4_m = ktensor.max %v4_p, %v4_q : tensor<f32>
    ktensor.yield %v4_m : tensor<f32>
  }
  %v5 = ktensor.reverse %v4 {dims = array<i64: 0, 2>} : (tensor<3xMx1xf32>) -> tensor<3xMx1xf32>
  %v6_c = ktensor.constant dense<-1.25> : tensor<f32>
  %v6 = ktensor.broadcast_in_dim %v6_c {dims = array<i64>} : (tensor<f32>) -> tensor<Mx7xf32>
  %v7 = ktensor.if %a3 : tensor<i1> -> (tensor<Mx7xf32>) {
    %v7_t = ktensor.relu %a2 : tensor<Mx7xf32>
      ktensor.yield %v7_t : tensor<Mx7xf32>
  } else {
    %v7_e = ktensor.exp %v6 : tensor<Mx7xf32>
      ktensor.yield %v7_e : tensor<Mx7xf32>
  }
  return %v2, %v5, %v7 : tensor<Mx8xf32>, tensor<3xMx1xf32>, tensor<Mx7xf32>
}
