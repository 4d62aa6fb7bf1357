// RUN: jit-opt %s | FileCheck %s
// RUN: jit-opt %s | jit-opt | FileCheck %s
// RUN: jit-opt --print-op-generic %s | jit-opt | FileCheck %s

// Buffers with symbolic shapes, loads/stores, loops with carried values, parallel loops, if.
// CHECK-LABEL: func.func @k
// CHECK: %[[B:.*]] = loop.alloc %arg0 : (index) -> memref<Nx4xf32>
// CHECK: %[[D:.*]] = loop.dim %[[B]] {index = 0 : i64} : (memref<Nx4xf32>) -> index
// CHECK: loop.for %[[I:.*]] = %{{.*}} to %[[D]] step %{{.*}} iter_args(%[[ACC:.*]] = %arg1) -> (f32) {
// CHECK: loop.load %[[B]][%[[I]], %{{.*}}] : memref<Nx4xf32>
// CHECK: loop.store %{{.*}}, %[[B]][%[[I]], %{{.*}}] : memref<Nx4xf32>
// CHECK: loop.yield %{{.*}} : f32
// CHECK: loop.parallel (%{{.*}}, %{{.*}}) = (%{{.*}}, %{{.*}}) to (%[[D]], %{{.*}}) step (%{{.*}}, %{{.*}}) {
// CHECK: loop.view %[[B]] : (memref<Nx4xf32>) -> memref<(4*N)xf32>
// CHECK: loop.subview %[[B]], %{{.*}}, %{{.*}} : (memref<Nx4xf32>, index, index) -> memref<2x2xf32>
// CHECK: loop.if %{{.*}} -> (f32) {
// CHECK: } else {
// CHECK: loop.dealloc %[[B]]
func.func @k(%n: index, %x: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %b = loop.alloc %n : (index) -> memref<Nx4xf32>
  %d = loop.dim %b {index = 0} : (memref<Nx4xf32>) -> index
  %s = loop.for %i = %c0 to %d step %c1 iter_args(%acc = %x) -> (f32) {
    %v = loop.load %b[%i, %c0] : memref<Nx4xf32>
    %a = arith.addf %acc, %v : f32
    loop.store %a, %b[%i, %c1] : memref<Nx4xf32>
    loop.yield %a : f32
  }
  loop.parallel (%i, %j) = (%c0, %c0) to (%d, %c8) step (%c1, %c1) {
    loop.yield
  }
  %flat = loop.view %b : (memref<Nx4xf32>) -> memref<(4*N)xf32>
  %sub = loop.subview %b, %c0, %c1 : (memref<Nx4xf32>, index, index) -> memref<2x2xf32>
  %r = loop.load %sub[%c0, %c0] : memref<2x2xf32>
  %e = loop.load %flat[%c0] : memref<(4*N)xf32>
  %true = arith.constant true
  %z = loop.if %true -> (f32) {
    loop.yield %r : f32
  } else {
    loop.yield %e : f32
  }
  loop.dealloc %b : (memref<Nx4xf32>) -> ()
  return %z : f32
}

// A while loop keeps its state in buffers: the cond region ends with loop.condition.
// CHECK-LABEL: func.func @countdown
// CHECK: loop.while {
// CHECK: loop.condition %{{.*}} : i1
// CHECK: } do {
// CHECK: loop.yield
func.func @countdown(%b: memref<i32>) {
  %one = arith.constant 1 : i32
  %zero = arith.constant 0 : i32
  loop.while {
    %v = loop.load %b[] : memref<i32>
    %go = arith.cmpi sgt, %v, %zero : i32
    loop.condition %go : i1
  } do {
    %v = loop.load %b[] : memref<i32>
    %w = arith.subi %v, %one : i32
    loop.store %w, %b[] : memref<i32>
    loop.yield
  }
  return
}

// An export hands a buffer's storage to a result buffer.
// CHECK-LABEL: func.func @exports
// CHECK: loop.export %{{.*}}, %arg1 : (memref<?xf32>, memref<?xf32>) -> ()
func.func @exports(%n: index, %out: memref<?xf32>) {
  %b = loop.alloc %n : (index) -> memref<?xf32>
  loop.export %b, %out : (memref<?xf32>, memref<?xf32>) -> ()
  return
}
