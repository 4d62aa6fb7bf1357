// RUN: jit-opt %s --split-input-file --inline | FileCheck %s
// RUN: jit-opt %s --split-input-file --inline --canonicalize | FileCheck %s --check-prefix=CANON

// A call to a private single-block function is inlined and the callee is erased.
// CHECK-LABEL: func.func @caller
// CHECK-SAME: (%[[A:.*]]: i32)
// CHECK-NEXT: %[[M:.*]] = arith.muli %[[A]], %[[A]]
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[M]], %[[A]]
// CHECK-NEXT: return %[[S]]
// CHECK-NOT: @square_plus
func.func @caller(%a: i32) -> i32 {
  %0 = call @square_plus(%a) : (i32) -> i32
  return %0 : i32
}
func.func private @square_plus(%x: i32) -> i32 {
  %0 = arith.muli %x, %x : i32
  %1 = arith.addi %0, %x : i32
  return %1 : i32
}

// -----

// Public callees are inlined but kept; nested calls inline through several levels.
// CHECK-LABEL: func.func @top
// CHECK-NOT: call
// CHECK: return
// CHECK-LABEL: func.func public @mid
// CHECK-NOT: @leaf
// CANON-LABEL: func.func @top
// CANON-NEXT: %[[C:.*]] = arith.constant 12 : i32
// CANON-NEXT: return %[[C]]
func.func @top() -> i32 {
  %c = arith.constant 3 : i32
  %0 = call @mid(%c) : (i32) -> i32
  return %0 : i32
}
func.func public @mid(%x: i32) -> i32 {
  %0 = call @leaf(%x) : (i32) -> i32
  %1 = arith.addi %0, %0 : i32
  return %1 : i32
}
func.func private @leaf(%x: i32) -> i32 {
  %0 = arith.addi %x, %x : i32
  return %0 : i32
}

// -----

// Recursion stops at the iteration limit instead of looping.
// CHECK-LABEL: func.func @rec
// CHECK: call @rec
func.func @rec(%x: i32) -> i32 {
  %0 = call @rec(%x) : (i32) -> i32
  return %0 : i32
}

// -----

// Declarations (no body) are not inlined.
// CHECK-LABEL: func.func @external_caller
// CHECK: call @external
func.func private @external(i32) -> i32
func.func @external_caller(%a: i32) -> i32 {
  %0 = call @external(%a) : (i32) -> i32
  return %0 : i32
}
