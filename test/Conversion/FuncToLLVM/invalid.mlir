// RUN: jit-opt %s --split-input-file --verify-diagnostics --convert-func-to-llvm

// LLVM functions return one value at most.
// expected-error @+1 {{functions with several results have no LLVM lowering}}
func.func @two(%a: f32) -> (f32, f32) {
  return %a, %a : f32, f32
}

// -----

// Tensors must be bufferized first.
// expected-error @+1 {{functions on tensors have no LLVM lowering; lower tensors to loops first}}
func.func @t(%a: tensor<4xf32>) -> tensor<4xf32> {
  return %a : tensor<4xf32>
}
