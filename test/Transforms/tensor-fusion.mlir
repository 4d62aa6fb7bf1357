// RUN: jit-opt %s --split-input-file --tensor-fusion | FileCheck %s
// RUN: jit-opt %s --split-input-file --tensor-fusion --convert-tensor-to-loop --canonicalize | FileCheck %s --check-prefix=LOOP

// An elementwise chain with a broadcast operand is one group: the broadcast is read in place.
// (The e-graph first turns max(x, broadcast(+0)) into relu(x); the module lists the groups.)
// CHECK: module attributes {kiln.fusion_groups = ["@chain: 4 ops (broadcast_in_dim mul add relu)"]}
// CHECK-LABEL: func.func @chain
// CHECK-NOT: ktensor.constant
// CHECK: %[[F:.*]] = ktensor.fused %arg1, %arg0, %arg2 : (tensor<64xf32>, tensor<Nx64xf32>, tensor<Nx64xf32>) -> tensor<Nx64xf32> {
// CHECK-NEXT: ^bb0(%[[B:.*]]: tensor<64xf32>, %[[A:.*]]: tensor<Nx64xf32>, %[[C:.*]]: tensor<Nx64xf32>):
// CHECK-NEXT: %[[BB:.*]] = ktensor.broadcast_in_dim %[[B]] {dims = array<i64: 1>} : (tensor<64xf32>) -> tensor<Nx64xf32>
// CHECK-NEXT: %[[M:.*]] = ktensor.mul %[[A]], %[[BB]] : tensor<Nx64xf32>
// CHECK-NEXT: %[[S:.*]] = ktensor.add %[[M]], %[[C]] : tensor<Nx64xf32>
// CHECK-NEXT: %[[R:.*]] = ktensor.relu %[[S]] : tensor<Nx64xf32>
// CHECK-NEXT: ktensor.yield %[[R]] : tensor<Nx64xf32>
// CHECK: return %[[F]] : tensor<Nx64xf32>
// The group is one loop nest computing straight into the result: no buffer at all.
// LOOP-LABEL: func.func @chain
// LOOP-NOT: loop.alloc
// LOOP: loop.for
// LOOP: loop.for
// LOOP: arith.mulf
// LOOP: arith.addf
// LOOP-NEXT: arith.maximumf
// LOOP-NEXT: loop.store %{{.*}}, %arg3[%{{.*}}, %{{.*}}] : memref<Nx64xf32>
func.func @chain(%a: tensor<Nx64xf32>, %b: tensor<64xf32>, %c: tensor<Nx64xf32>) -> tensor<Nx64xf32> {
  %z0 = ktensor.constant dense<0.0> : tensor<f32>
  %z = ktensor.broadcast_in_dim %z0 {dims = array<i64>} : (tensor<f32>) -> tensor<Nx64xf32>
  %bb = ktensor.broadcast_in_dim %b {dims = array<i64: 1>} : (tensor<64xf32>) -> tensor<Nx64xf32>
  %0 = ktensor.mul %a, %bb : tensor<Nx64xf32>
  %1 = ktensor.add %0, %c : tensor<Nx64xf32>
  %2 = ktensor.max %1, %z : tensor<Nx64xf32>
  return %2 : tensor<Nx64xf32>
}

// -----

