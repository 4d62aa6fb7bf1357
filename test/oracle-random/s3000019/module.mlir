func.func @main(%a0: tensor<Nx1xf64>, %a1: tensor<Nx1xf64>) -> (tensor<Nx1xf64>) {
  %v0 = ktensor.min %a0, %a0 : tensor<Nx1xf64>
  %v1 = ktensor.mul %a0, %a1 : tensor<Nx1xf64>
  %v2 = ktensor.div %v1, %v0 : tensor<Nx1xf64>
  return %v2 : tensor<Nx1xf64>
}
