// RUN: jit-opt %s --split-input-file --math-approximation=ldexp=on | FileCheck %s

// With ldexp=on, exp scales its polynomial by 2^n with one kmath.ldexp of the integer n
// (the rounded x·log2 e's bits minus the rounding constant's) instead of two multiplies.
// CHECK-LABEL: func.func @exp_f32
// CHECK: %[[T:.*]] = arith.addf %{{.*}}, %[[R:.*]] fastmath<contract> : f32
// CHECK: %[[TB:.*]] = arith.bitcast %[[T]] : f32 to i32
// CHECK-NEXT: %[[RB:.*]] = arith.constant 1262485504 : i32
// CHECK-NEXT: %[[N:.*]] = arith.subi %[[TB]], %[[RB]] : i32
// CHECK-NOT: arith.mulf %{{[0-9a-z]+}}, %{{[0-9a-z]+}} : f32
// CHECK: %[[E:.*]] = kmath.ldexp %{{.*}}, %[[N]] : f32, i32
// CHECK-NEXT: return %[[E]] : f32
func.func @exp_f32(%x: f32) -> f32 {
  %0 = math.exp %x : f32
  return %0 : f32
}

// -----

// tanh's u = 2^n·(e^r - 1) + (2^n - 1) becomes ldexp(e^r - 1, n) + (2^n - 1): the product is
// exact (n >= 0), so the sum rounds once as the multiply-add did.
// CHECK-LABEL: func.func @tanh_f32
// CHECK: arith.shli %{{.*}}, %{{.*}} : i32
// CHECK-NEXT: %[[S:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK-NEXT: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: %[[SM1:.*]] = arith.subf %[[S]], %[[ONE]] : f32
// CHECK-NEXT: %[[P:.*]] = kmath.ldexp %{{.*}}, %{{.*}} : f32, i32
// CHECK-NEXT: %[[U:.*]] = arith.addf %[[P]], %[[SM1]] : f32
// CHECK: %[[D:.*]] = arith.addf %[[U]], %{{.*}} : f32
// CHECK-NEXT: arith.divf %[[U]], %[[D]] : f32
func.func @tanh_f32(%x: f32) -> f32 {
  %0 = math.tanh %x : f32
  return %0 : f32
}

// -----

// The functions built on exp use it too: erf's e^(-x²).
// CHECK-LABEL: func.func @erf_f32
// CHECK: kmath.ldexp %{{.*}}, %{{.*}} : f32, i32
// CHECK-NOT: kmath.ldexp
func.func @erf_f32(%x: f32) -> f32 {
  %0 = math.erf %x : f32
  return %0 : f32
}
