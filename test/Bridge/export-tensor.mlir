// RUN: jit-opt %s --split-input-file --emit=upstream | FileCheck %s
// The tensor level exports to upstream's linalg and tensor dialects on tensors, verified by
// upstream's verifier (and printed by upstream); the result also passes mlir-opt's own
// bufferization and lowering in reference-linalg.test.

// An elementwise op is a linalg.generic whose body is the op's scalar form; a symbolic
// extent is '?' and the result's extent comes from the operand (tensor.dim).
// CHECK-LABEL: func.func @relu_add(
// CHECK-SAME: %[[A:.*]]: tensor<?x4xf32>, %[[B:.*]]: tensor<?x4xf32>) -> tensor<?x4xf32> attributes {llvm.emit_c_interface}
// CHECK: %[[N:.*]] = tensor.dim %[[A]], %{{.*}} : tensor<?x4xf32>
// CHECK: %[[E:.*]] = tensor.empty(%[[N]]) : tensor<?x4xf32>
// CHECK: %[[S:.*]] = linalg.generic {indexing_maps = [#{{.*}}, #{{.*}}, #{{.*}}], iterator_types = ["parallel", "parallel"]} ins(%[[A]], %[[B]] : tensor<?x4xf32>, tensor<?x4xf32>) outs(%[[E]] : tensor<?x4xf32>)
// CHECK: ^bb0(%[[X:.*]]: f32, %[[Y:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[Z:.*]] = arith.addf %[[X]], %[[Y]] : f32
// CHECK: linalg.yield %[[Z]] : f32
// CHECK: } -> tensor<?x4xf32>
// CHECK: linalg.generic {{.*}} ins(%[[S]] : tensor<?x4xf32>)
// CHECK: arith.maximumf %{{.*}}, %{{.*}} : f32
func.func @relu_add(%a: tensor<Nx4xf32>, %b: tensor<Nx4xf32>) -> tensor<Nx4xf32> {
  %0 = ktensor.add %a, %b : tensor<Nx4xf32>
  %1 = ktensor.relu %0 : tensor<Nx4xf32>
  return %1 : tensor<Nx4xf32>
}

// -----

// A reduction fills its identity and reduces with the kind's scalar form; a matrix product
// is a contraction linalg.generic over (i, j, k).
// CHECK-LABEL: func.func @rowmax_matmul(
// CHECK: %[[NEG:.*]] = arith.constant 0xFF800000 : f32
// CHECK: %[[F:.*]] = linalg.fill ins(%[[NEG]] : f32) outs(%{{.*}} : tensor<8xf32>) -> tensor<8xf32>
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #{{.*}}], iterator_types = ["parallel", "reduction"]} ins(%{{.*}} : tensor<8x16xf32>) outs(%[[F]] : tensor<8xf32>)
// CHECK: arith.maximumf
// CHECK: %[[Z:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<8x4xf32>) -> tensor<8x4xf32>
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #{{.*}}, #{{.*}}], iterator_types = ["parallel", "parallel", "reduction"]} ins(%{{.*}}, %{{.*}} : tensor<8x16xf32>, tensor<16x4xf32>) outs(%[[Z]] : tensor<8x4xf32>)
// CHECK: arith.mulf
// CHECK: arith.addf
func.func @rowmax_matmul(%x: tensor<8x16xf32>, %w: tensor<16x4xf32>) -> (tensor<8xf32>, tensor<8x4xf32>) {
  %0 = ktensor.reduce %x {axes = array<i64: 1>, kind = "max"} : (tensor<8x16xf32>) -> tensor<8xf32>
  %1 = ktensor.matmul %x, %w : (tensor<8x16xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
  return %0, %1 : tensor<8xf32>, tensor<8x4xf32>
}

// -----

// Data movement: a broadcast reads a size-1 dimension at index 0, a transpose is
// linalg.transpose, a concatenation tensor.concat, a static slice tensor.extract_slice.
// CHECK-LABEL: func.func @movement(
// CHECK: linalg.generic {{.*}} ins(%{{.*}} : tensor<1x4xf32>) outs(%{{.*}} : tensor<3x4xf32>)
// CHECK: linalg.transpose ins(%{{.*}} : tensor<3x4xf32>) outs(%{{.*}} : tensor<4x3xf32>) permutation = [1, 0]
// CHECK: tensor.concat dim(0) %{{.*}}, %{{.*}} : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<8x3xf32>
// CHECK: tensor.extract_slice %{{.*}}[1, 0] [4, 2] [2, 1] : tensor<8x3xf32> to tensor<4x2xf32>
func.func @movement(%x: tensor<1x4xf32>) -> tensor<4x2xf32> {
  %0 = ktensor.broadcast_in_dim %x {dims = array<i64: 0, 1>} : (tensor<1x4xf32>) -> tensor<3x4xf32>
  %1 = ktensor.transpose %0 {perm = array<i64: 1, 0>} : (tensor<3x4xf32>) -> tensor<4x3xf32>
  %2 = ktensor.concat %1, %1 {dim = 0 : i64} : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<8x3xf32>
  %3 = ktensor.slice %2 {start = array<i64: 1, 0>, limit = array<i64: 8, 2>, strides = array<i64: 2, 1>} : (tensor<8x3xf32>) -> tensor<4x2xf32>
  return %3 : tensor<4x2xf32>
}

// -----

// Integer division checks its divisor before dividing (a reduction to "no zero"), and a
// failed check calls Kiln's runtime, as Kiln's own tiers report it.
// CHECK-LABEL: func.func @idiv(
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction"]} ins(%{{.*}} : tensor<4xi32>) outs(%{{.*}} : tensor<i1>)
// CHECK: arith.cmpi ne
// CHECK: scf.if
// CHECK: func.call @kiln_rt_assert_failed(%{{.*}}, %{{.*}}) : (i64, tensor<?xi64>) -> ()
// CHECK: arith.divsi
func.func @idiv(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {
  %0 = ktensor.div %a, %b : tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

// Sorting has no linalg op: a stable insertion sort of each line as scf loops on tensors,
// the comparator's scalar form deciding each move.
// CHECK-LABEL: func.func @sort_rows(
// CHECK: scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%{{.*}} = %{{.*}}) -> (tensor<2x8xf32>)
// CHECK: scf.while (%{{.*}} = %{{.*}}, %{{.*}} = %{{.*}}) : (index, tensor<2x8xf32>) -> (index, tensor<2x8xf32>)
// CHECK: arith.cmpf olt
// CHECK: scf.condition
// CHECK: tensor.insert %{{.*}} into %{{.*}}[%{{.*}}, %{{.*}}] : tensor<2x8xf32>
func.func @sort_rows(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %0 = ktensor.sort %x {dimension = 1 : i64} : tensor<2x8xf32> {
  ^bb0(%p: tensor<f32>, %q: tensor<f32>):
    %lt = ktensor.cmp %p, %q {predicate = "lt"} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    ktensor.yield %lt : tensor<i1>
  }
  return %0 : tensor<2x8xf32>
}
