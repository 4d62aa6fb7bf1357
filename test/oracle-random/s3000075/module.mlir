func.func @main(%a0: tensor<2x5x4xi32>, %a1: tensor<f32>, %a2: tensor<f32>) -> (tensor<f32>, tensor<0x0x0xi32>, tensor<0x0x0xf32>) {
  %v0 = ktensor.min %a1, %a1 : tensor<f32>
  %v1 = ktensor.slice %a0 {start = array<i64: 1, 5, 4>, limit = array<i64: 1, 5, 4>, strides = array<i64: 1, 1, 1>} : (tensor<2x5x4xi32>) -> tensor<0x0x0xi32>
  %v2 = ktensor.neg %v0 : tensor<f32>
  %v3 = ktensor.iota {dim = 1} : () -> tensor<0x0x0xf32>
  %v4:2 = ktensor.sort %v1, %v3 {dimension = 1 : i64, is_stable} : (tensor<0x0x0xi32>, tensor<0x0x0xf32>) -> (tensor<0x0x0xi32>, tensor<0x0x0xf32>) {
  ^bb0(%v4_a: tensor<i32>, %v4_b: tensor<i32>, %v4_c: tensor<f32>, %v4_d: tensor<f32>):
    %v4_l = ktensor.cmp %v4_a, %v4_b {predicate = "gt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.yield %v4_l : tensor<i1>
  }
  return %v2, %v4#0, %v4#1 : tensor<f32>, tensor<0x0x0xi32>, tensor<0x0x0xf32>
}
