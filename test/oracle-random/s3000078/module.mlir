func.func @main(%a0: tensor<5xMxi32>, %a1: tensor<f32>, %a2: tensor<5xMxi32>) -> (tensor<5xMxi32>, tensor<0x1xf32>, tensor<5xMxf32>) {
  %v0 = ktensor.iota {dim = 1} : () -> tensor<5xMxf32>
  %v1:2 = ktensor.sort %a0, %v0 {dimension = 1 : i64, is_stable} : (tensor<5xMxi32>, tensor<5xMxf32>) -> (tensor<5xMxi32>, tensor<5xMxf32>) {
  ^bb0(%v1_a: tensor<i32>, %v1_b: tensor<i32>, %v1_c: tensor<f32>, %v1_d: tensor<f32>):
    %v1_l = ktensor.cmp %v1_a, %v1_b {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.yield %v1_l : tensor<i1>
  }
  %v2 = ktensor.cmp %v1#0, %a2 {predicate = "eq"} : (tensor<5xMxi32>, tensor<5xMxi32>) -> tensor<5xMxi1>
  %v3 = ktensor.select %v2, %v1#0, %a2 : (tensor<5xMxi1>, tensor<5xMxi32>, tensor<5xMxi32>) -> tensor<5xMxi32>
  %v4 = ktensor.sigmoid %v1#1 : tensor<5xMxf32>
  %v5 = ktensor.slice %v4 {start = array<i64: 1, 1>, limit = array<i64: 1, 2>, strides = array<i64: 2, 2>} : (tensor<5xMxf32>) -> tensor<0x1xf32>
  %v6 = ktensor.sign %v1#1 : tensor<5xMxf32>
  return %v3, %v5, %v6 : tensor<5xMxi32>, tensor<0x1xf32>, tensor<5xMxf32>
}
