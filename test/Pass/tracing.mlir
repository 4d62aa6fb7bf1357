// Every pass run is also a `tracing` event, with the pass name and its duration.
// RUN: jit-opt %s --pass-pipeline='builtin.module(func.func(cse),canonicalize)' --log=kiln_ir::pass=debug 2>&1 >/dev/null | FileCheck %s

// CHECK-DAG: pass finished pass="cse" elapsed_us={{[0-9]+}} ok=true
// CHECK-DAG: pass finished pass="canonicalize" elapsed_us={{[0-9]+}} ok=true

func.func @f(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  return %0 : i32
}
