// matmul with every dimension symbolic: K1's workload, shape-polymorphic.
func.func @main(%a: tensor<MxKxf32>, %b: tensor<KxNxf32>) -> tensor<MxNxf32> {
  %0 = ktensor.matmul %a, %b : (tensor<MxKxf32>, tensor<KxNxf32>) -> tensor<MxNxf32>
  return %0 : tensor<MxNxf32>
}
