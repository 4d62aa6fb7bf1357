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

// -----

// Unknown comparison predicates are named.
func.func @f(%a: i32) {
  // expected-error @+1 {{unknown predicate 'lt' (expected one of eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge)}}
  %0 = arith.cmpi lt, %a, %a : i32
  return
}

// -----

// Casts check their direction and widths.
func.func @f(%a: f32) {
  // expected-error @+1 {{'arith.extf' op invalid cast from 'f32' to 'f16'}}
  %0 = arith.extf %a : f32 to f16
  return
}

// -----

// Casts keep the shape.
func.func @f(%a: vector<4xi32>) {
  // expected-error @+1 {{'arith.sitofp' op operand 'vector<4xi32>' and result 'vector<8xf32>' must have the same shape}}
  %0 = arith.sitofp %a : vector<4xi32> to vector<8xf32>
  return
}

// -----

// A shaped condition must match the values' shape.
func.func @f(%c: vector<2xi1>, %a: vector<4xf32>) {
  // expected-error @+1 {{'arith.select' op expects an i1 condition or one shaped like the values, got 'vector<2xi1>'}}
  %0 = arith.select %c, %a, %a : vector<2xi1>, vector<4xf32>
  return
}

// -----

// Regression: a cast without a result panicked the verifier.
func.func @index_cast_no_result(%a: i64) {
  // expected-error @+1 {{'arith.index_cast' op expects 1 result, found 0}}
  "arith.index_cast"(%a) : (i64) -> ()
  return
}

// -----

// A binary op with one operand.
func.func @addi_one_operand(%a: i64) -> i64 {
  // expected-error @+1 {{'arith.addi' op expects 2 operands, found 1}}
  %0 = "arith.addi"(%a) : (i64) -> i64
  return %0 : i64
}
