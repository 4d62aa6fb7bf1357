// f64 `ktensor.erf_inv` at every tier: no libm has an inverse error function, so tiers 1-3
// call the runtime's `kiln_erf_inv`, the function tier 0 evaluates (the same bits), where
// they used to fail in LLVM translation (found by the random-program oracle). The values
// come from a file, so no tier can fold them.
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<6d', 0.5, -0.9, 0.0, 1.0, -1.0, 1.5))" > %t.bin
// RUN: jit-run %s --input=%t.bin:6:f64 --print-output | FileCheck %s
// RUN: jit-run --tier=1 --no-cache %s --input=%t.bin:6:f64 --print-output | FileCheck %s
// RUN: jit-run --tier=2 --no-cache %s --input=%t.bin:6:f64 --print-output | FileCheck %s
// RUN: jit-run --tier=3 --no-cache %s --input=%t.bin:6:f64 --print-output | FileCheck %s

// CHECK: result #0: tensor<6xf64>
// CHECK-NEXT: {{\[}}0.4769362762044699, -1.1630871536766743, 0, inf, -inf, NaN]
func.func @main(%x: tensor<6xf64>) -> tensor<6xf64> {
  %0 = ktensor.erf_inv %x : tensor<6xf64>
  return %0 : tensor<6xf64>
}
