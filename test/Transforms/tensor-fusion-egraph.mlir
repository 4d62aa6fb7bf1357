// RUN: jit-opt %s --split-input-file --tensor-fusion | FileCheck %s
// RUN: jit-opt %s --split-input-file '--tensor-fusion=explain=true' --verify-diagnostics -o /dev/null
// RUN: jit-opt %s --split-input-file '--tensor-fusion=node-limit=4' --pass-statistics 2>&1 | FileCheck %s --check-prefix=BUDGET

// The e-graph removes a max with -inf (JAX's reduction start value) and a double negation;
// what is left is one op, so no group forms. Explained step by step with egg's proof.
// CHECK-LABEL: func.func @identities
// CHECK-NEXT: %[[E:.*]] = tensor.exp %arg0 : tensor<8xf32>
// CHECK-NEXT: return %[[E]] : tensor<8xf32>
func.func @identities(%x: tensor<8xf32>) -> tensor<8xf32> { // expected-remark {{e-graph: 8 e-nodes, stopped: saturated; 1 values rewritten}}
  %c = tensor.constant dense<0xFF800000> : tensor<8xf32>
  %n = tensor.neg %x : tensor<8xf32>
  %nn = tensor.neg %n : tensor<8xf32>
  %0 = tensor.max %c, %nn : tensor<8xf32>
  // expected-remark @+1 {{Rewrite=> neg-neg v#1}}
  %1 = tensor.exp %0 : tensor<8xf32>
  return %1 : tensor<8xf32>
}

// -----

// A chain of broadcasts composes into one; max(x, +0) becomes relu(x).
// CHECK-LABEL: func.func @layout
// CHECK: tensor.fused
// CHECK: %[[B:.*]] = tensor.broadcast_in_dim %{{.*}} {dims = array<i64: 0>} : (tensor<4xf32>) -> tensor<4x6xf32>
// CHECK-NEXT: %[[S:.*]] = tensor.sub %{{.*}}, %[[B]] : tensor<4x6xf32>
// CHECK-NEXT: %[[R:.*]] = tensor.relu %[[S]] : tensor<4x6xf32>
// CHECK-NEXT: tensor.yield %[[R]]
func.func @layout(%x: tensor<4x6xf32>, %r: tensor<4xf32>) -> tensor<4x6xf32> { // expected-remark {{e-graph}}
  %z = tensor.constant dense<0.0> : tensor<4x6xf32>
  %b1 = tensor.broadcast_in_dim %r {dims = array<i64: 0>} : (tensor<4xf32>) -> tensor<4x1xf32>
  %b2 = tensor.broadcast_in_dim %b1 {dims = array<i64: 0, 1>} : (tensor<4x1xf32>) -> tensor<4x6xf32>
  %s = tensor.sub %x, %b2 : tensor<4x6xf32>
  // expected-remark @+4 {{Rewrite=> broadcast-broadcast}}
  // expected-remark @+3 {{fused 3 ops into one loop nest}}
  // expected-note @+2 {{'tensor.sub' joins: its only users are in the group (through 'tensor.relu')}}
  // expected-note @+1 {{'tensor.broadcast_in_dim' joins}}
  %m = tensor.max %s, %z : tensor<4x6xf32>
  return %m : tensor<4x6xf32>
}

// -----

// With a node limit of 4, every function's rewriting stops at once and the statistics say so
// (4 over this file); the function still forms its group from the unrewritten ops.
// BUDGET: 0 num-rewritten
// BUDGET: 0 stop-saturated
// BUDGET-NEXT: 4 stop-node-limit - E-graphs stopped by the node limit
// CHECK-LABEL: func.func @budget
func.func @budget(%x: tensor<8xf32>) -> tensor<8xf32> { // expected-remark {{e-graph}}
  %n = tensor.neg %x : tensor<8xf32>
  %nn = tensor.neg %n : tensor<8xf32>
  %a = tensor.abs %nn : tensor<8xf32>
  // expected-remark @+3 {{rewritten}}
  // expected-remark @+2 {{fused 2 ops into one loop nest (tensor.abs, tensor.exp)}}
  // expected-note @+1 {{'tensor.abs' joins}}
  %e = tensor.exp %a : tensor<8xf32>
  return %e : tensor<8xf32>
}

// -----

// Two transposes compose into one, and two that cancel leave their source.
// CHECK-LABEL: func.func @transposes
// CHECK-NEXT: %[[T:.*]] = tensor.transpose %arg0 {perm = array<i64: 1, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
// CHECK-NEXT: return %[[T]], %arg0 : tensor<3x4x2xf32>, tensor<2x3x4xf32>
func.func @transposes(%x: tensor<2x3x4xf32>) -> (tensor<3x4x2xf32>, tensor<2x3x4xf32>) { // expected-remark {{e-graph}}
  %a = tensor.transpose %x {perm = array<i64: 1, 0, 2>} : (tensor<2x3x4xf32>) -> tensor<3x2x4xf32>
  // expected-remark @+1 {{Rewrite=> transpose-transpose}}
  %b = tensor.transpose %a {perm = array<i64: 0, 2, 1>} : (tensor<3x2x4xf32>) -> tensor<3x4x2xf32>
  %c = tensor.transpose %x {perm = array<i64: 2, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  %d = tensor.transpose %c {perm = array<i64: 1, 2, 0>} : (tensor<4x2x3xf32>) -> tensor<2x3x4xf32>
  return %b, %d : tensor<3x4x2xf32>, tensor<2x3x4xf32>
}
