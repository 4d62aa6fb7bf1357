"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> (tensor<4x6xf32>, tensor<4x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg41: tensor<4x6xf32>, %arg42: tensor<6xf32>, %arg43: tensor<6x6xf32>, %arg44: tensor<6xi32>):
    %140 = "stablehlo.constant"() <{value = dense<557> : tensor<i32>}> : () -> tensor<i32>
    %141 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %142 = "stablehlo.shift_right_logical"(%140, %141) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %143 = "stablehlo.convert"(%142) : (tensor<i32>) -> tensor<ui32>
    %144 = "stablehlo.broadcast_in_dim"(%143) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %145 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %146 = "stablehlo.and"(%140, %145) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %147 = "stablehlo.convert"(%146) : (tensor<i32>) -> tensor<ui32>
    %148 = "stablehlo.broadcast_in_dim"(%147) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %149 = "stablehlo.concatenate"(%144, %148) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %150 = "func.call"(%149) <{callee = @_normal}> : (tensor<2xui32>) -> tensor<4x6xf32>
    %151 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %152 = "stablehlo.broadcast_in_dim"(%151) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %153 = "stablehlo.multiply"(%152, %150) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %154 = "stablehlo.add"(%arg41, %153) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %155 = "func.call"(%154) <{callee = @_roll_static}> : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %156 = "stablehlo.broadcast_in_dim"(%arg42) <{broadcast_dimensions = array<i64: 1>}> : (tensor<6xf32>) -> tensor<1x6xf32>
    %157 = "stablehlo.broadcast_in_dim"(%156) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x6xf32>) -> tensor<4x6xf32>
    %158 = "stablehlo.minimum"(%155, %157) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %159 = "stablehlo.tanh"(%158) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %160 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %161 = "stablehlo.broadcast_in_dim"(%160) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %162 = "stablehlo.multiply"(%159, %161) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %163 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %164 = "stablehlo.broadcast_in_dim"(%163) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %165 = "stablehlo.add"(%162, %164) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %166 = "func.call"(%165) <{callee = @cumprod}> : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %167 = "func.call"(%166) <{callee = @softplus}> : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %168:2 = "chlo.top_k"(%167) <{k = 2 : i64}> : (tensor<4x6xf32>) -> (tensor<4x2xf32>, tensor<4x2xi32>)
    "func.return"(%167, %168#0) : (tensor<4x6xf32>, tensor<4x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x6xf32>, res_attrs = [{}], sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg40: tensor<2xui32>):
    %139 = "func.call"(%arg40) <{callee = @_normal_real}> : (tensor<2xui32>) -> tensor<4x6xf32>
    "func.return"(%139) : (tensor<4x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x6xf32>, res_attrs = [{}], sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg39: tensor<2xui32>):
    %132 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %133 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %134 = "func.call"(%arg39, %132, %133) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x6xf32>
    %135 = "chlo.erf_inv"(%134) : (tensor<4x6xf32>) -> tensor<4x6xf32>
    %136 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %137 = "stablehlo.broadcast_in_dim"(%136) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %138 = "stablehlo.multiply"(%137, %135) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    "func.return"(%138) : (tensor<4x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x6xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg36: tensor<2xui32>, %arg37: tensor<f32>, %arg38: tensor<f32>):
    %93 = "stablehlo.broadcast_in_dim"(%arg37) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %94 = "stablehlo.broadcast_in_dim"(%arg38) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %95 = "stablehlo.slice"(%arg36) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %96 = "stablehlo.reshape"(%95) : (tensor<1xui32>) -> tensor<ui32>
    %97 = "stablehlo.slice"(%arg36) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %98 = "stablehlo.reshape"(%97) : (tensor<1xui32>) -> tensor<ui32>
    %99 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x6xui64>
    %100 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x6xui64>
    %101 = "stablehlo.constant"() <{value = dense<6> : tensor<ui64>}> : () -> tensor<ui64>
    %102 = "stablehlo.broadcast_in_dim"(%101) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x6xui64>
    %103 = "stablehlo.multiply"(%102, %99) : (tensor<4x6xui64>, tensor<4x6xui64>) -> tensor<4x6xui64>
    %104 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %105 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x6xui64>
    %106 = "stablehlo.multiply"(%105, %100) : (tensor<4x6xui64>, tensor<4x6xui64>) -> tensor<4x6xui64>
    %107 = "stablehlo.add"(%103, %106) : (tensor<4x6xui64>, tensor<4x6xui64>) -> tensor<4x6xui64>
    %108 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %109 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x6xui64>
    %110 = "stablehlo.shift_right_logical"(%107, %109) : (tensor<4x6xui64>, tensor<4x6xui64>) -> tensor<4x6xui64>
    %111 = "stablehlo.convert"(%107) : (tensor<4x6xui64>) -> tensor<4x6xui32>
    %112 = "stablehlo.convert"(%110) : (tensor<4x6xui64>) -> tensor<4x6xui32>
    %113:2 = "func.call"(%96, %98, %112, %111) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<4x6xui32>, tensor<4x6xui32>) -> (tensor<4x6xui32>, tensor<4x6xui32>)
    %114 = "stablehlo.xor"(%113#0, %113#1) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %115 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %116 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %117 = "stablehlo.shift_right_logical"(%114, %116) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %118 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %119 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %120 = "stablehlo.or"(%117, %119) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %121 = "stablehlo.bitcast_convert"(%120) : (tensor<4x6xui32>) -> tensor<4x6xf32>
    %122 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %123 = "stablehlo.broadcast_in_dim"(%122) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x6xf32>
    %124 = "stablehlo.subtract"(%121, %123) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %125 = "stablehlo.subtract"(%94, %93) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %126 = "stablehlo.broadcast_in_dim"(%125) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x6xf32>
    %127 = "stablehlo.multiply"(%124, %126) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %128 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x6xf32>
    %129 = "stablehlo.add"(%127, %128) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    %130 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x6xf32>
    %131 = "stablehlo.maximum"(%130, %129) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
    "func.return"(%131) : (tensor<4x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<4x6xui32>, tensor<4x6xui32>) -> (tensor<4x6xui32>, tensor<4x6xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg14: tensor<ui32>, %arg15: tensor<ui32>, %arg16: tensor<4x6xui32>, %arg17: tensor<4x6xui32>):
    %76 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %77 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %78 = "stablehlo.xor"(%arg14, %arg15) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %79 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %80 = "stablehlo.xor"(%78, %79) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %81 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %82 = "stablehlo.add"(%arg16, %81) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %83 = "stablehlo.broadcast_in_dim"(%arg15) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %84 = "stablehlo.add"(%arg17, %83) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %85 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %86 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %87:9 = "stablehlo.while"(%86, %85, %82, %84, %arg15, %80, %arg14, %76, %77) ({
    ^bb0(%arg27: tensor<i32>, %arg28: tensor<i32>, %arg29: tensor<4x6xui32>, %arg30: tensor<4x6xui32>, %arg31: tensor<ui32>, %arg32: tensor<ui32>, %arg33: tensor<ui32>, %arg34: tensor<4xui32>, %arg35: tensor<4xui32>):
      %91 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %92 = "stablehlo.compare"(%arg27, %91) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%92) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg18: tensor<i32>, %arg19: tensor<i32>, %arg20: tensor<4x6xui32>, %arg21: tensor<4x6xui32>, %arg22: tensor<ui32>, %arg23: tensor<ui32>, %arg24: tensor<ui32>, %arg25: tensor<4xui32>, %arg26: tensor<4xui32>):
      %88:8 = "func.call"(%arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26) <{callee = @closed_call}> : (tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %89 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %90 = "stablehlo.add"(%arg18, %89) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%90, %88#0, %88#1, %88#2, %88#3, %88#4, %88#5, %88#6, %88#7) : (tensor<i32>, tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%87#2, %87#3) : (tensor<4x6xui32>, tensor<4x6xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<i32>, %arg7: tensor<4x6xui32>, %arg8: tensor<4x6xui32>, %arg9: tensor<ui32>, %arg10: tensor<ui32>, %arg11: tensor<ui32>, %arg12: tensor<4xui32>, %arg13: tensor<4xui32>):
    %21 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %22 = "stablehlo.add"(%arg6, %21) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %23 = "stablehlo.slice"(%arg12) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %24 = "stablehlo.reshape"(%23) : (tensor<1xui32>) -> tensor<ui32>
    %25 = "stablehlo.add"(%arg7, %arg8) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %26 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %27 = "stablehlo.shift_left"(%arg8, %26) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %28 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %29 = "stablehlo.subtract"(%28, %24) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %30 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %31 = "stablehlo.shift_right_logical"(%arg8, %30) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %32 = "stablehlo.or"(%27, %31) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %33 = "stablehlo.xor"(%25, %32) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %34 = "stablehlo.slice"(%arg12) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %35 = "stablehlo.reshape"(%34) : (tensor<1xui32>) -> tensor<ui32>
    %36 = "stablehlo.add"(%25, %33) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %37 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %38 = "stablehlo.shift_left"(%33, %37) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %39 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %40 = "stablehlo.subtract"(%39, %35) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %41 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %42 = "stablehlo.shift_right_logical"(%33, %41) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %43 = "stablehlo.or"(%38, %42) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %44 = "stablehlo.xor"(%36, %43) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %45 = "stablehlo.slice"(%arg12) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %46 = "stablehlo.reshape"(%45) : (tensor<1xui32>) -> tensor<ui32>
    %47 = "stablehlo.add"(%36, %44) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %48 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %49 = "stablehlo.shift_left"(%44, %48) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %50 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %51 = "stablehlo.subtract"(%50, %46) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %52 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %53 = "stablehlo.shift_right_logical"(%44, %52) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %54 = "stablehlo.or"(%49, %53) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %55 = "stablehlo.xor"(%47, %54) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %56 = "stablehlo.slice"(%arg12) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %57 = "stablehlo.reshape"(%56) : (tensor<1xui32>) -> tensor<ui32>
    %58 = "stablehlo.add"(%47, %55) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %59 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %60 = "stablehlo.shift_left"(%55, %59) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %61 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %62 = "stablehlo.subtract"(%61, %57) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %63 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %64 = "stablehlo.shift_right_logical"(%55, %63) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %65 = "stablehlo.or"(%60, %64) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %66 = "stablehlo.xor"(%58, %65) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %67 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %68 = "stablehlo.add"(%58, %67) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %69 = "stablehlo.broadcast_in_dim"(%arg10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %70 = "stablehlo.add"(%66, %69) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    %71 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %72 = "stablehlo.add"(%arg6, %71) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %73 = "stablehlo.convert"(%72) : (tensor<i32>) -> tensor<ui32>
    %74 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x6xui32>
    %75 = "stablehlo.add"(%70, %74) : (tensor<4x6xui32>, tensor<4x6xui32>) -> tensor<4x6xui32>
    "func.return"(%22, %68, %75, %arg10, %arg11, %arg9, %arg13, %arg12) : (tensor<i32>, tensor<4x6xui32>, tensor<4x6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x6xf32>) -> tensor<4x6xf32>, res_attrs = [{}], sym_name = "_roll_static", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<4x6xf32>):
    %18 = "stablehlo.slice"(%arg5) <{limit_indices = array<i64: 4, 6>, start_indices = array<i64: 3, 0>, strides = array<i64: 1, 1>}> : (tensor<4x6xf32>) -> tensor<1x6xf32>
    %19 = "stablehlo.slice"(%arg5) <{limit_indices = array<i64: 3, 6>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x6xf32>) -> tensor<3x6xf32>
    %20 = "stablehlo.concatenate"(%18, %19) <{dimension = 0 : i64}> : (tensor<1x6xf32>, tensor<3x6xf32>) -> tensor<4x6xf32>
    "func.return"(%20) : (tensor<4x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x6xf32>) -> tensor<4x6xf32>, res_attrs = [{}], sym_name = "cumprod", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<4x6xf32>):
    %17 = "func.call"(%arg4) <{callee = @cumprod_0}> : (tensor<4x6xf32>) -> tensor<4x6xf32>
    "func.return"(%17) : (tensor<4x6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x6xf32>) -> tensor<4x6xf32>, sym_name = "cumprod_0", sym_visibility = "private"}> ({
  ^bb0(%arg1: tensor<4x6xf32>):
    %14 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %15 = "stablehlo.reduce_window"(%arg1, %14) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 0], [5, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 6>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %16 = "stablehlo.multiply"(%arg2, %arg3) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%16) : (tensor<f32>) -> ()
    }) : (tensor<4x6xf32>, tensor<f32>) -> tensor<4x6xf32>
    "func.return"(%15) : (tensor<4x6xf32>) -> ()
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
