// The tiers' pipelines are named and printable, so any runtime compile can be replayed offline.
// RUN: jit-opt %s --tier=1 --dump-pass-pipeline 2>&1 >/dev/null | FileCheck %s --check-prefix=T1
// RUN: jit-opt %s --tier=2 --dump-pass-pipeline 2>&1 >/dev/null | FileCheck %s --check-prefix=T2
// RUN: jit-opt %s --pass-pipeline='builtin.module(convert-tensor-to-loop{library-calls=true})' | FileCheck %s
// RUN: jit-opt %s --tier=2 | FileCheck %s --check-prefix=T2LLVM
// RUN: jit-opt %s --tier=2 --emit=llvm | FileCheck %s --check-prefix=LLVM
// RUN: jit-opt %s --tier=1 | FileCheck %s --check-prefix=LOOPS

// T1: builtin.module(decompose{max-rounds=16}, canonicalize{{.*}}, cse, shape-infer, tensor-fusion{explain=false egraph=false {{.*}}}, convert-tensor-to-loop{library-calls=true}, math-approximation{ops= ldexp=host}, vectorize-loops{vector-bits=0 interleave=4 interleave-long=6 nontemporal-bytes=16777216}, convert-loop-to-llvm{contiguous-entry-arguments=true parallel=true}, convert-vector-to-llvm, convert-arith-to-llvm, convert-func-to-llvm)
// T2: builtin.module(decompose{max-rounds=16}, canonicalize{{.*}}, cse, shape-infer, tensor-fusion{explain=false egraph=true node-limit=20000 iter-limit=16 time-limit-ms=20 dot=}, convert-tensor-to-loop{library-calls=true}, math-approximation{ops= ldexp=host}, canonicalize{{.*}}, cse, vectorize-loops{vector-bits=0 interleave=4 interleave-long=6 nontemporal-bytes=16777216}, canonicalize{{.*}}, cse, convert-loop-to-llvm{contiguous-entry-arguments=true parallel=true}, convert-vector-to-llvm, convert-arith-to-llvm, convert-func-to-llvm)

// Tiers 1 and 2 call the runtime's GEMM for matrix products; a transposed operand is a flag
// (the GEMM reads it through swapped strides).
// CHECK: func.func private @kiln_rt_matmul_f32(memref<?x?xf32>, memref<?x?xf32>, memref<?x?xf32>, i64, i64)
// CHECK-LABEL: func.func @mm
// CHECK: %[[A:.*]] = builtin.unrealized_conversion_cast %arg0 : memref<Mx8xf32> to memref<?x?xf32>
// CHECK: %[[TA:.*]] = arith.constant 0 : i64
// CHECK-NEXT: %[[TB:.*]] = arith.constant 0 : i64
// CHECK-NEXT: call @kiln_rt_matmul_f32(%[[A]], %{{.*}}, %{{.*}}, %[[TA]], %[[TB]])
// CHECK-NOT: loop.for
// CHECK-LABEL: func.func @mm_t
// CHECK: %[[TA:.*]] = arith.constant 1 : i64
// CHECK-NEXT: %[[TB:.*]] = arith.constant 1 : i64
// CHECK-NEXT: call @kiln_rt_matmul_f32(%{{.*}}, %{{.*}}, %{{.*}}, %[[TA]], %[[TB]])
// A convolution is one call too, with its strides, dilations and padding as integers.
// CHECK-LABEL: func.func @conv
// CHECK: %[[X:.*]] = builtin.unrealized_conversion_cast %arg0 : memref<Nx5x5x3xf32> to memref<?x?x?x?xf32>
// CHECK: %[[W:.*]] = builtin.unrealized_conversion_cast %arg1 : memref<2x2x3x4xf32> to memref<?x?x?x?xf32>
// CHECK: %[[SH:.*]] = arith.constant 2 : i64
// CHECK-NEXT: %[[SW:.*]] = arith.constant 2 : i64
// CHECK: call @kiln_rt_conv2d_f32(%[[X]], %[[W]], %{{.*}}, %[[SH]], %[[SW]], %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) : (memref<?x?x?x?xf32>, memref<?x?x?x?xf32>, memref<?x?x?x?xf32>, i64, i64, i64, i64, i64, i64, i64, i64) -> ()
// CHECK-NOT: loop.for
// CHECK-LABEL: func.func @scale
// T2LLVM: llvm.func @kiln_rt_matmul_f32(!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64)
// T2LLVM-LABEL: llvm.func @mm(
// T2LLVM: llvm.call @kiln_rt_matmul_f32(%arg0, %arg1, %arg2, %{{.*}}, %{{.*}})
// T2LLVM-NOT: builtin.unrealized_conversion_cast
// LOOPS: llvm.call @kiln_rt_matmul_f32(

// LLVM: declare void @kiln_rt_matmul_f32(ptr, ptr, ptr, i64, i64)
// LLVM-LABEL: define void @scale
// LLVM: fmul <{{[0-9]+}} x float>
func.func @mm(%a: tensor<Mx8xf32>, %b: tensor<8x4xf32>) -> tensor<Mx4xf32> {
  %c = ktensor.matmul %a, %b : (tensor<Mx8xf32>, tensor<8x4xf32>) -> tensor<Mx4xf32>
  return %c : tensor<Mx4xf32>
}
func.func @mm_t(%a: tensor<8xMxf32>, %b: tensor<4x8xf32>) -> tensor<Mx4xf32> {
  %c = ktensor.dot_general %a, %b {lhs_batch = array<i64>, lhs_contract = array<i64: 0>, rhs_batch = array<i64>, rhs_contract = array<i64: 1>} : (tensor<8xMxf32>, tensor<4x8xf32>) -> tensor<Mx4xf32>
  return %c : tensor<Mx4xf32>
}
func.func @conv(%x: tensor<Nx5x5x3xf32>, %w: tensor<2x2x3x4xf32>) -> tensor<Nx3x3x4xf32> {
  %y = ktensor.conv2d %x, %w {strides = array<i64: 2, 2>, padding = array<i64: 1, 0, 1, 0>} : (tensor<Nx5x5x3xf32>, tensor<2x2x3x4xf32>) -> tensor<Nx3x3x4xf32>
  return %y : tensor<Nx3x3x4xf32>
}
func.func @scale(%x: tensor<1024xf32>) -> tensor<1024xf32> {
  %y = ktensor.mul %x, %x : tensor<1024xf32>
  return %y : tensor<1024xf32>
}
