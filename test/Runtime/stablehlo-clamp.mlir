// RUN: jit-run %s --print-output | FileCheck %s
// Tier 1 (native code) computes the same.
// RUN: jit-run --tier=1 %s --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --print-output | FileCheck %s

// clamp with scalar float bounds (NaN passes through) and with per-element integer bounds.
// CHECK: result #0: tensor<4xf32>
// CHECK-NEXT: {{\[}}-1, 0.5, 1, NaN{{\]}}
// CHECK: result #1: tensor<4xi32>
// CHECK-NEXT: {{\[}}0, 1, 3, 7{{\]}}
func.func @main() -> (tensor<4xf32>, tensor<4xi32>) {
  %x = stablehlo.constant dense<[-2.0, 0.5, 3.0, 0x7FC00000]> : tensor<4xf32>
  %lo = stablehlo.constant dense<-1.0> : tensor<f32>
  %hi = stablehlo.constant dense<1.0> : tensor<f32>
  %0 = "stablehlo.clamp"(%lo, %x, %hi) : (tensor<f32>, tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %i = stablehlo.constant dense<[-5, 0, 5, 9]> : tensor<4xi32>
  %l = stablehlo.constant dense<[0, 1, 0, 0]> : tensor<4xi32>
  %h = stablehlo.constant dense<[3, 3, 3, 7]> : tensor<4xi32>
  %1 = "stablehlo.clamp"(%l, %i, %h) : (tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %0, %1 : tensor<4xf32>, tensor<4xi32>
}
