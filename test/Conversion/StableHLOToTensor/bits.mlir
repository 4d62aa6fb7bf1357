// RUN: jit-opt %s --split-input-file --convert-stablehlo-to-tensor | FileCheck %s

// Bit operations map one to one.
// CHECK-LABEL: func.func @bits
// CHECK: ktensor.shift_left %arg0, %arg1 : tensor<4xi32>
// CHECK: ktensor.shift_right_arithmetic
// CHECK: ktensor.shift_right_logical
// CHECK: ktensor.popcnt
// CHECK: ktensor.clz
func.func @bits(%arg0: tensor<4xi32>, %arg1: tensor<4xi32>) -> tensor<4xi32> {
  %0 = stablehlo.shift_left %arg0, %arg1 : tensor<4xi32>
  %1 = stablehlo.shift_right_arithmetic %0, %arg1 : tensor<4xi32>
  %2 = stablehlo.shift_right_logical %1, %arg1 : tensor<4xi32>
  %3 = stablehlo.popcnt %2 : tensor<4xi32>
  %4 = stablehlo.count_leading_zeros %3 : tensor<4xi32>
  return %4 : tensor<4xi32>
}

// -----

// bitcast_convert and is_finite.
// CHECK-LABEL: func.func @floats
// CHECK: ktensor.bitcast %arg0 : (tensor<4xf32>) -> tensor<4xi32>
// CHECK: ktensor.is_finite %arg0 : (tensor<4xf32>) -> tensor<4xi1>
func.func @floats(%arg0: tensor<4xf32>) -> (tensor<4xi32>, tensor<4xi1>) {
  %0 = stablehlo.bitcast_convert %arg0 : (tensor<4xf32>) -> tensor<4xi32>
  %1 = stablehlo.is_finite %arg0 : (tensor<4xf32>) -> tensor<4xi1>
  return %0, %1 : tensor<4xi32>, tensor<4xi1>
}
