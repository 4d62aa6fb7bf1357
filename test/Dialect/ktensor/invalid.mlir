// RUN: jit-opt --split-input-file --verify-diagnostics %s

// A certain mismatch between operands names both shapes.
func.func @f(%a: tensor<64xf32>, %b: tensor<128xf32>) {
  // expected-error @+1 {{'ktensor.add' op operand shapes 'tensor<64xf32>' and 'tensor<128xf32>' differ in dimension 0}}
  %0 = ktensor.add %a, %b : (tensor<64xf32>, tensor<128xf32>) -> tensor<64xf32>
  return
}

// -----

// A declared result that cannot hold the inferred one.
func.func @f(%a: tensor<Nx4xf32>, %b: tensor<4x8xf32>) {
  // expected-error @+1 {{'ktensor.matmul' op result type 'tensor<Nx9xf32>' is incompatible with the inferred type 'tensor<Nx8xf32>'}}
  %0 = ktensor.matmul %a, %b : (tensor<Nx4xf32>, tensor<4x8xf32>) -> tensor<Nx9xf32>
  return
}

// -----

// Symbolic expressions are compared after simplification: N+N and 2*N+1 always differ by one.
// (3*N vs 2*N would not be certain: they agree when N is 0.)
func.func @f(%a: tensor<Nxf32>) {
  // expected-error @+1 {{'ktensor.concat' op result type 'tensor<(2*N+1)xf32>' is incompatible with the inferred type 'tensor<(2*N)xf32>'}}
  %0 = ktensor.concat %a, %a {dim = 0} : (tensor<Nxf32>, tensor<Nxf32>) -> tensor<(2*N+1)xf32>
  return
}

// -----

// Contracting dimensions must agree.
func.func @f(%a: tensor<4x3xf32>, %b: tensor<5x8xf32>) {
  // expected-error @+1 {{'ktensor.matmul' op contracting dimensions of 'tensor<4x3xf32>' and 'tensor<5x8xf32>' differ}}
  %0 = ktensor.matmul %a, %b : (tensor<4x3xf32>, tensor<5x8xf32>) -> tensor<4x8xf32>
  return
}

// -----

// Reshape must keep the element count.
func.func @f(%a: tensor<Nx4xf32>) {
  // expected-error @+1 {{'ktensor.reshape' op cannot reshape 'tensor<Nx4xf32>' to 'tensor<(4*N+2)xf32>': element counts differ}}
  %0 = ktensor.reshape %a : (tensor<Nx4xf32>) -> tensor<(N*4+2)xf32>
  return
}

// -----

// Transpose needs a permutation.
func.func @f(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'ktensor.transpose' op 'perm' [0, 0] is not a permutation of the 2 dimensions}}
  %0 = ktensor.transpose %a {perm = array<i64: 0, 0>} : (tensor<2x3xf32>) -> tensor<2x2xf32>
  return
}

// -----

// Broadcast dimensions must be 1 or match.
func.func @f(%a: tensor<3xf32>) {
  // expected-error @+1 {{'ktensor.broadcast_in_dim' op operand dimension 0 of 'tensor<3xf32>' can't be broadcast to dimension 1 of 'tensor<Nx4xf32>'}}
  %0 = ktensor.broadcast_in_dim %a {dims = array<i64: 1>} : (tensor<3xf32>) -> tensor<Nx4xf32>
  return
}

// -----

// Slices stay inside static bounds.
func.func @f(%a: tensor<4xf32>) {
  // expected-error @+1 {{'ktensor.slice' op slice limit 5 exceeds dimension 0 of 'tensor<4xf32>'}}
  %0 = ktensor.slice %a {start = array<i64: 0>, limit = array<i64: 5>} : (tensor<4xf32>) -> tensor<5xf32>
  return
}

// -----

// Reductions name their kind.
func.func @f(%a: tensor<4xf32>) {
  // expected-error @+1 {{'ktensor.reduce' op unknown reduction 'avg' (expected one of sum, max, min, prod, mean)}}
  %0 = ktensor.reduce %a {kind = "avg", axes = array<i64: 0>} : (tensor<4xf32>) -> tensor<f32>
  return
}

// -----

// Float-only ops reject integers.
func.func @f(%a: tensor<4xi32>) {
  // expected-error @+1 {{'ktensor.exp' op operand #0 must be floating-point-like, but got 'tensor<4xi32>'}}
  %0 = ktensor.exp %a : tensor<4xi32>
  return
}

// -----

