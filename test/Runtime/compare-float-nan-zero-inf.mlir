// RUN: jit-run %s --print-output | FileCheck %s
// RUN: jit-run --tier=1 --no-cache %s --print-output | FileCheck %s
// RUN: jit-run --tier=2 --no-cache %s --print-output | FileCheck %s
// RUN: jit-run --tier=3 --no-cache %s --print-output | FileCheck %s

// Regression: tier 0 computed `stablehlo.compare NE` (FLOAT) as false when an operand is NaN.
// Every direction follows IEEE 754 (and XLA) at every tier: NE is true with a NaN, the others
// are false; -0 equals +0; infinities compare as numbers.
// Pairs: (NaN,1) (1,NaN) (NaN,NaN) (-0,+0) (+Inf,+Inf) (-Inf,+Inf) (2,1) (1,2)
// CHECK: result #0: tensor<8xi1>
// CHECK-NEXT: {{\[}}false, false, false, true, true, false, false, false{{\]}}
// CHECK: result #1: tensor<8xi1>
// CHECK-NEXT: {{\[}}true, true, true, false, false, true, true, true{{\]}}
// CHECK: result #2: tensor<8xi1>
// CHECK-NEXT: {{\[}}false, false, false, false, false, true, false, true{{\]}}
// CHECK: result #3: tensor<8xi1>
// CHECK-NEXT: {{\[}}false, false, false, true, true, true, false, true{{\]}}
// CHECK: result #4: tensor<8xi1>
// CHECK-NEXT: {{\[}}false, false, false, false, false, false, true, false{{\]}}
// CHECK: result #5: tensor<8xi1>
// CHECK-NEXT: {{\[}}false, false, false, true, true, false, true, false{{\]}}
func.func @main() -> (tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>) {
  %a = stablehlo.constant dense<[0x7FC00000, 1.0, 0x7FC00000, -0.0, 0x7F800000, 0xFF800000, 2.0, 1.0]> : tensor<8xf32>
  %b = stablehlo.constant dense<[1.0, 0x7FC00000, 0x7FC00000, 0.0, 0x7F800000, 0x7F800000, 1.0, 2.0]> : tensor<8xf32>
  %eq = stablehlo.compare EQ, %a, %b, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
  %ne = stablehlo.compare NE, %a, %b, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
  %lt = stablehlo.compare LT, %a, %b, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
  %le = stablehlo.compare LE, %a, %b, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
  %gt = stablehlo.compare GT, %a, %b, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
  %ge = stablehlo.compare GE, %a, %b, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
  return %eq, %ne, %lt, %le, %gt, %ge : tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>, tensor<8xi1>
}
