"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<4x6xf32>, tensor<6xf32>, tensor<6x6xf32>, tensor<6xi32>) -> tensor<4x6xf32>, res_attrs = [{jax.result_info = "result[0]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<4x6xf32>, %arg1: tensor<6xf32>, %arg2: tensor<6x6xf32>, %arg3: tensor<6xi32>):
    %0 = "stablehlo.constant"() <{value = dense<[[0.0439885817, 0.152302817, 0.0234226342, 0.233052537, 0.115703441, -0.198042348], [-0.0503496639, -0.104002021, 0.202587917, -0.038313739, -0.0613492317, 0.0345500521], [-0.191675246, 2.575390e-01, -0.164822981, 0.336180657, 0.126300797, 0.13969326], [-0.0221393686, -0.194159031, -2.695170e-01, 0.118062519, 0.0930819585, 0.159919322], [-0.157140598, -0.471962541, 0.122644275, -0.0121047273, -0.112883948, 0.121608824], [0.187148944, -0.361317426, -0.274429649, -0.0283998623, 0.14089255, -0.0484312624]]> : tensor<6x6xf32>}> : () -> tensor<6x6xf32>
    %1 = "stablehlo.dot_general"(%arg0, %0) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<4x6xf32>, tensor<6x6xf32>) -> tensor<4x6xf32>
    %2 = "stablehlo.slice"(%1) <{limit_indices = array<i64: 4, 6>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 2>}> : (tensor<4x6xf32>) -> tensor<4x3xf32>
    %3 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<4x3xf32>) -> tensor<4x3x2xf32>
    %4 = "stablehlo.reshape"(%3) : (tensor<4x3x2xf32>) -> tensor<4x6xf32>
    %5 = "stablehlo.reshape"(%4) : (tensor<4x6xf32>) -> tensor<4x3x2xf32>
    %6 = "stablehlo.reverse"(%5) <{dimensions = array<i64: 2>}> : (tensor<4x3x2xf32>) -> tensor<4x3x2xf32>
    %7 = "stablehlo.reshape"(%6) : (tensor<4x3x2xf32>) -> tensor<4x6xf32>
    "func.return"(%7) : (tensor<4x6xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
