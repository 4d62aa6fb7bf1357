func.func @main(%a0: tensor<7x2xf32>, %a1: tensor<7x2xf32>, %a2: tensor<i32>, %a3: tensor<i32>, %a4: tensor<7x1xf32>) -> (tensor<7x2xf32>, tensor<6x2xf32>, tensor<15x5xf32>, tensor<75xi1>) {
  %v0 = ktensor.cmp %a0, %a0 {predicate = "le"} : (tensor<7x2xf32>, tensor<7x2xf32>) -> tensor<7x2xi1>
  %v1 = ktensor.select %v0, %a0, %a1 : (tensor<7x2xi1>, tensor<7x2xf32>, tensor<7x2xf32>) -> tensor<7x2xf32>
  %v2_i = arith.constant 0xFF800000 : f32
  %v2 = ktensor.reduce_region %v1, %v2_i {axes = array<i64: 0, 1>} : (tensor<7x2xf32>, f32) -> tensor<f32> {
  ^bb0(%v2_p: f32, %v2_q: f32):
    %v2_s = arith.maximumf %v2_p, %v2_q : f32
    ktensor.yield %v2_s : f32
  }
  %v3 = ktensor.dynamic_slice %v1, %a2, %a3 {sizes = array<i64: 7, 2>} : (tensor<7x2xf32>, tensor<i32>, tensor<i32>) -> tensor<7x2xf32>
  %v4 = ktensor.reverse %a0 {dims = array<i64: 0>} : (tensor<7x2xf32>) -> tensor<7x2xf32>
  %v5 = ktensor.pad %v4, %v2 {low = array<i64: 2, 2>, high = array<i64: 0, 0>, interior = array<i64: 1, 1>} : (tensor<7x2xf32>, tensor<f32>) -> tensor<15x5xf32>
  %v6 = ktensor.concat %v3, %a4 {dim = 1} : (tensor<7x2xf32>, tensor<7x1xf32>) -> tensor<7x3xf32>
  %v7 = ktensor.floor %v1 : tensor<7x2xf32>
  %v8 = ktensor.roundeven %v3 : tensor<7x2xf32>
  %v9 = ktensor.pad %v8, %v2 {low = array<i64: 0, -1>, high = array<i64: -1, 0>, interior = array<i64: 0, 1>} : (tensor<7x2xf32>, tensor<f32>) -> tensor<6x2xf32>
  %v10 = ktensor.atan %v5 : tensor<15x5xf32>
  %v11 = ktensor.cmp %v5, %v5 {predicate = "ne"} : (tensor<15x5xf32>, tensor<15x5xf32>) -> tensor<15x5xi1>
  %v12 = ktensor.reshape %v11 : (tensor<15x5xi1>) -> tensor<75xi1>
  return %v7, %v9, %v10, %v12 : tensor<7x2xf32>, tensor<6x2xf32>, tensor<15x5xf32>, tensor<75xi1>
}
