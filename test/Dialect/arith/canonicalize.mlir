// RUN: jit-opt %s --split-input-file --canonicalize | FileCheck %s

// Equal constants merge and move to the top of the function.
// CHECK-LABEL: func.func @dedup
// CHECK-NEXT: %[[C:.*]] = arith.constant 3 : i32
// CHECK-NEXT: %[[A:.*]] = arith.muli %arg0, %[[C]]
// CHECK-NEXT: %[[B:.*]] = arith.muli %arg1, %[[C]]
// CHECK-NEXT: return %[[A]], %[[B]]
func.func @dedup(%x: i32, %y: i32) -> (i32, i32) {
  %c3 = arith.constant 3 : i32
  %0 = arith.muli %x, %c3 : i32
  %c3b = arith.constant 3 : i32
  %1 = arith.muli %y, %c3b : i32
  return %0, %1 : i32, i32
}

// -----

// Division folds, including by one.
// CHECK-LABEL: func.func @div
// CHECK-DAG: %[[H:.*]] = arith.constant 5.000000e-01 : f32
// CHECK: return %[[H]], %arg0
func.func @div(%x: f32) -> (f32, f32) {
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %0 = arith.divf %one, %two : f32
  %1 = arith.divf %x, %one : f32
  return %0, %1 : f32, f32
}

// -----

// Signed and unsigned integer semantics; division by zero is not folded.
// CHECK-LABEL: func.func @signedness
// CHECK-DAG: arith.constant -3 : i8
// CHECK-DAG: arith.constant 124 : i8
// CHECK-DAG: arith.constant -1 : i8
// CHECK-DAG: arith.constant 1 : i8
// CHECK: arith.divsi
func.func @signedness() -> (i8, i8, i8, i8, i8) {
  %m7 = arith.constant -7 : i8
  %c2 = arith.constant 2 : i8
  %c0 = arith.constant 0 : i8
  %0 = arith.divsi %m7, %c2 : i8
  %1 = arith.divui %m7, %c2 : i8
  %2 = arith.remsi %m7, %c2 : i8
  %3 = arith.remui %m7, %c2 : i8
  %4 = arith.divsi %m7, %c0 : i8
  return %0, %1, %2, %3, %4 : i8, i8, i8, i8, i8
}

// -----

// Comparisons, select and casts of constants fold.
// CHECK-LABEL: func.func @cmp_select_cast
// CHECK-DAG: %[[T:.*]] = arith.constant true
// CHECK-DAG: %[[F:.*]] = arith.constant 2.500000e+00 : f32
// CHECK-DAG: %[[I:.*]] = arith.constant -2 : i32
// CHECK: return %[[T]], %arg0, %[[F]], %[[I]]
func.func @cmp_select_cast(%x: i32) -> (i1, i32, f32, i32) {
  %a = arith.constant 3 : i32
  %b = arith.constant 5 : i32
  %0 = arith.cmpi ult, %a, %b : i32
  %1 = arith.select %0, %x, %b : i32
  %h = arith.constant 2.5 : f16
  %2 = arith.extf %h : f16 to f32
  %f = arith.constant -2.75 : f32
  %3 = arith.fptosi %f : f32 to i32
  return %0, %1, %2, %3 : i1, i32, f32, i32
}

// -----

// x op x identities.
// CHECK-LABEL: func.func @self
// CHECK-DAG: %[[Z:.*]] = arith.constant 0 : i32
// CHECK-DAG: %[[T:.*]] = arith.constant true
// CHECK: return %[[Z]], %arg0, %arg0, %[[T]]
func.func @self(%x: i32) -> (i32, i32, i32, i1) {
  %0 = arith.xori %x, %x : i32
  %1 = arith.andi %x, %x : i32
  %2 = arith.maxsi %x, %x : i32
  %3 = arith.cmpi sle, %x, %x : i32
  return %0, %1, %2, %3 : i32, i32, i32, i1
}

// -----

// Float comparisons fold as IEEE 754 says: a NaN makes ordered predicates false and unordered
// ones true, -0 equals +0, and an infinity equals itself.
// CHECK-LABEL: func.func @cmpf_fold_nan_zero_inf
// CHECK-DAG: %[[T:.*]] = arith.constant true
// CHECK-DAG: %[[F:.*]] = arith.constant false
// CHECK: return %[[F]], %[[T]], %[[T]], %[[F]], %[[T]], %[[T]] : i1, i1, i1, i1, i1, i1
func.func @cmpf_fold_nan_zero_inf() -> (i1, i1, i1, i1, i1, i1) {
  %nan = arith.constant 0x7FC00000 : f32
  %one = arith.constant 1.0 : f32
  %nz = arith.constant -0.0 : f32
  %pz = arith.constant 0.0 : f32
  %inf = arith.constant 0x7F800000 : f32
  %0 = arith.cmpf one, %nan, %one : f32
  %1 = arith.cmpf une, %nan, %one : f32
  %2 = arith.cmpf oeq, %nz, %pz : f32
  %3 = arith.cmpf olt, %nz, %pz : f32
  %4 = arith.cmpf ueq, %inf, %inf : f32
  %5 = arith.cmpf uno, %nan, %nan : f32
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}
