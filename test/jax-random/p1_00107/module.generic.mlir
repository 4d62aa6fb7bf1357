"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<4x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg3: tensor<4x16xf32>, %arg4: tensor<16xf32>, %arg5: tensor<16x16xf32>, %arg6: tensor<16xi32>):
    %6 = "stablehlo.constant"() <{value = dense<"0xD06644BDEE1E46BD1885F3BDCA4DB8BA400A84BC813BB23C0E20B03DF19A60BDDFBE503CFA0B1E3D1D3F88BCD787573D42707E3D8892C3BCE94EC33C39DC6A3C5306993C3ADBCEBCD2A8683CCAFF27BD0D9CE2BDC4F3483C94802D3C86BFD4BCCADAD73CF2B9933D211A5E3CF0E7453CFF1D963C352DA23DC08F75BDF994383D014B26BD0B22F5BD30F7AB3D7FC001BB2F87453C1625203D0063863DCBAEF1BC7BB2263DFB2A363D734A16BD0D3262BC14C6DB3C512A8F3DB076F3BDD82A1FBD71F9073D6C2D0D3E3A34AE3C1653843DBF59D23D9200BDBC6FCA953C21D81FBD3152233CE9F19DBC910F6A3C85D49EBD0605A8BD1931E9BDA936293A5969A73C4632DCBDCB61803D2E45E4BD78179DBDC11B2B3A8943D43DEA1F963C85FD2BBD025E54BB7EEEF43C767CA7BC387A1EBC8F261B3D3545963C2B5809BD89C85DBC551E993DC312CDBD4BA76B3C847922BDCA49083B5A841D3DB0ED90BC372BA23D109C3A3D0F840ABD7A02F9BD6AFE2DBD13B42A3D4B16C5BCD9AF61BC49048F3DF4F403BC571CA43DF47A22BCA633A63DDB50033D1D7C47BDB32C8BBDAB6304BDC8A0CBBDFEF7C43C966C55BDF6ABA93CEB8E13BBFFC7C2BB3113E33DE915743D6419093E845E3DBD2235D23D3E17E13CCAB9003EAF6CBE3C46F47ABCEB1B1F3DD2A0613C7E20C13C19C2D6BC8B44983D5F00B23B3D4A96BB688E123DE61830BDA2DCC03DB12491BD4C30023C377AD13C42CF1EBEDBBA903CFA18A6BD933287BC5ECE7CBD9DB09ABCC497E7BD41CE06BC1CD2593C77D1C1BD58C8F2BA78578EBC9F35EB3C5A9BB43A0B4F2E3A123F943D52592EBDADF71EBDDEE7343DBADE213DFE1E89BD8BF3613D17B5B0BDD915A0BCBEEFA53DEC75F0BCAE31753BA8AED9BD8CFDE43C82BB5CBC2267DD3D4081C6BCD7D5E4BCBF357CBDF73458BCC60587BD944298BC939C3BBC7B389EBD8D60B53D584070BD268E3BBA9F38683D30AB993DD301243EE5E9DA3C33F84A3CE9CDF5BCE083993D907EF33D1A2CCF3C1366FEBD26DC6ABD486E97BD240F893DABD8EDBC32D3BFBC2957F5BC0AB5953D8B16943C7BF6DEBD214239B99839913B67C75EBDFE79923CFFA4823D569CA13DCF07CD3D2937893D21EE2CBD4532693DADD4CCBD147D8CBD3188C1BDA08EE9BD94DB46396A38C1BCE407303E88FFC63C0597763D85EBA8BC74373BBCA290203A609E5B3C8A2BC63D6E2CD33CA6DC6ABD83C7353DCAB9D83D5C070C3D171BB73C6F4805BDEAFF1ABB25C8EB3D58E12FBDAA012B3DA2466CBDDA74E63C7E89473DF5E13B3C25C92FBC549080BDC1B918BEB3B096BC52502EBBE8DEDFBD86270E3DC4B0D1BD07AF013D3597A83C7E58B13CAF5B0C3CFC7B34BD4730A1BDB01D81BD187608BE50C3923D75A24ABD240503BDA1AAACBCBC637BBC1F38CABD30FEAFBDE1C68ABC"> : tensor<16x16xf32>}> : () -> tensor<16x16xf32>
    %7 = "chlo.atan"(%arg3) : (tensor<4x16xf32>) -> tensor<4x16xf32>
    %8 = "stablehlo.dot_general"(%7, %6) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %9 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %10 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %11 = "func.call"(%8, %9, %10) <{callee = @clip}> : (tensor<4x16xf32>, tensor<f32>, tensor<f32>) -> tensor<4x16xf32>
    %12 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %13 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %14 = "func.call"(%11, %12, %13) <{callee = @clip}> : (tensor<4x16xf32>, tensor<f32>, tensor<f32>) -> tensor<4x16xf32>
    %15 = "stablehlo.broadcast_in_dim"(%arg4) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xf32>) -> tensor<1x16xf32>
    %16 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<4x16xf32>
    %17 = "stablehlo.add"(%14, %16) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    "func.return"(%17) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4x16xf32>, tensor<f32>, tensor<f32>) -> tensor<4x16xf32>, res_attrs = [{}], sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x16xf32>, %arg1: tensor<f32>, %arg2: tensor<f32>):
    %0 = "stablehlo.convert"(%arg1) : (tensor<f32>) -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
    %2 = "stablehlo.maximum"(%1, %arg0) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %3 = "stablehlo.convert"(%arg2) : (tensor<f32>) -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
    %5 = "stablehlo.minimum"(%4, %2) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    "func.return"(%5) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
