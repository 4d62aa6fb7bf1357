// RUN: jit-opt %s --split-input-file --shape-infer '--shape-specialize=N=64,M=64' --canonicalize | FileCheck %s
// RUN: not jit-opt %s --split-input-file --shape-infer '--shape-specialize=N=64,M=128' 2>&1 | FileCheck %s --check-prefix=CONTRA

// Binding the symbols makes every type static, proves the check, and folds the expressions.
// CHECK-LABEL: func.func @f(%arg0: tensor<64x4xf32>, %arg1: tensor<64x4xf32>) -> tensor<128x4xf32>
// CHECK-NOT: ktensor.assert_dim_eq
// CHECK: ktensor.add {{.*}} : tensor<64x4xf32>
// CHECK: ktensor.concat {{.*}} -> tensor<128x4xf32>
// CONTRA: error: shape-specialize: contradiction with N=64,M=128: tensor<64x4xf32> vs tensor<128x4xf32>
// CONTRA: note: 'ktensor.add' needs dimension 0 of operand #0 ('tensor<Nx4xf32>') to equal dimension 0 of operand #1 ('tensor<Mx4xf32>')
func.func @f(%a: tensor<Nx4xf32>, %b: tensor<Mx4xf32>) -> tensor<(N*2)x4xf32> {
  %0 = ktensor.add %a, %b : (tensor<Nx4xf32>, tensor<Mx4xf32>) -> tensor<Nx4xf32>
  %1 = ktensor.concat %0, %0 {dim = 0} : (tensor<Nx4xf32>, tensor<Nx4xf32>) -> tensor<(N*2)x4xf32>
  return %1 : tensor<(N*2)x4xf32>
}

// -----

// Reshapes with symbolic products specialize consistently.
// CHECK-LABEL: func.func @g(%arg0: tensor<64x8xf32>) -> tensor<512xf32>
// CHECK: ktensor.reshape %arg0 : (tensor<64x8xf32>) -> tensor<512xf32>
// CONTRA-LABEL: func.func @g(%arg0: tensor<64x8xf32>) -> tensor<512xf32>
func.func @g(%a: tensor<Nx8xf32>) -> tensor<(8*N)xf32> {
  %0 = ktensor.reshape %a : (tensor<Nx8xf32>) -> tensor<(8*N)xf32>
  return %0 : tensor<(8*N)xf32>
}

// -----

// Malformed bindings are rejected.
// RUN: not jit-opt %s --split-input-file '--shape-specialize=N=x' 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: 'N' needs an integer value, got 'x'
