// A reshape of a '?' operand to a static type: the element counts agree only at run time, so
// tiers 1-3 check them before copying (a view of the operand's storage read past its end when
// they did not: 8 elements shown as 12) and report a located error at every tier.
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<8f', 1, 2, 3, 4, 5, 6, 7, 8))" > %t.bin
// RUN: not jit-run %s --input=%t.bin:2x4:f32 2>&1 | FileCheck %s
// RUN: not jit-run --tier=1 %s --input=%t.bin:2x4:f32 2>&1 | FileCheck %s --check-prefix=NATIVE
// RUN: not jit-run --tier=2 %s --input=%t.bin:2x4:f32 2>&1 | FileCheck %s --check-prefix=NATIVE
// When the counts agree the copy is the reshape.
// RUN: jit-run --tier=1 %s --entry=fits --input=%t.bin:2x4:f32 --print-output | FileCheck %s --check-prefix=FITS

// CHECK: reshape-dynamic-operand-static-result.mlir:[[@LINE+3]]:3: error: cannot reshape [2, 4] to [3, 4]: element counts differ
// NATIVE: reshape-dynamic-operand-static-result.mlir:[[@LINE+2]]:3: error: cannot reshape 8 elements into 12 elements
func.func @main(%x: tensor<?x4xf32>) -> tensor<3x4xf32> {
  %0 = ktensor.reshape %x : (tensor<?x4xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// FITS: result #0: tensor<4x2xf32>
// FITS-NEXT: {{\[\[}}1, 2{{\], \[}}3, 4{{\], \[}}5, 6{{\], \[}}7, 8{{\]\]}}
func.func @fits(%x: tensor<?x4xf32>) -> tensor<4x2xf32> {
  %0 = ktensor.reshape %x : (tensor<?x4xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}
