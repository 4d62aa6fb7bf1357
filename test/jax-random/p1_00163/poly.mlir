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
    %c = stablehlo.constant dense<24> : tensor<1xi32>
    %cst = stablehlo.constant dense<"0xD95CA93C496A80BCE1A2E53C2E9B0C3DC52C303DBC58153C152371BD5B8B94BD5BA1FD3C2D514DBD00CB363DE366A1BD1BF1493C29C5CDBBEF48373DD485ECBB57503BBDFCF67D3D973B643C9B922F3D4AB0813D815B3CBDC050FCBB377244B9B88AAFBD47688D3BB3E792BB2317163DC32445BACBBE8B3D517D483C6486F7BBA9949EBCB71639BDE1EC453CB0AC833C491DE0BBFF7A1FBD3655873D331A703CE1F140BBE30D5ABAB3642F3D58A0523DD96C15BDEF3A87BCB9B48EBD87A6CA3A431435BD1BE2653B63AED33C2388083D7D48433C3429BA3C1946893DA96610BD53C36E3DE5FD1FBD0ED821BDF7465CBDBBD575BD4C5CC63C7E34923DC96D783B1015743C3F4144BD254B733CA0DE3A3C575D983CBDD831BCF55BB5BD4874393CFCB066BDF44E0DBDF3D1823DFD7F2DBD9EF1933DC779833B8CEC123D78EEE73C6A160EBC4EEA803C59EB8DBBFD99043DE9F72A3DA42AF2BBE87A823D3CEDA1BD4422B8BC453D653DE3CE65BC713328BD28FEF6BA653788BCC32E38BC8BE442BDF3BA133A7F32DDBCB5FDFFBC5988FE3CD497FBBC676B8DBD45D83B3D41B4DD3B49A1A83CDA3C8F3AE4ED413D688436BD09DBA53D97D76E3D77DB6F3CAB55643B5D26C2BB71134CBCBD3BBEBD81FE5BBDBAED9B3B10008CBD47DB89BC1D8E41BC1C496BBDB18E49BD4B9BD7BD7F6A8B3C538DC63DB3CEF43AE54A893D3C4E793D29830A3DFC06BD3A2C25DB3B9C03F33B0C4A333CB47A543DE10268BC0BCB363D78DE89BC8BA336BD77C22A3D0B9162BD2B1193BDEC80953C1D428D3C49665D3D3BFB26BDE5728FBDD1C262BCC31BC63C4519333D0A799FBC11F9053D50C1CB3DFFB060BD11451ABD7436323DE5827D3BA056453D68ACD83BBB2A2DBC4B21AD3D060FA13BD99E10BD3501803DA3D70F3BF4F1623B306C7ABD973702BD6D29CFBA0D14DF3CD97D88BBE81CB43D954ECB3DA19EA2BD41E9693DDB0D8EBC090361BC2FC6663C97D0063D1B82643D19D623BD24A1433C9759BF3C91EAC3BD24F62F3B4D9393BBDFCE27BC4598DCBB07A492BD4F9E68BC8811E8BBF0D0623D4BEACDBBA3872CBD0574E5BABBFDA73BD571723B04BB863BD9673DBC0FF9CB3BE820ABBC63ECF23CA9B839BC55427B3D41C807BC7FA136BB5895153D48AFC7BCF03D52BDC5844FBC0B56DCBC91740E3D90074F3DA56FAB3D71A75E3DADC2283D8B2967BDD0C1BF3BA33BBD3BE1934C3C5B8DA4BCA131D83C31EC793D894483BD7F04E4BCBC8F67BBC7D3363D39F91BBDDB18BFBDD19E733D134A1D3C1D34EE3C97B97FBC01181BBD65EFE23C7E44043D4D46183E88D6933D0D681FBD48E952BDC74391BC15ABDDBC4CE6AEBC95DE563D03EB7F3B0A7B17BD39742C3D37B3E1BC3954583D75A6B63DEC12ECBC4B1E2CBC603B56BDED365F3DE8B0AFBC6B4300BC480F033E6FC7CDBBC405EA3A299214BDA4D2213D65A4663D975781BCFF7031BDBBBBB13B03194B3D58DAE2BC8751F2BC7BAD3A3D8FCA04BCE8A827BCF824EC3C2927093CDB73F7BC8B720A3BA03DED3BCDB0453D2BCF8A3C7C9731BD0928163D0D55BF3C040246BD7BDC883C8CE8533DB76B80BD77477BBC850177BC50BC3FBC61999E3C6198D73CE17DE1BB8507DFBD31D283BBE5E8D83CACEC5FBC04ACDFBCDD41B3BDA31FCE3D019D8CBC71818F3DEB67DA3CBF0015BD02E21D3C20C6C43C7CA0FD3D8F4D0EBD43B4B43CFD60223D2A26013BAC79C43CC3955BBD680528BD4F305CBDA33A023E2757453D333BFFBC9567A13C03B9D2BA6C5926BCF0CBBF3ACC527FBD9CDCD83CFFA49FBA6C39CE3D88109A3BF1763E3D726A273CFD9D133D180857BDD1C6CB3C84F2FA3C632B30BCDCC1FE3A873684BD462A82BDC839223D572231BD8D1761BC05850BBC757DEBBCC92267BBE4455CBDF84921BDE4A0533C885E4FBC77CA253A79FE523C98A9CCBC70CC573D946D3F3D0882EB398B84173DDAAD06BC05DA0A3C546D813DF1A0353DA8426E3C65250E3C97AE0FBD592E513CD5B18F3C2F671F3D74F7DEBC09FA03BC73616CBD13430CBD25B52CBD0167A83C3505D43C179217BD72749E3C8179B7BD36FD27BD8797B9BCFBA8373CAB30BA3C8FA411BDB14BFBBC6F4596BC7B2F90BA7543D63C24FAB63DC77BCBBC95719DBA48B9E7BD118209BD84F923BD81BE0D3D2CB2303CF589CE3C6CD9333A947F55BB097156BC3B524D3C37ABFCBC19ECE4BCD78EFFBC77FD423C410625BCCD85A93C538600BAE0975FBC33E5EF3CAD51E7BCFFF591BC3BF49CBB3E1E1F3D5381C0BB22FCA4BC076521BDEFA5713B658D86BD51A3C9BCC2D5A9BC2086973CE3CFFBBC0FDD12BDAC9B20BDC880133D57153C3DA97FBFBBADDFE43B76CE173B13081CBC9C3AAB3B2B5836BBD6999ABD2DEAB5BC0CD22E3D16D89B3C8827103C81D9DABC939B95BC34039AB99F2B62BC20BE183DF82DB73CA5999EB92012D7BDF3FDAD3CAC0D76BCA484C03D10A3633DB54493BC4DD5813CD0CF0DBDA9C4AD3C38EC68BCE1675CBD6885FABC1BE0913D61FC04BDCD3744BDD70BD3BC08E9653DF55AA4BD2E28A0BD7DDE223DB74B503DF7EF733DD7A36C3DABA346BD0CEE44BB2622853D20268E3D41521BBCB03167BD7D8741BD7BA7713DDD5F72BDD16019BD9738C9BCC7EE533D25F2333D2E6E843DC0D86ABBE1935FBD851D373DA78E83BCC3A790BB2428D83B8FD90CBD05CA373BF7B393BD116170BC63028EBD9121CE3C411F653B5D2477BDAB7884BCB54D20BD7FF750BD01A1093DF37C9C3D1F4FC1BC0FC3893CAB9203BD2CE40D3DF00218BDC10CC8BC65C133BD53ED8FBD4080B1BC231EA2BC390F163BE925AD3CA255A03A2551D7BD7820033C43E6D53CCF93013C95DDBDBCCA3A07BE1D4FE8BCCC7D89BBB20825BDDE40913CD347AABC10AC673C3BE1DABB738EE83CD74A0DBD6BC5B4BB61F0E33CBFEA423C2B8EA83C8D2622BDB1692ABDEFB4813D43FB85BD37CF93BAB5E4653DF7EB63BC2559583C53FF363D24EEDF3CB8132D3DE86EB3BCBA63853D4C9EE83B4F30A53C57E059BD3CD29CBC8BD460BBA4BF99BD6F92493C5838DA3C099EE1BBD9110CBDCF05963AFFB570BD775523BDF3FCAFBC83953C3D554D6ABDC19AD13B842180BDE1D9063D46E690BD23F0AF3A12289C3C32D618BD174E053BF1AA98BC4FEA2C3DC74ABF3CC7F282BD8F64A3BD581869BD88C12C383DCD13BD60B13A3C1C0456BDF414D73C3CDEC7BCE3B95F3D09AE343D"> : tensor<24x24xf32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<23> : tensor<i32>
    %0 = call @clip(%arg0, %arg4, %c_0, %c_1) : (tensor<i32>, tensor<24xi32>, tensor<i32>, tensor<i32>) -> tensor<24xi32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<24xi32>) -> tensor<1x24xi32>
    %2 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.concatenate %2, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %4 = stablehlo.dynamic_broadcast_in_dim %1, %3, dims = [0, 1] : (tensor<1x24xi32>, tensor<2xi32>) -> tensor<?x24xi32>
    %5 = call @take_along_axis(%arg0, %arg1, %4) : (tensor<i32>, tensor<?x24xf32>, tensor<?x24xi32>) -> tensor<?x24xf32>
    %6 = stablehlo.dot_general %5, %cst, contracting_dims = [1] x [0] : (tensor<?x24xf32>, tensor<24x24xf32>) -> tensor<?x24xf32>
    return %6 : tensor<?x24xf32>
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
  func.func private @take_along_axis(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x24xf32>, %arg2: tensor<?x24xi32>) -> tensor<?x24xf32> {
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %c = stablehlo.constant dense<true> : tensor<i1>
    %c_0 = stablehlo.constant dense<2> : tensor<i32>
    %c_1 = stablehlo.constant dense<false> : tensor<1xi1>
    %c_2 = stablehlo.constant dense<1> : tensor<1xi32>
    %c_3 = stablehlo.constant dense<24> : tensor<1xi32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %c_5 = stablehlo.constant dense<24> : tensor<i32>
    %0 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.concatenate %0, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2 = stablehlo.dynamic_broadcast_in_dim %c_4, %1, dims = [] : (tensor<i32>, tensor<2xi32>) -> tensor<?x24xi32>
    %3 = stablehlo.compare LT, %arg2, %2, SIGNED : (tensor<?x24xi32>, tensor<?x24xi32>) -> tensor<?x24xi1>
    %4 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %5 = stablehlo.concatenate %4, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %6 = stablehlo.dynamic_broadcast_in_dim %c_5, %5, dims = [] : (tensor<i32>, tensor<2xi32>) -> tensor<?x24xi32>
    %7 = stablehlo.add %arg2, %6 : tensor<?x24xi32>
    %8 = stablehlo.select %3, %7, %arg2 : tensor<?x24xi1>, tensor<?x24xi32>
    %9 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.concatenate %9, %c_3, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %11 = stablehlo.dynamic_reshape %8, %10 : (tensor<?x24xi32>, tensor<3xi32>) -> tensor<?x24x1xi32>
    %12 = stablehlo.convert %arg0 : tensor<i32>
    %13 = stablehlo.broadcast_in_dim %12, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %15 = stablehlo.concatenate %13, %14, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %16 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %17 = stablehlo.add %c_2, %16 : tensor<1xi32>
    %18 = stablehlo.select %c_1, %17, %c_2 : tensor<1xi1>, tensor<1xi32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %20 = "stablehlo.gather"(%15, %19) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<2xi32>, tensor<1x1xi32>) -> tensor<1xi32>
    %21 = stablehlo.subtract %20, %c_2 : tensor<1xi32>
    %22 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %23 = stablehlo.concatenate %22, %c_3, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %24 = stablehlo.dynamic_broadcast_in_dim %c_4, %23, dims = [] : (tensor<i32>, tensor<3xi32>) -> tensor<?x24x1xi32>
    %25 = stablehlo.compare GE, %11, %24, SIGNED : (tensor<?x24x1xi32>, tensor<?x24x1xi32>) -> tensor<?x24x1xi1>
    %26 = stablehlo.broadcast_in_dim %21, dims = [2] : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %27 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %28 = stablehlo.concatenate %27, %c_3, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %29 = stablehlo.dynamic_broadcast_in_dim %26, %28, dims = [0, 1, 2] : (tensor<1x1x1xi32>, tensor<3xi32>) -> tensor<?x24x1xi32>
    %30 = stablehlo.compare LE, %11, %29, SIGNED : (tensor<?x24x1xi32>, tensor<?x24x1xi32>) -> tensor<?x24x1xi1>
    %31 = stablehlo.and %25, %30 : tensor<?x24x1xi1>
    %32 = stablehlo.reduce(%31 init: %c) applies stablehlo.and across dimensions = [2] : (tensor<?x24x1xi1>, tensor<i1>) -> tensor<?x24xi1>
    %33 = "stablehlo.gather"(%arg1, %11) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [1], operand_batching_dims = [0], start_indices_batching_dims = [0], start_index_map = [1], index_vector_dim = 2>, slice_sizes = array<i64: 1, 1>}> : (tensor<?x24xf32>, tensor<?x24x1xi32>) -> tensor<?x24xf32>
    %34 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %35 = stablehlo.concatenate %34, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %36 = stablehlo.dynamic_broadcast_in_dim %cst, %35, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x24xf32>
    %37 = stablehlo.select %32, %33, %36 : tensor<?x24xi1>, tensor<?x24xf32>
    return %37 : tensor<?x24xf32>
  }
}
