// matmul, batch_matmul, dot_general and conv2d, with the batch symbol bound from the input.
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<8f', 1, 2, 3, 4, 5, 6, 7, 8))" > %t.bin
// RUN: jit-run %s --input=%t.bin:2x2x2:f32 --print-output | FileCheck %s
// Tier 1 (native code) computes the same.
// RUN: jit-run --tier=1 %s --input=%t.bin:2x2x2:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --input=%t.bin:2x2x2:f32 --print-output | FileCheck %s

// CHECK: result #0: tensor<2x2xf32>
// CHECK-NEXT: {{\[\[}}7, 10], [15, 22]]
// CHECK: result #1: tensor<2x2x2xf32>
// CHECK-NEXT: {{\[\[\[}}7, 10], [15, 22]], {{\[\[}}67, 78], [91, 106]]]
// CHECK: result #2: tensor<2x2x2xf32>
// CHECK-NEXT: {{\[\[\[}}7, 10], [15, 22]], {{\[\[}}67, 78], [91, 106]]]
// CHECK: result #3: tensor<1x2x2x1xf32>
// CHECK-NEXT: {{\[\[\[\[}}12], [16]], {{\[\[}}24], [28]]]]
func.func @main(%x: tensor<Bx2x2xf32>) -> (tensor<2x2xf32>, tensor<Bx2x2xf32>, tensor<Bx2x2xf32>, tensor<1x2x2x1xf32>) {
  %c = ktensor.cast %x : (tensor<Bx2x2xf32>) -> tensor<2x2x2xf32>
  %a = ktensor.slice %c {start = array<i64: 0, 0, 0>, limit = array<i64: 1, 2, 2>} : (tensor<2x2x2xf32>) -> tensor<1x2x2xf32>
  %m = ktensor.reshape %a : (tensor<1x2x2xf32>) -> tensor<2x2xf32>
  %0 = ktensor.matmul %m, %m : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  %1 = ktensor.batch_matmul %x, %x : (tensor<Bx2x2xf32>, tensor<Bx2x2xf32>) -> tensor<Bx2x2xf32>
  %2 = ktensor.dot_general %x, %x {lhs_batch = array<i64: 0>, rhs_batch = array<i64: 0>, lhs_contract = array<i64: 2>, rhs_contract = array<i64: 1>} : (tensor<Bx2x2xf32>, tensor<Bx2x2xf32>) -> tensor<Bx2x2xf32>
  // A 2x2 box filter over a 3x3 image (1..9) without padding.
  %img = ktensor.constant dense<[[[[1.0], [2.0], [3.0]], [[4.0], [5.0], [6.0]], [[7.0], [8.0], [9.0]]]]> : tensor<1x3x3x1xf32>
  %k = ktensor.constant dense<1.0> : tensor<2x2x1x1xf32>
  %3 = ktensor.conv2d %img, %k : (tensor<1x3x3x1xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x2x1xf32>
  return %0, %1, %2, %3 : tensor<2x2xf32>, tensor<Bx2x2xf32>, tensor<Bx2x2xf32>, tensor<1x2x2x1xf32>
}
