// RUN: jit-opt %s --split-input-file --shape-infer | FileCheck %s

// `?` results are refined from the operands through matmul, broadcast, add and concat chains.
// CHECK-LABEL: func.func @mlp
// CHECK: ktensor.matmul {{.*}} -> tensor<Nx128xf32>
// CHECK: ktensor.add {{.*}} : tensor<Nx128xf32>
// CHECK: ktensor.relu {{.*}} : tensor<Nx128xf32>
// CHECK: %[[C:.*]] = ktensor.concat {{.*}} -> tensor<(2*N)x128xf32>
// CHECK: %[[K:.*]] = ktensor.cast %[[C]] : (tensor<(2*N)x128xf32>) -> tensor<?x128xf32>
// CHECK: return %[[K]]
func.func @mlp(%x: tensor<Nx64xf32>, %w: tensor<64x128xf32>, %b: tensor<Nx128xf32>) -> tensor<?x128xf32> {
  %0 = ktensor.matmul %x, %w : (tensor<Nx64xf32>, tensor<64x128xf32>) -> tensor<?x128xf32>
  %1 = ktensor.add %0, %b : (tensor<?x128xf32>, tensor<Nx128xf32>) -> tensor<?x128xf32>
  %2 = ktensor.relu %1 : tensor<?x128xf32>
  %3 = ktensor.concat %2, %2 {dim = 0} : (tensor<?x128xf32>, tensor<?x128xf32>) -> tensor<?x128xf32>
  return %3 : tensor<?x128xf32>
}

// -----

