func.func @main(%a0: tensor<Nxf64>, %a1: tensor<i32>, %a2: tensor<i32>, %a3: tensor<0xf32>) -> (tensor<i32>, tensor<i32>, tensor<0xf64>, tensor<0xf32>) {
  %v0 = ktensor.dynamic_slice %a0, %a1 {sizes = array<i64: 0>} : (tensor<Nxf64>, tensor<i32>) -> tensor<0xf64>
  %v1 = ktensor.constant dense<1> : tensor<i32>
  %v2 = ktensor.or %a1, %v1 : tensor<i32>
  %v3 = ktensor.div %a1, %v2 : tensor<i32>
  %v4 = ktensor.dynamic_slice %v0, %a2 {sizes = array<i64: 0>} : (tensor<0xf64>, tensor<i32>) -> tensor<0xf64>
  %v5 = ktensor.xor %v2, %v1 : tensor<i32>
  %v6 = ktensor.cmp %v5, %v2 {predicate = "eq"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
  %v7 = ktensor.neg %v5 : tensor<i32>
  %v8 = ktensor.abs %v2 : tensor<i32>
  %v9_c = ktensor.constant dense<0.0> : tensor<f64>
  %v9 = ktensor.broadcast_in_dim %v9_c {dims = array<i64>} : (tensor<f64>) -> tensor<0xf64>
  %v10_p = ktensor.cmp %v4, %v4 {predicate = "eq"} : (tensor<0xf64>, tensor<0xf64>) -> tensor<0xi1>
  %v10 = ktensor.select %v10_p, %v4, %v9 : (tensor<0xi1>, tensor<0xf64>, tensor<0xf64>) -> tensor<0xf64>
  %v11:2 = ktensor.sort %v10, %a3 {dimension = 0 : i64, is_stable} : (tensor<0xf64>, tensor<0xf32>) -> (tensor<0xf64>, tensor<0xf32>) {
  ^bb0(%v11_a: tensor<f64>, %v11_b: tensor<f64>, %v11_c: tensor<f32>, %v11_d: tensor<f32>):
    %v11_l = ktensor.cmp %v11_a, %v11_b {predicate = "lt"} : (tensor<f64>, tensor<f64>) -> tensor<i1>
    ktensor.yield %v11_l : tensor<i1>
  }
  return %v7, %v8, %v11#0, %v11#1 : tensor<i32>, tensor<i32>, tensor<0xf64>, tensor<0xf32>
}
