// Hand-written loop-level code is bounds-checked at every tier: an index the caller passes
// cannot steer native code outside its buffers (tier 1 read and wrote past them, and an
// 8-lane vector load from a 2-element buffer corrupted the heap). Code lowered from the tensor
// level is in bounds by construction and carries no checks.
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<4f', 1, 2, 3, 4))" > %t.buf
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<q', 2))" > %t.i2
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<q', 4))" > %t.i4
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<q', -1))" > %t.im1
// RUN: jit-run %s --entry=load --input=%t.buf:4:f32 --input=%t.i2::i64 --print-output | FileCheck %s --check-prefix=OK
// RUN: jit-run --tier=1 --no-cache %s --entry=load --input=%t.buf:4:f32 --input=%t.i2::i64 --print-output | FileCheck %s --check-prefix=OK
// RUN: jit-run --tier=2 --no-cache %s --entry=load --input=%t.buf:4:f32 --input=%t.i2::i64 --print-output | FileCheck %s --check-prefix=OK
// RUN: not jit-run %s --entry=load --input=%t.buf:4:f32 --input=%t.i4::i64 2>&1 | FileCheck %s --check-prefix=OOB0
// RUN: not jit-run --tier=1 --no-cache %s --entry=load --input=%t.buf:4:f32 --input=%t.i4::i64 2>&1 | FileCheck %s --check-prefix=OOB
// RUN: not jit-run --tier=2 --no-cache %s --entry=load --input=%t.buf:4:f32 --input=%t.im1::i64 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: not jit-run --tier=1 --no-cache %s --entry=store --input=%t.buf:4:f32 --input=%t.i4::i64 2>&1 | FileCheck %s --check-prefix=OOB
// RUN: not jit-run --tier=1 --no-cache %s --entry=vload --input=%t.buf:4:f32 --input=%t.i2::i64 2>&1 | FileCheck %s --check-prefix=LANES
// RUN: not jit-run --tier=2 --no-cache %s --entry=vload --input=%t.buf:4:f32 --input=%t.i2::i64 2>&1 | FileCheck %s --check-prefix=LANES
// RUN: jit-opt %s --tier=1 | FileCheck %s --check-prefix=IR

// OK: result #0: tensor<f32>
// OK-NEXT: 3
// OOB0: error
// OOB: error: index 4 is out of bounds for an extent of 4
// NEG: error: index -1 is out of bounds for an extent of 4
// LANES: error: elements 2..6 are out of bounds for an extent of 4
// IR-LABEL: llvm.func @load(
// IR: llvm.call @kiln_rt_check_index(
// IR-LABEL: llvm.func @tensor_level(
// IR-NOT: kiln_rt_check_index
// IR: llvm.return

func.func @load(%a: memref<?xf32>, %i: i64) -> f32 {
  %k = arith.index_cast %i : i64 to index
  %v = loop.load %a[%k] : memref<?xf32>
  return %v : f32
}

func.func @store(%a: memref<?xf32>, %i: i64) -> f32 {
  %k = arith.index_cast %i : i64 to index
  %one = arith.constant 1.0 : f32
  loop.store %one, %a[%k] : memref<?xf32>
  return %one : f32
}

func.func @vload(%a: memref<?xf32>, %i: i64) -> f32 {
  %k = arith.index_cast %i : i64 to index
  %v = kvector.load %a, %k : (memref<?xf32>, index) -> vector<4xf32>
  %s = kvector.reduction %v {kind = "add"} : (vector<4xf32>) -> f32
  return %s : f32
}

func.func @tensor_level(%x: tensor<Nxf32>) -> tensor<Nxf32> {
  %0 = ktensor.exp %x : tensor<Nxf32>
  return %0 : tensor<Nxf32>
}
