// RUN: jit-opt --split-input-file --verify-diagnostics %s

// Regression: a compare with no operands passed the verifier and panicked the importer.
func.func @compare_no_operands() -> tensor<4xi1> {
  // expected-error @+1 {{'stablehlo.compare' op expects 2 operands, found 0}}
  %0 = "stablehlo.compare"() {comparison_direction = #stablehlo<comparison_direction NE>} : () -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

// Regression: a one-operand multiply was accepted; tiers 1 and 2 panicked on it.
func.func @multiply_one_operand(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'stablehlo.multiply' op expects 2 operands, found 1}}
  %0 = "stablehlo.multiply"(%a) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Regression: a one-operand add was accepted; tiers 1 and 2 panicked on it.
func.func @add_one_operand(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'stablehlo.add' op expects 2 operands, found 1}}
  %0 = "stablehlo.add"(%a) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// A unary op with two operands.
func.func @exponential_two_operands(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'stablehlo.exponential' op expects 1 operand, found 2}}
  %0 = "stablehlo.exponential"(%a, %a) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// An elementwise op without a result.
func.func @negate_no_result(%a: tensor<4xf32>) {
  // expected-error @+1 {{'stablehlo.negate' op expects 1 result, found 0}}
  "stablehlo.negate"(%a) : (tensor<4xf32>) -> ()
  return
}

// -----

// select takes a condition and two values.
func.func @select_two_operands(%c: tensor<4xi1>, %a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'stablehlo.select' op expects 3 operands, found 2}}
  %0 = "stablehlo.select"(%c, %a) : (tensor<4xi1>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// dot_general contracts two operands.
func.func @dot_general_one_operand(%a: tensor<4xf32>) -> tensor<f32> {
  // expected-error @+1 {{'stablehlo.dot_general' op expects 2 operands, found 1}}
  %0 = "stablehlo.dot_general"(%a) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<4xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// chlo.top_k returns the values and their indices.
func.func @top_k_one_result(%a: tensor<8xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{'chlo.top_k' op expects 2 results, found 1}}
  %0 = "chlo.top_k"(%a) {k = 2 : i64} : (tensor<8xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// Regression (generic-form mutation): a barrier with more results than operands panicked the
// importer.
func.func @barrier_extra_result(%a: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{'stablehlo.optimization_barrier' op expects one result of each operand's type (1 operands, 2 results)}}
  %0:2 = "stablehlo.optimization_barrier"(%a) : (tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>)
  return %0#0 : tensor<3xf32>
}

// -----

// A constant without its value (once verified, then printed in a form that does not parse:
// found by the parse fuzz target).
func.func @no_value() -> tensor<i32> {
  // expected-error @+1 {{'stablehlo.constant' op requires attribute 'value'}}
  %0 = "stablehlo.constant"() {valwe = dense<1> : tensor<i32>} : () -> tensor<i32>
  return %0 : tensor<i32>
}

// -----

// A dot_general without its dimension numbers.
func.func @no_dims(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'stablehlo.dot_general' op requires attribute 'dot_dimension_numbers'}}
  %0 = "stablehlo.dot_general"(%a, %b) : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}
