// Elementwise tensor ops on a symbolic shape bound from the input (N = 2 here).
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<6f', 1, -2, 3, -4, 0.5, 9))" > %t.bin
// RUN: jit-run %s --input=%t.bin:2x3:f32 --print-output | FileCheck %s
// Tier 1 (native code) computes the same.
// RUN: jit-run --tier=1 %s --input=%t.bin:2x3:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --input=%t.bin:2x3:f32 --print-output | FileCheck %s

// CHECK: result #0: tensor<2x3xf32>
// CHECK-NEXT: {{\[\[}}2, -4, 6], [-8, 1, 18]]
// CHECK: result #1: tensor<2x3xf32>
// CHECK-NEXT: {{\[\[}}1, 0, 3], [0, 0.5, 9]]
// CHECK: result #2: tensor<2x3xf32>
// CHECK-NEXT: {{\[\[}}1, 4, 9], [16, 0.25, 81]]
// CHECK: result #3: tensor<2x3xf32>
// CHECK-NEXT: {{\[\[}}1, 2, 3], [4, 0.5, 9]]
// CHECK: result #4: tensor<2x3xi1>
// CHECK-NEXT: {{\[\[}}false, true, false], [true, false, false]]
// CHECK: result #5: tensor<2x3xf32>
// CHECK-NEXT: {{\[\[}}1, -2, 3], [-4, 0.5, 3]]
// CHECK: result #6: tensor<2x3xi32>
// CHECK-NEXT: {{\[\[}}1, -2, 3], [-4, 0, 9]]
// CHECK: result #7: tensor<2x3xf32>
// CHECK-NEXT: {{\[\[}}1, 1, 1], [1, 1, 1]]
// CHECK: result #8: tensor<2x3xf32>
// CHECK-NEXT: {{\[\[}}0.7310586, 0.11920292, 0.95257413], [0.01798621, 0.62245935, 0.9998766]]
func.func @main(%x: tensor<Nx3xf32>) -> (tensor<Nx3xf32>, tensor<Nx3xf32>, tensor<Nx3xf32>, tensor<Nx3xf32>, tensor<Nx3xi1>, tensor<Nx3xf32>, tensor<Nx3xi32>, tensor<Nx3xf32>, tensor<Nx3xf32>) {
  %0 = ktensor.add %x, %x : tensor<Nx3xf32>
  %1 = ktensor.relu %x : tensor<Nx3xf32>
  %2 = ktensor.mul %x, %x : tensor<Nx3xf32>
  %3 = ktensor.abs %x : tensor<Nx3xf32>
  %z = ktensor.sub %x, %x : tensor<Nx3xf32>
  %4 = ktensor.cmp %x, %z {predicate = "lt"} : (tensor<Nx3xf32>, tensor<Nx3xf32>) -> tensor<Nx3xi1>
  %three = ktensor.constant dense<3.0> : tensor<2x3xf32>
  %t = ktensor.cast %three : (tensor<2x3xf32>) -> tensor<Nx3xf32>
  %5 = ktensor.min %x, %t : tensor<Nx3xf32>
  %6 = ktensor.convert %x : (tensor<Nx3xf32>) -> tensor<Nx3xi32>
  %e = ktensor.exp %z : tensor<Nx3xf32>
  %l = ktensor.log %e : tensor<Nx3xf32>
  %s = ktensor.sqrt %e : tensor<Nx3xf32>
  %r = ktensor.rsqrt %s : tensor<Nx3xf32>
  %th = ktensor.tanh %l : tensor<Nx3xf32>
  %er = ktensor.erf %th : tensor<Nx3xf32>
  %p = ktensor.pow %r, %x : tensor<Nx3xf32>
  %n = ktensor.neg %er : tensor<Nx3xf32>
  %7 = ktensor.sub %p, %n : tensor<Nx3xf32>
  %8 = ktensor.sigmoid %x : tensor<Nx3xf32>
  %d = ktensor.div %x, %x : tensor<Nx3xf32>
  %mx = ktensor.max %d, %z : tensor<Nx3xf32>
  %sel = ktensor.select %4, %x, %x : (tensor<Nx3xi1>, tensor<Nx3xf32>, tensor<Nx3xf32>) -> tensor<Nx3xf32>
  return %0, %1, %2, %3, %4, %5, %6, %mx, %8 : tensor<Nx3xf32>, tensor<Nx3xf32>, tensor<Nx3xf32>, tensor<Nx3xf32>, tensor<Nx3xi1>, tensor<Nx3xf32>, tensor<Nx3xi32>, tensor<Nx3xf32>, tensor<Nx3xf32>
}
