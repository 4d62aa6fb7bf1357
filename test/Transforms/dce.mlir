// RUN: jit-opt %s --split-input-file --allow-unregistered-dialect --dce | FileCheck %s

// Unused pure ops are erased, transitively; ops with unknown effects stay.
// CHECK-LABEL: func.func @chains
// CHECK-NEXT: "test.effect"
// CHECK-NEXT: return
func.func @chains(%x: i32) {
  %0 = arith.addi %x, %x : i32
  %1 = arith.muli %0, %0 : i32
  %2 = arith.subi %1, %x : i32
  "test.effect"() : () -> ()
  return
}

// -----

// Blocks unreachable from the entry are erased.
// CHECK-LABEL: func.func @unreachable
// CHECK: "test.br"()[^bb1]
// CHECK: ^bb1:
// CHECK-NEXT: return
// CHECK-NOT: ^bb2
func.func @unreachable() {
  "test.br"()[^bb1] : () -> ()
^bb1:
  return
^bb2:
  "test.effect"() : () -> ()
  "test.br"()[^bb1] : () -> ()
}
