// RUN: jit-opt %s --canonicalize | FileCheck %s

// Calls are kept (they may have effects) while their pure operands fold.
// CHECK-LABEL: func.func @f
// CHECK-NEXT: %[[C:.*]] = arith.constant 5 : i32
// CHECK-NEXT: %[[R:.*]] = call @g(%[[C]]) : (i32) -> i32
// CHECK-NEXT: call @g(%[[C]]) : (i32) -> i32
// CHECK-NEXT: return %[[R]]
func.func @f() -> i32 {
  %a = arith.constant 2 : i32
  %b = arith.constant 3 : i32
  %s = arith.addi %a, %b : i32
  %0 = call @g(%s) : (i32) -> i32
  %1 = call @g(%s) : (i32) -> i32
  return %0 : i32
}
func.func private @g(i32) -> i32
