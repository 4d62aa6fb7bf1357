"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> tensor<4x16xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg42: tensor<4x16xf32>, %arg43: tensor<16xf32>, %arg44: tensor<16x16xf32>, %arg45: tensor<16xi32>):
    %129 = "stablehlo.constant"() <{value = dense<696> : tensor<i32>}> : () -> tensor<i32>
    %130 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %131 = "stablehlo.shift_right_logical"(%129, %130) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %132 = "stablehlo.convert"(%131) : (tensor<i32>) -> tensor<ui32>
    %133 = "stablehlo.broadcast_in_dim"(%132) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %134 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %135 = "stablehlo.and"(%129, %134) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %136 = "stablehlo.convert"(%135) : (tensor<i32>) -> tensor<ui32>
    %137 = "stablehlo.broadcast_in_dim"(%136) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %138 = "stablehlo.concatenate"(%133, %137) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %139 = "func.call"(%138) <{callee = @_normal}> : (tensor<2xui32>) -> tensor<4x16xf32>
    %140 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %141 = "stablehlo.broadcast_in_dim"(%140) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
    %142 = "stablehlo.multiply"(%141, %139) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %143 = "stablehlo.add"(%arg42, %142) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %144 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %145 = "stablehlo.broadcast_in_dim"(%144) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16xf32>
    %146 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %147 = "stablehlo.broadcast_in_dim"(%146) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
    %148 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %149:4 = "stablehlo.while"(%143, %148, %145, %147) ({
    ^bb0(%arg50: tensor<4x16xf32>, %arg51: tensor<i32>, %arg52: tensor<16xf32>, %arg53: tensor<4x16xf32>):
      %158 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
      %159 = "stablehlo.compare"(%arg51, %158) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%159) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg46: tensor<4x16xf32>, %arg47: tensor<i32>, %arg48: tensor<16xf32>, %arg49: tensor<4x16xf32>):
      %153 = "func.call"(%arg46, %arg47) <{callee = @dynamic_index_in_dim}> : (tensor<4x16xf32>, tensor<i32>) -> tensor<16xf32>
      %154:2 = "func.call"(%arg48, %153) <{callee = @closed_call_0}> : (tensor<16xf32>, tensor<16xf32>) -> (tensor<16xf32>, tensor<16xf32>)
      %155 = "func.call"(%arg49, %154#1, %arg47) <{callee = @dynamic_update_index_in_dim}> : (tensor<4x16xf32>, tensor<16xf32>, tensor<i32>) -> tensor<4x16xf32>
      %156 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %157 = "stablehlo.add"(%arg47, %156) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg46, %157, %154#0, %155) : (tensor<4x16xf32>, tensor<i32>, tensor<16xf32>, tensor<4x16xf32>) -> ()
    }) : (tensor<4x16xf32>, tensor<i32>, tensor<16xf32>, tensor<4x16xf32>) -> (tensor<4x16xf32>, tensor<i32>, tensor<16xf32>, tensor<4x16xf32>)
    %150 = "stablehlo.broadcast_in_dim"(%arg43) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xf32>) -> tensor<1x16xf32>
    %151 = "stablehlo.broadcast_in_dim"(%150) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xf32>) -> tensor<4x16xf32>
    %152 = "stablehlo.subtract"(%149#3, %151) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    "func.return"(%152) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x16xf32>, res_attrs = [{}], sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg41: tensor<2xui32>):
    %128 = "func.call"(%arg41) <{callee = @_normal_real}> : (tensor<2xui32>) -> tensor<4x16xf32>
    "func.return"(%128) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x16xf32>, res_attrs = [{}], sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg40: tensor<2xui32>):
    %121 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %122 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %123 = "func.call"(%arg40, %121, %122) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x16xf32>
    %124 = "chlo.erf_inv"(%123) : (tensor<4x16xf32>) -> tensor<4x16xf32>
    %125 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %126 = "stablehlo.broadcast_in_dim"(%125) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
    %127 = "stablehlo.multiply"(%126, %124) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    "func.return"(%127) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x16xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg37: tensor<2xui32>, %arg38: tensor<f32>, %arg39: tensor<f32>):
    %82 = "stablehlo.broadcast_in_dim"(%arg38) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %83 = "stablehlo.broadcast_in_dim"(%arg39) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %84 = "stablehlo.slice"(%arg37) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %85 = "stablehlo.reshape"(%84) : (tensor<1xui32>) -> tensor<ui32>
    %86 = "stablehlo.slice"(%arg37) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %87 = "stablehlo.reshape"(%86) : (tensor<1xui32>) -> tensor<ui32>
    %88 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x16xui64>
    %89 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x16xui64>
    %90 = "stablehlo.constant"() <{value = dense<16> : tensor<ui64>}> : () -> tensor<ui64>
    %91 = "stablehlo.broadcast_in_dim"(%90) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x16xui64>
    %92 = "stablehlo.multiply"(%91, %88) : (tensor<4x16xui64>, tensor<4x16xui64>) -> tensor<4x16xui64>
    %93 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %94 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x16xui64>
    %95 = "stablehlo.multiply"(%94, %89) : (tensor<4x16xui64>, tensor<4x16xui64>) -> tensor<4x16xui64>
    %96 = "stablehlo.add"(%92, %95) : (tensor<4x16xui64>, tensor<4x16xui64>) -> tensor<4x16xui64>
    %97 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %98 = "stablehlo.broadcast_in_dim"(%97) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x16xui64>
    %99 = "stablehlo.shift_right_logical"(%96, %98) : (tensor<4x16xui64>, tensor<4x16xui64>) -> tensor<4x16xui64>
    %100 = "stablehlo.convert"(%96) : (tensor<4x16xui64>) -> tensor<4x16xui32>
    %101 = "stablehlo.convert"(%99) : (tensor<4x16xui64>) -> tensor<4x16xui32>
    %102:2 = "func.call"(%85, %87, %101, %100) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<4x16xui32>, tensor<4x16xui32>) -> (tensor<4x16xui32>, tensor<4x16xui32>)
    %103 = "stablehlo.xor"(%102#0, %102#1) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %104 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %105 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %106 = "stablehlo.shift_right_logical"(%103, %105) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %107 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %108 = "stablehlo.broadcast_in_dim"(%107) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %109 = "stablehlo.or"(%106, %108) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %110 = "stablehlo.bitcast_convert"(%109) : (tensor<4x16xui32>) -> tensor<4x16xf32>
    %111 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %112 = "stablehlo.broadcast_in_dim"(%111) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
    %113 = "stablehlo.subtract"(%110, %112) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %114 = "stablehlo.subtract"(%83, %82) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %115 = "stablehlo.broadcast_in_dim"(%114) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x16xf32>
    %116 = "stablehlo.multiply"(%113, %115) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %117 = "stablehlo.broadcast_in_dim"(%82) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x16xf32>
    %118 = "stablehlo.add"(%116, %117) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %119 = "stablehlo.broadcast_in_dim"(%82) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x16xf32>
    %120 = "stablehlo.maximum"(%119, %118) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    "func.return"(%120) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<4x16xui32>, tensor<4x16xui32>) -> (tensor<4x16xui32>, tensor<4x16xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<ui32>, %arg16: tensor<ui32>, %arg17: tensor<4x16xui32>, %arg18: tensor<4x16xui32>):
    %65 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %66 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %67 = "stablehlo.xor"(%arg15, %arg16) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %68 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %69 = "stablehlo.xor"(%67, %68) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %70 = "stablehlo.broadcast_in_dim"(%arg15) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %71 = "stablehlo.add"(%arg17, %70) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %72 = "stablehlo.broadcast_in_dim"(%arg16) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %73 = "stablehlo.add"(%arg18, %72) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %74 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %75 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %76:9 = "stablehlo.while"(%75, %74, %71, %73, %arg16, %69, %arg15, %65, %66) ({
    ^bb0(%arg28: tensor<i32>, %arg29: tensor<i32>, %arg30: tensor<4x16xui32>, %arg31: tensor<4x16xui32>, %arg32: tensor<ui32>, %arg33: tensor<ui32>, %arg34: tensor<ui32>, %arg35: tensor<4xui32>, %arg36: tensor<4xui32>):
      %80 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %81 = "stablehlo.compare"(%arg28, %80) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%81) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg19: tensor<i32>, %arg20: tensor<i32>, %arg21: tensor<4x16xui32>, %arg22: tensor<4x16xui32>, %arg23: tensor<ui32>, %arg24: tensor<ui32>, %arg25: tensor<ui32>, %arg26: tensor<4xui32>, %arg27: tensor<4xui32>):
      %77:8 = "func.call"(%arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27) <{callee = @closed_call}> : (tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %78 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %79 = "stablehlo.add"(%arg19, %78) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%79, %77#0, %77#1, %77#2, %77#3, %77#4, %77#5, %77#6, %77#7) : (tensor<i32>, tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%76#2, %76#3) : (tensor<4x16xui32>, tensor<4x16xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<i32>, %arg8: tensor<4x16xui32>, %arg9: tensor<4x16xui32>, %arg10: tensor<ui32>, %arg11: tensor<ui32>, %arg12: tensor<ui32>, %arg13: tensor<4xui32>, %arg14: tensor<4xui32>):
    %10 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %11 = "stablehlo.add"(%arg7, %10) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %12 = "stablehlo.slice"(%arg13) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %13 = "stablehlo.reshape"(%12) : (tensor<1xui32>) -> tensor<ui32>
    %14 = "stablehlo.add"(%arg8, %arg9) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %15 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %16 = "stablehlo.shift_left"(%arg9, %15) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %17 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %18 = "stablehlo.subtract"(%17, %13) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %19 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %20 = "stablehlo.shift_right_logical"(%arg9, %19) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %21 = "stablehlo.or"(%16, %20) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %22 = "stablehlo.xor"(%14, %21) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %23 = "stablehlo.slice"(%arg13) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %24 = "stablehlo.reshape"(%23) : (tensor<1xui32>) -> tensor<ui32>
    %25 = "stablehlo.add"(%14, %22) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %26 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %27 = "stablehlo.shift_left"(%22, %26) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %28 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %29 = "stablehlo.subtract"(%28, %24) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %30 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %31 = "stablehlo.shift_right_logical"(%22, %30) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %32 = "stablehlo.or"(%27, %31) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %33 = "stablehlo.xor"(%25, %32) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %34 = "stablehlo.slice"(%arg13) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %35 = "stablehlo.reshape"(%34) : (tensor<1xui32>) -> tensor<ui32>
    %36 = "stablehlo.add"(%25, %33) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %37 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %38 = "stablehlo.shift_left"(%33, %37) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %39 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %40 = "stablehlo.subtract"(%39, %35) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %41 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %42 = "stablehlo.shift_right_logical"(%33, %41) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %43 = "stablehlo.or"(%38, %42) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %44 = "stablehlo.xor"(%36, %43) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %45 = "stablehlo.slice"(%arg13) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %46 = "stablehlo.reshape"(%45) : (tensor<1xui32>) -> tensor<ui32>
    %47 = "stablehlo.add"(%36, %44) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %48 = "stablehlo.broadcast_in_dim"(%46) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %49 = "stablehlo.shift_left"(%44, %48) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %50 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %51 = "stablehlo.subtract"(%50, %46) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %52 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %53 = "stablehlo.shift_right_logical"(%44, %52) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %54 = "stablehlo.or"(%49, %53) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %55 = "stablehlo.xor"(%47, %54) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %56 = "stablehlo.broadcast_in_dim"(%arg10) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %57 = "stablehlo.add"(%47, %56) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %58 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %59 = "stablehlo.add"(%55, %58) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %60 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %61 = "stablehlo.add"(%arg7, %60) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %62 = "stablehlo.convert"(%61) : (tensor<i32>) -> tensor<ui32>
    %63 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %64 = "stablehlo.add"(%59, %63) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    "func.return"(%11, %57, %64, %arg11, %arg12, %arg10, %arg14, %arg13) : (tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x16xf32>, tensor<i32>) -> tensor<16xf32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<4x16xf32>, %arg6: tensor<i32>):
    %7 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %8 = "stablehlo.dynamic_slice"(%arg5, %arg6, %7) <{slice_sizes = array<i64: 1, 16>}> : (tensor<4x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>
    %9 = "stablehlo.reshape"(%8) : (tensor<1x16xf32>) -> tensor<16xf32>
    "func.return"(%9) : (tensor<16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<16xf32>, tensor<16xf32>) -> (tensor<16xf32>, tensor<16xf32>), res_attrs = [{}, {}], sym_name = "closed_call_0", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<16xf32>, %arg4: tensor<16xf32>):
    %3 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16xf32>
    %5 = "stablehlo.multiply"(%arg3, %4) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %6 = "stablehlo.add"(%5, %arg4) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    "func.return"(%6, %6) : (tensor<16xf32>, tensor<16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4x16xf32>, tensor<16xf32>, tensor<i32>) -> tensor<4x16xf32>, res_attrs = [{}], sym_name = "dynamic_update_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x16xf32>, %arg1: tensor<16xf32>, %arg2: tensor<i32>):
    %0 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xf32>) -> tensor<1x16xf32>
    %1 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2 = "stablehlo.dynamic_update_slice"(%arg0, %0, %arg2, %1) : (tensor<4x16xf32>, tensor<1x16xf32>, tensor<i32>, tensor<i32>) -> tensor<4x16xf32>
    "func.return"(%2) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
