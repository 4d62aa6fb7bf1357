// RUN: jit-opt %s --split-input-file --canonicalize | FileCheck %s

// Constant arithmetic folds, with wrap-around at the type's width.
// CHECK-LABEL: func.func @fold_ints
// CHECK-DAG: %[[A:.*]] = arith.constant 5 : i32
// CHECK-DAG: %[[B:.*]] = arith.constant -128 : i8
// CHECK: return %[[A]], %[[B]]
func.func @fold_ints() -> (i32, i8) {
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %0 = arith.addi %c2, %c3 : i32
  %c127 = arith.constant 127 : i8
  %c1 = arith.constant 1 : i8
  %1 = arith.addi %c127, %c1 : i8
  return %0, %1 : i32, i8
}

// -----

// Identities: x+0, x*1, x-0, x-x, x*0.
// CHECK-LABEL: func.func @identities
// CHECK-SAME: (%[[X:.*]]: i32)
// CHECK: %[[Z:.*]] = arith.constant 0 : i32
// CHECK: return %[[X]], %[[X]], %[[X]], %[[Z]], %[[Z]]
func.func @identities(%x: i32) -> (i32, i32, i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %0 = arith.addi %x, %c0 : i32
  %1 = arith.muli %c1, %x : i32
  %2 = arith.subi %x, %c0 : i32
  %3 = arith.subi %x, %x : i32
  %4 = arith.muli %x, %c0 : i32
  return %0, %1, %2, %3, %4 : i32, i32, i32, i32, i32
}

// -----

// Float folding respects signed zeros: x + -0.0 folds, x + 0.0 does not.
// CHECK-LABEL: func.func @floats
// CHECK-SAME: (%[[X:.*]]: f32)
// CHECK-DAG: %[[SIX:.*]] = arith.constant 6.000000e+00 : f32
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[K:.*]] = arith.addf %[[X]], %[[ZERO]] : f32
// CHECK: return %[[SIX]], %[[X]], %[[K]], %[[X]]
func.func @floats(%x: f32) -> (f32, f32, f32, f32) {
  %a = arith.constant 2.0 : f32
  %b = arith.constant 3.0 : f32
  %nz = arith.constant -0.0 : f32
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %0 = arith.mulf %a, %b : f32
  %1 = arith.addf %x, %nz : f32
  %2 = arith.addf %x, %z : f32
  %3 = arith.mulf %x, %one : f32
  return %0, %1, %2, %3 : f32, f32, f32, f32
}

// -----

// Constants move to the right of commutative ops; unused pure ops disappear.
// CHECK-LABEL: func.func @commute
// CHECK-SAME: (%[[X:.*]]: i32)
// CHECK: %[[C:.*]] = arith.constant 7 : i32
// CHECK: %[[R:.*]] = arith.muli %[[X]], %[[C]] : i32
// CHECK-NOT: arith.addi
// CHECK: return %[[R]]
func.func @commute(%x: i32) -> i32 {
  %c7 = arith.constant 7 : i32
  %0 = arith.muli %c7, %x : i32
  %dead = arith.addi %x, %x : i32
  return %0 : i32
}

// -----

// Chains fold through to a single constant.
// CHECK-LABEL: func.func @chain
// CHECK-NEXT: %[[C:.*]] = arith.constant 24 : i64
// CHECK-NEXT: return %[[C]]
func.func @chain() -> i64 {
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %c3 = arith.constant 3 : i64
  %c4 = arith.constant 4 : i64
  %0 = arith.muli %c1, %c2 : i64
  %1 = arith.muli %0, %c3 : i64
  %2 = arith.muli %1, %c4 : i64
  return %2 : i64
}
