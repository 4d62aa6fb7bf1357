func.func @main(%a0: tensor<NxMxf32>, %a1: tensor<1xNxf32>, %a2: tensor<Nx3xi32>, %a3: tensor<Nx3xi32>, %a4: tensor<Nx3xi32>) -> (tensor<i32>, tensor<Nx3xi32>, tensor<1xi64>, tensor<Nx3xi32>) {
  %v0 = ktensor.cmp %a2, %a3 {predicate = "ne"} : (tensor<Nx3xi32>, tensor<Nx3xi32>) -> tensor<Nx3xi1>
  %v1 = ktensor.select %v0, %a3, %a3 : (tensor<Nx3xi1>, tensor<Nx3xi32>, tensor<Nx3xi32>) -> tensor<Nx3xi32>
  %v2 = ktensor.mul %v1, %v1 : tensor<Nx3xi32>
  %v3_c = ktensor.constant dense<1> : tensor<i32>
  %v3 = ktensor.broadcast_in_dim %v3_c {dims = array<i64>} : (tensor<i32>) -> tensor<Nx3xi32>
  %v4 = ktensor.or %a4, %v3 : tensor<Nx3xi32>
  %v5 = ktensor.rem %v1, %v4 : tensor<Nx3xi32>
  %v6_z = ktensor.constant dense<0> : tensor<i32>
  %v6:2 = ktensor.while (%v6_z, %v4) : (tensor<i32>, tensor<Nx3xi32>) -> (tensor<i32>, tensor<Nx3xi32>) cond {
  ^bb0(%v6_i: tensor<i32>, %v6_v: tensor<Nx3xi32>):
    %v6_n = ktensor.constant dense<1> : tensor<i32>
    %v6_p = ktensor.cmp %v6_i, %v6_n {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %v6_p : tensor<i1>
  } body {
  ^bb0(%v6_i: tensor<i32>, %v6_v: tensor<Nx3xi32>):
    %v6_o = ktensor.constant dense<1> : tensor<i32>
    %v6_j = ktensor.add %v6_i, %v6_o : tensor<i32>
    %v6_w = ktensor.abs %v6_v : tensor<Nx3xi32>
      ktensor.yield %v6_j, %v6_w : tensor<i32>, tensor<Nx3xi32>
  }
  %v7 = ktensor.iota {dim = 0} : () -> tensor<1xi64>
  %v8 = ktensor.popcnt %v5 : tensor<Nx3xi32>
  return %v6#0, %v6#1, %v7, %v8 : tensor<i32>, tensor<Nx3xi32>, tensor<1xi64>, tensor<Nx3xi32>
}
