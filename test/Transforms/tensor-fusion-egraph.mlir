// RUN: jit-opt %s --split-input-file --tensor-fusion | FileCheck %s
// RUN: jit-opt %s --split-input-file '--tensor-fusion=explain=true' --verify-diagnostics -o /dev/null
// RUN: jit-opt %s --split-input-file '--tensor-fusion=node-limit=4' --pass-statistics 2>&1 | FileCheck %s --check-prefix=BUDGET

// The e-graph removes a max with -inf (JAX's reduction start value) and a double negation;
// what is left is one op, so no group forms. Explained step by step with egg's proof.
// CHECK-LABEL: func.func @identities
// CHECK-NEXT: %[[E:.*]] = ktensor.exp %arg0 : tensor<8xf32>
// CHECK-NEXT: return %[[E]] : tensor<8xf32>
func.func @identities(%x: tensor<8xf32>) -> tensor<8xf32> { // expected-remark {{e-graph: 8 e-nodes, stopped: saturated; 1 values rewritten}}
  %c = ktensor.constant dense<0xFF800000> : tensor<8xf32>
  %n = ktensor.neg %x : tensor<8xf32>
  %nn = ktensor.neg %n : tensor<8xf32>
  %0 = ktensor.max %c, %nn : tensor<8xf32>
  // expected-remark @+1 {{Rewrite=> neg-neg v#1}}
  %1 = ktensor.exp %0 : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// A chain of broadcasts composes into one; max(x, +0) becomes relu(x).
// CHECK-LABEL: func.func @layout
// CHECK: ktensor.fused
// CHECK: %[[B:.*]] = ktensor.broadcast_in_dim %{{.*}} {dims = array<i64: 0>} : (tensor<4xf32>) -> tensor<4x6xf32>
// CHECK-NEXT: %[[S:.*]] = ktensor.sub %{{.*}}, %[[B]] : tensor<4x6xf32>
// CHECK-NEXT: %[[R:.*]] = ktensor.relu %[[S]] : tensor<4x6xf32>
// CHECK-NEXT: ktensor.yield %[[R]]
func.func @layout(%x: tensor<4x6xf32>, %r: tensor<4xf32>) -> tensor<4x6xf32> { // expected-remark {{e-graph}}
  %z = ktensor.constant dense<0.0> : tensor<4x6xf32>
  %b1 = ktensor.broadcast_in_dim %r {dims = array<i64: 0>} : (tensor<4xf32>) -> tensor<4x1xf32>
  %b2 = ktensor.broadcast_in_dim %b1 {dims = array<i64: 0, 1>} : (tensor<4x1xf32>) -> tensor<4x6xf32>
  %s = ktensor.sub %x, %b2 : tensor<4x6xf32>
  // expected-remark @+4 {{Rewrite=> broadcast-broadcast}}
  // expected-remark @+3 {{fused 3 ops into one loop nest}}
  // expected-note @+2 {{'ktensor.sub' joins: its only users are in the group (through 'ktensor.relu')}}
  // expected-note @+1 {{'ktensor.broadcast_in_dim' joins}}
  %m = ktensor.max %s, %z : tensor<4x6xf32>
  return %m : tensor<4x6xf32>
}

// -----

// With a node limit of 4, every function's rewriting stops at once and the statistics say so
// (7 over this file); the function still forms its group from the unrewritten ops.
// BUDGET: 0 num-rewritten
// BUDGET: 0 stop-saturated
// BUDGET-NEXT: 7 stop-node-limit - E-graphs stopped by the node limit
// CHECK-LABEL: func.func @budget
func.func @budget(%x: tensor<8xf32>) -> tensor<8xf32> { // expected-remark {{e-graph}}
  %n = ktensor.neg %x : tensor<8xf32>
  %nn = ktensor.neg %n : tensor<8xf32>
  %a = ktensor.abs %nn : tensor<8xf32>
  // expected-remark @+3 {{rewritten}}
  // expected-remark @+2 {{fused 2 ops into one loop nest (ktensor.abs, ktensor.exp)}}
  // expected-note @+1 {{'ktensor.abs' joins}}
  %e = ktensor.exp %a : tensor<8xf32>
  return %e : tensor<8xf32>
}

// -----

// Two transposes compose into one, and two that cancel leave their source.
// CHECK-LABEL: func.func @transposes
// CHECK-NEXT: %[[T:.*]] = ktensor.transpose %arg0 {perm = array<i64: 1, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
// CHECK-NEXT: return %[[T]], %arg0 : tensor<3x4x2xf32>, tensor<2x3x4xf32>
func.func @transposes(%x: tensor<2x3x4xf32>) -> (tensor<3x4x2xf32>, tensor<2x3x4xf32>) { // expected-remark {{e-graph}}
  %a = ktensor.transpose %x {perm = array<i64: 1, 0, 2>} : (tensor<2x3x4xf32>) -> tensor<3x2x4xf32>
  // expected-remark @+1 {{Rewrite=> transpose-transpose}}
  %b = ktensor.transpose %a {perm = array<i64: 0, 2, 1>} : (tensor<3x2x4xf32>) -> tensor<3x4x2xf32>
  %c = ktensor.transpose %x {perm = array<i64: 2, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  %d = ktensor.transpose %c {perm = array<i64: 1, 2, 0>} : (tensor<4x2x3xf32>) -> tensor<2x3x4xf32>
  return %b, %d : tensor<3x4x2xf32>, tensor<2x3x4xf32>
}

// -----

// Transposes sink through elementwise ops: a transpose pair around a negation cancels, and two
// transposed operands share one transpose of their sum.
// CHECK-LABEL: func.func @sink_transpose
// CHECK-NEXT: %[[N:.*]] = ktensor.neg %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %[[S:.*]] = ktensor.add %arg0, %arg1 : tensor<2x3xf32>
// CHECK-NEXT: %[[T:.*]] = ktensor.transpose %[[S]] {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
// CHECK-NEXT: return %[[N]], %[[T]] : tensor<2x3xf32>, tensor<3x2xf32>
func.func @sink_transpose(%x: tensor<2x3xf32>, %y: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<3x2xf32>) { // expected-remark {{e-graph: 11 e-nodes, stopped: saturated; 2 values rewritten}}
  %t = ktensor.transpose %x {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %n = ktensor.neg %t : tensor<3x2xf32>
  // expected-remark @+1 {{Rewrite=> transpose-transpose (ktensor.neg v#0)}}
  %u = ktensor.transpose %n {perm = array<i64: 1, 0>} : (tensor<3x2xf32>) -> tensor<2x3xf32>
  %ty = ktensor.transpose %y {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  // expected-remark @+1 {{Rewrite=> sink-transpose (ktensor.transpose#1 (ktensor.add v#0 v#3))}}
  %s = ktensor.add %t, %ty : tensor<3x2xf32>
  return %u, %s : tensor<2x3xf32>, tensor<3x2xf32>
}

// -----

// A broadcast row times a broadcast scalar: the product and the exp run on the row, and the
// scalar is broadcast to the row's type; one broadcast of the result remains.
// CHECK-LABEL: func.func @sink_broadcast
// CHECK: ktensor.fused %arg0 : (tensor<Nxf32>) -> tensor<Nx512xf32>
// CHECK: %[[C:.*]] = ktensor.constant dense<2.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[CB:.*]] = ktensor.broadcast_in_dim %[[C]] {dims = array<i64>} : (tensor<f32>) -> tensor<Nxf32>
// CHECK-NEXT: %[[M:.*]] = ktensor.mul %{{.*}}, %[[CB]] : tensor<Nxf32>
// CHECK-NEXT: %[[E:.*]] = ktensor.exp %[[M]] : tensor<Nxf32>
// CHECK-NEXT: %[[B:.*]] = ktensor.broadcast_in_dim %[[E]] {dims = array<i64: 0>} : (tensor<Nxf32>) -> tensor<Nx512xf32>
// CHECK-NEXT: ktensor.yield %[[B]] : tensor<Nx512xf32>
func.func @sink_broadcast(%r: tensor<Nxf32>) -> tensor<Nx512xf32> { // expected-remark {{e-graph}}
  %c = ktensor.constant dense<2.0> : tensor<f32>
  %b = ktensor.broadcast_in_dim %r {dims = array<i64: 0>} : (tensor<Nxf32>) -> tensor<Nx512xf32>
  %cb = ktensor.broadcast_in_dim %c {dims = array<i64>} : (tensor<f32>) -> tensor<Nx512xf32>
  %m = ktensor.mul %b, %cb : tensor<Nx512xf32>
  // expected-remark @+5 {{Rewrite=> sink-broadcast (ktensor.broadcast_in_dim#2 (ktensor.exp (ktensor.mul v#1 (ktensor.broadcast_in_dim#4 ktensor.constant#0))))}}
  // expected-remark @+4 {{fused 4 ops}}
  // expected-note @+3 {{'ktensor.exp' joins}}
  // expected-note @+2 {{'ktensor.mul' joins}}
  // expected-note @+1 {{'ktensor.broadcast_in_dim' joins}}
  %e = ktensor.exp %m : tensor<Nx512xf32>
  return %e : tensor<Nx512xf32>
}

// -----

// Two reshapes around elementwise ops cancel when the second gives back the source's type.
// CHECK-LABEL: func.func @sink_reshape
// CHECK-NOT: ktensor.reshape
// CHECK: ktensor.fused %arg0 : tensor<6xf32>
// CHECK: %[[N:.*]] = ktensor.neg %{{.*}} : tensor<6xf32>
// CHECK-NEXT: %[[T:.*]] = ktensor.tanh %[[N]] : tensor<6xf32>
// CHECK-NOT: ktensor.reshape
func.func @sink_reshape(%x: tensor<6xf32>) -> tensor<6xf32> { // expected-remark {{e-graph}}
  %a = ktensor.reshape %x : (tensor<6xf32>) -> tensor<2x3xf32>
  %n = ktensor.neg %a : tensor<2x3xf32>
  %t = ktensor.tanh %n : tensor<2x3xf32>
  // expected-remark @+3 {{Rewrite=> reshape-reshape (ktensor.tanh (ktensor.neg v#0))}}
  // expected-remark @+2 {{fused 2 ops}}
  // expected-note @+1 {{joins}}
  %b = ktensor.reshape %t : (tensor<2x3xf32>) -> tensor<6xf32>
  return %b : tensor<6xf32>
}
