// RUN: jit-run %s --print-output | FileCheck %s
// Tier 1 (native code) computes the same.
// RUN: jit-run --tier=1 %s --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --print-output | FileCheck %s

// not flips every bit of integers and the truth of i1.
// CHECK: result #0: tensor<3xi32>
// CHECK-NEXT: {{\[}}-1, -6, 0{{\]}}
// CHECK: result #1: tensor<2xi1>
// CHECK-NEXT: {{\[}}false, true{{\]}}
func.func @main() -> (tensor<3xi32>, tensor<2xi1>) {
  %i = stablehlo.constant dense<[0, 5, -1]> : tensor<3xi32>
  %b = stablehlo.constant dense<[true, false]> : tensor<2xi1>
  %0 = stablehlo.not %i : tensor<3xi32>
  %1 = stablehlo.not %b : tensor<2xi1>
  return %0, %1 : tensor<3xi32>, tensor<2xi1>
}
