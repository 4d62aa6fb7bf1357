// RUN: jit-run %s --print-output | FileCheck %s
// RUN: jit-run --tier=1 --no-cache %s --print-output | FileCheck %s
// RUN: jit-run --tier=2 --no-cache %s --print-output | FileCheck %s

// Regression: integer negation had no loop lowering at tiers 1-3 ("'ktensor.neg' has no loop
// lowering yet"): its composite scalar form was unreachable. Negation wraps (-MIN is MIN).
// CHECK: result #0: tensor<3xi32>
// CHECK-NEXT: {{\[}}-5, 7, -2147483648{{\]}}
// CHECK: result #1: tensor<3xi64>
// CHECK-NEXT: {{\[}}-1, 0, 9{{\]}}
func.func @main() -> (tensor<3xi32>, tensor<3xi64>) {
  %a = ktensor.constant dense<[5, -7, -2147483648]> : tensor<3xi32>
  %0 = ktensor.neg %a : tensor<3xi32>
  %b = stablehlo.constant dense<[1, 0, -9]> : tensor<3xi64>
  %1 = stablehlo.negate %b : tensor<3xi64>
  return %0, %1 : tensor<3xi32>, tensor<3xi64>
}
