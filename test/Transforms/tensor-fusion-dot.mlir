// RUN: jit-opt %s --tensor-fusion='dot=%t.dot' -o /dev/null && FileCheck %s < %t.dot
// RUN: not jit-opt %s --tensor-fusion='dot=%t.missing/none.dot' 2>&1 | FileCheck %s --check-prefix=BAD

// The groups as a DOT graph: each group's ops filled with its colour and numbered, edges along
// the dataflow; the op shared by two groups stays unfilled.
// CHECK: // fusion groups of @shared
// CHECK-NEXT: digraph {
// CHECK-NEXT: 0 [ label = "ktensor.exp" ]
// CHECK-NEXT: 1 [ label = "g1: ktensor.log" style=filled, fillcolor=palegreen]
// CHECK-NEXT: 2 [ label = "g1: ktensor.abs" style=filled, fillcolor=palegreen]
// CHECK-NEXT: 3 [ label = "g0: ktensor.sqrt" style=filled, fillcolor=lightblue]
// CHECK-NEXT: 4 [ label = "g0: ktensor.tanh" style=filled, fillcolor=lightblue]
// CHECK-NEXT: 5 [ label = "func.return" ]
// CHECK-DAG: 0 -> 1
// CHECK-DAG: 0 -> 3
// CHECK-DAG: 2 -> 5
// CHECK-DAG: 4 -> 5
// An unwritable file is a diagnostic, not a crash.
// BAD: error: tensor-fusion: cannot write '{{.*}}none.dot'
func.func @shared(%x: tensor<16xf32>) -> (tensor<16xf32>, tensor<16xf32>) {
  %e = ktensor.exp %x : tensor<16xf32>
  %a = ktensor.log %e : tensor<16xf32>
  %b = ktensor.abs %a : tensor<16xf32>
  %c = ktensor.sqrt %e : tensor<16xf32>
  %d = ktensor.tanh %c : tensor<16xf32>
  return %b, %d : tensor<16xf32>, tensor<16xf32>
}
