// Every float predicate of arith.cmpf follows IEEE 754 at every tier, at the loop level
// (tier 0's kernel and the lowering to LLVM's fcmp), on NaN, signed zeros and infinities;
// and its folder agrees (canonicalize, checked in test/Dialect/arith/canonicalize.mlir).
// Rows are the predicates in MLIR's order (false, oeq, ogt, oge, olt, ole, one, ord, ueq, ugt, uge, ult, ule, une, uno, true);
// columns the pairs (NaN,1) (1,NaN) (NaN,NaN) (-0,+0) (+Inf,+Inf) (-Inf,+Inf) (2,1) (1,2).
// RUN: python3 -c "import struct,sys; n=float('nan'); i=float('inf'); sys.stdout.buffer.write(struct.pack('<8f', n, 1, n, -0.0, i, -i, 2, 1))" > %t.a
// RUN: python3 -c "import struct,sys; n=float('nan'); i=float('inf'); sys.stdout.buffer.write(struct.pack('<8f', 1, n, n, 0.0, i, i, 1, 2))" > %t.b
// RUN: python3 -c "import sys; sys.stdout.buffer.write(bytes(128))" > %t.out
// RUN: jit-run %s --input=%t.a:8:f32 --input=%t.b:8:f32 --input=%t.out:16x8:i1 --print-output | FileCheck %s
// RUN: jit-run --tier=1 --no-cache %s --input=%t.a:8:f32 --input=%t.b:8:f32 --input=%t.out:16x8:i1 --print-output | FileCheck %s
// RUN: jit-run --tier=2 --no-cache %s --input=%t.a:8:f32 --input=%t.b:8:f32 --input=%t.out:16x8:i1 --print-output | FileCheck %s

// CHECK: result #0: tensor<16x8xi1>
// CHECK-NEXT: {{\[\[}}false, false, false, false, false, false, false, false], [false, false, false, true, true, false, false, false], [false, false, false, false, false, false, true, false], [false, false, false, true, true, false, true, false], [false, false, false, false, false, true, false, true], [false, false, false, true, true, true, false, true], [false, false, false, false, false, true, true, true], [false, false, false, true, true, true, true, true], [true, true, true, true, true, false, false, false], [true, true, true, false, false, false, true, false], [true, true, true, true, true, false, true, false], [true, true, true, false, false, true, false, true], [true, true, true, true, true, true, false, true], [true, true, true, false, false, true, true, true], [true, true, true, false, false, false, false, false], [true, true, true, true, true, true, true, true]]
func.func @main(%a: memref<8xf32>, %b: memref<8xf32>, %out: memref<16x8xi1>) -> memref<16x8xi1> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  loop.for %i = %c0 to %c8 step %c1 {
    %x = loop.load %a[%i] : memref<8xf32>
    %y = loop.load %b[%i] : memref<8xf32>
    %r0 = arith.cmpf false, %x, %y : f32
    %k0 = arith.constant 0 : index
    loop.store %r0, %out[%k0, %i] : memref<16x8xi1>
    %r1 = arith.cmpf oeq, %x, %y : f32
    %k1 = arith.constant 1 : index
    loop.store %r1, %out[%k1, %i] : memref<16x8xi1>
    %r2 = arith.cmpf ogt, %x, %y : f32
    %k2 = arith.constant 2 : index
    loop.store %r2, %out[%k2, %i] : memref<16x8xi1>
    %r3 = arith.cmpf oge, %x, %y : f32
    %k3 = arith.constant 3 : index
    loop.store %r3, %out[%k3, %i] : memref<16x8xi1>
    %r4 = arith.cmpf olt, %x, %y : f32
    %k4 = arith.constant 4 : index
    loop.store %r4, %out[%k4, %i] : memref<16x8xi1>
    %r5 = arith.cmpf ole, %x, %y : f32
    %k5 = arith.constant 5 : index
    loop.store %r5, %out[%k5, %i] : memref<16x8xi1>
    %r6 = arith.cmpf one, %x, %y : f32
    %k6 = arith.constant 6 : index
    loop.store %r6, %out[%k6, %i] : memref<16x8xi1>
    %r7 = arith.cmpf ord, %x, %y : f32
    %k7 = arith.constant 7 : index
    loop.store %r7, %out[%k7, %i] : memref<16x8xi1>
    %r8 = arith.cmpf ueq, %x, %y : f32
    %k8 = arith.constant 8 : index
    loop.store %r8, %out[%k8, %i] : memref<16x8xi1>
    %r9 = arith.cmpf ugt, %x, %y : f32
    %k9 = arith.constant 9 : index
    loop.store %r9, %out[%k9, %i] : memref<16x8xi1>
    %r10 = arith.cmpf uge, %x, %y : f32
    %k10 = arith.constant 10 : index
    loop.store %r10, %out[%k10, %i] : memref<16x8xi1>
    %r11 = arith.cmpf ult, %x, %y : f32
    %k11 = arith.constant 11 : index
    loop.store %r11, %out[%k11, %i] : memref<16x8xi1>
    %r12 = arith.cmpf ule, %x, %y : f32
    %k12 = arith.constant 12 : index
    loop.store %r12, %out[%k12, %i] : memref<16x8xi1>
    %r13 = arith.cmpf une, %x, %y : f32
    %k13 = arith.constant 13 : index
    loop.store %r13, %out[%k13, %i] : memref<16x8xi1>
    %r14 = arith.cmpf uno, %x, %y : f32
    %k14 = arith.constant 14 : index
    loop.store %r14, %out[%k14, %i] : memref<16x8xi1>
    %r15 = arith.cmpf true, %x, %y : f32
    %k15 = arith.constant 15 : index
    loop.store %r15, %out[%k15, %i] : memref<16x8xi1>
    loop.yield
  }
  return %out : memref<16x8xi1>
}
