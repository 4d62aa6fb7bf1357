// REQUIRES: shared-corpus
// The whole JAX corpus runs at tier 0 in all four forms (static and shape-polymorphic, pretty
// and generic) and matches the outputs XLA computed, by the manifest's rule.
// RUN: jit-run --manifest=%shared/corpus/manifest.json --import-form=pretty | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --manifest=%shared/corpus/manifest.json --import-form=generic | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --manifest=%shared/corpus/manifest.json --poly --import-form=pretty | FileCheck %s --check-prefix=POLY
// RUN: jit-run --manifest=%shared/corpus/manifest.json --poly --import-form=generic | FileCheck %s --check-prefix=POLY
// Tier 1 (native code through the baseline pipeline) agrees with XLA too; each polymorphic
// module compiles once and serves both batch sizes.
// RUN: jit-run --tier=1 --manifest=%shared/corpus/manifest.json --import-form=pretty | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --tier=2 --manifest=%shared/corpus/manifest.json --import-form=pretty | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --tier=1 --manifest=%shared/corpus/manifest.json --import-form=generic | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --tier=2 --manifest=%shared/corpus/manifest.json --import-form=generic | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --tier=1 --manifest=%shared/corpus/manifest.json --poly --import-form=pretty | FileCheck %s --check-prefix=POLY
// RUN: jit-run --tier=2 --manifest=%shared/corpus/manifest.json --poly --import-form=pretty | FileCheck %s --check-prefix=POLY
// RUN: jit-run --tier=1 --manifest=%shared/corpus/manifest.json --poly --import-form=generic | FileCheck %s --check-prefix=POLY
// RUN: jit-run --tier=2 --manifest=%shared/corpus/manifest.json --poly --import-form=generic | FileCheck %s --check-prefix=POLY
// Tier 3 and auto mode (each test called 4 times, promotions on the caller) agree too.
// RUN: jit-run --tier=3 --manifest=%shared/corpus/manifest.json --poly | FileCheck %s --check-prefix=POLY
// RUN: jit-run --tier=auto --calls=4 --preset=development --synchronous --manifest=%shared/corpus/manifest.json | FileCheck %s --check-prefix=STATIC
// RUN: jit-run --tier=auto --calls=4 --preset=development --synchronous --manifest=%shared/corpus/manifest.json --poly | FileCheck %s --check-prefix=POLY
// With --report, each case's line says how long its module took to compile (one JIT serves
// the whole run).
// RUN: jit-run --tier=1 --manifest=%shared/corpus/manifest.json --case=matmul --report | FileCheck %s --check-prefix=TIMED
// Every module also prints and reparses to the same text.
// RUN: for f in %shared/corpus/*/*.mlir; do jit-opt $f > %t.1 && jit-opt %t.1 > %t.2 && diff %t.1 %t.2 || exit 1; done
// Importing names the batch dimension after JAX's dimension variable, through nested calls.
// RUN: jit-opt %shared/corpus/mlp_block/poly.mlir --convert-stablehlo-to-tensor --name-dims | FileCheck %s --check-prefix=NAMED
// JAX's shape assertions run: a batch of 0 violates b >= 1 and fails with JAX's message.
// RUN: : > %t.empty
// RUN: not jit-run %shared/corpus/bias_add/poly.mlir --input=%t.empty:0x16x32:f32 --input=%shared/corpus/bias_add/in1.bin:32:f32 2>&1 | FileCheck %s --check-prefix=ASSERT
// RUN: not jit-run --tier=1 %shared/corpus/bias_add/poly.mlir --input=%t.empty:0x16x32:f32 --input=%shared/corpus/bias_add/in1.bin:32:f32 2>&1 | FileCheck %s --check-prefix=ASSERT
// RUN: not jit-run --tier=2 %shared/corpus/bias_add/poly.mlir --input=%t.empty:0x16x32:f32 --input=%shared/corpus/bias_add/in1.bin:32:f32 2>&1 | FileCheck %s --check-prefix=ASSERT

// STATIC-DAG: PASS elementwise_relu_fma
// STATIC-DAG: PASS elementwise_transcendental
// STATIC-DAG: PASS bias_add
// STATIC-DAG: PASS matmul
// STATIC-DAG: PASS softmax_rows
// STATIC-DAG: PASS layernorm
// STATIC-DAG: PASS mlp_block
// STATIC: 7 passed, 0 failed
// POLY-DAG: PASS softmax_rows {"b":3}
// POLY-DAG: PASS layernorm {"b":4}
// POLY: 14 passed, 0 failed
// ASSERT: error: run-time assertion failed: Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'.{{.*}}'b' = 0 from specification 'b' for dimension args[0].shape[0] (= 0)

// NAMED-LABEL: func.func public @main(%arg0: tensor<(b)x32xf32>
// NAMED-SAME: -> (tensor<(b)x16xf32>
// NAMED-LABEL: func.func private @_wrapped_jax_export_main
// NAMED: ktensor.dot_general {{.*}} -> tensor<(b)x64xf32>
// NAMED-LABEL: func.func private @relu(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<(b)x64xf32>) -> tensor<(b)x64xf32>

// TIMED: PASS matmul (tier-1 compile {{[0-9]+\.[0-9]+}} ms)
// TIMED-NEXT: 1 passed, 0 failed
