// kmath.ldexp at every tier rounds x·2^n once: exact scaling, gradual underflow with ties to
// even (1.5 and 1.75 times 2^-149 both round to 2^-148), overflow to inf, -0 from a negative
// underflow, NaN and inf kept. Tier 0 computes it in f64, tiers 1-2 through llvm.ldexp
// (vscalefps on AVX-512, a library call elsewhere). The values come from files, so no tier
// can fold them.
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<10f', 1.5, 1.0, 1.0, -1.0, 3.0, float('nan'), float('inf'), 0.75, 1.5, 1.75))" > %t.x.bin
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<10i', 3, -149, 200, -200, -127, 5, -10, -126, -149, -149))" > %t.n.bin
// RUN: %python -c "import sys; sys.stdout.buffer.write(bytes(40))" > %t.out.bin
// RUN: jit-run --tier=0 %s --input=%t.x.bin:10:f32 --input=%t.n.bin:10:i32 --input=%t.out.bin:10:f32 --print-buffers | FileCheck %s
// RUN: jit-run --tier=1 --no-cache %s --input=%t.x.bin:10:f32 --input=%t.n.bin:10:i32 --input=%t.out.bin:10:f32 --print-buffers | FileCheck %s
// RUN: jit-run --tier=2 --no-cache %s --input=%t.x.bin:10:f32 --input=%t.n.bin:10:i32 --input=%t.out.bin:10:f32 --print-buffers | FileCheck %s

// CHECK: buffer #2: tensor<10xf32>
// CHECK-NEXT: {{\[}}12, 0.000000000000000000000000000000000000000000001, inf, -0, 0.000000000000000000000000000000000000017632415, NaN, inf, 0.000000000000000000000000000000000000008816208, 0.000000000000000000000000000000000000000000003, 0.000000000000000000000000000000000000000000003]
func.func @main(%x: memref<10xf32>, %n: memref<10xi32>, %out: memref<10xf32>) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  loop.for %i = %c0 to %c10 step %c1 {
    %a = loop.load %x[%i] : memref<10xf32>
    %k = loop.load %n[%i] : memref<10xi32>
    %y = kmath.ldexp %a, %k : f32, i32
    loop.store %y, %out[%i] : memref<10xf32>
    loop.yield
  }
  return
}
