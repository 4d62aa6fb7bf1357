module @jit_fn attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x16xf32>, %arg1: tensor<16xf32>, %arg2: tensor<16x16xf32>, %arg3: tensor<16xi32>) -> (tensor<4x16xf32> {jax.result_info = "result[0]"}) {
    %cst = stablehlo.constant dense<"0xF450B6BD7A483E3DABAA7EBDF50D363C85F5243C55D28C3C3969A33D6758B4BCF1EA2A3D000679BD2410C3BC9DC83BBD2B4CACBD480CE33D7CE18E3C957493BDDD6D813D1F798F3C9F7295BCDF88F1BC3D51B53B434C8ABAFED9A63D5E9F293D702E863D29073DBD99E02ABD593362BD3CD1F93BBA5C513E22FB383D73246E3DF28BA53BC8CCC53B0E2ED9BCB1A16FBD3FFD80BC1A1845BD26A13EBDE376563DC2B8833CCA341BBE01A298BC7780F6BC9FBB653D40CDCCBCF505EABDD3B7ED3CF511F0BBCECE92BD19332CBD2F7A8B3C180BB6BC532C323CEE54DABCF935BF3C86FC013DCAA6683C33A991BDA17238BD9BECFE3DFD89AEBD5BE8C63DD4C4B4BBF2EC6FBC3C31B2BC7A68E5BC66AFC83D9FE8E33CC0E44D3DEE2820BD4CCE99BD1DE151BDAA3BB43D8224C6BD9A4BBD3C7430BC3D5629CB3C5127073E866B313D48F4EBBAFD674EBC96735EBD0D598ABD451927BD34599F3C2ADF0ABD97F6933D30F01DBD80080DBB5761CEBC0E02F6BD743E833DD606EE3CC1FD14BD19C68F3B40274A3C86D962BDC15DAC3D6B3AE83CC469193E4B156CBD5327653BF7B8393DEE42CABBBA4F523D1512AC3C00D73B3D4929963DF53E213EBF36AB3CC5B8B23BEB0C9CBD2DE19E3C1751D03C2A27D63CC070CABC9855D13DCBF8753D3C430FBC81A21BBD7A39F13D72AC74BDC521C63DB5FEF0BC58FFBEBD4201143DF43A5B3D145B9BBDE79624BC097DD93CE6444B3D3164803DF5CCF93C1E75F1BD260531BDB170F93D9664C23C9C20FBBB5CC7623D685AA03DEE2BF33C55D5A2BD54F0E93D2BE08F3DC45B69BD51E8633D5B59243D2F3FA7BC519712BC1D88D33C9748173D43DC993CDC56A3BD2A99663D6FC3BC3D820174BD5725A03D171AA8BD0CB8903D3BAD3E3DEF45F8BCE24885BD29B187BD34EF143C680AE03DF71F23BEB7E2F5BB78C6E5BB0D6CF03DB254F93B2BC48EBC79504FBDCDB6D33D0E70B7BD4F4859BD8E0E3B3DDB2222BE6B2209BCB5D6593D11B4B4BB1D8062BD1C2BEFBCBDC89CBDEA23FCBD762A233E8E37C5BD2E72CFBC67E39A3DB69153BD1353C53C28AF1D3DBB081DBDA8C23A3CA5FCC03BA04A01BEFA47D4BB99A6C53CE414A13DA345DBBC9619D43B022EEFBCD74C71BD250DF9BC580749BDCFA1EABD346DEDBC44D3F83DB3A163BCAA77593D3BB3A83DD69BABBCAE463EBD6DB748BD6BB0D63D12CF3CBBF6D72BBD358C2DBCBAB8D7BCC6484CBD6097893C175A2DBDA4A077BD9B87543DDA34823B0234BABC5EFA773D7D8434BDDE697CBB04828FBCF263383D25D041BADAED5EBDDE5D91BDC5151D3EAA6CDE3DC0CAB8BC31BFB13D1D6581BDC76B0B3D456D203CF5A5F1BCEAF60F3EDAFCC13D55181FBD9FB348BB5C35743D7BBA413D23CBB7BBDC250EBE6F5BE2BD3F171F3D1FA0E13C4E0A533D2452BBBD90ECBC3D"> : tensor<16x16xf32>
    %0 = stablehlo.dot_general %arg0, %cst, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %1 = stablehlo.slice %0 [0:4, 8:16] : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %2 = stablehlo.slice %0 [0:4, 0:8] : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %3 = stablehlo.concatenate %1, %2, dim = 1 : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x16xf32>
    %c = stablehlo.constant dense<4> : tensor<i32>
    %4 = call @remainder(%arg3, %c) : (tensor<16xi32>, tensor<i32>) -> tensor<16xi32>
    %5 = stablehlo.negate %4 : tensor<16xi32>
    %6 = stablehlo.convert %5 : (tensor<16xi32>) -> tensor<16xf32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<4x16xf32>
    %9 = stablehlo.add %3, %8 : tensor<4x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %10 = stablehlo.reduce(%arg1 init: %cst_0) applies stablehlo.add across dimensions = [0] : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %11 = stablehlo.compare GT, %10, %cst_1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %12 = stablehlo.convert %11 : (tensor<i1>) -> tensor<i32>
    %13 = "stablehlo.case"(%12) ({
      %17 = stablehlo.tanh %9 : tensor<4x16xf32>
      stablehlo.return %17 : tensor<4x16xf32>
    }, {
      %cst_2 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
      %17 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4x16xf32>
      %18 = stablehlo.multiply %9, %17 : tensor<4x16xf32>
      stablehlo.return %18 : tensor<4x16xf32>
    }) : (tensor<i32>) -> tensor<4x16xf32>
    %14 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<4x16xf32>
    %16 = stablehlo.maximum %13, %15 : tensor<4x16xf32>
    return %16 : tensor<4x16xf32>
  }
  func.func private @remainder(%arg0: tensor<16xi32>, %arg1: tensor<i32>) -> tensor<16xi32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %4 = stablehlo.remainder %arg0, %3 : tensor<16xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %6 = stablehlo.compare NE, %4, %5, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %7 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %8 = stablehlo.compare LT, %4, %7, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %9 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %10 = stablehlo.broadcast_in_dim %9, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %11 = stablehlo.compare NE, %8, %10, UNSIGNED : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %12 = stablehlo.and %11, %6 : tensor<16xi1>
    %13 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %14 = stablehlo.add %4, %13 : tensor<16xi32>
    %15 = stablehlo.select %12, %14, %4 : tensor<16xi1>, tensor<16xi32>
    return %15 : tensor<16xi32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
}
