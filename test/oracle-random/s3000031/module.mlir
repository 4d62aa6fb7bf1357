func.func @main(%a0: tensor<MxMx2xf32>, %a1: tensor<Nxf64>, %a2: tensor<5x5x3xf32>, %a3: tensor<i1>) -> (tensor<5x5x3xf32>, tensor<5x1xi64>) {
  %v0 = ktensor.sigmoid %a2 : tensor<5x5x3xf32>
  %v1 = ktensor.iota {dim = 1} : () -> tensor<5x1xi64>
  %v2 = ktensor.popcnt %v1 : tensor<5x1xi64>
  %v3 = ktensor.if %a3 : tensor<i1> -> (tensor<5x1xi64>) {
    %v3_t = ktensor.neg %v2 : tensor<5x1xi64>
      ktensor.yield %v3_t : tensor<5x1xi64>
  } else {
    %v3_e = ktensor.neg %v2 : tensor<5x1xi64>
      ktensor.yield %v3_e : tensor<5x1xi64>
  }
  return %v0, %v3 : tensor<5x5x3xf32>, tensor<5x1xi64>
}