// Softmax is one group: both reductions with their producers and consumers.
// CHECK-LABEL: func.func @softmax
// CHECK: ktensor.fused %arg0 : tensor<4x8xf32> {
// CHECK: ktensor.reduce %{{.*}} {axes = array<i64: 1>, kind = "max"} : (tensor<4x8xf32>) -> tensor<4xf32>
// CHECK: ktensor.exp %{{.*}} : tensor<4x8xf32>
// CHECK: ktensor.reduce %{{.*}} {axes = array<i64: 1>, kind = "sum"} : (tensor<4x8xf32>) -> tensor<4xf32>
// CHECK: ktensor.div %{{.*}}, %{{.*}} : tensor<4x8xf32>
// CHECK-NEXT: ktensor.yield
// CHECK-NOT: ktensor.fused
// One outer loop over rows, marked parallel (rows are independent); inside it each reduction
// accumulates in registers (reassociable, so LLVM vectorizes it); exp is computed once and kept
// in a row buffer, scratch space each thread of a parallel run gets its own copy of.
// LOOP-LABEL: func.func @softmax
// LOOP: %[[ROW:.*]] = loop.alloc {kiln.scratch} : () -> memref<8xf32>
// LOOP: loop.for %[[I:.*]] = {{.*}} {
// LOOP: loop.for {{.*}} iter_args(%[[ACC:.*]] = {{.*}}) -> (f32) {
// LOOP: arith.maximumf %[[ACC]], {{.*}} fastmath<reassoc> : f32
// LOOP: loop.for %[[J:.*]] = {{.*}} iter_args(%[[ACC2:.*]] = {{.*}}) -> (f32) {
// LOOP: math.exp
// LOOP: loop.store {{.*}}, %[[ROW]][%[[J]]] : memref<8xf32>
// LOOP: arith.addf %[[ACC2]], {{.*}} fastmath<reassoc> : f32
// LOOP: loop.for %[[K:.*]] = {{.*}} {
// LOOP: loop.load %[[ROW]][%[[K]]] : memref<8xf32>
// LOOP-NEXT: arith.divf
// LOOP: } {kiln.parallel}
func.func @softmax(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %m = ktensor.reduce %x {axes = array<i64: 1>, kind = "max"} : (tensor<4x8xf32>) -> tensor<4xf32>
  %b = ktensor.broadcast_in_dim %m {dims = array<i64: 0>} : (tensor<4xf32>) -> tensor<4x8xf32>
  %s = ktensor.sub %x, %b : tensor<4x8xf32>
  %e = ktensor.exp %s : tensor<4x8xf32>
  %t = ktensor.reduce %e {axes = array<i64: 1>, kind = "sum"} : (tensor<4x8xf32>) -> tensor<4xf32>
  %c = ktensor.broadcast_in_dim %t {dims = array<i64: 0>} : (tensor<4xf32>) -> tensor<4x8xf32>
  %r = ktensor.div %e, %c : tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

// -----

// Layernorm is one group: the mean and the variance are two reductions of one outer loop;
// gamma and beta are read through their broadcasts.
// CHECK-LABEL: func.func @layernorm
// CHECK: ktensor.fused %arg0, %arg1, %arg2 : (tensor<Bx16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<Bx16xf32>
// CHECK-COUNT-2: ktensor.reduce
// CHECK: ktensor.rsqrt
// CHECK: ktensor.yield
// CHECK-NOT: ktensor.fused
func.func @layernorm(%x: tensor<Bx16xf32>, %g: tensor<16xf32>, %be: tensor<16xf32>) -> tensor<Bx16xf32> {
  %mu = ktensor.reduce %x {axes = array<i64: 1>, kind = "mean"} : (tensor<Bx16xf32>) -> tensor<Bxf32>
  %mb = ktensor.broadcast_in_dim %mu {dims = array<i64: 0>} : (tensor<Bxf32>) -> tensor<Bx16xf32>
  %d = ktensor.sub %x, %mb : tensor<Bx16xf32>
  %d2 = ktensor.mul %d, %d : tensor<Bx16xf32>
  %var = ktensor.reduce %d2 {axes = array<i64: 1>, kind = "mean"} : (tensor<Bx16xf32>) -> tensor<Bxf32>
  %eps0 = ktensor.constant dense<1.0e-05> : tensor<f32>
  %eps = ktensor.broadcast_in_dim %eps0 {dims = array<i64>} : (tensor<f32>) -> tensor<Bxf32>
  %ve = ktensor.add %var, %eps : tensor<Bxf32>
  %rs = ktensor.rsqrt %ve : tensor<Bxf32>
  %rb = ktensor.broadcast_in_dim %rs {dims = array<i64: 0>} : (tensor<Bxf32>) -> tensor<Bx16xf32>
  %n = ktensor.mul %d, %rb : tensor<Bx16xf32>
  %gb = ktensor.broadcast_in_dim %g {dims = array<i64: 1>} : (tensor<16xf32>) -> tensor<Bx16xf32>
  %bb = ktensor.broadcast_in_dim %be {dims = array<i64: 1>} : (tensor<16xf32>) -> tensor<Bx16xf32>
  %s = ktensor.mul %n, %gb : tensor<Bx16xf32>
  %r = ktensor.add %s, %bb : tensor<Bx16xf32>
  return %r : tensor<Bx16xf32>
}

// -----

// A matrix product stays out of the groups (a library call); its bias and relu epilogue is
// one group reading the product's buffer once.
// CHECK-LABEL: func.func @matmul_bias_relu
// CHECK: %[[P:.*]] = ktensor.matmul %arg0, %arg1 : (tensor<8x16xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
// CHECK: ktensor.fused %arg2, %[[P]] : (tensor<4xf32>, tensor<8x4xf32>) -> tensor<8x4xf32>
// CHECK: ktensor.broadcast_in_dim
// CHECK: ktensor.add
// CHECK: ktensor.relu
// CHECK: ktensor.yield
func.func @matmul_bias_relu(%x: tensor<8x16xf32>, %w: tensor<16x4xf32>, %b: tensor<4xf32>) -> tensor<8x4xf32> {
  %p = ktensor.matmul %x, %w : (tensor<8x16xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
  %bb = ktensor.broadcast_in_dim %b {dims = array<i64: 1>} : (tensor<4xf32>) -> tensor<8x4xf32>
  %s = ktensor.add %p, %bb : tensor<8x4xf32>
  %r = ktensor.relu %s : tensor<8x4xf32>
  return %r : tensor<8x4xf32>
}

// -----

// An op whose result leaves the group twice (used by two groups) is not fused into either:
// each group reads it from its buffer.
// CHECK-LABEL: func.func @shared
// CHECK: %[[E:.*]] = ktensor.exp %arg0
// CHECK: ktensor.fused %[[E]]
// CHECK: ktensor.fused %[[E]]
func.func @shared(%x: tensor<16xf32>) -> (tensor<16xf32>, tensor<16xf32>) {
  %e = ktensor.exp %x : tensor<16xf32>
  %a = ktensor.log %e : tensor<16xf32>
  %b = ktensor.abs %a : tensor<16xf32>
  %c = ktensor.sqrt %e : tensor<16xf32>
  %d = ktensor.tanh %c : tensor<16xf32>
  return %b, %d : tensor<16xf32>, tensor<16xf32>
}

// -----

// Regression: reductions with keep_dims (a unit attribute) are read at their row too, so the
// softmax form with [N, 1] reductions is also one group.
// CHECK-LABEL: func.func @softmax_keep_dims
// CHECK: ktensor.fused %arg0 : tensor<Nx32xf32> {
// CHECK-COUNT-2: ktensor.reduce
// CHECK: ktensor.yield
// CHECK-NOT: ktensor.fused
func.func @softmax_keep_dims(%x: tensor<Nx32xf32>) -> tensor<Nx32xf32> {
  %m = ktensor.reduce %x {axes = array<i64: 1>, kind = "max", keep_dims} : (tensor<Nx32xf32>) -> tensor<Nx1xf32>
  %mb = ktensor.broadcast_in_dim %m {dims = array<i64: 0, 1>} : (tensor<Nx1xf32>) -> tensor<Nx32xf32>
  %d = ktensor.sub %x, %mb : tensor<Nx32xf32>
  %e = ktensor.exp %d : tensor<Nx32xf32>
  %s = ktensor.reduce %e {axes = array<i64: 1>, kind = "sum", keep_dims} : (tensor<Nx32xf32>) -> tensor<Nx1xf32>
  %sb = ktensor.broadcast_in_dim %s {dims = array<i64: 0, 1>} : (tensor<Nx1xf32>) -> tensor<Nx32xf32>
  %r = ktensor.div %e, %sb : tensor<Nx32xf32>
  return %r : tensor<Nx32xf32>
}

// -----

// The bias and ReLU after a matrix product overwrite the product's buffer (their only
// reader, reading it elementwise): one intermediate, not two.
// CHECK-LABEL: func.func @mlp_in_place
// CHECK: %[[H:.*]] = ktensor.matmul %arg0, %arg1
// CHECK: ktensor.fused %arg2, %[[H]] : (tensor<16xf32>, tensor<Bx16xf32>) -> tensor<Bx16xf32>
// LOOP-LABEL: func.func @mlp_in_place
// LOOP: %[[H:.*]] = loop.alloc %{{.*}} : (index) -> memref<Bx16xf32>
// LOOP-NOT: loop.alloc
// LOOP: arith.mulf
// LOOP: loop.store %{{.*}}, %[[H]]
// LOOP: %[[X:.*]] = loop.load %[[H]][%[[I:.*]], %[[J:.*]]] : memref<Bx16xf32>
// LOOP-NEXT: %[[B:.*]] = loop.load %arg2[%[[J]]] : memref<16xf32>
// LOOP-NEXT: %[[S:.*]] = arith.addf %[[X]], %[[B]] : f32
// LOOP-NEXT: %[[R:.*]] = arith.maximumf %[[S]], %{{.*}} : f32
// LOOP-NEXT: loop.store %[[R]], %[[H]][%[[I]], %[[J]]] : memref<Bx16xf32>
// LOOP: loop.load %[[H]]
// LOOP: loop.dealloc %[[H]]
func.func @mlp_in_place(%x: tensor<Bx8xf32>, %w: tensor<8x16xf32>, %b: tensor<16xf32>, %v: tensor<16x4xf32>) -> tensor<Bx4xf32> {
  %h = ktensor.matmul %x, %w : (tensor<Bx8xf32>, tensor<8x16xf32>) -> tensor<Bx16xf32>
  %bb = ktensor.broadcast_in_dim %b {dims = array<i64: 1>} : (tensor<16xf32>) -> tensor<Bx16xf32>
  %s = ktensor.add %h, %bb : tensor<Bx16xf32>
  %r = ktensor.relu %s : tensor<Bx16xf32>
  %o = ktensor.matmul %r, %v : (tensor<Bx16xf32>, tensor<16x4xf32>) -> tensor<Bx4xf32>
  return %o : tensor<Bx4xf32>
}

// -----

// An operand another op reads after the fused op keeps its buffer: the result gets its own.
// CHECK-LABEL: func.func @operand_still_read
// CHECK: %[[H:.*]] = ktensor.matmul %arg0, %arg1
// CHECK: ktensor.fused %[[H]] : tensor<Bx16xf32>
// LOOP-LABEL: func.func @operand_still_read
// LOOP: %[[H:.*]] = loop.alloc %{{.*}} : (index) -> memref<Bx16xf32>
// LOOP: %[[N:.*]] = loop.alloc %{{.*}} : (index) -> memref<Bx16xf32>
// LOOP: %[[X:.*]] = loop.load %[[H]][%[[I:.*]], %[[J:.*]]] : memref<Bx16xf32>
// LOOP: math.exp %[[X]]
// LOOP: loop.store %{{.*}}, %[[N]][%[[I]], %[[J]]] : memref<Bx16xf32>
func.func @operand_still_read(%x: tensor<Bx8xf32>, %w: tensor<8x16xf32>, %v: tensor<16x4xf32>) -> (tensor<Bx4xf32>, tensor<Bx4xf32>) {
  %h = ktensor.matmul %x, %w : (tensor<Bx8xf32>, tensor<8x16xf32>) -> tensor<Bx16xf32>
  %e = ktensor.exp %h : tensor<Bx16xf32>
  %n = ktensor.neg %e : tensor<Bx16xf32>
  %p = ktensor.matmul %n, %v : (tensor<Bx16xf32>, tensor<16x4xf32>) -> tensor<Bx4xf32>
  %q = ktensor.matmul %h, %v : (tensor<Bx16xf32>, tensor<16x4xf32>) -> tensor<Bx4xf32>
  return %p, %q : tensor<Bx4xf32>, tensor<Bx4xf32>
}
