// RUN: jit-opt %s --split-input-file --verify-diagnostics --convert-stablehlo-to-tensor

// ui64 division has no exact signless spelling (no wider integer): refused, not signed.
func.func @divide_ui64(%x: tensor<4xui64>) -> tensor<4xui64> {
  // expected-error @+1 {{'stablehlo.divide' on ui64 is not supported}}
  %0 = stablehlo.divide %x, %x : tensor<4xui64>
  return %0 : tensor<4xui64>
}

// -----

// Integer powers of unsigned values are refused rather than computed signed.
func.func @power_ui32(%x: tensor<4xui32>) -> tensor<4xui32> {
  // expected-error @+1 {{'stablehlo.power' on unsigned integers is not supported}}
  %0 = stablehlo.power %x, %x : tensor<4xui32>
  return %0 : tensor<4xui32>
}

// -----

// A custom call other than JAX's shape assertion has no meaning Kiln knows.
func.func @g(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{failed to legalize operation 'stablehlo.custom_call' that was explicitly marked illegal}}
  %0 = stablehlo.custom_call @lapack_sgesdd(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Batch-grouped convolutions (the filter gradient of a grouped convolution) are not lowered.
func.func @conv(%x: tensor<2x5x5x1xf32>, %w: tensor<2x2x1x2xf32>) -> tensor<1x4x4x2xf32> {
  // expected-error @+1 {{failed to legalize operation 'stablehlo.convolution' that was explicitly marked illegal}}
  %0 = stablehlo.convolution(%x, %w) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f], window = {stride = [1, 1]} {batch_group_count = 2 : i64, feature_group_count = 1 : i64} : (tensor<2x5x5x1xf32>, tensor<2x2x1x2xf32>) -> tensor<1x4x4x2xf32>
  return %0 : tensor<1x4x4x2xf32>
}

// -----

// A scatter of several inputs at once is not lowered.
func.func @scatter2(%x: tensor<4xf32>, %i: tensor<1x1xi32>, %u: tensor<1xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  // expected-error @+1 {{failed to legalize operation 'stablehlo.scatter' that was explicitly marked illegal}}
  %0:2 = "stablehlo.scatter"(%x, %x, %i, %u, %u) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>, %c: tensor<f32>, %d: tensor<f32>):
    "stablehlo.return"(%b, %d) : (tensor<f32>, tensor<f32>) -> ()
  }) : (tensor<4xf32>, tensor<4xf32>, tensor<1x1xi32>, tensor<1xf32>, tensor<1xf32>) -> (tensor<4xf32>, tensor<4xf32>)
  return %0#0, %0#1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// Generic-only ops reject the pretty form with a pointer to the generic one.
func.func @h(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{op 'stablehlo.sort' has no custom form; use the generic form}}
  %0 = stablehlo.sort %x, dimension = 0 : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// An unknown op of the stablehlo dialect is rejected when parsed.
func.func @k(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{unregistered operation 'stablehlo.frobnicate' found in dialect ('stablehlo')}}
  %0 = "stablehlo.frobnicate"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// The pretty while names its second region `do`.
func.func @while_body(%x: tensor<i32>) -> tensor<i32> {
  %0 = stablehlo.while(%a = %x) : tensor<i32>
   cond {
    %p = stablehlo.compare LT, %a, %a, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %p : tensor<i1>
  // expected-error @+1 {{expected 'do'}}
  } body {
    stablehlo.return %a : tensor<i32>
  }
  return %0 : tensor<i32>
}

// -----

// ui64 start indices are refused rather than read as signed.
func.func @dynamic_slice_ui64(%x: tensor<8xf32>, %i: tensor<ui64>) -> tensor<2xf32> {
  // expected-error @+1 {{'stablehlo.dynamic_slice' with unsigned indices of this kind is not supported (they would be read as signed)}}
  %0 = stablehlo.dynamic_slice %x, %i, sizes = [2] : (tensor<8xf32>, tensor<ui64>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
