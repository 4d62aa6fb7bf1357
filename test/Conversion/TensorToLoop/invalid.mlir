// RUN: jit-opt %s --split-input-file --verify-diagnostics --convert-tensor-to-loop

// Unranked tensors have no buffer form.
// expected-error @+1 {{unranked tensors have no buffer form}}
func.func @unranked(%x: tensor<*xf32>) -> tensor<*xf32> {
  return %x : tensor<*xf32>
}

// -----

// A combiner region computes on scalars: a whole-tensor op inside it has no scalar form.
func.func @outside(%x: tensor<4xf32>, %z: tensor<f32>, %w: tensor<2xf32>) -> tensor<f32> {
  %0 = ktensor.reduce_region %x, %z {axes = array<i64: 0>} : (tensor<4xf32>, tensor<f32>) -> tensor<f32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    // expected-error @+1 {{'ktensor.reduce' has no loop lowering for this type}}
    %s = ktensor.reduce %w {kind = "sum", axes = array<i64: 0>} : (tensor<2xf32>) -> tensor<f32>
    %t = ktensor.add %a, %s : tensor<f32>
    ktensor.yield %t : tensor<f32>
  }
  return %0 : tensor<f32>
}
