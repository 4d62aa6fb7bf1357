// RUN: jit-opt %s --split-input-file --convert-stablehlo-to-tensor | FileCheck %s

// Elementwise ops, constants and broadcasts map one to one.
// CHECK-LABEL: func.func @elementwise
// CHECK: ktensor.constant dense<1.000000e+00> : tensor<f32>
// CHECK: ktensor.broadcast_in_dim %{{.*}} {dims = array<i64>} : (tensor<f32>) -> tensor<4xf32>
// CHECK: ktensor.add
// CHECK: ktensor.sub
// CHECK: ktensor.mul
// CHECK: ktensor.div
// CHECK: ktensor.max
// CHECK: ktensor.exp
// CHECK: ktensor.log
// CHECK: ktensor.neg
// CHECK: ktensor.abs
// CHECK: ktensor.rsqrt
// CHECK: ktensor.sqrt
// CHECK: ktensor.tanh
// CHECK: ktensor.mul %[[S:.*]], %[[S]]
// CHECK-NOT: stablehlo.
func.func @elementwise(%a: tensor<4xf32>) -> tensor<4xf32> {
  %c = "stablehlo.constant"() <{value = dense<1.0> : tensor<f32>}> : () -> tensor<f32>
  %b = "stablehlo.broadcast_in_dim"(%c) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
  %0 = "stablehlo.add"(%a, %b) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = "stablehlo.subtract"(%0, %b) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %2 = "stablehlo.multiply"(%1, %b) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %3 = "stablehlo.divide"(%2, %b) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %4 = "stablehlo.maximum"(%3, %b) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %5 = "stablehlo.exponential"(%4) : (tensor<4xf32>) -> tensor<4xf32>
  %6 = "stablehlo.log"(%5) : (tensor<4xf32>) -> tensor<4xf32>
  %7 = "stablehlo.negate"(%6) : (tensor<4xf32>) -> tensor<4xf32>
  %8 = "stablehlo.abs"(%7) : (tensor<4xf32>) -> tensor<4xf32>
  %9 = "stablehlo.rsqrt"(%8) : (tensor<4xf32>) -> tensor<4xf32>
  %10 = "stablehlo.sqrt"(%9) : (tensor<4xf32>) -> tensor<4xf32>
  %11 = "stablehlo.tanh"(%10) : (tensor<4xf32>) -> tensor<4xf32>
  %12 = "chlo.square"(%11) : (tensor<4xf32>) -> tensor<4xf32>
  return %12 : tensor<4xf32>
}

// -----

// dot_general reads its dimension numbers from the #stablehlo.dot attribute.
// CHECK-LABEL: func.func @dot
// CHECK: ktensor.dot_general %arg0, %arg1 {lhs_batch = array<i64: 0>, lhs_contract = array<i64: 2>, rhs_batch = array<i64: 0>, rhs_contract = array<i64: 1>} : (tensor<2x3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
func.func @dot(%a: tensor<2x3x4xf32>, %b: tensor<2x4x5xf32>) -> tensor<2x3x5xf32> {
  %0 = "stablehlo.dot_general"(%a, %b) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>}> : (tensor<2x3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
  return %0 : tensor<2x3x5xf32>
}

// -----

