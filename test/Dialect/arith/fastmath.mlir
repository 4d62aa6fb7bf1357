// REQUIRES: mlir-opt
// RUN: jit-opt %s | FileCheck %s
// RUN: jit-opt --print-op-generic %s | %mlir-opt | jit-opt | FileCheck %s
// RUN: jit-opt --print-op-generic %s | FileCheck %s --check-prefix=GENERIC

// Fast-math flags are written as upstream writes them (`fastmath<...>`, the attribute
// `#arith.fastmath<...>`) on float arith ops and math ops, so the IR goes through upstream's
// mlir-opt and back unchanged.
// CHECK-LABEL: func.func @flags(
// CHECK: %[[S:.*]] = arith.addf %arg0, %arg1 fastmath<reassoc,contract> : f32
// CHECK: %[[P:.*]] = arith.mulf %[[S]], %arg1 : f32
// CHECK: %[[E:.*]] = math.exp %[[P]] fastmath<fast> : f32
// CHECK: return %[[E]] : f32
// GENERIC: "arith.addf"(%arg0, %arg1) {fastmath = #arith.fastmath<reassoc,contract>} : (f32, f32) -> f32
func.func @flags(%a: f32, %b: f32) -> f32 {
  %0 = arith.addf %a, %b fastmath<reassoc,contract> : f32
  %1 = arith.mulf %0, %b fastmath<none> : f32
  %2 = math.exp %1 fastmath<fast> : f32
  return %2 : f32
}
