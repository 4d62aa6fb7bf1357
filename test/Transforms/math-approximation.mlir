// RUN: jit-opt %s --split-input-file --math-approximation | FileCheck %s

// f32 exp becomes arithmetic: a clamp (NaN fails the comparison and stays NaN, so it flows
// through to the result without a select at the end), rounding by a multiply-add with
// 1.5*2^23, the Cody-Waite reduction, a polynomial and two exact powers of two from the
// exponent bits; no call is left.
// CHECK-LABEL: func.func @exp_f32
// CHECK-NOT: math.exp
// CHECK: %[[HI:.*]] = arith.constant 1.300000e+02 : f32
// CHECK-NEXT: %[[GT:.*]] = arith.cmpf olt, %[[HI]], %arg0 : f32
// CHECK-NEXT: arith.select %[[GT]], %[[HI]], %arg0 : f32
// CHECK: %[[P:.*]] = arith.mulf %{{.*}}, %{{.*}} fastmath<contract> : f32
// CHECK-NEXT: %[[T:.*]] = arith.addf %[[P]], %[[R:.*]] fastmath<contract> : f32
// CHECK-NEXT: arith.subf %[[T]], %[[R]] : f32
// CHECK-NEXT: arith.bitcast %[[T]] : f32 to i32
// CHECK: arith.shli %{{.*}}, %{{.*}} : i32
// CHECK: %[[S1:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK: %[[S2:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK-NEXT: %[[Y:.*]] = arith.mulf %{{.*}}, %[[S1]] : f32
// CHECK-NEXT: %[[E:.*]] = arith.mulf %[[Y]], %[[S2]] : f32
// CHECK-NEXT: return %[[E]] : f32
func.func @exp_f32(%x: f32) -> f32 {
  %0 = math.exp %x : f32
  return %0 : f32
}

// -----

// tanh is u/(u + 2) for u = e^(2|x|) - 1 (one path, no branch), u = (e^r - 1)·2^n +
// (2^n - 1) in one multiply-add, with the sign bit of x or-ed into the numerator (beside the
// denominator's add, off the chain), so zeros keep their sign.
// CHECK-LABEL: func.func @tanh_f32
// CHECK-NOT: math.tanh
// CHECK: %[[B:.*]] = arith.bitcast %arg0 : f32 to i32
// CHECK-NEXT: %[[M:.*]] = arith.constant 2147483647 : i32
// CHECK-NEXT: arith.andi %[[B]], %[[M]] : i32
// CHECK: arith.shli
// CHECK-NEXT: %[[S:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK-NEXT: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: %[[SM1:.*]] = arith.subf %[[S]], %[[ONE]] : f32
// CHECK-NEXT: %[[P:.*]] = arith.mulf %{{.*}}, %[[S]] fastmath<contract> : f32
// CHECK-NEXT: %[[U:.*]] = arith.addf %[[P]], %[[SM1]] fastmath<contract> : f32
// CHECK: %[[SU:.*]] = arith.ori %{{.*}}, %{{.*}} : i32
// CHECK-NEXT: %[[SUF:.*]] = arith.bitcast %[[SU]] : i32 to f32
// CHECK-NEXT: %[[TWO:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-NEXT: %[[D:.*]] = arith.addf %[[U]], %[[TWO]] : f32
// CHECK-NEXT: %[[T:.*]] = arith.divf %[[SUF]], %[[D]] : f32
// CHECK-NEXT: return %[[T]] : f32
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

// -----

// erf is x + x*Q(x^2) below 1 and 1 - e^(-x^2)*R(1/|x|) above (the exp expanded too), chosen
// by a select; no call is left.
// CHECK-LABEL: func.func @erf_f32
// CHECK-NOT: math.erf
// CHECK-NOT: math.exp
// CHECK: arith.divf %{{.*}}, %{{.*}} : f32
// CHECK: %[[SMALL:.*]] = arith.cmpf olt, %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: arith.select %[[SMALL]], %{{.*}}, %{{.*}} : f32
// CHECK-NOT: math.erf
func.func @erf_f32(%x: f32) -> f32 {
  %0 = math.erf %x : f32
  return %0 : f32
}

// -----

