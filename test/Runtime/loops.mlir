// The loop and vector levels run too, so each lowering step can be checked against the level
// above it: here a tensor-level sum and its loop- and vector-level versions agree.
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<12f', *range(1, 13)))" > %t.bin
// RUN: jit-run %s --entry=tensor_level --input=%t.bin:3x4:f32 --print-output | FileCheck %s --check-prefix=SUM
// RUN: jit-run %s --entry=loop_level --input=%t.bin:3x4:f32 --print-output | FileCheck %s --check-prefix=SUM
// RUN: jit-run %s --entry=vector_level --input=%t.bin:12:f32 --print-output | FileCheck %s --check-prefix=SUM
// RUN: jit-run %s --entry=scale_in_place --input=%t.bin:3x4:f32 --print-output | FileCheck %s --check-prefix=SCALE
// RUN: not jit-run %s --entry=out_of_bounds --input=%t.bin:3x4:f32 2>&1 | FileCheck %s --check-prefix=OOB
// Tier 1 computes the same at every level (native code does not bounds-check loads and
// stores: the lowering only emits in-bounds accesses, and tier 0 checks hand-written IR).
// RUN: jit-run --tier=1 %s --entry=tensor_level --input=%t.bin:3x4:f32 --print-output | FileCheck %s --check-prefix=SUM
// RUN: jit-run --tier=2 %s --entry=tensor_level --input=%t.bin:3x4:f32 --print-output | FileCheck %s --check-prefix=SUM
// RUN: jit-run --tier=1 %s --entry=loop_level --input=%t.bin:3x4:f32 --print-output | FileCheck %s --check-prefix=SUM
// RUN: jit-run --tier=2 %s --entry=loop_level --input=%t.bin:3x4:f32 --print-output | FileCheck %s --check-prefix=SUM
// RUN: jit-run --tier=1 %s --entry=vector_level --input=%t.bin:12:f32 --print-output | FileCheck %s --check-prefix=SUM
// RUN: jit-run --tier=2 %s --entry=vector_level --input=%t.bin:12:f32 --print-output | FileCheck %s --check-prefix=SUM
// RUN: jit-run --tier=1 %s --entry=scale_in_place --input=%t.bin:3x4:f32 --print-output | FileCheck %s --check-prefix=SCALE
// RUN: jit-run --tier=2 %s --entry=scale_in_place --input=%t.bin:3x4:f32 --print-output | FileCheck %s --check-prefix=SCALE

// SUM: 78
func.func @tensor_level(%a: tensor<Nx4xf32>) -> tensor<f32> {
  %0 = ktensor.reduce %a {kind = "sum", axes = array<i64: 0, 1>} : (tensor<Nx4xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

func.func @loop_level(%a: memref<Nx4xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %z = arith.constant 0.0 : f32
  %n = loop.dim %a {index = 0} : (memref<Nx4xf32>) -> index
  %s = loop.for %i = %c0 to %n step %c1 iter_args(%acc = %z) -> (f32) {
    %r = loop.for %j = %c0 to %c4 step %c1 iter_args(%acc2 = %acc) -> (f32) {
      %v = loop.load %a[%i, %j] : memref<Nx4xf32>
      %t = arith.addf %acc2, %v : f32
      loop.yield %t : f32
    }
    loop.yield %r : f32
  }
  return %s : f32
}

// 8-lane vectors with a masked tail: 12 = 8 + 4.
func.func @vector_level(%a: memref<?xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %z = arith.constant 0.0 : f32
  %n = loop.dim %a {index = 0} : (memref<?xf32>) -> index
  %zv = kvector.broadcast %z : (f32) -> vector<8xf32>
  %sum = loop.for %i = %c0 to %n step %c8 iter_args(%acc = %zv) -> (vector<8xf32>) {
    %left = arith.subi %n, %i : index
    %m = kvector.create_mask %left : (index) -> vector<8xi1>
    %v = kvector.maskedload %a, %i, %m, %zv : (memref<?xf32>, index, vector<8xi1>, vector<8xf32>) -> vector<8xf32>
    %t = arith.addf %acc, %v : vector<8xf32>
    loop.yield %t : vector<8xf32>
  }
  %r = kvector.reduction %sum {kind = "add"} : (vector<8xf32>) -> f32
  return %r : f32
}

// Stores through a view are seen through the buffer it views; buffers come back as results.
// SCALE: {{\[\[}}2, 4, 6, 8], [10, 12, 14, 16], [18, 20, 22, 24]]
func.func @scale_in_place(%a: memref<Nx4xf32>) -> memref<Nx4xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %flat = loop.view %a : (memref<Nx4xf32>) -> memref<(4*N)xf32>
  %n = loop.dim %flat {index = 0} : (memref<(4*N)xf32>) -> index
  loop.parallel (%i) = (%c0) to (%n) step (%c1) {
    %v = loop.load %flat[%i] : memref<(4*N)xf32>
    %d = arith.addf %v, %v : f32
    loop.store %d, %flat[%i] : memref<(4*N)xf32>
    loop.yield
  }
  return %a : memref<Nx4xf32>
}

// OOB: loops.mlir:[[@LINE+3]]:3: error: index 4 is out of bounds for dimension 0 of size 3
func.func @out_of_bounds(%a: memref<Nx4xf32>) -> f32 {
  %c4 = arith.constant 4 : index
  %v = loop.load %a[%c4, %c4] : memref<Nx4xf32>
  return %v : f32
}
