// --pass-statistics reports each pass's counters under its pipeline.
// RUN: jit-opt %s --pass-statistics --pass-pipeline='builtin.module(func.func(cse),symbol-dce)' 2>&1 >/dev/null | FileCheck %s

// CHECK: ... Pass statistics report ...
// CHECK: 'builtin.module' Pipeline
// CHECK-NEXT:   'func.func' Pipeline
// CHECK-NEXT:     CSE
// CHECK-NEXT:       (S) 2 num-cse'd - Number of operations CSE'd
// CHECK-NEXT:   SymbolDCE
// CHECK-NEXT:     (S) 1 num-dce'd - Number of symbols DCE'd

func.func @f(%a: i32) -> (i32, i32) {
  %0 = arith.muli %a, %a : i32
  %1 = arith.muli %a, %a : i32
  return %0, %1 : i32, i32
}
func.func @g(%a: i32) -> (i32, i32) {
  %0 = arith.muli %a, %a : i32
  %1 = arith.muli %a, %a : i32
  return %0, %1 : i32, i32
}
func.func private @unused()
