// RUN: jit-run %s --print-output | FileCheck %s
// Tier 1 (native code) computes the same.
// RUN: jit-run --tier=1 %s --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --print-output | FileCheck %s

// Imported data-movement ops compute what StableHLO specifies: odd columns of an iota, reversed,
// padded with -1 rows; (iota xor 6) rem 6.
// CHECK: result #0: tensor<2x3xf32>
// CHECK-NEXT: {{\[\[5, 3, 1\], \[5, 3, 1\]\]}}
// CHECK: result #1: tensor<4x3xf32>
// CHECK-NEXT: {{\[\[-1, -1, -1\], \[5, 3, 1\], \[5, 3, 1\], \[-1, -1, -1\]\]}}
// CHECK: result #2: tensor<2x3xi32>
// CHECK-NEXT: {{\[\[0, 1, 4\], \[0, 1, 4\]\]}}
func.func @main() -> (tensor<2x3xf32>, tensor<4x3xf32>, tensor<2x3xi32>) {
  %0 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<2x6xi32>
  %1 = "stablehlo.convert"(%0) : (tensor<2x6xi32>) -> tensor<2x6xf32>
  %2 = "stablehlo.slice"(%1) <{start_indices = array<i64: 0, 1>, limit_indices = array<i64: 2, 6>, strides = array<i64: 1, 2>}> : (tensor<2x6xf32>) -> tensor<2x3xf32>
  %3 = "stablehlo.reverse"(%2) <{dimensions = array<i64: 1>}> : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %c = stablehlo.constant dense<-1.0> : tensor<f32>
  %4 = "stablehlo.pad"(%3, %c) <{edge_padding_low = array<i64: 1, 0>, edge_padding_high = array<i64: 1, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<2x3xf32>, tensor<f32>) -> tensor<4x3xf32>
  %5 = stablehlo.constant dense<6> : tensor<2x3xi32>
  %6 = "stablehlo.slice"(%0) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 2, 3>, strides = array<i64: 1, 1>}> : (tensor<2x6xi32>) -> tensor<2x3xi32>
  %7 = stablehlo.xor %6, %5 : tensor<2x3xi32>
  %8 = stablehlo.remainder %7, %5 : tensor<2x3xi32>
  return %3, %4, %8 : tensor<2x3xf32>, tensor<4x3xf32>, tensor<2x3xi32>
}
