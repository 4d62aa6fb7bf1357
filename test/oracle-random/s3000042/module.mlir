func.func @main(%a0: tensor<f32>, %a1: tensor<Nxf32>, %a2: tensor<Nx4xf32>) -> (tensor<Nx4xf32>, tensor<Nx4xf32>, tensor<i32>, tensor<f32>) {
  %v0 = ktensor.cbrt %a2 : tensor<Nx4xf32>
  %v1 = ktensor.tan %a2 : tensor<Nx4xf32>
  %v2 = ktensor.log %a0 : tensor<f32>
  %v3_z = ktensor.constant dense<0> : tensor<i32>
  %v3:2 = ktensor.while (%v3_z, %v2) : (tensor<i32>, tensor<f32>) -> (tensor<i32>, tensor<f32>) cond {
  ^bb0(%v3_i: tensor<i32>, %v3_v: tensor<f32>):
    %v3_n = ktensor.constant dense<1> : tensor<i32>
    %v3_p = ktensor.cmp %v3_i, %v3_n {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %v3_p : tensor<i1>
  } body {
  ^bb0(%v3_i: tensor<i32>, %v3_v: tensor<f32>):
    %v3_o = ktensor.constant dense<1> : tensor<i32>
    %v3_j = ktensor.add %v3_i, %v3_o : tensor<i32>
    %v3_w = ktensor.relu %v3_v : tensor<f32>
      ktensor.yield %v3_j, %v3_w : tensor<i32>, tensor<f32>
  }
  return %v0, %v1, %v3#0, %v3#1 : tensor<Nx4xf32>, tensor<Nx4xf32>, tensor<i32>, tensor<f32>
}
