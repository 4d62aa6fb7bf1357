// `jit-opt --tier=N` compiles what the engine compiles: a StableHLO module (as JAX exports
// it) is imported first, then lowered by the tier's pipeline to the llvm dialect.
// RUN: jit-opt %s --tier=2 | FileCheck %s
// RUN: jit-opt %s --tier=1 | FileCheck %s

// CHECK-LABEL: llvm.func @main(
// CHECK-NOT:   stablehlo.
// CHECK:       llvm.return
func.func public @main(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>) -> (tensor<4x8xf32>) {
  %0 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
  %1 = stablehlo.add %arg0, %0 : tensor<4x8xf32>
  %2 = stablehlo.tanh %1 : tensor<4x8xf32>
  return %2 : tensor<4x8xf32>
}
