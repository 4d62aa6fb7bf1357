"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x8xf32>, tensor<8xf32>, tensor<8x8xf32>, tensor<8xi32>) -> tensor<4x8xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg38: tensor<4x8xf32>, %arg39: tensor<8xf32>, %arg40: tensor<8x8xf32>, %arg41: tensor<8xi32>):
    %128 = "stablehlo.constant"() <{value = dense<693> : tensor<i32>}> : () -> tensor<i32>
    %129 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %130 = "stablehlo.shift_right_logical"(%128, %129) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %131 = "stablehlo.convert"(%130) : (tensor<i32>) -> tensor<ui32>
    %132 = "stablehlo.broadcast_in_dim"(%131) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %133 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %134 = "stablehlo.and"(%128, %133) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %135 = "stablehlo.convert"(%134) : (tensor<i32>) -> tensor<ui32>
    %136 = "stablehlo.broadcast_in_dim"(%135) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %137 = "stablehlo.concatenate"(%132, %136) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %138 = "func.call"(%137) <{callee = @_normal}> : (tensor<2xui32>) -> tensor<4x8xf32>
    %139 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %140 = "stablehlo.broadcast_in_dim"(%139) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %141 = "stablehlo.multiply"(%140, %138) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %142 = "stablehlo.add"(%arg38, %141) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %143 = "stablehlo.multiply"(%142, %142) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %144 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %145 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %146:4 = "stablehlo.while"(%arg39, %145, %144, %143) ({
    ^bb0(%arg46: tensor<8xf32>, %arg47: tensor<i32>, %arg48: tensor<i32>, %arg49: tensor<4x8xf32>):
      %150 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
      %151 = "stablehlo.compare"(%arg47, %150) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%151) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg42: tensor<8xf32>, %arg43: tensor<i32>, %arg44: tensor<i32>, %arg45: tensor<4x8xf32>):
      %147:2 = "func.call"(%arg42, %arg44, %arg45) <{callee = @closed_call_0}> : (tensor<8xf32>, tensor<i32>, tensor<4x8xf32>) -> (tensor<i32>, tensor<4x8xf32>)
      %148 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %149 = "stablehlo.add"(%arg43, %148) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg42, %149, %147#0, %147#1) : (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<4x8xf32>) -> ()
    }) : (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<4x8xf32>) -> (tensor<8xf32>, tensor<i32>, tensor<i32>, tensor<4x8xf32>)
    "func.return"(%146#3) : (tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x8xf32>, res_attrs = [{}], sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg37: tensor<2xui32>):
    %127 = "func.call"(%arg37) <{callee = @_normal_real}> : (tensor<2xui32>) -> tensor<4x8xf32>
    "func.return"(%127) : (tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x8xf32>, res_attrs = [{}], sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg36: tensor<2xui32>):
    %120 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %121 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %122 = "func.call"(%arg36, %120, %121) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x8xf32>
    %123 = "chlo.erf_inv"(%122) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %124 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %125 = "stablehlo.broadcast_in_dim"(%124) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %126 = "stablehlo.multiply"(%125, %123) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%126) : (tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x8xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg33: tensor<2xui32>, %arg34: tensor<f32>, %arg35: tensor<f32>):
    %81 = "stablehlo.broadcast_in_dim"(%arg34) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %82 = "stablehlo.broadcast_in_dim"(%arg35) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %83 = "stablehlo.slice"(%arg33) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %84 = "stablehlo.reshape"(%83) : (tensor<1xui32>) -> tensor<ui32>
    %85 = "stablehlo.slice"(%arg33) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %86 = "stablehlo.reshape"(%85) : (tensor<1xui32>) -> tensor<ui32>
    %87 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x8xui64>
    %88 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x8xui64>
    %89 = "stablehlo.constant"() <{value = dense<8> : tensor<ui64>}> : () -> tensor<ui64>
    %90 = "stablehlo.broadcast_in_dim"(%89) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x8xui64>
    %91 = "stablehlo.multiply"(%90, %87) : (tensor<4x8xui64>, tensor<4x8xui64>) -> tensor<4x8xui64>
    %92 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %93 = "stablehlo.broadcast_in_dim"(%92) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x8xui64>
    %94 = "stablehlo.multiply"(%93, %88) : (tensor<4x8xui64>, tensor<4x8xui64>) -> tensor<4x8xui64>
    %95 = "stablehlo.add"(%91, %94) : (tensor<4x8xui64>, tensor<4x8xui64>) -> tensor<4x8xui64>
    %96 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %97 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x8xui64>
    %98 = "stablehlo.shift_right_logical"(%95, %97) : (tensor<4x8xui64>, tensor<4x8xui64>) -> tensor<4x8xui64>
    %99 = "stablehlo.convert"(%95) : (tensor<4x8xui64>) -> tensor<4x8xui32>
    %100 = "stablehlo.convert"(%98) : (tensor<4x8xui64>) -> tensor<4x8xui32>
    %101:2 = "func.call"(%84, %86, %100, %99) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<4x8xui32>, tensor<4x8xui32>) -> (tensor<4x8xui32>, tensor<4x8xui32>)
    %102 = "stablehlo.xor"(%101#0, %101#1) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %103 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %104 = "stablehlo.broadcast_in_dim"(%103) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x8xui32>
    %105 = "stablehlo.shift_right_logical"(%102, %104) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %106 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %107 = "stablehlo.broadcast_in_dim"(%106) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x8xui32>
    %108 = "stablehlo.or"(%105, %107) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %109 = "stablehlo.bitcast_convert"(%108) : (tensor<4x8xui32>) -> tensor<4x8xf32>
    %110 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %111 = "stablehlo.broadcast_in_dim"(%110) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %112 = "stablehlo.subtract"(%109, %111) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %113 = "stablehlo.subtract"(%82, %81) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %114 = "stablehlo.broadcast_in_dim"(%113) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x8xf32>
    %115 = "stablehlo.multiply"(%112, %114) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %116 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x8xf32>
    %117 = "stablehlo.add"(%115, %116) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %118 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x8xf32>
    %119 = "stablehlo.maximum"(%118, %117) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%119) : (tensor<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<4x8xui32>, tensor<4x8xui32>) -> (tensor<4x8xui32>, tensor<4x8xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<ui32>, %arg12: tensor<ui32>, %arg13: tensor<4x8xui32>, %arg14: tensor<4x8xui32>):
    %64 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %65 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %66 = "stablehlo.xor"(%arg11, %arg12) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %67 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %68 = "stablehlo.xor"(%66, %67) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %69 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x8xui32>
    %70 = "stablehlo.add"(%arg13, %69) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %71 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x8xui32>
    %72 = "stablehlo.add"(%arg14, %71) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %73 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %74 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %75:9 = "stablehlo.while"(%74, %73, %70, %72, %arg12, %68, %arg11, %64, %65) ({
    ^bb0(%arg24: tensor<i32>, %arg25: tensor<i32>, %arg26: tensor<4x8xui32>, %arg27: tensor<4x8xui32>, %arg28: tensor<ui32>, %arg29: tensor<ui32>, %arg30: tensor<ui32>, %arg31: tensor<4xui32>, %arg32: tensor<4xui32>):
      %79 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %80 = "stablehlo.compare"(%arg24, %79) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%80) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg15: tensor<i32>, %arg16: tensor<i32>, %arg17: tensor<4x8xui32>, %arg18: tensor<4x8xui32>, %arg19: tensor<ui32>, %arg20: tensor<ui32>, %arg21: tensor<ui32>, %arg22: tensor<4xui32>, %arg23: tensor<4xui32>):
      %76:8 = "func.call"(%arg16, %arg17, %arg18, %arg19, %arg20, %arg21, %arg22, %arg23) <{callee = @closed_call}> : (tensor<i32>, tensor<4x8xui32>, tensor<4x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4x8xui32>, tensor<4x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %77 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %78 = "stablehlo.add"(%arg15, %77) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%78, %76#0, %76#1, %76#2, %76#3, %76#4, %76#5, %76#6, %76#7) : (tensor<i32>, tensor<i32>, tensor<4x8xui32>, tensor<4x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<4x8xui32>, tensor<4x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<4x8xui32>, tensor<4x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%75#2, %75#3) : (tensor<4x8xui32>, tensor<4x8xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<4x8xui32>, tensor<4x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4x8xui32>, tensor<4x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<i32>, %arg4: tensor<4x8xui32>, %arg5: tensor<4x8xui32>, %arg6: tensor<ui32>, %arg7: tensor<ui32>, %arg8: tensor<ui32>, %arg9: tensor<4xui32>, %arg10: tensor<4xui32>):
    %9 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %10 = "stablehlo.add"(%arg3, %9) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %11 = "stablehlo.slice"(%arg9) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %12 = "stablehlo.reshape"(%11) : (tensor<1xui32>) -> tensor<ui32>
    %13 = "stablehlo.add"(%arg4, %arg5) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %14 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x8xui32>
    %15 = "stablehlo.shift_left"(%arg5, %14) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %16 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %17 = "stablehlo.subtract"(%16, %12) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %18 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x8xui32>
    %19 = "stablehlo.shift_right_logical"(%arg5, %18) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %20 = "stablehlo.or"(%15, %19) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %21 = "stablehlo.xor"(%13, %20) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %22 = "stablehlo.slice"(%arg9) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %23 = "stablehlo.reshape"(%22) : (tensor<1xui32>) -> tensor<ui32>
    %24 = "stablehlo.add"(%13, %21) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %25 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x8xui32>
    %26 = "stablehlo.shift_left"(%21, %25) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %27 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %28 = "stablehlo.subtract"(%27, %23) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %29 = "stablehlo.broadcast_in_dim"(%28) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x8xui32>
    %30 = "stablehlo.shift_right_logical"(%21, %29) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %31 = "stablehlo.or"(%26, %30) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %32 = "stablehlo.xor"(%24, %31) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %33 = "stablehlo.slice"(%arg9) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %34 = "stablehlo.reshape"(%33) : (tensor<1xui32>) -> tensor<ui32>
    %35 = "stablehlo.add"(%24, %32) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %36 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x8xui32>
    %37 = "stablehlo.shift_left"(%32, %36) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %38 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %39 = "stablehlo.subtract"(%38, %34) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %40 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x8xui32>
    %41 = "stablehlo.shift_right_logical"(%32, %40) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %42 = "stablehlo.or"(%37, %41) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %43 = "stablehlo.xor"(%35, %42) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %44 = "stablehlo.slice"(%arg9) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %45 = "stablehlo.reshape"(%44) : (tensor<1xui32>) -> tensor<ui32>
    %46 = "stablehlo.add"(%35, %43) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %47 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x8xui32>
    %48 = "stablehlo.shift_left"(%43, %47) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %49 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %50 = "stablehlo.subtract"(%49, %45) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %51 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x8xui32>
    %52 = "stablehlo.shift_right_logical"(%43, %51) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %53 = "stablehlo.or"(%48, %52) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %54 = "stablehlo.xor"(%46, %53) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %55 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x8xui32>
    %56 = "stablehlo.add"(%46, %55) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %57 = "stablehlo.broadcast_in_dim"(%arg7) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x8xui32>
    %58 = "stablehlo.add"(%54, %57) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    %59 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %60 = "stablehlo.add"(%arg3, %59) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %61 = "stablehlo.convert"(%60) : (tensor<i32>) -> tensor<ui32>
    %62 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x8xui32>
    %63 = "stablehlo.add"(%58, %62) : (tensor<4x8xui32>, tensor<4x8xui32>) -> tensor<4x8xui32>
    "func.return"(%10, %56, %63, %arg7, %arg8, %arg6, %arg10, %arg9) : (tensor<i32>, tensor<4x8xui32>, tensor<4x8xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8xf32>, tensor<i32>, tensor<4x8xf32>) -> (tensor<i32>, tensor<4x8xf32>), res_attrs = [{}, {}], sym_name = "closed_call_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<8xf32>, %arg1: tensor<i32>, %arg2: tensor<4x8xf32>):
    %0 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %1 = "stablehlo.add"(%arg1, %0) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x8xf32>) -> tensor<4x8xf32>
    %4 = "stablehlo.add"(%arg2, %3) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    %5 = "stablehlo.tanh"(%4) : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %6 = "stablehlo.constant"() <{value = dense<0.899999976> : tensor<f32>}> : () -> tensor<f32>
    %7 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x8xf32>
    %8 = "stablehlo.multiply"(%5, %7) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%1, %8) : (tensor<i32>, tensor<4x8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
