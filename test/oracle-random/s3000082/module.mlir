func.func @main(%a0: tensor<Mx7x4xf32>, %a1: tensor<Mx7x4xf32>) -> (tensor<7x4xMxf32>, tensor<Mx7x4xf32>, tensor<Mx7x4xi1>, tensor<Mx7x4xf32>) {
  %v0_c = ktensor.constant dense<0.9> : tensor<f32>
  %v0 = ktensor.broadcast_in_dim %v0_c {dims = array<i64>} : (tensor<f32>) -> tensor<Mx7x4xf32>
  %v1_a = ktensor.tanh %a0 : tensor<Mx7x4xf32>
  %v1 = ktensor.mul %v1_a, %v0 : tensor<Mx7x4xf32>
  %v2 = ktensor.erf_inv %v1 : tensor<Mx7x4xf32>
  %v3 = ktensor.reduce %v1 {kind = "sum", axes = array<i64: 0, 1, 2>, keep_dims} : (tensor<Mx7x4xf32>) -> tensor<1x1x1xf32>
  %v4 = ktensor.slice %v2 {start = array<i64: 2, 3, 2>, limit = array<i64: 2, 4, 3>, strides = array<i64: 2, 2, 2>} : (tensor<Mx7x4xf32>) -> tensor<0x1x1xf32>
  %v5 = ktensor.reduce %v3 {kind = "sum", axes = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<f32>
  %v6 = ktensor.transpose %v2 {perm = array<i64: 1, 2, 0>} : (tensor<Mx7x4xf32>) -> tensor<7x4xMxf32>
  %v7 = ktensor.relu %v2 : tensor<Mx7x4xf32>
  %v8 = ktensor.cmp %v0, %v0 {predicate = "gt"} : (tensor<Mx7x4xf32>, tensor<Mx7x4xf32>) -> tensor<Mx7x4xi1>
  %v9 = ktensor.cmp %a0, %v0 {predicate = "ge"} : (tensor<Mx7x4xf32>, tensor<Mx7x4xf32>) -> tensor<Mx7x4xi1>
  %v10 = ktensor.select %v9, %v2, %a1 : (tensor<Mx7x4xi1>, tensor<Mx7x4xf32>, tensor<Mx7x4xf32>) -> tensor<Mx7x4xf32>
  return %v6, %v7, %v8, %v10 : tensor<7x4xMxf32>, tensor<Mx7x4xf32>, tensor<Mx7x4xi1>, tensor<Mx7x4xf32>
}
