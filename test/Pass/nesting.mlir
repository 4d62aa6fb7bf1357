// A nested pipeline runs only on the ops it is anchored on.
// RUN: jit-opt %s --allow-unregistered-dialect --pass-pipeline='builtin.module(func.func(cse))' | FileCheck %s

// CHECK-LABEL: func.func @f
// CHECK: %[[A:.*]] = arith.addi
// CHECK-NOT: arith.addi
// CHECK: return %[[A]], %[[A]]
func.func @f(%x: i32) -> (i32, i32) {
  %0 = arith.addi %x, %x : i32
  %1 = arith.addi %x, %x : i32
  return %0, %1 : i32, i32
}

// Ops that are not functions are left alone by the func.func pipeline.
// CHECK-LABEL: "test.other"
// CHECK: arith.addi
// CHECK: arith.addi
"test.other"() ({
  %c = "test.c"() : () -> i32
  %0 = arith.addi %c, %c : i32
  %1 = arith.addi %c, %c : i32
  "test.use"(%0, %1) : (i32, i32) -> ()
}) : () -> ()
