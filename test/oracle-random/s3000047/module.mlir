func.func @main(%a0: tensor<i32>, %a1: tensor<3xf64>, %a2: tensor<3xf64>, %a3: tensor<i32>, %a4: tensor<1xi32>, %a5: tensor<1xf64>, %a6: tensor<f64>) -> (tensor<i1>, tensor<3xf64>, tensor<i32>, tensor<4xf64>) {
  %v0 = ktensor.add %a1, %a2 : tensor<3xf64>
  %v1 = ktensor.or %a0, %a3 : tensor<i32>
  %v2 = ktensor.reverse %a2 {dims = array<i64: 0>} : (tensor<3xf64>) -> tensor<3xf64>
  %v3 = ktensor.mul %v2, %a1 : tensor<3xf64>
  %v4 = ktensor.scatter %v2, %a4, %a5 {axis = 0, kind = "add"} : (tensor<3xf64>, tensor<1xi32>, tensor<1xf64>) -> tensor<3xf64>
  %v5 = ktensor.convert %v1 : (tensor<i32>) -> tensor<i1>
  %v6 = ktensor.pow %a2, %v3 : tensor<3xf64>
  %v7_i = arith.constant 0 : i32
  %v7 = ktensor.reduce_region %a4, %v7_i {axes = array<i64: 0>} : (tensor<1xi32>, i32) -> tensor<i32> {
  ^bb0(%v7_p: i32, %v7_q: i32):
    %v7_s = arith.addi %v7_p, %v7_q : i32
    ktensor.yield %v7_s : i32
  }
  %v8 = ktensor.pad %v3, %a6 {low = array<i64: 2>, high = array<i64: -1>, interior = array<i64: 0>} : (tensor<3xf64>, tensor<f64>) -> tensor<4xf64>
  return %v5, %v6, %v7, %v8 : tensor<i1>, tensor<3xf64>, tensor<i32>, tensor<4xf64>
}
