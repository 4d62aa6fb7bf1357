// Reductions: every kind, keep_dims, and region combiners (a standard one and a custom one).
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<6f', 1, 2, 3, 4, 5, 6))" > %t.bin
// RUN: jit-run %s --input=%t.bin:2x3:f32 --print-output | FileCheck %s
// Tier 1 (native code) computes the same.
// RUN: jit-run --tier=1 %s --input=%t.bin:2x3:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --input=%t.bin:2x3:f32 --print-output | FileCheck %s

// CHECK: result #0: tensor<2xf32>
// CHECK-NEXT: [6, 15]
// CHECK: result #1: tensor<3xf32>
// CHECK-NEXT: [4, 5, 6]
// CHECK: result #2: tensor<f32>
// CHECK-NEXT: 1
// CHECK: result #3: tensor<2xf32>
// CHECK-NEXT: [6, 120]
// CHECK: result #4: tensor<2x1xf32>
// CHECK-NEXT: {{\[\[}}2], [5]]
// CHECK: result #5: tensor<3xf32>
// CHECK-NEXT: [105, 107, 109]
// CHECK: result #6: tensor<2xf32>
// CHECK-NEXT: [14, 77]
func.func @main(%x: tensor<Nx3xf32>) -> (tensor<Nxf32>, tensor<3xf32>, tensor<f32>, tensor<Nxf32>, tensor<Nx1xf32>, tensor<3xf32>, tensor<Nxf32>) {
  %0 = ktensor.reduce %x {kind = "sum", axes = array<i64: 1>} : (tensor<Nx3xf32>) -> tensor<Nxf32>
  %1 = ktensor.reduce %x {kind = "max", axes = array<i64: 0>} : (tensor<Nx3xf32>) -> tensor<3xf32>
  %2 = ktensor.reduce %x {kind = "min", axes = array<i64: 0, 1>} : (tensor<Nx3xf32>) -> tensor<f32>
  %3 = ktensor.reduce %x {kind = "prod", axes = array<i64: 1>} : (tensor<Nx3xf32>) -> tensor<Nxf32>
  %4 = ktensor.reduce %x {kind = "mean", axes = array<i64: 1>, keep_dims} : (tensor<Nx3xf32>) -> tensor<Nx1xf32>
  %init = arith.constant 100.0 : f32
  %5 = ktensor.reduce_region %x, %init {axes = array<i64: 0>} : (tensor<Nx3xf32>, f32) -> tensor<3xf32> {
  ^bb0(%a: f32, %b: f32):
    %s = arith.addf %a, %b : f32
    ktensor.yield %s : f32
  }
  // A combiner that is not a standard reduction: a + b*b (sum of squares from 0).
  %zero = arith.constant 0.0 : f32
  %6 = ktensor.reduce_region %x, %zero {axes = array<i64: 1>} : (tensor<Nx3xf32>, f32) -> tensor<Nxf32> {
  ^bb0(%a: f32, %b: f32):
    %sq = arith.mulf %b, %b : f32
    %s = arith.addf %a, %sq : f32
    ktensor.yield %s : f32
  }
  return %0, %1, %2, %3, %4, %5, %6 : tensor<Nxf32>, tensor<3xf32>, tensor<f32>, tensor<Nxf32>, tensor<Nx1xf32>, tensor<3xf32>, tensor<Nxf32>
}
