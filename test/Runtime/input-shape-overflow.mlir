// Regression: an --input shape whose element count overflows 64 bits wrapped to the file's
// element count and was accepted; the i32 get_dimension_size then truncated the extent, the
// shape assertion passed, tiers 1 and 2 segfaulted and tier 0 panicked. Every tier now refuses
// the shape before calling, .npy headers included.
// RUN: python3 -c "import sys; sys.stdout.buffer.write(bytes(1024))" > %t.bin
// RUN: python3 -c "import sys; sys.stdout.buffer.write(bytes(64 * 48 * 4))" > %t.w
// RUN: not jit-run %s --input %t.bin:288230376151711748x64:f32 --input %t.w:64x48:f32 2>&1 | FileCheck %s --check-prefix=WRAP
// RUN: not jit-run --tier=1 --no-cache %s --input %t.bin:288230376151711748x64:f32 --input %t.w:64x48:f32 2>&1 | FileCheck %s --check-prefix=WRAP
// RUN: not jit-run --tier=2 --no-cache %s --input %t.bin:288230376151711748x64:f32 --input %t.w:64x48:f32 2>&1 | FileCheck %s --check-prefix=WRAP
// RUN: python3 -c "h = \"{'descr': '<f4', 'fortran_order': False, 'shape': (288230376151711748, 64), }\".ljust(117) + '\n'; import sys, struct; sys.stdout.buffer.write(b'\x93NUMPY\x01\x00' + struct.pack('<H', len(h)) + h.encode() + bytes(1024))" > %t.npy
// RUN: not jit-run %s --input %t.npy --input %t.w:64x48:f32 2>&1 | FileCheck %s --check-prefix=NPY
// A header that fits 63 bits but declares more data than the file holds is refused too.
// RUN: python3 -c "h = \"{'descr': '<f4', 'fortran_order': False, 'shape': (1099511627776, 1), }\".ljust(117) + '\n'; import sys, struct; sys.stdout.buffer.write(b'\x93NUMPY\x01\x00' + struct.pack('<H', len(h)) + h.encode() + bytes(16))" > %t.short.npy
// RUN: not jit-run %s --input %t.short.npy --input %t.w:64x48:f32 2>&1 | FileCheck %s --check-prefix=SHORT
// An extent that does not fit get_dimension_size's i32 (a tensor with no elements can have
// one) is a run-time error at every tier, not a truncated extent.
// RUN: python3 -c "import sys; sys.stdout.buffer.write(b'')" > %t.empty
// RUN: not jit-run %s --input %t.empty:4294967300x0:f32 --input %t.w:64x48:f32 2>&1 | FileCheck %s --check-prefix=I32
// RUN: not jit-run --tier=1 --no-cache %s --input %t.empty:4294967300x0:f32 --input %t.w:64x48:f32 2>&1 | FileCheck %s --check-prefix=I32
// RUN: not jit-run --tier=2 --no-cache %s --input %t.empty:4294967300x0:f32 --input %t.w:64x48:f32 2>&1 | FileCheck %s --check-prefix=I32

// WRAP: error: {{.*}}.bin: shape [288230376151711748, 64] of f32 is too large: its element count or byte size overflows 63 bits
// NPY: error: {{.*}}.npy: the shape in the header is too large
// SHORT: error: {{.*}}.short.npy: the header's shape [1099511627776, 1] needs more data than the file's {{[0-9]+}} bytes
// I32: input-shape-overflow.mlir:[[@LINE+3]]:3: error: extent 4294967300 of dimension 0 does not fit the result type 'i32'

func.func public @main(%arg0: tensor<?x?xf32>, %arg1: tensor<64x48xf32>) -> tensor<i32> {
  %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x?xf32>) -> tensor<i32>
  %c = stablehlo.constant dense<1> : tensor<i32>
  %1 = stablehlo.compare GE, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
  stablehlo.custom_call @shape_assertion(%1, %0) {api_version = 2 : i32, error_message = "b >= 1 (b = {0})", has_side_effect = true} : (tensor<i1>, tensor<i32>) -> ()
  return %0 : tensor<i32>
}
