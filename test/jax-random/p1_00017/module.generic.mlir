"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xi32>) -> (tensor<4x16xf32>, tensor<4x16xi32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg46: tensor<4x16xf32>, %arg47: tensor<16xf32>, %arg48: tensor<16x16xf32>, %arg49: tensor<16xi32>):
    %166 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %167 = "stablehlo.broadcast_in_dim"(%166) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
    %168 = "stablehlo.multiply"(%arg46, %167) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %169 = "stablehlo.floor"(%168) : (tensor<4x16xf32>) -> tensor<4x16xf32>
    %170 = "stablehlo.convert"(%169) : (tensor<4x16xf32>) -> tensor<4x16xi32>
    %171 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %172 = "func.call"(%170, %171) <{callee = @remainder}> : (tensor<4x16xi32>, tensor<i32>) -> tensor<4x16xi32>
    %173 = "stablehlo.broadcast_in_dim"(%arg49) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi32>) -> tensor<1x16xi32>
    %174 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %175 = "func.call"(%173, %174) <{callee = @remainder_0}> : (tensor<1x16xi32>, tensor<i32>) -> tensor<1x16xi32>
    %176 = "stablehlo.negate"(%175) : (tensor<1x16xi32>) -> tensor<1x16xi32>
    %177 = "stablehlo.broadcast_in_dim"(%176) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x16xi32>) -> tensor<4x16xi32>
    %178 = "stablehlo.subtract"(%172, %177) : (tensor<4x16xi32>, tensor<4x16xi32>) -> tensor<4x16xi32>
    %179 = "stablehlo.reshape"(%arg46) : (tensor<4x16xf32>) -> tensor<4x8x2xf32>
    %180 = "stablehlo.reverse"(%179) <{dimensions = array<i64: 2>}> : (tensor<4x8x2xf32>) -> tensor<4x8x2xf32>
    %181 = "stablehlo.reshape"(%180) : (tensor<4x8x2xf32>) -> tensor<4x16xf32>
    %182 = "stablehlo.constant"() <{value = dense<162> : tensor<i32>}> : () -> tensor<i32>
    %183 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %184 = "stablehlo.shift_right_logical"(%182, %183) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %185 = "stablehlo.convert"(%184) : (tensor<i32>) -> tensor<ui32>
    %186 = "stablehlo.broadcast_in_dim"(%185) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %187 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %188 = "stablehlo.and"(%182, %187) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %189 = "stablehlo.convert"(%188) : (tensor<i32>) -> tensor<ui32>
    %190 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %191 = "stablehlo.concatenate"(%186, %190) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %192 = "func.call"(%191) <{callee = @_normal}> : (tensor<2xui32>) -> tensor<4x16xf32>
    %193 = "stablehlo.constant"() <{value = dense<1.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %194 = "stablehlo.broadcast_in_dim"(%193) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
    %195 = "stablehlo.multiply"(%194, %192) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %196 = "stablehlo.add"(%181, %195) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %197 = "stablehlo.tanh"(%196) : (tensor<4x16xf32>) -> tensor<4x16xf32>
    %198 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %199 = "stablehlo.broadcast_in_dim"(%198) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
    %200 = "stablehlo.multiply"(%197, %199) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %201 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %202 = "stablehlo.broadcast_in_dim"(%201) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
    %203 = "stablehlo.add"(%200, %202) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %204 = "func.call"(%203) <{callee = @cumprod}> : (tensor<4x16xf32>) -> tensor<4x16xf32>
    "func.return"(%204, %178) : (tensor<4x16xf32>, tensor<4x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4x16xi32>, tensor<i32>) -> tensor<4x16xi32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg44: tensor<4x16xi32>, %arg45: tensor<i32>):
    %145 = "stablehlo.convert"(%arg45) : (tensor<i32>) -> tensor<i32>
    %146 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %147 = "stablehlo.compare"(%145, %146) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %148 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %149 = "func.call"(%147, %148, %145) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %150 = "stablehlo.broadcast_in_dim"(%149) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x16xi32>
    %151 = "stablehlo.remainder"(%arg44, %150) : (tensor<4x16xi32>, tensor<4x16xi32>) -> tensor<4x16xi32>
    %152 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %153 = "stablehlo.broadcast_in_dim"(%152) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x16xi32>
    %154 = "stablehlo.compare"(%151, %153) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4x16xi32>, tensor<4x16xi32>) -> tensor<4x16xi1>
    %155 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %156 = "stablehlo.broadcast_in_dim"(%155) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x16xi32>
    %157 = "stablehlo.compare"(%151, %156) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<4x16xi32>, tensor<4x16xi32>) -> tensor<4x16xi1>
    %158 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %159 = "stablehlo.compare"(%149, %158) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %160 = "stablehlo.broadcast_in_dim"(%159) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<4x16xi1>
    %161 = "stablehlo.compare"(%157, %160) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<4x16xi1>, tensor<4x16xi1>) -> tensor<4x16xi1>
    %162 = "stablehlo.and"(%161, %154) : (tensor<4x16xi1>, tensor<4x16xi1>) -> tensor<4x16xi1>
    %163 = "stablehlo.broadcast_in_dim"(%149) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x16xi32>
    %164 = "stablehlo.add"(%151, %163) : (tensor<4x16xi32>, tensor<4x16xi32>) -> tensor<4x16xi32>
    %165 = "stablehlo.select"(%162, %164, %151) : (tensor<4x16xi1>, tensor<4x16xi32>, tensor<4x16xi32>) -> tensor<4x16xi32>
    "func.return"(%165) : (tensor<4x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg41: tensor<i1>, %arg42: tensor<i32>, %arg43: tensor<i32>):
    %144 = "stablehlo.select"(%arg41, %arg42, %arg43) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%144) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<1x16xi32>, tensor<i32>) -> tensor<1x16xi32>, res_attrs = [{}], sym_name = "remainder_0", sym_visibility = "private"}> ({
  ^bb0(%arg39: tensor<1x16xi32>, %arg40: tensor<i32>):
    %123 = "stablehlo.convert"(%arg40) : (tensor<i32>) -> tensor<i32>
    %124 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %125 = "stablehlo.compare"(%123, %124) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %126 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %127 = "func.call"(%125, %126, %123) <{callee = @_where}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %128 = "stablehlo.broadcast_in_dim"(%127) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %129 = "stablehlo.remainder"(%arg39, %128) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %130 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %131 = "stablehlo.broadcast_in_dim"(%130) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %132 = "stablehlo.compare"(%129, %131) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %133 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %134 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %135 = "stablehlo.compare"(%129, %134) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi1>
    %136 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %137 = "stablehlo.compare"(%127, %136) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %138 = "stablehlo.broadcast_in_dim"(%137) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x16xi1>
    %139 = "stablehlo.compare"(%135, %138) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x16xi1>, tensor<1x16xi1>) -> tensor<1x16xi1>
    %140 = "stablehlo.and"(%139, %132) : (tensor<1x16xi1>, tensor<1x16xi1>) -> tensor<1x16xi1>
    %141 = "stablehlo.broadcast_in_dim"(%127) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x16xi32>
    %142 = "stablehlo.add"(%129, %141) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %143 = "stablehlo.select"(%140, %142, %129) : (tensor<1x16xi1>, tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    "func.return"(%143) : (tensor<1x16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x16xf32>, res_attrs = [{}], sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg38: tensor<2xui32>):
    %122 = "func.call"(%arg38) <{callee = @_normal_real}> : (tensor<2xui32>) -> tensor<4x16xf32>
    "func.return"(%122) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<4x16xf32>, res_attrs = [{}], sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg37: tensor<2xui32>):
    %115 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %116 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %117 = "func.call"(%arg37, %115, %116) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x16xf32>
    %118 = "chlo.erf_inv"(%117) : (tensor<4x16xf32>) -> tensor<4x16xf32>
    %119 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %120 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
    %121 = "stablehlo.multiply"(%120, %118) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    "func.return"(%121) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4x16xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg34: tensor<2xui32>, %arg35: tensor<f32>, %arg36: tensor<f32>):
    %76 = "stablehlo.broadcast_in_dim"(%arg35) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %77 = "stablehlo.broadcast_in_dim"(%arg36) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %78 = "stablehlo.slice"(%arg34) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %79 = "stablehlo.reshape"(%78) : (tensor<1xui32>) -> tensor<ui32>
    %80 = "stablehlo.slice"(%arg34) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %81 = "stablehlo.reshape"(%80) : (tensor<1xui32>) -> tensor<ui32>
    %82 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x16xui64>
    %83 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x16xui64>
    %84 = "stablehlo.constant"() <{value = dense<16> : tensor<ui64>}> : () -> tensor<ui64>
    %85 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x16xui64>
    %86 = "stablehlo.multiply"(%85, %82) : (tensor<4x16xui64>, tensor<4x16xui64>) -> tensor<4x16xui64>
    %87 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %88 = "stablehlo.broadcast_in_dim"(%87) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x16xui64>
    %89 = "stablehlo.multiply"(%88, %83) : (tensor<4x16xui64>, tensor<4x16xui64>) -> tensor<4x16xui64>
    %90 = "stablehlo.add"(%86, %89) : (tensor<4x16xui64>, tensor<4x16xui64>) -> tensor<4x16xui64>
    %91 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %92 = "stablehlo.broadcast_in_dim"(%91) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4x16xui64>
    %93 = "stablehlo.shift_right_logical"(%90, %92) : (tensor<4x16xui64>, tensor<4x16xui64>) -> tensor<4x16xui64>
    %94 = "stablehlo.convert"(%90) : (tensor<4x16xui64>) -> tensor<4x16xui32>
    %95 = "stablehlo.convert"(%93) : (tensor<4x16xui64>) -> tensor<4x16xui32>
    %96:2 = "func.call"(%79, %81, %95, %94) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<4x16xui32>, tensor<4x16xui32>) -> (tensor<4x16xui32>, tensor<4x16xui32>)
    %97 = "stablehlo.xor"(%96#0, %96#1) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %98 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %99 = "stablehlo.broadcast_in_dim"(%98) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %100 = "stablehlo.shift_right_logical"(%97, %99) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %101 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %102 = "stablehlo.broadcast_in_dim"(%101) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %103 = "stablehlo.or"(%100, %102) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %104 = "stablehlo.bitcast_convert"(%103) : (tensor<4x16xui32>) -> tensor<4x16xf32>
    %105 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %106 = "stablehlo.broadcast_in_dim"(%105) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
    %107 = "stablehlo.subtract"(%104, %106) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %108 = "stablehlo.subtract"(%77, %76) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %109 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x16xf32>
    %110 = "stablehlo.multiply"(%107, %109) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %111 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x16xf32>
    %112 = "stablehlo.add"(%110, %111) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %113 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<4x16xf32>
    %114 = "stablehlo.maximum"(%113, %112) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    "func.return"(%114) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<4x16xui32>, tensor<4x16xui32>) -> (tensor<4x16xui32>, tensor<4x16xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<ui32>, %arg13: tensor<ui32>, %arg14: tensor<4x16xui32>, %arg15: tensor<4x16xui32>):
    %59 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %60 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %61 = "stablehlo.xor"(%arg12, %arg13) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %62 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %63 = "stablehlo.xor"(%61, %62) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %64 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %65 = "stablehlo.add"(%arg14, %64) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %66 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %67 = "stablehlo.add"(%arg15, %66) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %68 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %69 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %70:9 = "stablehlo.while"(%69, %68, %65, %67, %arg13, %63, %arg12, %59, %60) ({
    ^bb0(%arg25: tensor<i32>, %arg26: tensor<i32>, %arg27: tensor<4x16xui32>, %arg28: tensor<4x16xui32>, %arg29: tensor<ui32>, %arg30: tensor<ui32>, %arg31: tensor<ui32>, %arg32: tensor<4xui32>, %arg33: tensor<4xui32>):
      %74 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %75 = "stablehlo.compare"(%arg25, %74) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%75) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg16: tensor<i32>, %arg17: tensor<i32>, %arg18: tensor<4x16xui32>, %arg19: tensor<4x16xui32>, %arg20: tensor<ui32>, %arg21: tensor<ui32>, %arg22: tensor<ui32>, %arg23: tensor<4xui32>, %arg24: tensor<4xui32>):
      %71:8 = "func.call"(%arg17, %arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24) <{callee = @closed_call}> : (tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %72 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %73 = "stablehlo.add"(%arg16, %72) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%73, %71#0, %71#1, %71#2, %71#3, %71#4, %71#5, %71#6, %71#7) : (tensor<i32>, tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%70#2, %70#3) : (tensor<4x16xui32>, tensor<4x16xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<i32>, %arg5: tensor<4x16xui32>, %arg6: tensor<4x16xui32>, %arg7: tensor<ui32>, %arg8: tensor<ui32>, %arg9: tensor<ui32>, %arg10: tensor<4xui32>, %arg11: tensor<4xui32>):
    %4 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %5 = "stablehlo.add"(%arg4, %4) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.slice"(%arg10) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %7 = "stablehlo.reshape"(%6) : (tensor<1xui32>) -> tensor<ui32>
    %8 = "stablehlo.add"(%arg5, %arg6) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %9 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %10 = "stablehlo.shift_left"(%arg6, %9) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %11 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %12 = "stablehlo.subtract"(%11, %7) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %13 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %14 = "stablehlo.shift_right_logical"(%arg6, %13) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %15 = "stablehlo.or"(%10, %14) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %16 = "stablehlo.xor"(%8, %15) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %17 = "stablehlo.slice"(%arg10) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %18 = "stablehlo.reshape"(%17) : (tensor<1xui32>) -> tensor<ui32>
    %19 = "stablehlo.add"(%8, %16) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %20 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %21 = "stablehlo.shift_left"(%16, %20) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %22 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %23 = "stablehlo.subtract"(%22, %18) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %24 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %25 = "stablehlo.shift_right_logical"(%16, %24) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %26 = "stablehlo.or"(%21, %25) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %27 = "stablehlo.xor"(%19, %26) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %28 = "stablehlo.slice"(%arg10) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %29 = "stablehlo.reshape"(%28) : (tensor<1xui32>) -> tensor<ui32>
    %30 = "stablehlo.add"(%19, %27) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %31 = "stablehlo.broadcast_in_dim"(%29) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %32 = "stablehlo.shift_left"(%27, %31) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %33 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %34 = "stablehlo.subtract"(%33, %29) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %35 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %36 = "stablehlo.shift_right_logical"(%27, %35) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %37 = "stablehlo.or"(%32, %36) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %38 = "stablehlo.xor"(%30, %37) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %39 = "stablehlo.slice"(%arg10) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %40 = "stablehlo.reshape"(%39) : (tensor<1xui32>) -> tensor<ui32>
    %41 = "stablehlo.add"(%30, %38) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %42 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %43 = "stablehlo.shift_left"(%38, %42) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %44 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %45 = "stablehlo.subtract"(%44, %40) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %46 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %47 = "stablehlo.shift_right_logical"(%38, %46) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %48 = "stablehlo.or"(%43, %47) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %49 = "stablehlo.xor"(%41, %48) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %50 = "stablehlo.broadcast_in_dim"(%arg7) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %51 = "stablehlo.add"(%41, %50) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %52 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %53 = "stablehlo.add"(%49, %52) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    %54 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %55 = "stablehlo.add"(%arg4, %54) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %56 = "stablehlo.convert"(%55) : (tensor<i32>) -> tensor<ui32>
    %57 = "stablehlo.broadcast_in_dim"(%56) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4x16xui32>
    %58 = "stablehlo.add"(%53, %57) : (tensor<4x16xui32>, tensor<4x16xui32>) -> tensor<4x16xui32>
    "func.return"(%5, %51, %58, %arg8, %arg9, %arg7, %arg11, %arg10) : (tensor<i32>, tensor<4x16xui32>, tensor<4x16xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x16xf32>) -> tensor<4x16xf32>, res_attrs = [{}], sym_name = "cumprod", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<4x16xf32>):
    %3 = "func.call"(%arg3) <{callee = @cumprod_1}> : (tensor<4x16xf32>) -> tensor<4x16xf32>
    "func.return"(%3) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4x16xf32>) -> tensor<4x16xf32>, sym_name = "cumprod_1", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x16xf32>):
    %0 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.reduce_window"(%arg0, %0) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 0], [15, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 16>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
      %2 = "stablehlo.multiply"(%arg1, %arg2) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
    "func.return"(%1) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
