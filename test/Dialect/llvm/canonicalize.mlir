// RUN: jit-opt %s --canonicalize --cse | FileCheck %s

// Dead pure ops go and equal constants merge; stores and allocas stay.
// CHECK-LABEL: llvm.func @f
// CHECK-NEXT: %[[C:.*]] = llvm.mlir.constant(1 : i64) : i64
// CHECK-NEXT: %[[A:.*]] = llvm.alloca %[[C]]
// CHECK-NEXT: llvm.store %arg0, %[[A]]
// CHECK-NEXT: llvm.return
llvm.func @f(%x: f32) {
  %c1 = llvm.mlir.constant(1 : i64) : i64
  %a = llvm.alloca %c1 {elem_type = f32} : (i64) -> !llvm.ptr
  %c1b = llvm.mlir.constant(1 : i64) : i64
  %dead = llvm.add %c1, %c1b : i64
  llvm.store %x, %a : (f32, !llvm.ptr) -> ()
  llvm.return
}
