func.func @main(%a0: tensor<5x1xi32>, %a1: tensor<Mx3x5xf32>, %a2: tensor<i32>, %a3: tensor<i32>, %a4: tensor<2x7xi64>, %a5: tensor<i32>, %a6: tensor<i32>) -> (tensor<i32>, tensor<2x2xi64>, tensor<2x9xi64>, tensor<1x0xi64>) {
  %v0 = ktensor.mul %a0, %a0 : tensor<5x1xi32>
  %v1 = ktensor.dynamic_slice %v0, %a2, %a3 {sizes = array<i64: 3, 0>} : (tensor<5x1xi32>, tensor<i32>, tensor<i32>) -> tensor<3x0xi32>
  %v2 = ktensor.iota {dim = 1} : () -> tensor<2x2xi64>
  %v3 = ktensor.sign %a3 : tensor<i32>
  %v4 = ktensor.cmp %a2, %v3 {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
  %v5 = ktensor.select %v4, %v3, %a3 : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
  %v6_z = ktensor.constant dense<0> : tensor<i32>
  %v6:2 = ktensor.while (%v6_z, %v2) : (tensor<i32>, tensor<2x2xi64>) -> (tensor<i32>, tensor<2x2xi64>) cond {
  ^bb0(%v6_i: tensor<i32>, %v6_v: tensor<2x2xi64>):
    %v6_n = ktensor.constant dense<0> : tensor<i32>
    %v6_p = ktensor.cmp %v6_i, %v6_n {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %v6_p : tensor<i1>
  } body {
  ^bb0(%v6_i: tensor<i32>, %v6_v: tensor<2x2xi64>):
    %v6_o = ktensor.constant dense<1> : tensor<i32>
    %v6_j = ktensor.add %v6_i, %v6_o : tensor<i32>
    %v6_w = ktensor.abs %v6_v : tensor<2x2xi64>
      ktensor.yield %v6_j, %v6_w : tensor<i32>, tensor<2x2xi64>
  }
  %v7 = ktensor.concat %v2, %a4 {dim = 1} : (tensor<2x2xi64>, tensor<2x7xi64>) -> tensor<2x9xi64>
  %v8 = ktensor.dynamic_slice %v2, %a5, %a6 {sizes = array<i64: 1, 0>} : (tensor<2x2xi64>, tensor<i32>, tensor<i32>) -> tensor<1x0xi64>
  return %v6#0, %v6#1, %v7, %v8 : tensor<i32>, tensor<2x2xi64>, tensor<2x9xi64>, tensor<1x0xi64>
}
