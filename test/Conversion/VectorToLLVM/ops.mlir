// RUN: jit-opt %s --split-input-file --convert-loop-to-llvm --convert-vector-to-llvm | FileCheck %s

// Vector memory ops address the buffer like scalar ones (masked ones use LLVM's masked
// intrinsics); value ops map to LLVM vector instructions and reductions.
// CHECK-LABEL: func.func @v
// CHECK: llvm.load %{{.*}} {alignment = 4 : i64} : !llvm.ptr -> vector<8xf32>
// CHECK: %[[IOTA:.*]] = llvm.mlir.constant(dense<[0, 1, 2, 3, 4, 5, 6, 7]> : vector<8xi64>) : vector<8xi64>
// CHECK: llvm.shufflevector
// CHECK: %[[M:.*]] = llvm.icmp "slt" %[[IOTA]], %{{.*}} : vector<8xi64>
// CHECK: llvm.intr.masked.load %{{.*}}, %[[M]], %{{.*}} {alignment = 4 : i32}
// CHECK: llvm.insertelement
// CHECK: llvm.intr.fma
// CHECK: "llvm.intr.vector.reduce.fadd"(%{{.*}}, %{{.*}}) : (f32, vector<8xf32>) -> f32
// CHECK: llvm.intr.vector.reduce.fmaximum
// CHECK: llvm.intr.maximum
// CHECK: llvm.extractelement
// CHECK: llvm.store %{{.*}}, %{{.*}} {alignment = 4 : i64} : vector<8xf32>, !llvm.ptr
// CHECK: llvm.intr.masked.store
// CHECK-NOT: vector.
func.func @v(%buf: memref<?xf32>, %i: index, %n: index, %s: f32) -> f32 {
  %a = kvector.load %buf, %i : (memref<?xf32>, index) -> vector<8xf32>
  %m = kvector.create_mask %n : (index) -> vector<8xi1>
  %b = kvector.maskedload %buf, %i, %m, %a : (memref<?xf32>, index, vector<8xi1>, vector<8xf32>) -> vector<8xf32>
  %c = kvector.broadcast %s : (f32) -> vector<8xf32>
  %d = kvector.fma %a, %b, %c : vector<8xf32>
  %r = kvector.reduction %d {kind = "add"} : (vector<8xf32>) -> f32
  %r2 = kvector.reduction %d, %s {kind = "maximumf"} : (vector<8xf32>, f32) -> f32
  %e = kvector.extract %d {position = 3} : (vector<8xf32>) -> f32
  kvector.store %d, %buf, %i : (vector<8xf32>, memref<?xf32>, index) -> ()
  kvector.maskedstore %d, %buf, %i, %m : (vector<8xf32>, memref<?xf32>, index, vector<8xi1>) -> ()
  %t = arith.addf %r, %r2 : f32
  %u = arith.addf %t, %e : f32
  return %u : f32
}

// -----

// A kvector.shuffle's i64 mask (upstream vector.shuffle's) becomes llvm.shufflevector's i32
// mask (LLVM's), which the llvm dialect requires.
// CHECK-LABEL: func.func @shuffle_mask_becomes_i32
// CHECK: %[[S:.*]] = llvm.shufflevector %arg0, %arg0 [3, 2, 1, 0] : vector<4xf32>
// CHECK: return %[[S]] : vector<4xf32>
func.func @shuffle_mask_becomes_i32(%v: vector<4xf32>) -> vector<4xf32> {
  %0 = kvector.shuffle %v, %v {mask = array<i64: 3, 2, 1, 0>} : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
  return %0 : vector<4xf32>
}
