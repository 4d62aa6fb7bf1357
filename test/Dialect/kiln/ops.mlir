// RUN: jit-opt %s | FileCheck %s
// RUN: jit-opt --print-op-generic %s | jit-opt | FileCheck %s

// A dimension guard names its symbol; value guards take index, integer and rank-0 tensor values.
// CHECK-LABEL: func.func @guards
func.func @guards(%a: tensor<64xf32>, %n: index, %k: i32, %t: tensor<i64>) {
  // CHECK: kiln.guard %{{.*}} {dim = 0 : i64, equals = 64 : i64, symbol = "N"} : tensor<64xf32>
  kiln.guard %a {dim = 0 : i64, equals = 64 : i64, symbol = "N"} : tensor<64xf32>
  // CHECK: kiln.guard %{{.*}} {equals = 8 : i64} : index
  kiln.guard %n {equals = 8 : i64} : index
  // CHECK: kiln.guard %{{.*}} {equals = -1 : i64} : i32
  kiln.guard %k {equals = -1 : i64} : i32
  // CHECK: kiln.guard %{{.*}} {equals = 3 : i64} : tensor<i64>
  kiln.guard %t {equals = 3 : i64} : tensor<i64>
  return
}

// -----

// A guard on a symbolic dimension is not decided by the type.
// CHECK-LABEL: func.func @symbolic
func.func @symbolic(%a: tensor<Nx4xf32>) {
  // CHECK: kiln.guard %{{.*}} {dim = 0 : i64, equals = 7 : i64} : tensor<Nx4xf32>
  kiln.guard %a {dim = 0 : i64, equals = 7 : i64} : tensor<Nx4xf32>
  return
}
