"builtin.module"() <{sym_name = "jit_fn"}> ({
  "func.func"() <{function_type = (tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> (tensor<?x4xf32>, tensor<?x4xi32>, tensor<?x4xi32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}, {jax.result_info = "result[3]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg26: tensor<?x4xf32>, %arg27: tensor<4xf32>, %arg28: tensor<4x4xf32>, %arg29: tensor<4xi32>):
    %102 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %103 = "stablehlo.get_dimension_size"(%arg26) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %104 = "stablehlo.compare"(%103, %102) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.custom_call"(%104, %103) <{api_version = 2 : i32, call_target_name = "shape_assertion", has_side_effect = true}> {error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'b'. Using the following polymorphic shapes specifications: args[0].shape = (b, 4). Obtained dimension variables: 'b' = {0} from specification 'b' for dimension args[0].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details."} : (tensor<i1>, tensor<i32>) -> ()
    %105:4 = "func.call"(%103, %arg26, %arg27, %arg28, %arg29) <{callee = @_wrapped_jax_export_main}> : (tensor<i32>, tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> (tensor<?x4xf32>, tensor<?x4xi32>, tensor<?x4xi32>, tensor<?x2xf32>)
    "func.return"(%105#0, %105#1, %105#2, %105#3) : (tensor<?x4xf32>, tensor<?x4xi32>, tensor<?x4xi32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}, {}], function_type = (tensor<i32>, tensor<?x4xf32>, tensor<4xf32>, tensor<4x4xf32>, tensor<4xi32>) -> (tensor<?x4xf32>, tensor<?x4xi32>, tensor<?x4xi32>, tensor<?x2xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}, {jax.result_info = "result[3]"}], sym_name = "_wrapped_jax_export_main", sym_visibility = "private"}> ({
  ^bb0(%arg21: tensor<i32>, %arg22: tensor<?x4xf32>, %arg23: tensor<4xf32>, %arg24: tensor<4x4xf32>, %arg25: tensor<4xi32>):
    %80 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %81 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %82 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %83 = "stablehlo.constant"() <{value = dense<[[-0.235247165, 0.114434525, -0.248671457, 0.202206612], [-0.219479918, 0.099002622, 0.00562504726, -0.413140446], [0.252931207, 0.00712816464, 0.0376318023, -0.370849699], [0.44268015, 0.195408776, 0.0708083808, 0.223495945]]> : tensor<4x4xf32>}> : () -> tensor<4x4xf32>
    %84 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %85 = "stablehlo.reshape"(%arg21) : (tensor<i32>) -> tensor<1xi32>
    %86 = "stablehlo.concatenate"(%85, %82) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %87 = "stablehlo.dynamic_broadcast_in_dim"(%84, %86) <{broadcast_dimensions = array<i64>}> : (tensor<f32>, tensor<2xi32>) -> tensor<?x4xf32>
    %88 = "stablehlo.multiply"(%arg22, %87) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    %89 = "stablehlo.floor"(%88) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    %90 = "stablehlo.convert"(%89) : (tensor<?x4xf32>) -> tensor<?x4xi32>
    %91 = "func.call"(%arg21, %90, %81) <{callee = @remainder}> : (tensor<i32>, tensor<?x4xi32>, tensor<i32>) -> tensor<?x4xi32>
    %92 = "stablehlo.broadcast_in_dim"(%arg25) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1x4xi32>
    %93 = "func.call"(%arg21, %92, %80) <{callee = @remainder_0}> : (tensor<i32>, tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>
    %94 = "stablehlo.negate"(%93) : (tensor<1x4xi32>) -> tensor<1x4xi32>
    %95 = "stablehlo.reshape"(%arg21) : (tensor<i32>) -> tensor<1xi32>
    %96 = "stablehlo.concatenate"(%95, %82) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %97 = "stablehlo.dynamic_broadcast_in_dim"(%94, %96) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x4xi32>, tensor<2xi32>) -> tensor<?x4xi32>
    %98 = "stablehlo.subtract"(%91, %97) : (tensor<?x4xi32>, tensor<?x4xi32>) -> tensor<?x4xi32>
    %99 = "func.call"(%arg21, %arg22) <{callee = @argsort}> : (tensor<i32>, tensor<?x4xf32>) -> tensor<?x4xi32>
    %100:2 = "stablehlo.composite"(%arg22) <{composite_attributes = {k = 2 : i64}, decomposition = @chlo.top_k.impl, name = "chlo.top_k", version = 1 : i32}> : (tensor<?x4xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>)
    %101 = "stablehlo.dot_general"(%arg22, %83) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<?x4xf32>, tensor<4x4xf32>) -> tensor<?x4xf32>
    "func.return"(%101, %98, %99, %100#0) : (tensor<?x4xf32>, tensor<?x4xi32>, tensor<?x4xi32>, tensor<?x2xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x4xf32>) -> (tensor<?x2xf32>, tensor<?x2xi32>), sym_name = "chlo.top_k.impl", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<?x4xf32>):
    %64 = "stablehlo.constant"() <{value = dense<1> : tensor<2xi64>}> : () -> tensor<2xi64>
    %65 = "stablehlo.constant"() <{value = dense<0> : tensor<2xi64>}> : () -> tensor<2xi64>
    %66 = "stablehlo.constant"() <{value = dense<2> : tensor<i64>}> : () -> tensor<i64>
    %67 = "stablehlo.constant"() <{value = dense<4> : tensor<i64>}> : () -> tensor<i64>
    %68 = "stablehlo.get_dimension_size"(%arg16) <{dimension = 0 : i64}> : (tensor<?x4xf32>) -> tensor<i32>
    %69 = "stablehlo.convert"(%68) : (tensor<i32>) -> tensor<i64>
    %70 = "stablehlo.reshape"(%69) : (tensor<i64>) -> tensor<1xi64>
    %71 = "stablehlo.reshape"(%67) : (tensor<i64>) -> tensor<1xi64>
    %72 = "stablehlo.concatenate"(%70, %71) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %73 = "stablehlo.reshape"(%66) : (tensor<i64>) -> tensor<1xi64>
    %74 = "stablehlo.concatenate"(%70, %73) <{dimension = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
    %75 = "stablehlo.dynamic_iota"(%72) <{iota_dimension = 1 : i64}> : (tensor<2xi64>) -> tensor<?x4xi32>
    %76:2 = "stablehlo.sort"(%arg16, %75) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg17: tensor<f32>, %arg18: tensor<f32>, %arg19: tensor<i32>, %arg20: tensor<i32>):
      %79 = "stablehlo.compare"(%arg17, %arg18) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "stablehlo.return"(%79) : (tensor<i1>) -> ()
    }) : (tensor<?x4xf32>, tensor<?x4xi32>) -> (tensor<?x4xf32>, tensor<?x4xi32>)
    %77 = "stablehlo.real_dynamic_slice"(%76#0, %65, %74, %64) : (tensor<?x4xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xf32>
    %78 = "stablehlo.real_dynamic_slice"(%76#1, %65, %74, %64) : (tensor<?x4xi32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x2xi32>
    "func.return"(%77, %78) : (tensor<?x2xf32>, tensor<?x2xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<?x4xi32>, tensor<i32>) -> tensor<?x4xi32>, sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg13: tensor<i32>, %arg14: tensor<?x4xi32>, %arg15: tensor<i32>):
    %35 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %36 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %37 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %38 = "stablehlo.convert"(%arg15) : (tensor<i32>) -> tensor<i32>
    %39 = "stablehlo.compare"(%38, %37) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %40 = "func.call"(%arg13, %39, %36, %38) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %41 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %42 = "stablehlo.concatenate"(%41, %35) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %43 = "stablehlo.dynamic_broadcast_in_dim"(%40, %42) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x4xi32>
    %44 = "stablehlo.remainder"(%arg14, %43) : (tensor<?x4xi32>, tensor<?x4xi32>) -> tensor<?x4xi32>
    %45 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %46 = "stablehlo.concatenate"(%45, %35) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %47 = "stablehlo.dynamic_broadcast_in_dim"(%37, %46) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x4xi32>
    %48 = "stablehlo.compare"(%44, %47) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<?x4xi32>, tensor<?x4xi32>) -> tensor<?x4xi1>
    %49 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %50 = "stablehlo.concatenate"(%49, %35) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %51 = "stablehlo.dynamic_broadcast_in_dim"(%37, %50) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x4xi32>
    %52 = "stablehlo.compare"(%44, %51) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<?x4xi32>, tensor<?x4xi32>) -> tensor<?x4xi1>
    %53 = "stablehlo.compare"(%40, %37) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %54 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %55 = "stablehlo.concatenate"(%54, %35) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %56 = "stablehlo.dynamic_broadcast_in_dim"(%53, %55) <{broadcast_dimensions = array<i64>}> : (tensor<i1>, tensor<2xi32>) -> tensor<?x4xi1>
    %57 = "stablehlo.compare"(%52, %56) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<?x4xi1>, tensor<?x4xi1>) -> tensor<?x4xi1>
    %58 = "stablehlo.and"(%57, %48) : (tensor<?x4xi1>, tensor<?x4xi1>) -> tensor<?x4xi1>
    %59 = "stablehlo.reshape"(%arg13) : (tensor<i32>) -> tensor<1xi32>
    %60 = "stablehlo.concatenate"(%59, %35) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %61 = "stablehlo.dynamic_broadcast_in_dim"(%40, %60) <{broadcast_dimensions = array<i64>}> : (tensor<i32>, tensor<2xi32>) -> tensor<?x4xi32>
    %62 = "stablehlo.add"(%44, %61) : (tensor<?x4xi32>, tensor<?x4xi32>) -> tensor<?x4xi32>
    %63 = "stablehlo.select"(%58, %62, %44) : (tensor<?x4xi1>, tensor<?x4xi32>, tensor<?x4xi32>) -> tensor<?x4xi32>
    "func.return"(%63) : (tensor<?x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}, {}], function_type = (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<i32>, %arg10: tensor<i1>, %arg11: tensor<i32>, %arg12: tensor<i32>):
    %34 = "stablehlo.select"(%arg10, %arg11, %arg12) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%34) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}, {}], function_type = (tensor<i32>, tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>, sym_name = "remainder_0", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<i32>, %arg7: tensor<1x4xi32>, %arg8: tensor<i32>):
    %16 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %17 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %18 = "stablehlo.convert"(%arg8) : (tensor<i32>) -> tensor<i32>
    %19 = "stablehlo.compare"(%18, %17) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %20 = "func.call"(%arg6, %19, %16, %18) <{callee = @_where}> : (tensor<i32>, tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %21 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %22 = "stablehlo.remainder"(%arg7, %21) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %23 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %24 = "stablehlo.compare"(%22, %23) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %25 = "stablehlo.broadcast_in_dim"(%17) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %26 = "stablehlo.compare"(%22, %25) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi1>
    %27 = "stablehlo.compare"(%20, %17) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %28 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1x4xi1>
    %29 = "stablehlo.compare"(%26, %28) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<1x4xi1>, tensor<1x4xi1>) -> tensor<1x4xi1>
    %30 = "stablehlo.and"(%29, %24) : (tensor<1x4xi1>, tensor<1x4xi1>) -> tensor<1x4xi1>
    %31 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x4xi32>
    %32 = "stablehlo.add"(%22, %31) : (tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    %33 = "stablehlo.select"(%30, %32, %22) : (tensor<1x4xi1>, tensor<1x4xi32>, tensor<1x4xi32>) -> tensor<1x4xi32>
    "func.return"(%33) : (tensor<1x4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{jax.global_constant = "b"}, {}], function_type = (tensor<i32>, tensor<?x4xf32>) -> tensor<?x4xi32>, sym_name = "argsort", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<i32>, %arg1: tensor<?x4xf32>):
    %0 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %2 = "stablehlo.constant"() <{value = dense<4> : tensor<1xi32>}> : () -> tensor<1xi32>
    %3 = "stablehlo.reshape"(%arg0) : (tensor<i32>) -> tensor<1xi32>
    %4 = "stablehlo.concatenate"(%3, %2) <{dimension = 0 : i64}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %5 = "stablehlo.dynamic_iota"(%4) <{iota_dimension = 1 : i64}> : (tensor<2xi32>) -> tensor<?x4xi32>
    %6:2 = "stablehlo.sort"(%arg1, %5) <{dimension = 1 : i64, is_stable = true}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>, %arg4: tensor<i32>, %arg5: tensor<i32>):
      %7 = "stablehlo.compare"(%arg2, %1) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %8 = "stablehlo.select"(%7, %1, %arg2) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %9 = "stablehlo.compare"(%arg2, %arg2) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %10 = "stablehlo.select"(%9, %0, %8) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %11 = "stablehlo.compare"(%arg3, %1) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %12 = "stablehlo.select"(%11, %1, %arg3) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %13 = "stablehlo.compare"(%arg3, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %14 = "stablehlo.select"(%13, %0, %12) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %15 = "stablehlo.compare"(%10, %14) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      "stablehlo.return"(%15) : (tensor<i1>) -> ()
    }) : (tensor<?x4xf32>, tensor<?x4xi32>) -> (tensor<?x4xf32>, tensor<?x4xi32>)
    "func.return"(%6#1) : (tensor<?x4xi32>) -> ()
  }) : () -> ()
}) {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
