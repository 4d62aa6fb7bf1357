// RUN: jit-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// A use before its definition in a function body (an SSACFG region).
func.func @f(%a: i32) -> i32 {
  // expected-error @+1 {{operand #0 does not dominate this use}}
  %0 = arith.addi %1, %a : i32
  // expected-note @+1 {{operand defined here}}
  %1 = arith.addi %a, %a : i32
  return %0 : i32
}

// -----

// A value from a block that does not dominate the use.
"func.func"() <{function_type = (i1) -> (), sym_name = "f"}> ({
^bb0(%c: i1):
  "test.cond_br"(%c)[^bb1, ^bb2] : (i1) -> ()
^bb1:
  // expected-note @+1 {{operand defined here}}
  %x = "test.def"() : () -> i32
  "test.br"()[^bb3] : () -> ()
^bb2:
  "test.br"()[^bb3] : () -> ()
^bb3:
  // expected-error @+1 {{operand #0 does not dominate this use}}
  "test.use"(%x) : (i32) -> ()
  "func.return"() : () -> ()
}) : () -> ()

// -----

// Names of enclosing regions are not visible inside isolated-from-above ops (the verifier's own
// isolation check is exercised from Rust, where such IR can be built).
"test.holder"() ({
  %v = "test.def"() : () -> i32
  func.func @g() {
    // expected-error @+1 {{use of undeclared SSA value name '%v'}}
    "test.use"(%v) : (i32) -> ()
    return
  }
}) : () -> ()

// -----

// A block of a function must end with a terminator.
func.func @f(%a: i32) {
  // expected-error @+1 {{block with no terminator, has 'arith.addi'}}
  %0 = arith.addi %a, %a : i32
}

// -----

// A terminator must be last.
func.func @f() {
  // expected-error @+1 {{'func.return' op must be the last operation in the parent block}}
  return
  return
}

// -----

// Symbols are unique within a symbol table.
// expected-note @+1 {{see existing symbol definition here}}
func.func private @dup()
// expected-error @+1 {{redefinition of symbol named 'dup'}}
func.func private @dup()

// -----

// Same-operands-and-result-type trait.
func.func @f(%a: i32, %b: i64) {
  // expected-error @+1 {{'arith.addi' op requires the same type for all operands and results}}
  %0 = "arith.addi"(%a, %b) : (i32, i64) -> i32
  return
}

// -----

// Return operands must match the function signature.
func.func @f(%a: i32) -> i64 {
  // expected-error @+1 {{'func.return' op type of return operand 0 ('i32') doesn't match function result type ('i64') in function @f}}
  return %a : i32
}

// -----

// Calls must reference an existing function with matching types.
func.func @f(%a: i32) {
  // expected-error @+1 {{'func.call' op 'missing' does not reference a valid function}}
  call @missing(%a) : (i32) -> ()
  return
}

// -----

func.func private @callee(i64)
func.func @f(%a: i32) {
  // expected-error @+1 {{'func.call' op operand type mismatch: expected operand type 'i64', but provided 'i32' for operand number 0}}
  call @callee(%a) : (i32) -> ()
  return
}

// -----

// The entry block must match the signature.
// expected-error @+1 {{'func.func' op type of entry block argument #0('i64') must match the type of the corresponding argument in function signature('i32')}}
"func.func"() <{function_type = (i32) -> (), sym_name = "f"}> ({
^bb0(%a: i64):
  "func.return"() : () -> ()
}) : () -> ()
