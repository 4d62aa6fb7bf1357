"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg14: tensor<?x16xf32>, %arg15: tensor<16xf32>, %arg16: tensor<16x16xf32>, %arg17: tensor<16xi32>):
    %60 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %61 = "stablehlo.get_dimension_size"(%arg14) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %62 = "stablehlo.compare"(%61, %60) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%62, %61) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 16). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %63 = "func.call"(%61, %arg14, %arg15, %arg16, %arg17) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>
    "func.return"(%63) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<?x16xf32>, %arg9: tensor<16xf32>, %arg10: tensor<16x16xf32>, %arg11: tensor<16xi32>):
    %19 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %21 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %22 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %23 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %24 = "stablehlo.constant"() <{value = dense<8> : tensor<1xi32>}> : () -> tensor<1xi32>
    %25 = "stablehlo.constant"() <{value = dense<8> : tensor<i32>}> : () -> tensor<i32>
    %26 = "stablehlo.constant"() <{value = dense<"0xF450B6BD7A483E3DABAA7EBDF50D363C85F5243C55D28C3C3969A33D6758B4BCF1EA2A3D000679BD2410C3BC9DC83BBD2B4CACBD480CE33D7CE18E3C957493BDDD6D813D1F798F3C9F7295BCDF88F1BC3D51B53B434C8ABAFED9A63D5E9F293D702E863D29073DBD99E02ABD593362BD3CD1F93BBA5C513E22FB383D73246E3DF28BA53BC8CCC53B0E2ED9BCB1A16FBD3FFD80BC1A1845BD26A13EBDE376563DC2B8833CCA341BBE01A298BC7780F6BC9FBB653D40CDCCBCF505EABDD3B7ED3CF511F0BBCECE92BD19332CBD2F7A8B3C180BB6BC532C323CEE54DABCF935BF3C86FC013DCAA6683C33A991BDA17238BD9BECFE3DFD89AEBD5BE8C63DD4C4B4BBF2EC6FBC3C31B2BC7A68E5BC66AFC83D9FE8E33CC0E44D3DEE2820BD4CCE99BD1DE151BDAA3BB43D8224C6BD9A4BBD3C7430BC3D5629CB3C5127073E866B313D48F4EBBAFD674EBC96735EBD0D598ABD451927BD34599F3C2ADF0ABD97F6933D30F01DBD80080DBB5761CEBC0E02F6BD743E833DD606EE3CC1FD14BD19C68F3B40274A3C86D962BDC15DAC3D6B3AE83CC469193E4B156CBD5327653BF7B8393DEE42CABBBA4F523D1512AC3C00D73B3D4929963DF53E213EBF36AB3CC5B8B23BEB0C9CBD2DE19E3C1751D03C2A27D63CC070CABC9855D13DCBF8753D3C430FBC81A21BBD7A39F13D72AC74BDC521C63DB5FEF0BC58FFBEBD4201143DF43A5B3D145B9BBDE79624BC097DD93CE6444B3D3164803DF5CCF93C1E75F1BD260531BDB170F93D9664C23C9C20FBBB5CC7623D685AA03DEE2BF33C55D5A2BD54F0E93D2BE08F3DC45B69BD51E8633D5B59243D2F3FA7BC519712BC1D88D33C9748173D43DC993CDC56A3BD2A99663D6FC3BC3D820174BD5725A03D171AA8BD0CB8903D3BAD3E3DEF45F8BCE24885BD29B187BD34EF143C680AE03DF71F23BEB7E2F5BB78C6E5BB0D6CF03DB254F93B2BC48EBC79504FBDCDB6D33D0E70B7BD4F4859BD8E0E3B3DDB2222BE6B2209BCB5D6593D11B4B4BB1D8062BD1C2BEFBCBDC89CBDEA23FCBD762A233E8E37C5BD2E72CFBC67E39A3DB69153BD1353C53C28AF1D3DBB081DBDA8C23A3CA5FCC03BA04A01BEFA47D4BB99A6C53CE414A13DA345DBBC9619D43B022EEFBCD74C71BD250DF9BC580749BDCFA1EABD346DEDBC44D3F83DB3A163BCAA77593D3BB3A83DD69BABBCAE463EBD6DB748BD6BB0D63D12CF3CBBF6D72BBD358C2DBCBAB8D7BCC6484CBD6097893C175A2DBDA4A077BD9B87543DDA34823B0234BABC5EFA773D7D8434BDDE697CBB04828FBCF263383D25D041BADAED5EBDDE5D91BDC5151D3EAA6CDE3DC0CAB8BC31BFB13D1D6581BDC76B0B3D456D203CF5A5F1BCEAF60F3EDAFCC13D55181FBD9FB348BB5C35743D7BBA413D23CBB7BBDC250EBE6F5BE2BD3F171F3D1FA0E13C4E0A533D2452BBBD90ECBC3D"> : tensor<16x16xf32>}> : () -> tensor<16x16xf32>
    %27 = "stablehlo.dot_general"(%arg8, %26) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<?x16xf32>, tensor<16x16xf32>) -> tensor<?x16xf32>
    %28 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %29 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %30 = "stablehlo.concatenate"(%29, %24) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %31 = "stablehlo.dynamic_gather"(%27, %28, %30) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [1]>, indices_are_sorted = true}> : (tensor<?x16xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x8xf32>
    %32 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %33 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %34 = "stablehlo.concatenate"(%33, %24) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %35 = "stablehlo.dynamic_gather"(%27, %32, %34) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [1]>, indices_are_sorted = true}> : (tensor<?x16xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x8xf32>
    %36 = "stablehlo.concatenate"(%31, %35) <{dimension = 1 : i64}> : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x16xf32>
    %37 = "func.call"(%arg7, %arg11, %22) <{callee = @remainder}> : (tensor<i32>, tensor<16xi32>, tensor<i32>) -> tensor<16xi32>
    %38 = "stablehlo.negate"(%37) : (tensor<16xi32>) -> tensor<16xi32>
    %39 = "stablehlo.convert"(%38) : (tensor<16xi32>) -> tensor<16xf32>
    %40 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xf32>) -> tensor<1x16xf32>
    %41 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %42 = "stablehlo.concatenate"(%41, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %43 = "stablehlo.dynamic_broadcast_in_dim"(%40, %42) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %44 = "stablehlo.add"(%36, %43) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %45 = "stablehlo.reduce"(%arg9, %20) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg12: tensor<f32>, %arg13: tensor<f32>):
      %59 = "stablehlo.add"(%arg12, %arg13) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%59) : (tensor<f32>) -> ()
    }) : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %46 = "stablehlo.compare"(%45, %20) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %47 = "stablehlo.convert"(%46) : (tensor<i1>) -> tensor<i32>
    %48 = "stablehlo.case"(%47) ({
      %58 = "stablehlo.tanh"(%44) : (tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%58) : (tensor<?x16xf32>) -> ()
    }, {
      %54 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
      %55 = "stablehlo.concatenate"(%54, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %56 = "stablehlo.dynamic_broadcast_in_dim"(%19, %55) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
      %57 = "stablehlo.multiply"(%44, %56) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%57) : (tensor<?x16xf32>) -> ()
    }) : (tensor<i32>) -> tensor<?x16xf32>
    %49 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xf32>) -> tensor<1x16xf32>
    %50 = "stablehlo.reshape"(%arg7) : (tensor<i32>) -> tensor<1xi32>
    %51 = "stablehlo.concatenate"(%50, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %52 = "stablehlo.dynamic_broadcast_in_dim"(%49, %51) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %53 = "stablehlo.maximum"(%48, %52) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%53) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<16xi32>, tensor<i32>) -> tensor<16xi32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<16xi32>, %arg6: tensor<i32>):
    %1 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.convert"(%arg6) : (tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.compare"(%3, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = "func.call"(%arg4, %4, %1, %3) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %7 = "stablehlo.remainder"(%arg5, %6) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %8 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %9 = "stablehlo.compare"(%7, %8) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %10 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %11 = "stablehlo.compare"(%7, %10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %12 = "stablehlo.compare"(%5, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %13 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<16xi1>
    %14 = "stablehlo.compare"(%11, %13) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %15 = "stablehlo.and"(%14, %9) : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %16 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %17 = "stablehlo.add"(%7, %16) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %18 = "stablehlo.select"(%15, %17, %7) : (tensor<16xi1>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    "func.return"(%18) : (tensor<16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<i1>, %arg2: tensor<i32>, %arg3: tensor<i32>):
    %0 = "stablehlo.select"(%arg1, %arg2, %arg3) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%0) : (tensor<i32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
