// RUN: jit-opt %s --split-input-file --verify-diagnostics --convert-tensor-to-loop

// Forms without a loop lowering yet are named with their location.
func.func @reshape(%x: tensor<4xf32>, %s: tensor<2xi32>) -> tensor<?x?xf32> {
  // expected-error @+1 {{reshapes to '?' extents given at run time are not lowered yet}}
  %0 = tensor.reshape %x, %s : (tensor<4xf32>, tensor<2xi32>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// Unranked tensors have no buffer form.
// expected-error @+1 {{unranked tensors have no buffer form}}
func.func @unranked(%x: tensor<*xf32>) -> tensor<*xf32> {
  return %x : tensor<*xf32>
}
