// RUN: jit-opt %s | FileCheck %s
// RUN: jit-opt %s | jit-opt | FileCheck %s
// RUN: jit-opt --print-op-generic %s | jit-opt | FileCheck %s

// Declarations with visibility and unnamed arguments.
// CHECK-LABEL: func.func private @decl(i32, f32) -> i64
func.func private @decl(i32, f32) -> i64

// Argument and result attributes, several results, and extra attributes.
// CHECK-LABEL: func.func public @attrs(%arg0: tensor<4xf32> {jax.arg = "x"}, %arg1: i32) -> (tensor<4xf32> {jax.result_info = "result"}, i32) attributes {llvm.emit_c_interface}
func.func public @attrs(%a: tensor<4xf32> {jax.arg = "x"}, %b: i32) -> (tensor<4xf32> {jax.result_info = "result"}, i32) attributes {llvm.emit_c_interface} {
  // CHECK: return %arg0, %arg1 : tensor<4xf32>, i32
  return %a, %b : tensor<4xf32>, i32
}

// Calls with and without results; `call`/`return` need no prefix inside func.func.
// CHECK-LABEL: func.func @calls
// CHECK: %[[R:.*]] = call @decl(%arg0, %arg1) : (i32, f32) -> i64
// CHECK: call @nothing() : () -> ()
// CHECK: return %[[R]] : i64
func.func @calls(%a: i32, %b: f32) -> i64 {
  %0 = func.call @decl(%a, %b) : (i32, f32) -> i64
  call @nothing() : () -> ()
  func.return %0 : i64
}
func.func private @nothing()

// Symbolic shapes in signatures.
// CHECK-LABEL: func.func @symbolic(%arg0: tensor<Nx1024xf32>) -> tensor<Nx1024xf32>
func.func @symbolic(%a: tensor<Nx1024xf32>) -> tensor<Nx1024xf32> {
  return %a : tensor<Nx1024xf32>
}

// A buffer with more precise extents (static, or symbolic) may be passed for a memref
// parameter with fewer: descriptors carry the extents.
// CHECK-LABEL: func.func @refines
// CHECK: call @takes(%arg0) : (memref<8xf32>) -> ()
// CHECK: call @takes(%arg1) : (memref<Nxf32>) -> ()
func.func private @takes(memref<?xf32>)
func.func @refines(%a: memref<8xf32>, %b: memref<Nxf32>) {
  call @takes(%a) : (memref<8xf32>) -> ()
  call @takes(%b) : (memref<Nxf32>) -> ()
  return
}
