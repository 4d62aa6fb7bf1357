// Malformed expectations, for upstream-run-lines-invalid.mlir.
func.func @f() {
  // expected-error-re @+1 {{bad {{[}} regex}}
  return
}

// -----

// expected-error @-20 {{before the file}}
func.func @g() {
  return
}
