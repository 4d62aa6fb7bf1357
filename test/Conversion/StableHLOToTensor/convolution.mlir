// RUN: jit-opt %s --split-input-file --convert-stablehlo-to-tensor | FileCheck %s

// NHWC/HWIO is conv2d's own layout: no transposes; padding pairs become a flat list.
// CHECK-LABEL: func.func @nhwc
// CHECK-NOT: ktensor.transpose
// CHECK: ktensor.conv2d %arg0, %arg1 {dilations = array<i64: 1, 1>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x6x5x3xf32>, tensor<3x3x3x4xf32>) -> tensor<2x6x5x4xf32>
// CHECK-NOT: ktensor.transpose
func.func @nhwc(%arg0: tensor<2x6x5x3xf32>, %arg1: tensor<3x3x3x4xf32>) -> tensor<2x6x5x4xf32> {
  %0 = stablehlo.convolution(%arg0, %arg1) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<2x6x5x3xf32>, tensor<3x3x3x4xf32>) -> tensor<2x6x5x4xf32>
  return %0 : tensor<2x6x5x4xf32>
}

// -----

// NCHW/OIHW (JAX's default) transposes in and back out; stride, asymmetric padding and
// filter dilation carry over.
// CHECK-LABEL: func.func @nchw
// CHECK: %[[X:.*]] = ktensor.transpose %arg0 {perm = array<i64: 0, 2, 3, 1>} : (tensor<1x2x7x8xf32>) -> tensor<1x7x8x2xf32>
// CHECK: %[[W:.*]] = ktensor.transpose %arg1 {perm = array<i64: 2, 3, 1, 0>} : (tensor<3x2x3x2xf32>) -> tensor<3x2x2x3xf32>
// CHECK: %[[Y:.*]] = ktensor.conv2d %[[X]], %[[W]] {dilations = array<i64: 1, 2>, padding = array<i64: 1, 0, 0, 1>, strides = array<i64: 2, 2>} : (tensor<1x7x8x2xf32>, tensor<3x2x2x3xf32>) -> tensor<1x3x4x3xf32>
// CHECK: ktensor.transpose %[[Y]] {perm = array<i64: 0, 3, 1, 2>} : (tensor<1x3x4x3xf32>) -> tensor<1x3x3x4xf32>
func.func @nchw(%arg0: tensor<1x2x7x8xf32>, %arg1: tensor<3x2x3x2xf32>) -> tensor<1x3x3x4xf32> {
  %0 = stablehlo.convolution(%arg0, %arg1) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[1, 0], [0, 1]], rhs_dilate = [1, 2]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<1x2x7x8xf32>, tensor<3x2x3x2xf32>) -> tensor<1x3x3x4xf32>
  return %0 : tensor<1x3x3x4xf32>
}

// -----

// Feature groups run one conv2d per group on channel slices, joined along the channels.
// CHECK-LABEL: func.func @depthwise
// CHECK-COUNT-2: ktensor.conv2d {{.*}} -> tensor<1x4x4x1xf32>
// CHECK: ktensor.concat {{.*}} {dim = 3 : i64} : (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x2xf32>
func.func @depthwise(%arg0: tensor<1x5x5x2xf32>, %arg1: tensor<2x2x1x2xf32>) -> tensor<1x4x4x2xf32> {
  %0 = stablehlo.convolution(%arg0, %arg1) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f], window = {stride = [1, 1]} {batch_group_count = 1 : i64, feature_group_count = 2 : i64} : (tensor<1x5x5x2xf32>, tensor<2x2x1x2xf32>) -> tensor<1x4x4x2xf32>
  return %0 : tensor<1x4x4x2xf32>
}

// -----

// Input dilation (a transposed convolution) pads the input inside with zeros; window reversal
// reverses the filter.
// CHECK-LABEL: func.func @transposed
// CHECK: %[[W:.*]] = ktensor.reverse %arg1 {dims = array<i64: 0, 1>}
// CHECK: %[[X:.*]] = ktensor.pad %arg0, %{{.*}} {high = array<i64: 0, 0, 0, 0>, interior = array<i64: 0, 1, 1, 0>, low = array<i64: 0, 0, 0, 0>} : (tensor<1x3x3x1xf32>, tensor<f32>) -> tensor<1x5x5x1xf32>
// CHECK: ktensor.conv2d %[[X]], %[[W]] {{.*}} -> tensor<1x4x4x1xf32>
func.func @transposed(%arg0: tensor<1x3x3x1xf32>, %arg1: tensor<2x2x1x1xf32>) -> tensor<1x4x4x1xf32> {
  %0 = stablehlo.convolution(%arg0, %arg1) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f], window = {lhs_dilate = [2, 2], reverse = [true, true]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<1x3x3x1xf32>, tensor<2x2x1x1xf32>) -> tensor<1x4x4x1xf32>
  return %0 : tensor<1x4x4x1xf32>
}
