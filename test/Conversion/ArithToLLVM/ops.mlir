// RUN: jit-opt %s --split-input-file --convert-arith-to-llvm | FileCheck %s

// Scalar arith and math ops map to llvm ops, intrinsics or libm calls; index is i64.
// CHECK: llvm.func @tanhf(f32) -> f32
// CHECK-LABEL: func.func @scalars
// CHECK: llvm.fadd
// CHECK: llvm.fcmp "olt" %{{.*}}, %{{.*}} : f32
// CHECK: llvm.select
// CHECK: llvm.intr.maximum
// CHECK: llvm.intr.exp
// CHECK: llvm.call @tanhf(
// CHECK: llvm.intr.sqrt
// CHECK: llvm.fdiv
// CHECK: llvm.mlir.constant(3 : i64) : i64
// CHECK: llvm.mul %{{.*}}, %{{.*}} : i64
// CHECK: llvm.sitofp
func.func @scalars(%a: f32, %b: f32, %i: index) -> f32 {
  %0 = arith.addf %a, %b : f32
  %1 = arith.cmpf olt, %0, %b : f32
  %2 = arith.select %1, %0, %b : f32
  %3 = arith.maximumf %2, %a : f32
  %4 = math.exp %3 : f32
  %5 = math.tanh %4 : f32
  %6 = math.rsqrt %5 : f32
  %c3 = arith.constant 3 : index
  %7 = arith.muli %i, %c3 : index
  %8 = arith.index_cast %7 : index to i64
  %9 = arith.sitofp %8 : i64 to f32
  %10 = arith.addf %6, %9 : f32
  return %10 : f32
}

// -----

// Integer min/max are a compare and a select.
// CHECK-LABEL: func.func @minmax
// CHECK: %[[C:.*]] = llvm.icmp "sgt" %arg0, %arg1 :
// CHECK: llvm.select %[[C]], %arg0, %arg1 : i1, i32
func.func @minmax(%a: i32, %b: i32) -> i32 {
  %0 = arith.maxsi %a, %b : i32
  return %0 : i32
}

// -----

// math.atan lowers to llvm.intr.atan, which the llvm dialect registers (it did not: every
// module with an f32 atan failed verification after convert-arith-to-llvm in jit-opt).
// CHECK-LABEL: func.func @atan_lowers_to_a_registered_intrinsic
// CHECK: %[[R:.*]] = llvm.intr.atan(%arg0) : (f32) -> f32
// CHECK: return %[[R]] : f32
func.func @atan_lowers_to_a_registered_intrinsic(%x: f32) -> f32 {
  %0 = math.atan %x : f32
  return %0 : f32
}

// -----

// kmath.ldexp lowers to a call of llvm.ldexp by its overloaded name (upstream's
// llvm.intr.ldexp takes no vector of exponents).
// CHECK-LABEL: func.func @ldexp
// CHECK: %[[S:.*]] = llvm.call_intrinsic "llvm.ldexp.f32.i32"(%arg0, %arg1) : (f32, i32) -> f32
// CHECK: return %[[S]] : f32
func.func @ldexp(%x: f32, %n: i32) -> f32 {
  %0 = kmath.ldexp %x, %n : f32, i32
  return %0 : f32
}

// -----

// The same on vectors of both operands.
// CHECK-LABEL: func.func @ldexp_vector
// CHECK: %[[V:.*]] = llvm.call_intrinsic "llvm.ldexp.v16f32.v16i32"(%arg0, %arg1) : (vector<16xf32>, vector<16xi32>) -> vector<16xf32>
// CHECK: return %[[V]] : vector<16xf32>
func.func @ldexp_vector(%v: vector<16xf32>, %n: vector<16xi32>) -> vector<16xf32> {
  %0 = kmath.ldexp %v, %n : vector<16xf32>, vector<16xi32>
  return %0 : vector<16xf32>
}
