// A two-input reduce_window (max pooling that also returns where the maximum was) agrees at
// tier 0 and tier 1; padding contributes the initial values.
// RUN: jit-run %s --print-output | FileCheck %s
// RUN: jit-run --tier=1 %s --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --print-output | FileCheck %s
// A rank-0 window (no dimensions) combines the element with the initial value once.
// RUN: jit-run %s --entry=scalar --print-output | FileCheck %s --check-prefix=SCALAR
// RUN: jit-run --tier=1 %s --entry=scalar --print-output | FileCheck %s --check-prefix=SCALAR
// RUN: jit-run --tier=2 %s --entry=scalar --print-output | FileCheck %s --check-prefix=SCALAR
// SCALAR: result #0: tensor<f32>
// SCALAR-NEXT: {{^}}3.5{{$}}

// CHECK: result #0: tensor<3xf32>
// CHECK-NEXT: {{\[}}3, 5, 4]
// CHECK: result #1: tensor<3xi32>
// CHECK-NEXT: {{\[}}1, 2, 5]
func.func @main() -> (tensor<3xf32>, tensor<3xi32>) {
  %x = ktensor.constant dense<[1.0, 3.0, 5.0, 2.0, 0.0, 4.0]> : tensor<6xf32>
  %i = ktensor.iota {dim = 0 : i64} : () -> tensor<6xi32>
  %ninf = ktensor.constant dense<0xFF800000> : tensor<f32>
  %neg = ktensor.constant dense<-1> : tensor<i32>
  %0:2 = ktensor.reduce_window %x, %i, %ninf, %neg {window_dimensions = array<i64: 3>, window_strides = array<i64: 2>, padding = array<i64: 1, 0>} : (tensor<6xf32>, tensor<6xi32>, tensor<f32>, tensor<i32>) -> (tensor<3xf32>, tensor<3xi32>) {
  ^bb0(%a: tensor<f32>, %ai: tensor<i32>, %b: tensor<f32>, %bi: tensor<i32>):
    %gt = ktensor.cmp %b, %a {predicate = "gt"} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %v = ktensor.select %gt, %b, %a : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %j = ktensor.select %gt, %bi, %ai : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    ktensor.yield %v, %j : tensor<f32>, tensor<i32>
  }
  return %0#0, %0#1 : tensor<3xf32>, tensor<3xi32>
}

func.func @scalar() -> tensor<f32> {
  %x = ktensor.constant dense<2.5> : tensor<f32>
  %z = ktensor.constant dense<1.0> : tensor<f32>
  %0 = ktensor.reduce_window %x, %z {window_dimensions = array<i64>} : (tensor<f32>, tensor<f32>) -> tensor<f32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = ktensor.add %a, %b : tensor<f32>
    ktensor.yield %s : tensor<f32>
  }
  return %0 : tensor<f32>
}
