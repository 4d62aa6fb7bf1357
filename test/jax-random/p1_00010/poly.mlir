module @jit_fn attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<?x24xf32>, %arg1: tensor<24xf32>, %arg2: tensor<24x24xf32>, %arg3: tensor<24xi32>) -> (tensor<?x24xf32> {jax.result_info = "result[0]"}) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x24xf32>) -> tensor<i32>
    %1 = stablehlo.compare GE, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%1, %0) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 24). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i32>) -> ()
    %2 = call @_wrapped_jax_export_main(%0, %arg0, %arg1, %arg2, %arg3) : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    return %2 : tensor<?x24xf32>
  }
  func.func private @_wrapped_jax_export_main(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x24xf32>, %arg2: tensor<24xf32>, %arg3: tensor<24x24xf32>, %arg4: tensor<24xi32>) -> (tensor<?x24xf32> {jax.result_info = "result[0]"}) {
    %c = stablehlo.constant dense<1> : tensor<1xi32>
    %c_0 = stablehlo.constant dense<0> : tensor<1xi32>
    %c_1 = stablehlo.constant dense<2> : tensor<1xi32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %c_2 = stablehlo.constant dense<23> : tensor<i32>
    %cst_3 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %c_4 = stablehlo.constant dense<1> : tensor<i32>
    %c_5 = stablehlo.constant dense<2> : tensor<i32>
    %c_6 = stablehlo.constant dense<24> : tensor<1xi32>
    %c_7 = stablehlo.constant dense<24> : tensor<i32>
    %cst_8 = stablehlo.constant dense<"0xAD72AC3D29815F3D3D8BEBBCD4DE6EBDA832793CE131673DFB4762BC5DB8D1BCED0B363DB002B83DC8EF0EBD2BCB1EBD8333023DC384D83B0F801CBC36D113BCADFDA43C0463EDBDB124653C4540F33CC43280BB29FC79BD7FD5873D25CD6F3D934E7CBDB563B63C912FB2BB7A7E003DDC46B93C07423ABDBC85253DE3E2683C37FEC4BCD7809D3D3172983B30FB303DBF37EDBCE72B6EBBE804343CE18F4B3D44E9713CE5EFD83B03634CBC16A415BB6F2EDFBC3C9AA3BC813A4ABD67E537BDF93055BBA07D8FB9A4EC423D3B7EC93C21BD45BCA11139BD910BA03CF9E32ABD93612F3D8FCF62BCD8824E3D20E688BC011910BD7FF0F3BCEBF168BD878B0A3D698D303DF6390E3D2B747F3DD430B0BDA3B0C03D81E7BD3C916226BD334C99BC4934493CE07D7CBC895FA93DBD0F363BDB41EE3CC70A0F3C27A7663CF7B947BD5FF1873DF8B6E33A756420BDF1E1593D1FAB723D24175A3DF16D7DBD6092513DCF0EDE3B85A9613D8E9BA5BD2752493D4890B2BD97CC443DA82B57BC6FD8BFBD74F13DBD378A173CC9FE9CBCCB69E1BD05B82BBC5130E63BF75D95BD50E381BB637612BC3172033D629FA1BD7B9947BDBF458F3CBDDD3DBD2C54D93976929F3C317C203CCD12553DDD781DBDB1733FBD59ED8F3D72D5813D0CEDDABC12F2983C21640BBDB34B6FBC13EC733D79F49C3CF4E2D03C70FED53AD43CE83C83FD97BB4D39873CB0094D3BD45A60BCC92ED6BC338C383A1142B43C6FE65DBDA0D4593D910F4B3DBB4E933B059992BC3CCD623C075E4E3D534613BDD0F4F13C455085BB7F874EBDF3E8953C04D51EBDB933883DB7171E3D55E1CE3C75E298BC005E503B76E4143DD7FC673D94D1E83CB42307BD40937ABD4C7E653CB51418BDA1A4103C8C96873C782F70BD672B12BD7ED39E3B2D709D3CF4290C3D79D90D3C6B8D6C3D10E68EBD8D24103DDD01F13CECFA89BD9D5249BCF051323D1802093D28C6923C31EE43BC63564F3C4CB4C6BC6D0BE43CD5B25B3D97FE8D3D54A35EBD80C5273DB533383D6B971DBDB176AA3C9589603C9F7773BD13AF4F3CBD51C13BCC8B753BB831DB3CCC8459BC7BD165BD26529B3DD3B491BB63634CBC000717BD932DE1BB2CAD4EBD2F08C6BCE0BC823C17B4AA3CAC8B033D41F1D13B3D8781BC3455FABCD2BF9BBDCBE119BDC6EC9E3C0BB140BDA33D1D3DD7D8A23CF37EB8BDE7CB4CBDD79F9C3C5DBE953B85CB0B3DD476E13C54A233BC581F97BDD1D225BD8E84083EE4EEF3BCFD4E1CBD4D711CBD954EC43D9BCCD33B4B9F0DBD3D0E863CCBB7D3BC7EB522BD58F1DF3BBF8E31BCBD30CEBC58E50EBD78A7A13D1866B2BD51B0B53D97A9293DB888DF3B89ABDEBA172060BDDC70EB3D01100C3DD6EF233D2E4A93BDBDFE39BDE7F3073D2BD03DBD28B8203C2055953ADD2E0D3CD0F63EBDC15CCE3CC48BA0BC2EAE813BB9AC28BD6BA2A13D194B70BCFB31CF3B99BFB53C5D2A433BE3A284BBD3E14C3DADF1C93D951B7DBC74AF16BCF714273C59B9C2BD499589BD57A8023C4C71D73B287054BCCC95AC3C711F64BCBB806B3D1B63773DF17A8E3DB17B83BCE900C6BC60B1003D297A86BC5FE5323D57E703BD61C5D1BC376D98BBFF0B393CB0AE823C57F391BD2F08BF3C9FD2113D581E9F397DF77DBDFC725B3D515CBBB9397C0EBD064915BD13853CBCFF4F28BC70E5063CF5AAD93CE4355CBDAFD1813DFBA6AFBBAC47CDBC84BAE53B4D603A3C854427BDB748B83BA59FB23C80990F3D8769213CC943573D8DC4B23BB1C5A5BDD438003D518C26BD31B5293C8D04EC3C4D1D783D5BDA80BCE31108BD44CDBBBC77214D3D35A3E3BC312EA23C457EC93BC595E53BC567F8BBE588923CCDC6A1BDE031363D135AC63CD37B403C040A263C3CE5903D3C2D50BC5508523CD049D4BC2747A93CAD4F73BD40EEACBD5C0CF33C31751E3DD13F3CBD2CC3B23D1329A33DFD36A3BDE818A33C9B2AC6BCBC90E33BEC294A3DE87C553D3F723DBB49D56DBD29BF8FBC5356D63C3C421E3CB3AD253DDB6D05BD08157CBD767D083C5CB1BD3DCD24AB3C40B4D5BC814F0E3D046C70BD41550BBC77F4FBBCD70DE83C819FAC3CDCBB16BB43C2183D431F483DE5B69BBDA9BE42BC91EE1FBD51801DBDCD535C3DE700213D8BD7DB3C494F8D3B2850FABC4BC963BD60AE7C3D6969FA3CB8AA9E3CCD40383D2187BEBD289F3C3CA0A7B33D3D4E33BD172C3C3D11592BBC23D7A53D318F623D2CD5BDBD7B4A1DBDC09E21BD035995BD33502F3D69DD043D130D203D37E3193CD14B98BB4FF6D4B95DD30F3D805321BD865C0D3DB146DF3CA302F73C7F68833CD0E237BCB1CC70BDABA510BC457886BD8812073C95BA76BCE352F23B674F3BBB5F2D68BD588B2F3DB5E4A1BDBBA22B3C33752ABDB7A922BD2D3D3EBD7724C93B937A793D133CDB3DE5BF98BD3896DA3B2C0ED1BC79C2443D2FE365BC1F0C243D5FD8223DCC49A73B7F58C8BD17EDC73C7FC9AEBD837C973C9019A6BC52340E3D7C8770BC1BF5FF3B7B2C8F3D9BE0B5BC0EE5073D79A09BBD7FCFC2BC0CA8C83B297360BDB4EB56BC9D868DBD5997073DE420313C23E507BDC533873C518385BD9F9D133DA9988A3B3B6F683D9350CC3CE01F3B3C6D80E4BCCB998DBD6D27BA3CB038313DB1A4533DAB14493C6987A1BB2FB28ABC83ACEE3C9354B7BCC0F13D3DABEE493D89AFA8BC40FA283C8710E73BD93755BD24C435BDD127033DC0B8503DA5CB323CD1B4683CBD91B03C640FB43BB4FAFA3DA0BFEDBBF84A2FBDC70DFE3C297D01BDC60C113D817A0ABD90A48E3CEB450BBD30F662BD9B10383DD1E459BD6DB967BC79AEB4BC2FDD883C7F13913CB0D8B43C1F498E3C0D7309BBF14C99BDF0C0603C6DA733BD920F9F3D65D51F3DE956793C9FBA90BDFFCB3F3DE2919CBB0B2B293DF98366BD4507B2BD750844BC14600ABD5F8E913C98C133BD28194BBB5755B53D706D19BC55FDCE3CF139233CA94BFB3C7BED2ABC4DE23D3D3DCF43BDD04C513D00FE4C3D89A5973C0F2EC83C609F5F3DC0236B3C3880B93D98F1BEBD9CB7BBBCE91B24BD518E143D87B0603C4317473DC57EA23B29442CBD3787A53C943AF23C0D3FC43D732809BC089984BD659EF2BCDB79DB3CFFF110BC80AC843C536859BC8594F73C6621123D23424ABBC5B902BD2DC5CABDD74C123D0F23F2BB6BF1883C44B1E1BD196FA7BC0867213D0DFC73BDFE9903BDD6A219BDDD6A6DBD1DFA763C75796BBC"> : tensor<24x24xf32>
    %c_9 = stablehlo.constant dense<0> : tensor<i32>
    %0 = call @_pad(%arg0, %arg1, %c_9) : (tensor<i32>, tensor<?x24xf32>, tensor<i32>) -> tensor<?x24xf32>
    %1 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.concatenate %2, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %4 = "stablehlo.dynamic_gather"(%0, %1, %3) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], start_index_map = [0]>, indices_are_sorted = true}> : (tensor<?x24xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<?x24xf32>
    %5:3 = stablehlo.while(%iterArg = %arg4, %iterArg_10 = %c_9, %iterArg_11 = %4) : tensor<24xi32>, tensor<i32>, tensor<?x24xf32>
    cond {
      %39 = stablehlo.slice %iterArg [0:1] : (tensor<24xi32>) -> tensor<1xi32>
      %40 = stablehlo.reshape %39 : (tensor<1xi32>) -> tensor<i32>
      %41 = func.call @remainder(%arg0, %40, %c_5) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
      %42 = stablehlo.add %c_5, %41 : tensor<i32>
      %43 = stablehlo.compare LT, %iterArg_10, %42, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %43 : tensor<i1>
    } do {
      %39 = stablehlo.add %iterArg_10, %c_4 : tensor<i32>
      %40 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
      %41 = stablehlo.concatenate %40, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %42 = stablehlo.dynamic_broadcast_in_dim %cst_3, %41, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
      %43 = stablehlo.multiply %iterArg_11, %42 : tensor<?x24xf32>
      %44 = stablehlo.sine %iterArg_11 : tensor<?x24xf32>
      %45 = stablehlo.add %43, %44 : tensor<?x24xf32>
      stablehlo.return %iterArg, %39, %45 : tensor<24xi32>, tensor<i32>, tensor<?x24xf32>
    }
    %6 = call @clip(%arg0, %arg4, %c_9, %c_2) : (tensor<i32>, tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>
    %7 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<i32>) -> tensor<24xi32>
    %8 = stablehlo.compare LT, %6, %7, SIGNED : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi1>
    %9 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<24xi32>
    %10 = stablehlo.add %6, %9 : tensor<24xi32>
    %11 = stablehlo.select %8, %10, %6 : tensor<24xi1>, tensor<24xi32>
    %12 = stablehlo.broadcast_in_dim %11, dims = [0] : (tensor<24xi32>) -> tensor<24x1xi32>
    %13 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %13, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst, %14, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %16 = "stablehlo.scatter"(%5#2, %12, %15) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1], index_vector_dim = 1>}> ({
    ^bb0(%arg5: tensor<f32>, %arg6: tensor<f32>):
      %39 = stablehlo.add %arg5, %arg6 : tensor<f32>
      stablehlo.return %39 : tensor<f32>
    }) : (tensor<?x24xf32>, tensor<24x1xi32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %17 = call @relu(%arg0, %16) : (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %18 = stablehlo.slice %arg4 [0:1] : (tensor<24xi32>) -> tensor<1xi32>
    %19 = stablehlo.reshape %18 : (tensor<1xi32>) -> tensor<i32>
    %20 = call @remainder(%arg0, %19, %c_7) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %21 = stablehlo.compare LT, %20, %c_9, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %22 = stablehlo.add %20, %c_7 : tensor<i32>
    %23 = stablehlo.select %21, %22, %20 : tensor<i1>, tensor<i32>
    %24 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %25 = stablehlo.concatenate %24, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %26 = stablehlo.concatenate %c_0, %c_0, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %27 = stablehlo.reshape %c_9 : (tensor<i32>) -> tensor<1xi32>
    %28 = stablehlo.reshape %23 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.concatenate %27, %28, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %30 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.concatenate %30, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %32 = stablehlo.subtract %31, %25 : tensor<2xi32>
    %33 = stablehlo.clamp %26, %29, %32 : tensor<2xi32>
    %34 = stablehlo.add %33, %25 : tensor<2xi32>
    %35 = stablehlo.concatenate %c, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %36 = stablehlo.real_dynamic_slice %17, %33, %34, %35 : (tensor<?x24xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<?x2xf32>
    %37 = stablehlo.dynamic_update_slice %17, %36, %c_9, %c_9 : (tensor<?x24xf32>, tensor<?x2xf32>, tensor<i32>, tensor<i32>) -> tensor<?x24xf32>
    %38 = stablehlo.dot_general %37, %cst_8, contracting_dims = [1] x [0] : (tensor<?x24xf32>, tensor<24x24xf32>) -> tensor<?x24xf32>
    return %38 : tensor<?x24xf32>
  }
  func.func private @_pad(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x24xf32>, %arg2: tensor<i32>) -> tensor<?x24xf32> {
    %0 = stablehlo.convert %arg2 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.pad %arg1, %0, low = [1, 0], high = [0, 0], interior = [0, 0] : (tensor<?x24xf32>, tensor<f32>) -> tensor<?x24xf32>
    return %1 : tensor<?x24xf32>
  }
  func.func private @remainder(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.convert %arg2 : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c_0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %2 = call @_where(%arg0, %1, %c, %0) : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.remainder %arg1, %2 : tensor<i32>
    %4 = stablehlo.compare NE, %3, %c_0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = stablehlo.compare LT, %3, %c_0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %6 = stablehlo.compare LT, %2, %c_0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.compare NE, %5, %6, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %8 = stablehlo.and %7, %4 : tensor<i1>
    %9 = stablehlo.add %3, %2 : tensor<i32>
    %10 = stablehlo.select %8, %9, %3 : tensor<i1>, tensor<i32>
    return %10 : tensor<i32>
  }
  func.func private @_where(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<i1>, %arg2: tensor<i32>, %arg3: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg1, %arg2, %arg3 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @clip(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<24xi32>, %arg2: tensor<i32>, %arg3: tensor<i32>) -> tensor<24xi32> {
    %0 = stablehlo.convert %arg2 : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<i32>) -> tensor<24xi32>
    %2 = stablehlo.maximum %1, %arg1 : tensor<24xi32>
    %3 = stablehlo.convert %arg3 : tensor<i32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i32>) -> tensor<24xi32>
    %5 = stablehlo.minimum %4, %2 : tensor<24xi32>
    return %5 : tensor<24xi32>
  }
  func.func private @relu(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x24xf32>) -> tensor<?x24xf32> {
    %c = stablehlo.constant dense<24> : tensor<1xi32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.concatenate %0, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2 = stablehlo.dynamic_broadcast_in_dim %cst, %1, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %3 = stablehlo.maximum %arg1, %2 : tensor<?x24xf32>
    return %3 : tensor<?x24xf32>
  }
}
