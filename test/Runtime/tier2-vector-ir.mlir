// Tier 2's loops are vectorized for the host's vector width (which differs between machines:
// the checks take any lane count): the fused elementwise chain loads, computes and stores
// whole vectors (tanh and exp are arithmetic, no libm call; their polynomials' multiply-adds
// may contract into FMAs), and the softmax reductions accumulate in vector registers.
// RUN: jit-opt %s --tier=2 --emit=llvm | FileCheck %s

// CHECK-LABEL: define internal void @chain__par0(
// CHECK: load <[[W:[0-9]+]] x float>
// CHECK: fmul <[[W]] x float>
// CHECK: fmul contract <[[W]] x float>
// CHECK: fadd contract <[[W]] x float>
// CHECK: fdiv <[[W]] x float>
// CHECK: store <[[W]] x float>
// CHECK-NOT: call float @tanhf
// CHECK-NOT: call float @expf
// CHECK-LABEL: define internal void @softmax__par0(
// CHECK: @llvm.maximum.v{{[0-9]+}}f32
// CHECK: fadd reassoc <{{[0-9]+}} x float>
func.func @chain(%x: tensor<Nx1024xf32>, %b: tensor<1024xf32>) -> tensor<Nx1024xf32> {
  %bb = ktensor.broadcast_in_dim %b {dims = array<i64: 1>} : (tensor<1024xf32>) -> tensor<Nx1024xf32>
  %m = ktensor.mul %x, %bb : tensor<Nx1024xf32>
  %t = ktensor.tanh %m : tensor<Nx1024xf32>
  %e = ktensor.exp %t : tensor<Nx1024xf32>
  return %e : tensor<Nx1024xf32>
}
func.func @softmax(%x: tensor<Nx1024xf32>) -> tensor<Nx1024xf32> {
  %m = ktensor.reduce %x {axes = array<i64: 1>, kind = "max"} : (tensor<Nx1024xf32>) -> tensor<Nxf32>
  %mb = ktensor.broadcast_in_dim %m {dims = array<i64: 0>} : (tensor<Nxf32>) -> tensor<Nx1024xf32>
  %d = ktensor.sub %x, %mb : tensor<Nx1024xf32>
  %e = ktensor.exp %d : tensor<Nx1024xf32>
  %s = ktensor.reduce %e {axes = array<i64: 1>, kind = "sum"} : (tensor<Nx1024xf32>) -> tensor<Nxf32>
  %sb = ktensor.broadcast_in_dim %s {dims = array<i64: 0>} : (tensor<Nxf32>) -> tensor<Nx1024xf32>
  %r = ktensor.div %e, %sb : tensor<Nx1024xf32>
  return %r : tensor<Nx1024xf32>
}
