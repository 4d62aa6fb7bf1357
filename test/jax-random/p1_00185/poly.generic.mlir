"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg17: tensor<?x16xf32>, %arg18: tensor<16xf32>, %arg19: tensor<16x16xf32>, %arg20: tensor<16xi32>):
    %80 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %81 = "stablehlo.get_dimension_size"(%arg17) <{dimension = 0 : i64}> : (tensor<?x16xf32>) -> tensor<i32>
    %82 = "stablehlo.compare"(%81, %80) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%82, %81) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 16). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %83 = "func.call"(%81, %arg17, %arg18, %arg19, %arg20) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>
    "func.return"(%83) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<f32>, tensor<f32>) -> tensor<f32>, sym_name = "reduce_window_float32_reducer"}> ({
  ^bb0(%arg15: tensor<f32>, %arg16: tensor<f32>):
    %79 = "stablehlo.add"(%arg15, %arg16) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%79) : (tensor<f32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<?x16xf32>, %arg6: tensor<16xf32>, %arg7: tensor<16x16xf32>, %arg8: tensor<16xi32>):
    %20 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %21 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %22 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %23 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %24 = "stablehlo.constant"() <{value = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %25 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %26 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %27 = "stablehlo.constant"() <{value = dense<"0x31BE723CE43CD03C81AE463D2733E53C12C1BCBD3F6224BD061D973BD3A1E73DB857013E4451653C7C05C43C9CF242BD6685D43DF4037B3DF549B43D41592FBD52BDFE3D42F4D6BC9118353DA9C6E5BD36F73DBDF6469B3D629436BC4FB594BCFF30F2BDAFA4E0BBFEE5D4BD6ED34CBD827C24BE153EEF3CACEB36BCCA45D7BCDD7BD33CF6CE5B3D2F6CD53D00DD40BDB8E02EBDDCB7D1BC90B5C63CBF9A60BC58EDAD3A457FCDBCA5FD053E549734BB0878D63DD682C93CCEADADBCB0E0BA3D08F138BC4C1210BDBB14F3BC1EC4A1BC7EE90DBCBCB12F3D2EDB01BE7753B2BDBC00643DE9F5453DEBBFE3BDCD0DCABC25F986BDA719FABD2249BC3D927ADB3D8B9D8F3D3CDE5BBDE86F94BC46781B3E2F3CC03D31D28C3DCE5174BD39E0A73DB22B043C02F212BC936EC3384BFF80BC894C99BD1934B0BDECAD1A3DD67FABBC3A4EB5BC3546983D5BF112BDA42054BD4F6302BED9D0E0BD121893BDEA8093BD7324403DEDECD83C4102203D499F40BD252D593D24C1263CC6979FBC65B532BD7A1E083D62876F3D65CF553D274C4BBC4324B0BBB3FA393D1721983DA807913D6763183D79C621BD634AEC3C90F3883D213E523D7285363D467366BB1C4B9A3BE01D87BD5E50C83BB9C9483BCE52193CCB9CFCBDC89E323DE7ED0C3C124F093CBA902C3D075FDFBD339A7A3DB949FCBD1CC889BD43E06BBC77E44F3D89C140BD5A618B3A67BE9DBD96738B3D9C3CEEBD55ABADBB02B194BDF6E9D03BFE4397BDB01AB33C10D216BE3DA53DBC226771BD6784653D5D474C3D748175BDC1D943BD691E3B3D3224C7BD2CC6223D80109A3C03F1C53C661B09BC43D6EBBC3C32153D48E515BC5014C83D6F4A1ABD2C78A93D087ECC3DADD2E03B3045DA3DB41C09BC995EBC3CE8CA89BD22DE063EB0C78D3D97C777BD3DDBDF3CE62692BDABCD163DBC6B0D3C43B5D43DC70DA7BDE328E6BCE2094D3930F62EBBD16863BD3178ACBB8466D03D8910A63CE2475FBDBFEB77BCFCDC46BD90CD8FBCECD9AF3CDB2C1ABE9CA0453C7FF4823A7DCCB83CE2C903BD20642D3CDD5E1FBE172017BCEE2B383D30FBAFBB9CA0BD3C216A233EE7870CBD81F5B83C4C703CBDB5099C3D3812103AFDD1163C5EFECD3C68B2D7BD85C20BB9EF79E23CF8A8AB3DA2EF38BAEB61833B537D96BC9126FD3D84C88EBCBBFFE03DE1D5213D0C0584BDB330123E6699EFBC726321BCABDE5FBD27FE863D3A57C03C3BFE6A3D56E1B1BB9EBC2E3C2F158A3DEFD6983D4091663C188B36BCB562BFBB550B33BE1733D83CDFA58FBC514CA13D121FC4BDC37335BD1354D4BB0842423DBE7F023D4D19123D9746133D6130D83C3AC6A4BCD475B8BC7146A73C4B641CB7712D0ABD3591103D8F7C8D3D8AF2803D3F258E3D3C69283B39C9AB3C69C646BD6D91C03CDDA9CABC10BB483C1A0183BD"> : tensor<16x16xf32>}> : () -> tensor<16x16xf32>
    %28 = "stablehlo.dot_general"(%arg5, %27) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<?x16xf32>, tensor<16x16xf32>) -> tensor<?x16xf32>
    %29 = "stablehlo.reduce"(%arg6, %26) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg13: tensor<f32>, %arg14: tensor<f32>):
      %78 = "stablehlo.add"(%arg13, %arg14) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%78) : (tensor<f32>) -> ()
    }) : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %30 = "stablehlo.compare"(%29, %26) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %31 = "stablehlo.convert"(%30) : (tensor<i1>) -> tensor<i32>
    %32 = "stablehlo.case"(%31) ({
      %77 = "stablehlo.tanh"(%28) : (tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%77) : (tensor<?x16xf32>) -> ()
    }, {
      %73 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
      %74 = "stablehlo.concatenate"(%73, %24) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %75 = "stablehlo.dynamic_broadcast_in_dim"(%25, %74) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
      %76 = "stablehlo.multiply"(%28, %75) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
      "stablehlo.return"(%76) : (tensor<?x16xf32>) -> ()
    }) : (tensor<i32>) -> tensor<?x16xf32>
    %33 = "func.call"(%arg4, %32) <{callee = @cumsum}> : (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %34 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %35 = "stablehlo.concatenate"(%34, %24) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %36 = "stablehlo.dynamic_broadcast_in_dim"(%23, %35) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %37 = "stablehlo.multiply"(%33, %36) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %38 = "stablehlo.reduce"(%37, %22) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg11: tensor<f32>, %arg12: tensor<f32>):
      %72 = "stablehlo.maximum"(%arg11, %arg12) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%72) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?xf32>
    %39 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %40 = "stablehlo.dynamic_broadcast_in_dim"(%22, %39) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %41 = "stablehlo.maximum"(%40, %38) : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    %42 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %43 = "stablehlo.concatenate"(%42, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %44 = "stablehlo.dynamic_broadcast_in_dim"(%41, %43) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %45 = "stablehlo.is_finite"(%44) : (tensor<?x1xf32>) -> tensor<?x1xi1>
    %46 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %47 = "stablehlo.concatenate"(%46, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %48 = "stablehlo.dynamic_broadcast_in_dim"(%26, %47) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %49 = "stablehlo.select"(%45, %44, %48) : (tensor<?x1xi1>, tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %50 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %51 = "stablehlo.concatenate"(%50, %24) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %52 = "stablehlo.dynamic_broadcast_in_dim"(%49, %51) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %53 = "stablehlo.subtract"(%37, %52) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %54 = "stablehlo.exponential"(%53) : (tensor<?x16xf32>) -> tensor<?x16xf32>
    %55 = "stablehlo.reduce"(%54, %26) <{dimensions = array<i64: 1>}> ({
    ^bb0(%arg9: tensor<f32>, %arg10: tensor<f32>):
      %71 = "stablehlo.add"(%arg9, %arg10) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%71) : (tensor<f32>) -> ()
    }) : (tensor<?x16xf32>, tensor<f32>) -> tensor<?xf32>
    %56 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %57 = "stablehlo.concatenate"(%56, %21) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %58 = "stablehlo.dynamic_broadcast_in_dim"(%55, %57) <{broadcast_dimensions = array<i64: 0>}> : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %59 = "stablehlo.abs"(%58) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %60 = "stablehlo.log"(%59) : (tensor<?x1xf32>) -> tensor<?x1xf32>
    %61 = "stablehlo.add"(%60, %49) : (tensor<?x1xf32>, tensor<?x1xf32>) -> tensor<?x1xf32>
    %62 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %63 = "stablehlo.concatenate"(%62, %24) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %64 = "stablehlo.dynamic_broadcast_in_dim"(%61, %63) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %65 = "stablehlo.subtract"(%37, %64) : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %66 = "stablehlo.concatenate"(%65, %65) <{dimension = 0 : i64}> : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %67 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %68 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
    %69 = "stablehlo.concatenate"(%68, %24) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %70 = "stablehlo.dynamic_gather"(%66, %67, %69) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x16xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x16xf32>
    "func.return"(%70) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>, sym_name = "cumsum", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<i32>, %arg3: tensor<?x16xf32>):
    %19 = "func.call"(%arg2, %arg3) <{callee = @cumsum_0}> : (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    "func.return"(%19) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>, sym_name = "cumsum_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x16xf32>):
    %0 = "stablehlo.constant"() <{value = dense<1> : tensor<1xi32>}> : () -> tensor<1xi32>
    %1 = "stablehlo.constant"() <{value = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
    %2 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
    %5 = "stablehlo.convert"(%arg0) : (tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.add"(%5, %2) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %7 = "stablehlo.reshape"(%6) : (tensor<i32>) -> tensor<1xi32>
    %8 = "stablehlo.concatenate"(%7, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %9 = "stablehlo.reshape"(%8) : (tensor<2xi32>) -> tensor<1x2xi32>
    %10 = "stablehlo.concatenate"(%1, %1) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %11 = "stablehlo.reshape"(%10) : (tensor<2xi32>) -> tensor<1x2xi32>
    %12 = "stablehlo.concatenate"(%9, %11) <{dimension = 0 : i64}> : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<2x2xi32>
    %13 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %14 = "stablehlo.concatenate"(%13, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %15 = "stablehlo.concatenate"(%0, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %16 = "stablehlo.concatenate"(%0, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %17 = "stablehlo.concatenate"(%0, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %18 = "stablehlo.custom_call"(%arg1, %4, %14, %15, %16, %17, %12) <{api_version = 2 : i32, call_target_name = "stablehlo.dynamic_reduce_window", called_computations = [@reduce_window_float32_reducer]}> : (tensor<?x16xf32>, tensor<f32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<?x16xf32>
    "func.return"(%18) : (tensor<?x16xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
