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

// ldexp of constants folds to x·2^n rounded once: exact scaling, gradual underflow to the
// smallest subnormal, overflow to inf, and any exponent size.
// CHECK-LABEL: func.func @fold_ldexp
// CHECK-DAG: %[[A:.*]] = arith.constant 1.200000e+01 : f32
// CHECK-DAG: %[[B:.*]] = arith.constant 1.401298e-45 : f32
// CHECK-DAG: %[[C:.*]] = arith.constant 0x7F800000 : f32
// CHECK-DAG: %[[D:.*]] = arith.constant -0.000000e+00 : f32
// CHECK: return %[[A]], %[[B]], %[[C]], %[[D]] : f32, f32, f32, f32
func.func @fold_ldexp() -> (f32, f32, f32, f32) {
  %x = arith.constant 1.5 : f32
  %one = arith.constant 1.0 : f32
  %m = arith.constant -1.0 : f32
  %three = arith.constant 3 : i32
  %sub = arith.constant -149 : i32
  %big = arith.constant 200 : i32
  %huge = arith.constant -9223372036854775807 : i64
  %0 = kmath.ldexp %x, %three : f32, i32
  %1 = kmath.ldexp %one, %sub : f32, i32
  %2 = kmath.ldexp %one, %big : f32, i32
  %3 = kmath.ldexp %m, %huge : f32, i64
  return %0, %1, %2, %3 : f32, f32, f32, f32
}
