"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg11: tensor<?x24xf32>, %arg12: tensor<24xf32>, %arg13: tensor<24x24xf32>, %arg14: tensor<24xi32>):
    %29 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %30 = "stablehlo.get_dimension_size"(%arg11) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %31 = "stablehlo.compare"(%30, %29) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%31, %30) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 24). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %32 = "func.call"(%30, %arg11, %arg12, %arg13, %arg14) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    "func.return"(%32) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<?x24xf32>, %arg6: tensor<24xf32>, %arg7: tensor<24x24xf32>, %arg8: tensor<24xi32>):
    %11 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %12 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %13 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %14 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %16 = "stablehlo.constant"() <{value = dense<"0x63A6143D685512BDDA5D9D3D535187BCEF51023D300771BC2C99093AC1B36DBC7583683DE334193D40FA3DBD2F54FABCE4BC053DBCA8BEBB9B48E2BCC00F2BBCB584B03C698804BDEDC7043CA5010B3DD8C6813CEC9D283A5461BABCED2B023DBB46F63C54C33F3DB8455A3DFB8AD3BC21FFD73B9905253D471B90BD4C005FBDBDFAA33C4BE5EBBCF8C292BD6749F6BCFFDF8C3B64B46F3D7C4C373CF225A9BBA07F7DBAABA54FBD3B08843D06E908BB4786AE3D757D713C418DB2BB97D4713DCD91A63C5C43B7BBCF28963C1B2A7DBC90303A3C8BDC023EAD8D81BD1552DE3D353A8C3C78273FBDA00027BD2B34903DBDAC20BDC1A3FCBCD33D9CBD707F3BBD17EAF5BCDD23983CB92FF7BC0D5DB0BCF9B8293D00874EBC9BD1243DCC35B6BCC93274BC28B5253D2C8053BDBB9C0D3D6C7445BBA3FC5B3D4564AEBC60FCA53C372D5C3DFA21063D34B25E3CB3789BBC7BD6BF3C105DD23DDF05163C4918C53DE460713DF1AC073C4096B6BC66109BBC381236BD8FEF8B3C745A9ABB732B0FBD843BBDBC03DA283A0009283CB14F85BCF9165F3BBCE2FFBBA74062BC41AA813D6C008DBCF7007B3C91613D3D208C963D079E08BB2957F1BC8D6E64BDB06BBBBDBC54E73CAF271CBD6B16213D618DC5BCF97A81BCAC0AB7B9CF470FBD9F72A73C95A980BC5C2B81BDC95C303B60608CBDB720CEBC91D72B3D2BDB3FBDBD14C1BCA9B9D6BCCB6AAFBC1B361E3C1F0938BD3453B2BB341EE33C358BBEBC094F21BC439748BD0FB6423D2A0C053D0D87903BD920B73D757936BD7941A93A319E993D15175FBD9C5E753D48684C3D199D74BDFB3913BCDBD1853D3C1703BCACA7E7BC49EFD5BA1F75823C6B68A83D27B6DE3C376868BDFF956A3DB8B7D43C721E82BCF469A3BBF92DE4BCE0B1A03C336F08BC5FF176BD05F78CBBF7101D3DC8C547BDDA7B843CCC7B7B3DC016A7BC95138BBC907BBEBDE8DFB83C943A7BBDD8BF4FBD6006E5BCDC37C8BBB0E4BF3B885E21BC68B3733D41761ABD1D1AC2BD31B7BDBAB8B12DBC538CDBBBEB7241BD3422B43CAFA1123D84578A3CDA96283C7B7EA7BA0F0C3DBDFBDDEF3C55B4EFBC852E87BB0677803C1B764CBD0F3AB93B65EB9DBD573152BC49D2CA3CD846833DF30A96BD74B2593D9B7F1D3C5B4536BBFB39CA3C6926FC3C7BC790BCF3CEE6BB203E3EBA102301BD9BF06EBD91968E3DE9773E3D6328CB3C0DDE573D819124BCD75B323D625A93BD9BFB2FBCED298BBC97FF95BDF1DEB73D37E7AD3C4C8D603B150ECB3AAFBB51BC6857D73C1E5C14BDFD54393D9B0B773C531E1E3DC03D8A3BF0A3483D1D7CC6BDB2208DBD23E4F63BD487023CBB110CBD484F243C01656F3CD7C86B3DE9ED6B3DB4CD60BD37662A3DF3B86CBC094039BD69EFF33C0B3F023DD0B4B7BC2144003D37B06C3C3DAFBB3B955C82BC6DF50E3BA97D463CD1EDE43B9BCBBF3CB3B673BCD7CFC0BC84C0BFBA0D68D63CB74758BC622C173CAC59663D6E64843C3A4115BDA82A5E3D230E30BD5903363D0154ECBBE74DF9BC47916C3DF3DC0E3D9B2892BDF942BB3D7D7350BC391CDCBCF7FFEC3CADEF4C3D1DF905BCA1D4CFBCAD84953C13CF8FBDB3C728BC2FA505BD232B8CBB6F3C0B3DAF3016BD3151B4BCE534043D8DFA01BB171D42BB81CC4C3C2926903DB13AB6BC94C543BD0848CB3C297A0ABCFB9FD83CB046B03DF30D463DB929853C09AC6BBDD19F003DD41D2EBDCB371ABD4B82983CF15D143D2D5C79BC1D6C87BC9373883D87A7383C59631ABDD39448BDB836A0BD1D39DABCC12294BD4FD75EBDA7F12DBD280BB3BD0C3D51BD349ADF3C39AF1D3D393C4BBD44DF72BD5096FD3C27BEE93C0081513D4981E23C4B0C81BD08FC023D773E803D123AA33BB410903C69701C3D7D3487BC8F6BB1BDA3F0A7BCD565F73DA91B04BC417B053D4DD3C63C97907D3C2C8BACBC7CB54F3D370186BC81D45CBD7D3F4D3C5018B8BBDC7A8CBCD02C1F3CED7696BD6D35443C47E741BDF79A4DBD4D24F83C985DFCBC43A435BCBB0A553D079A183DA96C85BBB09DF1BCC4E002BD3F51AD3C335AFBBCA4AE7CBD996FECBB7B2CA5BCAF6F983B17D63D3DA764523D7B9EBBBC61D9AF3D1B9BA9BCD46451BD40A682BC3D020A3CBBF1243C0975213CEB523B3D3158883D3996FA3CC9B41FBDA7E7BABB574ADA3CADE386BD4133323D4F5D0EBD65F6E53D5D43553DB84D64BDFC91C9BB1F9161BBFFA0E83CC14300BDAC38263CC9DB353A39FF853BA4F8553C91F14EBD219BA2BCFD1CE73C735C0FBDE696113E5C79903D2439B63C73D2A03CF947B03DE84BB93AEFDD963C2D5A203C71B1A1BC3CB7DF3BD015FABCEFFF97BB8F1ABF3C432023BC021CA0BC99379E3BF7E8F3BC3CA579BDD5511D3DFDDDFCBBB4BB7DBC01EFE5BC3A6312BC11350BBDE128183DE56C8BBC0E1207BC630B8A3CE34C59BC542774BD77A56C3C8518F0BCB88DE83C7171BBBB4EFC073CCDC2F13C694A983BFFE2B33CEBCD7FBD4471883BD411F8BC8BB96BBD4FF5843D3732D9BC2BAE97BC681CCF3B1715623D0B02CBBA24A2BBBA9936C6BC823AA7BCE9381CBD4520373C8314903DE90BC4BCB920953D21524F3C5B8931BD77A5DD3C8F48E6BB693C26BD0D2C9A3CFE06023DC509A3BC03C7D53CAB8AB4BC566013BC64A0BC3B53C1573CC5D990BD5985E53D8DCA783BA38DB1BCF99B36BCEA8F1CBDDB3ECFBBEF9C90BC2C91D43C8F96933DF7720F3C45CE043DA1A81BBCDC74ABBD117537BB15422E3DE3F982BDBB49ECBB0F6A643D347ECBBC946C2EBDC1A9AB3A5FBEEC3CCB79CD3C742C0EBBC37E4F3D3304843C6D7408BB3C4FC93CB8AE44BDFDB5D5BCD895DE3D4083A13CEB53CF3C4976333DDF8250BB4BD6063DF8AB89BCD78643BCC5CAC7BC6F8215BDB5007A3CFCFE3B3C14C9A3BBC37D2C3C93DE1D3D91F16A3DBC69AE3C974132BCB31E2F3D7CE006BD9D65983B39E391BDA55F4ABB789970BC68B64B3CE49711BDC028BB3CF72D4ABD9B07973C61F6CA3CF528873D6CDC23BDC7CE10BD7181823C25B3403D7534F9BC66B5053CB4D50C3CE5BBA6BC5CB6B93C72079A3A4C026A3D058AD0BC316659BC738D1DBD228C1A3D248E7FBD4EA7273D9B20253DCD1DBBBC692E80BDA6B39EBD140B0EBD3F32703D4430D7BCF837013D3590903C046550BC431A343CB5888A3D51CF80BDEC45BA3D881A523CE183553D1813373DFC403A3DD197AD3D241A413D2817983D1460043D"> : tensor<24x24xf32>}> : () -> tensor<24x24xf32>
    %17 = "stablehlo.dot_general"(%arg5, %16) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<?x24xf32>, tensor<24x24xf32>) -> tensor<?x24xf32>
    %18 = "stablehlo.reduce"(%arg6, %15) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg9: tensor<f32>, %arg10: tensor<f32>):
      %28 = "stablehlo.add"(%arg9, %arg10) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%28) : (tensor<f32>) -> ()
    }) : (tensor<24xf32>, tensor<f32>) -> tensor<f32>
    %19 = "stablehlo.compare"(%18, %15) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %20 = "stablehlo.convert"(%19) : (tensor<i1>) -> tensor<i32>
    %21 = "stablehlo.case"(%20) ({
      %27 = "stablehlo.tanh"(%17) : (tensor<?x24xf32>) -> tensor<?x24xf32>
      "stablehlo.return"(%27) : (tensor<?x24xf32>) -> ()
    }, {
      %23 = "stablehlo.reshape"(%arg4) : (tensor<i32>) -> tensor<1xi32>
      %24 = "stablehlo.concatenate"(%23, %13) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
      %25 = "stablehlo.dynamic_broadcast_in_dim"(%14, %24) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
      %26 = "stablehlo.multiply"(%17, %25) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
      "stablehlo.return"(%26) : (tensor<?x24xf32>) -> ()
    }) : (tensor<i32>) -> tensor<?x24xf32>
    %22 = "func.call"(%arg4, %21, %12, %11) <{callee = @clip}> : (tensor<i32>, tensor<?x24xf32>, tensor<f32>, tensor<f32>) -> tensor<?x24xf32>
    "func.return"(%22) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<f32>, tensor<f32>) -> tensor<?x24xf32>, sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x24xf32>, %arg2: tensor<f32>, %arg3: tensor<f32>):
    %0 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %1 = "stablehlo.convert"(%arg2) : (tensor<f32>) -> tensor<f32>
    %2 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %3 = "stablehlo.concatenate"(%2, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %4 = "stablehlo.dynamic_broadcast_in_dim"(%1, %3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %5 = "stablehlo.maximum"(%4, %arg1) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %6 = "stablehlo.convert"(%arg3) : (tensor<f32>) -> tensor<f32>
    %7 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %8 = "stablehlo.concatenate"(%7, %0) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %9 = "stablehlo.dynamic_broadcast_in_dim"(%6, %8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %10 = "stablehlo.minimum"(%9, %5) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%10) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
