// RUN: jit-opt %s | FileCheck %s
// RUN: jit-opt --print-op-generic %s | jit-opt | FileCheck %s

// Named modules with attributes, nested modules, and casts between types.
// CHECK: module @outer attributes {kiln.note = "x"} {
// CHECK: module @inner {
// CHECK: builtin.unrealized_conversion_cast %{{.*}} : i32 to i64
// CHECK: builtin.unrealized_conversion_cast %{{.*}}, %{{.*}} : i32, i32 to i64, f32
module @outer attributes {kiln.note = "x"} {
  module @inner {
  }
  func.func @f(%a: i32) -> i64 {
    %0 = builtin.unrealized_conversion_cast %a : i32 to i64
    %1:2 = builtin.unrealized_conversion_cast %a, %a : i32, i32 to i64, f32
    return %0 : i64
  }
}
