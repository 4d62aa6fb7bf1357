// RUN: jit-run %s --print-output | FileCheck %s
// RUN: jit-run --tier=1 --no-cache %s --print-output | FileCheck %s
// RUN: jit-run --tier=2 --no-cache %s --print-output | FileCheck %s
// RUN: jit-run --tier=3 --no-cache %s --print-output | FileCheck %s

// Regression: a dot_general of two rank-0 operands (JAX's lax.dot_general on scalars) panicked
// the loop lowering at tiers 1-3: the product has no loop, so no induction variable.
// CHECK: result #0: tensor<f32>
// CHECK-NEXT: -7.5
// CHECK: result #1: tensor<3xi32>
// CHECK-NEXT: {{\[}}-4, 6, 10{{\]}}
func.func @main() -> (tensor<f32>, tensor<3xi32>) {
  %a = stablehlo.constant dense<2.5> : tensor<f32>
  %b = stablehlo.constant dense<-3.0> : tensor<f32>
  %0 = stablehlo.dot_general %a, %b, contracting_dims = [] x [] : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %s = stablehlo.constant dense<2> : tensor<i32>
  %v = stablehlo.constant dense<[-2, 3, 5]> : tensor<3xi32>
  %1 = stablehlo.dot_general %s, %v, contracting_dims = [] x [] : (tensor<i32>, tensor<3xi32>) -> tensor<3xi32>
  return %0, %1 : tensor<f32>, tensor<3xi32>
}
