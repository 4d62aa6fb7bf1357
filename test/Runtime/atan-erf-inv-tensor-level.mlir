// ktensor.atan and ktensor.erf_inv written at the tensor level (what chlo.atan and chlo.erf_inv
// import to) lower at tiers 1 and 2 and agree with tier 0. The values come from a file, so
// no tier can fold them at compile time.
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<4f', 0.25, -0.5, 0.999, 2.0))" > %t.bin
// RUN: jit-run %s --input=%t.bin:4:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=1 %s --input=%t.bin:4:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --input=%t.bin:4:f32 --print-output | FileCheck %s

// CHECK: result #0: tensor<4xf32>
// CHECK-NEXT: {{\[}}0.24497{{[0-9]*}}, -0.46364{{[0-9]*}}, 0.78489{{[0-9]*}}, 1.10714{{[0-9]*}}]
// CHECK: result #1: tensor<4xf32>
// CHECK-NEXT: {{\[}}0.22531{{[0-9]*}}, -0.47693{{[0-9]*}}, 2.32675{{[0-9]*}}, NaN]
func.func @main(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = ktensor.atan %x : tensor<4xf32>
  %1 = ktensor.erf_inv %x : tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}
