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
