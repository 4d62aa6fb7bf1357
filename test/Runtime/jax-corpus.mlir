// Kiln's own JAX corpus (test/jax-corpus, exported by scripts/export_jax_corpus.py) covers the
// op families the shared corpus does not: multi-operand reduce (argmax), reduce_window
// (pooling, cumsum), sort and top_k, gather and scatter (indexing, .at[] updates), dynamic
// slices and updates inside a scan, convolutions in three layouts (grouped, dilated, strided),
// bit operations and bitcasts, layout ops (transpose, reverse, negative padding,
// reduce_precision) and bounds from the symbolic batch (real_dynamic_slice, dynamic_pad).
// Every case runs at tier 0 in all four forms and matches JAX.
// RUN: jit-run --manifest=%S/../jax-corpus/manifest.json --import-form=pretty | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --manifest=%S/../jax-corpus/manifest.json --import-form=generic | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --manifest=%S/../jax-corpus/manifest.json --poly --import-form=pretty | FileCheck %s --check-prefix=POLY
// RUN: jit-run --manifest=%S/../jax-corpus/manifest.json --poly --import-form=generic | FileCheck %s --check-prefix=POLY
// At tier 1 every case runs natively and matches JAX, static and polymorphic, in both forms
// (results with `?` extents are exported by the compiled function).
// RUN: jit-run --tier=1 --manifest=%S/../jax-corpus/manifest.json --import-form=pretty | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --tier=2 --manifest=%S/../jax-corpus/manifest.json --import-form=pretty | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --tier=1 --manifest=%S/../jax-corpus/manifest.json --import-form=generic | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --tier=2 --manifest=%S/../jax-corpus/manifest.json --import-form=generic | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --tier=1 --poly --manifest=%S/../jax-corpus/manifest.json --import-form=pretty | FileCheck %s --check-prefix=POLY
// RUN: jit-run --tier=2 --poly --manifest=%S/../jax-corpus/manifest.json --import-form=pretty | FileCheck %s --check-prefix=POLY
// RUN: jit-run --tier=1 --poly --manifest=%S/../jax-corpus/manifest.json --import-form=generic | FileCheck %s --check-prefix=POLY
// RUN: jit-run --tier=2 --poly --manifest=%S/../jax-corpus/manifest.json --import-form=generic | FileCheck %s --check-prefix=POLY
// Tier 3 and auto mode (each test called 4 times, promotions on the caller) agree too.
// RUN: jit-run --tier=3 --manifest=%S/../jax-corpus/manifest.json | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --tier=3 --poly --manifest=%S/../jax-corpus/manifest.json | FileCheck %s --check-prefix=POLY
// RUN: jit-run --tier=auto --calls=4 --preset=development --synchronous --manifest=%S/../jax-corpus/manifest.json | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --tier=auto --calls=4 --preset=development --synchronous --poly --manifest=%S/../jax-corpus/manifest.json | FileCheck %s --check-prefix=POLY
// Every module prints and reparses to the same text.
// RUN: for f in %S/../jax-corpus/*/*.mlir; do jit-opt $f > %t.1 && jit-opt %t.1 > %t.2 && diff %t.1 %t.2 || exit 1; done
// Every module converts completely and the result verifies.
// RUN: for f in %S/../jax-corpus/*/*.mlir; do jit-opt $f --convert-stablehlo-to-tensor --name-dims > %t.3 || exit 1; if grep -q stablehlo %t.3; then echo "$f: stablehlo left"; exit 1; fi; done

// STATIC-NOT: FAIL
// STATIC: 26 passed, 0 failed
// POLY-NOT: FAIL
// POLY: 14 passed, 0 failed
