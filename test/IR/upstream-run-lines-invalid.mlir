// RUN lines as upstream writes them: single-dash options, -re expectations, @above/@below/@+N
// and notes, --mlir-disable-threading.
// RUN: jit-opt %s -split-input-file -verify-diagnostics -mlir-disable-threading
// RUN: jit-opt %s --split-input-file --verify-diagnostics --mlir-disable-threading
// A malformed expectation is an error at its location (each chunk checked).
// RUN: not jit-opt %S/Inputs/malformed-expectations.mlir -split-input-file -verify-diagnostics 2>&1 | FileCheck %s --check-prefix=MALFORMED
// MALFORMED: malformed-expectations.mlir:3:6: error: invalid regular expression in 'bad {{.*}} regex'
// MALFORMED: malformed-expectations.mlir:9:4: error: '@-20' points before the first line

// A regular expression inside the expected text.
func.func @arity(%a: i32) -> i32 {
  // expected-error-re @+1 {{'arith.addi' op expects {{[0-9]+}} operands, found 1}}
  %0 = "arith.addi"(%a) : (i32) -> i32
  return %0 : i32
}

// -----

// The type clash at a use, with a note at the prior definition (@below and @above forms).
// expected-note @below {{prior use here}}
func.func @types(%a: i32) -> f32 {
  %0 = arith.addi %a, %a : f32
  // expected-error @above {{use of value '%a' expects different type than prior uses: 'f32' vs 'i32'}}
  return %0 : f32
}

// -----

// The dimension as an operand (upstream's tensor.dim form) gets a diagnostic that says how
// Kiln writes it.
func.func @dim(%t: tensor<4x?xf32>) -> index {
  %c1 = arith.constant 1 : index
  // expected-error-re @+1 {{Kiln's 'ktensor.dim' takes the dimension as an attribute{{.*}}{index = 1 : i64}}}
  %d = ktensor.dim %t, %c1 : tensor<4x?xf32>
  return %d : index
}

// -----

// An unknown op of a registered dialect.
func.func @unknown(%a: i32) -> i32 {
  // expected-error-re @+1 {{custom op 'arith.{{[a-z]+}}' is unknown}}
  %0 = arith.frobnicate %a : i32
  return %0 : i32
}

// -----

// Upstream's tensor dialect is not Kiln's (Kiln's tensor level is `ktensor`): its ops are an
// unregistered dialect here.
func.func @upstream_tensor(%t: tensor<4x?xf32>) -> index {
  %c1 = arith.constant 1 : index
  // expected-error @+1 {{custom op 'tensor.dim' is unknown}}
  %d = tensor.dim %t, %c1 : tensor<4x?xf32>
  return %d : index
}
