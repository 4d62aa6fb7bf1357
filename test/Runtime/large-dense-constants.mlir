// Dense constants of any size run at every tier: tiers 1-3 keep a non-splat constant of more
// than 16 elements as private read-only data (loop.constant_buffer -> llvm.mlir.global) and
// copy it in one loop nest (they once stopped at 4096 elements with "not lowered yet", the
// limit closed-over JAX weights hit). The module is generated: a 64x80 f32 constant holding
// 0, 0.5, 1, ... (5,120 elements; every partial sum is exact in f32), plus an input of zeros
// so nothing folds at compile time.
// RUN: %python -c "print('func.func @main(%%x: tensor<64x80xf32>) -> (tensor<64x80xf32>, tensor<f32>) {\n  %%c = ktensor.constant dense<[' + ', '.join('[' + ', '.join(str((r * 80 + k) * 0.5) for k in range(80)) + ']' for r in range(64)) + ']> : tensor<64x80xf32>\n  %%s = ktensor.add %%c, %%x : tensor<64x80xf32>\n  %%t = ktensor.reduce %%s {axes = array<i64: 0, 1>, kind = \"sum\"} : (tensor<64x80xf32>) -> tensor<f32>\n  return %%s, %%t : tensor<64x80xf32>, tensor<f32>\n}')" > %t.mlir
// RUN: %python -c "import sys; sys.stdout.buffer.write(bytes(4 * 64 * 80))" > %t.bin
// RUN: jit-run %t.mlir --input=%t.bin:64x80:f32 | FileCheck %s
// RUN: jit-run --tier=1 %t.mlir --input=%t.bin:64x80:f32 | FileCheck %s
// RUN: jit-run --tier=2 %t.mlir --input=%t.bin:64x80:f32 | FileCheck %s
// RUN: jit-opt --tier=2 --emit=llvm %t.mlir | FileCheck %s --check-prefix=IR

// CHECK: result #0: tensor<64x80xf32>
// CHECK-NEXT: min 0.000000 max 2559.500000 mean 1279.750000 first [0, 0.5, 1, 1.5, 2, 2.5, ...]
// CHECK: result #1: tensor<f32>
// CHECK-NEXT: 6552320
// IR: @__kiln_const.main.0 = private unnamed_addr constant [20480 x i8] c"\00\00\00\00\00\00\00?
