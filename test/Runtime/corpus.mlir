// REQUIRES: shared-corpus
// The JAX corpus (static modules, generic form) runs at tier 0 and matches the outputs XLA
// computed, by the manifest's rule. The pretty form and the shape-polymorphic modules are not
// imported yet (issue 5): they fail with a diagnostic naming the op.
// RUN: jit-run --manifest=%shared/corpus/manifest.json --import-form=generic | FileCheck %s
// RUN: not jit-run --manifest=%shared/corpus/manifest.json --case=matmul 2>&1 | FileCheck %s --check-prefix=PRETTY

// CHECK-DAG: PASS elementwise_relu_fma
// CHECK-DAG: PASS elementwise_transcendental
// CHECK-DAG: PASS bias_add
// CHECK-DAG: PASS matmul
// CHECK-DAG: PASS softmax_rows
// CHECK-DAG: PASS layernorm
// CHECK-DAG: PASS mlp_block
// CHECK: 7 passed, 0 failed
// PRETTY: FAIL matmul: {{.*}}module.mlir:3:10: error: op 'stablehlo.dot_general' has no custom form; use the generic form
// PRETTY: 0 passed, 1 failed
