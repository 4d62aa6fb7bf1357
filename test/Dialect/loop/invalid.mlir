// RUN: jit-opt --split-input-file --verify-diagnostics %s

// One size operand per non-static dimension.
func.func @f(%n: index) {
  // expected-error @+1 {{'loop.alloc' op expects one index operand per non-static dimension (2), got 1}}
  %0 = loop.alloc %n : (index) -> memref<Nx?xf32>
  return
}

// -----

// Loads need one index per dimension.
func.func @f(%b: memref<4x4xf32>, %i: index) {
  // expected-error @+1 {{'loop.load' op expects 2 indices, got 1}}
  %0 = loop.load %b[%i] : memref<4x4xf32>
  return
}

// -----

// Stored values have the element type.
// expected-note @below {{prior use here}}
func.func @f(%b: memref<4xf32>, %i: index, %v: f64) {
  // expected-error @+1 {{use of value '%v' expects different type than prior uses: 'f32' vs 'f64'}}
  loop.store %v, %b[%i] : memref<4xf32>
  return
}

// -----

// Views keep the element count.
func.func @f(%b: memref<Nx4xf32>) {
  // expected-error @+1 {{'loop.view' op expects the view to keep the element count}}
  %0 = loop.view %b : (memref<Nx4xf32>) -> memref<(4*N+1)xf32>
  return
}

// -----

// Loop bodies yield the carried types.
func.func @f(%a: index, %x: f32) {
  // expected-error @+1 {{'loop.for' op expects the body to yield the iter_args' types}}
  %0 = loop.for %i = %a to %a step %a iter_args(%acc = %x) -> (f32) {
    loop.yield
  }
  return
}

// -----

// An if with results needs an else.
func.func @f(%c: i1, %x: f32) {
  // expected-error @+1 {{'loop.if' op an if with results needs an else region}}
  %0 = loop.if %c -> (f32) {
    loop.yield %x : f32
  }
  return
}

// -----

// yield belongs to loop ops.
func.func @f() {
  // expected-error @+1 {{'loop.yield' op expects parent op 'loop.for', 'loop.parallel', 'loop.if' or 'loop.while'}}
  loop.yield
}

// -----

// A while's cond region ends with loop.condition.
func.func @while_cond() {
  // expected-error @+1 {{'loop.while' op expects the cond region to end with loop.condition}}
  loop.while {
    loop.yield
  } do {
    loop.yield
  }
  return
}

// -----

// Regression (generic-form mutation): a dim without its operand panicked the verifier.
func.func @dim_no_operand() -> index {
  // expected-error @+1 {{'loop.dim' op expects 1 operand, found 0}}
  %0 = "loop.dim"() <{index = 0 : i64}> : () -> index
  return %0 : index
}

// -----

// Regression (generic-form mutation): a view without a result panicked the verifier.
func.func @view_no_result(%a: memref<Nx4xf32>) {
  // expected-error @+1 {{'loop.view' op expects 1 result, found 0}}
  "loop.view"(%a) : (memref<Nx4xf32>) -> ()
  return
}
