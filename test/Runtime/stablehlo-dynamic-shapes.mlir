// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<8f', 1, 2, 3, 4, 5, 6, 7, 8))" > %t.bin
// RUN: jit-run %s --input=%t.bin:2x4:f32 --print-output | FileCheck %s
// RUN: jit-run %s --entry=iota --input=%t.bin:2x4:f32 --print-output | FileCheck %s --check-prefix=IOTA
// RUN: not jit-run %s --entry=bad --input=%t.bin:2x4:f32 2>&1 | FileCheck %s --check-prefix=BAD
// Tier 1 computes the same, and checks the element count of a run-time reshape.
// RUN: jit-run --tier=1 %s --input=%t.bin:2x4:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --input=%t.bin:2x4:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=1 %s --entry=iota --input=%t.bin:2x4:f32 --print-output | FileCheck %s --check-prefix=IOTA
// RUN: jit-run --tier=2 %s --entry=iota --input=%t.bin:2x4:f32 --print-output | FileCheck %s --check-prefix=IOTA
// RUN: not jit-run --tier=1 %s --entry=bad --input=%t.bin:2x4:f32 2>&1 | FileCheck %s --check-prefix=BAD1
// RUN: not jit-run --tier=2 %s --entry=bad --input=%t.bin:2x4:f32 2>&1 | FileCheck %s --check-prefix=BAD1
// BAD1: stablehlo-dynamic-shapes.mlir:{{[0-9]+}}:3: error: cannot reshape 8 elements into 6 elements

// dynamic_reshape takes its result shape from a tensor computed at run time (2b x 2).
// CHECK: result #0: tensor<4x2xf32>
// CHECK-NEXT: {{\[\[}}1, 2{{\], \[}}3, 4{{\], \[}}5, 6{{\], \[}}7, 8{{\]\]}}
func.func @main(%x: tensor<?x4xf32>) -> tensor<?x2xf32> {
  %d = stablehlo.get_dimension_size %x, dim = 0 : (tensor<?x4xf32>) -> tensor<i32>
  %two = stablehlo.constant dense<2> : tensor<i32>
  %n = stablehlo.multiply %d, %two : tensor<i32>
  %n1 = stablehlo.reshape %n : (tensor<i32>) -> tensor<1xi32>
  %t1 = stablehlo.reshape %two : (tensor<i32>) -> tensor<1xi32>
  %s = stablehlo.concatenate %n1, %t1, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
  %0 = stablehlo.dynamic_reshape %x, %s : (tensor<?x4xf32>, tensor<2xi32>) -> tensor<?x2xf32>
  return %0 : tensor<?x2xf32>
}

// A shape whose element count differs is a located run-time error.
// BAD: stablehlo-dynamic-shapes.mlir:[[@LINE+3]]:3: error: cannot reshape 8 elements into [3, 2]
func.func @bad(%x: tensor<?x4xf32>) -> tensor<?x2xf32> {
  %s = stablehlo.constant dense<[3, 2]> : tensor<2xi32>
  %0 = stablehlo.dynamic_reshape %x, %s : (tensor<?x4xf32>, tensor<2xi32>) -> tensor<?x2xf32>
  return %0 : tensor<?x2xf32>
}

// dynamic_iota counts along dimension 1 of a shape read from the argument (b x 3).
// IOTA: result #0: tensor<2x3xi32>
// IOTA-NEXT: {{\[\[}}0, 1, 2{{\], \[}}0, 1, 2{{\]\]}}
func.func @iota(%x: tensor<?x4xf32>) -> tensor<?x3xi32> {
  %d = stablehlo.get_dimension_size %x, dim = 0 : (tensor<?x4xf32>) -> tensor<i32>
  %d1 = stablehlo.reshape %d : (tensor<i32>) -> tensor<1xi32>
  %c3 = stablehlo.constant dense<3> : tensor<1xi32>
  %s = stablehlo.concatenate %d1, %c3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
  %0 = "stablehlo.dynamic_iota"(%s) <{iota_dimension = 1 : i64}> : (tensor<2xi32>) -> tensor<?x3xi32>
  return %0 : tensor<?x3xi32>
}
