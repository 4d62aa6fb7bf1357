// RUN: jit-opt --split-input-file --verify-diagnostics %s

// Float functions reject integers.
func.func @f(%a: i32) {
  // expected-error @+1 {{'math.exp' op operand #0 must be floating-point-like, but got 'i32'}}
  %0 = math.exp %a : i32
  return
}

// -----

// absi takes integers.
func.func @f(%a: f32) {
  // expected-error @+1 {{'math.absi' op operand #0 must be signless-integer-like, but got 'f32'}}
  %0 = math.absi %a : f32
  return
}

// -----

// fma operands share one type.
func.func @f(%a: f32, %b: f64) {
  // expected-error @+1 {{'math.fma' op requires the same type for all operands and results}}
  %0 = "math.fma"(%a, %a, %b) : (f32, f32, f64) -> f32
  return
}

// -----

// Regression: an op without a result verified, then panicked convert-arith-to-llvm.
func.func @tanh_no_result(%a: f32) {
  // expected-error @+1 {{'math.tanh' op expects 1 result, found 0}}
  "math.tanh"(%a) : (f32) -> ()
  return
}

// -----

// fma takes three operands.
func.func @fma_two_operands(%a: f32) -> f32 {
  // expected-error @+1 {{'math.fma' op expects 3 operands, found 2}}
  %0 = "math.fma"(%a, %a) : (f32, f32) -> f32
  return %0 : f32
}
