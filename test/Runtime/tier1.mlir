// Tier 1 (native code) agrees with tier 0 (the interpreter) on every function here: the same
// checks run against both tiers. Then native calls reject wrong arguments before running.
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<6f', 1, -2, 3, -4, 5, 6))" > %t.bin
// RUN: for e in chain reductions contractions movement ints; do jit-run %s --entry=$e --input=%t.bin:2x3:f32 --print-output; done > %t.tier0
// RUN: for e in chain reductions contractions movement ints; do jit-run %s --tier=1 --entry=$e --input=%t.bin:2x3:f32 --print-output; done > %t.tier1
// RUN: for e in chain reductions contractions movement ints; do jit-run %s --tier=2 --entry=$e --input=%t.bin:2x3:f32 --print-output; done > %t.tier1
// RUN: FileCheck %s < %t.tier0
// RUN: FileCheck %s < %t.tier1
// RUN: diff %t.tier0 %t.tier1
// RUN: not jit-run %s --tier=1 --entry=chain --input=%t.bin:3x2:f32 2>&1 | FileCheck %s --check-prefix=BADSHAPE
// RUN: not jit-run %s --tier=2 --entry=chain --input=%t.bin:3x2:f32 2>&1 | FileCheck %s --check-prefix=BADSHAPE
// RUN: not jit-run %s --tier=1 --entry=chain --input=%t.bin:6:f32 2>&1 | FileCheck %s --check-prefix=BADRANK
// RUN: not jit-run %s --tier=2 --entry=chain --input=%t.bin:6:f32 2>&1 | FileCheck %s --check-prefix=BADRANK

// BADSHAPE: error: argument #0 of '@chain': expected 'tensor<Nx3xf32>', got tensor<3x2xf32>
// BADRANK: error: argument #0 of '@chain': expected 'tensor<Nx3xf32>', got tensor<6xf32>

// Elementwise ops, a broadcast, a comparison and select, and a bool converted to a number.
// CHECK: result #0: tensor<2x3xf32>
// CHECK-NEXT: {{\[\[}}1.5, 0, 3.5], [0, 5.5, 6.5]]
// CHECK: result #1: tensor<2x3xf32>
// CHECK-NEXT: {{\[\[}}1, 0, 1], [0, 1, 1]]
// CHECK: result #2: tensor<2x3xf32>
// CHECK-NEXT: {{\[\[}}0.7310586, 0.11920292, 0.95257413], [0.01798621, 0.9933072, 0.9975274]]
func.func @chain(%x: tensor<Nx3xf32>) -> (tensor<Nx3xf32>, tensor<Nx3xf32>, tensor<Nx3xf32>) {
  %h = ktensor.constant dense<0.5> : tensor<3xf32>
  %b = ktensor.broadcast_in_dim %h {dims = array<i64: 1>} : (tensor<3xf32>) -> tensor<Nx3xf32>
  %s = ktensor.add %x, %b : tensor<Nx3xf32>
  %r = ktensor.relu %s : tensor<Nx3xf32>
  %z = ktensor.constant dense<0.0> : tensor<3xf32>
  %zb = ktensor.broadcast_in_dim %z {dims = array<i64: 1>} : (tensor<3xf32>) -> tensor<Nx3xf32>
  %p = ktensor.cmp %x, %zb {predicate = "gt"} : (tensor<Nx3xf32>, tensor<Nx3xf32>) -> tensor<Nx3xi1>
  %f = ktensor.convert %p : (tensor<Nx3xi1>) -> tensor<Nx3xf32>
  %g = ktensor.sigmoid %x : tensor<Nx3xf32>
  return %r, %f, %g : tensor<Nx3xf32>, tensor<Nx3xf32>, tensor<Nx3xf32>
}

// Every reduction kind, with and without kept dimensions.
// CHECK: result #0: tensor<2xf32>
// CHECK-NEXT: {{\[}}2, 7]
// CHECK: result #1: tensor<1x3xf32>
// CHECK-NEXT: {{\[\[}}1, 5, 6]]
// CHECK: result #2: tensor<3xf32>
// CHECK-NEXT: {{\[}}-4, -2, 3]
// CHECK: result #3: tensor<2xf32>
// CHECK-NEXT: {{\[}}-6, -120]
// CHECK: result #4: tensor<2xf32>
// CHECK-NEXT: {{\[}}0.6666667, 2.3333333]
func.func @reductions(%x: tensor<Nx3xf32>) -> (tensor<Nxf32>, tensor<1x3xf32>, tensor<3xf32>, tensor<Nxf32>, tensor<Nxf32>) {
  %0 = ktensor.reduce %x {kind = "sum", axes = array<i64: 1>} : (tensor<Nx3xf32>) -> tensor<Nxf32>
  %1 = ktensor.reduce %x {kind = "max", axes = array<i64: 0>, keep_dims} : (tensor<Nx3xf32>) -> tensor<1x3xf32>
  %2 = ktensor.reduce %x {kind = "min", axes = array<i64: 0>} : (tensor<Nx3xf32>) -> tensor<3xf32>
  %3 = ktensor.reduce %x {kind = "prod", axes = array<i64: 1>} : (tensor<Nx3xf32>) -> tensor<Nxf32>
  %4 = ktensor.reduce %x {kind = "mean", axes = array<i64: 1>} : (tensor<Nx3xf32>) -> tensor<Nxf32>
  return %0, %1, %2, %3, %4 : tensor<Nxf32>, tensor<1x3xf32>, tensor<3xf32>, tensor<Nxf32>, tensor<Nxf32>
}

