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

// -----

// ldexp's exponent is an integer.
func.func @f(%a: f32) {
  // expected-error @+1 {{'kmath.ldexp' op operand #1 must be an integer or a shaped type of integers, but got 'f32'}}
  %0 = kmath.ldexp %a, %a : f32, f32
  return
}

// -----

// ldexp scales a float.
func.func @f(%a: i32) {
  // expected-error @+1 {{'kmath.ldexp' op operand #0 must be a float or a shaped type of floats, but got 'i32'}}
  %0 = kmath.ldexp %a, %a : i32, i32
  return
}

// -----

// ldexp's exponent is shaped like its value.
func.func @f(%a: vector<16xf32>, %n: vector<8xi32>) {
  // expected-error @+1 {{'kmath.ldexp' op operands 'vector<16xf32>' and 'vector<8xi32>' must have the same shape}}
  %0 = kmath.ldexp %a, %n : vector<16xf32>, vector<8xi32>
  return
}

// -----

// ldexp's result has its value's type.
func.func @f(%a: f32, %n: i32) {
  // expected-error @+1 {{'kmath.ldexp' op result type 'f64' must be operand #0's, 'f32'}}
  %0 = "kmath.ldexp"(%a, %n) : (f32, i32) -> f64
  return
}
