func.func @main(%a0: tensor<1x2xi32>, %a1: tensor<i1>, %a2: tensor<1x2xi32>) -> (tensor<1x2xi32>, tensor<1x2xi32>) {
  %v0 = ktensor.if %a1 : tensor<i1> -> (tensor<1x2xi32>) {
    %v0_t = ktensor.neg %a0 : tensor<1x2xi32>
      ktensor.yield %v0_t : tensor<1x2xi32>
  } else {
    %v0_e = ktensor.neg %a2 : tensor<1x2xi32>
      ktensor.yield %v0_e : tensor<1x2xi32>
  }
  %v1 = ktensor.neg %a0 : tensor<1x2xi32>
  %v2 = ktensor.cmp %a2, %v1 {predicate = "ge"} : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi1>
  %v3 = ktensor.select %v2, %a0, %a2 : (tensor<1x2xi1>, tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
  return %v0, %v3 : tensor<1x2xi32>, tensor<1x2xi32>
}
