// if, while (loop-carried tensors), fused regions and calls.
// RUN: jit-run %s --print-output | FileCheck %s
// Tier 1 (native code) computes the same.
// RUN: jit-run --tier=1 %s --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --print-output | FileCheck %s

// CHECK: result #0: tensor<3xf32>
// CHECK-NEXT: [8, 16, 24]
// CHECK: result #1: tensor<i32>
// CHECK-NEXT: 0
// CHECK: result #2: tensor<3xf32>
// CHECK-NEXT: [2, 4, 6]
// CHECK: result #3: tensor<3xf32>
// CHECK-NEXT: [-1, -2, -3]
func.func @main() -> (tensor<3xf32>, tensor<i32>, tensor<3xf32>, tensor<3xf32>) {
  %x = ktensor.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %n = ktensor.constant dense<3> : tensor<i32>
  // Doubles x three times.
  %r:2 = ktensor.while (%n, %x) : (tensor<i32>, tensor<3xf32>) -> (tensor<i32>, tensor<3xf32>) cond {
  ^bb0(%i: tensor<i32>, %v: tensor<3xf32>):
    %z = ktensor.constant dense<0> : tensor<i32>
    %p = ktensor.cmp %i, %z {predicate = "gt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %p : tensor<i1>
  } body {
  ^bb0(%i: tensor<i32>, %v: tensor<3xf32>):
    %one = ktensor.constant dense<1> : tensor<i32>
    %j = ktensor.sub %i, %one : tensor<i32>
    %w = ktensor.add %v, %v : tensor<3xf32>
    ktensor.yield %j, %w : tensor<i32>, tensor<3xf32>
  }
  %t = arith.constant true
  %f = ktensor.if %t : i1 -> (tensor<3xf32>) {
    %d = call @double(%x) : (tensor<3xf32>) -> tensor<3xf32>
    ktensor.yield %d : tensor<3xf32>
  } else {
    ktensor.yield %x : tensor<3xf32>
  }
  %g = ktensor.fused %x : (tensor<3xf32>) -> tensor<3xf32> {
  ^bb0(%a: tensor<3xf32>):
    %m = ktensor.neg %a : tensor<3xf32>
    ktensor.yield %m : tensor<3xf32>
  }
  return %r#1, %r#0, %f, %g : tensor<3xf32>, tensor<i32>, tensor<3xf32>, tensor<3xf32>
}
func.func private @double(%a: tensor<3xf32>) -> tensor<3xf32> {
  %0 = ktensor.add %a, %a : tensor<3xf32>
  return %0 : tensor<3xf32>
}
