// RUN: jit-run %s --print-output | FileCheck %s
// RUN: jit-run %s --entry=atan2 --print-output | FileCheck %s --check-prefix=ATAN2
// Tier 1 computes the same.
// RUN: jit-run %s --tier=1 --print-output | FileCheck %s
// RUN: jit-run %s --tier=2 --print-output | FileCheck %s
// RUN: jit-run %s --tier=1 --entry=atan2 --print-output | FileCheck %s --check-prefix=ATAN2
// RUN: jit-run %s --tier=2 --entry=atan2 --print-output | FileCheck %s --check-prefix=ATAN2

// Imported rounding, sign and transcendental ops compute what StableHLO specifies: floor, ceil,
// round half away from zero and half to even, sign on floats and integers, and
// tan(log1p(expm1(sin(cbrt y)^2 + cos(cbrt y)^2))) = tan(1).
// CHECK: result #0: tensor<6xf32>
// CHECK-NEXT: {{\[}}-3, -1, 0, 1, 2, 0{{\]}}
// CHECK: result #1: tensor<6xf32>
// CHECK-NEXT: {{\[}}-2, -0, 1, 2, 3, 0{{\]}}
// CHECK: result #2: tensor<6xf32>
// CHECK-NEXT: {{\[}}-3, -1, 1, 2, 3, 0{{\]}}
// CHECK: result #3: tensor<6xf32>
// CHECK-NEXT: {{\[}}-2, -0, 0, 2, 2, 0{{\]}}
// CHECK: result #4: tensor<6xf32>
// CHECK-NEXT: {{\[}}-1, -1, 1, 1, 1, 0{{\]}}
// CHECK: result #5: tensor<3xi32>
// CHECK-NEXT: {{\[}}-1, 0, 1{{\]}}
// CHECK: result #6: tensor<4xf32>
// CHECK-NEXT: {{\[}}1.557407{{[0-9]*}}, 1.557407{{[0-9]*}}, 1.557407{{[0-9]*}}, 1.557407{{[0-9]*}}{{\]}}
func.func @main() -> (tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<3xi32>, tensor<4xf32>) {
  %x = stablehlo.constant dense<[-2.5, -0.5, 0.5, 1.5, 2.5, 0.0]> : tensor<6xf32>
  %0 = stablehlo.floor %x : tensor<6xf32>
  %1 = stablehlo.ceil %x : tensor<6xf32>
  %2 = stablehlo.round_nearest_afz %x : tensor<6xf32>
  %3 = stablehlo.round_nearest_even %x : tensor<6xf32>
  %4 = stablehlo.sign %x : tensor<6xf32>
  %i = stablehlo.constant dense<[-7, 0, 3]> : tensor<3xi32>
  %5 = stablehlo.sign %i : tensor<3xi32>
  %y = stablehlo.constant dense<[0.0, 1.0, 8.0, -1.0]> : tensor<4xf32>
  %c = stablehlo.cbrt %y : tensor<4xf32>
  %s = stablehlo.sine %c : tensor<4xf32>
  %k = stablehlo.cosine %c : tensor<4xf32>
  %s2 = stablehlo.multiply %s, %s : tensor<4xf32>
  %k2 = stablehlo.multiply %k, %k : tensor<4xf32>
  %one = stablehlo.add %s2, %k2 : tensor<4xf32>
  %e = stablehlo.exponential_minus_one %one : tensor<4xf32>
  %l = stablehlo.log_plus_one %e : tensor<4xf32>
  %t = stablehlo.tan %l : tensor<4xf32>
  return %0, %1, %2, %3, %4, %5, %t : tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<3xi32>, tensor<4xf32>
}

// atan2(y, x) takes the quadrant from both signs.
// ATAN2: result #0: tensor<4xf32>
// ATAN2-NEXT: {{\[}}0.785398{{[0-9]*}}, 2.356194{{[0-9]*}}, -2.356194{{[0-9]*}}, 3.141592{{[0-9]*}}{{\]}}
func.func @atan2() -> tensor<4xf32> {
  %y = stablehlo.constant dense<[1.0, 1.0, -1.0, 0.0]> : tensor<4xf32>
  %x = stablehlo.constant dense<[1.0, -1.0, -1.0, -1.0]> : tensor<4xf32>
  %0 = stablehlo.atan2 %y, %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}
