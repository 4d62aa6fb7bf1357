// RUN: jit-opt %s --split-input-file --convert-stablehlo-to-tensor | FileCheck %s

// gather keeps StableHLO's dimension numbers as attributes (index_vector_dim defaults to 0).
// CHECK-LABEL: func.func @take_rows
// CHECK: ktensor.general_gather %arg0, %arg1 {collapsed_slice_dims = array<i64: 0>, index_vector_dim = 1 : i64, offset_dims = array<i64: 1>, operand_batching_dims = array<i64>, slice_sizes = array<i64: 1, 5>, start_index_map = array<i64: 0>, start_indices_batching_dims = array<i64>} : (tensor<7x5xf32>, tensor<4x1xi32>) -> tensor<4x5xf32>
func.func @take_rows(%arg0: tensor<7x5xf32>, %arg1: tensor<4x1xi32>) -> tensor<4x5xf32> {
  %6 = "stablehlo.gather"(%arg0, %arg1) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 5>}> : (tensor<7x5xf32>, tensor<4x1xi32>) -> tensor<4x5xf32>
  return %6 : tensor<4x5xf32>
}

// -----

// dynamic_gather passes its run-time slice sizes as a third operand.
// CHECK-LABEL: func.func @dynamic_gather
// CHECK: ktensor.general_gather %arg0, %arg1, %arg2 {collapsed_slice_dims = array<i64>, index_vector_dim = 0 : i64, offset_dims = array<i64: 0, 1>, {{.*}}start_index_map = array<i64: 0>{{.*}}} : (tensor<?x3xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x3xf32>
func.func @dynamic_gather(%arg0: tensor<?x3xf32>, %arg1: tensor<1xi32>, %arg2: tensor<2xi32>) -> tensor<?x3xf32> {
  %5 = "stablehlo.dynamic_gather"(%arg0, %arg1, %arg2) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x3xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x3xf32>
  return %5 : tensor<?x3xf32>
}

// -----

// scatter keeps its dimension numbers and its combiner.
// CHECK-LABEL: func.func @scatter_add
// CHECK: ktensor.general_scatter %arg0, %arg1, %arg2 {index_vector_dim = 1 : i64, input_batching_dims = array<i64>, inserted_window_dims = array<i64: 0>, scatter_dims_to_operand_dims = array<i64: 0>, scatter_indices_batching_dims = array<i64>, update_window_dims = array<i64: 1>} : (tensor<5x4xf32>, tensor<3x1xi32>, tensor<3x4xf32>) -> tensor<5x4xf32>
// CHECK-NEXT: ^bb0(%[[A:.*]]: tensor<f32>, %[[B:.*]]: tensor<f32>):
// CHECK-NEXT: %[[S:.*]] = ktensor.add %[[A]], %[[B]]
// CHECK-NEXT: ktensor.yield %[[S]]
func.func @scatter_add(%arg0: tensor<5x4xf32>, %arg1: tensor<3x1xi32>, %arg2: tensor<3x4xf32>) -> tensor<5x4xf32> {
  %6 = "stablehlo.scatter"(%arg0, %arg1, %arg2) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>, unique_indices = false}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %7 = stablehlo.add %a, %b : tensor<f32>
    stablehlo.return %7 : tensor<f32>
  }) : (tensor<5x4xf32>, tensor<3x1xi32>, tensor<3x4xf32>) -> tensor<5x4xf32>
  return %6 : tensor<5x4xf32>
}

// -----

// dynamic_slice and dynamic_update_slice take their start indices as rank-0 operands.
// CHECK-LABEL: func.func @dynamic_slices
// CHECK: %[[S:.*]] = ktensor.dynamic_slice %arg0, %arg2, %arg2 {sizes = array<i64: 2, 3>} : (tensor<5x6xf32>, tensor<i32>, tensor<i32>) -> tensor<2x3xf32>
// CHECK: ktensor.dynamic_update_slice %arg0, %[[S]], %arg2, %arg2 : (tensor<5x6xf32>, tensor<2x3xf32>, tensor<i32>, tensor<i32>) -> tensor<5x6xf32>
func.func @dynamic_slices(%arg0: tensor<5x6xf32>, %arg1: tensor<2x3xf32>, %i: tensor<i32>) -> tensor<5x6xf32> {
  %0 = stablehlo.dynamic_slice %arg0, %i, %i, sizes = [2, 3] : (tensor<5x6xf32>, tensor<i32>, tensor<i32>) -> tensor<2x3xf32>
  %1 = stablehlo.dynamic_update_slice %arg0, %0, %i, %i : (tensor<5x6xf32>, tensor<2x3xf32>, tensor<i32>, tensor<i32>) -> tensor<5x6xf32>
  return %1 : tensor<5x6xf32>
}
