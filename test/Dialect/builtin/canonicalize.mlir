// RUN: jit-opt %s --canonicalize | FileCheck %s

// Unused casts are dead (the cast is pure).
// CHECK-LABEL: func.func @f
// CHECK-NEXT: return
func.func @f(%a: i32) {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  return
}
