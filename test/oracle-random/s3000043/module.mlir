func.func @main(%a0: tensor<MxNxi32>, %a1: tensor<i1>, %a2: tensor<MxNxi32>) -> (tensor<(2*M)xNxi32>, tensor<MxNxi32>) {
  %v0 = ktensor.if %a1 : tensor<i1> -> (tensor<MxNxi32>) {
    %v0_t = ktensor.neg %a0 : tensor<MxNxi32>
      ktensor.yield %v0_t : tensor<MxNxi32>
  } else {
      ktensor.yield %a0 : tensor<MxNxi32>
  }
  %v1 = ktensor.sort %v0 {dimension = 1 : i64, is_stable} : tensor<MxNxi32> {
  ^bb0(%v1_a: tensor<i32>, %v1_b: tensor<i32>):
    %v1_l = ktensor.cmp %v1_a, %v1_b {predicate = "gt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.yield %v1_l : tensor<i1>
  }
  %v2_c = ktensor.constant dense<-2> : tensor<i32>
  %v2 = ktensor.broadcast_in_dim %v2_c {dims = array<i64>} : (tensor<i32>) -> tensor<MxNxi32>
  %v3 = ktensor.concat %v0, %v2 {dim = 0} : (tensor<MxNxi32>, tensor<MxNxi32>) -> tensor<(2*M)xNxi32>
  %v4 = ktensor.if %a1 : tensor<i1> -> (tensor<MxNxi32>) {
    %v4_t = ktensor.abs %v1 : tensor<MxNxi32>
      ktensor.yield %v4_t : tensor<MxNxi32>
  } else {
    %v4_e = ktensor.neg %a2 : tensor<MxNxi32>
      ktensor.yield %v4_e : tensor<MxNxi32>
  }
  return %v3, %v4 : tensor<(2*M)xNxi32>, tensor<MxNxi32>
}
