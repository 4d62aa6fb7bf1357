func.func @main(%a0: tensor<5x5x4xf64>, %a1: tensor<5x5x4xf64>, %a2: tensor<5x5x9xf64>, %a3: tensor<5x5x9xf64>) -> (tensor<3x0x0xf64>, tensor<5x5x4xf64>, tensor<5x5x9xf64>) {
  %v0 = ktensor.cmp %a0, %a0 {predicate = "ge"} : (tensor<5x5x4xf64>, tensor<5x5x4xf64>) -> tensor<5x5x4xi1>
  %v1 = ktensor.select %v0, %a0, %a1 : (tensor<5x5x4xi1>, tensor<5x5x4xf64>, tensor<5x5x4xf64>) -> tensor<5x5x4xf64>
  %v2 = ktensor.slice %a1 {start = array<i64: 2, 3, 4>, limit = array<i64: 5, 3, 4>, strides = array<i64: 1, 2, 1>} : (tensor<5x5x4xf64>) -> tensor<3x0x0xf64>
  %v3 = ktensor.sign %v1 : tensor<5x5x4xf64>
  %v4_c = ktensor.constant dense<0.5> : tensor<f64>
  %v4 = ktensor.broadcast_in_dim %v4_c {dims = array<i64>} : (tensor<f64>) -> tensor<5x5x5xf64>
  %v5 = ktensor.concat %v1, %v4 {dim = 2} : (tensor<5x5x4xf64>, tensor<5x5x5xf64>) -> tensor<5x5x9xf64>
  %v6 = ktensor.cmp %v5, %a2 {predicate = "ge"} : (tensor<5x5x9xf64>, tensor<5x5x9xf64>) -> tensor<5x5x9xi1>
  %v7 = ktensor.select %v6, %v5, %a3 : (tensor<5x5x9xi1>, tensor<5x5x9xf64>, tensor<5x5x9xf64>) -> tensor<5x5x9xf64>
  return %v2, %v3, %v7 : tensor<3x0x0xf64>, tensor<5x5x4xf64>, tensor<5x5x9xf64>
}
