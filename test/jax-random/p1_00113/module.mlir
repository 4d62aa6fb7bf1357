module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8x8xf32>, %arg3: tensor<8xi32>) -> (tensor<4x8xf32> {jax.result_info = "result[0]"}) {
    %cst = stablehlo.constant dense<[[-0.0243931953, -0.0746143907, -0.0419842303, -6.461770e-05, 0.0742375329, 0.109176293, 0.252337903, -0.0524672717], [-0.0152395498, 0.1364481, 0.149467289, -0.0570851341, 0.0491310395, -0.0688736588, 0.218182549, 0.166273922], [0.188451499, -0.0616451912, -0.151442155, 0.0255405121, 0.205986306, 0.00847179908, -0.206486315, 0.210116968], [0.171895847, 0.118927687, 0.204020798, 0.0826714188, -0.0695718899, -0.0303135216, 0.0920569226, 0.0516435057], [0.14023006, -0.182842925, 0.323058218, 0.0214544423, 0.0203731675, -0.22086966, 0.17696248, 0.00730413059], [0.0359889343, -0.253953367, -0.0829775929, 0.0357208662, -0.0595566891, -0.0135671925, 0.177819222, -0.184786633], [0.0196408704, 0.256622732, 0.0368252844, -0.0532400981, 8.516200e-03, 0.08016216, 0.0896155834, 0.0274838209], [0.104423262, -0.168156415, -0.0146221817, -0.0431623533, 0.0562731288, 0.188839972, 0.107668497, -0.00972471107]]> : tensor<8x8xf32>
    %0 = chlo.atan %arg0 : tensor<4x8xf32> -> tensor<4x8xf32>
    %1 = call @relu(%0) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %2 = stablehlo.dot_general %1, %cst, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32>
    return %2 : tensor<4x8xf32>
  }
  func.func private @relu(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x8xf32>
    %1 = stablehlo.maximum %arg0, %0 : tensor<4x8xf32>
    return %1 : tensor<4x8xf32>
  }
}
