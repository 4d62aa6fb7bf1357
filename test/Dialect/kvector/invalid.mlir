// RUN: jit-opt --split-input-file --verify-diagnostics %s

// Loads produce vectors of the buffer's element type.
func.func @f(%b: memref<?xf32>, %i: index) {
  // expected-error @+1 {{'kvector.load' op expects the vector to hold the buffer's element type, and one index per dimension}}
  %0 = kvector.load %b, %i : (memref<?xf32>, index) -> vector<8xi32>
  return
}

// -----

// Masks have one bit per lane.
func.func @f(%b: memref<?xf32>, %i: index, %m: vector<4xi1>, %p: vector<8xf32>) {
  // expected-error @+1 {{'kvector.maskedload' op expects a mask of type vector<8xi1>}}
  %0 = kvector.maskedload %b, %i, %m, %p : (memref<?xf32>, index, vector<4xi1>, vector<8xf32>) -> vector<8xf32>
  return
}

// -----

// Lane positions are in range.
func.func @f(%v: vector<4xf32>) {
  // expected-error @+1 {{'kvector.extract' op position 4 is out of range for 4 lanes}}
  %0 = kvector.extract %v {position = 4} : (vector<4xf32>) -> f32
  return
}

// -----

// Shuffle masks index the concatenated inputs.
func.func @f(%v: vector<4xf32>) {
  // expected-error @+1 {{'kvector.shuffle' op mask index 8 is out of range for 8 input lanes}}
  %0 = kvector.shuffle %v, %v {mask = array<i64: 0, 8>} : (vector<4xf32>, vector<4xf32>) -> vector<2xf32>
  return
}

// -----

// Reduction kinds are named.
func.func @f(%v: vector<4xf32>) {
  // expected-error @+1 {{'kvector.reduction' op unknown reduction kind 'avg'}}
  %0 = kvector.reduction %v {kind = "avg"} : (vector<4xf32>) -> f32
  return
}

// -----

// Regression: a broadcast without a result panicked the verifier.
func.func @broadcast_no_result(%a: f32) {
  // expected-error @+1 {{'kvector.broadcast' op expects 1 result, found 0}}
  "kvector.broadcast"(%a) : (f32) -> ()
  return
}

// -----

// Regression (generic-form mutation): a shuffle of one vector panicked the verifier.
func.func @shuffle_one_operand(%a: vector<4xf32>) -> vector<2xf32> {
  // expected-error @+1 {{'kvector.shuffle' op expects 2 operands, found 1}}
  %0 = "kvector.shuffle"(%a) <{mask = array<i64: 0, 1>}> : (vector<4xf32>) -> vector<2xf32>
  return %0 : vector<2xf32>
}
