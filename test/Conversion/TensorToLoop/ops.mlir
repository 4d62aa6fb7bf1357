// RUN: jit-opt %s --split-input-file --convert-tensor-to-loop | FileCheck %s

// Elementwise ops become one loop nest each; extents come from the arguments at run time; the
// returned value is computed straight into the caller's result buffer; temporaries are freed.
// CHECK-LABEL: func.func @elementwise(%arg0: memref<Nx4xf32>, %arg1: memref<Nx4xf32>, %arg2: memref<Nx4xf32>)
// CHECK: %[[N:.*]] = loop.dim %arg0 {index = 0 : i64}
// CHECK: %[[T:.*]] = loop.alloc %[[N]] : (index) -> memref<Nx4xf32>
// CHECK: loop.for %[[I:.*]] = %{{.*}} to %[[N]] step
// CHECK: loop.for %[[J:.*]] = %{{.*}} to %{{.*}} step
// CHECK: %[[A:.*]] = loop.load %arg0[%[[I]], %[[J]]]
// CHECK: %[[B:.*]] = loop.load %arg1[%[[I]], %[[J]]]
// CHECK: %[[M:.*]] = arith.mulf %[[A]], %[[B]] : f32
// CHECK: loop.store %[[M]], %[[T]][%[[I]], %[[J]]]
// CHECK: arith.maximumf
// CHECK: loop.store %{{.*}}, %arg2[
// CHECK: loop.dealloc %[[T]]
// CHECK-NEXT: return
// CHECK-NOT: tensor.
func.func @elementwise(%a: tensor<Nx4xf32>, %b: tensor<Nx4xf32>) -> tensor<Nx4xf32> {
  %0 = ktensor.mul %a, %b : tensor<Nx4xf32>
  %1 = ktensor.relu %0 : tensor<Nx4xf32>
  return %1 : tensor<Nx4xf32>
}

// -----

