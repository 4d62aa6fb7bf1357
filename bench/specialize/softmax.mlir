// Row softmax with a symbolic row count: K3's workload, shape-polymorphic.
func.func @main(%x: tensor<Nx512xf32>) -> tensor<Nx512xf32> {
  %m = ktensor.reduce %x {axes = array<i64: 1>, kind = "max", keep_dims} : (tensor<Nx512xf32>) -> tensor<Nx1xf32>
  %mb = ktensor.broadcast_in_dim %m {dims = array<i64: 0, 1>} : (tensor<Nx1xf32>) -> tensor<Nx512xf32>
  %d = ktensor.sub %x, %mb : tensor<Nx512xf32>
  %e = ktensor.exp %d : tensor<Nx512xf32>
  %s = ktensor.reduce %e {axes = array<i64: 1>, kind = "sum", keep_dims} : (tensor<Nx512xf32>) -> tensor<Nx1xf32>
  %sb = ktensor.broadcast_in_dim %s {dims = array<i64: 0, 1>} : (tensor<Nx1xf32>) -> tensor<Nx512xf32>
  %r = ktensor.div %e, %sb : tensor<Nx512xf32>
  return %r : tensor<Nx512xf32>
}
