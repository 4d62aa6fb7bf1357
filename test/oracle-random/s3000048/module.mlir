func.func @main(%a0: tensor<Mx2xi32>, %a1: tensor<1xf64>, %a2: tensor<Nx5x4xf32>, %a3: tensor<f64>) -> (tensor<Nx5x4xf32>, tensor<f64>, tensor<(5*N)x4xf32>, tensor<5xf64>) {
  %v0 = ktensor.reshape %a2 : (tensor<Nx5x4xf32>) -> tensor<(5*N)x4xf32>
  %v1 = ktensor.cmp %v0, %v0 {predicate = "lt"} : (tensor<(5*N)x4xf32>, tensor<(5*N)x4xf32>) -> tensor<(5*N)x4xi1>
  %v2 = ktensor.select %v1, %v0, %v0 : (tensor<(5*N)x4xi1>, tensor<(5*N)x4xf32>, tensor<(5*N)x4xf32>) -> tensor<(5*N)x4xf32>
  %v3 = ktensor.transpose %v0 {perm = array<i64: 0, 1>} : (tensor<(5*N)x4xf32>) -> tensor<(5*N)x4xf32>
  %v4 = ktensor.reshape %a1 : (tensor<1xf64>) -> tensor<f64>
  %v5_c = ktensor.constant dense<0.5> : tensor<f32>
  %v5 = ktensor.broadcast_in_dim %v5_c {dims = array<i64>} : (tensor<f32>) -> tensor<Nx5x4xf32>
  %v6 = ktensor.add %a2, %v5 : tensor<Nx5x4xf32>
  %v7 = ktensor.min %v4, %a3 : tensor<f64>
  %v8 = ktensor.reverse %v2 {dims = array<i64: 0, 1>} : (tensor<(5*N)x4xf32>) -> tensor<(5*N)x4xf32>
  %v9 = ktensor.broadcast_in_dim %v4 {dims = array<i64>} : (tensor<f64>) -> tensor<5xf64>
  return %v6, %v7, %v8, %v9 : tensor<Nx5x4xf32>, tensor<f64>, tensor<(5*N)x4xf32>, tensor<5xf64>
}
