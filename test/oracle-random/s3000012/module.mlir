func.func @main(%a0: tensor<7xf64>, %a1: tensor<5x1xf32>, %a2: tensor<i1>, %a3: tensor<i32>, %a4: tensor<5x1xf32>) -> (tensor<7xi1>, tensor<6xf64>, tensor<5x1xf32>) {
  %v0 = ktensor.if %a2 : tensor<i1> -> (tensor<5x1xf32>) {
    %v0_t = ktensor.relu %a1 : tensor<5x1xf32>
      ktensor.yield %v0_t : tensor<5x1xf32>
  } else {
      ktensor.yield %a1 : tensor<5x1xf32>
  }
  %v1 = ktensor.reverse %a0 {dims = array<i64: 0>} : (tensor<7xf64>) -> tensor<7xf64>
  %v2 = ktensor.sub %v1, %v1 : tensor<7xf64>
  %v3 = ktensor.broadcast_in_dim %a2 {dims = array<i64>} : (tensor<i1>) -> tensor<7xi1>
  %v4 = ktensor.dynamic_slice %v2, %a3 {sizes = array<i64: 6>} : (tensor<7xf64>, tensor<i32>) -> tensor<6xf64>
  %v5 = ktensor.cmp %v0, %a4 {predicate = "ge"} : (tensor<5x1xf32>, tensor<5x1xf32>) -> tensor<5x1xi1>
  %v6 = ktensor.select %v5, %v0, %a4 : (tensor<5x1xi1>, tensor<5x1xf32>, tensor<5x1xf32>) -> tensor<5x1xf32>
  return %v3, %v4, %v6 : tensor<7xi1>, tensor<6xf64>, tensor<5x1xf32>
}
