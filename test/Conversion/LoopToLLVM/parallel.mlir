// RUN: jit-opt %s --split-input-file --convert-loop-to-llvm='contiguous-entry-arguments=true parallel=true' | FileCheck %s
// RUN: jit-opt %s --split-input-file --convert-loop-to-llvm=contiguous-entry-arguments=true | FileCheck %s --check-prefix=SEQ

// A loop marked kiln.parallel becomes a function of its own running iterations lo..hi, and
// the loop a call to the runtime with its captures in stack slots, in first-use order: the
// input (as its descriptor pointer), the scale and the output; the constant is cloned, not
// captured. The work per iteration is the inner loop's trip count plus one.
// CHECK-LABEL: func.func @scale
// CHECK: %[[SLOTS:.*]] = llvm.alloca %{{.*}} x i64 {alignment = 8 : i64} : (i64) -> !llvm.ptr
// CHECK: %[[X:.*]] = builtin.unrealized_conversion_cast %arg0 : memref<Nx64xf32> to !llvm.ptr
// CHECK: llvm.store %[[X]], %{{.*}} {alignment = 8 : i64} : !llvm.ptr, !llvm.ptr
// CHECK: llvm.store %arg2, %{{.*}} {alignment = 8 : i64} : f32, !llvm.ptr
// CHECK: %[[Y:.*]] = builtin.unrealized_conversion_cast %arg1 : memref<Nx64xf32> to !llvm.ptr
// CHECK: llvm.store %[[Y]], %{{.*}} {alignment = 8 : i64} : !llvm.ptr, !llvm.ptr
// CHECK: %[[FP:.*]] = llvm.mlir.addressof @scale__par0 : !llvm.ptr
// CHECK: llvm.call @kiln_rt_parallel_for(%[[FP]], %[[SLOTS]], %{{.*}}, %{{.*}}) : (!llvm.ptr, !llvm.ptr, i64, i64) -> ()
// CHECK-NOT: llvm.cond_br
// CHECK: return
// CHECK-LABEL: func.func private @scale__par0(%arg0: i64, %arg1: i64, %arg2: !llvm.ptr) attributes {kiln.bufferized}
// CHECK: builtin.unrealized_conversion_cast %{{.*}} : !llvm.ptr to memref<Nx64xf32> {kiln.capture, kiln.contiguous}
// CHECK: %[[S:.*]] = llvm.load %{{.*}} {alignment = 8 : i64} : !llvm.ptr -> f32
// CHECK: builtin.unrealized_conversion_cast %{{.*}} : !llvm.ptr to memref<Nx64xf32> {kiln.capture, kiln.contiguous}
// CHECK: llvm.cond_br
// CHECK: arith.mulf %{{.*}}, %[[S]] : f32
// The sequential lowering keeps the loop in place.
// SEQ-LABEL: func.func @scale
// SEQ-NOT: kiln_rt_parallel_for
// SEQ: arith.mulf
func.func @scale(%x: memref<Nx64xf32>, %y: memref<Nx64xf32>, %s: f32) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  %n = loop.dim %x {index = 0} : (memref<Nx64xf32>) -> index
  loop.for %i = %c0 to %n step %c1 {
    loop.for %j = %c0 to %c64 step %c1 {
      %v = loop.load %x[%i, %j] : memref<Nx64xf32>
      %w = arith.mulf %v, %s : f32
      loop.store %w, %y[%i, %j] : memref<Nx64xf32>
      loop.yield
    }
    loop.yield
  } {kiln.parallel}
  return
}

// -----

// A scratch row buffer only the loop uses is allocated per chunk inside the outlined function
// (and freed there); the caller keeps none.
// CHECK-LABEL: func.func @rows
// CHECK-NOT: kiln_rt_alloc_shape
// CHECK: llvm.call @kiln_rt_parallel_for
// CHECK-LABEL: func.func private @rows__par0
// CHECK: llvm.call @kiln_rt_alloc_shape
// CHECK: llvm.call @kiln_rt_free
func.func @rows(%x: memref<Nx64xf32>, %y: memref<Nx64xf32>) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  %n = loop.dim %x {index = 0} : (memref<Nx64xf32>) -> index
  %row = loop.alloc {kiln.scratch} : () -> memref<64xf32>
  loop.for %i = %c0 to %n step %c1 {
    loop.for %j = %c0 to %c64 step %c1 {
      %v = loop.load %x[%i, %j] : memref<Nx64xf32>
      loop.store %v, %row[%j] : memref<64xf32>
      loop.yield
    }
    loop.for %j = %c0 to %c64 step %c1 {
      %v = loop.load %row[%j] : memref<64xf32>
      loop.store %v, %y[%i, %j] : memref<Nx64xf32>
      loop.yield
    }
    loop.yield
  } {kiln.parallel}
  loop.dealloc %row : (memref<64xf32>) -> ()
  return
}

// -----

// A loop carrying values stays sequential even when marked.
// CHECK-LABEL: func.func @carried
// CHECK-NOT: llvm.call @kiln_rt_parallel_for
func.func @carried(%x: memref<64xf32>) -> f32 attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  %z = arith.constant 0.0 : f32
  %r = loop.for %i = %c0 to %c64 step %c1 iter_args(%acc = %z) -> (f32) {
    %v = loop.load %x[%i] : memref<64xf32>
    %a = arith.addf %acc, %v : f32
    loop.yield %a : f32
  } {kiln.parallel}
  return %r : f32
}

// -----

// The work of a widened inner loop counts elements, not vectors: each of its iterations
// covers the 16 lanes it loads from %x (two vectors of 8), so a row is 1 + 4·16.
// CHECK-LABEL: func.func @widened
// CHECK: %[[TRIPS:.*]] = builtin.unrealized_conversion_cast %{{.*}} : index to i64
// CHECK-NEXT: %[[LANES:.*]] = llvm.mlir.constant(16 : i64) : i64
// CHECK-NEXT: %[[ROW:.*]] = llvm.mul %[[TRIPS]], %[[LANES]] : i64
// CHECK-NEXT: %[[WORK:.*]] = llvm.add %{{.*}}, %[[ROW]] : i64
// CHECK: llvm.call @kiln_rt_parallel_for(%{{.*}}, %{{.*}}, %{{.*}}, %[[WORK]]) : (!llvm.ptr, !llvm.ptr, i64, i64) -> ()
func.func @widened(%x: memref<Nx64xf32>, %y: memref<Nx64xf32>) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %c16 = arith.constant 16 : index
  %n = loop.dim %x {index = 0} : (memref<Nx64xf32>) -> index
  loop.for %i = %c0 to %n step %c1 {
    loop.for %j = %c0 to %c4 step %c1 {
      %j0 = arith.muli %j, %c16 : index
      %j1 = arith.addi %j0, %c8 : index
      %a = kvector.load %x, %i, %j0 : (memref<Nx64xf32>, index, index) -> vector<8xf32>
      %b = kvector.load %x, %i, %j1 : (memref<Nx64xf32>, index, index) -> vector<8xf32>
      %s = arith.addf %a, %b : vector<8xf32>
      kvector.store %s, %y, %i, %j0 : (vector<8xf32>, memref<Nx64xf32>, index, index) -> ()
      loop.yield
    }
    loop.yield
  } {kiln.parallel}
  return
}
