// REQUIRES: shared-corpus
// The JAX corpus (static modules) runs at tier 0 in both import forms and matches the outputs
// XLA computed, by the manifest's rule.
// RUN: jit-run --manifest=%shared/corpus/manifest.json --import-form=generic | FileCheck %s
// RUN: jit-run --manifest=%shared/corpus/manifest.json --import-form=pretty | FileCheck %s
// Every pretty and polymorphic module also prints and reparses to the same text.
// RUN: for f in %shared/corpus/*/*.mlir; do jit-opt $f > %t.1 && jit-opt %t.1 > %t.2 && diff %t.1 %t.2 || exit 1; done

// CHECK-DAG: PASS elementwise_relu_fma
// CHECK-DAG: PASS elementwise_transcendental
// CHECK-DAG: PASS bias_add
// CHECK-DAG: PASS matmul
// CHECK-DAG: PASS softmax_rows
// CHECK-DAG: PASS layernorm
// CHECK-DAG: PASS mlp_block
// CHECK: 7 passed, 0 failed
