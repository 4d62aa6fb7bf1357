// An MLP layer as JAX exports it under shape polymorphism: the bias broadcast to the batch
// through a run-time shape. At tiers 1 and 2 `shape-infer` drops the shape (the type states
// it), bias + ReLU fuse, and the fused loop writes over the product's buffer; every tier gives
// tier 0's values.
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<4f', 1, 2, 3, -4))" > %t.x.bin
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<6f', 1, 0, -1, 2, 1, 0))" > %t.w.bin
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<3f', 0.5, -1, 2))" > %t.b.bin
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<6f', 1, 0, 0, 1, 1, 1))" > %t.v.bin
// RUN: jit-run --tier=0 --no-cache %s --input=%t.x.bin:2x2:f32 --input=%t.w.bin:2x3:f32 --input=%t.b.bin:3:f32 --input=%t.v.bin:3x2:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=1 --no-cache %s --input=%t.x.bin:2x2:f32 --input=%t.w.bin:2x3:f32 --input=%t.b.bin:3:f32 --input=%t.v.bin:3x2:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 --no-cache %s --input=%t.x.bin:2x2:f32 --input=%t.w.bin:2x3:f32 --input=%t.b.bin:3:f32 --input=%t.v.bin:3x2:f32 --print-output | FileCheck %s
// RUN: jit-opt --tier=2 %s | FileCheck %s --check-prefix=IR

// x·w = [[5, 2, -1], [-5, -4, -3]]; + b, ReLU: [[5.5, 1, 1], [0, 0, 0]]; ·v:
// CHECK: result #0: tensor<2x2xf32>
// CHECK-NEXT: {{\[}}[6.5, 2], [0, 0]]

// One buffer of the batch by 3 (the product's, then the ReLU's), none for the broadcast.
// IR-LABEL: llvm.func @main
// IR-COUNT-1: llvm.call @kiln_rt_alloc_shape
// IR-NOT: llvm.call @kiln_rt_alloc_shape
func.func @main(%x: tensor<Bx2xf32>, %w: tensor<2x3xf32>, %b: tensor<3xf32>, %v: tensor<3x2xf32>) -> tensor<Bx2xf32> {
  %h = ktensor.dot_general %x, %w {lhs_batch = array<i64>, lhs_contract = array<i64: 1>, rhs_batch = array<i64>, rhs_contract = array<i64: 0>} : (tensor<Bx2xf32>, tensor<2x3xf32>) -> tensor<Bx3xf32>
  %n = ktensor.dim %x {index = 0 : i64} : (tensor<Bx2xf32>) -> tensor<i32>
  %n1 = ktensor.reshape %n : (tensor<i32>) -> tensor<1xi32>
  %c = ktensor.constant dense<3> : tensor<1xi32>
  %shape = ktensor.concat %n1, %c {dim = 0 : i64} : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
  %bb = ktensor.broadcast_in_dim %b, %shape {dims = array<i64: 1>} : (tensor<3xf32>, tensor<2xi32>) -> tensor<Bx3xf32>
  %s = ktensor.add %h, %bb : tensor<Bx3xf32>
  %r = ktensor.relu %s : tensor<Bx3xf32>
  %o = ktensor.dot_general %r, %v {lhs_batch = array<i64>, lhs_contract = array<i64: 1>, rhs_batch = array<i64>, rhs_contract = array<i64: 0>} : (tensor<Bx3xf32>, tensor<3x2xf32>) -> tensor<Bx2xf32>
  return %o : tensor<Bx2xf32>
}
