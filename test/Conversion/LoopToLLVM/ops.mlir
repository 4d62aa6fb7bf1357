// RUN: jit-opt %s --split-input-file --convert-loop-to-llvm | FileCheck %s

// A memref argument is a pointer to its descriptor (data, sizes, strides), read once at entry;
// a for loop becomes a header block testing the induction variable, a body and an exit; loads
// index the data with the strides.
// CHECK-LABEL: func.func @sum
// CHECK: %[[D:.*]] = builtin.unrealized_conversion_cast %arg0 : memref<Nxf32> to !llvm.ptr
// CHECK: %[[DATA:.*]] = llvm.load %{{.*}} {alignment = 8 : i64} : !llvm.ptr -> !llvm.ptr
// CHECK: %[[SIZE:.*]] = llvm.load %{{.*}} {alignment = 8 : i64} : !llvm.ptr -> i64
// CHECK: %[[STRIDE:.*]] = llvm.load %{{.*}} {alignment = 8 : i64} : !llvm.ptr -> i64
// CHECK: llvm.br ^bb1(%{{.*}}, %arg1 : i64, f32)
// CHECK: ^bb1(%[[I:.*]]: i64, %[[ACC:.*]]: f32):
// CHECK: %[[C:.*]] = llvm.icmp "slt" %[[I]], %{{.*}} : i64
// CHECK: llvm.cond_br %[[C]], ^bb2(%[[I]], %[[ACC]] : i64, f32), ^bb3(%[[ACC]] : f32)
// CHECK: ^bb2(%[[IV:.*]]: i64, %{{.*}}: f32):
// CHECK: %[[OFF:.*]] = llvm.mul %{{.*}}, %[[STRIDE]] : i64
// CHECK: %[[P:.*]] = llvm.getelementptr %[[DATA]][%[[OFF]]]
// CHECK: llvm.load %[[P]] {alignment = 4 : i64} : !llvm.ptr -> f32
// CHECK: llvm.add %[[IV]], %{{.*}} : i64
// CHECK: llvm.br ^bb1(
// CHECK: ^bb3(%[[R:.*]]: f32):
// CHECK: return %[[R]] : f32
func.func @sum(%a: memref<Nxf32>, %init: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = loop.dim %a {index = 0} : (memref<Nxf32>) -> index
  %s = loop.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (f32) {
    %v = loop.load %a[%i] : memref<Nxf32>
    %t = arith.addf %acc, %v : f32
    loop.yield %t : f32
  }
  return %s : f32
}

// -----

// An allocation fills a descriptor on the stack with its run-time extents, and the runtime pool
// sizes the buffer from it (checked arithmetic) and fills its data slot; dealloc frees the
// data; an if becomes a conditional branch to a join block.
// CHECK-LABEL: llvm.func @kiln_rt_alloc_shape(!llvm.ptr, i64, i64) -> !llvm.ptr
// CHECK-LABEL: llvm.func @kiln_rt_free(!llvm.ptr)
// CHECK-LABEL: func.func @alloc
// CHECK: %[[DESC:.*]] = llvm.alloca %{{.*}} x i64 {alignment = 8 : i64}
// CHECK: %[[DATA:.*]] = llvm.call @kiln_rt_alloc_shape(%[[DESC]], %{{.*}}, %{{.*}}) : (!llvm.ptr, i64, i64) -> !llvm.ptr
// CHECK: llvm.cond_br %arg1, ^bb1, ^bb2
// CHECK: ^bb1:
// CHECK: llvm.br ^bb3(%{{.*}} : f32)
// CHECK: ^bb2:
// CHECK: llvm.br ^bb3(%{{.*}} : f32)
// CHECK: ^bb3(%{{.*}}: f32):
// CHECK: llvm.call @kiln_rt_free(%[[DATA]])
func.func @alloc(%n: index, %p: i1) -> f32 {
  %c0 = arith.constant 0 : index
  %one = arith.constant 1.0 : f32
  %b = loop.alloc %n : (index) -> memref<Nx4xf32>
  loop.store %one, %b[%c0, %c0] : memref<Nx4xf32>
  %r = loop.if %p -> (f32) {
    %v = loop.load %b[%c0, %c0] : memref<Nx4xf32>
    loop.yield %v : f32
  } else {
    loop.yield %one : f32
  }
  loop.dealloc %b : (memref<Nx4xf32>) -> ()
  return %r : f32
}

// -----

// A parallel loop runs as nested sequential loops.
// CHECK-LABEL: func.func @parallel
// CHECK-COUNT-2: llvm.icmp "slt" %{{.*}} : i64
// CHECK-NOT: loop.
func.func @parallel(%a: memref<4x4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %z = arith.constant 0.0 : f32
  loop.parallel (%i, %j) = (%c0, %c0) to (%c4, %c4) step (%c1, %c1) {
    loop.store %z, %a[%i, %j] : memref<4x4xf32>
    loop.yield
  }
  return
}

// -----

// A while loop branches to its cond blocks, from them to the body or out, and back.
// CHECK-LABEL: func.func @countdown
// CHECK: llvm.br ^bb1
// CHECK: ^bb1:
// CHECK: %[[GO:.*]] = arith.cmpi sgt
// CHECK: llvm.cond_br %[[GO]], ^bb2, ^bb3
// CHECK: ^bb2:
// CHECK: llvm.store
// CHECK: llvm.br ^bb1
// CHECK: ^bb3:
// CHECK-NEXT: return
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

// -----

// An export frees what the destination held, then writes the source's data pointer, sizes and
// strides into the destination's descriptor; after a call marked with exports, the caller reads
// that descriptor again. Exporting into a parameter is what bufferized code does (the mark
// `kiln.bufferized`); hand-written code may not free a buffer it did not allocate.
// CHECK-LABEL: func.func @export
// CHECK: llvm.call @kiln_rt_free(
// CHECK: llvm.store %{{.*}}, %{{.*}} {alignment = 8 : i64} : !llvm.ptr, !llvm.ptr
// CHECK-COUNT-2: llvm.store %{{.*}}, %{{.*}} {alignment = 8 : i64} : i64, !llvm.ptr
func.func @export(%n: index, %out: memref<?xf32>) attributes {kiln.bufferized} {
  %b = loop.alloc %n : (index) -> memref<?xf32>
  loop.export %b, %out : (memref<?xf32>, memref<?xf32>) -> ()
  return
}
