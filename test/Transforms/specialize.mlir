// RUN: jit-opt %s --split-input-file '--pass-pipeline=builtin.module(specialize{N=64,arg1=3},canonicalize)' | FileCheck %s
// RUN: not jit-opt %s --split-input-file '--pass-pipeline=builtin.module(specialize{arg0=1})' 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: not jit-opt %s --split-input-file '--pass-pipeline=builtin.module(specialize{arg9=1})' 2>&1 | FileCheck %s --check-prefix=RANGE

// Bound symbols make the types static; each binding gets one guard at entry (a symbol spelled
// by two arguments is checked once); the bound value becomes a constant that folds into its uses.
// CHECK-LABEL: func.func @f(%arg0: tensor<64x4xf32>, %arg1: i64, %arg2: tensor<64xf32>) -> (tensor<64x4xf32>, i64)
// CHECK-NEXT: %[[C:.*]] = arith.constant 4 : i64
// CHECK-NEXT: kiln.guard %arg0 {dim = 0 : i64, equals = 64 : i64, symbol = "N"} : tensor<64x4xf32>
// CHECK-NEXT: kiln.guard %arg1 {equals = 3 : i64} : i64
// CHECK-NOT: kiln.guard
// CHECK: ktensor.add {{.*}} : tensor<64x4xf32>
// CHECK: return {{.*}}, %[[C]] : tensor<64x4xf32>, i64
// ERR: error: specialize: arg0 is a 'tensor<Nx4xf32>'; only integer and index scalars (or rank-0 integer tensors) are specialized by value
func.func @f(%a: tensor<Nx4xf32>, %k: i64, %b: tensor<Nxf32>) -> (tensor<Nx4xf32>, i64) {
  %c1 = arith.constant 1 : i64
  %0 = arith.addi %k, %c1 : i64
  %1 = ktensor.add %a, %a : tensor<Nx4xf32>
  return %1, %0 : tensor<Nx4xf32>, i64
}

// -----

// A rank-0 tensor argument is bound through a tensor constant; private functions get no guards.
// CHECK-LABEL: func.func private @helper(%arg0: tensor<64xf32>) -> tensor<64xf32>
// CHECK-NOT: kiln.guard
// CHECK-LABEL: func.func @g(%arg0: tensor<64xf32>, %arg1: tensor<i64>) -> tensor<i64>
// CHECK-NEXT: %[[C:.*]] = ktensor.constant dense<3> : tensor<i64>
// CHECK-NEXT: kiln.guard %arg0 {dim = 0 : i64, equals = 64 : i64, symbol = "N"} : tensor<64xf32>
// CHECK-NEXT: kiln.guard %arg1 {equals = 3 : i64} : tensor<i64>
// CHECK: return %[[C]] : tensor<i64>
// ERR: error: specialize: arg0 is a 'tensor<Nxf32>'; only integer and index scalars (or rank-0 integer tensors) are specialized by value
func.func private @helper(%a: tensor<Nxf32>) -> tensor<Nxf32> {
  return %a : tensor<Nxf32>
}
func.func @g(%a: tensor<Nxf32>, %k: tensor<i64>) -> tensor<i64> {
  %0 = func.call @helper(%a) : (tensor<Nxf32>) -> tensor<Nxf32>
  return %k : tensor<i64>
}

// -----

// A function without bound symbols in its signature gets only the value guard.
// CHECK-LABEL: func.func @h(%arg0: f32, %arg1: index) -> index
// CHECK-NEXT: %[[C:.*]] = arith.constant 3 : index
// CHECK-NEXT: kiln.guard %arg1 {equals = 3 : i64} : index
// CHECK-NEXT: return %[[C]] : index
// ERR: error: specialize: arg0 is a 'f32'; only integer and index scalars (or rank-0 integer tensors) are specialized by value
// RANGE: error: specialize: arg9 is out of range: the function has 3 arguments
// RANGE: error: specialize: arg9 is out of range: the function has 2 arguments
// RANGE: error: specialize: arg9 is out of range: the function has 2 arguments
func.func @h(%x: f32, %n: index) -> index {
  return %n : index
}
