// RUN: jit-opt %s --canonicalize | FileCheck %s

// Unused pure ops (views, dims) go; memory effects (alloc, store, dealloc) stay.
// CHECK-LABEL: func.func @f
// CHECK: loop.alloc
// CHECK-NOT: loop.view
// CHECK-NOT: loop.dim
// CHECK: loop.store
// CHECK: loop.dealloc
func.func @f(%n: index, %x: f32) {
  %c0 = arith.constant 0 : index
  %b = loop.alloc %n : (index) -> memref<Nx4xf32>
  %v = loop.view %b : (memref<Nx4xf32>) -> memref<(4*N)xf32>
  %d = loop.dim %b {index = 0} : (memref<Nx4xf32>) -> index
  loop.store %x, %b[%c0, %c0] : memref<Nx4xf32>
  loop.dealloc %b : (memref<Nx4xf32>) -> ()
  return
}
