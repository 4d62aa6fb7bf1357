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

// -----

// Regression (found by running mutated test programs natively): hand-written code that exported
// into an argument freed the caller's buffer (double free). Only buffers the function
// allocated may be freed.
func.func @export_into_argument(%n: index, %out: memref<?xf32>) {
  %b = loop.alloc %n : (index) -> memref<?xf32>
  // expected-error @+1 {{'loop.export' frees a buffer this function did not allocate (an argument's storage belongs to the caller)}}
  loop.export %b, %out : (memref<?xf32>, memref<?xf32>) -> ()
  return
}

// -----

// Freeing a view of an argument frees the caller's storage too.
func.func @dealloc_argument_view(%a: memref<4x4xf32>) {
  %v = loop.view %a : (memref<4x4xf32>) -> memref<16xf32>
  // expected-error @+1 {{'loop.dealloc' frees a buffer this function did not allocate}}
  loop.dealloc %v : (memref<16xf32>) -> ()
  return
}
