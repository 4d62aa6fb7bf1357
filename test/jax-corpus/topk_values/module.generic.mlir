"builtin.module"() <{sym_name = "jit_topk_values"}> ({
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x10xf32>) -> tensor<4x3xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<4x10xf32>):
    %0:2 = "chlo.top_k"(%arg0) <{k = 3 : i64}> : (tensor<4x10xf32>) -> (tensor<4x3xf32>, tensor<4x3xi32>)
    "func.return"(%0#0) : (tensor<4x3xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
