// chlo.atan and chlo.erf_inv run at every tier: tier 0 evaluates their rows' f64 meaning,
// tier 1 and 2 call llvm.atan and expand erf_inv into the vector-math approximation (within
// 4 ulp). erf_inv is ±inf at ±1 and NaN outside [-1, 1]. The values come from a file, so no
// tier can fold them at compile time.
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<6f', 0.0, 0.5, -0.9, 1.0, -1.0, 1.5))" > %t.bin
// RUN: jit-run %s --input=%t.bin:6:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=1 %s --input=%t.bin:6:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --input=%t.bin:6:f32 --print-output | FileCheck %s

// CHECK: result #0: tensor<6xf32>
// CHECK-NEXT: {{\[}}0, 0.46364{{[0-9]*}}, -0.73281{{[0-9]*}}, 0.78539{{[0-9]*}}, -0.78539{{[0-9]*}}, 0.98279{{[0-9]*}}]
// CHECK: result #1: tensor<6xf32>
// CHECK-NEXT: {{\[}}0, 0.47693{{[0-9]*}}, -1.16308{{[0-9]*}}, inf, -inf, NaN]
func.func @main(%x: tensor<6xf32>) -> (tensor<6xf32>, tensor<6xf32>) {
  %0 = chlo.atan %x : tensor<6xf32> -> tensor<6xf32>
  %1 = chlo.erf_inv %x : tensor<6xf32> -> tensor<6xf32>
  return %0, %1 : tensor<6xf32>, tensor<6xf32>
}
