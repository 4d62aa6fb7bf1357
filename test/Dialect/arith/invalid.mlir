// RUN: jit-opt --split-input-file --verify-diagnostics %s

// Integer ops reject floats.
func.func @f(%a: f32) {
  // expected-error @+1 {{'arith.addi' op operand #0 must be signless-integer-like, but got 'f32'}}
  %0 = arith.addi %a, %a : f32
  return
}

// -----

// Float ops reject integers.
func.func @f(%a: i32) {
  // expected-error @+1 {{'arith.mulf' op operand #0 must be floating-point-like, but got 'i32'}}
  %0 = arith.mulf %a, %a : i32
  return
}

// -----

// A constant's value must have the result type.
func.func @f() {
  // expected-error @+1 {{'arith.constant' op value type 'i64' must match the result type}}
  %0 = "arith.constant"() <{value = 1 : i64}> : () -> i32
  return
}

// -----

// The custom form needs a typed value.
func.func @f() {
  // expected-error @+1 {{expected an integer, float or dense constant with its type}}
  %0 = arith.constant "text"
  return
}
