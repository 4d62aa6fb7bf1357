// REQUIRES: mlir-opt, shared-corpus
// Our generic output parses with upstream mlir-opt, and upstream's generic output of the JAX
// corpus parses with ours (the check compares both round trips op for op).
// RUN: jit-opt --allow-unregistered-dialect --print-op-generic %s | %mlir-opt --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: for f in %shared/corpus/*/*.generic.mlir; do %mlir-opt --allow-unregistered-dialect --mlir-print-op-generic $f | jit-opt --allow-unregistered-dialect --print-op-generic > %t.ours || exit 1; %mlir-opt --allow-unregistered-dialect --mlir-print-op-generic $f | %mlir-opt --allow-unregistered-dialect --mlir-print-op-generic > %t.theirs || exit 1; diff <(grep -o '"[a-z_]*\.[a-z_]*"(' %t.ours) <(grep -o '"[a-z_]*\.[a-z_]*"(' %t.theirs) || exit 1; done

// CHECK: "builtin.module"() ({
// CHECK: "func.func"() <{function_type = (tensor<4x8xf32>, i32) -> tensor<4x8xf32>, sym_name = "f"}> ({
// CHECK: ^bb0(%{{.*}}: tensor<4x8xf32>, %{{.*}}: i32):
// CHECK: "xt.op"(%{{.*}}) <{p = array<i64: 1, 2>}> {a = dense<1.000000e+00> : tensor<2xf32>, b = #xt.attr<x>} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK: %{{.*}}:2 = "xt.multi"() : () -> (i32, f32)
// CHECK: "func.return"
func.func @f(%a: tensor<4x8xf32>, %n: i32) -> tensor<4x8xf32> {
  %0 = "xt.op"(%a) <{p = array<i64: 1, 2>}> {a = dense<1.0> : tensor<2xf32>, b = #xt.attr<x>} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %1:2 = "xt.multi"() : () -> (i32, f32)
  %2 = arith.addi %n, %1#0 : i32
  return %0 : tensor<4x8xf32>
}
