// RUN: jit-opt %s | FileCheck %s
// RUN: jit-opt %s | jit-opt | FileCheck %s
// RUN: jit-opt --print-op-generic %s | jit-opt | FileCheck %s

// Every tensor op round-trips in pretty and generic form; shapes are symbolic where they can be.
// CHECK-LABEL: func.func @elementwise
func.func @elementwise(%a: tensor<Nx4xf32>, %b: tensor<Nx4xf32>, %i: tensor<Nx4xi32>) -> tensor<Nx4xf32> {
  // CHECK: ktensor.add %{{.*}}, %{{.*}} : tensor<Nx4xf32>
  %0 = ktensor.add %a, %b : tensor<Nx4xf32>
  // CHECK: ktensor.sub
  %1 = ktensor.sub %0, %b : tensor<Nx4xf32>
  // CHECK: ktensor.mul
  %2 = ktensor.mul %1, %b : tensor<Nx4xf32>
  // CHECK: ktensor.div
  %3 = ktensor.div %2, %b : tensor<Nx4xf32>
  // CHECK: ktensor.rem
  %4 = ktensor.rem %3, %b : tensor<Nx4xf32>
  // CHECK: ktensor.max
  %5 = ktensor.max %4, %b : tensor<Nx4xf32>
  // CHECK: ktensor.min
  %6 = ktensor.min %5, %b : tensor<Nx4xf32>
  // CHECK: ktensor.pow
  %7 = ktensor.pow %6, %b : tensor<Nx4xf32>
  // CHECK: ktensor.and %{{.*}} : tensor<Nx4xi32>
  %8 = ktensor.and %i, %i : tensor<Nx4xi32>
  // CHECK: ktensor.or
  %9 = ktensor.or %8, %i : tensor<Nx4xi32>
  // CHECK: ktensor.xor
  %10 = ktensor.xor %9, %i : tensor<Nx4xi32>
  // CHECK: ktensor.neg
  %11 = ktensor.neg %7 : tensor<Nx4xf32>
  // CHECK: ktensor.abs
  %12 = ktensor.abs %11 : tensor<Nx4xf32>
  // CHECK: ktensor.exp
  %13 = ktensor.exp %12 : tensor<Nx4xf32>
  // CHECK: ktensor.log
  %14 = ktensor.log %13 : tensor<Nx4xf32>
  // CHECK: ktensor.tanh
  %15 = ktensor.tanh %14 : tensor<Nx4xf32>
  // CHECK: ktensor.sqrt
  %16 = ktensor.sqrt %15 : tensor<Nx4xf32>
  // CHECK: ktensor.rsqrt
  %17 = ktensor.rsqrt %16 : tensor<Nx4xf32>
  // CHECK: ktensor.erf
  %18 = ktensor.erf %17 : tensor<Nx4xf32>
  // CHECK: ktensor.relu
  %19 = ktensor.relu %18 : tensor<Nx4xf32>
  // CHECK: ktensor.sigmoid
  %20 = ktensor.sigmoid %19 : tensor<Nx4xf32>
  // CHECK: ktensor.cmp %{{.*}}, %{{.*}} {predicate = "lt"} : (tensor<Nx4xf32>, tensor<Nx4xf32>) -> tensor<Nx4xi1>
  %21 = ktensor.cmp %20, %a {predicate = "lt"} : (tensor<Nx4xf32>, tensor<Nx4xf32>) -> tensor<Nx4xi1>
  // CHECK: ktensor.select
  %22 = ktensor.select %21, %20, %a : (tensor<Nx4xi1>, tensor<Nx4xf32>, tensor<Nx4xf32>) -> tensor<Nx4xf32>
  // CHECK: ktensor.convert %{{.*}} : (tensor<Nx4xf32>) -> tensor<Nx4xi32>
  %23 = ktensor.convert %22 : (tensor<Nx4xf32>) -> tensor<Nx4xi32>
  return %22 : tensor<Nx4xf32>
}

