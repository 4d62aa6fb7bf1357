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

// tanh is u/(u + 2) for u = e^(2|x|) - 1 (one path, no branch), with the sign bit of x or-ed
// in, so zeros keep their sign.
// CHECK-LABEL: func.func @tanh_f32
// CHECK-NOT: math.tanh
// CHECK: %[[B:.*]] = arith.bitcast %arg0 : f32 to i32
// CHECK-NEXT: %[[M:.*]] = arith.constant 2147483647 : i32
// CHECK-NEXT: arith.andi %[[B]], %[[M]] : i32
// CHECK: %[[TWO:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-NEXT: %[[D:.*]] = arith.addf %[[U:.*]], %[[TWO]] : f32
// CHECK-NEXT: arith.divf %[[U]], %[[D]] : f32
// CHECK: arith.ori %{{.*}}, %{{.*}} : i32
// CHECK-NOT: arith.divf
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