// sin reduces its argument modulo pi/2 in f64 (Payne-Hanek, branch-free): |x| picks five
// pieces of 2/pi by selects, x times each is exact in f64, the first two are taken modulo 4
// and the sum is compensated; the polynomial runs in f64 on the reduced argument and one
// truncf rounds the result. No call is left.
// CHECK-LABEL: func.func @sin_f32
// CHECK-NOT: math.sin
// CHECK: %[[X:.*]] = arith.extf %arg0 : f32 to f64
// CHECK: %[[P0:.*]] = arith.select %{{.*}}, %{{.*}}, %{{.*}} : f64
// CHECK: arith.mulf %[[X]], %{{.*}} : f64
// CHECK: %[[RND:.*]] = arith.constant 6.755399441055744e+15 : f64
// CHECK: %[[K:.*]] = arith.addf %{{.*}}, %[[RND]] : f64
// CHECK-NEXT: arith.subf %[[K]], %[[RND]] : f64
// CHECK: %[[PIO2:.*]] = arith.constant 1.5707963267948966e+00 : f64
// CHECK-NEXT: %[[R:.*]] = arith.mulf %{{.*}}, %[[PIO2]] : f64
// CHECK: arith.andi %{{.*}}, %{{.*}} : i32
// CHECK: arith.mulf %[[R]], %[[R]] : f64
// CHECK: %[[Y:.*]] = arith.truncf %{{.*}} : f64 to f32
// CHECK: %[[Z:.*]] = arith.cmpf oeq, %arg0, %{{.*}} : f32
// CHECK-NEXT: arith.select %[[Z]], %arg0, %[[Y]] : f32
// CHECK-NOT: math.sin
func.func @sin_f32(%x: f32) -> f32 {
  %0 = math.sin %x : f32
  return %0 : f32
}

// -----

// cos is sin at the next quadrant (n + 1), with no zero fix-up; f64 cos keeps its libm call.
// CHECK-LABEL: func.func @cos_f32
// CHECK-NOT: math.cos
// CHECK: arith.extf %arg0 : f32 to f64
// CHECK: %[[N:.*]] = arith.andi %{{.*}}, %{{.*}} : i32
// CHECK-NEXT: %[[ONE:.*]] = arith.constant 1 : i32
// CHECK-NEXT: arith.addi %[[N]], %[[ONE]] : i32
// CHECK: arith.truncf %{{.*}} : f64 to f32
// CHECK: math.cos %arg1 : f64
func.func @cos_f32(%x: f32, %y: f64) -> (f32, f64) {
  %0 = math.cos %x : f32
  %1 = math.cos %y : f64
  return %0, %1 : f32, f64
}

// -----

// 0.5 * (1 + tanh x), the factor of the tanh form of GELU, becomes one approximation: u/2
// from the exponent (a pow2 bias one lower, 0.5 subtracted), then (±u/2) / (2·(u/2 + 1)) and
// 0.5 plus it; the add of 1 and the multiply by 0.5 are gone, and the constant's side does
// not matter.
// CHECK-LABEL: func.func @gelu_factor
// CHECK-NOT: math.tanh
// CHECK: arith.shli
// CHECK: %[[HALF:.*]] = arith.constant 5.000000e-01 : f32
// CHECK-NEXT: %[[SM:.*]] = arith.subf %{{.*}}, %[[HALF]] : f32
// CHECK: %[[U:.*]] = arith.addf %{{.*}}, %[[SM]] fastmath<contract> : f32
// CHECK: %[[SU:.*]] = arith.ori %{{.*}}, %{{.*}} : i32
// CHECK-NEXT: %[[SUF:.*]] = arith.bitcast %[[SU]] : i32 to f32
// CHECK-NEXT: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: %[[DH:.*]] = arith.addf %[[U]], %[[ONE]] : f32
// CHECK-NEXT: %[[D:.*]] = arith.addf %[[DH]], %[[DH]] : f32
// CHECK-NEXT: %[[TH:.*]] = arith.divf %[[SUF]], %[[D]] : f32
// CHECK-NEXT: %[[H:.*]] = arith.constant 5.000000e-01 : f32
// CHECK-NEXT: %[[R:.*]] = arith.addf %[[H]], %[[TH]] : f32
// CHECK-NEXT: return %[[R]] : f32
func.func @gelu_factor(%x: f32) -> f32 {
  %c1 = arith.constant 1.0 : f32
  %c05 = arith.constant 0.5 : f32
  %t = math.tanh %x : f32
  %s = arith.addf %t, %c1 : f32
  %h = arith.mulf %c05, %s : f32
  return %h : f32
}

// -----

// The factor's pattern needs each step's only user: a tanh also returned, or a sum scaled by
// another constant, expands as tanh and keeps the add and the multiply.
// CHECK-LABEL: func.func @gelu_factor_kept
// CHECK: %[[TF:.*]] = arith.divf %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[TF]], %arg1 : f32
// CHECK-NEXT: %[[H:.*]] = arith.mulf %[[S]], %arg2 : f32
// CHECK: %[[T2:.*]] = arith.divf %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: %[[S2:.*]] = arith.addf %[[T2]], %arg1 : f32
// CHECK-NEXT: %[[H2:.*]] = arith.mulf %[[S2]], %arg1 : f32
// CHECK-NEXT: return %[[H]], %[[TF]], %[[H2]] : f32, f32, f32
func.func @gelu_factor_kept(%x: f32, %c1: f32, %c05: f32) -> (f32, f32, f32) {
  %t = math.tanh %x : f32
  %s = arith.addf %t, %c1 : f32
  %h = arith.mulf %s, %c05 : f32
  %t2 = math.tanh %x : f32
  %s2 = arith.addf %t2, %c1 : f32
  %h2 = arith.mulf %s2, %c1 : f32
  return %h, %t, %h2 : f32, f32, f32
}
