// Run-time errors name the op, its location and the expected vs actual dimensions; the exit
// status is non-zero and nothing panics.
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<6f', 1, 2, 3, 4, 5, 6))" > %t.bin
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<2i', 0, 7))" > %t.ids
// RUN: not jit-run %s --entry=shapes --input=%t.bin:2x3:f32 --input=%t.bin:3x2:f32 2>&1 | FileCheck %s --check-prefix=BIND
// RUN: not jit-run %s --entry=check --input=%t.bin:2x3:f32 --input=%t.bin:3x2:f32 2>&1 | FileCheck %s --check-prefix=CHECK-OP
// RUN: not jit-run %s --entry=lookup --input=%t.ids:2:i32 2>&1 | FileCheck %s --check-prefix=OOB
// RUN: not jit-run %s --entry=divide 2>&1 | FileCheck %s --check-prefix=DIV
// Native code (tier 1) reports the same run-time errors instead of trapping or reading out of
// bounds.
// RUN: not jit-run --tier=1 %s --entry=check --input=%t.bin:2x3:f32 --input=%t.bin:3x2:f32 2>&1 | FileCheck %s --check-prefix=CHECK-OP
// RUN: not jit-run --tier=2 %s --entry=check --input=%t.bin:2x3:f32 --input=%t.bin:3x2:f32 2>&1 | FileCheck %s --check-prefix=CHECK-OP
// RUN: not jit-run --tier=1 %s --entry=lookup --input=%t.ids:2:i32 2>&1 | FileCheck %s --check-prefix=OOB
// RUN: not jit-run --tier=2 %s --entry=lookup --input=%t.ids:2:i32 2>&1 | FileCheck %s --check-prefix=OOB
// RUN: not jit-run --tier=1 %s --entry=divide 2>&1 | FileCheck %s --check-prefix=DIV
// RUN: not jit-run --tier=2 %s --entry=divide 2>&1 | FileCheck %s --check-prefix=DIV
// RUN: not jit-run %s --entry=shapes --input=%t.bin:2x3:f32 2>&1 | FileCheck %s --check-prefix=COUNT
// RUN: not jit-run %s --entry=shapes --input=missing.npy --input=%t.bin:2x3:f32 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not jit-run %s --entry=shapes --input=%t.bin:4x4:f32 --input=%t.bin:2x3:f32 2>&1 | FileCheck %s --check-prefix=SIZE
// A size for a symbol the entry does not have is an error naming the symbols it has.
// RUN: not jit-run %s --entry=shapes --random-inputs=1 --sym=B=16 2>&1 | FileCheck %s --check-prefix=SYM

// SYM: jit-run: error: --sym B: the entry's signature has no symbol 'B' (its symbols: N)
// An argument over the engine's buffer limit is refused, naming the limit.
// RUN: not jit-run %s --entry=shapes --input=%t.bin:2x3:f32 --input=%t.bin:2x3:f32 --max-buffer-bytes=16 2>&1 | FileCheck %s --check-prefix=LIMIT
// LIMIT: argument #0 of '@shapes' (tensor<2x3xf32>) holds 24 bytes, over the engine's limit of 16 bytes (Limits::max_buffer_bytes)

// BIND: argument #1 of '@shapes': expected 'tensor<Nx3xf32>', got tensor<3x2xf32> (N = 2 from an earlier value)
func.func @shapes(%a: tensor<Nx3xf32>, %b: tensor<Nx3xf32>) -> tensor<Nx3xf32> {
  %0 = ktensor.add %a, %b : tensor<Nx3xf32>
  return %0 : tensor<Nx3xf32>
}

// CHECK-OP: errors.mlir:[[@LINE+2]]:3: error: run-time shape check failed: rows must agree: got 2 vs 3
func.func @check(%a: tensor<Nx3xf32>, %b: tensor<Mx2xf32>) {
  ktensor.assert_dim_eq %a, %b {lhs_dim = 0, rhs_dim = 0, message = "rows must agree"} : (tensor<Nx3xf32>, tensor<Mx2xf32>) -> ()
  return
}

// OOB: errors.mlir:[[@LINE+3]]:3: error: gather index 7 is out of range [0, 3)
func.func @lookup(%ids: tensor<Kxi32>) -> tensor<Kx2xf32> {
  %t = ktensor.constant dense<1.0> : tensor<3x2xf32>
  %0 = ktensor.gather %t, %ids {axis = 0} : (tensor<3x2xf32>, tensor<Kxi32>) -> tensor<Kx2xf32>
  return %0 : tensor<Kx2xf32>
}

// DIV: errors.mlir:[[@LINE+4]]:3: error: integer division by zero
func.func @divide() -> tensor<2xi32> {
  %a = ktensor.constant dense<[4, 5]> : tensor<2xi32>
  %b = ktensor.constant dense<[2, 0]> : tensor<2xi32>
  %0 = ktensor.div %a, %b : tensor<2xi32>
  return %0 : tensor<2xi32>
}

// COUNT: jit-run: error: '@shapes' takes 2 arguments, got 1 inputs
// MISSING: missing.npy: No such file or directory
// SIZE: shape [4, 4] holds 16 elements, got 6
