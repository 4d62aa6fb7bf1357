// REQUIRES: shared-corpus
// Real JAX output with locations: aliases defined at the end of the file, names wrapping call
// sites wrapping file ranges. It parses; locations print on request and round-trip.
// RUN: jit-opt --print-debuginfo %shared/kernels/K8-mlp-poly.mlir | FileCheck %s
// RUN: jit-opt --print-debuginfo %shared/kernels/K8-mlp-poly.mlir | jit-opt --print-debuginfo | FileCheck %s
// RUN: jit-opt %shared/kernels/K8-mlp-poly.mlir | FileCheck %s --check-prefix=NOLOC
// The generic-form copy of its location structure parses too.
// RUN: jit-opt --print-debuginfo %S/Inputs/jax-locs.mlir | FileCheck %s --check-prefix=GENERIC

// CHECK: func.func public @main(%arg0: tensor<?x512xf32> loc(unknown)
// CHECK: func.func private @_wrapped_jax_export_main(%arg0: tensor<i32> {jax.global_constant = "b"} loc(unknown), %arg1: tensor<?x512xf32> loc("x")
// CHECK: stablehlo.dot_general {{.*}} loc("jit(mlp)/dot_general"(callsite("mlp"("gen_kernels.py":14:47 to :53) at "<module>"("gen_kernels.py":36:6 to :40))))
// NOLOC-NOT: loc(
// GENERIC: stablehlo.get_dimension_size {{.*}} loc("dimension_size")
