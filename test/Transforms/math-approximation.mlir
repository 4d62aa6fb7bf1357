// RUN: jit-opt %s --split-input-file --math-approximation | FileCheck %s

// f32 exp becomes arithmetic: a clamp, the Cody-Waite reduction, a polynomial and two exact
// powers of two from the exponent bits; no call is left.
// CHECK-LABEL: func.func @exp_f32
// CHECK-NOT: math.exp
// CHECK: arith.maximumf %arg0, %{{.*}} : f32
// CHECK: math.floor %{{.*}} : f32
// CHECK: arith.fptosi %{{.*}} : f32 to i32
// CHECK: arith.shli %{{.*}}, %{{.*}} : i32
// CHECK: arith.bitcast %{{.*}} : i32 to f32
// CHECK: arith.select %{{.*}}, %arg0, %{{.*}} : f32
func.func @exp_f32(%x: f32) -> f32 {
  %0 = math.exp %x : f32
  return %0 : f32
}

// -----

// tanh is a polynomial near zero and 1 - 2/(e^(2|x|) + 1) above; zeros keep their sign.
// CHECK-LABEL: func.func @tanh_f32
// CHECK-NOT: math.tanh
// CHECK: math.absf %arg0 : f32
// CHECK: arith.divf
// CHECK: arith.cmpf oeq, %arg0, %{{.*}} : f32
func.func @tanh_f32(%x: f32) -> f32 {
  %0 = math.tanh %x : f32
  return %0 : f32
}

// -----

// log reads the exponent and mantissa from the bits (subnormals scaled first) and evaluates a
// polynomial in the mantissa; zero, negatives, +inf and NaN get their IEEE results.
// CHECK-LABEL: func.func @log_f32
// CHECK-NOT: math.log
// CHECK: arith.bitcast %{{.*}} : f32 to i32
// CHECK: arith.shrui
// CHECK: arith.sitofp %{{.*}} : i32 to f32
// CHECK: arith.select %{{.*}}, %arg0, %{{.*}} : f32
func.func @log_f32(%x: f32) -> f32 {
  %0 = math.log %x : f32
  return %0 : f32
}

// -----

// f64 keeps the libm call (lowered by convert-arith-to-llvm).
// CHECK-LABEL: func.func @exp_f64
// CHECK: math.exp %arg0 : f64
func.func @exp_f64(%x: f64) -> f64 {
  %0 = math.exp %x : f64
  return %0 : f64
}
