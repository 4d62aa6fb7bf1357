// A loop whose trip count is a scalar argument: k steps of x <- x * 0.5 + 1 on a 1024-element vector
// (the shape of an iterative solver's inner loop). Value specialization makes k a constant.
func.func @main(%x: tensor<1024xf32>, %k: tensor<i32>) -> tensor<1024xf32> {
  %r:2 = tensor.while (%k, %x) : (tensor<i32>, tensor<1024xf32>) -> (tensor<i32>, tensor<1024xf32>) cond {
  ^bb0(%i: tensor<i32>, %v: tensor<1024xf32>):
    %z = tensor.constant dense<0> : tensor<i32>
    %p = tensor.cmp %i, %z {predicate = "gt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    tensor.condition %p : tensor<i1>
  } body {
  ^bb0(%i: tensor<i32>, %v: tensor<1024xf32>):
    %one = tensor.constant dense<1> : tensor<i32>
    %j = tensor.sub %i, %one : tensor<i32>
    %h = tensor.constant dense<0.5> : tensor<f32>
    %hb = tensor.broadcast_in_dim %h {dims = array<i64>} : (tensor<f32>) -> tensor<1024xf32>
    %c = tensor.constant dense<1.0> : tensor<f32>
    %cb = tensor.broadcast_in_dim %c {dims = array<i64>} : (tensor<f32>) -> tensor<1024xf32>
    %m = tensor.mul %v, %hb : tensor<1024xf32>
    %w = tensor.add %m, %cb : tensor<1024xf32>
    tensor.yield %j, %w : tensor<i32>, tensor<1024xf32>
  }
  return %r#1 : tensor<1024xf32>
}
