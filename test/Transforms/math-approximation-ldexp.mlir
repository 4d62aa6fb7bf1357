// RUN: jit-opt %s --split-input-file --math-approximation=ldexp=on | FileCheck %s

// With ldexp=on, exp scales its polynomial by 2^n with one kmath.ldexp of the integer n
// (the rounded x·log2 e's bits minus the rounding constant's) instead of two multiplies by
// powers of two built with shifts.
// CHECK-LABEL: func.func @exp_f32
// CHECK: %[[T:.*]] = arith.addf %{{.*}}, %[[R:.*]] fastmath<contract> : f32
// CHECK: %[[TB:.*]] = arith.bitcast %[[T]] : f32 to i32
// CHECK-NEXT: %[[RB:.*]] = arith.constant 1262485504 : i32
// CHECK-NEXT: %[[N:.*]] = arith.subi %[[TB]], %[[RB]] : i32
// CHECK-NOT: arith.shli
// CHECK: %[[E:.*]] = kmath.ldexp %{{.*}}, %[[N]] : f32, i32
// CHECK-NEXT: return %[[E]] : f32
func.func @exp_f32(%x: f32) -> f32 {
  %0 = math.exp %x : f32
  return %0 : f32
}

// -----

// tanh keeps its one multiply-add for u = (e^r - 1)·2^n + (2^n - 1) even with ldexp=on:
// ldexp's conversion, scale and add are more operations on a longer chain (measured slower).
// CHECK-LABEL: func.func @tanh_f32
// CHECK-NOT: kmath.ldexp
// CHECK: arith.shli %{{.*}}, %{{.*}} : i32
// CHECK-NEXT: %[[S:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK-NEXT: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: %[[SM1:.*]] = arith.subf %[[S]], %[[ONE]] : f32
// CHECK-NEXT: %[[P:.*]] = arith.mulf %{{.*}}, %[[S]] fastmath<contract> : f32
// CHECK-NEXT: %[[U:.*]] = arith.addf %[[P]], %[[SM1]] fastmath<contract> : f32
// CHECK-NOT: kmath.ldexp
// CHECK: return
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
