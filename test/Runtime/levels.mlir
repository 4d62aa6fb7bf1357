// Each lowering step is testable alone: the same function runs at the tensor level (tier 0),
// at the loop level after bufferization (tier 0; the result is the last buffer argument), and
// natively (tier 1), with the same results.
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<8f', 0, 1, 2, 3, 4, 5, 6, 7))" > %t.a
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<4f', 1, -1, 1, -1))" > %t.c
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<8f', 0, 0, 0, 0, 0, 0, 0, 0))" > %t.z
// RUN: jit-run %s --input=%t.a:2x4:f32 --input=%t.a:2x4:f32 --input=%t.c:4:f32 --print-output | FileCheck %s
// RUN: jit-opt %s --convert-tensor-to-loop > %t.loop.mlir
// RUN: jit-run %t.loop.mlir --input=%t.a:2x4:f32 --input=%t.a:2x4:f32 --input=%t.c:4:f32 --input=%t.z:2x4:f32 --print-buffers | FileCheck %s --check-prefix=LOOP
// RUN: jit-run --tier=1 %s --input=%t.a:2x4:f32 --input=%t.a:2x4:f32 --input=%t.c:4:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --input=%t.a:2x4:f32 --input=%t.a:2x4:f32 --input=%t.c:4:f32 --print-output | FileCheck %s

// CHECK: result #0: tensor<2x4xf32>
// CHECK-NEXT: {{\[\[}}1, 0, 5, 8], [17, 24, 37, 48]]
// LOOP: buffer #3: tensor<2x4xf32>
// LOOP-NEXT: {{\[\[}}1, 0, 5, 8], [17, 24, 37, 48]]
func.func @main(%a: tensor<Nx4xf32>, %b: tensor<Nx4xf32>, %c: tensor<4xf32>) -> tensor<Nx4xf32> {
  %0 = ktensor.mul %a, %b : tensor<Nx4xf32>
  %1 = ktensor.broadcast_in_dim %c {dims = array<i64: 1>} : (tensor<4xf32>) -> tensor<Nx4xf32>
  %2 = ktensor.add %0, %1 : tensor<Nx4xf32>
  %3 = ktensor.relu %2 : tensor<Nx4xf32>
  return %3 : tensor<Nx4xf32>
}
