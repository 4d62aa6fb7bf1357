// RUN: printf '\003\000\000\000\000\000\000\000' > %t.k3.bin
// RUN: printf '\004\000\000\000\000\000\000\000' > %t.k4.bin
// RUN: jit-run --no-cache %s --input=%t.k3.bin::i64 --print-output | FileCheck %s
// RUN: jit-run --no-cache --tier=1 %s --input=%t.k3.bin::i64 --print-output | FileCheck %s
// RUN: jit-run --no-cache --tier=2 %s --input=%t.k3.bin::i64 --print-output | FileCheck %s
// RUN: not jit-run --no-cache %s --input=%t.k4.bin::i64 2>&1 | FileCheck %s --check-prefix=FAIL
// RUN: not jit-run --no-cache --tier=1 %s --input=%t.k4.bin::i64 2>&1 | FileCheck %s --check-prefix=FAIL
// RUN: not jit-run --no-cache --tier=2 %s --input=%t.k4.bin::i64 2>&1 | FileCheck %s --check-prefix=FAIL

// A value guard holds: the specialized body runs with the bound value folded in (3 * iota).
// At every tier a failed guard is an error located at the guard, naming what it got.
// CHECK: result #0: tensor<4xf32>
// CHECK-NEXT: [0, 3, 6, 9]
// FAIL: guards.mlir:[[@LINE+3]]:3: error: guard failed: value is 4, the specialization expects 3
func.func @main(%k: tensor<i64>) -> tensor<4xf32> {
  %c = ktensor.constant dense<3> : tensor<i64>
  kiln.guard %k {equals = 3 : i64} : tensor<i64>
  %i = ktensor.iota {dim = 0 : i64} : tensor<4xf32>
  %f = ktensor.convert %c : (tensor<i64>) -> tensor<f32>
  %b = ktensor.broadcast_in_dim %f {dims = array<i64>} : (tensor<f32>) -> tensor<4xf32>
  %r = ktensor.mul %i, %b : tensor<4xf32>
  return %r : tensor<4xf32>
}
