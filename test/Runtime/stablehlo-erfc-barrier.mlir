// chlo.erfc is 1 - erf(x); an optimization barrier passes its operands through.
// RUN: jit-run %s --print-output | FileCheck %s
// Tier 1 (native code) computes the same.
// RUN: jit-run --tier=1 %s --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --print-output | FileCheck %s

// erfc(1) = 0.15729921 is 1 - erf(1) in f32 here, which a 1-ulp erf (the vector-math one)
// moves in the 7th digit: the check stops at the 6th.
// CHECK: result #0: tensor<3xf32>
// CHECK-NEXT: {{\[}}1, 0.157299{{[0-9]*}}, 1.842700{{[0-9]*}}]
// CHECK: result #1: tensor<3xf32>
// CHECK-NEXT: {{\[}}0, 1, -1]
func.func @main() -> (tensor<3xf32>, tensor<3xf32>) {
  %x = stablehlo.constant dense<[0.0, 1.0, -1.0]> : tensor<3xf32>
  %0 = chlo.erfc %x : tensor<3xf32> -> tensor<3xf32>
  %1:2 = "stablehlo.optimization_barrier"(%0, %x) : (tensor<3xf32>, tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>)
  return %1#0, %1#1 : tensor<3xf32>, tensor<3xf32>
}
