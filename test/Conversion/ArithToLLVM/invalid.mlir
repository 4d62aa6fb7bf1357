// RUN: jit-opt %s --split-input-file --verify-diagnostics --convert-arith-to-llvm

// arith on tensors must be bufferized first.
func.func @t(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'arith.addf' on tensors has no LLVM lowering; lower tensors to loops first}}
  %0 = arith.addf %a, %a : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// kmath.ldexp lowers by an intrinsic name, which LLVM spells for scalars and 1-D vectors only.
func.func @ldexp_2d(%x: vector<2x4xf32>, %n: vector<2x4xi32>) -> vector<2x4xf32> {
  // expected-error @+1 {{'kmath.ldexp' lowers for scalars and one-dimensional vectors only}}
  %0 = kmath.ldexp %x, %n : vector<2x4xf32>, vector<2x4xi32>
  return %0 : vector<2x4xf32>
}
