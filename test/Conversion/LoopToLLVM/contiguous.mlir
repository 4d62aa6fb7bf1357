// RUN: jit-opt %s --split-input-file --convert-loop-to-llvm=contiguous-entry-arguments=true | FileCheck %s

// An entry function (public, called by nothing in the module) gets row-major contiguous
// buffers from the runtime: static extents are constants, the symbolic one is read from the
// descriptor, and the strides are products of the extents (no stride is loaded).
// CHECK-LABEL: func.func @entry
// CHECK-COUNT-2: llvm.load %{{.*}} {alignment = 8 : i64}
// CHECK-NOT: {alignment = 8 : i64}
// CHECK: llvm.mlir.constant(4 : i64) : i64
// CHECK: llvm.load %{{.*}} {alignment = 4 : i64} : !llvm.ptr -> f32
func.func @entry(%b: memref<Nx4xf32>, %i: index) -> f32 {
  %c0 = arith.constant 0 : index
  %v = loop.load %b[%i, %c0] : memref<Nx4xf32>
  return %v : f32
}

// -----

// A function another function calls may receive a view: its strides are read.
// CHECK-LABEL: func.func @callee
// CHECK-COUNT-5: llvm.load %{{.*}} {alignment = 8 : i64}
func.func @callee(%b: memref<Nx4xf32>, %i: index) -> f32 {
  %c0 = arith.constant 0 : index
  %v = loop.load %b[%i, %c0] : memref<Nx4xf32>
  return %v : f32
}
func.func @caller(%b: memref<Nx4xf32>, %i: index) -> f32 {
  %v = call @callee(%b, %i) : (memref<Nx4xf32>, index) -> f32
  return %v : f32
}
