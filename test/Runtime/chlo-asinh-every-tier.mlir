// chlo.asinh (JAX's jnp.arcsinh) imports to ktensor.asinh, which its rows in the math and
// elementwise tables define entirely: tier 0 evaluates the row's meaning, tiers 1-2 call libm.
// The values come from a file, so no tier can fold them at compile time.
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<5f', 0.0, 0.5, -1.2, 2.0, -0.0))" > %t.bin
// RUN: jit-run %s --input=%t.bin:5:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=1 %s --input=%t.bin:5:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --input=%t.bin:5:f32 --print-output | FileCheck %s

// CHECK: result #0: tensor<5xf32>
// CHECK-NEXT: {{\[}}0, 0.48121{{[0-9]*}}, -1.01597{{[0-9]*}}, 1.44363{{[0-9]*}}, -0]
func.func @main(%x: tensor<5xf32>) -> tensor<5xf32> {
  %0 = chlo.asinh %x : tensor<5xf32> -> tensor<5xf32>
  return %0 : tensor<5xf32>
}
