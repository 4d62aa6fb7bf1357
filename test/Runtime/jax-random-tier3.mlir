// The random JAX corpus (see jax-random.mlir) at tier 3: the generic code at tier 2 plus a
// specialization per batch size, which serves every polymorphic call.
// RUN: jit-run --tier=3 --manifest=%S/../jax-random/manifest.json | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --tier=3 --poly --manifest=%S/../jax-random/manifest.json | FileCheck %s --check-prefix=POLY

// STATIC-NOT: FAIL
// STATIC: PASS p1_00000 (tiers 2)
// STATIC: 200 passed, 0 failed
// POLY-NOT: FAIL
// POLY: PASS p1_00000 {"b":4} (tiers 3)
// POLY: PASS p1_00000 {"b":3} (tiers 3)
// POLY: 400 passed, 0 failed
