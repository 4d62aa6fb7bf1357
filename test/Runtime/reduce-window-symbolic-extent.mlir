// A reduce_window whose window changes a symbolic dimension (stride 2 along N) has a '?'
// result extent, computed at run time from the window at tiers 1-3. Tier 1 once took the
// input's extent instead and returned 6x2 with three rows of -inf.
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<12f', *range(12)))" > %t.bin
// RUN: jit-run %s --input=%t.bin:6x2:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=1 %s --input=%t.bin:6x2:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --input=%t.bin:6x2:f32 --print-output | FileCheck %s

// CHECK: result #0: tensor<3x2xf32>
// CHECK-NEXT: {{\[\[}}2, 3{{\], \[}}6, 7{{\], \[}}10, 11{{\]\]}}
func.func @main(%x: tensor<Nx2xf32>) -> tensor<?x2xf32> {
  %init = ktensor.constant dense<0xFF800000> : tensor<f32>
  %0 = ktensor.reduce_window %x, %init {window_dimensions = array<i64: 2, 1>, window_strides = array<i64: 2, 1>} : (tensor<Nx2xf32>, tensor<f32>) -> tensor<?x2xf32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %m = ktensor.max %a, %b : tensor<f32>
    ktensor.yield %m : tensor<f32>
  }
  return %0 : tensor<?x2xf32>
}
