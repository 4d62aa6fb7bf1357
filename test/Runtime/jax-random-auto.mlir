// The random JAX corpus (see jax-random.mlir) through the tiered engine in auto mode: each
// test is called 4 times, promotions compile on the caller (development thresholds), and
// every call's results match JAX whichever tier served it. A module's first test climbs
// through tiers 0, 1 and 2; under shape polymorphism its second batch size is then served
// by tier 2 and a tier-3 specialization.
// RUN: jit-run --tier=auto --calls=4 --preset=development --synchronous --manifest=%S/../jax-random/manifest.json | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --tier=auto --calls=4 --preset=development --synchronous --poly --manifest=%S/../jax-random/manifest.json | FileCheck %s --check-prefix=POLY

// STATIC-NOT: FAIL
// STATIC: PASS p1_00000 (tiers 0, 1, 2)
// STATIC: 200 passed, 0 failed
// POLY-NOT: FAIL
// POLY: PASS p1_00000 {"b":4} (tiers 0, 1, 2)
// POLY: PASS p1_00000 {"b":3} (tiers 2, 3)
// POLY: 400 passed, 0 failed
