// RUN: jit-opt %s --canonicalize | FileCheck %s

// Unused lane ops go; stores stay.
// CHECK-LABEL: func.func @f
// CHECK-NOT: kvector.broadcast
// CHECK-NOT: kvector.extract
// CHECK: kvector.store
func.func @f(%b: memref<?xf32>, %i: index, %s: f32, %v: vector<8xf32>) {
  %0 = kvector.broadcast %s : (f32) -> vector<8xf32>
  %1 = kvector.extract %v {position = 1} : (vector<8xf32>) -> f32
  kvector.store %v, %b, %i : (vector<8xf32>, memref<?xf32>, index) -> ()
  return
}
