// REQUIRES: mlir-opt
// Kiln's llvm dialect prints as upstream's: the same CHECK lines hold for Kiln's printing and
// for upstream's mlir-opt reading Kiln's output and printing it again.
// RUN: jit-opt %s | FileCheck %s
// RUN: jit-opt %s | %mlir-opt | FileCheck %s

// CHECK-LABEL: llvm.func @memory(
// CHECK: %[[P:.*]] = llvm.getelementptr inbounds %arg0[%arg1] : (!llvm.ptr, i64) -> !llvm.ptr, f32
// CHECK: %[[Q:.*]] = llvm.getelementptr %arg0[%arg1, %arg1] : (!llvm.ptr, i64, i64) -> !llvm.ptr, !llvm.array<4 x f32>
// CHECK: %[[X:.*]] = llvm.load %[[P]] {alignment = 4 : i64} : !llvm.ptr -> f32
// CHECK: llvm.store %[[X]], %[[Q]] {alignment = 4 : i64, nontemporal} : f32, !llvm.ptr
// CHECK: %[[A:.*]] = llvm.alloca %arg1 x i64 {alignment = 8 : i64} : (i64) -> !llvm.ptr
// CHECK: llvm.mlir.addressof @memory : !llvm.ptr
llvm.func @memory(%p: !llvm.ptr, %i: i64) -> !llvm.ptr {
  %0 = llvm.getelementptr inbounds %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f32
  %1 = llvm.getelementptr %p[%i, %i] : (!llvm.ptr, i64, i64) -> !llvm.ptr, !llvm.array<4 x f32>
  %2 = llvm.load %0 {alignment = 4 : i64} : !llvm.ptr -> f32
  llvm.store %2, %1 {alignment = 4 : i64, nontemporal} : f32, !llvm.ptr
  %3 = llvm.alloca %i x i64 {alignment = 8 : i64} : (i64) -> !llvm.ptr
  %4 = llvm.mlir.addressof @memory : !llvm.ptr
  llvm.return %4 : !llvm.ptr
}

// CHECK-LABEL: llvm.func @scalar(
// CHECK: %[[S:.*]] = llvm.select %arg2, %arg1, %arg1 : i1, f32
// CHECK: llvm.sitofp %arg0 : i64 to f32
// CHECK: llvm.bitcast %{{.*}} : f32 to i32
// CHECK: llvm.intr.exp(%[[S]]) {fastmathFlags = #llvm.fastmath<afn>} : (f32) -> f32
// CHECK: llvm.intr.fma(%{{.*}}, %{{.*}}, %{{.*}}) : (f32, f32, f32) -> f32
// CHECK: llvm.intr.ctpop(%{{.*}}) : (i32) -> i32
// CHECK: "llvm.intr.ctlz"(%{{.*}}) <{is_zero_poison = false}> : (i32) -> i32
llvm.func @scalar(%n: i64, %x: f32, %c: i1) -> i32 {
  %0 = llvm.select %c, %x, %x : i1, f32
  %1 = llvm.sitofp %n : i64 to f32
  %2 = llvm.bitcast %1 : f32 to i32
  %3 = llvm.intr.exp(%0) {fastmathFlags = #llvm.fastmath<afn>} : (f32) -> f32
  %4 = llvm.intr.fma(%3, %3, %3) : (f32, f32, f32) -> f32
  %5 = llvm.intr.ctpop(%2) : (i32) -> i32
  %6 = "llvm.intr.ctlz"(%5) <{is_zero_poison = false}> : (i32) -> i32
  llvm.return %6 : i32
}

// CHECK-LABEL: llvm.func @vectors(
// CHECK: %[[U:.*]] = llvm.mlir.poison : vector<8xf32>
// CHECK: %[[I:.*]] = llvm.insertelement %arg1, %[[U]][%arg2 : i64] : vector<8xf32>
// CHECK: %[[B:.*]] = llvm.shufflevector %[[I]], %[[I]] [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32>
// CHECK: llvm.extractelement %[[B]][%arg2 : i64] : vector<8xf32>
// CHECK: "llvm.intr.vector.reduce.fadd"(%arg1, %[[B]]) <{fastmathFlags = #llvm.fastmath<reassoc>}> : (f32, vector<8xf32>) -> f32
// CHECK: llvm.intr.vector.reduce.fmaximum(%[[B]]) : (vector<8xf32>) -> f32
// CHECK: llvm.intr.masked.store %[[B]], %arg0, %arg3 {alignment = 4 : i32} : vector<8xf32>, vector<8xi1> into !llvm.ptr
llvm.func @vectors(%p: !llvm.ptr, %x: f32, %i: i64, %m: vector<8xi1>) -> f32 {
  %0 = llvm.mlir.poison : vector<8xf32>
  %1 = llvm.insertelement %x, %0[%i : i64] : vector<8xf32>
  %2 = llvm.shufflevector %1, %1 [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xf32>
  %3 = llvm.extractelement %2[%i : i64] : vector<8xf32>
  %4 = "llvm.intr.vector.reduce.fadd"(%x, %2) <{fastmathFlags = #llvm.fastmath<reassoc>}> : (f32, vector<8xf32>) -> f32
  %5 = llvm.intr.vector.reduce.fmaximum(%2) : (vector<8xf32>) -> f32
  llvm.intr.masked.store %2, %p, %m {alignment = 4 : i32} : vector<8xf32>, vector<8xi1> into !llvm.ptr
  llvm.return %4 : f32
}

// A declaration keeps its visibility in the attribute dictionary (`llvm.func private @f`
// would mean private linkage upstream, which a declaration cannot have).
// CHECK-LABEL: llvm.func @decl(f32) -> f32 attributes {sym_visibility = "private"}
llvm.func @decl(f32) -> f32 attributes {sym_visibility = "private"}

// A global is private read-only data in address space 0; its value prints flat, with the
// array type upstream's translation needs.
// CHECK: llvm.mlir.global private constant @table(dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>) {addr_space = 0 : i32, alignment = 64 : i64} : !llvm.array<4 x f32>
llvm.mlir.global private constant @table(dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>) {addr_space = 0 : i32, alignment = 64 : i64} : !llvm.array<4 x f32>

// An intrinsic called by its full name: a vector ldexp, which upstream's llvm.intr.ldexp
// does not take.
// CHECK-LABEL: llvm.func @by_name(
// CHECK: llvm.call_intrinsic "llvm.ldexp.v16f32.v16i32"(%arg0, %arg1) : (vector<16xf32>, vector<16xi32>) -> vector<16xf32>
llvm.func @by_name(%v: vector<16xf32>, %n: vector<16xi32>) -> vector<16xf32> {
  %0 = llvm.call_intrinsic "llvm.ldexp.v16f32.v16i32"(%v, %n) : (vector<16xf32>, vector<16xi32>) -> vector<16xf32>
  llvm.return %0 : vector<16xf32>
}