// Bitwise ops reject floats, whichever operand is the float one (the element-type class of
// the elementwise table, checked by the verifier).
func.func @f(%a: tensor<4xi32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{'ktensor.and' op operand #1 must be signless-integer-like, but got 'tensor<4xf32>'}}
  %0 = "ktensor.and"(%a, %b) : (tensor<4xi32>, tensor<4xf32>) -> tensor<4xi32>
  return
}

// -----

// Gather indices are integers.
func.func @f(%t: tensor<10x4xf32>, %i: tensor<3xf32>) {
  // expected-error @+1 {{'ktensor.gather' op expects integer indices, got 'tensor<3xf32>'}}
  %0 = ktensor.gather %t, %i {axis = 0} : (tensor<10x4xf32>, tensor<3xf32>) -> tensor<3x4xf32>
  return
}

// -----

// if branches yield the result types.
func.func @f(%c: i1, %x: tensor<4xf32>, %y: tensor<5xf32>) {
  // expected-error @+1 {{'ktensor.if' op region #1 yields (tensor<5xf32>) but the op returns (tensor<4xf32>)}}
  %0 = ktensor.if %c : i1 -> (tensor<4xf32>) {
    ktensor.yield %x : tensor<4xf32>
  } else {
    ktensor.yield %y : tensor<5xf32>
  }
  return
}

// -----

// A while's cond region ends with ktensor.condition.
func.func @f(%x: tensor<4xf32>) {
  // expected-error @+1 {{'ktensor.while' op expects the cond region to end with ktensor.condition}}
  %0 = ktensor.while (%x) : (tensor<4xf32>) -> tensor<4xf32> cond {
  ^bb0(%v: tensor<4xf32>):
    ktensor.yield %v : tensor<4xf32>
  } body {
  ^bb0(%v: tensor<4xf32>):
    ktensor.yield %v : tensor<4xf32>
  }
  return
}

// -----

// A run-time check that can never pass is rejected at once.
func.func @f(%a: tensor<64xf32>, %b: tensor<128xf32>) {
  // expected-error @+1 {{'ktensor.assert_dim_eq' op dimension 0 of 'tensor<64xf32>' can never equal dimension 0 of 'tensor<128xf32>'}}
  ktensor.assert_dim_eq %a, %b {lhs_dim = 0, rhs_dim = 0, message = ""} : (tensor<64xf32>, tensor<128xf32>) -> ()
  return
}

// -----

// iota's optional shape operand has one element per result dimension.
func.func @iota_shape(%s: tensor<3xi32>) -> tensor<?x3xi32> {
  // expected-error @+1 {{'ktensor.iota' op expects the shape operand to be a 1-D integer tensor of 2 elements}}
  %0 = ktensor.iota %s {dim = 1 : i64} : (tensor<3xi32>) -> tensor<?x3xi32>
  return %0 : tensor<?x3xi32>
}

// -----

// reduce_region takes one initial value per input.
func.func @reduce_region_inits(%x: tensor<4xf32>, %i: tensor<4xi32>, %z: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{'ktensor.reduce_region' op expects inputs followed by as many initial values, got 3 operands}}
  %0 = ktensor.reduce_region %x, %i, %z {axes = array<i64: 0>} : (tensor<4xf32>, tensor<4xi32>, tensor<f32>) -> tensor<f32> {
  ^bb0(%a: f32, %b: f32):
    ktensor.yield %a : f32
  }
  return %0 : tensor<f32>
}

// -----

// A combiner takes the accumulators, then the elements, of the inputs' element types.
func.func @reduce_region_args(%x: tensor<4xf32>, %z: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{'ktensor.reduce_region' op expects the combiner to take (f32, f32) arguments}}
  %0 = ktensor.reduce_region %x, %z {axes = array<i64: 0>} : (tensor<4xf32>, tensor<f32>) -> tensor<f32> {
  ^bb0(%a: tensor<f32>, %b: tensor<i32>):
    ktensor.yield %a : tensor<f32>
  }
  return %0 : tensor<f32>
}

// -----

// reduce_window needs one window extent per dimension.
func.func @reduce_window_rank(%x: tensor<4x4xf32>, %z: tensor<f32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{'ktensor.reduce_window' op expects 'window_dimensions' to have 2 entries, got 1}}
  %0 = ktensor.reduce_window %x, %z {window_dimensions = array<i64: 2>} : (tensor<4x4xf32>, tensor<f32>) -> tensor<2x2xf32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    ktensor.yield %a : tensor<f32>
  }
  return %0 : tensor<2x2xf32>
}

// -----

// The result of reduce_window follows from the window, strides and padding.
func.func @reduce_window_shape(%x: tensor<6xf32>, %z: tensor<f32>) -> tensor<4xf32> {
  // expected-error @+1 {{'ktensor.reduce_window' op}}
  %0 = ktensor.reduce_window %x, %z {window_dimensions = array<i64: 2>, window_strides = array<i64: 2>} : (tensor<6xf32>, tensor<f32>) -> tensor<4xf32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    ktensor.yield %a : tensor<f32>
  }
  return %0 : tensor<4xf32>
}

