// RUN: jit-run %s --print-output | FileCheck %s
// RUN: jit-run --tier=1 --no-cache %s --print-output | FileCheck %s
// RUN: jit-run --tier=2 --no-cache %s --print-output | FileCheck %s

// Regression: i64 constants past 2^53 were rounded by the loop lowering (through an f64) and
// by jit-run's printing; unsigned results printed as signed. Splat and element-wise constants,
// both ends of the range, and a ui32/ui64 result.
// CHECK: result #0: tensor<3xi64>
// CHECK-NEXT: {{\[}}9007199254740993, -9223372036854775807, 9223372036854775807{{\]}}
// CHECK: result #1: tensor<2xi64>
// CHECK-NEXT: {{\[}}-9223372036854775808, -9223372036854775808{{\]}}
// CHECK: result #2: tensor<3xui32>
// CHECK-NEXT: {{\[}}4294967295, 7, 2147483648{{\]}}
// CHECK: result #3: tensor<ui64>
// CHECK-NEXT: 18446744073709551615
func.func @main() -> (tensor<3xi64>, tensor<2xi64>, tensor<3xui32>, tensor<ui64>) {
  %a = stablehlo.constant dense<[9007199254740993, -9223372036854775807, 9223372036854775807]> : tensor<3xi64>
  %b = stablehlo.constant dense<-9223372036854775808> : tensor<2xi64>
  %c = stablehlo.constant dense<[-1, 7, -2147483648]> : tensor<3xi32>
  %0 = stablehlo.convert %c : (tensor<3xi32>) -> tensor<3xui32>
  %d = stablehlo.constant dense<-1> : tensor<i64>
  %1 = stablehlo.convert %d : (tensor<i64>) -> tensor<ui64>
  return %a, %b, %0, %1 : tensor<3xi64>, tensor<2xi64>, tensor<3xui32>, tensor<ui64>
}
