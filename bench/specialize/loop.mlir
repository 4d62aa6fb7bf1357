// A loop whose trip count is a scalar argument: k steps of x <- x * 0.5 + 1 on a 1024-element vector
// (the shape of an iterative solver's inner loop). Value specialization makes k a constant.
func.func @main(%x: tensor<1024xf32>, %k: tensor<i32>) -> tensor<1024xf32> {
  %r:2 = ktensor.while (%k, %x) : (tensor<i32>, tensor<1024xf32>) -> (tensor<i32>, tensor<1024xf32>) cond {
  ^bb0(%i: tensor<i32>, %v: tensor<1024xf32>):
    %z = ktensor.constant dense<0> : tensor<i32>
    %p = ktensor.cmp %i, %z {predicate = "gt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %p : tensor<i1>
  } body {
  ^bb0(%i: tensor<i32>, %v: tensor<1024xf32>):
    %one = ktensor.constant dense<1> : tensor<i32>
    %j = ktensor.sub %i, %one : tensor<i32>
    %h = ktensor.constant dense<0.5> : tensor<f32>
    %hb = ktensor.broadcast_in_dim %h {dims = array<i64>} : (tensor<f32>) -> tensor<1024xf32>
    %c = ktensor.constant dense<1.0> : tensor<f32>
    %cb = ktensor.broadcast_in_dim %c {dims = array<i64>} : (tensor<f32>) -> tensor<1024xf32>
    %m = ktensor.mul %v, %hb : tensor<1024xf32>
    %w = ktensor.add %m, %cb : tensor<1024xf32>
    ktensor.yield %j, %w : tensor<i32>, tensor<1024xf32>
  }
  return %r#1 : tensor<1024xf32>
}