// CHECK-LABEL: func.func @shapes
func.func @shapes(%a: tensor<Nx64xf32>, %v: tensor<64xf32>, %s: tensor<f32>) -> tensor<(2*N)x64xf32> {
  // CHECK: ktensor.constant dense<1.000000e+00> : tensor<2x2xf32>
  %c = ktensor.constant dense<1.0> : tensor<2x2xf32>
  // CHECK: ktensor.cast %{{.*}} : (tensor<Nx64xf32>) -> tensor<?x64xf32>
  %0 = ktensor.cast %a : (tensor<Nx64xf32>) -> tensor<?x64xf32>
  // CHECK: ktensor.broadcast_in_dim %{{.*}} {dims = array<i64: 1>} : (tensor<64xf32>) -> tensor<Nx64xf32>
  %1 = ktensor.broadcast_in_dim %v {dims = array<i64: 1>} : (tensor<64xf32>) -> tensor<Nx64xf32>
  // CHECK: ktensor.reshape %{{.*}} : (tensor<Nx64xf32>) -> tensor<Nx8x8xf32>
  %2 = ktensor.reshape %1 : (tensor<Nx64xf32>) -> tensor<Nx8x8xf32>
  // CHECK: ktensor.transpose %{{.*}} {perm = array<i64: 0, 2, 1>}
  %3 = ktensor.transpose %2 {perm = array<i64: 0, 2, 1>} : (tensor<Nx8x8xf32>) -> tensor<Nx8x8xf32>
  // CHECK: ktensor.slice %{{.*}} {limit = array<i64: 2, 2>, start = array<i64: 0, 0>} : tensor<2x2xf32>
  // CHECK: ktensor.concat %{{.*}}, %{{.*}} {dim = 0 : i64} : (tensor<Nx64xf32>, tensor<Nx64xf32>) -> tensor<(2*N)x64xf32>
  %4 = ktensor.slice %c {start = array<i64: 0, 0>, limit = array<i64: 2, 2>} : (tensor<2x2xf32>) -> tensor<2x2xf32>
  %5 = ktensor.concat %a, %1 {dim = 0} : (tensor<Nx64xf32>, tensor<Nx64xf32>) -> tensor<(2*N)x64xf32>
  // CHECK: ktensor.pad %{{.*}}, %{{.*}} {high = array<i64: 0, 2>, interior = array<i64: 0, 1>, low = array<i64: 1, 0>} : (tensor<Nx64xf32>, tensor<f32>) -> tensor<(N+1)x129xf32>
  %6 = ktensor.pad %a, %s {low = array<i64: 1, 0>, high = array<i64: 0, 2>, interior = array<i64: 0, 1>} : (tensor<Nx64xf32>, tensor<f32>) -> tensor<(N+1)x129xf32>
  // CHECK: ktensor.reverse
  %7 = ktensor.reverse %a {dims = array<i64: 0>} : (tensor<Nx64xf32>) -> tensor<Nx64xf32>
  // CHECK: ktensor.iota {dim = 1 : i64} : () -> tensor<Nx64xi32>
  %8 = ktensor.iota {dim = 1} : () -> tensor<Nx64xi32>
  // CHECK: ktensor.dim %{{.*}} {index = 0 : i64} : (tensor<Nx64xf32>) -> index
  %9 = ktensor.dim %a {index = 0} : (tensor<Nx64xf32>) -> index
  return %5 : tensor<(2*N)x64xf32>
}

