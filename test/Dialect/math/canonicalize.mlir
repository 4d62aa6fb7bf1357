// RUN: jit-opt %s --canonicalize | FileCheck %s

// Functions of constants fold (rounded to f32); pow(x, 1) is x.
// CHECK-LABEL: func.func @fold
// CHECK-DAG: arith.constant 1.000000e+00 : f32
// CHECK-DAG: arith.constant 2.000000e+00 : f32
// CHECK-DAG: arith.constant 8.427008e-01 : f32
// CHECK-DAG: arith.constant 7.000000e+00 : f32
// CHECK: return {{.*}}, %arg0
func.func @fold(%x: f32) -> (f32, f32, f32, f32, f32) {
  %z = arith.constant 0.0 : f32
  %four = arith.constant 4.0 : f32
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %three = arith.constant 3.0 : f32
  %0 = math.exp %z : f32
  %1 = math.sqrt %four : f32
  %2 = math.erf %one : f32
  %3 = math.fma %two, %two, %three : f32
  %4 = math.powf %x, %one : f32
  return %0, %1, %2, %3, %4 : f32, f32, f32, f32, f32
}
