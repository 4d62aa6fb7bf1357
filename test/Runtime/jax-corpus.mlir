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
// At tier 1, 24 of the 26 static cases run natively (popcnt/clz and reduce_precision have no
// loop lowering yet) and match JAX, in both forms; the polymorphic ones that lower, too.
// RUN: not jit-run --tier=1 --manifest=%S/../jax-corpus/manifest.json > %t.t1
// RUN: FileCheck %s --check-prefix=TIER1 < %t.t1
// RUN: not jit-run --tier=1 --manifest=%S/../jax-corpus/manifest.json --import-form=generic > %t.t1g
// RUN: FileCheck %s --check-prefix=TIER1 < %t.t1g
// RUN: not jit-run --tier=1 --poly --manifest=%S/../jax-corpus/manifest.json > %t.t1p
// RUN: FileCheck %s --check-prefix=TIER1POLY < %t.t1p
// Every module prints and reparses to the same text.
// RUN: for f in %S/../jax-corpus/*/*.mlir; do jit-opt $f > %t.1 && jit-opt %t.1 > %t.2 && diff %t.1 %t.2 || exit 1; done
// Every module converts completely and the result verifies.
// RUN: for f in %S/../jax-corpus/*/*.mlir; do jit-opt $f --convert-stablehlo-to-tensor --name-dims > %t.3 || exit 1; if grep -q stablehlo %t.3; then echo "$f: stablehlo left"; exit 1; fi; done

// STATIC-NOT: FAIL
// STATIC: 26 passed, 0 failed
// POLY-NOT: FAIL
// POLY: 14 passed, 0 failed

// TIER1-DAG: PASS argmax_rows
// TIER1-DAG: PASS max_and_argmin
// TIER1-DAG: PASS cumsum_rows
// TIER1-DAG: PASS max_pool
// TIER1-DAG: PASS avg_pool_same
// TIER1-DAG: PASS sort_rows
// TIER1-DAG: PASS argsort_rows
// TIER1-DAG: PASS topk_values
// TIER1-DAG: PASS take_rows
// TIER1-DAG: PASS take_along
// TIER1-DAG: PASS gather_2d_points
// TIER1-DAG: PASS scatter_set
// TIER1-DAG: PASS scatter_add
// TIER1-DAG: PASS scatter_max_points
// TIER1-DAG: PASS dynamic_slice_window
// TIER1-DAG: PASS dynamic_update
// TIER1-DAG: PASS scan_cumprod
// TIER1-DAG: PASS conv_nhwc
// TIER1-DAG: PASS conv_nchw_strided
// TIER1-DAG: PASS conv_depthwise
// TIER1-DAG: PASS float_bits
// TIER1-DAG: PASS slice_batch_tail
// TIER1-DAG: PASS clip_and_round
// TIER1-DAG: PASS poly_slice_pad
// TIER1: 24 passed, 2 failed

// TIER1POLY-DAG: PASS cumsum_rows {"b":3}
// TIER1POLY-DAG: PASS cumsum_rows {"b":2}
// TIER1POLY-DAG: PASS conv_nhwc {"b":2}
// TIER1POLY-DAG: PASS conv_nhwc {"b":3}
// TIER1POLY-DAG: PASS clip_and_round {"b":4}
// TIER1POLY-DAG: PASS clip_and_round {"b":3}
