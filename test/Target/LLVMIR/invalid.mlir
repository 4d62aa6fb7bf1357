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

// -----

// An intrinsic called by name must exist.
llvm.func @unknown(%a: f32) -> f32 {
  // expected-error @+1 {{unknown intrinsic 'llvm.nonesuch.f32'}}
  %0 = llvm.call_intrinsic "llvm.nonesuch.f32"(%a) : (f32) -> f32
  llvm.return %0 : f32
}

// -----

// An intrinsic called by name with the wrong types is an error, not an abort in LLVM.
// expected-error @+1 {{'@wrong' calls an intrinsic with the wrong types}}
llvm.func @wrong(%a: f32) -> f32 {
  %0 = llvm.call_intrinsic "llvm.ldexp.f32.i32"(%a, %a) : (f32, f32) -> f32
  llvm.return %0 : f32
}
