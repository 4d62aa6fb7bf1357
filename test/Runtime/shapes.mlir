// Layout ops: broadcast, reshape (with a symbolic product), transpose, slice, concat, pad,
// reverse, iota, dim — with N bound to 2 from the input.
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<6f', 1, 2, 3, 4, 5, 6))" > %t.bin
// RUN: jit-run %s --input=%t.bin:2x3:f32 --print-output | FileCheck %s
// Tier 1 (native code) computes the same.
// RUN: jit-run --tier=1 %s --input=%t.bin:2x3:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --input=%t.bin:2x3:f32 --print-output | FileCheck %s

// CHECK: result #0: tensor<2x2x3xf32>
// CHECK-NEXT: {{\[\[\[}}1, 2, 3], [1, 2, 3]], {{\[\[}}4, 5, 6], [4, 5, 6]]]
// CHECK: result #1: tensor<6xf32>
// CHECK-NEXT: [1, 2, 3, 4, 5, 6]
// CHECK: result #2: tensor<3x2xf32>
// CHECK-NEXT: {{\[\[}}1, 4], [2, 5], [3, 6]]
// CHECK: result #3: tensor<2x1xf32>
// CHECK-NEXT: {{\[\[}}2], [5]]
// CHECK: result #4: tensor<4x3xf32>
// CHECK-NEXT: {{\[\[}}1, 2, 3], [4, 5, 6], [1, 2, 3], [4, 5, 6]]
// CHECK: result #5: tensor<3x5xf32>
// CHECK-NEXT: {{\[\[}}0, 0, 0, 0, 0], [1, 0, 2, 0, 3], [4, 0, 5, 0, 6]]
// CHECK: result #6: tensor<2x3xf32>
// CHECK-NEXT: {{\[\[}}6, 5, 4], [3, 2, 1]]
// CHECK: result #7: tensor<2x3xi32>
// CHECK-NEXT: {{\[\[}}0, 1, 2], [0, 1, 2]]
// CHECK: result #8: tensor<i64>
// CHECK-NEXT: 2
func.func @main(%x: tensor<Nx3xf32>) -> (tensor<Nx2x3xf32>, tensor<(N*3)xf32>, tensor<3xNxf32>, tensor<Nx1xf32>, tensor<(2*N)x3xf32>, tensor<(N+1)x5xf32>, tensor<Nx3xf32>, tensor<Nx3xi32>, tensor<i64>) {
  %0 = ktensor.broadcast_in_dim %x {dims = array<i64: 0, 2>} : (tensor<Nx3xf32>) -> tensor<Nx2x3xf32>
  %1 = ktensor.reshape %x : (tensor<Nx3xf32>) -> tensor<(N*3)xf32>
  %2 = ktensor.transpose %x {perm = array<i64: 1, 0>} : (tensor<Nx3xf32>) -> tensor<3xNxf32>
  %c = ktensor.cast %x : (tensor<Nx3xf32>) -> tensor<2x3xf32>
  %s = ktensor.slice %c {start = array<i64: 0, 1>, limit = array<i64: 2, 2>} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  %3 = ktensor.cast %s : (tensor<2x1xf32>) -> tensor<Nx1xf32>
  %4 = ktensor.concat %x, %x {dim = 0} : (tensor<Nx3xf32>, tensor<Nx3xf32>) -> tensor<(2*N)x3xf32>
  %zero = ktensor.constant dense<0.0> : tensor<f32>
  %5 = ktensor.pad %x, %zero {low = array<i64: 1, 0>, high = array<i64: 0, 0>, interior = array<i64: 0, 1>} : (tensor<Nx3xf32>, tensor<f32>) -> tensor<(N+1)x5xf32>
  %6 = ktensor.reverse %x {dims = array<i64: 0, 1>} : (tensor<Nx3xf32>) -> tensor<Nx3xf32>
  %7 = ktensor.iota {dim = 1} : () -> tensor<Nx3xi32>
  %d = ktensor.dim %x {index = 0} : (tensor<Nx3xf32>) -> index
  %8 = ktensor.constant dense<2> : tensor<i64>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : tensor<Nx2x3xf32>, tensor<(N*3)xf32>, tensor<3xNxf32>, tensor<Nx1xf32>, tensor<(2*N)x3xf32>, tensor<(N+1)x5xf32>, tensor<Nx3xf32>, tensor<Nx3xi32>, tensor<i64>
}
