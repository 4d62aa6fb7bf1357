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
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %c_0 = stablehlo.constant dense<24> : tensor<1xi32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %c_2 = stablehlo.constant dense<3> : tensor<1xi32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c_4 = stablehlo.constant dense<24> : tensor<i32>
    %c_5 = stablehlo.constant dense<23> : tensor<i32>
    %c_6 = stablehlo.constant dense<0> : tensor<i32>
    %cst_7 = stablehlo.constant dense<"0xCBC88C3DECE297BDA494593D14E599BD97402BBC38F2953DD132FCBCDD1230BD264885BA19BDB0BA380B7B3C183D343CB46D6FBC9C1562BBDB7EE2BC137C443D44713EBD23585A3D7B4B66BDBFB5F43C1DF583BDA7B8E33C2FA0333D890A2DBCA56E143D5CBB4A3D2B6BED3C4F50B53C7BC3FEBB0C5D52BD78F287BDE70A9F3C0FBBEE3A9B9FFB3B2DB6513D6686043D79558ABCDC10993C203356BC69A7313D9F537F3CD2030E3C48C507BC38EC2CBD34664EBD4DD603BD8D2C9EBC76B6273EA9203ABC214D8ABC888938BD3D7B5EBCF3AB33BB3814AF3BD4A5DA3CD1D38DBCCD29A4BB336C893B3F0E13BC17290F3CBE62033D437B963C33D1843D05D5753D4781243B19A2443DD017403CEB8A7DBD0CF7F33CF925C0BC516742BD1AB49F3C10F15EBD26808EBC07220B3D2B4D6BBDD344AE3C49C0DABC6E71A13C152599BCCFE5973C0FACD9BDE18AA03C432ADDBCEC6CC2BBBDBE94BA6C78E33B8BA91ABDF141DC3CD14CD63C394A01BDCA1E1C3D00754EBD6B0720BC512CF2BC33BFD83C3CA2B3BC32601E3DB002023DCD2B4F3D791067BCF417053C43463C3C27F7EEBDF84DB83935212FBD4876DA3B019F3C3D8855D6BCA4DADB3D1387C93DB01207BD786204BCFDB33DBD37900C3D37B9DF3D0785FC3B3533333CA9FAC6BD88F80BBD5F8A1BBD41474D3D78DA4CBC81163D3C25D4AA3D02928DBC0747F13CCD3FE5BCF51AECBC9D982BBDC61A28BDA34A043D2F5113BD177029BC4735AABD7C5F3D3D917B15BD443D7DBBDB942EBB657E23BD9B1702BD29E22B3D99BF44BD0F85F8BB086FFE3CE9B3A33BCF100ABDFC2FC93CE18E9C3B2B8970BCB244A33D6F13923C8D87F4BC7FC8853B6CE09FBC44C867BDB15C89BCEE9702BC4B78343DCBF6123C8BAE8ABCC312903CE980933DF002CC3CB7BFD23C04F0DF3A2D4F15BBC15C663D25AFB33A33E400BD6942583DB4CC303D2B7A5DBCD6F5913D6BA4E0BC993660BDD00B473C0DD5843C3F2ED2BB84C3A6BDCFA92E3D001AABBCD4C4423B87329F3D9742F83C05FA50BBDB5C643C2846AEBD41AD89BDE448F1BBDD469CBDE49A873D81FB243D47D0183D71AD0A3DF1737C3C58FCA23D987BCF3C2FBC8B3C7B435B3D8FA96CBD28404CBC998EDBBCF357573C494AD2BCF77D92BC25F4C43CB064C9BCF43F62BDF91A7F3CDA0A82BBE5CFDD3CA05255BD7DF8903C1CD528BD131ABABCD65F81BD076032BDAF0E883DEA0097BCCC82ACBC9C9FF73C4F195BBC740EFB3CE518F53C296A953C395F15BC6A9919BDBC2778BCBD816BBCA15A90BC1FC65FBDE2FD87BD474AD73C3799D53BAB9B9CBC1C1F6E3DDF8D313C098A8E3D63C42EBDC44C123CCDDA463D0FF7D23ABD61ED3CB1796B3B801DF9BC43B4123DF92E5C3B95E220BD48A7113D595AF7BBDFE00ABD53541EBD81E007BD1483BE3D0C22F33B0C2E603DF7561ABCC664A63BCCBF07BC11DFE6BCEB9A273B249010BD1C6D3C3CD5BF18BDC8159B3C1FC49A3A10CC7D3DBC34143DE78E9CBB2FC4D3BC19D01F3B890364BC43E92FBCA34B75BDA0C1B8BBDB30CBBBEC6E413C05BE1F3D67CD56BC7360BD3CEF05763D09CED7BCAD9C57BDA1E1F73BB664883D2537223D95B594BD00E8763CD8DB8CBCD7A1FA3C7152A43B04205B3D47E9253C8083993CEFA3F3BC89522C3C608A77BC9F5D6D3D35D40D3CEDA2FC3CB33F783D2B2C9CBB2FDE02BC3F91EE3C89EDB93C2F6E20BC973C293D5CD975BC03C52FBDB30A783D634FA73DDCEDD5BCCDED7EBDACF2D73CC4C9603C5F48BFBC0C2A403DFBF491BCC96AED3CC96BB7BC4B0A533DA4745BBB03ECDC3DD39019BD2D6CE23CD734B9BC701820BC9BFC8CBBC6D699BD9F08C0BD7F5DFCBC8B7035BC8368853C827D813D87CE72BC171423BD749B38BD07788C3C25129ABC68DCDBBCFF2A263D5FC2073DEC78E83C33C3D8BCC98CED3C53FB12BCD839FC3CE38CFDBC697125BDE7CE25BDE413B83D120D903CAD2A35BD1B4E353D1B92393DC045313D228CA53C808B3D3C73100ABB11BE303DC91D85BC27CC753B1F6E963CDDADB1BCC56626BDF391D13C6F04CD3DD01A1FBD69A6B23B69415ABD711319BCCB001F3C451D02BDD1FD2FBAE779443D775ED3BCCF97613C7D03913D59DA813B25A12EBC20916C3D3DF3C4B8466E063CE3F685BD9D802F3DFC5B083C7CFA5C3CA82B21BCE0B6D63CBA2D83BC5B22E63DE59E8A3C30E9943C722EA73B48CFBE3B81F14ABD0744D53CED8AA33DCC3203BDBD63853CB1D8523C01F8D0BDDB4C5EBC17AF1C3DADFBCD3DBC47413D5B8746BC8387C4BDE4EFB9BCE4DB193D551CDA3C75FD1C3CEFDDFC3CA591B8BCDF9895BCCDAFF1BC13109B3C6C9F813DFDD1943CF083153D0F2C9E3CA16948BD42F0133D35EEDFBB0C7F36BD953EB93C96979FBC00C52BBD0B77AE3DB416B9BDEE091CBD7C747E3D58F54CBD1386B23C6FD52F3CEA3614BDC07AC53CDEE71E3D8BB163BDF92C943DE37A6E3CFCF3A6BD83B657BDE3D2A1BD7327D1BC90CBAC3C03B475BD9AB3953CDD8E80BD137917BC57EB743DD1C12CBCB17F913A14F2B8BB04D29EBCF8F790BDAC1E3ABA1A39873DA84172BD8B261EBB8013C43DC11452BBA1C5973C3971063DBB162A3C91EF8B3D53C26CBCC2DA223DA4C4E03B0B7E73BD7DDB87BC3B3FFB3C2991EB3C2BD62B3D1CE29A3C215644BD728014BC43B33B3BF07BBBBCA7A78A3C3B3A2EBD34B3ADBC7D42EDBDDC5695BDAD3F603C0D7AEBBCCBBB5D3DC94D61BCA064633CD17A34BC40D1213D40B821BD1C45DA3C792CF4BC2C819C3C7F9D793D98359CBCDB65E0BC1F0F95BC8F4F90BCFBA090BC6B9FB9BD5329373D879DAEBD0890253DDD13E9BC53A6593DACC895BB91518EBDB0DDAF3C9DF7633DE433DFBB230F43BD8C8872BD88FD4BBD6743D5BCEBA048BD45788FBC2FF781BD1C2035BD89834D3BB67290BDFEA9233D44FC5EBDFCB49C3D0B2D70BCF79ACA3C935F093D11EEA2BBA087463DF096B4BD617D053CF31318BC00AEFF3C9116DABC99CDCD3DAD8E29BD5339603D7FC3C73DA5F6813D4CD1223DE4EF7A3D5B6EAC3CDD34863B15FD8CBBD853E0BCFC3B5B3CE844703D1683133DCD3B60BD20F1693CF5BB563CE5952D3BEFC6A63D9D227C3CB3D1813C5C7C483D282C7FBC0DF8F3BBA4D8B73CDB21113D2516553D406D0ABC7312563CABE5C13C82EB9D3C3FFCF33C155A903C31A907BC7969D73CE1317CBCEB2D1ABD7C4E933D90313CBDD6ED943B"> : tensor<24x24xf32>
    %0 = stablehlo.slice %arg4 [0:3] : (tensor<24xi32>) -> tensor<3xi32>
    %1 = call @clip(%arg0, %0, %c_6, %c_5) : (tensor<i32>, tensor<3xi32>, tensor<i32>, tensor<i32>) -> tensor<3xi32>
    %2 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %3 = stablehlo.compare LT, %1, %2, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    %4 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %5 = stablehlo.add %1, %4 : tensor<3xi32>
    %6 = stablehlo.select %3, %5, %1 : tensor<3xi1>, tensor<3xi32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
    %8 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %9 = stablehlo.concatenate %8, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %10 = stablehlo.dynamic_broadcast_in_dim %cst_3, %9, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x3xf32>
    %11 = "stablehlo.scatter"(%arg1, %7, %10) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1], index_vector_dim = 1>}> ({
    ^bb0(%arg5: tensor<f32>, %arg6: tensor<f32>):
      stablehlo.return %arg6 : tensor<f32>
    }) : (tensor<?x24xf32>, tensor<3x1xi32>, tensor<?x3xf32>) -> tensor<?x24xf32>
    %12 = stablehlo.abs %arg2 : tensor<24xf32>
    %13 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<24xf32>
    %14 = stablehlo.add %13, %12 : tensor<24xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [1] : (tensor<24xf32>) -> tensor<1x24xf32>
    %16 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %17 = stablehlo.concatenate %16, %c_0, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %18 = stablehlo.dynamic_broadcast_in_dim %15, %17, dims = [0, 1] : (tensor<1x24xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %19 = stablehlo.divide %11, %18 : tensor<?x24xf32>
    %20 = stablehlo.reduce(%19 init: %cst) applies stablehlo.maximum across dimensions = [1] : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %21 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.dynamic_broadcast_in_dim %cst, %21, dims = [] : (tensor<f32>, tensor<1xi32>) -> tensor<?xf32>
    %23 = stablehlo.maximum %22, %20 : tensor<?xf32>
    %24 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %25 = stablehlo.concatenate %24, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %26 = stablehlo.dynamic_broadcast_in_dim %23, %25, dims = [0] : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %27 = stablehlo.is_finite %26 : (tensor<?x1xf32>) -> tensor<?x1xi1>
    %28 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.concatenate %28, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %30 = stablehlo.dynamic_broadcast_in_dim %cst_3, %29, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x1xf32>
    %31 = stablehlo.select %27, %26, %30 : tensor<?x1xi1>, tensor<?x1xf32>
    %32 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %32, %c_0, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %31, %33, dims = [0, 1] : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %35 = stablehlo.subtract %19, %34 : tensor<?x24xf32>
    %36 = stablehlo.exponential %35 : tensor<?x24xf32>
    %37 = stablehlo.reduce(%36 init: %cst_3) applies stablehlo.add across dimensions = [1] : (tensor<?x24xf32>, tensor<f32>) -> tensor<?xf32>
    %38 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.concatenate %38, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %40 = stablehlo.dynamic_broadcast_in_dim %37, %39, dims = [0] : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %41 = stablehlo.abs %40 : tensor<?x1xf32>
    %42 = stablehlo.log %41 : tensor<?x1xf32>
    %43 = stablehlo.add %42, %31 : tensor<?x1xf32>
    %44 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %45 = stablehlo.concatenate %44, %c_0, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %46 = stablehlo.dynamic_broadcast_in_dim %43, %45, dims = [0, 1] : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x24xf32>
    %47 = stablehlo.subtract %19, %46 : tensor<?x24xf32>
    %48 = stablehlo.dot_general %47, %cst_7, contracting_dims = [1] x [0] : (tensor<?x24xf32>, tensor<24x24xf32>) -> tensor<?x24xf32>
    return %48 : tensor<?x24xf32>
  }
  func.func private @clip(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<3xi32>, %arg2: tensor<i32>, %arg3: tensor<i32>) -> tensor<3xi32> {
    %0 = stablehlo.convert %arg2 : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %2 = stablehlo.maximum %1, %arg1 : tensor<3xi32>
    %3 = stablehlo.convert %arg3 : tensor<i32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %5 = stablehlo.minimum %4, %2 : tensor<3xi32>
    return %5 : tensor<3xi32>
  }
}
