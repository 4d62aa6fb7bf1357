// RUN: jit-opt %s --split-input-file --verify-diagnostics --convert-tensor-to-loop

// Ops without a loop lowering yet are named with their location.
func.func @sort(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tensor.sort' has no loop lowering yet}}
  %0 = tensor.sort %x {dimension = 0 : i64} : tensor<4xf32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %lt = tensor.cmp %a, %b {predicate = "lt"} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    tensor.yield %lt : tensor<i1>
  }
  return %0 : tensor<4xf32>
}

// -----

// Unranked tensors have no buffer form.
// expected-error @+1 {{unranked tensors have no buffer form}}
func.func @unranked(%x: tensor<*xf32>) -> tensor<*xf32> {
  return %x : tensor<*xf32>
}
