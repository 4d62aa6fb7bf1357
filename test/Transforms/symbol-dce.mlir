// RUN: jit-opt %s --split-input-file --symbol-dce | FileCheck %s

// Private symbols reachable only from dead symbols are erased; public ones and what they use stay.
// CHECK-LABEL: func.func @public_root
// CHECK: func.func private @used
// CHECK-NOT: @dead
// CHECK-NOT: @only_from_dead
func.func @public_root() {
  call @used() : () -> ()
  return
}
func.func private @used() {
  return
}
func.func private @dead() {
  call @only_from_dead() : () -> ()
  return
}
func.func private @only_from_dead() {
  return
}

// -----

// A private function that only calls itself is dead.
// CHECK-NOT: @self_rec
func.func private @self_rec() {
  call @self_rec() : () -> ()
  return
}

// -----

// Nested symbol tables are processed too.
// CHECK: module @inner
// CHECK-NEXT: func.func @keep
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-NEXT: }
module @inner {
  func.func @keep() {
    return
  }
  func.func private @drop() {
    return
  }
}
