// Regression: extents read from input data (a run-time shape) sized buffers with wrapping
// arithmetic. A product that overflowed 64 bits undersized the buffer and tiers 1 and 2 wrote
// past it (segfault); a refused allocation returned null and they wrote through it; tier 0
// panicked. Now every tier reports the error and native code stops before writing.
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<2q', 2**62, 8))" > %t.wrap
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<2q', 2**40, 2**40))" > %t.wrap2
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<2q', 2**27, 2**27))" > %t.huge
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<2q', 3, 2))" > %t.ok
// RUN: not jit-run %s --input %t.wrap:2:i64 2>&1 | FileCheck %s --check-prefix=WRAP0
// RUN: not jit-run %s --input %t.wrap2:2:i64 2>&1 | FileCheck %s --check-prefix=WRAP0
// RUN: not jit-run %s --input %t.huge:2:i64 2>&1 | FileCheck %s --check-prefix=HUGE
// RUN: not jit-run --tier=1 --no-cache %s --input %t.wrap:2:i64 2>&1 | FileCheck %s --check-prefix=WRAP
// RUN: not jit-run --tier=1 --no-cache %s --input %t.wrap2:2:i64 2>&1 | FileCheck %s --check-prefix=WRAP
// RUN: not jit-run --tier=1 --no-cache %s --input %t.huge:2:i64 2>&1 | FileCheck %s --check-prefix=HUGE
// RUN: not jit-run --tier=2 --no-cache %s --input %t.wrap:2:i64 2>&1 | FileCheck %s --check-prefix=WRAP
// RUN: not jit-run --tier=2 --no-cache %s --input %t.huge:2:i64 2>&1 | FileCheck %s --check-prefix=HUGE
// The same code still computes a shape that fits.
// RUN: jit-run %s --input %t.ok:2:i64 --print-output | FileCheck %s
// RUN: jit-run --tier=1 --no-cache %s --input %t.ok:2:i64 --print-output | FileCheck %s
// RUN: jit-run --tier=2 --no-cache %s --input %t.ok:2:i64 --print-output | FileCheck %s

// WRAP0: runtime-shape-overflow.mlir:[[@LINE+7]]:3: error: the shape operand {{.*}} is too large: its element count overflows 63 bits
// WRAP: error: a buffer of shape {{.*}} is too large: its size overflows 63 bits
// HUGE: error: cannot allocate {{[0-9]+}} bytes for a {{tensor|buffer}} of shape [134217728, 134217728]
// CHECK: result #0: tensor<3x2xf32>
// CHECK-NEXT: {{\[\[}}0, 0], [1, 1], [2, 2]]

func.func @main(%s: tensor<2xi64>) -> tensor<?x?xf32> {
  %0 = stablehlo.dynamic_iota %s, dim = 0 : (tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}
