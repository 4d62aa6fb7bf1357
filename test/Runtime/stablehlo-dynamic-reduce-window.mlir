// JAX's custom_call @stablehlo.dynamic_reduce_window (jnp.cumsum along a symbolic batch: a
// window of b rows with b - 1 rows of low padding) imports as a ktensor.reduce_window with
// the five window lists as run-time operands (the padding as rank x 2) and the reducer as its
// region; every tier computes the cumulative sum for any batch size.
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<6f', 1, 2, 3, 4, 5, 6))" > %t.bin
// RUN: jit-opt %s --convert-stablehlo-to-tensor | FileCheck %s --check-prefix=IR
// RUN: jit-run %s --input=%t.bin:3x2:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=1 %s --input=%t.bin:3x2:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --input=%t.bin:3x2:f32 --print-output | FileCheck %s
// RUN: jit-run --tier=3 %s --input=%t.bin:3x2:f32 --print-output | FileCheck %s

// IR-LABEL: func.func @main
// IR: ktensor.reduce_window %arg0, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : (tensor<?x2xf32>, tensor<f32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<?x2xf32>
// IR: ^bb0(%{{.*}}: tensor<f32>, %{{.*}}: tensor<f32>):
// IR-NEXT: %[[S:.*]] = ktensor.add
// IR-NEXT: ktensor.yield %[[S]] : tensor<f32>
// CHECK: result #0: tensor<3x2xf32>
// CHECK-NEXT: {{\[\[}}1, 2{{\], \[}}4, 6{{\], \[}}9, 12{{\]\]}}
func.func @main(%x: tensor<?x2xf32>) -> tensor<?x2xf32> {
  %one = stablehlo.constant dense<1> : tensor<1xi32>
  %zero = stablehlo.constant dense<0> : tensor<1xi32>
  %m1 = stablehlo.constant dense<-1> : tensor<i32>
  %init = stablehlo.constant dense<0.000000e+00> : tensor<f32>
  %b = stablehlo.get_dimension_size %x, dim = 0 : (tensor<?x2xf32>) -> tensor<i32>
  %bm1 = stablehlo.add %b, %m1 : tensor<i32>
  %bm1v = stablehlo.reshape %bm1 : (tensor<i32>) -> tensor<1xi32>
  %p0 = stablehlo.concatenate %bm1v, %zero, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
  %p0r = stablehlo.reshape %p0 : (tensor<2xi32>) -> tensor<1x2xi32>
  %p1 = stablehlo.concatenate %zero, %zero, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
  %p1r = stablehlo.reshape %p1 : (tensor<2xi32>) -> tensor<1x2xi32>
  %pad = stablehlo.concatenate %p0r, %p1r, dim = 0 : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<2x2xi32>
  %bv = stablehlo.reshape %b : (tensor<i32>) -> tensor<1xi32>
  %win = stablehlo.concatenate %bv, %one, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
  %ones = stablehlo.concatenate %one, %one, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
  %0 = stablehlo.custom_call @stablehlo.dynamic_reduce_window(%x, %init, %win, %ones, %ones, %ones, %pad) {api_version = 2 : i32, called_computations = [@reducer]} : (tensor<?x2xf32>, tensor<f32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<?x2xf32>
  return %0 : tensor<?x2xf32>
}
func.func private @reducer(%a: tensor<f32>, %b: tensor<f32>) -> tensor<f32> {
  %0 = stablehlo.add %a, %b : tensor<f32>
  return %0 : tensor<f32>
}
