// Regression (a segfault found by the random-program oracle): gather and scatter along an axis
// of extent 0 read and wrote element 0 of an empty buffer at tiers 1-3. An index out of range
// was reported, then the access went ahead at a clamped index, which an empty extent does not
// have; now the access runs only for an index in range, and every tier fails the call.
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<3i', 0, 1, 2))" > %t.i.bin
// RUN: %python -c "import sys; sys.stdout.buffer.write(b'')" > %t.e.bin
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<6d', 1, 2, 3, 4, 5, 6))" > %t.u.bin
// RUN: not jit-run %s --entry=gather --input=%t.e.bin:0x2:f64 --input=%t.i.bin:3:i32 2>&1 | FileCheck %s --check-prefix=GATHER
// RUN: not jit-run --tier=1 --no-cache %s --entry=gather --input=%t.e.bin:0x2:f64 --input=%t.i.bin:3:i32 2>&1 | FileCheck %s --check-prefix=GATHER
// RUN: not jit-run --tier=2 --no-cache %s --entry=gather --input=%t.e.bin:0x2:f64 --input=%t.i.bin:3:i32 2>&1 | FileCheck %s --check-prefix=GATHER
// RUN: not jit-run --tier=3 --no-cache %s --entry=gather --input=%t.e.bin:0x2:f64 --input=%t.i.bin:3:i32 2>&1 | FileCheck %s --check-prefix=GATHER
// RUN: not jit-run %s --entry=scatter --input=%t.e.bin:0x2:f64 --input=%t.i.bin:3:i32 --input=%t.u.bin:3x2:f64 2>&1 | FileCheck %s --check-prefix=SCATTER
// RUN: not jit-run --tier=1 --no-cache %s --entry=scatter --input=%t.e.bin:0x2:f64 --input=%t.i.bin:3:i32 --input=%t.u.bin:3x2:f64 2>&1 | FileCheck %s --check-prefix=SCATTER
// RUN: not jit-run --tier=2 --no-cache %s --entry=scatter --input=%t.e.bin:0x2:f64 --input=%t.i.bin:3:i32 --input=%t.u.bin:3x2:f64 2>&1 | FileCheck %s --check-prefix=SCATTER

// GATHER: gather-scatter-empty-axis.mlir:[[# @LINE + 3]]:3: error: gather index 0 is out of range [0, 0)
// SCATTER: gather-scatter-empty-axis.mlir:[[# @LINE + 7]]:3: error: scatter index 0 is out of range [0, 0)
func.func @gather(%t: tensor<Kx2xf64>, %i: tensor<3xi32>) -> tensor<3x2xf64> {
  %0 = ktensor.gather %t, %i {axis = 0} : (tensor<Kx2xf64>, tensor<3xi32>) -> tensor<3x2xf64>
  return %0 : tensor<3x2xf64>
}

func.func @scatter(%t: tensor<Kx2xf64>, %i: tensor<3xi32>, %u: tensor<3x2xf64>) -> tensor<Kx2xf64> {
  %0 = ktensor.scatter %t, %i, %u {axis = 0, kind = "add"} : (tensor<Kx2xf64>, tensor<3xi32>, tensor<3x2xf64>) -> tensor<Kx2xf64>
  return %0 : tensor<Kx2xf64>
}