// -----

// A sort comparator yields one i1.
func.func @sort_yield(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'ktensor.sort' op expects the comparator to yield (i1)}}
  %0 = ktensor.sort %x {dimension = 0 : i64} : tensor<4xf32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    ktensor.yield %a : tensor<f32>
  }
  return %0 : tensor<4xf32>
}

// -----

// general_gather's slice sizes fit the operand.
func.func @gather_sizes(%x: tensor<7x5xf32>, %i: tensor<4x1xi32>) -> tensor<4x6xf32> {
  // expected-error @+1 {{'ktensor.general_gather' op slice size 6 does not fit dimension 1 of 'tensor<7x5xf32>'}}
  %0 = ktensor.general_gather %x, %i {collapsed_slice_dims = array<i64: 0>, index_vector_dim = 1 : i64, offset_dims = array<i64: 1>, slice_sizes = array<i64: 1, 6>, start_index_map = array<i64: 0>} : (tensor<7x5xf32>, tensor<4x1xi32>) -> tensor<4x6xf32>
  return %0 : tensor<4x6xf32>
}

// -----

// general_gather's offset dimensions are sorted and distinct (repeated ones reached the loop
// lowering, which indexed past them: found by the import fuzz target).
func.func @gather_offset_dims_repeated(%x: tensor<7x3xf32>, %i: tensor<1xi32>) -> tensor<7x3xf32> {
  // expected-error @+1 {{'ktensor.general_gather' op offset dimensions must be sorted and distinct, got [1, 1]}}
  %0 = ktensor.general_gather %x, %i {index_vector_dim = 0 : i64, offset_dims = array<i64: 1, 1>, slice_sizes = array<i64: 7, 3>, start_index_map = array<i64: 0>} : (tensor<7x3xf32>, tensor<1xi32>) -> tensor<7x3xf32>
  return %0 : tensor<7x3xf32>
}

// -----

// general_scatter's updates have the scatter and window dimensions.
func.func @scatter_rank(%x: tensor<5x4xf32>, %i: tensor<3x1xi32>, %u: tensor<3xf32>) -> tensor<5x4xf32> {
  // expected-error @+1 {{'ktensor.general_scatter' op expects updates of rank 2, got 'tensor<3xf32>'}}
  %0 = ktensor.general_scatter %x, %i, %u {index_vector_dim = 1 : i64, inserted_window_dims = array<i64: 0>, scatter_dims_to_operand_dims = array<i64: 0>, update_window_dims = array<i64: 0>} : (tensor<5x4xf32>, tensor<3x1xi32>, tensor<3xf32>) -> tensor<5x4xf32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    ktensor.yield %b : tensor<f32>
  }
  return %0 : tensor<5x4xf32>
}

// -----

// dynamic_slice takes one rank-0 start index per dimension.
func.func @dynamic_slice_starts(%x: tensor<5x6xf32>, %i: tensor<i32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{'ktensor.dynamic_slice' op expects 2 start indices, got 1}}
  %0 = ktensor.dynamic_slice %x, %i {sizes = array<i64: 2, 3>} : (tensor<5x6xf32>, tensor<i32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// A bitcast keeps the element width.
func.func @bitcast_width(%x: tensor<4xf32>) -> tensor<4xi64> {
  // expected-error @+1 {{'ktensor.bitcast' op expects element types of the same width, got 'f32' and 'i64'}}
  %0 = ktensor.bitcast %x : (tensor<4xf32>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}

// -----

// Regression: a unary op with two operands verified; tier 0 computed exp(a) and tier 1 failed
// inside LLVM.
func.func @exp_two_operands(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'ktensor.exp' op expects 1 operand, found 2}}
  %0 = ktensor.exp %a, %a : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// A binary op with one operand.
func.func @mul_one_operand(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'ktensor.mul' op expects 2 operands, found 1}}
  %0 = ktensor.mul %a : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Regression (generic-form mutation): a slice with no operand panicked the shape function.
func.func @slice_no_operand() -> tensor<2xf32> {
  // expected-error @+1 {{'ktensor.slice' op expects 1 or 4 operands, found 0}}
  %0 = "ktensor.slice"() <{limit = array<i64: 2>, start = array<i64: 0>}> : () -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// Regression (generic-form mutation): a pad without its padding value panicked.
func.func @pad_no_value(%a: tensor<4xf32>) -> tensor<5xf32> {
  // expected-error @+1 {{'ktensor.pad' op expects 2 or 5 operands, found 1}}
  %0 = "ktensor.pad"(%a) <{high = array<i64: 1>, interior = array<i64: 0>, low = array<i64: 0>}> : (tensor<4xf32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}
