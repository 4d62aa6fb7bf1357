// RUN: jit-run %s --print-output | FileCheck %s
// RUN: jit-run --tier=1 --no-cache %s --print-output | FileCheck %s
// RUN: jit-run --tier=2 --no-cache %s --print-output | FileCheck %s

// Regression: unsigned start indices were read as signed, so 4294967295 (ui32) clamped to 0
// instead of to the last valid start. They are zero-extended now; slices clamp as StableHLO
// says (start in [0, 8 - 2]).
// CHECK: result #0: tensor<2xf32>
// CHECK-NEXT: {{\[}}6, 7{{\]}}
// CHECK: result #1: tensor<8xf32>
// CHECK-NEXT: {{\[}}0, 1, 2, 3, 4, 5, -1, -1{{\]}}
func.func @main() -> (tensor<2xf32>, tensor<8xf32>) {
  %x = stablehlo.constant dense<[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]> : tensor<8xf32>
  %m = stablehlo.constant dense<-1> : tensor<i32>
  %i = stablehlo.convert %m : (tensor<i32>) -> tensor<ui32>
  %0 = stablehlo.dynamic_slice %x, %i, sizes = [2] : (tensor<8xf32>, tensor<ui32>) -> tensor<2xf32>
  %u = stablehlo.constant dense<-1.0> : tensor<2xf32>
  %1 = stablehlo.dynamic_update_slice %x, %u, %i : (tensor<8xf32>, tensor<2xf32>, tensor<ui32>) -> tensor<8xf32>
  return %0, %1 : tensor<2xf32>, tensor<8xf32>
}