// CHECK-LABEL: func.func @reductions_and_contractions
func.func @reductions_and_contractions(%a: tensor<BxMxKxf32>, %b: tensor<BxKxNxf32>, %x: tensor<Mx64xf32>, %w: tensor<64x128xf32>) -> tensor<Mxf32> {
  // CHECK: ktensor.reduce %{{.*}} {axes = array<i64: 1>, kind = "sum"} : (tensor<Mx64xf32>) -> tensor<Mxf32>
  %0 = ktensor.reduce %x {kind = "sum", axes = array<i64: 1>} : (tensor<Mx64xf32>) -> tensor<Mxf32>
  // CHECK: ktensor.reduce %{{.*}} {axes = array<i64: 1>, keep_dims, kind = "mean"} : (tensor<Mx64xf32>) -> tensor<Mx1xf32>
  %1 = ktensor.reduce %x {kind = "mean", axes = array<i64: 1>, keep_dims} : (tensor<Mx64xf32>) -> tensor<Mx1xf32>
  %init = arith.constant 0xFF800000 : f32
  // CHECK: ktensor.reduce_region %{{.*}}, %{{.*}} {axes = array<i64: 0>} : (tensor<Mx64xf32>, f32) -> tensor<64xf32> {
  // CHECK-NEXT: ^bb0(%{{.*}}: f32, %{{.*}}: f32):
  // CHECK: ktensor.yield %{{.*}} : f32
  %2 = ktensor.reduce_region %x, %init {axes = array<i64: 0>} : (tensor<Mx64xf32>, f32) -> tensor<64xf32> {
  ^bb0(%p: f32, %q: f32):
    %m = arith.addf %p, %q : f32
    ktensor.yield %m : f32
  }
  // CHECK: ktensor.matmul %{{.*}}, %{{.*}} : (tensor<Mx64xf32>, tensor<64x128xf32>) -> tensor<Mx128xf32>
  %3 = ktensor.matmul %x, %w : (tensor<Mx64xf32>, tensor<64x128xf32>) -> tensor<Mx128xf32>
  // CHECK: ktensor.batch_matmul %{{.*}} -> tensor<BxMxNxf32>
  %4 = ktensor.batch_matmul %a, %b : (tensor<BxMxKxf32>, tensor<BxKxNxf32>) -> tensor<BxMxNxf32>
  // CHECK: ktensor.dot_general %{{.*}} {lhs_batch = array<i64: 0>, lhs_contract = array<i64: 2>, rhs_batch = array<i64: 0>, rhs_contract = array<i64: 1>} : (tensor<BxMxKxf32>, tensor<BxKxNxf32>) -> tensor<BxMxNxf32>
  %5 = ktensor.dot_general %a, %b {lhs_batch = array<i64: 0>, rhs_batch = array<i64: 0>, lhs_contract = array<i64: 2>, rhs_contract = array<i64: 1>} : (tensor<BxMxKxf32>, tensor<BxKxNxf32>) -> tensor<BxMxNxf32>
  return %0 : tensor<Mxf32>
}

