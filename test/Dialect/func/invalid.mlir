// RUN: jit-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// A public declaration is not allowed.
// expected-error @+1 {{symbol declaration cannot have public visibility}}
func.func public @f(i32)

// -----

// Return arity must match.
func.func @f() -> i32 {
  // expected-error @+1 {{'func.return' op has 0 operands, but enclosing function (@f) returns 1}}
  return
}

// -----

// Call result types must match the callee.
func.func private @g() -> i32
func.func @f() {
  // expected-error @+1 {{'func.call' op result type mismatch at index 0: expected 'i32', but found 'i64'}}
  %0 = call @g() : () -> i64
  return
}

// -----

// A function with a body needs named arguments.
// expected-error @+1 {{expected named arguments for a function with a body}}
func.func @f(i32) {
  return
}

// -----

// return outside a function.
"test.container"() ({
  // expected-error @+1 {{'func.return' op expects parent op 'func.func'}}
  "func.return"() : () -> ()
}) : () -> ()

// -----

// A buffer may refine a memref parameter's extents, never its element type or rank.
func.func private @takes(memref<?xf32>)
func.func @f(%a: memref<8xf64>) {
  // expected-error @+1 {{'func.call' op operand type mismatch: expected operand type 'memref<?xf32>', but provided 'memref<8xf64>' for operand number 0}}
  call @takes(%a) : (memref<8xf64>) -> ()
  return
}