// A reduce whose body is one standard op becomes ktensor.reduce, combined with the init value;
// an init that is the reduction's identity (what JAX emits) is dropped.
// CHECK-LABEL: func.func @reduce
// CHECK: %[[R:.*]] = ktensor.reduce %arg0 {axes = array<i64: 1>, kind = "sum"} : (tensor<4x8xf32>) -> tensor<4xf32>
// CHECK: %[[I:.*]] = ktensor.broadcast_in_dim %{{.*}} {dims = array<i64>} : (tensor<f32>) -> tensor<4xf32>
// CHECK: %[[S:.*]] = ktensor.add %[[R]], %[[I]] : tensor<4xf32>
// CHECK: %[[M:.*]] = ktensor.reduce %arg0 {axes = array<i64: 1>, kind = "max"}
// CHECK-NOT: ktensor.max
// CHECK: return %[[S]], %[[M]]
func.func @reduce(%x: tensor<4x8xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %one = "stablehlo.constant"() <{value = dense<1.0> : tensor<f32>}> : () -> tensor<f32>
  %0 = "stablehlo.reduce"(%x, %one) <{dimensions = array<i64: 1>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32>
  %ninf = stablehlo.constant dense<0xFF800000> : tensor<f32>
  %1 = stablehlo.reduce(%x init: %ninf) applies stablehlo.maximum across dimensions = [1] : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// The shape-polymorphic pattern: dimension sizes, shape assertions, shape tensors built by
// concatenation, and broadcasts to a shape given at run time.
// CHECK-LABEL: func.func @poly
// CHECK: %[[D:.*]] = ktensor.dim %arg0 {index = 0 : i64} : (tensor<?x4xf32>) -> tensor<i32>
// CHECK: %[[P:.*]] = ktensor.cmp %[[D]], %{{.*}} {predicate = "ge"}
// CHECK: ktensor.assert %[[P]], %[[D]] {message = "b >= 1, got {0}"}
// CHECK: %[[S:.*]] = ktensor.concat %{{.*}}, %{{.*}} {dim = 0 : i64}
// CHECK: ktensor.broadcast_in_dim %arg1, %[[S]] {dims = array<i64: 1>} : (tensor<4xf32>, tensor<2xi32>) -> tensor<?x4xf32>
func.func @poly(%x: tensor<?x4xf32>, %v: tensor<4xf32>) -> tensor<?x4xf32> {
  %one = stablehlo.constant dense<1> : tensor<i32>
  %d = stablehlo.get_dimension_size %x, dim = 0 : (tensor<?x4xf32>) -> tensor<i32>
  %ok = stablehlo.compare GE, %d, %one, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
  stablehlo.custom_call @shape_assertion(%ok, %d) {api_version = 2 : i32, error_message = "b >= 1, got {0}", has_side_effect = true} : (tensor<i1>, tensor<i32>) -> ()
  %r = stablehlo.reshape %d : (tensor<i32>) -> tensor<1xi32>
  %four = stablehlo.constant dense<4> : tensor<1xi32>
  %shape = stablehlo.concatenate %r, %four, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
  %b = stablehlo.dynamic_broadcast_in_dim %v, %shape, dims = [1] : (tensor<4xf32>, tensor<2xi32>) -> tensor<?x4xf32>
  %s = stablehlo.add %x, %b : tensor<?x4xf32>
  return %s : tensor<?x4xf32>
}

// -----

// Data movement and bitwise ops rename their attributes: slice, pad, iota, reverse, convert,
// and, xor, remainder, chlo.erf.
// CHECK-LABEL: func.func @movement
// CHECK: ktensor.slice %arg0 {limit = array<i64: 3, 6>, start = array<i64: 1, 0>, strides = array<i64: 1, 2>} : (tensor<4x6xf32>) -> tensor<2x3xf32>
// CHECK: ktensor.pad %arg0, %arg1 {high = array<i64: 1, 1>, interior = array<i64: 0, 0>, low = array<i64: 1, 0>} : (tensor<4x6xf32>, tensor<f32>) -> tensor<6x7xf32>
// CHECK: ktensor.iota {dim = 1 : i64} : () -> tensor<3x4xi32>
// CHECK: ktensor.reverse %arg0 {dims = array<i64: 1>} : tensor<4x6xf32>
// CHECK: ktensor.and %arg2, %arg3 : tensor<4xi32>
// CHECK: ktensor.xor %arg2, %arg3 : tensor<4xi32>
// CHECK: ktensor.rem %arg2, %arg3 : tensor<4xi32>
// CHECK: ktensor.convert %arg0 : (tensor<4x6xf32>) -> tensor<4x6xi32>
// CHECK: ktensor.erf %arg0 : tensor<4x6xf32>
func.func @movement(%a: tensor<4x6xf32>, %p: tensor<f32>, %i: tensor<4xi32>, %j: tensor<4xi32>) -> (tensor<2x3xf32>, tensor<6x7xf32>, tensor<3x4xi32>, tensor<4x6xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>, tensor<4x6xi32>, tensor<4x6xf32>) {
  %0 = "stablehlo.slice"(%a) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 3, 6>, strides = array<i64: 1, 2>}> : (tensor<4x6xf32>) -> tensor<2x3xf32>
  %1 = "stablehlo.pad"(%a, %p) <{edge_padding_low = array<i64: 1, 0>, edge_padding_high = array<i64: 1, 1>, interior_padding = array<i64: 0, 0>}> : (tensor<4x6xf32>, tensor<f32>) -> tensor<6x7xf32>
  %2 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x4xi32>
  %3 = "stablehlo.reverse"(%a) <{dimensions = array<i64: 1>}> : (tensor<4x6xf32>) -> tensor<4x6xf32>
  %4 = stablehlo.and %i, %j : tensor<4xi32>
  %5 = stablehlo.xor %i, %j : tensor<4xi32>
  %6 = stablehlo.remainder %i, %j : tensor<4xi32>
  %7 = "stablehlo.convert"(%a) : (tensor<4x6xf32>) -> tensor<4x6xi32>
  %8 = chlo.erf %a : tensor<4x6xf32> -> tensor<4x6xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : tensor<2x3xf32>, tensor<6x7xf32>, tensor<3x4xi32>, tensor<4x6xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>, tensor<4x6xi32>, tensor<4x6xf32>
}

// -----

// while keeps its regions: the cond's return becomes ktensor.condition, the body's ktensor.yield.
// A two-branch case tests its index against 0.
// CHECK-LABEL: func.func @control
// CHECK: ktensor.while (%arg0) : (tensor<i32>) -> tensor<i32> cond {
// CHECK: ktensor.condition %{{.*}} : tensor<i1>
// CHECK: } body {
// CHECK: ktensor.yield %{{.*}} : tensor<i32>
// CHECK: %[[Z:.*]] = ktensor.constant dense<0> : tensor<i32>
// CHECK: %[[C:.*]] = ktensor.cmp %arg0, %[[Z]] {predicate = "eq"}
// CHECK: ktensor.if %[[C]] : tensor<i1> -> (tensor<i32>) {
// CHECK-NOT: stablehlo.
func.func @control(%n: tensor<i32>) -> (tensor<i32>, tensor<i32>) {
  %0 = "stablehlo.while"(%n) ({
  ^bb0(%i: tensor<i32>):
    %p = stablehlo.compare GT, %i, %n, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%p) : (tensor<i1>) -> ()
  }, {
  ^bb0(%i: tensor<i32>):
    %m = stablehlo.add %i, %i : tensor<i32>
    "stablehlo.return"(%m) : (tensor<i32>) -> ()
  }) : (tensor<i32>) -> tensor<i32>
  %1 = "stablehlo.case"(%n) ({
    "stablehlo.return"(%n) : (tensor<i32>) -> ()
  }, {
    %m = stablehlo.negate %n : tensor<i32>
    "stablehlo.return"(%m) : (tensor<i32>) -> ()
  }) : (tensor<i32>) -> tensor<i32>
  return %0, %1 : tensor<i32>, tensor<i32>
}

