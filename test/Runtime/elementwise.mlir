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
  %0 = tensor.add %x, %x : tensor<Nx3xf32>
  %1 = tensor.relu %x : tensor<Nx3xf32>
  %2 = tensor.mul %x, %x : tensor<Nx3xf32>
  %3 = tensor.abs %x : tensor<Nx3xf32>
  %z = tensor.sub %x, %x : tensor<Nx3xf32>
  %4 = tensor.cmp %x, %z {predicate = "lt"} : (tensor<Nx3xf32>, tensor<Nx3xf32>) -> tensor<Nx3xi1>
  %three = tensor.constant dense<3.0> : tensor<2x3xf32>
  %t = tensor.cast %three : (tensor<2x3xf32>) -> tensor<Nx3xf32>
  %5 = tensor.min %x, %t : tensor<Nx3xf32>
  %6 = tensor.convert %x : (tensor<Nx3xf32>) -> tensor<Nx3xi32>
  %e = tensor.exp %z : tensor<Nx3xf32>
  %l = tensor.log %e : tensor<Nx3xf32>
  %s = tensor.sqrt %e : tensor<Nx3xf32>
  %r = tensor.rsqrt %s : tensor<Nx3xf32>
  %th = tensor.tanh %l : tensor<Nx3xf32>
  %er = tensor.erf %th : tensor<Nx3xf32>
  %p = tensor.pow %r, %x : tensor<Nx3xf32>
  %n = tensor.neg %er : tensor<Nx3xf32>
  %7 = tensor.sub %p, %n : tensor<Nx3xf32>
  %8 = tensor.sigmoid %x : tensor<Nx3xf32>
  %d = tensor.div %x, %x : tensor<Nx3xf32>
  %mx = tensor.max %d, %z : tensor<Nx3xf32>
  %sel = tensor.select %4, %x, %x : (tensor<Nx3xi1>, tensor<Nx3xf32>, tensor<Nx3xf32>) -> tensor<Nx3xf32>
  return %0, %1, %2, %3, %4, %5, %6, %mx, %8 : tensor<Nx3xf32>, tensor<Nx3xf32>, tensor<Nx3xf32>, tensor<Nx3xf32>, tensor<Nx3xi1>, tensor<Nx3xf32>, tensor<Nx3xi32>, tensor<Nx3xf32>, tensor<Nx3xf32>
}
