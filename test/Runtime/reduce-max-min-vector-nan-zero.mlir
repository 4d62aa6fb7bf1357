// The vectorized maximum and minimum reductions (the plain vmaxps-style maximum of the
// accumulators, with trackers for what it drops) give IEEE 754's maximum and minimum at every
// tier: a NaN anywhere in a row gives NaN (row 0 at element 150, in the main loop's range;
// row 5 at element 197, in the tail), +0 beats -0 for max and -0 beats +0 for min (rows 1-3),
// infinities win (row 4). Rows of 200: the main loop and a masked tail at any vector width.
// RUN: %python %S/Inputs/extrema_rows.py %t.bin
// RUN: jit-run --tier=0 %s --input=%t.bin:6x200:f32 --input=%t.zero.bin:6:f32 --input=%t.zero.bin:6:f32 --print-buffers | FileCheck %s
// RUN: jit-run --tier=1 --no-cache %s --input=%t.bin:6x200:f32 --input=%t.zero.bin:6:f32 --input=%t.zero.bin:6:f32 --print-buffers | FileCheck %s
// RUN: jit-run --tier=2 --no-cache %s --input=%t.bin:6x200:f32 --input=%t.zero.bin:6:f32 --input=%t.zero.bin:6:f32 --print-buffers | FileCheck %s

// CHECK: buffer #1: tensor<6xf32>
// CHECK-NEXT: {{\[}}NaN, 0, -0, 0, inf, NaN]
// CHECK: buffer #2: tensor<6xf32>
// CHECK-NEXT: {{\[}}NaN, -0, -0, -0, -1000000000000000000000000000000, NaN]
func.func @main(%x: memref<6x200xf32>, %mx: memref<6xf32>, %mn: memref<6xf32>) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c6 = arith.constant 6 : index
  %c200 = arith.constant 200 : index
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  loop.for %i = %c0 to %c6 step %c1 {
    %m = loop.for %j = %c0 to %c200 step %c1 iter_args(%a = %ninf) -> (f32) {
      %v = loop.load %x[%i, %j] : memref<6x200xf32>
      %n = arith.maximumf %a, %v fastmath<reassoc> : f32
      loop.yield %n : f32
    }
    %k = loop.for %j = %c0 to %c200 step %c1 iter_args(%a = %pinf) -> (f32) {
      %v = loop.load %x[%i, %j] : memref<6x200xf32>
      %n = arith.minimumf %v, %a fastmath<reassoc> : f32
      loop.yield %n : f32
    }
    loop.store %m, %mx[%i] : memref<6xf32>
    loop.store %k, %mn[%i] : memref<6xf32>
    loop.yield
  }
  return
}
