// RUN: jit-opt %s --split-input-file --allow-unregistered-dialect --convert-arith-to-llvm --convert-func-to-llvm | FileCheck %s

// A fully lowered function has signless integers, as LLVM's are: the ops say how they treat
// the sign (udiv, the predicate), the types no longer do (they kept ui32 before).
// CHECK-LABEL: llvm.func @unsigned_division_is_signless(%arg0: i32, %arg1: i32) -> i32
// CHECK-NEXT: %[[C:.*]] = llvm.mlir.constant(-1 : i32) : i32
// CHECK-NEXT: %[[D:.*]] = llvm.udiv %arg0, %arg1 : i32
// CHECK-NEXT: %[[M:.*]] = llvm.icmp "ult" %[[D]], %[[C]] : i32
// CHECK-NEXT: %[[S:.*]] = llvm.select %[[M]], %[[D]], %[[C]] : i1, i32
// CHECK-NEXT: llvm.return %[[S]] : i32
// CHECK-NOT: ui32
func.func @unsigned_division_is_signless(%a: ui32, %b: ui32) -> ui32 {
  %max = arith.constant 4294967295 : ui32
  %0 = arith.divui %a, %b : ui32
  %1 = arith.minui %0, %max : ui32
  return %1 : ui32
}

// -----

// A function whose body is not lowered yet keeps its types (the pass lowers only func ops).
// CHECK-LABEL: llvm.func @partial(%arg0: ui32) -> ui32
// CHECK: "tensor.empty"() : () -> tensor<4xf32>
// CHECK: llvm.return %arg0 : ui32
func.func @partial(%a: ui32) -> ui32 {
  %t = "tensor.empty"() : () -> tensor<4xf32>
  return %a : ui32
}
