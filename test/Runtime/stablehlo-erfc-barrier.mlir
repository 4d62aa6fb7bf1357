// chlo.erfc is 1 - erf(x); an optimization barrier passes its operands through.
// RUN: jit-run %s --print-output | FileCheck %s
// Tier 1 (native code) computes the same.
// RUN: jit-run --tier=1 %s --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --print-output | FileCheck %s

// CHECK: result #0: tensor<3xf32>
// CHECK-NEXT: {{\[}}1, 0.1572992{{[0-9]*}}, 1.8427007{{[0-9]*}}]
// CHECK: result #1: tensor<3xf32>
// CHECK-NEXT: {{\[}}0, 1, -1]
func.func @main() -> (tensor<3xf32>, tensor<3xf32>) {
  %x = stablehlo.constant dense<[0.0, 1.0, -1.0]> : tensor<3xf32>
  %0 = chlo.erfc %x : tensor<3xf32> -> tensor<3xf32>
  %1:2 = "stablehlo.optimization_barrier"(%0, %x) : (tensor<3xf32>, tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>)
  return %1#0, %1#1 : tensor<3xf32>, tensor<3xf32>
}
