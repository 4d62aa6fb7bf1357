"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> (tensor<4x6xf32>, tensor<4x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg37: tensor<4x6xf32>, %arg38: tensor<6xf32>, %arg39: tensor<6x6xf32>, %arg40: tensor<6xi32>):
    %136 = "stablehlo.constant"() <{value = dense<557> : tensor<i32>}> : () -> tensor<i32>
    %137 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %138 = "stablehlo.shift_right_logical"(%136, %137) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %139 = "stablehlo.convert"(%138) : (tensor<i32>) -> tensor<ui32>
    %140 = "stablehlo.broadcast_in_dim"(%139) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %141 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %142 = "stablehlo.and"(%136, %141) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %143 = "stablehlo.convert"(%142) : (tensor<i32>) -> tensor<ui32>
    %144 = "stablehlo.broadcast_in_dim"(%143) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %145 = "stablehlo.concatenate"(%140, %144) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %146 = "func.call"(%145) <{callee = @_normal}> : (tensor<2xui32>) -> tensor<4x6xf32>
    %147 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %148 = "stablehlo.broadcast_in_dim"(%147) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %149 = "stablehlo.multiply"(%148, %146) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %150 = "stablehlo.add"(%arg37, %149) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %151 = "func.call"(%150) <{callee = @_roll_static}> : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %152 = "stablehlo.broadcast_in_dim"(%arg38) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1x6xf32>
    %153 = "stablehlo.broadcast_in_dim"(%152) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xf32>) -> tensor<4x6xf32>
    %154 = "stablehlo.minimum"(%151, %153) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %155 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %156 = "stablehlo.broadcast_in_dim"(%155) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<f32>
    %157 = "stablehlo.reduce_window"(%154, %156) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 1], [0, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 2, 1>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg41: tensor<f32>, %arg42: tensor<f32>):
      %160 = "stablehlo.maximum"(%arg41, %arg42) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%160) : (tensor<f32>) -> ()
    }) : (tensor<4x6xf32>, tensor<f32>) -> tensor<4x6xf32>
    %158 = "func.call"(%157) <{callee = @softplus}> : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %159:2 = "chlo.top_k"(%158) <{k = 2 : i64}> : (tensor<4x6xf32>) -> (tensor<4x2xf32>, tensor<4x2xi32>)
    "func.return"(%158, %159#0) : (tensor<4x6xf32>, tensor<4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x6xf32>, res_attrs = [{}], sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg36: tensor<2xui32>):
    %135 = "func.call"(%arg36) <{callee = @_normal_real}> : (tensor<2xui32>) -> tensor<4x6xf32>
    "func.return"(%135) : (tensor<4x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x6xf32>, res_attrs = [{}], sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg35: tensor<2xui32>):
    %128 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %129 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %130 = "func.call"(%arg35, %128, %129) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x6xf32>
    %131 = "chlo.erf_inv"(%130) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %132 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %133 = "stablehlo.broadcast_in_dim"(%132) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %134 = "stablehlo.multiply"(%133, %131) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    "func.return"(%134) : (tensor<4x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x6xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg32: tensor<2xui32>, %arg33: tensor<f32>, %arg34: tensor<f32>):
    %89 = "stablehlo.broadcast_in_dim"(%arg33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %90 = "stablehlo.broadcast_in_dim"(%arg34) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %91 = "stablehlo.slice"(%arg32) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %92 = "stablehlo.reshape"(%91) : (tensor<1xui32>) -> tensor<ui32>
    %93 = "stablehlo.slice"(%arg32) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %94 = "stablehlo.reshape"(%93) : (tensor<1xui32>) -> tensor<ui32>
    %95 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x6xui64>
    %96 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x6xui64>
    %97 = "stablehlo.constant"() <{value = dense<6> : tensor<ui64>}> : () -> tensor<ui64>
    %98 = "stablehlo.broadcast_in_dim"(%97) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x6xui64>
    %99 = "stablehlo.multiply"(%98, %95) : (tensor<4x6xui64>, tensor<4x6xui64>) -> tensor<4x6xui64>
    %100 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %101 = "stablehlo.broadcast_in_dim"(%100) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x6xui64>
    %102 = "stablehlo.multiply"(%101, %96) : (tensor<4x6xui64>, tensor<4x6xui64>) -> tensor<4x6xui64>
    %103 = "stablehlo.add"(%99, %102) : (tensor<4x6xui64>, tensor<4x6xui64>) -> tensor<4x6xui64>
    %104 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %105 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x6xui64>
    %106 = "stablehlo.shift_right_logical"(%103, %105) : (tensor<4x6xui64>, tensor<4x6xui64>) -> tensor<4x6xui64>
    %107 = "stablehlo.convert"(%103) : (tensor<4x6xui64>) -> tensor<4x6xui32>
    %108 = "stablehlo.convert"(%106) : (tensor<4x6xui64>) -> tensor<4x6xui32>
    %109:2 = "func.call"(%92, %94, %108, %107) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<4x6xui32>, tensor<4x6xui32>) -> (tensor<4x6xui32>, tensor<4x6xui32>)
    %110 = "stablehlo.xor"(%109#0, %109#1) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %111 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %112 = "stablehlo.broadcast_in_dim"(%111) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %113 = "stablehlo.shift_right_logical"(%110, %112) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %114 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %115 = "stablehlo.broadcast_in_dim"(%114) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %116 = "stablehlo.or"(%113, %115) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %117 = "stablehlo.bitcast_convert"(%116) : (tensor<4x6xui32>) -> tensor<4x6xf32>
    %118 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %119 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %120 = "stablehlo.subtract"(%117, %119) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %121 = "stablehlo.subtract"(%90, %89) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %122 = "stablehlo.broadcast_in_dim"(%121) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x6xf32>
    %123 = "stablehlo.multiply"(%120, %122) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %124 = "stablehlo.broadcast_in_dim"(%89) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x6xf32>
    %125 = "stablehlo.add"(%123, %124) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %126 = "stablehlo.broadcast_in_dim"(%89) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x6xf32>
    %127 = "stablehlo.maximum"(%126, %125) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    "func.return"(%127) : (tensor<4x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<4x6xui32>, tensor<4x6xui32>) -> (tensor<4x6xui32>, tensor<4x6xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<ui32>, %arg11: tensor<ui32>, %arg12: tensor<4x6xui32>, %arg13: tensor<4x6xui32>):
    %72 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %73 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %74 = "stablehlo.xor"(%arg10, %arg11) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %75 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %76 = "stablehlo.xor"(%74, %75) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %77 = "stablehlo.broadcast_in_dim"(%arg10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %78 = "stablehlo.add"(%arg12, %77) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %79 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %80 = "stablehlo.add"(%arg13, %79) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %81 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %82 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %83:9 = "stablehlo.while"(%82, %81, %78, %80, %arg11, %76, %arg10, %72, %73) ({
    ^bb0(%arg23: tensor<i32>, %arg24: tensor<i32>, %arg25: tensor<4x6xui32>, %arg26: tensor<4x6xui32>, %arg27: tensor<ui32>, %arg28: tensor<ui32>, %arg29: tensor<ui32>, %arg30: tensor<4xui32>, %arg31: tensor<4xui32>):
      %87 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %88 = "stablehlo.compare"(%arg23, %87) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%88) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg14: tensor<i32>, %arg15: tensor<i32>, %arg16: tensor<4x6xui32>, %arg17: tensor<4x6xui32>, %arg18: tensor<ui32>, %arg19: tensor<ui32>, %arg20: tensor<ui32>, %arg21: tensor<4xui32>, %arg22: tensor<4xui32>):
      %84:8 = "func.call"(%arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21, %arg22) <{callee = @closed_call}> : (tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %85 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %86 = "stablehlo.add"(%arg14, %85) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%86, %84#0, %84#1, %84#2, %84#3, %84#4, %84#5, %84#6, %84#7) : (tensor<i32>, tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%83#2, %83#3) : (tensor<4x6xui32>, tensor<4x6xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<i32>, %arg3: tensor<4x6xui32>, %arg4: tensor<4x6xui32>, %arg5: tensor<ui32>, %arg6: tensor<ui32>, %arg7: tensor<ui32>, %arg8: tensor<4xui32>, %arg9: tensor<4xui32>):
    %17 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %18 = "stablehlo.add"(%arg2, %17) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %19 = "stablehlo.slice"(%arg8) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %20 = "stablehlo.reshape"(%19) : (tensor<1xui32>) -> tensor<ui32>
    %21 = "stablehlo.add"(%arg3, %arg4) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %22 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %23 = "stablehlo.shift_left"(%arg4, %22) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %24 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %25 = "stablehlo.subtract"(%24, %20) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %26 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %27 = "stablehlo.shift_right_logical"(%arg4, %26) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %28 = "stablehlo.or"(%23, %27) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %29 = "stablehlo.xor"(%21, %28) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %30 = "stablehlo.slice"(%arg8) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %31 = "stablehlo.reshape"(%30) : (tensor<1xui32>) -> tensor<ui32>
    %32 = "stablehlo.add"(%21, %29) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %33 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %34 = "stablehlo.shift_left"(%29, %33) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %35 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %36 = "stablehlo.subtract"(%35, %31) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %37 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %38 = "stablehlo.shift_right_logical"(%29, %37) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %39 = "stablehlo.or"(%34, %38) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %40 = "stablehlo.xor"(%32, %39) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %41 = "stablehlo.slice"(%arg8) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %42 = "stablehlo.reshape"(%41) : (tensor<1xui32>) -> tensor<ui32>
    %43 = "stablehlo.add"(%32, %40) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %44 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %45 = "stablehlo.shift_left"(%40, %44) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %46 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %47 = "stablehlo.subtract"(%46, %42) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %48 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %49 = "stablehlo.shift_right_logical"(%40, %48) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %50 = "stablehlo.or"(%45, %49) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %51 = "stablehlo.xor"(%43, %50) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %52 = "stablehlo.slice"(%arg8) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %53 = "stablehlo.reshape"(%52) : (tensor<1xui32>) -> tensor<ui32>
    %54 = "stablehlo.add"(%43, %51) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %55 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %56 = "stablehlo.shift_left"(%51, %55) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %57 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %58 = "stablehlo.subtract"(%57, %53) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %59 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %60 = "stablehlo.shift_right_logical"(%51, %59) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %61 = "stablehlo.or"(%56, %60) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %62 = "stablehlo.xor"(%54, %61) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %63 = "stablehlo.broadcast_in_dim"(%arg5) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %64 = "stablehlo.add"(%54, %63) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %65 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %66 = "stablehlo.add"(%62, %65) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %67 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %68 = "stablehlo.add"(%arg2, %67) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %69 = "stablehlo.convert"(%68) : (tensor<i32>) -> tensor<ui32>
    %70 = "stablehlo.broadcast_in_dim"(%69) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %71 = "stablehlo.add"(%66, %70) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    "func.return"(%18, %64, %71, %arg6, %arg7, %arg5, %arg9, %arg8) : (tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x6xf32>) -> tensor<4x6xf32>, res_attrs = [{}], sym_name = "_roll_static", sym_visibility = "private"}> ({
  ^bb0(%arg1: tensor<4x6xf32>):
    %14 = "stablehlo.slice"(%arg1) <{limit_indices = array<i64: 4, 6>, start_indices = array<i64: 3, 0>, strides = array<i64: 1, 1>}> : (tensor<4x6xf32>) -> tensor<1x6xf32>
    %15 = "stablehlo.slice"(%arg1) <{limit_indices = array<i64: 3, 6>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x6xf32>) -> tensor<3x6xf32>
    %16 = "stablehlo.concatenate"(%14, %15) <{dimension = 0 : i64}> : (tensor<1x6xf32>, tensor<3x6xf32>) -> tensor<4x6xf32>
    "func.return"(%16) : (tensor<4x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x6xf32>) -> tensor<4x6xf32>, res_attrs = [{}], sym_name = "softplus", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x6xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %2 = "stablehlo.maximum"(%arg0, %1) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %3 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %4 = "stablehlo.subtract"(%arg0, %3) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %5 = "stablehlo.compare"(%4, %4) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xi1>
    %6 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %7 = "stablehlo.add"(%arg0, %6) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %8 = "stablehlo.abs"(%4) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %9 = "stablehlo.negate"(%8) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %10 = "stablehlo.exponential"(%9) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %11 = "stablehlo.log_plus_one"(%10) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %12 = "stablehlo.add"(%2, %11) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %13 = "stablehlo.select"(%5, %7, %12) : (tensor<4x6xi1>, tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    "func.return"(%13) : (tensor<4x6xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
