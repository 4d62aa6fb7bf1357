// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<8f', 1, 2, 3, 4, 0.5, 0.5, -5, 0.5))" > %t.bin
// RUN: jit-run %s --input=%t.bin:2x4:f32 --print-output | FileCheck %s
// Tier 1 computes the same (the `?` result is exported by the compiled function).
// RUN: jit-run --tier=1 %s --input=%t.bin:2x4:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --input=%t.bin:2x4:f32 --print-output | FileCheck %s

// Scalars broadcast into `?` shapes read the size at run time: a reduce with a non-identity
// init (row sums + 1) and a clamp with scalar bounds (to [0, 1]) on a tensor<?x4xf32>.
// CHECK: result #0: tensor<2xf32>
// CHECK-NEXT: {{\[}}11, -2.5{{\]}}
// CHECK: result #1: tensor<2x4xf32>
// CHECK-NEXT: {{\[\[}}1, 1, 1, 1{{\], \[}}0.5, 0.5, 0, 0.5{{\]\]}}
func.func @main(%x: tensor<?x4xf32>) -> (tensor<?xf32>, tensor<?x4xf32>) {
  %one = stablehlo.constant dense<1.0> : tensor<f32>
  %zero = stablehlo.constant dense<0.0> : tensor<f32>
  %0 = "stablehlo.reduce"(%x, %one) <{dimensions = array<i64: 1>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = stablehlo.add %a, %b : tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<?x4xf32>, tensor<f32>) -> tensor<?xf32>
  %1 = "stablehlo.clamp"(%zero, %x, %one) : (tensor<f32>, tensor<?x4xf32>, tensor<f32>) -> tensor<?x4xf32>
  return %0, %1 : tensor<?xf32>, tensor<?x4xf32>
}
