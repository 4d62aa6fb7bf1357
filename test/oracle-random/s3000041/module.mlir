func.func @main(%a0: tensor<5xf32>, %a1: tensor<f32>, %a2: tensor<Nxf64>, %a3: tensor<Nxf64>) -> (tensor<Nxf64>, tensor<Nxf64>) {
  %v0 = ktensor.rem %a2, %a2 : tensor<Nxf64>
  %v1 = ktensor.div %v0, %a3 : tensor<Nxf64>
  %v2 = ktensor.rem %a2, %a3 : tensor<Nxf64>
  return %v1, %v2 : tensor<Nxf64>, tensor<Nxf64>
}
