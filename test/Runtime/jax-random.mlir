// The random JAX corpus (test/jax-random: 200 programs from scripts/gen_jax_programs.py
// --seed 1 --count 200, chains of elementwise math, broadcasts, reductions, contractions,
// layout ops, cumulative ops, sort and top_k, gathers and scatters, casts and integer ops,
// fori_loop, while_loop, cond, switch, scan, closed-over constants and jax.random.normal)
// matches JAX at tiers 0, 1 and 2, static and shape-polymorphic (b = 4 and 3).
// RUN: jit-run --manifest=%S/../jax-random/manifest.json | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --tier=1 --manifest=%S/../jax-random/manifest.json | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --tier=2 --manifest=%S/../jax-random/manifest.json | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --poly --manifest=%S/../jax-random/manifest.json | FileCheck %s --check-prefix=POLY
// RUN: jit-run --tier=1 --poly --manifest=%S/../jax-random/manifest.json | FileCheck %s --check-prefix=POLY
// RUN: jit-run --tier=2 --poly --manifest=%S/../jax-random/manifest.json | FileCheck %s --check-prefix=POLY
// The generic form of every module is the same IR as its pretty form (so every tier treats
// both alike), and runs at tier 0.
// RUN: for f in %S/../jax-random/*/module.mlir %S/../jax-random/*/poly.mlir; do jit-opt $f > %t.1 && jit-opt ${f%%.mlir}.generic.mlir > %t.2 && diff %t.1 %t.2 || exit 1; done
// RUN: jit-run --import-form=generic --manifest=%S/../jax-random/manifest.json | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --import-form=generic --poly --manifest=%S/../jax-random/manifest.json | FileCheck %s --check-prefix=POLY

// STATIC-NOT: FAIL
// STATIC: 200 passed, 0 failed
// POLY-NOT: FAIL
// POLY: 400 passed, 0 failed
