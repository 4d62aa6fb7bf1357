func.func @main(%a0: tensor<3xf32>, %a1: tensor<i32>, %a2: tensor<4xNx4xf32>) -> (tensor<Nxf32>, tensor<4x4xNxf32>, tensor<7xNx2xi32>) {
  %v0 = ktensor.cmp %a2, %a2 {predicate = "lt"} : (tensor<4xNx4xf32>, tensor<4xNx4xf32>) -> tensor<4xNx4xi1>
  %v1 = ktensor.select %v0, %a2, %a2 : (tensor<4xNx4xi1>, tensor<4xNx4xf32>, tensor<4xNx4xf32>) -> tensor<4xNx4xf32>
  %v2_c = ktensor.constant dense<0.0> : tensor<f32>
  %v2 = ktensor.broadcast_in_dim %v2_c {dims = array<i64>} : (tensor<f32>) -> tensor<4xNx4xf32>
  %v3_p = ktensor.cmp %v1, %v1 {predicate = "eq"} : (tensor<4xNx4xf32>, tensor<4xNx4xf32>) -> tensor<4xNx4xi1>
  %v3 = ktensor.select %v3_p, %v1, %v2 : (tensor<4xNx4xi1>, tensor<4xNx4xf32>, tensor<4xNx4xf32>) -> tensor<4xNx4xf32>
  %v4 = ktensor.sort %v3 {dimension = 0 : i64, is_stable} : tensor<4xNx4xf32> {
  ^bb0(%v4_a: tensor<f32>, %v4_b: tensor<f32>):
    %v4_l = ktensor.cmp %v4_a, %v4_b {predicate = "gt"} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    ktensor.yield %v4_l : tensor<i1>
  }
  %v5 = ktensor.broadcast_in_dim %a1 {dims = array<i64>} : (tensor<i32>) -> tensor<7xNx2xi32>
  %v6 = ktensor.reverse %v3 {dims = array<i64: 2>} : (tensor<4xNx4xf32>) -> tensor<4xNx4xf32>
  %v7_i = arith.constant 0xFF800000 : f32
  %v7 = ktensor.reduce_region %v4, %v7_i {axes = array<i64: 0, 2>} : (tensor<4xNx4xf32>, f32) -> tensor<Nxf32> {
  ^bb0(%v7_p: f32, %v7_q: f32):
    %v7_s = arith.maximumf %v7_p, %v7_q : f32
    ktensor.yield %v7_s : f32
  }
  %v8 = ktensor.neg %v5 : tensor<7xNx2xi32>
  %v9 = ktensor.transpose %v6 {perm = array<i64: 2, 0, 1>} : (tensor<4xNx4xf32>) -> tensor<4x4xNxf32>
  %v10_c = ktensor.constant dense<-3> : tensor<i32>
  %v10 = ktensor.broadcast_in_dim %v10_c {dims = array<i64>} : (tensor<i32>) -> tensor<7xNx2xi32>
  %v11_c = ktensor.constant dense<1> : tensor<i32>
  %v11 = ktensor.broadcast_in_dim %v11_c {dims = array<i64>} : (tensor<i32>) -> tensor<7xNx2xi32>
  %v12 = ktensor.or %v10, %v11 : tensor<7xNx2xi32>
  %v13 = ktensor.div %v8, %v12 : tensor<7xNx2xi32>
  return %v7, %v9, %v13 : tensor<Nxf32>, tensor<4x4xNxf32>, tensor<7xNx2xi32>
}
