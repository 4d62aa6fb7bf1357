func.func @main(%a0: tensor<f32>, %a1: tensor<7xf32>, %a2: tensor<Nx2xf32>) -> (tensor<Nx2xf32>, tensor<Nx2xf32>, tensor<Nx2xf32>) {
  %v0 = ktensor.floor %a2 : tensor<Nx2xf32>
  %v1 = ktensor.cos %v0 : tensor<Nx2xf32>
  %v2 = ktensor.transpose %v1 {perm = array<i64: 0, 1>} : (tensor<Nx2xf32>) -> tensor<Nx2xf32>
  %v3_c = ktensor.constant dense<0.0> : tensor<f32>
  %v3 = ktensor.broadcast_in_dim %v3_c {dims = array<i64>} : (tensor<f32>) -> tensor<Nx2xf32>
  %v4_p = ktensor.cmp %v0, %v0 {predicate = "eq"} : (tensor<Nx2xf32>, tensor<Nx2xf32>) -> tensor<Nx2xi1>
  %v4 = ktensor.select %v4_p, %v0, %v3 : (tensor<Nx2xi1>, tensor<Nx2xf32>, tensor<Nx2xf32>) -> tensor<Nx2xf32>
  %v5 = ktensor.iota {dim = 1} : () -> tensor<Nx2xf32>
  %v6:2 = ktensor.sort %v4, %v5 {dimension = 1 : i64, is_stable} : (tensor<Nx2xf32>, tensor<Nx2xf32>) -> (tensor<Nx2xf32>, tensor<Nx2xf32>) {
  ^bb0(%v6_a: tensor<f32>, %v6_b: tensor<f32>, %v6_c: tensor<f32>, %v6_d: tensor<f32>):
    %v6_l = ktensor.cmp %v6_a, %v6_b {predicate = "lt"} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    ktensor.yield %v6_l : tensor<i1>
  }
  return %v2, %v6#0, %v6#1 : tensor<Nx2xf32>, tensor<Nx2xf32>, tensor<Nx2xf32>
}
