// RUN: jit-opt --split-input-file --verify-diagnostics %s

// Unknown dialect without --allow-unregistered-dialect.
// expected-error @+1 {{unregistered dialect ('foo')}}
"foo.bar"() : () -> ()

// -----

// Unknown op of a registered dialect.
// expected-error @+1 {{unregistered operation 'arith.frobnicate' found in dialect ('arith')}}
"arith.frobnicate"() : () -> ()

// -----

// Custom form of an op that does not exist.
func.func @f() {
  // expected-error @+1 {{custom op 'nonsense' is unknown}}
  nonsense
}

// -----

// Use of an undefined value.
func.func @f() {
  // expected-error @+1 {{use of undeclared SSA value name '%x'}}
  "func.return"(%x) : (i32) -> ()
}

// -----

// Redefinition of a value.
func.func @f(%a: i32) {
  %0 = arith.addi %a, %a : i32
  // expected-error @+1 {{redefinition of SSA value '%0'}}
  %0 = arith.addi %a, %a : i32
  return
}

// -----

// Type mismatch between uses; the note points at the definition.
// expected-note @below {{prior use here}}
func.func @f(%a: i32) {
  // expected-error @+1 {{use of value '%a' expects different type than prior uses: 'i64' vs 'i32'}}
  %0 = arith.addi %a, %a : i64
  return
}

// -----

// Result count mismatch.
func.func @f() {
  // expected-error @+1 {{operation defines 1 results but was provided 2 to bind}}
  %0:2 = arith.constant 1 : i32
  return
}

// -----

// Operand count mismatch in the generic form.
func.func @f(%a: i32) {
  // expected-error @+1 {{expected 1 operand type but had 2}}
  "func.return"(%a) : (i32, i32) -> ()
}

// -----

// Unknown type keyword.
// expected-error @+1 {{unknown type 'f33'}}
func.func @f(%a: f33)

// -----

// Malformed dimension list.
// expected-error @+1 {{expected 'x' in dimension list}}
"func.return"() {t = tensor<4 5xf32>} : () -> ()

// -----

// Dense literal whose shape does not match its type.
// expected-error @+1 {{inferred shape of elements literal ([3]) does not match type ([2])}}
"func.return"() {v = dense<[1, 2, 3]> : tensor<2xi32>} : () -> ()

// -----

// Dense literal of a dynamic shape.
// expected-error @+1 {{elements literal type must have static shape}}
"func.return"() {v = dense<1> : tensor<?xi32>} : () -> ()

// -----

// Integer out of range for its type.
// expected-error @+1 {{integer constant out of range for attribute}}
"func.return"() {v = 300 : i8} : () -> ()

// -----

// Duplicate dictionary key.
// expected-error @+1 {{duplicate key 'a' in dictionary attribute}}
"func.return"() {a = 1, a = 2} : () -> ()

// -----

// Location alias never defined.
func.func @f() {
  // expected-error @+1 {{operation location alias '#nowhere' was never defined}}
  return loc(#nowhere)
}

// -----

// Undefined attribute alias.
// expected-error @+1 {{undefined symbol alias id 'missing'}}
"func.return"() {a = #missing} : () -> ()

// -----

// Reference to a block that is never defined.
"func.func"() <{function_type = () -> (), sym_name = "f"}> ({
  // expected-error @+1 {{reference to an undefined block '^bb9'}}
  "func.return"()[^bb9] : () -> ()
}) : () -> ()

// -----

// Unterminated string.
// expected-error @+1 {{expected operation name in quotes}}
"func.return

// -----

// Dense integers wider than 64 bits (once a slice out of range: found by the import fuzz target).
func.func @wide() -> tensor<2xi80> {
  // expected-error @+1 {{dense elements of integers wider than 64 bits are not supported}}
  %0 = arith.constant dense<1> : tensor<2xi80>
  return %0 : tensor<2xi80>
}

// -----

// A static shape whose byte size overflows (once an overflowing multiply).
func.func @huge() -> tensor<4294967296x4294967296x4xi16> {
  // expected-error @+1 {{elements literal type is too large}}
  %0 = arith.constant dense<"0x010002"> : tensor<4294967296x4294967296x4xi16>
  return %0 : tensor<4294967296x4294967296x4xi16>
}
