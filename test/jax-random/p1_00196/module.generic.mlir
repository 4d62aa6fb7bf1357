"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<4x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg5: tensor<4x16xf32>, %arg6: tensor<16xf32>, %arg7: tensor<16x16xf32>, %arg8: tensor<16xi32>):
    %22 = "stablehlo.constant"() <{value = dense<"0xF450B6BD7A483E3DABAA7EBDF50D363C85F5243C55D28C3C3969A33D6758B4BCF1EA2A3D000679BD2410C3BC9DC83BBD2B4CACBD480CE33D7CE18E3C957493BDDD6D813D1F798F3C9F7295BCDF88F1BC3D51B53B434C8ABAFED9A63D5E9F293D702E863D29073DBD99E02ABD593362BD3CD1F93BBA5C513E22FB383D73246E3DF28BA53BC8CCC53B0E2ED9BCB1A16FBD3FFD80BC1A1845BD26A13EBDE376563DC2B8833CCA341BBE01A298BC7780F6BC9FBB653D40CDCCBCF505EABDD3B7ED3CF511F0BBCECE92BD19332CBD2F7A8B3C180BB6BC532C323CEE54DABCF935BF3C86FC013DCAA6683C33A991BDA17238BD9BECFE3DFD89AEBD5BE8C63DD4C4B4BBF2EC6FBC3C31B2BC7A68E5BC66AFC83D9FE8E33CC0E44D3DEE2820BD4CCE99BD1DE151BDAA3BB43D8224C6BD9A4BBD3C7430BC3D5629CB3C5127073E866B313D48F4EBBAFD674EBC96735EBD0D598ABD451927BD34599F3C2ADF0ABD97F6933D30F01DBD80080DBB5761CEBC0E02F6BD743E833DD606EE3CC1FD14BD19C68F3B40274A3C86D962BDC15DAC3D6B3AE83CC469193E4B156CBD5327653BF7B8393DEE42CABBBA4F523D1512AC3C00D73B3D4929963DF53E213EBF36AB3CC5B8B23BEB0C9CBD2DE19E3C1751D03C2A27D63CC070CABC9855D13DCBF8753D3C430FBC81A21BBD7A39F13D72AC74BDC521C63DB5FEF0BC58FFBEBD4201143DF43A5B3D145B9BBDE79624BC097DD93CE6444B3D3164803DF5CCF93C1E75F1BD260531BDB170F93D9664C23C9C20FBBB5CC7623D685AA03DEE2BF33C55D5A2BD54F0E93D2BE08F3DC45B69BD51E8633D5B59243D2F3FA7BC519712BC1D88D33C9748173D43DC993CDC56A3BD2A99663D6FC3BC3D820174BD5725A03D171AA8BD0CB8903D3BAD3E3DEF45F8BCE24885BD29B187BD34EF143C680AE03DF71F23BEB7E2F5BB78C6E5BB0D6CF03DB254F93B2BC48EBC79504FBDCDB6D33D0E70B7BD4F4859BD8E0E3B3DDB2222BE6B2209BCB5D6593D11B4B4BB1D8062BD1C2BEFBCBDC89CBDEA23FCBD762A233E8E37C5BD2E72CFBC67E39A3DB69153BD1353C53C28AF1D3DBB081DBDA8C23A3CA5FCC03BA04A01BEFA47D4BB99A6C53CE414A13DA345DBBC9619D43B022EEFBCD74C71BD250DF9BC580749BDCFA1EABD346DEDBC44D3F83DB3A163BCAA77593D3BB3A83DD69BABBCAE463EBD6DB748BD6BB0D63D12CF3CBBF6D72BBD358C2DBCBAB8D7BCC6484CBD6097893C175A2DBDA4A077BD9B87543DDA34823B0234BABC5EFA773D7D8434BDDE697CBB04828FBCF263383D25D041BADAED5EBDDE5D91BDC5151D3EAA6CDE3DC0CAB8BC31BFB13D1D6581BDC76B0B3D456D203CF5A5F1BCEAF60F3EDAFCC13D55181FBD9FB348BB5C35743D7BBA413D23CBB7BBDC250EBE6F5BE2BD3F171F3D1FA0E13C4E0A533D2452BBBD90ECBC3D"> : tensor<16x16xf32>}> : () -> tensor<16x16xf32>
    %23 = "stablehlo.dot_general"(%arg5, %22) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %24 = "stablehlo.slice"(%23) <{limit_indices = array<i64: 4, 16>, start_indices = array<i64: 0, 8>, strides = array<i64: 1, 1>}> : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %25 = "stablehlo.slice"(%23) <{limit_indices = array<i64: 4, 8>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %26 = "stablehlo.concatenate"(%24, %25) <{dimension = 1 : i64}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x16xf32>
    %27 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %28 = "func.call"(%arg8, %27) <{callee = @remainder}> : (tensor<16xi32>, tensor<i32>) -> tensor<16xi32>
    %29 = "stablehlo.negate"(%28) : (tensor<16xi32>) -> tensor<16xi32>
    %30 = "stablehlo.convert"(%29) : (tensor<16xi32>) -> tensor<16xf32>
    %31 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xf32>) -> tensor<1x16xf32>
    %32 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<4x16xf32>
    %33 = "stablehlo.add"(%26, %32) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %34 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %35 = "stablehlo.reduce"(%arg6, %34) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg9: tensor<f32>, %arg10: tensor<f32>):
      %47 = "stablehlo.add"(%arg9, %arg10) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%47) : (tensor<f32>) -> ()
    }) : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %36 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %37 = "stablehlo.compare"(%35, %36) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %38 = "stablehlo.convert"(%37) : (tensor<i1>) -> tensor<i32>
    %39 = "stablehlo.case"(%38) ({
      %46 = "stablehlo.tanh"(%33) : (tensor<4x16xf32>) -> tensor<4x16xf32>
      "stablehlo.return"(%46) : (tensor<4x16xf32>) -> ()
    }, {
      %43 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
      %45 = "stablehlo.multiply"(%33, %44) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
      "stablehlo.return"(%45) : (tensor<4x16xf32>) -> ()
    }) : (tensor<i32>) -> tensor<4x16xf32>
    %40 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xf32>) -> tensor<1x16xf32>
    %41 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<4x16xf32>
    %42 = "stablehlo.maximum"(%39, %41) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    "func.return"(%42) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xi32>, tensor<i32>) -> tensor<16xi32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<16xi32>, %arg4: tensor<i32>):
    %1 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<i32>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.compare"(%1, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %4 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %5 = "func.call"(%3, %4, %1) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %7 = "stablehlo.remainder"(%arg3, %6) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %8 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %9 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %10 = "stablehlo.compare"(%7, %9) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %11 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %12 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %13 = "stablehlo.compare"(%7, %12) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %14 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %15 = "stablehlo.compare"(%5, %14) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %16 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<16xi1>
    %17 = "stablehlo.compare"(%13, %16) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %18 = "stablehlo.and"(%17, %10) : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %19 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %20 = "stablehlo.add"(%7, %19) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %21 = "stablehlo.select"(%18, %20, %7) : (tensor<16xi1>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    "func.return"(%21) : (tensor<16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>):
    %0 = "stablehlo.select"(%arg0, %arg1, %arg2) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%0) : (tensor<i32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
