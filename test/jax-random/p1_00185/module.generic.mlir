"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<4x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg4: tensor<4x16xf32>, %arg5: tensor<16xf32>, %arg6: tensor<16x16xf32>, %arg7: tensor<16xi32>):
    %5 = "stablehlo.constant"() <{value = dense<"0x31BE723CE43CD03C81AE463D2733E53C12C1BCBD3F6224BD061D973BD3A1E73DB857013E4451653C7C05C43C9CF242BD6685D43DF4037B3DF549B43D41592FBD52BDFE3D42F4D6BC9118353DA9C6E5BD36F73DBDF6469B3D629436BC4FB594BCFF30F2BDAFA4E0BBFEE5D4BD6ED34CBD827C24BE153EEF3CACEB36BCCA45D7BCDD7BD33CF6CE5B3D2F6CD53D00DD40BDB8E02EBDDCB7D1BC90B5C63CBF9A60BC58EDAD3A457FCDBCA5FD053E549734BB0878D63DD682C93CCEADADBCB0E0BA3D08F138BC4C1210BDBB14F3BC1EC4A1BC7EE90DBCBCB12F3D2EDB01BE7753B2BDBC00643DE9F5453DEBBFE3BDCD0DCABC25F986BDA719FABD2249BC3D927ADB3D8B9D8F3D3CDE5BBDE86F94BC46781B3E2F3CC03D31D28C3DCE5174BD39E0A73DB22B043C02F212BC936EC3384BFF80BC894C99BD1934B0BDECAD1A3DD67FABBC3A4EB5BC3546983D5BF112BDA42054BD4F6302BED9D0E0BD121893BDEA8093BD7324403DEDECD83C4102203D499F40BD252D593D24C1263CC6979FBC65B532BD7A1E083D62876F3D65CF553D274C4BBC4324B0BBB3FA393D1721983DA807913D6763183D79C621BD634AEC3C90F3883D213E523D7285363D467366BB1C4B9A3BE01D87BD5E50C83BB9C9483BCE52193CCB9CFCBDC89E323DE7ED0C3C124F093CBA902C3D075FDFBD339A7A3DB949FCBD1CC889BD43E06BBC77E44F3D89C140BD5A618B3A67BE9DBD96738B3D9C3CEEBD55ABADBB02B194BDF6E9D03BFE4397BDB01AB33C10D216BE3DA53DBC226771BD6784653D5D474C3D748175BDC1D943BD691E3B3D3224C7BD2CC6223D80109A3C03F1C53C661B09BC43D6EBBC3C32153D48E515BC5014C83D6F4A1ABD2C78A93D087ECC3DADD2E03B3045DA3DB41C09BC995EBC3CE8CA89BD22DE063EB0C78D3D97C777BD3DDBDF3CE62692BDABCD163DBC6B0D3C43B5D43DC70DA7BDE328E6BCE2094D3930F62EBBD16863BD3178ACBB8466D03D8910A63CE2475FBDBFEB77BCFCDC46BD90CD8FBCECD9AF3CDB2C1ABE9CA0453C7FF4823A7DCCB83CE2C903BD20642D3CDD5E1FBE172017BCEE2B383D30FBAFBB9CA0BD3C216A233EE7870CBD81F5B83C4C703CBDB5099C3D3812103AFDD1163C5EFECD3C68B2D7BD85C20BB9EF79E23CF8A8AB3DA2EF38BAEB61833B537D96BC9126FD3D84C88EBCBBFFE03DE1D5213D0C0584BDB330123E6699EFBC726321BCABDE5FBD27FE863D3A57C03C3BFE6A3D56E1B1BB9EBC2E3C2F158A3DEFD6983D4091663C188B36BCB562BFBB550B33BE1733D83CDFA58FBC514CA13D121FC4BDC37335BD1354D4BB0842423DBE7F023D4D19123D9746133D6130D83C3AC6A4BCD475B8BC7146A73C4B641CB7712D0ABD3591103D8F7C8D3D8AF2803D3F258E3D3C69283B39C9AB3C69C646BD6D91C03CDDA9CABC10BB483C1A0183BD"> : tensor<16x16xf32>}> : () -> tensor<16x16xf32>
    %6 = "stablehlo.dot_general"(%arg4, %5) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<4x16xf32>, tensor<16x16xf32>) -> tensor<4x16xf32>
    %7 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%arg5, %7) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg12: tensor<f32>, %arg13: tensor<f32>):
      %47 = "stablehlo.add"(%arg12, %arg13) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%47) : (tensor<f32>) -> ()
    }) : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %9 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %10 = "stablehlo.compare"(%8, %9) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %11 = "stablehlo.convert"(%10) : (tensor<i1>) -> tensor<i32>
    %12 = "stablehlo.case"(%11) ({
      %46 = "stablehlo.tanh"(%6) : (tensor<4x16xf32>) -> tensor<4x16xf32>
      "stablehlo.return"(%46) : (tensor<4x16xf32>) -> ()
    }, {
      %43 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
      %45 = "stablehlo.multiply"(%6, %44) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
      "stablehlo.return"(%45) : (tensor<4x16xf32>) -> ()
    }) : (tensor<i32>) -> tensor<4x16xf32>
    %13 = "func.call"(%12) <{callee = @cumsum}> : (tensor<4x16xf32>) -> tensor<4x16xf32>
    %14 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
    %16 = "stablehlo.multiply"(%13, %15) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %17 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %18 = "stablehlo.reduce"(%16, %17) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg10: tensor<f32>, %arg11: tensor<f32>):
      %42 = "stablehlo.maximum"(%arg10, %arg11) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%42) : (tensor<f32>) -> ()
    }) : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %19 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %21 = "stablehlo.maximum"(%20, %18) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %22 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x1xf32>
    %23 = "stablehlo.is_finite"(%22) : (tensor<4x1xf32>) -> tensor<4x1xi1>
    %24 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %25 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x1xf32>
    %26 = "stablehlo.select"(%23, %22, %25) : (tensor<4x1xi1>, tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xf32>) -> tensor<4x16xf32>
    %28 = "stablehlo.subtract"(%16, %27) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %29 = "stablehlo.exponential"(%28) : (tensor<4x16xf32>) -> tensor<4x16xf32>
    %30 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %31 = "stablehlo.reduce"(%29, %30) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg8: tensor<f32>, %arg9: tensor<f32>):
      %41 = "stablehlo.add"(%arg8, %arg9) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%41) : (tensor<f32>) -> ()
    }) : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %32 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64: 0>}> : (tensor<4xf32>) -> tensor<4x1xf32>
    %33 = "stablehlo.sign"(%32) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %34 = "stablehlo.abs"(%32) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %35 = "stablehlo.log"(%34) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %36 = "stablehlo.add"(%35, %26) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %37 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x1xf32>) -> tensor<4x16xf32>
    %38 = "stablehlo.subtract"(%16, %37) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %39 = "stablehlo.concatenate"(%38, %38) <{dimension = 0 : i64}> : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<8x16xf32>
    %40 = "stablehlo.slice"(%39) <{limit_indices = array<i64: 4, 16>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<8x16xf32>) -> tensor<4x16xf32>
    "func.return"(%40) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x16xf32>) -> tensor<4x16xf32>, res_attrs = [{}], sym_name = "cumsum", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<4x16xf32>):
    %4 = "func.call"(%arg3) <{callee = @cumsum_0}> : (tensor<4x16xf32>) -> tensor<4x16xf32>
    "func.return"(%4) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x16xf32>) -> tensor<4x16xf32>, sym_name = "cumsum_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x16xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
    %2 = "stablehlo.reduce_window"(%arg0, %1) <{base_dilations = array<i64: 1, 1>, padding = dense<[[3, 0], [0, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 4, 1>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
      %3 = "stablehlo.add"(%arg1, %arg2) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%3) : (tensor<f32>) -> ()
    }) : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
    "func.return"(%2) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
