// RUN: jit-opt %s --split-input-file --verify-diagnostics --convert-loop-to-llvm

// Memrefs carried through loops have no descriptor the pass can follow.
func.func @carried(%a: memref<4xf32>, %b: memref<4xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = loop.for %i = %c0 to %c1 step %c1 iter_args(%m = %a) -> (memref<4xf32>) {
    loop.yield %b : memref<4xf32>
  }
  // expected-error @+1 {{memref values must come from a function argument, loop.alloc, loop.view or loop.subview}}
  %v = loop.load %r[%c0] : memref<4xf32>
  return %v : f32
}
