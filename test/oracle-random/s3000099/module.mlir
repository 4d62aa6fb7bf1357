func.func @main(%a0: tensor<Nxi32>, %a1: tensor<i32>, %a2: tensor<0xi32>) -> (tensor<Nxi1>, tensor<1xi32>, tensor<Nxi32>, tensor<Nxi32>) {
  %v0 = ktensor.reduce %a0 {kind = "min", axes = array<i64: 0>, keep_dims} : (tensor<Nxi32>) -> tensor<1xi32>
  %v1 = ktensor.reverse %a0 {dims = array<i64: 0>} : (tensor<Nxi32>) -> tensor<Nxi32>
  %v2 = ktensor.convert %v1 : (tensor<Nxi32>) -> tensor<Nxi1>
  %v3 = ktensor.reduce %v1 {kind = "sum", axes = array<i64: 0>, keep_dims} : (tensor<Nxi32>) -> tensor<1xi32>
  %v4 = ktensor.min %v1, %v1 : tensor<Nxi32>
  %v5 = ktensor.dynamic_update_slice %v1, %a2, %a1 : (tensor<Nxi32>, tensor<0xi32>, tensor<i32>) -> tensor<Nxi32>
  return %v2, %v3, %v4, %v5 : tensor<Nxi1>, tensor<1xi32>, tensor<Nxi32>, tensor<Nxi32>
}
