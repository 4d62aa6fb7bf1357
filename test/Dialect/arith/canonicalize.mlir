// RUN: jit-opt %s --split-input-file --canonicalize | FileCheck %s

// Equal constants merge and move to the top of the function.
// CHECK-LABEL: func.func @dedup
// CHECK-NEXT: %[[C:.*]] = arith.constant 3 : i32
// CHECK-NEXT: %[[A:.*]] = arith.muli %arg0, %[[C]]
// CHECK-NEXT: %[[B:.*]] = arith.muli %arg1, %[[C]]
// CHECK-NEXT: return %[[A]], %[[B]]
func.func @dedup(%x: i32, %y: i32) -> (i32, i32) {
  %c3 = arith.constant 3 : i32
  %0 = arith.muli %x, %c3 : i32
  %c3b = arith.constant 3 : i32
  %1 = arith.muli %y, %c3b : i32
  return %0, %1 : i32, i32
}

// -----

// Division folds, including by one.
// CHECK-LABEL: func.func @div
// CHECK-DAG: %[[H:.*]] = arith.constant 5.000000e-01 : f32
// CHECK: return %[[H]], %arg0
func.func @div(%x: f32) -> (f32, f32) {
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %0 = arith.divf %one, %two : f32
  %1 = arith.divf %x, %one : f32
  return %0, %1 : f32, f32
}
