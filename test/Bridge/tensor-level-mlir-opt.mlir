// REQUIRES: mlir-opt
// Kiln's tensor level is its own dialect, `ktensor`, so its generic output passes through
// upstream's mlir-opt under --allow-unregistered-dialect (as `tensor.*` it collided with
// upstream's tensor dialect: "unregistered operation 'tensor.relu' found in dialect
// ('tensor')") and reads back unchanged. Symbolic extents are Kiln's own syntax, so this
// module uses static ones. `--emit=upstream` exports the tensor level to upstream's own
// linalg/tensor ops instead (export-tensor.mlir).
// RUN: jit-opt --print-op-generic %s | %mlir-opt --allow-unregistered-dialect --mlir-print-op-generic | jit-opt | FileCheck %s

// CHECK-LABEL: func.func @mlp(
// CHECK-SAME: %[[X:.*]]: tensor<8x16xf32>, %[[W:.*]]: tensor<16x4xf32>, %[[B:.*]]: tensor<4xf32>) -> tensor<8x4xf32>
// CHECK: %[[M:.*]] = ktensor.matmul %[[X]], %[[W]] : (tensor<8x16xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
// CHECK: %[[BB:.*]] = ktensor.broadcast_in_dim %[[B]] {dims = array<i64: 1>} : (tensor<4xf32>) -> tensor<8x4xf32>
// CHECK: %[[S:.*]] = ktensor.add %[[M]], %[[BB]] : tensor<8x4xf32>
// CHECK: %[[R:.*]] = ktensor.relu %[[S]] : tensor<8x4xf32>
// CHECK: return %[[R]] : tensor<8x4xf32>
func.func @mlp(%x: tensor<8x16xf32>, %w: tensor<16x4xf32>, %b: tensor<4xf32>) -> tensor<8x4xf32> {
  %0 = ktensor.matmul %x, %w : (tensor<8x16xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
  %1 = ktensor.broadcast_in_dim %b {dims = array<i64: 1>} : (tensor<4xf32>) -> tensor<8x4xf32>
  %2 = ktensor.add %0, %1 : tensor<8x4xf32>
  %3 = ktensor.relu %2 : tensor<8x4xf32>
  return %3 : tensor<8x4xf32>
}
