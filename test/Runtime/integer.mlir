// Integer tensor ops (rem, and, or, xor, div) and ktensor.dim, with N bound from the input.
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<4i', 7, -7, 12, 5))" > %t.bin
// RUN: jit-run %s --input=%t.bin:4:i32 --print-output | FileCheck %s
// Tier 1 (native code) computes the same.
// RUN: jit-run --tier=1 %s --input=%t.bin:4:i32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --input=%t.bin:4:i32 --print-output | FileCheck %s

// CHECK: result #0: tensor<4xi32>
// CHECK-NEXT: [1, -1, 0, 2]
// CHECK: result #1: tensor<4xi32>
// CHECK-NEXT: [2, 0, 0, 0]
// CHECK: result #2: tensor<4xi32>
// CHECK-NEXT: [7, -5, 14, 7]
// CHECK: result #3: tensor<4xi32>
// CHECK-NEXT: [5, -5, 14, 7]
// CHECK: result #4: tensor<4xi32>
// CHECK-NEXT: [2, -2, 4, 1]
// CHECK: result #5: tensor<i64>
// CHECK-NEXT: 4
func.func @main(%x: tensor<Nxi32>) -> (tensor<Nxi32>, tensor<Nxi32>, tensor<Nxi32>, tensor<Nxi32>, tensor<Nxi32>, index) {
  %c = ktensor.constant dense<[3, 3, 3, 3]> : tensor<4xi32>
  %d = ktensor.constant dense<[2, 2, 2, 2]> : tensor<4xi32>
  %three = ktensor.cast %c : (tensor<4xi32>) -> tensor<Nxi32>
  %two = ktensor.cast %d : (tensor<4xi32>) -> tensor<Nxi32>
  %0 = ktensor.rem %x, %three : tensor<Nxi32>
  %1 = ktensor.and %x, %two : tensor<Nxi32>
  %2 = ktensor.or %x, %two : tensor<Nxi32>
  %3 = ktensor.xor %x, %two : tensor<Nxi32>
  %4 = ktensor.div %x, %three : tensor<Nxi32>
  %5 = ktensor.dim %x {index = 0} : (tensor<Nxi32>) -> index
  return %0, %1, %2, %3, %4, %5 : tensor<Nxi32>, tensor<Nxi32>, tensor<Nxi32>, tensor<Nxi32>, tensor<Nxi32>, index
}
