// RUN: jit-opt %s --split-input-file --convert-func-to-llvm | FileCheck %s

// Signatures map index to i64 and memrefs to descriptor pointers; calls and returns follow.
// CHECK-LABEL: llvm.func @callee(i64, !llvm.ptr) -> i64
// CHECK-LABEL: llvm.func @caller(%arg0: i64, %arg1: !llvm.ptr) -> i64
// CHECK: %[[R:.*]] = llvm.call @callee(%arg0, %arg1) : (i64, !llvm.ptr) -> i64
// CHECK: llvm.return %[[R]] : i64
func.func private @callee(index, memref<4xf32>) -> index
func.func @caller(%i: index, %m: memref<4xf32>) -> index {
  %0 = call @callee(%i, %m) : (index, memref<4xf32>) -> index
  return %0 : index
}
