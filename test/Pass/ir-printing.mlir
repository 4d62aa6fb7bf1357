// IR dumps before/after passes, only after changes, and after a failure.
// RUN: jit-opt %s --print-ir-before-all --print-ir-after-all --pass-pipeline='builtin.module(func.func(cse))' 2>&1 >/dev/null | FileCheck %s --check-prefix=ALL
// RUN: jit-opt %s --print-ir-after-change --pass-pipeline='builtin.module(func.func(cse,cse))' 2>&1 >/dev/null | FileCheck %s --check-prefix=CHANGE
// RUN: not jit-opt %s --print-ir-after-failure --pass-pipeline='builtin.module(canonicalize{max-iterations=1 test-convergence=true})' 2>&1 >/dev/null | FileCheck %s --check-prefix=FAILURE

// ALL: // -----// IR Dump Before CSE (cse) //----- //
// ALL-NEXT: func.func @f
// ALL: arith.addi %arg0, %arg0
// ALL: arith.addi %arg0, %arg0
// ALL: // -----// IR Dump After CSE (cse) //----- //
// ALL-NEXT: func.func @f
// ALL: arith.addi %arg0, %arg0
// ALL-NOT: arith.addi %arg0, %arg0

// One dump: the second CSE changes nothing.
// CHANGE: // -----// IR Dump After CSE (cse) //----- //
// CHANGE-NOT: IR Dump After

// FAILURE: error: greedy pattern rewrite did not converge after 1 iterations
// FAILURE: // -----// IR Dump After Canonicalizer Failed (canonicalize) //----- //

func.func @f(%a: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %0 = arith.addi %a, %a : i32
  %1 = arith.addi %a, %a : i32
  %2 = arith.addi %c1, %0 : i32
  %3 = arith.addi %2, %1 : i32
  return %3 : i32
}
