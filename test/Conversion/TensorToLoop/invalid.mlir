// RUN: jit-opt %s --split-input-file --verify-diagnostics --convert-tensor-to-loop

// Ops without a loop lowering yet are named with their location.
func.func @popcnt(%x: tensor<4xi32>) -> tensor<4xi32> {
  // expected-error @+1 {{'tensor.popcnt' has no loop lowering yet}}
  %0 = tensor.popcnt %x : tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

// Unranked tensors have no buffer form.
// expected-error @+1 {{unranked tensors have no buffer form}}
func.func @unranked(%x: tensor<*xf32>) -> tensor<*xf32> {
  return %x : tensor<*xf32>
}
