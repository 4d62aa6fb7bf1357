// Regression (found by the random-program oracle): tier 0's row reductions took max and min
// with f64::max and f64::min, which order -0 and +0 either way; IEEE 754-2019's maximum
// (-0 < +0), which the native tiers' llvm.intr.maximum computes, gives +0 for max and -0 for
// min, in f32 and f64 and through a reduce_region whose combiner is arith.maximumf.
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<4f', -0.0, 0.0, -0.0, 0.0))" > %t.f.bin
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<4d', 0.0, -0.0, 0.0, -0.0))" > %t.d.bin
// RUN: jit-run %s --input=%t.f.bin:2x2:f32 --input=%t.d.bin:4:f64 --print-output | FileCheck %s
// RUN: jit-run --tier=1 --no-cache %s --input=%t.f.bin:2x2:f32 --input=%t.d.bin:4:f64 --print-output | FileCheck %s
// RUN: jit-run --tier=2 --no-cache %s --input=%t.f.bin:2x2:f32 --input=%t.d.bin:4:f64 --print-output | FileCheck %s

// CHECK: result #0: tensor<2xf32>
// CHECK-NEXT: {{\[}}0, 0]
// CHECK: result #1: tensor<2xf32>
// CHECK-NEXT: {{\[}}-0, -0]
// CHECK: result #2: tensor<f64>
// CHECK-NEXT: {{^}}0{{$}}
// CHECK: result #3: tensor<f64>
// CHECK-NEXT: -0
// CHECK: result #4: tensor<2xf32>
// CHECK-NEXT: {{\[}}0, 0]
func.func @main(%x: tensor<2x2xf32>, %d: tensor<4xf64>) -> (tensor<2xf32>, tensor<2xf32>, tensor<f64>, tensor<f64>, tensor<2xf32>) {
  %0 = ktensor.reduce %x {kind = "max", axes = array<i64: 1>} : (tensor<2x2xf32>) -> tensor<2xf32>
  %1 = ktensor.reduce %x {kind = "min", axes = array<i64: 1>} : (tensor<2x2xf32>) -> tensor<2xf32>
  %2 = ktensor.reduce %d {kind = "max", axes = array<i64: 0>} : (tensor<4xf64>) -> tensor<f64>
  %3 = ktensor.reduce %d {kind = "min", axes = array<i64: 0>} : (tensor<4xf64>) -> tensor<f64>
  %init = arith.constant 0xFF800000 : f32
  %4 = ktensor.reduce_region %x, %init {axes = array<i64: 1>} : (tensor<2x2xf32>, f32) -> tensor<2xf32> {
  ^bb0(%p: f32, %q: f32):
    %m = arith.maximumf %p, %q : f32
    ktensor.yield %m : f32
  }
  return %0, %1, %2, %3, %4 : tensor<2xf32>, tensor<2xf32>, tensor<f64>, tensor<f64>, tensor<2xf32>
}
