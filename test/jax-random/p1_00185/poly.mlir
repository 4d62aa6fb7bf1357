module @jit_fn attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<?x16xf32>, %arg1: tensor<16xf32>, %arg2: tensor<16x16xf32>, %arg3: tensor<16xi32>) -> (tensor<?x16xf32> {jax.result_info = "result[0]"}) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x16xf32>) -> tensor<i32>
    %1 = stablehlo.compare GE, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%1, %0) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 16). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i32>) -> ()
    %2 = call @_wrapped_jax_export_main(%0, %arg0, %arg1, %arg2, %arg3) : (tensor<i32>, tensor<?x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<?x16xf32>
    return %2 : tensor<?x16xf32>
  }
  func.func @reduce_window_float32_reducer(%arg0: tensor<f32>, %arg1: tensor<f32>) -> tensor<f32> {
    %0 = stablehlo.add %arg0, %arg1 : tensor<f32>
    return %0 : tensor<f32>
  }
  func.func private @_wrapped_jax_export_main(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x16xf32>, %arg2: tensor<16xf32>, %arg3: tensor<16x16xf32>, %arg4: tensor<16xi32>) -> (tensor<?x16xf32> {jax.result_info = "result[0]"}) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<1> : tensor<1xi32>
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_1 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %c_2 = stablehlo.constant dense<16> : tensor<1xi32>
    %cst_3 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_5 = stablehlo.constant dense<"0x31BE723CE43CD03C81AE463D2733E53C12C1BCBD3F6224BD061D973BD3A1E73DB857013E4451653C7C05C43C9CF242BD6685D43DF4037B3DF549B43D41592FBD52BDFE3D42F4D6BC9118353DA9C6E5BD36F73DBDF6469B3D629436BC4FB594BCFF30F2BDAFA4E0BBFEE5D4BD6ED34CBD827C24BE153EEF3CACEB36BCCA45D7BCDD7BD33CF6CE5B3D2F6CD53D00DD40BDB8E02EBDDCB7D1BC90B5C63CBF9A60BC58EDAD3A457FCDBCA5FD053E549734BB0878D63DD682C93CCEADADBCB0E0BA3D08F138BC4C1210BDBB14F3BC1EC4A1BC7EE90DBCBCB12F3D2EDB01BE7753B2BDBC00643DE9F5453DEBBFE3BDCD0DCABC25F986BDA719FABD2249BC3D927ADB3D8B9D8F3D3CDE5BBDE86F94BC46781B3E2F3CC03D31D28C3DCE5174BD39E0A73DB22B043C02F212BC936EC3384BFF80BC894C99BD1934B0BDECAD1A3DD67FABBC3A4EB5BC3546983D5BF112BDA42054BD4F6302BED9D0E0BD121893BDEA8093BD7324403DEDECD83C4102203D499F40BD252D593D24C1263CC6979FBC65B532BD7A1E083D62876F3D65CF553D274C4BBC4324B0BBB3FA393D1721983DA807913D6763183D79C621BD634AEC3C90F3883D213E523D7285363D467366BB1C4B9A3BE01D87BD5E50C83BB9C9483BCE52193CCB9CFCBDC89E323DE7ED0C3C124F093CBA902C3D075FDFBD339A7A3DB949FCBD1CC889BD43E06BBC77E44F3D89C140BD5A618B3A67BE9DBD96738B3D9C3CEEBD55ABADBB02B194BDF6E9D03BFE4397BDB01AB33C10D216BE3DA53DBC226771BD6784653D5D474C3D748175BDC1D943BD691E3B3D3224C7BD2CC6223D80109A3C03F1C53C661B09BC43D6EBBC3C32153D48E515BC5014C83D6F4A1ABD2C78A93D087ECC3DADD2E03B3045DA3DB41C09BC995EBC3CE8CA89BD22DE063EB0C78D3D97C777BD3DDBDF3CE62692BDABCD163DBC6B0D3C43B5D43DC70DA7BDE328E6BCE2094D3930F62EBBD16863BD3178ACBB8466D03D8910A63CE2475FBDBFEB77BCFCDC46BD90CD8FBCECD9AF3CDB2C1ABE9CA0453C7FF4823A7DCCB83CE2C903BD20642D3CDD5E1FBE172017BCEE2B383D30FBAFBB9CA0BD3C216A233EE7870CBD81F5B83C4C703CBDB5099C3D3812103AFDD1163C5EFECD3C68B2D7BD85C20BB9EF79E23CF8A8AB3DA2EF38BAEB61833B537D96BC9126FD3D84C88EBCBBFFE03DE1D5213D0C0584BDB330123E6699EFBC726321BCABDE5FBD27FE863D3A57C03C3BFE6A3D56E1B1BB9EBC2E3C2F158A3DEFD6983D4091663C188B36BCB562BFBB550B33BE1733D83CDFA58FBC514CA13D121FC4BDC37335BD1354D4BB0842423DBE7F023D4D19123D9746133D6130D83C3AC6A4BCD475B8BC7146A73C4B641CB7712D0ABD3591103D8F7C8D3D8AF2803D3F258E3D3C69283B39C9AB3C69C646BD6D91C03CDDA9CABC10BB483C1A0183BD"> : tensor<16x16xf32>
    %0 = stablehlo.dot_general %arg1, %cst_5, contracting_dims = [1] x [0] : (tensor<?x16xf32>, tensor<16x16xf32>) -> tensor<?x16xf32>
    %1 = stablehlo.reduce(%arg2 init: %cst_4) applies stablehlo.add across dimensions = [0] : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %2 = stablehlo.compare GT, %1, %cst_4, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %3 = stablehlo.convert %2 : (tensor<i1>) -> tensor<i32>
    %4 = "stablehlo.case"(%3) ({
      %43 = stablehlo.tanh %0 : tensor<?x16xf32>
      stablehlo.return %43 : tensor<?x16xf32>
    }, {
      %43 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
      %44 = stablehlo.concatenate %43, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %45 = stablehlo.dynamic_broadcast_in_dim %cst_3, %44, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
      %46 = stablehlo.multiply %0, %45 : tensor<?x16xf32>
      stablehlo.return %46 : tensor<?x16xf32>
    }) : (tensor<i32>) -> tensor<?x16xf32>
    %5 = call @cumsum(%arg0, %4) : (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %6 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %7 = stablehlo.concatenate %6, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %8 = stablehlo.dynamic_broadcast_in_dim %cst_1, %7, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x16xf32>
    %9 = stablehlo.multiply %5, %8 : tensor<?x16xf32>
    %10 = stablehlo.reduce(%9 init: %cst) applies stablehlo.maximum across dimensions = [1] : (tensor<?x16xf32>, tensor<f32>) -> tensor<?xf32>
    %11 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.dynamic_broadcast_in_dim %cst, %11, dims = [] : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %13 = stablehlo.maximum %12, %10 : tensor<?xf32>
    %14 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %15 = stablehlo.concatenate %14, %c_0, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %16 = stablehlo.dynamic_broadcast_in_dim %13, %15, dims = [0] : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %17 = stablehlo.is_finite %16 : (tensor<?x1xf32>) -> tensor<?x1xi1>
    %18 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %19 = stablehlo.concatenate %18, %c_0, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %20 = stablehlo.dynamic_broadcast_in_dim %cst_4, %19, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %21 = stablehlo.select %17, %16, %20 : tensor<?x1xi1>, tensor<?x1xf32>
    %22 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %23 = stablehlo.concatenate %22, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %24 = stablehlo.dynamic_broadcast_in_dim %21, %23, dims = [0, 1] : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %25 = stablehlo.subtract %9, %24 : tensor<?x16xf32>
    %26 = stablehlo.exponential %25 : tensor<?x16xf32>
    %27 = stablehlo.reduce(%26 init: %cst_4) applies stablehlo.add across dimensions = [1] : (tensor<?x16xf32>, tensor<f32>) -> tensor<?xf32>
    %28 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.concatenate %28, %c_0, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %30 = stablehlo.dynamic_broadcast_in_dim %27, %29, dims = [0] : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %31 = stablehlo.abs %30 : tensor<?x1xf32>
    %32 = stablehlo.log %31 : tensor<?x1xf32>
    %33 = stablehlo.add %32, %21 : tensor<?x1xf32>
    %34 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %35 = stablehlo.concatenate %34, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %36 = stablehlo.dynamic_broadcast_in_dim %33, %35, dims = [0, 1] : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %37 = stablehlo.subtract %9, %36 : tensor<?x16xf32>
    %38 = stablehlo.concatenate %37, %37, dim = 0 : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    %39 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %40 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.concatenate %40, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %42 = "stablehlo.dynamic_gather"(%38, %39, %41) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x16xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x16xf32>
    return %42 : tensor<?x16xf32>
  }
  func.func private @cumsum(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x16xf32>) -> tensor<?x16xf32> {
    %0 = call @cumsum_0(%arg0, %arg1) : (tensor<i32>, tensor<?x16xf32>) -> tensor<?x16xf32>
    return %0 : tensor<?x16xf32>
  }
  func.func private @cumsum_0(%arg0: tensor<i32>, %arg1: tensor<?x16xf32>) -> tensor<?x16xf32> {
    %c = stablehlo.constant dense<1> : tensor<1xi32>
    %c_0 = stablehlo.constant dense<0> : tensor<1xi32>
    %c_1 = stablehlo.constant dense<-1> : tensor<i32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<f32>
    %1 = stablehlo.convert %arg0 : tensor<i32>
    %2 = stablehlo.add %1, %c_1 : tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.concatenate %3, %c_0, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %5 = stablehlo.reshape %4 : (tensor<2xi32>) -> tensor<1x2xi32>
    %6 = stablehlo.concatenate %c_0, %c_0, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %7 = stablehlo.reshape %6 : (tensor<2xi32>) -> tensor<1x2xi32>
    %8 = stablehlo.concatenate %5, %7, dim = 0 : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<2x2xi32>
    %9 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.concatenate %9, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %11 = stablehlo.concatenate %c, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %12 = stablehlo.concatenate %c, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %13 = stablehlo.concatenate %c, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %14 = stablehlo.custom_call @stablehlo.dynamic_reduce_window(%arg1, %0, %10, %11, %12, %13, %8) {api_version = 2 : i32, called_computations = [@reduce_window_float32_reducer]} : (tensor<?x16xf32>, tensor<f32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<?x16xf32>
    return %14 : tensor<?x16xf32>
  }
}
