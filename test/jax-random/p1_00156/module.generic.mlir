"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> tensor<4x4xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg41: tensor<4x4xf32>, %arg42: tensor<4xf32>, %arg43: tensor<4x4xf32>, %arg44: tensor<4xi32>):
    %142 = "stablehlo.multiply"(%arg41, %arg41) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %143 = "stablehlo.constant"() <{value = dense<237> : tensor<i32>}> : () -> tensor<i32>
    %144 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %145 = "stablehlo.shift_right_logical"(%143, %144) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %146 = "stablehlo.convert"(%145) : (tensor<i32>) -> tensor<ui32>
    %147 = "stablehlo.broadcast_in_dim"(%146) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %148 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %149 = "stablehlo.and"(%143, %148) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %150 = "stablehlo.convert"(%149) : (tensor<i32>) -> tensor<ui32>
    %151 = "stablehlo.broadcast_in_dim"(%150) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %152 = "stablehlo.concatenate"(%147, %151) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %153 = "func.call"(%152) <{callee = @_normal}> : (tensor<2xui32>) -> tensor<4x4xf32>
    %154 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %155 = "stablehlo.broadcast_in_dim"(%154) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x4xf32>
    %156 = "stablehlo.multiply"(%155, %153) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %157 = "stablehlo.add"(%142, %156) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %158 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %159 = "func.call"(%arg44, %158) <{callee = @remainder}> : (tensor<4xi32>, tensor<i32>) -> tensor<4xi32>
    %160 = "stablehlo.negate"(%159) : (tensor<4xi32>) -> tensor<4xi32>
    %161 = "stablehlo.convert"(%160) : (tensor<4xi32>) -> tensor<4xf32>
    %162 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xf32>) -> tensor<1x4xf32>
    %163 = "stablehlo.broadcast_in_dim"(%162) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xf32>) -> tensor<4x4xf32>
    %164 = "stablehlo.add"(%157, %163) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %165 = "func.call"(%164) <{callee = @_flip}> : (tensor<4x4xf32>) -> tensor<4x4xf32>
    "func.return"(%165) : (tensor<4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x4xf32>, res_attrs = [{}], sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg40: tensor<2xui32>):
    %141 = "func.call"(%arg40) <{callee = @_normal_real}> : (tensor<2xui32>) -> tensor<4x4xf32>
    "func.return"(%141) : (tensor<4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x4xf32>, res_attrs = [{}], sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg39: tensor<2xui32>):
    %134 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %135 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %136 = "func.call"(%arg39, %134, %135) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x4xf32>
    %137 = "chlo.erf_inv"(%136) : (tensor<4x4xf32>) -> tensor<4x4xf32>
    %138 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %139 = "stablehlo.broadcast_in_dim"(%138) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x4xf32>
    %140 = "stablehlo.multiply"(%139, %137) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    "func.return"(%140) : (tensor<4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x4xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg36: tensor<2xui32>, %arg37: tensor<f32>, %arg38: tensor<f32>):
    %95 = "stablehlo.broadcast_in_dim"(%arg37) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %96 = "stablehlo.broadcast_in_dim"(%arg38) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %97 = "stablehlo.slice"(%arg36) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %98 = "stablehlo.reshape"(%97) : (tensor<1xui32>) -> tensor<ui32>
    %99 = "stablehlo.slice"(%arg36) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %100 = "stablehlo.reshape"(%99) : (tensor<1xui32>) -> tensor<ui32>
    %101 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x4xui64>
    %102 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x4xui64>
    %103 = "stablehlo.constant"() <{value = dense<4> : tensor<ui64>}> : () -> tensor<ui64>
    %104 = "stablehlo.broadcast_in_dim"(%103) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x4xui64>
    %105 = "stablehlo.multiply"(%104, %101) : (tensor<4x4xui64>, tensor<4x4xui64>) -> tensor<4x4xui64>
    %106 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %107 = "stablehlo.broadcast_in_dim"(%106) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x4xui64>
    %108 = "stablehlo.multiply"(%107, %102) : (tensor<4x4xui64>, tensor<4x4xui64>) -> tensor<4x4xui64>
    %109 = "stablehlo.add"(%105, %108) : (tensor<4x4xui64>, tensor<4x4xui64>) -> tensor<4x4xui64>
    %110 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %111 = "stablehlo.broadcast_in_dim"(%110) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x4xui64>
    %112 = "stablehlo.shift_right_logical"(%109, %111) : (tensor<4x4xui64>, tensor<4x4xui64>) -> tensor<4x4xui64>
    %113 = "stablehlo.convert"(%109) : (tensor<4x4xui64>) -> tensor<4x4xui32>
    %114 = "stablehlo.convert"(%112) : (tensor<4x4xui64>) -> tensor<4x4xui32>
    %115:2 = "func.call"(%98, %100, %114, %113) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<4x4xui32>, tensor<4x4xui32>) -> (tensor<4x4xui32>, tensor<4x4xui32>)
    %116 = "stablehlo.xor"(%115#0, %115#1) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %117 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %118 = "stablehlo.broadcast_in_dim"(%117) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x4xui32>
    %119 = "stablehlo.shift_right_logical"(%116, %118) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %120 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %121 = "stablehlo.broadcast_in_dim"(%120) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x4xui32>
    %122 = "stablehlo.or"(%119, %121) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %123 = "stablehlo.bitcast_convert"(%122) : (tensor<4x4xui32>) -> tensor<4x4xf32>
    %124 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %125 = "stablehlo.broadcast_in_dim"(%124) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x4xf32>
    %126 = "stablehlo.subtract"(%123, %125) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %127 = "stablehlo.subtract"(%96, %95) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %128 = "stablehlo.broadcast_in_dim"(%127) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x4xf32>
    %129 = "stablehlo.multiply"(%126, %128) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %130 = "stablehlo.broadcast_in_dim"(%95) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x4xf32>
    %131 = "stablehlo.add"(%129, %130) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    %132 = "stablehlo.broadcast_in_dim"(%95) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x4xf32>
    %133 = "stablehlo.maximum"(%132, %131) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    "func.return"(%133) : (tensor<4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<4x4xui32>, tensor<4x4xui32>) -> (tensor<4x4xui32>, tensor<4x4xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg14: tensor<ui32>, %arg15: tensor<ui32>, %arg16: tensor<4x4xui32>, %arg17: tensor<4x4xui32>):
    %78 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %79 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %80 = "stablehlo.xor"(%arg14, %arg15) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %81 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %82 = "stablehlo.xor"(%80, %81) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %83 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x4xui32>
    %84 = "stablehlo.add"(%arg16, %83) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %85 = "stablehlo.broadcast_in_dim"(%arg15) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x4xui32>
    %86 = "stablehlo.add"(%arg17, %85) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %87 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %88 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %89:9 = "stablehlo.while"(%88, %87, %84, %86, %arg15, %82, %arg14, %78, %79) ({
    ^bb0(%arg27: tensor<i32>, %arg28: tensor<i32>, %arg29: tensor<4x4xui32>, %arg30: tensor<4x4xui32>, %arg31: tensor<ui32>, %arg32: tensor<ui32>, %arg33: tensor<ui32>, %arg34: tensor<4xui32>, %arg35: tensor<4xui32>):
      %93 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %94 = "stablehlo.compare"(%arg27, %93) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%94) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg18: tensor<i32>, %arg19: tensor<i32>, %arg20: tensor<4x4xui32>, %arg21: tensor<4x4xui32>, %arg22: tensor<ui32>, %arg23: tensor<ui32>, %arg24: tensor<ui32>, %arg25: tensor<4xui32>, %arg26: tensor<4xui32>):
      %90:8 = "func.call"(%arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26) <{callee = @closed_call}> : (tensor<i32>, tensor<4x4xui32>, tensor<4x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4x4xui32>, tensor<4x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %91 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %92 = "stablehlo.add"(%arg18, %91) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%92, %90#0, %90#1, %90#2, %90#3, %90#4, %90#5, %90#6, %90#7) : (tensor<i32>, tensor<i32>, tensor<4x4xui32>, tensor<4x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<4x4xui32>, tensor<4x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<4x4xui32>, tensor<4x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%89#2, %89#3) : (tensor<4x4xui32>, tensor<4x4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<4x4xui32>, tensor<4x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4x4xui32>, tensor<4x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<i32>, %arg7: tensor<4x4xui32>, %arg8: tensor<4x4xui32>, %arg9: tensor<ui32>, %arg10: tensor<ui32>, %arg11: tensor<ui32>, %arg12: tensor<4xui32>, %arg13: tensor<4xui32>):
    %23 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %24 = "stablehlo.add"(%arg6, %23) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %25 = "stablehlo.slice"(%arg12) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %26 = "stablehlo.reshape"(%25) : (tensor<1xui32>) -> tensor<ui32>
    %27 = "stablehlo.add"(%arg7, %arg8) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %28 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x4xui32>
    %29 = "stablehlo.shift_left"(%arg8, %28) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %30 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %31 = "stablehlo.subtract"(%30, %26) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %32 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x4xui32>
    %33 = "stablehlo.shift_right_logical"(%arg8, %32) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %34 = "stablehlo.or"(%29, %33) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %35 = "stablehlo.xor"(%27, %34) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %36 = "stablehlo.slice"(%arg12) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %37 = "stablehlo.reshape"(%36) : (tensor<1xui32>) -> tensor<ui32>
    %38 = "stablehlo.add"(%27, %35) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %39 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x4xui32>
    %40 = "stablehlo.shift_left"(%35, %39) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %41 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %42 = "stablehlo.subtract"(%41, %37) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %43 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x4xui32>
    %44 = "stablehlo.shift_right_logical"(%35, %43) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %45 = "stablehlo.or"(%40, %44) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %46 = "stablehlo.xor"(%38, %45) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %47 = "stablehlo.slice"(%arg12) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %48 = "stablehlo.reshape"(%47) : (tensor<1xui32>) -> tensor<ui32>
    %49 = "stablehlo.add"(%38, %46) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %50 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x4xui32>
    %51 = "stablehlo.shift_left"(%46, %50) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %52 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %53 = "stablehlo.subtract"(%52, %48) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %54 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x4xui32>
    %55 = "stablehlo.shift_right_logical"(%46, %54) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %56 = "stablehlo.or"(%51, %55) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %57 = "stablehlo.xor"(%49, %56) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %58 = "stablehlo.slice"(%arg12) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %59 = "stablehlo.reshape"(%58) : (tensor<1xui32>) -> tensor<ui32>
    %60 = "stablehlo.add"(%49, %57) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %61 = "stablehlo.broadcast_in_dim"(%59) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x4xui32>
    %62 = "stablehlo.shift_left"(%57, %61) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %63 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %64 = "stablehlo.subtract"(%63, %59) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %65 = "stablehlo.broadcast_in_dim"(%64) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x4xui32>
    %66 = "stablehlo.shift_right_logical"(%57, %65) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %67 = "stablehlo.or"(%62, %66) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %68 = "stablehlo.xor"(%60, %67) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %69 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x4xui32>
    %70 = "stablehlo.add"(%60, %69) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %71 = "stablehlo.broadcast_in_dim"(%arg10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x4xui32>
    %72 = "stablehlo.add"(%68, %71) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    %73 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %74 = "stablehlo.add"(%arg6, %73) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %75 = "stablehlo.convert"(%74) : (tensor<i32>) -> tensor<ui32>
    %76 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x4xui32>
    %77 = "stablehlo.add"(%72, %76) : (tensor<4x4xui32>, tensor<4x4xui32>) -> tensor<4x4xui32>
    "func.return"(%24, %70, %77, %arg10, %arg11, %arg9, %arg13, %arg12) : (tensor<i32>, tensor<4x4xui32>, tensor<4x4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4xi32>, tensor<i32>) -> tensor<4xi32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<4xi32>, %arg5: tensor<i32>):
    %2 = "stablehlo.convert"(%arg5) : (tensor<i32>) -> tensor<i32>
    %3 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %4 = "stablehlo.compare"(%2, %3) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %6 = "func.call"(%4, %5, %2) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %7 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %8 = "stablehlo.remainder"(%arg4, %7) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %9 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %11 = "stablehlo.compare"(%8, %10) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %12 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %13 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %14 = "stablehlo.compare"(%8, %13) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %15 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %16 = "stablehlo.compare"(%6, %15) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %17 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4xi1>
    %18 = "stablehlo.compare"(%14, %17) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    %19 = "stablehlo.and"(%18, %11) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    %20 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4xi32>
    %21 = "stablehlo.add"(%8, %20) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %22 = "stablehlo.select"(%19, %21, %8) : (tensor<4xi1>, tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    "func.return"(%22) : (tensor<4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg1: tensor<i1>, %arg2: tensor<i32>, %arg3: tensor<i32>):
    %1 = "stablehlo.select"(%arg1, %arg2, %arg3) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%1) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xf32>) -> tensor<4x4xf32>, res_attrs = [{}], sym_name = "_flip", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x4xf32>):
    %0 = "stablehlo.reverse"(%arg0) <{dimensions = array<i64: 1>}> : (tensor<4x4xf32>) -> tensor<4x4xf32>
    "func.return"(%0) : (tensor<4x4xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
