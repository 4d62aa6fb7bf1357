// Embedding lookup (gather) and its gradient-style accumulation (scatter add), with the number
// of ids a run-time symbol.
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<3i', 2, 0, 2))" > %t.bin
// RUN: jit-run %s --input=%t.bin:3:i32 --print-output | FileCheck %s
// Tier 1 computes the same, and reports an index out of range (no crash) as tier 0 does.
// RUN: jit-run --tier=1 %s --input=%t.bin:3:i32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --input=%t.bin:3:i32 --print-output | FileCheck %s
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<3i', 2, 7, 0))" > %t.bad
// RUN: not jit-run %s --input=%t.bad:3:i32 2>&1 | FileCheck %s --check-prefix=RANGE
// RUN: not jit-run --tier=1 %s --input=%t.bad:3:i32 2>&1 | FileCheck %s --check-prefix=RANGE
// RUN: not jit-run --tier=2 %s --input=%t.bad:3:i32 2>&1 | FileCheck %s --check-prefix=RANGE
// RANGE: gather-scatter.mlir:{{[0-9]+}}:3: error: gather index 7 is out of range [0, 3)

// CHECK: result #0: tensor<3x2xf32>
// CHECK-NEXT: {{\[\[}}20, 21], [0, 1], [20, 21]]
// CHECK: result #1: tensor<3x2xf32>
// CHECK-NEXT: {{\[\[}}1, 1], [0, 0], [2, 2]]
// CHECK: result #2: tensor<3x2xf32>
// CHECK-NEXT: {{\[\[}}1, 1], [0, 0], [1, 1]]
func.func @main(%ids: tensor<Kxi32>) -> (tensor<Kx2xf32>, tensor<3x2xf32>, tensor<3x2xf32>) {
  %table = ktensor.constant dense<[[0.0, 1.0], [10.0, 11.0], [20.0, 21.0]]> : tensor<3x2xf32>
  %0 = ktensor.gather %table, %ids {axis = 0} : (tensor<3x2xf32>, tensor<Kxi32>) -> tensor<Kx2xf32>
  %zeros = ktensor.constant dense<0.0> : tensor<3x2xf32>
  %ones = ktensor.constant dense<1.0> : tensor<3x2xf32>
  %u = ktensor.cast %ones : (tensor<3x2xf32>) -> tensor<Kx2xf32>
  %1 = ktensor.scatter %zeros, %ids, %u {axis = 0, kind = "add"} : (tensor<3x2xf32>, tensor<Kxi32>, tensor<Kx2xf32>) -> tensor<3x2xf32>
  %2 = ktensor.scatter %zeros, %ids, %u {axis = 0, kind = "replace"} : (tensor<3x2xf32>, tensor<Kxi32>, tensor<Kx2xf32>) -> tensor<3x2xf32>
  return %0, %1, %2 : tensor<Kx2xf32>, tensor<3x2xf32>, tensor<3x2xf32>
}
