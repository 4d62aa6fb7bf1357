// Regression: `jit-run --manifest` reported `got inf, expected inf` as a mismatch (the error of
// two equal infinities is NaN) and accepted any value where an infinity was expected (its
// tolerance was infinite). Equal non-finite values match; an infinity matches only itself. A
// failing case does not stop the run. `dot_scalar` is a dot_general of two rank-0 operands,
// which panicked tiers 1-3.
// RUN: not jit-run --manifest=%S/Inputs/manifest/manifest.json | FileCheck %s
// RUN: not jit-run --manifest=%S/Inputs/manifest/manifest.json --tier=1 | FileCheck %s
// RUN: not jit-run --manifest=%S/Inputs/manifest/manifest.json --tier=2 | FileCheck %s

// CHECK: PASS infinities
// CHECK-NEXT: FAIL wrong_sign: result #0: element 1: got -inf, expected inf
// CHECK-NEXT: PASS dot_scalar
// CHECK-NEXT: 2 passed, 1 failed