// CHECK-LABEL: func.func @conv_gather_scatter
func.func @conv_gather_scatter(%img: tensor<Nx32x32x3xf32>, %k: tensor<3x3x3x16xf32>, %table: tensor<1000x64xf32>, %ids: tensor<Bx7xi32>, %upd: tensor<Bx7x64xf32>) -> tensor<Nx16x16x16xf32> {
  // CHECK: ktensor.conv2d {{.*}} -> tensor<Nx16x16x16xf32>
  %0 = ktensor.conv2d %img, %k {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : (tensor<Nx32x32x3xf32>, tensor<3x3x3x16xf32>) -> tensor<Nx16x16x16xf32>
  // CHECK: ktensor.gather %{{.*}}, %{{.*}} {axis = 0 : i64} : (tensor<1000x64xf32>, tensor<Bx7xi32>) -> tensor<Bx7x64xf32>
  %1 = ktensor.gather %table, %ids {axis = 0} : (tensor<1000x64xf32>, tensor<Bx7xi32>) -> tensor<Bx7x64xf32>
  // CHECK: ktensor.scatter %{{.*}} {axis = 0 : i64, kind = "add"} : (tensor<1000x64xf32>, tensor<Bx7xi32>, tensor<Bx7x64xf32>) -> tensor<1000x64xf32>
  %2 = ktensor.scatter %table, %ids, %upd {axis = 0, kind = "add"} : (tensor<1000x64xf32>, tensor<Bx7xi32>, tensor<Bx7x64xf32>) -> tensor<1000x64xf32>
  return %0 : tensor<Nx16x16x16xf32>
}

// CHECK-LABEL: func.func @control_flow
func.func @control_flow(%c: tensor<i1>, %x: tensor<Nxf32>, %n: tensor<i32>) -> tensor<Nxf32> {
  // CHECK: %{{.*}} = ktensor.if %{{.*}} : tensor<i1> -> (tensor<Nxf32>) {
  // CHECK: ktensor.yield %{{.*}} : tensor<Nxf32>
  // CHECK: } else {
  %0 = ktensor.if %c : tensor<i1> -> (tensor<Nxf32>) {
    %e = ktensor.exp %x : tensor<Nxf32>
    ktensor.yield %e : tensor<Nxf32>
  } else {
    ktensor.yield %x : tensor<Nxf32>
  }
  // CHECK: %{{.*}}:2 = ktensor.while (%{{.*}}, %{{.*}}) : (tensor<i32>, tensor<Nxf32>) -> (tensor<i32>, tensor<Nxf32>) cond {
  // CHECK: ktensor.condition %{{.*}} : tensor<i1>
  // CHECK: } body {
  %1:2 = ktensor.while (%n, %0) : (tensor<i32>, tensor<Nxf32>) -> (tensor<i32>, tensor<Nxf32>) cond {
  ^bb0(%i: tensor<i32>, %v: tensor<Nxf32>):
    %z = ktensor.constant dense<0> : tensor<i32>
    %p = ktensor.cmp %i, %z {predicate = "gt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %p : tensor<i1>
  } body {
  ^bb0(%i: tensor<i32>, %v: tensor<Nxf32>):
    %one = ktensor.constant dense<1> : tensor<i32>
    %j = ktensor.sub %i, %one : tensor<i32>
    %w = ktensor.tanh %v : tensor<Nxf32>
    ktensor.yield %j, %w : tensor<i32>, tensor<Nxf32>
  }
  // CHECK: ktensor.fused %{{.*}}, %{{.*}} : tensor<Nxf32> {
  %2 = ktensor.fused %1#1, %x : (tensor<Nxf32>, tensor<Nxf32>) -> tensor<Nxf32> {
  ^bb0(%p: tensor<Nxf32>, %q: tensor<Nxf32>):
    %s = ktensor.add %p, %q : tensor<Nxf32>
    %r = ktensor.relu %s : tensor<Nxf32>
    ktensor.yield %r : tensor<Nxf32>
  }
  // CHECK: ktensor.assert_dim_eq
  ktensor.assert_dim_eq %2, %x {lhs_dim = 0, rhs_dim = 0, message = "same N"} : (tensor<Nxf32>, tensor<Nxf32>) -> ()
  return %2 : tensor<Nxf32>
}

// Ops with StableHLO semantics: windows, sorts, general gathers and scatters, dynamic slices
// and bit operations, with symbolic batch dimensions.
// CHECK-LABEL: func.func @hlo_like
func.func @hlo_like(%x: tensor<Nx8xf32>, %i: tensor<Kx1xi32>, %s: tensor<i32>, %b: tensor<Nx8xi32>) -> (tensor<Nx4xf32>, tensor<Kx8xf32>, tensor<Nx8xf32>, tensor<2x3xf32>, tensor<Nx8xi32>) {
  %z = ktensor.constant dense<0.0> : tensor<f32>
  // CHECK: ktensor.reduce_window %{{.*}}, %{{.*}} {window_dimensions = array<i64: 1, 2>, window_strides = array<i64: 1, 2>} : (tensor<Nx8xf32>, tensor<f32>) -> tensor<Nx4xf32>
  %0 = ktensor.reduce_window %x, %z {window_dimensions = array<i64: 1, 2>, window_strides = array<i64: 1, 2>} : (tensor<Nx8xf32>, tensor<f32>) -> tensor<Nx4xf32> {
  ^bb0(%p: tensor<f32>, %q: tensor<f32>):
    %m = ktensor.max %p, %q : tensor<f32>
    ktensor.yield %m : tensor<f32>
  }
  // CHECK: ktensor.general_gather %{{.*}}, %{{.*}} {{{.*}}} : (tensor<Nx8xf32>, tensor<Kx1xi32>) -> tensor<Kx8xf32>
  %1 = ktensor.general_gather %x, %i {collapsed_slice_dims = array<i64: 0>, index_vector_dim = 1 : i64, offset_dims = array<i64: 1>, slice_sizes = array<i64: 1, 8>, start_index_map = array<i64: 0>} : (tensor<Nx8xf32>, tensor<Kx1xi32>) -> tensor<Kx8xf32>
  // CHECK: ktensor.sort %{{.*}} {dimension = 1 : i64} : tensor<Nx8xf32> {
  %2 = ktensor.sort %x {dimension = 1 : i64} : tensor<Nx8xf32> {
  ^bb0(%p: tensor<f32>, %q: tensor<f32>):
    %lt = ktensor.cmp %p, %q {predicate = "lt"} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    ktensor.yield %lt : tensor<i1>
  }
  // CHECK: ktensor.dynamic_slice %{{.*}}, %{{.*}}, %{{.*}} {sizes = array<i64: 2, 3>}
  %3 = ktensor.dynamic_slice %x, %s, %s {sizes = array<i64: 2, 3>} : (tensor<Nx8xf32>, tensor<i32>, tensor<i32>) -> tensor<2x3xf32>
  // CHECK: ktensor.shift_left
  %4 = ktensor.shift_left %b, %b : tensor<Nx8xi32>
  return %0, %1, %2, %3, %4 : tensor<Nx4xf32>, tensor<Kx8xf32>, tensor<Nx8xf32>, tensor<2x3xf32>, tensor<Nx8xi32>
}
