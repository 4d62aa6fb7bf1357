// RUN: jit-opt %s | FileCheck %s
// RUN: jit-opt %s | jit-opt | FileCheck %s
// RUN: jit-opt --print-op-generic %s | jit-opt | FileCheck %s

// Every arith op of this stage round-trips in pretty and generic form.
// CHECK-LABEL: func.func @ops
func.func @ops(%i: i32, %f: f32, %v: vector<4xf32>) -> (i32, f32, vector<4xf32>) {
  // CHECK: arith.constant 42 : i32
  %c = arith.constant 42 : i32
  // CHECK: arith.constant 1.500000e+00 : f32
  %cf = arith.constant 1.5 : f32
  // CHECK: arith.constant dense<2.000000e+00> : vector<4xf32>
  %cv = arith.constant dense<2.0> : vector<4xf32>
  // CHECK: arith.constant true
  %t = arith.constant true
  // CHECK: arith.addi %{{.*}}, %{{.*}} : i32
  %0 = arith.addi %i, %c : i32
  // CHECK: arith.subi
  %1 = arith.subi %0, %i : i32
  // CHECK: arith.muli
  %2 = arith.muli %1, %1 : i32
  // CHECK: arith.addf
  %3 = arith.addf %f, %cf : f32
  // CHECK: arith.subf
  %4 = arith.subf %3, %f : f32
  // CHECK: arith.mulf
  %5 = arith.mulf %4, %4 : f32
  // CHECK: arith.divf
  %6 = arith.divf %5, %cf : f32
  // CHECK: arith.mulf %{{.*}}, %{{.*}} : vector<4xf32>
  %7 = arith.mulf %v, %cv : vector<4xf32>
  return %2, %6, %7 : i32, f32, vector<4xf32>
}
