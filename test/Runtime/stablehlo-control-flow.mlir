// RUN: jit-run %s --print-output | FileCheck %s
// RUN: jit-run %s --entry=pretty_while --print-output | FileCheck %s --check-prefix=PRETTY
// A three-branch case picks branch i for i in range and the last branch otherwise; a
// one-branch case always runs it.
// RUN: for i in 0 1 2 7 -1; do %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<i', $i))" > %t.$i.bin && jit-run %s --entry=case3 --input=%t.$i.bin::i32 --print-output | tail -n 1; done | FileCheck %s --check-prefix=CASE3
// RUN: jit-run %s --entry=case1 --input=%t.7.bin::i32 --print-output | FileCheck %s --check-prefix=CASE1
// Tier 1 (native code) computes the same.
// RUN: jit-run --tier=1 %s --print-output | FileCheck %s
// RUN: jit-run --tier=2 %s --print-output | FileCheck %s
// RUN: jit-run --tier=1 %s --entry=pretty_while --print-output | FileCheck %s --check-prefix=PRETTY
// RUN: jit-run --tier=2 %s --entry=pretty_while --print-output | FileCheck %s --check-prefix=PRETTY
// RUN: for i in 0 1 2 7 -1; do %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<i', $i))" > %t.$i.bin && jit-run --tier=1 %s --entry=case3 --input=%t.$i.bin::i32 --print-output | tail -n 1; done | FileCheck %s --check-prefix=CASE3
// RUN: for i in 0 1 2 7 -1; do %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<i', $i))" > %t.$i.bin && jit-run --tier=2 %s --entry=case3 --input=%t.$i.bin::i32 --print-output | tail -n 1; done | FileCheck %s --check-prefix=CASE3
// RUN: jit-run --tier=1 %s --entry=case1 --input=%t.7.bin::i32 --print-output | FileCheck %s --check-prefix=CASE1
// RUN: jit-run --tier=2 %s --entry=case1 --input=%t.7.bin::i32 --print-output | FileCheck %s --check-prefix=CASE1

// An imported while loop doubles a vector five times; a two-branch case with index 1 takes
// branch 1.
// CHECK: result #0: tensor<i32>
// CHECK-NEXT: {{^}}5{{$}}
// CHECK: result #1: tensor<4xf32>
// CHECK-NEXT: {{\[32, 64, 96, 128\]}}
// CHECK: result #2: tensor<4xf32>
// CHECK-NEXT: {{\[1, 4, 9, 16\]}}
func.func @main() -> (tensor<i32>, tensor<4xf32>, tensor<4xf32>) {
  %c0 = stablehlo.constant dense<0> : tensor<i32>
  %c1 = stablehlo.constant dense<1> : tensor<i32>
  %c5 = stablehlo.constant dense<5> : tensor<i32>
  %x = stablehlo.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %0:2 = "stablehlo.while"(%c0, %x) ({
  ^bb0(%i: tensor<i32>, %v: tensor<4xf32>):
    %p = stablehlo.compare LT, %i, %c5, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%p) : (tensor<i1>) -> ()
  }, {
  ^bb0(%i: tensor<i32>, %v: tensor<4xf32>):
    %n = stablehlo.add %i, %c1 : tensor<i32>
    %w = stablehlo.add %v, %v : tensor<4xf32>
    "stablehlo.return"(%n, %w) : (tensor<i32>, tensor<4xf32>) -> ()
  }) : (tensor<i32>, tensor<4xf32>) -> (tensor<i32>, tensor<4xf32>)
  %1 = "stablehlo.case"(%c1) ({
    %a = stablehlo.negate %x : tensor<4xf32>
    "stablehlo.return"(%a) : (tensor<4xf32>) -> ()
  }, {
    %b = stablehlo.multiply %x, %x : tensor<4xf32>
    "stablehlo.return"(%b) : (tensor<4xf32>) -> ()
  }) : (tensor<i32>) -> tensor<4xf32>
  return %0#0, %0#1, %1 : tensor<i32>, tensor<4xf32>, tensor<4xf32>
}

// The same loop in the pretty form JAX prints (`%iterArg = %init`, `cond`/`do`).
// PRETTY: result #0: tensor<i32>
// PRETTY-NEXT: {{^}}5{{$}}
// PRETTY: result #1: tensor<4xf32>
// PRETTY-NEXT: {{\[32, 64, 96, 128\]}}
func.func @pretty_while() -> (tensor<i32>, tensor<4xf32>) {
  %c = stablehlo.constant dense<0> : tensor<i32>
  %c_0 = stablehlo.constant dense<1> : tensor<i32>
  %c_1 = stablehlo.constant dense<5> : tensor<i32>
  %x = stablehlo.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %0:2 = stablehlo.while(%iterArg = %c, %iterArg_2 = %x) : tensor<i32>, tensor<4xf32>
   cond {
    %1 = stablehlo.compare  LT, %iterArg, %c_1,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %1 : tensor<i1>
  } do {
    %1 = stablehlo.add %iterArg, %c_0 : tensor<i32>
    %2 = stablehlo.add %iterArg_2, %iterArg_2 : tensor<4xf32>
    stablehlo.return %1, %2 : tensor<i32>, tensor<4xf32>
  }
  return %0#0, %0#1 : tensor<i32>, tensor<4xf32>
}

// CASE3: {{^}}10{{$}}
// CASE3-NEXT: {{^}}11{{$}}
// CASE3-NEXT: {{^}}12{{$}}
// CASE3-NEXT: {{^}}12{{$}}
// CASE3-NEXT: {{^}}12{{$}}
func.func @case3(%i: tensor<i32>) -> tensor<f32> {
  %0 = "stablehlo.case"(%i) ({
    %a = stablehlo.constant dense<10.0> : tensor<f32>
    "stablehlo.return"(%a) : (tensor<f32>) -> ()
  }, {
    %a = stablehlo.constant dense<11.0> : tensor<f32>
    "stablehlo.return"(%a) : (tensor<f32>) -> ()
  }, {
    %a = stablehlo.constant dense<12.0> : tensor<f32>
    "stablehlo.return"(%a) : (tensor<f32>) -> ()
  }) : (tensor<i32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// CASE1: {{^}}10{{$}}
func.func @case1(%i: tensor<i32>) -> tensor<f32> {
  %0 = "stablehlo.case"(%i) ({
    %a = stablehlo.constant dense<10.0> : tensor<f32>
    "stablehlo.return"(%a) : (tensor<f32>) -> ()
  }) : (tensor<i32>) -> tensor<f32>
  return %0 : tensor<f32>
}
