// RUN: jit-opt %s --name-dims --split-input-file | FileCheck %s

// A JAX dimension variable names the argument dimension it was read from, in @main's signature,
// the private callee's parameters, shapes derived by shape functions and run-time shape operands.
// CHECK-LABEL: func.func public @main(%arg0: tensor<(b)x4xf32>) -> tensor<(b)x4xf32>
// CHECK: call @inner(%{{.*}}, %arg0) : (tensor<i32>, tensor<(b)x4xf32>) -> tensor<(b)x4xf32>
// CHECK-LABEL: func.func private @inner(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<(b)x4xf32>) -> tensor<(b)x4xf32>
// CHECK: tensor.reduce %arg1 {{.*}} -> tensor<(b)xf32>
// CHECK: tensor.broadcast_in_dim {{.*}} -> tensor<(b)x4xf32>
// CHECK: tensor.add {{.*}} : tensor<(b)x4xf32>
func.func public @main(%arg0: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = tensor.dim %arg0 {index = 0 : i64} : (tensor<?x4xf32>) -> tensor<i32>
  %1 = call @inner(%0, %arg0) : (tensor<i32>, tensor<?x4xf32>) -> tensor<?x4xf32>
  return %1 : tensor<?x4xf32>
}
func.func private @inner(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %c4 = tensor.constant dense<4> : tensor<1xi32>
  %0 = tensor.reduce %arg1 {axes = array<i64: 1>, kind = "sum"} : (tensor<?x4xf32>) -> tensor<?xf32>
  %1 = tensor.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
  %2 = tensor.concat %1, %c4 {dim = 0 : i64} : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
  %3 = tensor.broadcast_in_dim %0, %2 {dims = array<i64: 0>} : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x4xf32>
  %4 = tensor.add %arg1, %3 : tensor<?x4xf32>
  return %4 : tensor<?x4xf32>
}

// -----

// Without a dimension variable nothing is named: the pass only refines.
// CHECK-LABEL: func.func @plain(%arg0: tensor<?x4xf32>) -> tensor<?x4xf32>
// CHECK: tensor.exp %arg0 : tensor<?x4xf32>
func.func @plain(%arg0: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = tensor.exp %arg0 : tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}
