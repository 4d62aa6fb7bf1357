// Regression (found by the random-program oracle): a max or min reduction starts from the
// element type's extreme. Tier 0 started i32 max at i64's minimum, which wrapped to 0 (an empty
// max gave 0, not -2147483648); native code built i64 min's start as 2^63 - 1 in f64, which
// rounds to 2^63 and wrapped to i64's minimum (every i64 min gave -9223372036854775808); i1 max
// and min compare unsigned ("any" and "all").
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<6q', 5, -3, 7, 2, 9, 4))" > %t.l.bin
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(bytes([1, 0, 0, 0, 1, 1]))" > %t.b.bin
// RUN: jit-run %s --input=%t.l.bin:2x3:i64 --input=%t.b.bin:2x3:i1 --print-output | FileCheck %s
// RUN: jit-run --tier=1 --no-cache %s --input=%t.l.bin:2x3:i64 --input=%t.b.bin:2x3:i1 --print-output | FileCheck %s
// RUN: jit-run --tier=2 --no-cache %s --input=%t.l.bin:2x3:i64 --input=%t.b.bin:2x3:i1 --print-output | FileCheck %s

// CHECK: result #0: tensor<2xi64>
// CHECK-NEXT: {{\[}}-3, 2]
// CHECK: result #1: tensor<2xi64>
// CHECK-NEXT: {{\[}}7, 9]
// CHECK: result #2: tensor<2xi1>
// CHECK-NEXT: {{\[}}true, true]
// CHECK: result #3: tensor<2xi1>
// CHECK-NEXT: {{\[}}false, false]
// CHECK: result #4: tensor<2xi32>
// CHECK-NEXT: {{\[}}-2147483648, -2147483648]
// CHECK: result #5: tensor<2xi32>
// CHECK-NEXT: {{\[}}2147483647, 2147483647]
// CHECK: result #6: tensor<2xf32>
// CHECK-NEXT: {{\[}}-inf, -inf]
func.func @main(%l: tensor<2x3xi64>, %b: tensor<2x3xi1>) -> (tensor<2xi64>, tensor<2xi64>, tensor<2xi1>, tensor<2xi1>, tensor<2xi32>, tensor<2xi32>, tensor<2xf32>) {
  %0 = ktensor.reduce %l {kind = "min", axes = array<i64: 1>} : (tensor<2x3xi64>) -> tensor<2xi64>
  %1 = ktensor.reduce %l {kind = "max", axes = array<i64: 1>} : (tensor<2x3xi64>) -> tensor<2xi64>
  %2 = ktensor.reduce %b {kind = "max", axes = array<i64: 1>} : (tensor<2x3xi1>) -> tensor<2xi1>
  %3 = ktensor.reduce %b {kind = "min", axes = array<i64: 1>} : (tensor<2x3xi1>) -> tensor<2xi1>
  // Empty reductions: a 2x0 slice.
  %c = ktensor.convert %l : (tensor<2x3xi64>) -> tensor<2x3xi32>
  %e = ktensor.slice %c {start = array<i64: 0, 1>, limit = array<i64: 2, 1>} : (tensor<2x3xi32>) -> tensor<2x0xi32>
  %4 = ktensor.reduce %e {kind = "max", axes = array<i64: 1>} : (tensor<2x0xi32>) -> tensor<2xi32>
  %5 = ktensor.reduce %e {kind = "min", axes = array<i64: 1>} : (tensor<2x0xi32>) -> tensor<2xi32>
  %f = ktensor.convert %e : (tensor<2x0xi32>) -> tensor<2x0xf32>
  %6 = ktensor.reduce %f {kind = "max", axes = array<i64: 1>} : (tensor<2x0xf32>) -> tensor<2xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2xi64>, tensor<2xi64>, tensor<2xi1>, tensor<2xi1>, tensor<2xi32>, tensor<2xi32>, tensor<2xf32>
}
