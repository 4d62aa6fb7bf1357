// RUN: jit-opt %s --split-input-file --canonicalize | FileCheck %s

// Elementwise ops on constants fold (splat and dense); x+0 and x*1 disappear.
// CHECK-LABEL: func.func @fold
// CHECK-DAG: %[[S:.*]] = ktensor.constant dense<5.000000e+00> : tensor<2x2xf32>
// CHECK-DAG: %[[D:.*]] = ktensor.constant dense<[11, 22, 33]> : tensor<3xi32>
// CHECK: return %[[S]], %[[D]], %arg0, %arg0
func.func @fold(%x: tensor<4xf32>) -> (tensor<2x2xf32>, tensor<3xi32>, tensor<4xf32>, tensor<4xf32>) {
  %a = ktensor.constant dense<2.0> : tensor<2x2xf32>
  %b = ktensor.constant dense<3.0> : tensor<2x2xf32>
  %0 = ktensor.add %a, %b : tensor<2x2xf32>
  %c = ktensor.constant dense<[1, 2, 3]> : tensor<3xi32>
  %d = ktensor.constant dense<[10, 20, 30]> : tensor<3xi32>
  %1 = ktensor.add %c, %d : tensor<3xi32>
  %z = ktensor.constant dense<-0.0> : tensor<4xf32>
  %2 = ktensor.add %x, %z : tensor<4xf32>
  %one = ktensor.constant dense<1.0> : tensor<4xf32>
  %3 = ktensor.mul %x, %one : tensor<4xf32>
  return %0, %1, %2, %3 : tensor<2x2xf32>, tensor<3xi32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// Integer division by zero is left for run time.
// CHECK-LABEL: func.func @no_div_by_zero
// CHECK: ktensor.div
func.func @no_div_by_zero() -> tensor<2xi32> {
  %a = ktensor.constant dense<[4, 5]> : tensor<2xi32>
  %b = ktensor.constant dense<[2, 0]> : tensor<2xi32>
  %0 = ktensor.div %a, %b : tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

// transpose(transpose(x)) composes; an identity permutation disappears.
// CHECK-LABEL: func.func @transposes
// CHECK-NEXT: return %arg0
func.func @transposes(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = ktensor.transpose %x {perm = array<i64: 1, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
  %1 = ktensor.transpose %0 {perm = array<i64: 2, 0, 1>} : (tensor<3x4x2xf32>) -> tensor<2x3x4xf32>
  return %1 : tensor<2x3x4xf32>
}

// -----

// reshape(reshape(x)) is one reshape; reshape to the same type is nothing.
// CHECK-LABEL: func.func @reshapes
// CHECK-NEXT: %[[R:.*]] = ktensor.reshape %arg0 : (tensor<Nx4xf32>) -> tensor<(4*N)xf32>
// CHECK-NEXT: return %[[R]], %arg0
func.func @reshapes(%x: tensor<Nx4xf32>) -> (tensor<(4*N)xf32>, tensor<Nx4xf32>) {
  %0 = ktensor.reshape %x : (tensor<Nx4xf32>) -> tensor<Nx2x2xf32>
  %1 = ktensor.reshape %0 : (tensor<Nx2x2xf32>) -> tensor<(4*N)xf32>
  %2 = ktensor.reshape %x : (tensor<Nx4xf32>) -> tensor<Nx4xf32>
  return %1, %2 : tensor<(4*N)xf32>, tensor<Nx4xf32>
}

// -----

// Broadcast of a splat constant is a splat constant of the result type.
// CHECK-LABEL: func.func @broadcast_splat
// CHECK-NEXT: %[[C:.*]] = ktensor.constant dense<7.000000e+00> : tensor<3x4xf32>
// CHECK-NEXT: return %[[C]]
func.func @broadcast_splat() -> tensor<3x4xf32> {
  %c = ktensor.constant dense<7.0> : tensor<f32>
  %0 = ktensor.broadcast_in_dim %c {dims = array<i64>} : (tensor<f32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// A transposed operand of a contraction is read in place: the contraction moves to the
// source's dimension (attention's q · kᵀ); the transpose is dead.
// CHECK-LABEL: func.func @dot_reads_transpose_in_place
// CHECK-NOT: ktensor.transpose
// CHECK: %[[S:.*]] = ktensor.dot_general %arg0, %arg1 {lhs_batch = array<i64>, lhs_contract = array<i64: 1>, rhs_batch = array<i64>, rhs_contract = array<i64: 1>} : (tensor<8x4xf32>, tensor<6x4xf32>) -> tensor<8x6xf32>
// CHECK: ktensor.dot_general %arg2, %arg0 {lhs_batch = array<i64>, lhs_contract = array<i64: 0>, rhs_batch = array<i64>, rhs_contract = array<i64: 0>} : (tensor<8x3xf32>, tensor<8x4xf32>) -> tensor<3x4xf32>
func.func @dot_reads_transpose_in_place(%q: tensor<8x4xf32>, %k: tensor<6x4xf32>, %v: tensor<8x3xf32>) -> (tensor<8x6xf32>, tensor<3x4xf32>) {
  %kt = ktensor.transpose %k {perm = array<i64: 1, 0>} : (tensor<6x4xf32>) -> tensor<4x6xf32>
  %s = ktensor.dot_general %q, %kt {lhs_batch = array<i64>, lhs_contract = array<i64: 1>, rhs_batch = array<i64>, rhs_contract = array<i64: 0>} : (tensor<8x4xf32>, tensor<4x6xf32>) -> tensor<8x6xf32>
  %vt = ktensor.transpose %v {perm = array<i64: 1, 0>} : (tensor<8x3xf32>) -> tensor<3x8xf32>
  %o = ktensor.dot_general %vt, %q {lhs_batch = array<i64>, lhs_contract = array<i64: 1>, rhs_batch = array<i64>, rhs_contract = array<i64: 0>} : (tensor<3x8xf32>, tensor<8x4xf32>) -> tensor<3x4xf32>
  return %s, %o : tensor<8x6xf32>, tensor<3x4xf32>
}

// -----

// A transpose that reorders an operand's free dimensions stays: folding it would permute the
// result.
// CHECK-LABEL: func.func @dot_keeps_reordering_transpose
// CHECK: %[[T:.*]] = ktensor.transpose %arg1
// CHECK: ktensor.dot_general %arg0, %[[T]]
func.func @dot_keeps_reordering_transpose(%x: tensor<5x4xf32>, %y: tensor<4x3x2xf32>) -> tensor<5x2x3xf32> {
  %t = ktensor.transpose %y {perm = array<i64: 0, 2, 1>} : (tensor<4x3x2xf32>) -> tensor<4x2x3xf32>
  %r = ktensor.dot_general %x, %t {lhs_batch = array<i64>, lhs_contract = array<i64: 1>, rhs_batch = array<i64>, rhs_contract = array<i64: 0>} : (tensor<5x4xf32>, tensor<4x2x3xf32>) -> tensor<5x2x3xf32>
  return %r : tensor<5x2x3xf32>
}

// -----

// The row maximum of x / 8 is the row maximum of x, divided once (rounding x / c is monotone
// for a positive finite c: NaN, signed zeros and infinities come out the same); the scaled
// tensor stays for its other user. The minimum of x · 0.5 likewise, with a multiply.
// CHECK-LABEL: func.func @extremum_of_scaled
// CHECK-DAG: %[[C8:.*]] = ktensor.constant dense<8.000000e+00> : tensor<4x6xf32>
// CHECK-DAG: %[[S:.*]] = ktensor.div %arg0, %[[C8]] : tensor<4x6xf32>
// CHECK-DAG: %[[M:.*]] = ktensor.reduce %arg0 {axes = array<i64: 1>, kind = "max"} : (tensor<4x6xf32>) -> tensor<4xf32>
// CHECK-DAG: %[[C8S:.*]] = ktensor.constant dense<8.000000e+00> : tensor<4xf32>
// CHECK-DAG: %[[MS:.*]] = ktensor.div %[[M]], %[[C8S]] : tensor<4xf32>
// CHECK-DAG: %[[N:.*]] = ktensor.reduce %arg0 {axes = array<i64: 1>, kind = "min"} : (tensor<4x6xf32>) -> tensor<4xf32>
// CHECK-DAG: %[[HALF:.*]] = ktensor.constant dense<5.000000e-01> : tensor<4xf32>
// CHECK-DAG: %[[NS:.*]] = ktensor.mul %[[N]], %[[HALF]] : tensor<4xf32>
// CHECK: return %[[S]], %[[MS]], %[[NS]] : tensor<4x6xf32>, tensor<4xf32>, tensor<4xf32>
func.func @extremum_of_scaled(%x: tensor<4x6xf32>) -> (tensor<4x6xf32>, tensor<4xf32>, tensor<4xf32>) {
  %c8 = ktensor.constant dense<8.0> : tensor<4x6xf32>
  %s = ktensor.div %x, %c8 : tensor<4x6xf32>
  %m = ktensor.reduce %s {axes = array<i64: 1>, kind = "max"} : (tensor<4x6xf32>) -> tensor<4xf32>
  %h = ktensor.constant dense<0.5> : tensor<4x6xf32>
  %t = ktensor.mul %h, %x : tensor<4x6xf32>
  %n = ktensor.reduce %t {axes = array<i64: 1>, kind = "min"} : (tensor<4x6xf32>) -> tensor<4xf32>
  return %s, %m, %n : tensor<4x6xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// Kept: a sum (scaling does not commute with rounding a sum), a negative scale (it swaps
// maximum and minimum), and a scale that is not a splat.
// CHECK-LABEL: func.func @extremum_of_scaled_kept
// CHECK: %[[S:.*]] = ktensor.div %arg0, %{{.*}} : tensor<4x6xf32>
// CHECK: ktensor.reduce %[[S]] {axes = array<i64: 1>, kind = "sum"}
// CHECK: %[[N:.*]] = ktensor.mul %arg0, %{{.*}} : tensor<4x6xf32>
// CHECK: ktensor.reduce %[[N]] {axes = array<i64: 1>, kind = "max"}
// CHECK: %[[V:.*]] = ktensor.mul %arg0, %arg1 : tensor<4x6xf32>
// CHECK: ktensor.reduce %[[V]] {axes = array<i64: 1>, kind = "max"}
func.func @extremum_of_scaled_kept(%x: tensor<4x6xf32>, %y: tensor<4x6xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %c8 = ktensor.constant dense<8.0> : tensor<4x6xf32>
  %s = ktensor.div %x, %c8 : tensor<4x6xf32>
  %a = ktensor.reduce %s {axes = array<i64: 1>, kind = "sum"} : (tensor<4x6xf32>) -> tensor<4xf32>
  %cn = ktensor.constant dense<-2.0> : tensor<4x6xf32>
  %n = ktensor.mul %x, %cn : tensor<4x6xf32>
  %b = ktensor.reduce %n {axes = array<i64: 1>, kind = "max"} : (tensor<4x6xf32>) -> tensor<4xf32>
  %v = ktensor.mul %x, %y : tensor<4x6xf32>
  %c = ktensor.reduce %v {axes = array<i64: 1>, kind = "max"} : (tensor<4x6xf32>) -> tensor<4xf32>
  return %a, %b, %c : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}
