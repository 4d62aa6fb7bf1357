// Row softmax with a symbolic row count: K3's workload, shape-polymorphic.
func.func @main(%x: tensor<Nx512xf32>) -> tensor<Nx512xf32> {
  %m = tensor.reduce %x {axes = array<i64: 1>, kind = "max", keep_dims} : (tensor<Nx512xf32>) -> tensor<Nx1xf32>
  %mb = tensor.broadcast_in_dim %m {dims = array<i64: 0, 1>} : (tensor<Nx1xf32>) -> tensor<Nx512xf32>
  %d = tensor.sub %x, %mb : tensor<Nx512xf32>
  %e = tensor.exp %d : tensor<Nx512xf32>
  %s = tensor.reduce %e {axes = array<i64: 1>, kind = "sum", keep_dims} : (tensor<Nx512xf32>) -> tensor<Nx1xf32>
  %sb = tensor.broadcast_in_dim %s {dims = array<i64: 0, 1>} : (tensor<Nx1xf32>) -> tensor<Nx512xf32>
  %r = tensor.div %e, %sb : tensor<Nx512xf32>
  return %r : tensor<Nx512xf32>
}