// matmul, a batched dot_general and a transpose.
// CHECK: result #0: tensor<2x2xf32>
// CHECK-NEXT: {{\[\[}}14, 4], [4, 77]]
// CHECK: result #1: tensor<3x3xf32>
// CHECK-NEXT: {{\[\[}}17, -22, -21], [-22, 29, 24], [-21, 24, 45]]
// CHECK: result #2: tensor<2xf32>
// CHECK-NEXT: {{\[}}14, 77]
func.func @contractions(%x: tensor<Nx3xf32>) -> (tensor<NxNxf32>, tensor<3x3xf32>, tensor<Nxf32>) {
  %t = ktensor.transpose %x {perm = array<i64: 1, 0>} : (tensor<Nx3xf32>) -> tensor<3xNxf32>
  %0 = ktensor.matmul %x, %t : (tensor<Nx3xf32>, tensor<3xNxf32>) -> tensor<NxNxf32>
  %1 = ktensor.matmul %t, %x : (tensor<3xNxf32>, tensor<Nx3xf32>) -> tensor<3x3xf32>
  %2 = ktensor.dot_general %x, %x {lhs_batch = array<i64: 0>, rhs_batch = array<i64: 0>, lhs_contract = array<i64: 1>, rhs_contract = array<i64: 1>} : (tensor<Nx3xf32>, tensor<Nx3xf32>) -> tensor<Nxf32>
  return %0, %1, %2 : tensor<NxNxf32>, tensor<3x3xf32>, tensor<Nxf32>
}

// Reshape (a view), slice, reverse, concat and iota.
// CHECK: result #0: tensor<6xf32>
// CHECK-NEXT: {{\[}}1, -2, 3, -4, 5, 6]
// CHECK: result #1: tensor<2x2xf32>
// CHECK-NEXT: {{\[\[}}-2, 3], [5, 6]]
// CHECK: result #2: tensor<2x3xf32>
// CHECK-NEXT: {{\[\[}}6, 5, -4], [3, -2, 1]]
// CHECK: result #3: tensor<4x3xf32>
// CHECK-NEXT: {{\[\[}}1, -2, 3], [-4, 5, 6], [1, -2, 3], [-4, 5, 6]]
// CHECK: result #4: tensor<2x3xi32>
// CHECK-NEXT: {{\[\[}}0, 1, 2], [0, 1, 2]]
func.func @movement(%x: tensor<2x3xf32>) -> (tensor<6xf32>, tensor<2x2xf32>, tensor<2x3xf32>, tensor<4x3xf32>, tensor<2x3xi32>) {
  %0 = ktensor.reshape %x : (tensor<2x3xf32>) -> tensor<6xf32>
  %1 = ktensor.slice %x {start = array<i64: 0, 1>, limit = array<i64: 2, 3>, strides = array<i64: 1, 1>} : (tensor<2x3xf32>) -> tensor<2x2xf32>
  %2 = ktensor.reverse %x {dims = array<i64: 0, 1>} : tensor<2x3xf32>
  %3 = ktensor.concat %x, %x {dim = 0 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<4x3xf32>
  %4 = ktensor.iota {dim = 1 : i64} : () -> tensor<2x3xi32>
  return %0, %1, %2, %3, %4 : tensor<6xf32>, tensor<2x2xf32>, tensor<2x3xf32>, tensor<4x3xf32>, tensor<2x3xi32>
}

// Integer arithmetic after a float-to-int conversion.
// CHECK: result #0: tensor<2x3xi32>
// CHECK-NEXT: {{\[\[}}3, -6, 9], [-12, 15, 18]]
// CHECK: result #1: tensor<2x3xi32>
// CHECK-NEXT: {{\[\[}}1, 2, 3], [4, 5, 6]]
func.func @ints(%x: tensor<2x3xf32>) -> (tensor<2x3xi32>, tensor<2x3xi32>) {
  %i = ktensor.convert %x : (tensor<2x3xf32>) -> tensor<2x3xi32>
  %three = ktensor.constant dense<3> : tensor<2x3xi32>
  %0 = ktensor.mul %i, %three : tensor<2x3xi32>
  %1 = ktensor.abs %i : tensor<2x3xi32>
  return %0, %1 : tensor<2x3xi32>, tensor<2x3xi32>
}
