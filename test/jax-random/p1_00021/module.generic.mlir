"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x24xf32>, tensor<24xf32>, tensor<24x24xf32>, tensor<24xi32>) -> tensor<4x24xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg40: tensor<4x24xf32>, %arg41: tensor<24xf32>, %arg42: tensor<24x24xf32>, %arg43: tensor<24xi32>):
    %141 = "stablehlo.broadcast_in_dim"(%arg41) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %142 = "stablehlo.broadcast_in_dim"(%141) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %143 = "stablehlo.multiply"(%arg40, %142) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %144 = "stablehlo.constant"() <{value = dense<153> : tensor<i32>}> : () -> tensor<i32>
    %145 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %146 = "stablehlo.shift_right_logical"(%144, %145) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %147 = "stablehlo.convert"(%146) : (tensor<i32>) -> tensor<ui32>
    %148 = "stablehlo.broadcast_in_dim"(%147) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %149 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %150 = "stablehlo.and"(%144, %149) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %151 = "stablehlo.convert"(%150) : (tensor<i32>) -> tensor<ui32>
    %152 = "stablehlo.broadcast_in_dim"(%151) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %153 = "stablehlo.concatenate"(%148, %152) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %154 = "func.call"(%153) <{callee = @_normal}> : (tensor<2xui32>) -> tensor<4x24xf32>
    %155 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %156 = "stablehlo.broadcast_in_dim"(%155) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %157 = "stablehlo.multiply"(%156, %154) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %158 = "stablehlo.add"(%143, %157) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %159 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
    %160 = "func.call"(%arg43, %159) <{callee = @remainder}> : (tensor<24xi32>, tensor<i32>) -> tensor<24xi32>
    %161 = "stablehlo.negate"(%160) : (tensor<24xi32>) -> tensor<24xi32>
    %162 = "stablehlo.convert"(%161) : (tensor<24xi32>) -> tensor<24xf32>
    %163 = "stablehlo.broadcast_in_dim"(%162) <{broadcast_dimensions = array<i64: 1>}> : (tensor<24xf32>) -> tensor<1x24xf32>
    %164 = "stablehlo.broadcast_in_dim"(%163) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x24xf32>) -> tensor<4x24xf32>
    %165 = "stablehlo.add"(%158, %164) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    "func.return"(%165) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x24xf32>, res_attrs = [{}], sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg39: tensor<2xui32>):
    %140 = "func.call"(%arg39) <{callee = @_normal_real}> : (tensor<2xui32>) -> tensor<4x24xf32>
    "func.return"(%140) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x24xf32>, res_attrs = [{}], sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg38: tensor<2xui32>):
    %133 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %134 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %135 = "func.call"(%arg38, %133, %134) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x24xf32>
    %136 = "chlo.erf_inv"(%135) : (tensor<4x24xf32>) -> tensor<4x24xf32>
    %137 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %138 = "stablehlo.broadcast_in_dim"(%137) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %139 = "stablehlo.multiply"(%138, %136) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    "func.return"(%139) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x24xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg35: tensor<2xui32>, %arg36: tensor<f32>, %arg37: tensor<f32>):
    %94 = "stablehlo.broadcast_in_dim"(%arg36) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %95 = "stablehlo.broadcast_in_dim"(%arg37) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %96 = "stablehlo.slice"(%arg35) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %97 = "stablehlo.reshape"(%96) : (tensor<1xui32>) -> tensor<ui32>
    %98 = "stablehlo.slice"(%arg35) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %99 = "stablehlo.reshape"(%98) : (tensor<1xui32>) -> tensor<ui32>
    %100 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x24xui64>
    %101 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x24xui64>
    %102 = "stablehlo.constant"() <{value = dense<24> : tensor<ui64>}> : () -> tensor<ui64>
    %103 = "stablehlo.broadcast_in_dim"(%102) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x24xui64>
    %104 = "stablehlo.multiply"(%103, %100) : (tensor<4x24xui64>, tensor<4x24xui64>) -> tensor<4x24xui64>
    %105 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %106 = "stablehlo.broadcast_in_dim"(%105) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x24xui64>
    %107 = "stablehlo.multiply"(%106, %101) : (tensor<4x24xui64>, tensor<4x24xui64>) -> tensor<4x24xui64>
    %108 = "stablehlo.add"(%104, %107) : (tensor<4x24xui64>, tensor<4x24xui64>) -> tensor<4x24xui64>
    %109 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %110 = "stablehlo.broadcast_in_dim"(%109) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x24xui64>
    %111 = "stablehlo.shift_right_logical"(%108, %110) : (tensor<4x24xui64>, tensor<4x24xui64>) -> tensor<4x24xui64>
    %112 = "stablehlo.convert"(%108) : (tensor<4x24xui64>) -> tensor<4x24xui32>
    %113 = "stablehlo.convert"(%111) : (tensor<4x24xui64>) -> tensor<4x24xui32>
    %114:2 = "func.call"(%97, %99, %113, %112) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<4x24xui32>, tensor<4x24xui32>) -> (tensor<4x24xui32>, tensor<4x24xui32>)
    %115 = "stablehlo.xor"(%114#0, %114#1) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %116 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %117 = "stablehlo.broadcast_in_dim"(%116) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x24xui32>
    %118 = "stablehlo.shift_right_logical"(%115, %117) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %119 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %120 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x24xui32>
    %121 = "stablehlo.or"(%118, %120) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %122 = "stablehlo.bitcast_convert"(%121) : (tensor<4x24xui32>) -> tensor<4x24xf32>
    %123 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %124 = "stablehlo.broadcast_in_dim"(%123) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x24xf32>
    %125 = "stablehlo.subtract"(%122, %124) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %126 = "stablehlo.subtract"(%95, %94) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %127 = "stablehlo.broadcast_in_dim"(%126) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x24xf32>
    %128 = "stablehlo.multiply"(%125, %127) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %129 = "stablehlo.broadcast_in_dim"(%94) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x24xf32>
    %130 = "stablehlo.add"(%128, %129) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    %131 = "stablehlo.broadcast_in_dim"(%94) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x24xf32>
    %132 = "stablehlo.maximum"(%131, %130) : (tensor<4x24xf32>, tensor<4x24xf32>) -> tensor<4x24xf32>
    "func.return"(%132) : (tensor<4x24xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<4x24xui32>, tensor<4x24xui32>) -> (tensor<4x24xui32>, tensor<4x24xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg13: tensor<ui32>, %arg14: tensor<ui32>, %arg15: tensor<4x24xui32>, %arg16: tensor<4x24xui32>):
    %77 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %78 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %79 = "stablehlo.xor"(%arg13, %arg14) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %80 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %81 = "stablehlo.xor"(%79, %80) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %82 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x24xui32>
    %83 = "stablehlo.add"(%arg15, %82) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %84 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x24xui32>
    %85 = "stablehlo.add"(%arg16, %84) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %86 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %87 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %88:9 = "stablehlo.while"(%87, %86, %83, %85, %arg14, %81, %arg13, %77, %78) ({
    ^bb0(%arg26: tensor<i32>, %arg27: tensor<i32>, %arg28: tensor<4x24xui32>, %arg29: tensor<4x24xui32>, %arg30: tensor<ui32>, %arg31: tensor<ui32>, %arg32: tensor<ui32>, %arg33: tensor<4xui32>, %arg34: tensor<4xui32>):
      %92 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %93 = "stablehlo.compare"(%arg26, %92) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%93) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg17: tensor<i32>, %arg18: tensor<i32>, %arg19: tensor<4x24xui32>, %arg20: tensor<4x24xui32>, %arg21: tensor<ui32>, %arg22: tensor<ui32>, %arg23: tensor<ui32>, %arg24: tensor<4xui32>, %arg25: tensor<4xui32>):
      %89:8 = "func.call"(%arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25) <{callee = @closed_call}> : (tensor<i32>, tensor<4x24xui32>, tensor<4x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4x24xui32>, tensor<4x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %90 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %91 = "stablehlo.add"(%arg17, %90) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%91, %89#0, %89#1, %89#2, %89#3, %89#4, %89#5, %89#6, %89#7) : (tensor<i32>, tensor<i32>, tensor<4x24xui32>, tensor<4x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<4x24xui32>, tensor<4x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<4x24xui32>, tensor<4x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%88#2, %88#3) : (tensor<4x24xui32>, tensor<4x24xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<4x24xui32>, tensor<4x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4x24xui32>, tensor<4x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<i32>, %arg6: tensor<4x24xui32>, %arg7: tensor<4x24xui32>, %arg8: tensor<ui32>, %arg9: tensor<ui32>, %arg10: tensor<ui32>, %arg11: tensor<4xui32>, %arg12: tensor<4xui32>):
    %22 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %23 = "stablehlo.add"(%arg5, %22) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %24 = "stablehlo.slice"(%arg11) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %25 = "stablehlo.reshape"(%24) : (tensor<1xui32>) -> tensor<ui32>
    %26 = "stablehlo.add"(%arg6, %arg7) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %27 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x24xui32>
    %28 = "stablehlo.shift_left"(%arg7, %27) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %29 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %30 = "stablehlo.subtract"(%29, %25) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %31 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x24xui32>
    %32 = "stablehlo.shift_right_logical"(%arg7, %31) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %33 = "stablehlo.or"(%28, %32) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %34 = "stablehlo.xor"(%26, %33) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %35 = "stablehlo.slice"(%arg11) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %36 = "stablehlo.reshape"(%35) : (tensor<1xui32>) -> tensor<ui32>
    %37 = "stablehlo.add"(%26, %34) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %38 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x24xui32>
    %39 = "stablehlo.shift_left"(%34, %38) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %40 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %41 = "stablehlo.subtract"(%40, %36) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %42 = "stablehlo.broadcast_in_dim"(%41) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x24xui32>
    %43 = "stablehlo.shift_right_logical"(%34, %42) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %44 = "stablehlo.or"(%39, %43) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %45 = "stablehlo.xor"(%37, %44) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %46 = "stablehlo.slice"(%arg11) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %47 = "stablehlo.reshape"(%46) : (tensor<1xui32>) -> tensor<ui32>
    %48 = "stablehlo.add"(%37, %45) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %49 = "stablehlo.broadcast_in_dim"(%47) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x24xui32>
    %50 = "stablehlo.shift_left"(%45, %49) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %51 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %52 = "stablehlo.subtract"(%51, %47) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %53 = "stablehlo.broadcast_in_dim"(%52) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x24xui32>
    %54 = "stablehlo.shift_right_logical"(%45, %53) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %55 = "stablehlo.or"(%50, %54) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %56 = "stablehlo.xor"(%48, %55) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %57 = "stablehlo.slice"(%arg11) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %58 = "stablehlo.reshape"(%57) : (tensor<1xui32>) -> tensor<ui32>
    %59 = "stablehlo.add"(%48, %56) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %60 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x24xui32>
    %61 = "stablehlo.shift_left"(%56, %60) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %62 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %63 = "stablehlo.subtract"(%62, %58) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %64 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x24xui32>
    %65 = "stablehlo.shift_right_logical"(%56, %64) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %66 = "stablehlo.or"(%61, %65) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %67 = "stablehlo.xor"(%59, %66) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %68 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x24xui32>
    %69 = "stablehlo.add"(%59, %68) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %70 = "stablehlo.broadcast_in_dim"(%arg9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x24xui32>
    %71 = "stablehlo.add"(%67, %70) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    %72 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %73 = "stablehlo.add"(%arg5, %72) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %74 = "stablehlo.convert"(%73) : (tensor<i32>) -> tensor<ui32>
    %75 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x24xui32>
    %76 = "stablehlo.add"(%71, %75) : (tensor<4x24xui32>, tensor<4x24xui32>) -> tensor<4x24xui32>
    "func.return"(%23, %69, %76, %arg9, %arg10, %arg8, %arg12, %arg11) : (tensor<i32>, tensor<4x24xui32>, tensor<4x24xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<24xi32>, tensor<i32>) -> tensor<24xi32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<24xi32>, %arg4: tensor<i32>):
    %1 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<i32>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.compare"(%1, %2) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %4 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %5 = "func.call"(%3, %4, %1) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %7 = "stablehlo.remainder"(%arg3, %6) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %8 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %9 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %10 = "stablehlo.compare"(%7, %9) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi1>
    %11 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %12 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %13 = "stablehlo.compare"(%7, %12) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi1>
    %14 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %15 = "stablehlo.compare"(%5, %14) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %16 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<24xi1>
    %17 = "stablehlo.compare"(%13, %16) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<24xi1>, tensor<24xi1>) -> tensor<24xi1>
    %18 = "stablehlo.and"(%17, %10) : (tensor<24xi1>, tensor<24xi1>) -> tensor<24xi1>
    %19 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<24xi32>
    %20 = "stablehlo.add"(%7, %19) : (tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    %21 = "stablehlo.select"(%18, %20, %7) : (tensor<24xi1>, tensor<24xi32>, tensor<24xi32>) -> tensor<24xi32>
    "func.return"(%21) : (tensor<24xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>):
    %0 = "stablehlo.select"(%arg0, %arg1, %arg2) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%0) : (tensor<i32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