// Unknown equalities (N vs M, ? vs 4) become run-time checks, once per pair.
// CHECK-LABEL: func.func @checks
// CHECK: ktensor.assert_dim_eq %arg0, %arg1 {lhs_dim = 0 : i64, message = "'ktensor.add' needs dimension 0 of operand #0 ('tensor<Nx4xf32>') to equal dimension 0 of operand #1 ('tensor<Mx4xf32>')", rhs_dim = 0 : i64}
// CHECK-NEXT: ktensor.add {{.*}} -> tensor<Nx4xf32>
// CHECK-NOT: ktensor.assert_dim_eq %arg0, %arg1
// CHECK: ktensor.sub
// CHECK: ktensor.assert_dim_eq %{{.*}}, %arg2 {lhs_dim = 1 : i64, {{.*}} rhs_dim = 0 : i64}
// CHECK-NEXT: ktensor.matmul {{.*}} -> tensor<Nx?xf32>
func.func @checks(%a: tensor<Nx4xf32>, %b: tensor<Mx4xf32>, %w: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %0 = ktensor.add %a, %b : (tensor<Nx4xf32>, tensor<Mx4xf32>) -> tensor<?x4xf32>
  %1 = ktensor.sub %a, %b : (tensor<Nx4xf32>, tensor<Mx4xf32>) -> tensor<?x4xf32>
  %2 = ktensor.matmul %0, %w : (tensor<?x4xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
  return %2 : tensor<?x?xf32>
}

// -----

// Reshapes and reductions keep their declared or inferred symbolic forms.
// CHECK-LABEL: func.func @reduce
// CHECK: ktensor.reduce {{.*}} -> tensor<Bxf32>
func.func @reduce(%x: tensor<BxSxf32>) -> tensor<?xf32> {
  %0 = ktensor.reduce %x {kind = "max", axes = array<i64: 1>} : (tensor<BxSxf32>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// Broadcast and reshape chains keep their symbolic forms; elementwise ops after them refine.
// CHECK-LABEL: func.func @chains
// CHECK: %[[B:.*]] = ktensor.broadcast_in_dim %arg0 {dims = array<i64: 1>} : (tensor<64xf32>) -> tensor<Nx64xf32>
// CHECK: ktensor.add %[[B]], %arg1 : tensor<Nx64xf32>
// CHECK: ktensor.reshape %{{.*}} : (tensor<Nx64xf32>) -> tensor<(64*N)xf32>
// CHECK: ktensor.exp %{{.*}} : tensor<(64*N)xf32>
func.func @chains(%v: tensor<64xf32>, %x: tensor<Nx64xf32>) -> tensor<?xf32> {
  %0 = ktensor.broadcast_in_dim %v {dims = array<i64: 1>} : (tensor<64xf32>) -> tensor<Nx64xf32>
  %1 = ktensor.add %0, %x : (tensor<Nx64xf32>, tensor<Nx64xf32>) -> tensor<?x64xf32>
  %2 = ktensor.reshape %1 : (tensor<?x64xf32>) -> tensor<(N*64)xf32>
  %3 = ktensor.exp %2 : (tensor<(N*64)xf32>) -> tensor<?xf32>
  return %3 : tensor<?xf32>
}

// -----

// A run-time shape that states the result type's extents is dropped (JAX's bias broadcast to
// the batch): the one-operand broadcast is what fusion reads as an index map.
// CHECK-LABEL: func.func @bias_to_batch
// CHECK: %[[B:.*]] = ktensor.broadcast_in_dim %arg1 {dims = array<i64: 1>} : (tensor<64xf32>) -> tensor<Nx64xf32>
// CHECK: ktensor.add %arg0, %[[B]] : tensor<Nx64xf32>
// CHECK: %[[R:.*]] = ktensor.reshape %{{.*}} : (tensor<Nx64xf32>) -> tensor<(64*N)xf32>
// CHECK: return %[[R]]
func.func @bias_to_batch(%x: tensor<Nx64xf32>, %b: tensor<64xf32>) -> tensor<(64*N)xf32> {
  %n = ktensor.dim %x {index = 0 : i64} : (tensor<Nx64xf32>) -> tensor<i32>
  %n1 = ktensor.reshape %n : (tensor<i32>) -> tensor<1xi32>
  %c = ktensor.constant dense<64> : tensor<1xi32>
  %shape = ktensor.concat %n1, %c {dim = 0 : i64} : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
  %0 = ktensor.broadcast_in_dim %b, %shape {dims = array<i64: 1>} : (tensor<64xf32>, tensor<2xi32>) -> tensor<Nx64xf32>
  %1 = ktensor.add %x, %0 : tensor<Nx64xf32>
  %len = ktensor.constant dense<64> : tensor<1xi32>
  %total = ktensor.mul %n1, %len : tensor<1xi32>
  %2 = ktensor.reshape %1, %total : (tensor<Nx64xf32>, tensor<1xi32>) -> tensor<(64*N)xf32>
  return %2 : tensor<(64*N)xf32>
}

// -----

// A run-time shape the types cannot confirm stays: `?` extents, or extents other than the
// shape's.
// CHECK-LABEL: func.func @shape_kept
// CHECK: ktensor.broadcast_in_dim %arg1, %{{.*}} {dims = array<i64: 1>} : (tensor<64xf32>, tensor<2xi32>) -> tensor<?x64xf32>
// CHECK: ktensor.broadcast_in_dim %arg1, %{{.*}} {dims = array<i64: 1>} : (tensor<64xf32>, tensor<2xi32>) -> tensor<Mx64xf32>
func.func @shape_kept(%x: tensor<Nx64xf32>, %b: tensor<64xf32>, %s: tensor<2xi32>, %m: tensor<Mx2xf32>) -> (tensor<?x64xf32>, tensor<Mx64xf32>) {
  %0 = ktensor.broadcast_in_dim %b, %s {dims = array<i64: 1>} : (tensor<64xf32>, tensor<2xi32>) -> tensor<?x64xf32>
  %n = ktensor.dim %x {index = 0 : i64} : (tensor<Nx64xf32>) -> tensor<i32>
  %n1 = ktensor.reshape %n : (tensor<i32>) -> tensor<1xi32>
  %c = ktensor.constant dense<64> : tensor<1xi32>
  %shape = ktensor.concat %n1, %c {dim = 0 : i64} : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
  %1 = ktensor.broadcast_in_dim %b, %shape {dims = array<i64: 1>} : (tensor<64xf32>, tensor<2xi32>) -> tensor<Mx64xf32>
  return %0, %1 : tensor<?x64xf32>, tensor<Mx64xf32>
}
