// RUN: jit-opt %s --split-input-file --convert-stablehlo-to-tensor | FileCheck %s

// Unsigned orderings use the unsigned predicates, whatever the compare type says.
// CHECK-LABEL: func.func @compare
// CHECK: ktensor.cmp %arg0, %arg1 {predicate = "ult"} : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xi1>
// CHECK: ktensor.cmp %arg0, %arg1 {predicate = "uge"} : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xi1>
func.func @compare(%x: tensor<4xui32>, %y: tensor<4xui32>) -> (tensor<4xi1>, tensor<4xi1>) {
  %0 = stablehlo.compare LT, %x, %y, UNSIGNED : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xi1>
  %1 = stablehlo.compare GE, %x, %y : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xi1>
  return %0, %1 : tensor<4xi1>, tensor<4xi1>
}

// -----

// Division zero-extends both operands into i64 (a sign extension masked to the width).
// CHECK-LABEL: func.func @divide
// CHECK: %[[A:.*]] = ktensor.convert %arg0 : (tensor<Nxui32>) -> tensor<Nxi64>
// CHECK: %[[M:.*]] = ktensor.constant dense<4294967295> : tensor<i64>
// CHECK: %[[MA:.*]] = ktensor.broadcast_in_dim %[[M]]
// CHECK: %[[ZA:.*]] = ktensor.and %[[A]], %[[MA]] : tensor<Nxi64>
// CHECK: %[[B:.*]] = ktensor.convert %arg1 : (tensor<Nxui32>) -> tensor<Nxi64>
// CHECK: %[[ZB:.*]] = ktensor.and %[[B]], %{{.*}} : tensor<Nxi64>
// CHECK: %[[Q:.*]] = ktensor.div %[[ZA]], %[[ZB]] : tensor<Nxi64>
// CHECK: ktensor.convert %[[Q]] : (tensor<Nxi64>) -> tensor<Nxui32>
func.func @divide(%x: tensor<Nxui32>, %y: tensor<Nxui32>) -> tensor<Nxui32> {
  %0 = stablehlo.divide %x, %y : tensor<Nxui32>
  return %0 : tensor<Nxui32>
}

// -----

// Maximum is a select on the unsigned ordering.
// CHECK-LABEL: func.func @maximum
// CHECK: %[[C:.*]] = ktensor.cmp %arg0, %arg1 {predicate = "ugt"} : (tensor<4xui16>, tensor<4xui16>) -> tensor<4xi1>
// CHECK: ktensor.select %[[C]], %arg0, %arg1 : (tensor<4xi1>, tensor<4xui16>, tensor<4xui16>) -> tensor<4xui16>
func.func @maximum(%x: tensor<4xui16>, %y: tensor<4xui16>) -> tensor<4xui16> {
  %0 = stablehlo.maximum %x, %y : tensor<4xui16>
  return %0 : tensor<4xui16>
}

// -----

// Conversions that keep the bits (same width, truncation) stay one ktensor.convert.
// CHECK-LABEL: func.func @same_bits
// CHECK: ktensor.convert %arg0 : (tensor<4xi32>) -> tensor<4xui32>
// CHECK: ktensor.convert %arg1 : (tensor<4xui32>) -> tensor<4xui8>
func.func @same_bits(%x: tensor<4xi32>, %y: tensor<4xui32>) -> (tensor<4xui32>, tensor<4xui8>) {
  %0 = stablehlo.convert %x : (tensor<4xi32>) -> tensor<4xui32>
  %1 = stablehlo.convert %y : (tensor<4xui32>) -> tensor<4xui8>
  return %0, %1 : tensor<4xui32>, tensor<4xui8>
}

// -----

// A reduce with an unsigned maximum keeps its region (ktensor.reduce's max is signed).
// CHECK-LABEL: func.func @reduce_max
// CHECK: ktensor.reduce_region
// CHECK: ktensor.cmp %{{.*}}, %{{.*}} {predicate = "ugt"}
// CHECK-NOT: ktensor.reduce {
func.func @reduce_max(%x: tensor<4xui32>) -> tensor<ui32> {
  %z = stablehlo.constant dense<0> : tensor<ui32>
  %0 = stablehlo.reduce(%x init: %z) applies stablehlo.maximum across dimensions = [0] : (tensor<4xui32>, tensor<ui32>) -> tensor<ui32>
  return %0 : tensor<ui32>
}
