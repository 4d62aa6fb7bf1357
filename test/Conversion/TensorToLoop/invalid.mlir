// RUN: jit-opt %s --split-input-file --verify-diagnostics --convert-tensor-to-loop

// Forms without a loop lowering yet are named with their location.
func.func @rw2(%x: tensor<4xf32>, %y: tensor<4xi32>, %a: tensor<f32>, %b: tensor<i32>) -> (tensor<2xf32>, tensor<2xi32>) {
  // expected-error @+1 {{'tensor.reduce_window' has no loop lowering yet}}
  %0:2 = tensor.reduce_window %x, %y, %a, %b {window_dimensions = array<i64: 2>, window_strides = array<i64: 2>} : (tensor<4xf32>, tensor<4xi32>, tensor<f32>, tensor<i32>) -> (tensor<2xf32>, tensor<2xi32>) {
  ^bb0(%p: tensor<f32>, %q: tensor<i32>, %r: tensor<f32>, %s: tensor<i32>):
    tensor.yield %p, %q : tensor<f32>, tensor<i32>
  }
  return %0#0, %0#1 : tensor<2xf32>, tensor<2xi32>
}

// -----

// Unranked tensors have no buffer form.
// expected-error @+1 {{unranked tensors have no buffer form}}
func.func @unranked(%x: tensor<*xf32>) -> tensor<*xf32> {
  return %x : tensor<*xf32>
}
