func.func @main(%a0: tensor<7xf64>, %a1: tensor<Nx7xi32>, %a2: tensor<Nx3x7xi32>, %a3: tensor<i32>) -> (tensor<Nx7xi32>, tensor<Nx2x6xi32>) {
  %v0 = ktensor.cmp %a1, %a1 {predicate = "ne"} : (tensor<Nx7xi32>, tensor<Nx7xi32>) -> tensor<Nx7xi1>
  %v1 = ktensor.select %v0, %a1, %a1 : (tensor<Nx7xi1>, tensor<Nx7xi32>, tensor<Nx7xi32>) -> tensor<Nx7xi32>
  %v2 = ktensor.broadcast_in_dim %a1 {dims = array<i64: 0, 2>} : (tensor<Nx7xi32>) -> tensor<Nx3x7xi32>
  %v3 = ktensor.or %v2, %a2 : tensor<Nx3x7xi32>
  %v4 = ktensor.reduce_window %v3, %a3 {window_dimensions = array<i64: 1, 1, 2>, window_strides = array<i64: 1, 2, 1>} : (tensor<Nx3x7xi32>, tensor<i32>) -> tensor<Nx2x6xi32> {
  ^bb0(%v4_p: tensor<i32>, %v4_q: tensor<i32>):
    %v4_m = ktensor.add %v4_p, %v4_q : tensor<i32>
    ktensor.yield %v4_m : tensor<i32>
  }
  return %v1, %v4 : tensor<Nx7xi32>, tensor<Nx2x6xi32>
}
