// RUN: jit-opt %s --split-input-file --verify-diagnostics --emit=llvm

// Only LLVM-compatible types translate; the error points at the op.
// expected-error @+1 {{type 'tensor<4xf32>' has no LLVM translation}}
llvm.func @g(tensor<4xf32>) -> f32

// -----

// Ops of other dialects must be lowered to the llvm dialect first.
llvm.func @h(%a: f32) -> f32 {
  // expected-error @+1 {{'arith.addf' has no LLVM translation}}
  %b = arith.addf %a, %a : f32
  llvm.return %b : f32
}

// -----

// The address of a function the module does not define is an error at the op.
llvm.func @k() -> !llvm.ptr {
  // expected-error @+1 {{address of unknown function or global '@nowhere'}}
  %p = llvm.mlir.addressof {global_name = @nowhere} : () -> !llvm.ptr
  llvm.return %p : !llvm.ptr
}
