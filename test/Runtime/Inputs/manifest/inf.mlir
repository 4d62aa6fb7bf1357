func.func public @main(%arg0: tensor<3xf32>) -> tensor<3xf32> {
  %c = stablehlo.constant dense<0x7F800000> : tensor<3xf32>
  %0 = stablehlo.multiply %arg0, %c : tensor<3xf32>
  return %0 : tensor<3xf32>
}
