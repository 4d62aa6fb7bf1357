// Regression (found by the random-program oracle): converting to i1 is "nonzero" (StableHLO's
// rule) at every tier, where tier 0 kept the low bit (2 and 0.5 became false) and native code
// used fptosi (poison for 0.5); float to integer saturates with NaN to 0 (XLA's rule), where
// native code used fptosi (out of range gave INT_MIN for +Inf).
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<8f', 0.5, -0.0, 2.0, float('nan'), float('inf'), float('-inf'), 3.0e9, -2.5))" > %t.f.bin
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<4i', 2, 0, -1, 4))" > %t.i.bin
// RUN: jit-run %s --input=%t.f.bin:8:f32 --input=%t.i.bin:4:i32 --print-output | FileCheck %s
// RUN: jit-run --tier=1 --no-cache %s --input=%t.f.bin:8:f32 --input=%t.i.bin:4:i32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 --no-cache %s --input=%t.f.bin:8:f32 --input=%t.i.bin:4:i32 --print-output | FileCheck %s

// CHECK: result #0: tensor<8xi1>
// CHECK-NEXT: {{\[}}true, false, true, true, true, true, true, true]
// CHECK: result #1: tensor<8xi32>
// CHECK-NEXT: {{\[}}0, 0, 2, 0, 2147483647, -2147483648, 2147483647, -2]
// CHECK: result #2: tensor<8xi64>
// CHECK-NEXT: {{\[}}0, 0, 2, 0, 9223372036854775807, -9223372036854775808, 3000000000, -2]
// CHECK: result #3: tensor<4xi1>
// CHECK-NEXT: {{\[}}true, false, true, true]
func.func @main(%x: tensor<8xf32>, %i: tensor<4xi32>) -> (tensor<8xi1>, tensor<8xi32>, tensor<8xi64>, tensor<4xi1>) {
  %0 = ktensor.convert %x : (tensor<8xf32>) -> tensor<8xi1>
  %1 = ktensor.convert %x : (tensor<8xf32>) -> tensor<8xi32>
  %2 = ktensor.convert %x : (tensor<8xf32>) -> tensor<8xi64>
  %3 = ktensor.convert %i : (tensor<4xi32>) -> tensor<4xi1>
  return %0, %1, %2, %3 : tensor<8xi1>, tensor<8xi32>, tensor<8xi64>, tensor<4xi1>
}
