"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<4x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg11: tensor<4x24xf32>, %arg12: tensor<24xf32>, %arg13: tensor<24x24xf32>, %arg14: tensor<24xi32>):
    %28 = "stablehlo.constant"() <{value = dense<"0xAD72AC3D29815F3D3D8BEBBCD4DE6EBDA832793CE131673DFB4762BC5DB8D1BCED0B363DB002B83DC8EF0EBD2BCB1EBD8333023DC384D83B0F801CBC36D113BCADFDA43C0463EDBDB124653C4540F33CC43280BB29FC79BD7FD5873D25CD6F3D934E7CBDB563B63C912FB2BB7A7E003DDC46B93C07423ABDBC85253DE3E2683C37FEC4BCD7809D3D3172983B30FB303DBF37EDBCE72B6EBBE804343CE18F4B3D44E9713CE5EFD83B03634CBC16A415BB6F2EDFBC3C9AA3BC813A4ABD67E537BDF93055BBA07D8FB9A4EC423D3B7EC93C21BD45BCA11139BD910BA03CF9E32ABD93612F3D8FCF62BCD8824E3D20E688BC011910BD7FF0F3BCEBF168BD878B0A3D698D303DF6390E3D2B747F3DD430B0BDA3B0C03D81E7BD3C916226BD334C99BC4934493CE07D7CBC895FA93DBD0F363BDB41EE3CC70A0F3C27A7663CF7B947BD5FF1873DF8B6E33A756420BDF1E1593D1FAB723D24175A3DF16D7DBD6092513DCF0EDE3B85A9613D8E9BA5BD2752493D4890B2BD97CC443DA82B57BC6FD8BFBD74F13DBD378A173CC9FE9CBCCB69E1BD05B82BBC5130E63BF75D95BD50E381BB637612BC3172033D629FA1BD7B9947BDBF458F3CBDDD3DBD2C54D93976929F3C317C203CCD12553DDD781DBDB1733FBD59ED8F3D72D5813D0CEDDABC12F2983C21640BBDB34B6FBC13EC733D79F49C3CF4E2D03C70FED53AD43CE83C83FD97BB4D39873CB0094D3BD45A60BCC92ED6BC338C383A1142B43C6FE65DBDA0D4593D910F4B3DBB4E933B059992BC3CCD623C075E4E3D534613BDD0F4F13C455085BB7F874EBDF3E8953C04D51EBDB933883DB7171E3D55E1CE3C75E298BC005E503B76E4143DD7FC673D94D1E83CB42307BD40937ABD4C7E653CB51418BDA1A4103C8C96873C782F70BD672B12BD7ED39E3B2D709D3CF4290C3D79D90D3C6B8D6C3D10E68EBD8D24103DDD01F13CECFA89BD9D5249BCF051323D1802093D28C6923C31EE43BC63564F3C4CB4C6BC6D0BE43CD5B25B3D97FE8D3D54A35EBD80C5273DB533383D6B971DBDB176AA3C9589603C9F7773BD13AF4F3CBD51C13BCC8B753BB831DB3CCC8459BC7BD165BD26529B3DD3B491BB63634CBC000717BD932DE1BB2CAD4EBD2F08C6BCE0BC823C17B4AA3CAC8B033D41F1D13B3D8781BC3455FABCD2BF9BBDCBE119BDC6EC9E3C0BB140BDA33D1D3DD7D8A23CF37EB8BDE7CB4CBDD79F9C3C5DBE953B85CB0B3DD476E13C54A233BC581F97BDD1D225BD8E84083EE4EEF3BCFD4E1CBD4D711CBD954EC43D9BCCD33B4B9F0DBD3D0E863CCBB7D3BC7EB522BD58F1DF3BBF8E31BCBD30CEBC58E50EBD78A7A13D1866B2BD51B0B53D97A9293DB888DF3B89ABDEBA172060BDDC70EB3D01100C3DD6EF233D2E4A93BDBDFE39BDE7F3073D2BD03DBD28B8203C2055953ADD2E0D3CD0F63EBDC15CCE3CC48BA0BC2EAE813BB9AC28BD6BA2A13D194B70BCFB31CF3B99BFB53C5D2A433BE3A284BBD3E14C3DADF1C93D951B7DBC74AF16BCF714273C59B9C2BD499589BD57A8023C4C71D73B287054BCCC95AC3C711F64BCBB806B3D1B63773DF17A8E3DB17B83BCE900C6BC60B1003D297A86BC5FE5323D57E703BD61C5D1BC376D98BBFF0B393CB0AE823C57F391BD2F08BF3C9FD2113D581E9F397DF77DBDFC725B3D515CBBB9397C0EBD064915BD13853CBCFF4F28BC70E5063CF5AAD93CE4355CBDAFD1813DFBA6AFBBAC47CDBC84BAE53B4D603A3C854427BDB748B83BA59FB23C80990F3D8769213CC943573D8DC4B23BB1C5A5BDD438003D518C26BD31B5293C8D04EC3C4D1D783D5BDA80BCE31108BD44CDBBBC77214D3D35A3E3BC312EA23C457EC93BC595E53BC567F8BBE588923CCDC6A1BDE031363D135AC63CD37B403C040A263C3CE5903D3C2D50BC5508523CD049D4BC2747A93CAD4F73BD40EEACBD5C0CF33C31751E3DD13F3CBD2CC3B23D1329A33DFD36A3BDE818A33C9B2AC6BCBC90E33BEC294A3DE87C553D3F723DBB49D56DBD29BF8FBC5356D63C3C421E3CB3AD253DDB6D05BD08157CBD767D083C5CB1BD3DCD24AB3C40B4D5BC814F0E3D046C70BD41550BBC77F4FBBCD70DE83C819FAC3CDCBB16BB43C2183D431F483DE5B69BBDA9BE42BC91EE1FBD51801DBDCD535C3DE700213D8BD7DB3C494F8D3B2850FABC4BC963BD60AE7C3D6969FA3CB8AA9E3CCD40383D2187BEBD289F3C3CA0A7B33D3D4E33BD172C3C3D11592BBC23D7A53D318F623D2CD5BDBD7B4A1DBDC09E21BD035995BD33502F3D69DD043D130D203D37E3193CD14B98BB4FF6D4B95DD30F3D805321BD865C0D3DB146DF3CA302F73C7F68833CD0E237BCB1CC70BDABA510BC457886BD8812073C95BA76BCE352F23B674F3BBB5F2D68BD588B2F3DB5E4A1BDBBA22B3C33752ABDB7A922BD2D3D3EBD7724C93B937A793D133CDB3DE5BF98BD3896DA3B2C0ED1BC79C2443D2FE365BC1F0C243D5FD8223DCC49A73B7F58C8BD17EDC73C7FC9AEBD837C973C9019A6BC52340E3D7C8770BC1BF5FF3B7B2C8F3D9BE0B5BC0EE5073D79A09BBD7FCFC2BC0CA8C83B297360BDB4EB56BC9D868DBD5997073DE420313C23E507BDC533873C518385BD9F9D133DA9988A3B3B6F683D9350CC3CE01F3B3C6D80E4BCCB998DBD6D27BA3CB038313DB1A4533DAB14493C6987A1BB2FB28ABC83ACEE3C9354B7BCC0F13D3DABEE493D89AFA8BC40FA283C8710E73BD93755BD24C435BDD127033DC0B8503DA5CB323CD1B4683CBD91B03C640FB43BB4FAFA3DA0BFEDBBF84A2FBDC70DFE3C297D01BDC60C113D817A0ABD90A48E3CEB450BBD30F662BD9B10383DD1E459BD6DB967BC79AEB4BC2FDD883C7F13913CB0D8B43C1F498E3C0D7309BBF14C99BDF0C0603C6DA733BD920F9F3D65D51F3DE956793C9FBA90BDFFCB3F3DE2919CBB0B2B293DF98366BD4507B2BD750844BC14600ABD5F8E913C98C133BD28194BBB5755B53D706D19BC55FDCE3CF139233CA94BFB3C7BED2ABC4DE23D3D3DCF43BDD04C513D00FE4C3D89A5973C0F2EC83C609F5F3DC0236B3C3880B93D98F1BEBD9CB7BBBCE91B24BD518E143D87B0603C4317473DC57EA23B29442CBD3787A53C943AF23C0D3FC43D732809BC089984BD659EF2BCDB79DB3CFFF110BC80AC843C536859BC8594F73C6621123D23424ABBC5B902BD2DC5CABDD74C123D0F23F2BB6BF1883C44B1E1BD196FA7BC0867213D0DFC73BDFE9903BDD6A219BDDD6A6DBD1DFA763C75796BBC"> : tensor<24x24xf32>}> : () -> tensor<24x24xf32>
    %29 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %30 = "func.call"(%arg11, %29) <{callee = @_pad}> : (tensor<4x24xf32>, tensor<i32>) -> tensor<5x24xf32>
    %31 = "stablehlo.slice"(%30) <{limit_indices = array<i64: 4, 24>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<5x24xf32>) -> tensor<4x24xf32>
    %32 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %33:3 = "stablehlo.while"(%arg14, %32, %31) ({
    ^bb0(%arg20: tensor<24xi32>, %arg21: tensor<i32>, %arg22: tensor<4x24xf32>):
      %72 = "stablehlo.slice"(%arg20) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<24xi32>) -> tensor<1xi32>
      %73 = "stablehlo.reshape"(%72) : (tensor<1xi32>) -> tensor<i32>
      %74 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %75 = "func.call"(%73, %74) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %76 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %77 = "stablehlo.add"(%76, %75) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %78 = "stablehlo.compare"(%arg21, %77) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%78) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg17: tensor<24xi32>, %arg18: tensor<i32>, %arg19: tensor<4x24xf32>):
      %65 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %66 = "stablehlo.add"(%arg18, %65) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %67 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
      %68 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
      %69 = "stablehlo.multiply"(%arg19, %68) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
      %70 = "stablehlo.sine"(%arg19) : (tensor<4x24xf32>) -> tensor<4x24xf32>
      %71 = "stablehlo.add"(%69, %70) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
      "stablehlo.return"(%arg17, %66, %71) : (tensor<24xi32>, tensor<i32>, tensor<4x24xf32>) -> ()
    }) : (tensor<24xi32>, tensor<i32>, tensor<4x24xf32>) -> (tensor<24xi32>, tensor<i32>, tensor<4x24xf32>)
    %34 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %35 = "stablehlo.constant"() <{value = dense<23> : tensor<i32>}> : () -> tensor<i32>
    %36 = "func.call"(%arg14, %34, %35) <{callee = @clip}> : (tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>
    %37 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %38 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %39 = "stablehlo.compare"(%36, %38) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi1>
    %40 = "stablehlo.constant"() <{value = dense<24> : tensor<i32>}> : () -> tensor<i32>
    %41 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %42 = "stablehlo.add"(%36, %41) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %43 = "stablehlo.select"(%39, %42, %36) : (tensor<24xi1>, tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64: 0>}> : (tensor<24xi32>) -> tensor<24x1xi32>
    %45 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %46 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %47 = "stablehlo.scatter"(%33#2, %44, %46) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1], index_vector_dim = 1>, unique_indices = false}> ({
    ^bb0(%arg15: tensor<f32>, %arg16: tensor<f32>):
      %64 = "stablehlo.add"(%arg15, %arg16) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%64) : (tensor<f32>) -> ()
    }) : (tensor<4x24xf32>, tensor<24x1xi32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %48 = "func.call"(%47) <{callee = @relu}> : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %49 = "stablehlo.slice"(%arg14) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<24xi32>) -> tensor<1xi32>
    %50 = "stablehlo.reshape"(%49) : (tensor<1xi32>) -> tensor<i32>
    %51 = "stablehlo.constant"() <{value = dense<24> : tensor<i32>}> : () -> tensor<i32>
    %52 = "func.call"(%50, %51) <{callee = @remainder}> : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %53 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %54 = "stablehlo.compare"(%52, %53) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %55 = "stablehlo.constant"() <{value = dense<24> : tensor<i32>}> : () -> tensor<i32>
    %56 = "stablehlo.add"(%52, %55) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %57 = "stablehlo.select"(%54, %56, %52) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %58 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %59 = "stablehlo.dynamic_slice"(%48, %58, %57) <{slice_sizes = array<i64: 4, 2>}> : (tensor<4x24xf32>, tensor<i32>, tensor<i32>) -> tensor<4x2xf32>
    %60 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %61 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %62 = "stablehlo.dynamic_update_slice"(%48, %59, %60, %61) : (tensor<4x24xf32>, tensor<4x2xf32>, tensor<i32>, tensor<i32>) -> tensor<4x24xf32>
    %63 = "stablehlo.dot_general"(%62, %28) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<4x24xf32>, tensor<24x24xf32>) -> tensor<4x24xf32>
    "func.return"(%63) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x24xf32>, tensor<i32>) -> tensor<5x24xf32>, res_attrs = [{}], sym_name = "_pad", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<4x24xf32>, %arg10: tensor<i32>):
    %26 = "stablehlo.convert"(%arg10) : (tensor<i32>) -> tensor<f32>
    %27 = "stablehlo.pad"(%arg9, %26) <{edge_padding_high = array<i64: 0, 0>, edge_padding_low = array<i64: 1, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<4x24xf32>, tensor<f32>) -> tensor<5x24xf32>
    "func.return"(%27) : (tensor<5x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<i32>):
    %10 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %11 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %12 = "stablehlo.compare"(%10, %11) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %13 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %14 = "func.call"(%12, %13, %10) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %15 = "stablehlo.remainder"(%arg7, %14) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %16 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %17 = "stablehlo.compare"(%15, %16) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %18 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.compare"(%15, %18) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %20 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %21 = "stablehlo.compare"(%14, %20) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %22 = "stablehlo.compare"(%19, %21) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %23 = "stablehlo.and"(%22, %17) : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %24 = "stablehlo.add"(%15, %14) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %25 = "stablehlo.select"(%23, %24, %15) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%25) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i1>, %arg5: tensor<i32>, %arg6: tensor<i32>):
    %9 = "stablehlo.select"(%arg4, %arg5, %arg6) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%9) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>, res_attrs = [{}], sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg1: tensor<24xi32>, %arg2: tensor<i32>, %arg3: tensor<i32>):
    %3 = "stablehlo.convert"(%arg2) : (tensor<i32>) -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %5 = "stablehlo.maximum"(%4, %arg1) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %6 = "stablehlo.convert"(%arg3) : (tensor<i32>) -> tensor<i32>
    %7 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %8 = "stablehlo.minimum"(%7, %5) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    "func.return"(%8) : (tensor<24xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x24xf32>) -> tensor<4x24xf32>, res_attrs = [{}], sym_name = "relu", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x24xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %2 = "stablehlo.maximum"(%arg0, %1) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    "func.return"(%2) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
