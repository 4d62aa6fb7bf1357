// RUN: jit-opt %s --split-input-file --verify-diagnostics --convert-arith-to-llvm

// arith on tensors must be bufferized first.
func.func @t(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'arith.addf' on tensors has no LLVM lowering; lower tensors to loops first}}
  %0 = arith.addf %a, %a : tensor<4xf32>
  return %0 : tensor<4xf32>
}
