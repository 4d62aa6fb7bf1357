// JAX-style output (location aliases defined at the end of the file, names wrapping call sites
// wrapping file ranges) parses; locations print on request and round-trip. The input copies the
// location structure of %shared/kernels/K8-mlp-poly.mlir with its ops in generic form.
// RUN: jit-opt --allow-unregistered-dialect --print-debuginfo %S/Inputs/jax-locs.mlir | FileCheck %s
// RUN: jit-opt --allow-unregistered-dialect --print-debuginfo %S/Inputs/jax-locs.mlir | jit-opt --allow-unregistered-dialect --print-debuginfo | FileCheck %s
// RUN: jit-opt --allow-unregistered-dialect %S/Inputs/jax-locs.mlir | FileCheck %s --check-prefix=NOLOC

// CHECK: func.func public @main(%arg0: tensor<?x512xf32> loc(unknown), %arg1: tensor<512x2048xf32> loc("w1")) -> (tensor<?x2048xf32> {jax.result_info = "result"})
// CHECK: "stablehlo.get_dimension_size"{{.*}} loc("dimension_size")
// CHECK: "stablehlo.dot_general"{{.*}} loc("jit(mlp)/dot_general"(callsite("mlp"("gen_kernels.py":14:47 to :53) at "<module>"("gen_kernels.py":36:6 to :40))))
// CHECK: return {{.*}} loc("jit(mlp)"("<module>"("gen_kernels.py":36:6 to :40)))
// NOLOC-NOT: loc(