// -----

// chlo.atan and chlo.erf_inv (what jnp.arctan and jax.random.normal lower to) map to their
// tensor ops; a composite (JAX wraps chlo.erf this way under export) becomes a call of its
// decomposition, in the pretty and the generic form.
// CHECK-LABEL: func.func @inverse_functions
// CHECK: ktensor.atan %arg0 : tensor<?x8xf32>
// CHECK: ktensor.erf_inv %arg0 : tensor<?x8xf32>
// CHECK: %[[A:.*]] = call @erf_impl(%arg0) : (tensor<?x8xf32>) -> tensor<?x8xf32>
// CHECK: %[[B:.*]] = call @erf_impl(%[[A]]) : (tensor<?x8xf32>) -> tensor<?x8xf32>
// CHECK-LABEL: func.func private @erf_impl
// CHECK: ktensor.erf %arg0 : tensor<?x8xf32>
func.func @inverse_functions(%x: tensor<?x8xf32>) -> (tensor<?x8xf32>, tensor<?x8xf32>, tensor<?x8xf32>) {
  %0 = chlo.atan %x : tensor<?x8xf32> -> tensor<?x8xf32>
  %1 = chlo.erf_inv %x : tensor<?x8xf32> -> tensor<?x8xf32>
  %2 = stablehlo.composite "chlo.erf" %x {decomposition = @erf_impl, version = 1 : i32} : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %3 = "stablehlo.composite"(%2) <{decomposition = @erf_impl, name = "chlo.erf", version = 1 : i32}> : (tensor<?x8xf32>) -> tensor<?x8xf32>
  return %0, %1, %3 : tensor<?x8xf32>, tensor<?x8xf32>, tensor<?x8xf32>
}
func.func private @erf_impl(%x: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %0 = chlo.erf %x : tensor<?x8xf32> -> tensor<?x8xf32>
  return %0 : tensor<?x8xf32>
}
