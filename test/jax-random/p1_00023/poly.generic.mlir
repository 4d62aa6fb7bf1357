"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg15: tensor<?x24xf32>, %arg16: tensor<24xf32>, %arg17: tensor<24x24xf32>, %arg18: tensor<24xi32>):
    %33 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %34 = "stablehlo.get_dimension_size"(%arg15) <{dimension = 0 : i64}> : (tensor<?x24xf32>) -> tensor<i32>
    %35 = "stablehlo.compare"(%34, %33) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%35, %34) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 24). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %36 = "func.call"(%34, %arg15, %arg16, %arg17, %arg18) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>
    "func.return"(%36) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<?x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<i32>, %arg11: tensor<?x24xf32>, %arg12: tensor<24xf32>, %arg13: tensor<24x24xf32>, %arg14: tensor<24xi32>):
    %16 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.constant"() <{value = dense<24> : tensor<1xi32>}> : () -> tensor<1xi32>
    %18 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %19 = "stablehlo.constant"() <{value = dense<"0x81AB323DB76667BD8411DBBBC961083D2518053DBBA8243D7F3292BC9D4413BD3FD9293B27C425BD41A00CBD2545073D9CB7FFBCC9E5113DB26A15BC15F0833B5719A2BCD82A33BCFCB7C33BF8540ABC09614DBD003937BDB06ADB3BDE6F10BD270746BCBB58933A65FC86BB47F029BD2FC07D3DEEF2273C91C648BCCE95A13C7DB4593C65F8443D2F67543C7CDE123C237DFDBCE4C5F4BB1D5B183DBD3C8EBCD726C73B3FB48A3D5938733CB4A970BC6F593A3D7374E13B29C8C33B31A4AABD23F8E6BCA567C0BC313238BDE76099BD69C91EBD4CFC7F3D6B3B6CBD201EF33C98F9D4BB37EB2B3C9D31BEBC096F713D01CCBE3D7C900B3D31E1B13B77CE15BD99C117BDF1DB323C1B33CD3C490F083DC79C83BBF50D03BCC5D4A7BDE15A873D95BDAEBBE5E1F7BC215A883C1D61DFBB094E4D3D98208C3D2730013DE18220BCAFD0073D4FF0F13B515E323C0CC8873DCBBCF03CFD79B9BC21FC9ABBE79D953CEF4D00BC07FF5ABD0818643D0363073DCDC401BE897DD4BC40D9ADBBC635073D4B30213D9DAE103CAC40AEBDA581E03C2591D63CA0B0523C1117A53C0385533D91DA0D3DCF973ABDF5D4CEBC71CEADBD00AB0B3DD863ABBD9E02183D078ED63B700D46BD37FE403D65C0D1BC8FA28C3C49A8013D655D573DF464233DDB29E4BCA86A2E3B1680243CC9C0BC3C3CDF733C1F836D3D731DECBBD7C06C3DF35512BD89599D3C07DD01BC6F3A313C49691A3C73E9A5BC1F78643CB4E10DBDD5D24FBCEF13FE3CBFF06BBCC9B485BBCDE3BEBBA5D8C43CA11D91BCE80BDD3CAA0FA53D23D9DD3CC7CC683DE3430DBC8B72813D5D2525BDD4212E3D4E5DA5BA8FC9743CDBC511BD55DA7E3D2887F63CB49BA6BD3D1E1FBDE18C1D3C091B853A7433F1BB7CA5DEBCBD82FFBCFE9821BDAFD846BD50C1823C7889023D816E743C11FB21BDE8071DBD1F8BE4BB914F15BD2C4656BDE6E193BB238A0A3DC770443DB97817BDFB98633C1CD6AABBD81E55BD7F744A3D637D663D1F26A93C3557153DCFC15C3D3CD852BD34B7ADBB758ACE3C373E413DD0975EBC50EB92BD9B68A73CD7C801BDFFD868BC754FC6BDFF20CF3C8102873DF1F88DBDFE78983CF943383DD5EF473D4531823DD1FB88BD70F3C7BD3CDC52BCF0384E3DC828F8BC7E6F13BD1D9C81BDAB3D43BD272D793D0F74FE3C3B833FBDB7EB2CBC91E5973BF3CADABBD929EBBCC71062BD9FA8E3BD7C1F1B3D79BC943C67988B3D661020BD5B7D58BD3C6F163DA457DC3B172692BD3856C3BCB8BD4E3D64CFA1BC70C7493D9C6FB33C1FEB1ABB99C8CB3CEB64913C0018B83A3D67A0BCCC25BCBC768C943C8FC96C3DDBD7C9BCA8A4363D5BC5DFBD08F74DBC63D00A3D008DA5BC89C2233C6D9441BD7B7F5C3D9C74903C712911BCDD2A873CCB93A53D9F8AE63CB60C86BCD3DE9D3C028E293DDBA052BD431871BB8F3125BDCC0D9D3AC7C8103C80D013BDBB0E763CACF350BDA904453D44A3E13CE7C1A13CCB9A503DF91116BC2952453D7D7C75BC6D7F9ABD3917643C43A2243D3901CDBD0998293DD402263C0D933CBDE749CA3C413688BD29A0263D51E88A3CCC9985BBCB2CC43BB801883CE9F2B13DDF55A8393748993C008598BD8BFDF23B8F1AF8BCEB0A84BBF7BF103C3B21F3BBF7CA3EBD5738273DD960A13C4F5CCABC491835BD661A0EBD3717EC3C9744523C6423AFBD795D25BB324E82BBB46D7E3D8768253C4E3E09BDEF264D3D9CA9573AF8C2CDBC452D4B3D1F746ABD6BAC5FBC7FA2133C3CF4F53C79C47F3C05633E3DF5C553BCA34488BB8D18993CBFE4423DE496F2BC7040CA3C67EBBFBAC7D92B3CBA6F06BCF8E479BC2D7D1F3DADF12BBD939C873CA7F11BBC6446D83C9B74F4BC7C4B24BDCD8AB4BC59582F3BCEDB96BCA366843DA7CDB4BD59DAEEBCB53F5D3D0B97A5BCF90B6FBDB1B185BB0D60243B05E6463DEC7DB13C8A0311BA21C232BB991838BDA0652FBC57CAF4BCEF639BBDD3859BBCF133313B932B643DD79E8DBDC79076BC441D6C3DB53242BD3FA735BBE5163ABBE0522ABCFB70D0BD47A337BD5C37E13C0F92C63CD40981BD67EFD73C0E45033C49D6A0BC849101BD2CF9B0BBD0E2BCBC37BB2EBDEF76ACBA80A0DBBCA10039BD28E7303DC83DF4BCD775573B53498F3BC9095CBD2C3009BD14BA453C70050B3CE02997BBBB7713BDDABC923BD5B92BBBACF3B3BCD830EDBBD86FBFBCFC8BC8BC641048BC34715ABD68F946BDF0349A3AC62E9EBCA5E3033D6D1349BD755D76BB278380BD7D6329BD4533B23C7F1857BD8742393B0D261DBD8F7C12BB73F66DBCF7A3BCBD90AD693DED75903C522896BD60A9753CFDD90F3D0951EB3BA9A5C3BCAC421BBD2415863C9D010B3C4EAC1A3DF392CB3B47DD993D296444BD103F323D1F3F1C3D890C11BB4C13DABCB8A6DB3C9062533D598E203D02E1A4BD6FED173DB9B0E43B997AEC3D44F28E3CFB86383D6142103D390BB1BBFD44043D67BC6C3C581D6B3C40478EBA3971CD3C6F3F31BD0386203C20E08EBD3C805A3D7D2BE8BB253C783AF1691EBC816072BDDCCEF6BCA3204A3D3BF3783DDFF195BD5171373CC73B553D2D69753C0596C7BCEC19FD3CFC49723C587DADBC450A2FBCA9C8AE3C3D3EC2BCABEA94BD9090B1BCBD8D6A3C002F67BB692E0A3DE95BD2BC4171363C0F6DA3BD8143D8BCD4E673BB9B46533D6062E63C6FD348BD8156543B4B0C2FBC50AB6FBB200918BD8D7038BDE3A409BD15CBA8BC072E79BC056F7CBD1010C6BC8F789EBD39323F3DA746463D131D2DBD73CE303D3E3902BD25053D3D116F8DBDED0171BDA3CC86BDF228A6BD2BE0B23C22F5053D3BF9A63C1A031CBD292953BBEC82AF3DBCAEC2BC65FD29BD15AAF0BC83B7A23D23F6A73AD9F5083D5560583B2B7E7D39799B533D6C9B5ABD8F84553DBE8626BDCFEFEA3C1D8691BDB07E593D5338A9BD6F97B83CBB7F783CD4D3603B90628FBC019F50BD77560D3DEC497DBDD44DDBBBFFB235BD18A1F73D93405E3BE9E7C13CCBBBC8BB2BF3A6BD854F793CBCFF133DD360BB3BA566B9BC40E1AE3C2B5B293CFFCB12BDB4AFBFBBC133DFBB09C05E3CEFA7A0B904BCD4BB465011BD64A43EBD93A71D3D15059A3D99DD2E3D2855753CBF78A4BC44F9353CE2E91B3DC0B8043DB572503C1761EFBBD724FDBCF795F6BBB79689BD6D0A973C982A58BC2C7D013CF533A33C87618B3C0F120D3B418787BD0B401B3D7525433C4A4A9E3AC58E9F3A"> : tensor<24x24xf32>}> : () -> tensor<24x24xf32>
    %20 = "stablehlo.dot_general"(%arg11, %19) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<?x24xf32>, tensor<24x24xf32>) -> tensor<?x24xf32>
    %21 = "stablehlo.tanh"(%20) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %22 = "func.call"(%arg10, %21) <{callee = @sort}> : (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %23 = "stablehlo.tanh"(%22) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    %24 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %25 = "stablehlo.concatenate"(%24, %17) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %26 = "stablehlo.dynamic_broadcast_in_dim"(%18, %25) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %27 = "stablehlo.multiply"(%23, %26) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %28 = "stablehlo.reshape"(%arg10) : (tensor<i32>) -> tensor<1xi32>
    %29 = "stablehlo.concatenate"(%28, %17) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %30 = "stablehlo.dynamic_broadcast_in_dim"(%16, %29) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %31 = "stablehlo.add"(%27, %30) : (tensor<?x24xf32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    %32 = "func.call"(%arg10, %31) <{callee = @cumprod}> : (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%32) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>, sym_name = "sort", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<i32>, %arg7: tensor<?x24xf32>):
    %4 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %5 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %6 = "stablehlo.sort"(%arg7) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg8: tensor<f32>, %arg9: tensor<f32>):
      %7 = "stablehlo.compare"(%arg8, %5) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %8 = "stablehlo.select"(%7, %5, %arg8) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %9 = "stablehlo.compare"(%arg8, %arg8) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %10 = "stablehlo.select"(%9, %4, %8) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %11 = "stablehlo.compare"(%arg9, %5) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %12 = "stablehlo.select"(%11, %5, %arg9) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %13 = "stablehlo.compare"(%arg9, %arg9) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %14 = "stablehlo.select"(%13, %4, %12) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %15 = "stablehlo.compare"(%10, %14) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "stablehlo.return"(%15) : (tensor<i1>) -> ()
    }) : (tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%6) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>, sym_name = "cumprod", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<?x24xf32>):
    %3 = "func.call"(%arg4, %arg5) <{callee = @cumprod_0}> : (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>
    "func.return"(%3) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<?x24xf32>) -> tensor<?x24xf32>, sym_name = "cumprod_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x24xf32>):
    %0 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.reduce_window"(%arg1, %0) <{padding = dense<[[0, 0], [23, 0]]> : tensor<2x2xi64>, window_dimensions = array<i64: 1, 24>}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %2 = "stablehlo.multiply"(%arg2, %arg3) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) : (tensor<?x24xf32>, tensor<f32>) -> tensor<?x24xf32>
    "func.return"(%1) : (tensor<?x24xf32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
