// RUN: jit-opt --split-input-file --verify-diagnostics %s

// A guard needs the value it expects.
func.func @f(%a: tensor<4xf32>) {
  // expected-error @+1 {{'kiln.guard' op expects an 'equals' attribute}}
  kiln.guard %a {dim = 0 : i64} : tensor<4xf32>
  return
}

// -----

// A dimension guard's dimension must exist.
func.func @f(%a: tensor<Nxf32>) {
  // expected-error @+1 {{'kiln.guard' op dimension 1 is out of range for 'tensor<Nxf32>'}}
  kiln.guard %a {dim = 1 : i64, equals = 4 : i64} : tensor<Nxf32>
  return
}

// -----

// A guard the type already contradicts can never hold.
func.func @f(%a: tensor<8xf32>) {
  // expected-error @+1 {{'kiln.guard' op can never hold: dimension 0 of 'tensor<8xf32>' is 8, not 4}}
  kiln.guard %a {dim = 0 : i64, equals = 4 : i64} : tensor<8xf32>
  return
}

// -----

// Value guards compare integers only.
func.func @f(%x: f32) {
  // expected-error @+1 {{'kiln.guard' op a value guard expects an integer or index value, got 'f32'}}
  kiln.guard %x {equals = 1 : i64} : f32
  return
}

// -----

// A value guard reads one element.
func.func @f(%t: tensor<4xi64>) {
  // expected-error @+1 {{'kiln.guard' op a value guard expects a scalar or a rank-0 tensor, got 'tensor<4xi64>'}}
  kiln.guard %t {equals = 1 : i64} : tensor<4xi64>
  return
}

// -----

// A guard checks exactly one value.
func.func @f() {
  // expected-error @+1 {{'kiln.guard' op expects 1 operand, found 0}}
  "kiln.guard"() {equals = 1 : i64} : () -> ()
  return
}
