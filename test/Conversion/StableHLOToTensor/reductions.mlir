// RUN: jit-opt %s --split-input-file --convert-stablehlo-to-tensor | FileCheck %s

// A two-operand reduce (JAX's argmax) becomes reduce_region: the `reducer` pairs become the
// accumulators then the elements, and the body converts in place.
// CHECK-LABEL: func.func @argmax
// CHECK: %{{.*}}:2 = ktensor.reduce_region %arg0, %{{.*}}, %{{.*}}, %{{.*}} {axes = array<i64: 1>} : (tensor<5x9xf32>, tensor<5x9xi32>, tensor<f32>, tensor<i32>) -> (tensor<5xf32>, tensor<5xi32>)
// CHECK-NEXT: ^bb0(%[[A:.*]]: tensor<f32>, %[[I:.*]]: tensor<i32>, %[[B:.*]]: tensor<f32>, %[[J:.*]]: tensor<i32>):
// CHECK-NEXT: %[[GT:.*]] = ktensor.cmp %[[A]], %[[B]] {predicate = "gt"}
// CHECK-NEXT: %[[V:.*]] = ktensor.select %[[GT]], %[[A]], %[[B]]
// CHECK-NEXT: %[[K:.*]] = ktensor.select %[[GT]], %[[I]], %[[J]]
// CHECK-NEXT: ktensor.yield %[[V]], %[[K]]
func.func @argmax(%x: tensor<5x9xf32>) -> tensor<5xi32> {
  %0 = stablehlo.iota dim = 1 : tensor<5x9xi32>
  %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
  %c = stablehlo.constant dense<0> : tensor<i32>
  %1:2 = stablehlo.reduce(%x init: %cst), (%0 init: %c) across dimensions = [1] : (tensor<5x9xf32>, tensor<5x9xi32>, tensor<f32>, tensor<i32>) -> (tensor<5xf32>, tensor<5xi32>)
   reducer(%a: tensor<f32>, %b: tensor<f32>) (%i: tensor<i32>, %j: tensor<i32>)  {
    %2 = stablehlo.compare GT, %a, %b, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %9 = stablehlo.select %2, %a, %b : tensor<i1>, tensor<f32>
    %10 = stablehlo.select %2, %i, %j : tensor<i1>, tensor<i32>
    stablehlo.return %9, %10 : tensor<f32>, tensor<i32>
  }
  return %1#1 : tensor<5xi32>
}

// -----

// A single-operand reduce whose body is more than one op keeps its body.
// CHECK-LABEL: func.func @sum_of_squares
// CHECK: ktensor.reduce_region %arg0, %{{.*}} {axes = array<i64: 0>} : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
// CHECK: ktensor.mul
// CHECK: ktensor.add
// CHECK: ktensor.yield
func.func @sum_of_squares(%x: tensor<4xf32>) -> tensor<f32> {
  %z = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
  %0 = "stablehlo.reduce"(%x, %z) <{dimensions = array<i64: 0>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %m = "stablehlo.multiply"(%b, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %s = "stablehlo.add"(%a, %m) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// reduce_window keeps its window; the Nx2 padding becomes a flat (low, high) list.
// CHECK-LABEL: func.func @cumsum
// CHECK: ktensor.reduce_window %arg0, %{{.*}} {padding = array<i64: 0, 0, 9, 0>, window_dimensions = array<i64: 1, 10>} : (tensor<3x10xf32>, tensor<f32>) -> tensor<3x10xf32>
// CHECK: ktensor.add
func.func @cumsum(%arg0: tensor<3x10xf32>) -> tensor<3x10xf32> {
  %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
  %1 = "stablehlo.reduce_window"(%arg0, %cst) <{padding = dense<[[0, 0], [9, 0]]> : tensor<2x2xi64>, window_dimensions = array<i64: 1, 10>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %2 = stablehlo.add %a, %b : tensor<f32>
    stablehlo.return %2 : tensor<f32>
  }) : (tensor<3x10xf32>, tensor<f32>) -> tensor<3x10xf32>
  return %1 : tensor<3x10xf32>
}

// -----

// sort keeps its comparator; a TOTALORDER float comparison compares integer keys built from
// the bits (negative floats flip all but the sign bit).
// CHECK-LABEL: func.func @sort
// CHECK: ktensor.sort %arg0 {dimension = 1 : i64, is_stable = true} : tensor<4x11xf32>
// CHECK: ^bb0(%[[L:.*]]: tensor<f32>, %[[R:.*]]: tensor<f32>):
// CHECK: %[[LB:.*]] = ktensor.bitcast %[[L]] : (tensor<f32>) -> tensor<i32>
// CHECK: ktensor.shift_right_arithmetic %[[LB]]
// CHECK: ktensor.shift_right_logical
// CHECK: %[[LK:.*]] = ktensor.xor %[[LB]]
// CHECK: %[[RB:.*]] = ktensor.bitcast %[[R]]
// CHECK: %[[RK:.*]] = ktensor.xor %[[RB]]
// CHECK: ktensor.cmp %[[LK]], %[[RK]] {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
func.func @sort(%arg0: tensor<4x11xf32>) -> tensor<4x11xf32> {
  %0 = "stablehlo.sort"(%arg0) <{dimension = 1 : i64, is_stable = true}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %9 = stablehlo.compare LT, %a, %b, TOTALORDER : (tensor<f32>, tensor<f32>) -> tensor<i1>
    stablehlo.return %9 : tensor<i1>
  }) : (tensor<4x11xf32>) -> tensor<4x11xf32>
  return %0 : tensor<4x11xf32>
}

// -----

// chlo.top_k is a stable descending sort of the values with their positions, then the first k.
// CHECK-LABEL: func.func @top_k
// CHECK: %[[IOTA:.*]] = ktensor.iota {dim = 1 : i64} : () -> tensor<4x10xi32>
// CHECK: %[[S:.*]]:2 = ktensor.sort %arg0, %[[IOTA]] {dimension = 1 : i64, is_stable}
// CHECK: ktensor.cmp %{{.*}}, %{{.*}} {predicate = "gt"}
// CHECK: ktensor.slice %[[S]]#0 {limit = array<i64: 4, 3>, start = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<4x10xf32>) -> tensor<4x3xf32>
// CHECK: ktensor.slice %[[S]]#1 {{.*}} -> tensor<4x3xi32>
func.func @top_k(%arg0: tensor<4x10xf32>) -> (tensor<4x3xf32>, tensor<4x3xi32>) {
  %values, %indices = chlo.top_k(%arg0, k = 3) : tensor<4x10xf32> -> (tensor<4x3xf32>, tensor<4x3xi32>)
  return %values, %indices : tensor<4x3xf32>, tensor<4x3xi32>
}
