// RUN: not jit-opt %s --split-input-file --import=upstream 2>&1 | FileCheck %s

// An upstream op with no Kiln equivalent at the loop level is an error at its location in
// the input file, naming it.
// CHECK: import-invalid.mlir:[[@LINE+2]]:3: error: 'linalg.fill' cannot be imported: Kiln's loop level has no equivalent
func.func @f(%a: memref<4xf32>, %x: f32) {
  linalg.fill ins(%x : f32) outs(%a : memref<4xf32>)
  return
}

// -----

// Kiln's while loops keep their state in buffers: carried values cannot come in.
// CHECK: import-invalid.mlir:[[@LINE+3]]:8: error: an 'scf.while' with carried values cannot be imported
func.func @g(%n: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %r = scf.while (%i = %n) : (i32) -> i32 {
    %c = arith.cmpi sgt, %i, %c1 : i32
    scf.condition(%c) %i : i32
  } do {
  ^bb0(%i: i32):
    %d = arith.subi %i, %c1 : i32
    scf.yield %d : i32
  }
  return %r : i32
}

// -----

// Upstream's own verifier checks the input first, and its error comes back.
// CHECK: import-invalid.mlir:[[@LINE+2]]:8: error: upstream MLIR cannot parse the module: loc("-":{{[0-9]+}}:8): 'arith.addf' op requires the same type for all operands and results
func.func @h(%a: f32, %b: f64) -> f32 {
  %0 = "arith.addf"(%a, %b) : (f32, f64) -> f32
  return %0 : f32
}

// -----

// The export's marker of returned buffers is checked against the signature, not trusted.
// CHECK: import-invalid.mlir:[[@LINE+1]]:1: error: 'kiln.returned' does not match the function's signature
func.func private @r(%n: index, %out: memref<?xf32>) -> f32 attributes {kiln.returned = array<i64: 5>, kiln.bridge} {
  %z = arith.constant 0.0 : f32
  return %z : f32
}

// -----

// A memref layout other than strided would be read wrongly: it is an error.
// CHECK: import-invalid.mlir:[[@LINE+1]]:1: error: a memref with the layout 'affine_map<(d0, d1) -> (d1, d0)>' cannot be imported
func.func @t(%a: memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>) {
  return
}

// -----

// At the llvm level: an atomic load has no Kiln equivalent, and the error names the property.
// CHECK: import-invalid.mlir:[[@LINE+2]]:8: error: 'llvm.load' cannot be imported: Kiln's loads and stores are not atomic ('ordering = 7 : i64')
llvm.func @atomic(%p: !llvm.ptr) -> i32 {
  %v = llvm.load %p atomic seq_cst {alignment = 4 : i64} : !llvm.ptr -> i32
  llvm.return %v : i32
}

// -----

// A calling convention other than C's does not come in either.
// CHECK: import-invalid.mlir:[[@LINE+1]]:1: error: 'llvm.func' cannot be imported: Kiln calls with the C convention only ('CConv = #llvm.cconv<fastcc>')
llvm.func fastcc @fast(%a: i64) -> i64 {
  llvm.return %a : i64
}

// -----

// Nor does a function beside llvm ops at module level that is not one.
// CHECK: import-invalid.mlir:[[@LINE+4]]:1: error: 'func.func' cannot be imported beside llvm ops
llvm.func @l(%a: i64) -> i64 {
  llvm.return %a : i64
}
func.func @f(%a: i64) -> i64 {
  return %a : i64
}