// A broadcast reads index 0 along the size-1 operand dimensions it expands.
// CHECK-LABEL: func.func @broadcast
// CHECK: loop.for %[[I:.*]] =
// CHECK: loop.for %[[J:.*]] =
// CHECK: %[[Z:.*]] = arith.constant 0 : index
// CHECK: loop.load %arg0[%[[Z]], %[[J]]] : memref<1x4xf32>
// CHECK: loop.store %{{.*}}, %arg1[%[[I]], %[[J]]] : memref<3x4xf32>
func.func @broadcast(%b: tensor<1x4xf32>) -> tensor<3x4xf32> {
  %0 = ktensor.broadcast_in_dim %b {dims = array<i64: 0, 1>} : (tensor<1x4xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// A reduction over the innermost axes accumulates each output element in a register, from
// the identity, reassociably (a float sum may be summed in vector lanes), over its run of the
// input; the loop over the output elements is parallel.
// CHECK-LABEL: func.func @row_sum
// CHECK: loop.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: %[[ID:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[S:.*]] = loop.for %[[J:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[ACC:.*]] = %[[ID]]) -> (f32) {
// CHECK: %[[X:.*]] = loop.load %arg0[%[[I]], %[[J]]] : memref<Nx8xf32>
// CHECK: %[[NEXT:.*]] = arith.addf %[[ACC]], %[[X]] fastmath<reassoc> : f32
// CHECK: loop.yield %[[NEXT]] : f32
// CHECK: loop.store %[[S]], %arg1[%[[I]]] : memref<Nxf32>
// CHECK: } {kiln.parallel}
func.func @row_sum(%x: tensor<Nx8xf32>) -> tensor<Nxf32> {
  %0 = ktensor.reduce %x {kind = "sum", axes = array<i64: 1>} : (tensor<Nx8xf32>) -> tensor<Nxf32>
  return %0 : tensor<Nxf32>
}

// -----

// A reduction over an outer axis initializes its result with the identity, then accumulates
// into it over the input in order (the unit-stride loop innermost, along the result).
// CHECK-LABEL: func.func @column_max
// CHECK: arith.constant 0xFF800000 : f32
// CHECK: loop.store
// CHECK: %[[X:.*]] = loop.load %arg0[%[[I:.*]], %[[J:.*]]] : memref<Nx8xf32>
// CHECK: %[[ACC:.*]] = loop.load %arg1[%[[J]]] : memref<8xf32>
// CHECK: arith.maximumf %[[ACC]], %[[X]] : f32
func.func @column_max(%x: tensor<Nx8xf32>) -> tensor<8xf32> {
  %0 = ktensor.reduce %x {kind = "max", axes = array<i64: 0>} : (tensor<Nx8xf32>) -> tensor<8xf32>
  return %0 : tensor<8xf32>
}

// -----

// A matmul zeroes its result, then accumulates with the contracting loop outside the
// unit-stride one.
// CHECK-LABEL: func.func @matmul
// CHECK: arith.constant 0.000000e+00 : f32
// CHECK: loop.store
// CHECK: loop.for %[[I:.*]] =
// CHECK: loop.for %[[K:.*]] =
// CHECK: loop.for %[[J:.*]] =
// CHECK: loop.load %arg0[%[[I]], %[[K]]]
// CHECK: loop.load %arg1[%[[K]], %[[J]]]
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: loop.store %{{.*}}, %arg2[%[[I]], %[[J]]]
func.func @matmul(%a: tensor<Mx8xf32>, %b: tensor<8x16xf32>) -> tensor<Mx16xf32> {
  %0 = ktensor.matmul %a, %b : (tensor<Mx8xf32>, tensor<8x16xf32>) -> tensor<Mx16xf32>
  return %0 : tensor<Mx16xf32>
}

// -----

// A reshape is a view; returning it copies into the result buffer. A call passes result
// buffers the caller allocates.
// CHECK-LABEL: func.func private @helper(%arg0: memref<4xf32>, %arg1: memref<4xf32>)
// CHECK-LABEL: func.func @caller
// CHECK: %[[V:.*]] = loop.view %arg0 : (memref<2x2xf32>) -> memref<4xf32>
// CHECK: call @helper(%[[V]], %arg1) : (memref<4xf32>, memref<4xf32>) -> ()
func.func private @helper(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = ktensor.neg %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func @caller(%x: tensor<2x2xf32>) -> tensor<4xf32> {
  %0 = ktensor.reshape %x : (tensor<2x2xf32>) -> tensor<4xf32>
  %1 = call @helper(%0) : (tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}

// -----

// A run-time assertion calls the runtime when its condition is false; its located message is
// kept on the module.
// CHECK: module attributes {kiln.assert_messages = ["{{.*}}error: run-time assertion failed: n = {0} is too small"]}
// CHECK: func.func private @kiln_rt_assert_failed(i64, memref<?xi64>)
// CHECK-LABEL: func.func @check
// CHECK: loop.if %{{.*}} {
// CHECK: %[[N:.*]] = arith.constant 1 : index
// CHECK: %[[VALS:.*]] = loop.alloc %[[N]] : (index) -> memref<?xi64>
// CHECK: call @kiln_rt_assert_failed(%{{.*}}, %[[VALS]]) : (i64, memref<?xi64>) -> ()
func.func @check(%x: tensor<Nxf32>) -> tensor<Nxf32> {
  %n = ktensor.dim %x {index = 0 : i64} : (tensor<Nxf32>) -> tensor<i32>
  %one = ktensor.constant dense<1> : tensor<i32>
  %ok = ktensor.cmp %n, %one {predicate = "ge"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
  ktensor.assert %ok, %n {message = "n = {0} is too small"} : (tensor<i1>, tensor<i32>) -> ()
  return %x : tensor<Nxf32>
}

// -----

// A result whose extent the arguments do not fix is exported: the callee computes it into its
// own buffer and hands that to the caller's (empty) result buffer; the caller marks the call.
// CHECK-LABEL: func.func private @tail
// CHECK: %[[B:.*]] = loop.alloc %{{.*}} : (index) -> memref<?xf32>
// CHECK: loop.export %[[B]], %arg3 : (memref<?xf32>, memref<?xf32>) -> ()
// CHECK-NOT: loop.dealloc %[[B]]
// CHECK-LABEL: func.func @caller2
// CHECK: %[[E:.*]] = loop.alloc %{{.*}} : (index) -> memref<?xf32>
// CHECK: call @tail(%arg0, %arg1, %arg2, %[[E]]) {kiln.exported = array<i64: 3>}
func.func private @tail(%x: tensor<Nxf32>, %s: tensor<1xi32>, %l: tensor<1xi32>) -> tensor<?xf32> {
  %one = ktensor.constant dense<1> : tensor<1xi32>
  %0 = ktensor.slice %x, %s, %l, %one : (tensor<Nxf32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}
func.func @caller2(%x: tensor<Nxf32>, %s: tensor<1xi32>, %l: tensor<1xi32>) -> tensor<?xf32> {
  %0 = call @tail(%x, %s, %l) : (tensor<Nxf32>, tensor<1xi32>, tensor<1xi32>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// Argument and result attributes follow the results to their buffer parameters (JAX exports
// carry both).
// CHECK-LABEL: func.func @attrs(%arg0: memref<4xf32> {jax.arg = 0 : i64}, %arg1: memref<4xf32> {jax.result_info = "result"})
func.func @attrs(%x: tensor<4xf32> {jax.arg = 0}) -> (tensor<4xf32> {jax.result_info = "result"}) {
  %y = ktensor.add %x, %x : tensor<4xf32>
  return %y : tensor<4xf32>
}

// -----

// A transpose that moves the contiguous dimension runs in 8x8 tiles: parallel loops over tile
// numbers, then the elements of a tile (bounded by the extents at the edges).
// CHECK-LABEL: func.func @transpose_tiled
// CHECK: %[[T:.*]] = arith.constant 8 : index
// CHECK: loop.for %[[KT:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: loop.for %[[LT:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: %[[KB:.*]] = arith.muli %[[KT]], %[[T]] : index
// CHECK: %[[LB:.*]] = arith.muli %[[LT]], %[[T]] : index
// CHECK: %[[KE:.*]] = arith.minsi %{{.*}}, %{{.*}} : index
// CHECK: %[[LE:.*]] = arith.minsi %{{.*}}, %{{.*}} : index
// CHECK: loop.for %[[I:.*]] = %[[KB]] to %[[KE]] step
// CHECK: loop.for %[[J:.*]] = %[[LB]] to %[[LE]] step
// CHECK: %[[V:.*]] = loop.load %arg0[%[[J]], %[[I]]] : memref<Nx20xf32>
// CHECK: loop.store %[[V]], %arg1[%[[I]], %[[J]]] : memref<20xNxf32>
// CHECK: } {kiln.parallel}
func.func @transpose_tiled(%x: tensor<Nx20xf32>) -> tensor<20xNxf32> {
  %0 = ktensor.transpose %x {perm = array<i64: 1, 0>} : (tensor<Nx20xf32>) -> tensor<20xNxf32>
  return %0 : tensor<20xNxf32>
}

// -----

// Regression: two run-time checks with different numbers of values share the one runtime
// declaration (its values buffer has a dynamic extent); the module verifies.
// CHECK: func.func private @kiln_rt_assert_failed(i64, memref<?xi64>)
// CHECK-LABEL: func.func @two_checks
// CHECK: %[[ONE:.*]] = arith.constant 1 : index
// CHECK: loop.alloc %[[ONE]] : (index) -> memref<?xi64>
// CHECK: %[[TWO:.*]] = arith.constant 2 : index
// CHECK: loop.alloc %[[TWO]] : (index) -> memref<?xi64>
func.func @two_checks(%x: tensor<Nxf32>) -> tensor<Nxf32> {
  %n = ktensor.dim %x {index = 0 : i64} : (tensor<Nxf32>) -> tensor<i32>
  %one = ktensor.constant dense<1> : tensor<i32>
  %ok = ktensor.cmp %n, %one {predicate = "ge"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
  ktensor.assert %ok, %n {message = "n = {0} is too small"} : (tensor<i1>, tensor<i32>) -> ()
  ktensor.assert %ok, %n, %one {message = "n = {0} < {1}"} : (tensor<i1>, tensor<i32>, tensor<i32>) -> ()
  return %x : tensor<Nxf32>
}

// -----

// Regression: a buffer that knows more than the callee's parameter type (memref<Bx16xf32>
// for memref<?x16xf32>, after a ktensor.cast) is passed as it is; the call verifies.
// CHECK-LABEL: func.func @refined_call(
// CHECK-SAME: %[[A:.*]]: memref<Bx16xf32>
// CHECK: call @neg(%[[A]], %{{.*}}) {kiln.exported = array<i64: 1>} : (memref<Bx16xf32>, memref<?x16xf32>) -> ()
func.func private @neg(%x: tensor<?x16xf32>) -> tensor<?x16xf32> {
  %0 = ktensor.neg %x : tensor<?x16xf32>
  return %0 : tensor<?x16xf32>
}
func.func @refined_call(%a: tensor<Bx16xf32>) -> tensor<?x16xf32> {
  %c = ktensor.cast %a : (tensor<Bx16xf32>) -> tensor<?x16xf32>
  %r = call @neg(%c) : (tensor<?x16xf32>) -> tensor<?x16xf32>
  return %r : tensor<?x16xf32>
}
