// RUN lines as upstream writes them: single-dash pass flags and options, --mlir-* printing
// flags, and --show-dialects.
// RUN: jit-opt %s -split-input-file -canonicalize -cse -mlir-print-local-scope -mlir-elide-elementsattrs-if-larger=2 | FileCheck %s
// RUN: jit-opt %s -split-input-file -pass-pipeline='builtin.module(canonicalize)' -mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: jit-opt -show-dialects | FileCheck %s --check-prefix=DIALECTS

// DIALECTS: Available Dialects: {{.*}}arith,builtin,{{.*}}func,{{.*}}tensor

// Large non-splat constants are elided as upstream prints them; splats are kept.
// CHECK-LABEL: func.func @elide
// CHECK:       %[[A:.*]] = arith.constant dense_resource<__elided__> : tensor<4xf32>
// CHECK:       %[[B:.*]] = arith.constant dense<1.000000e+00> : tensor<4xf32>
// CHECK:       return %[[A]], %[[B]] : tensor<4xf32>, tensor<4xf32>
// GENERIC:     "func.func"()
// GENERIC:     "arith.constant"() <{value = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>}> : () -> tensor<4xf32>
func.func @elide() -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %1 = arith.constant dense<1.0> : tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// -canonicalize folds as --canonicalize does.
// CHECK-LABEL: func.func @fold
// CHECK-SAME:  (%[[X:.*]]: i32) -> i32
// CHECK-NEXT:  return %[[X]] : i32
func.func @fold(%x: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %0 = arith.addi %x, %c0 : i32
  return %0 : i32
}
