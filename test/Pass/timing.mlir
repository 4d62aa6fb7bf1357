// The timing report has MLIR's shape: a header, total, and a nested tree of pipelines and passes.
// RUN: jit-opt %s --timing --pass-pipeline='builtin.module(func.func(cse,canonicalize))' 2>&1 >/dev/null | FileCheck %s

// CHECK: ... Execution time report ...
// CHECK: Total Execution Time: {{[0-9.]+}} seconds
// CHECK: ----Wall Time----  ----Name----
// CHECK: {{[0-9.]+}} ({{ *[0-9.]+}}%)  Parser
// CHECK: {{[0-9.]+}} ({{ *[0-9.]+}}%)  'func.func' Pipeline
// CHECK-NEXT: {{[0-9.]+}} ({{ *[0-9.]+}}%)    CSE
// CHECK: {{[0-9.]+}} ({{ *[0-9.]+}}%)    Canonicalizer
// CHECK: {{[0-9.]+}} ({{ *[0-9.]+}}%)  Output
// CHECK: {{[0-9.]+}} (100.0%)  Total

func.func @f(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  return %0 : i32
}
