// Regression (found by the random-program oracle): a `ktensor.if` whose condition is a
// function argument did not compile at tiers 1-3 ("'loop.if' op expects one i1 condition"):
// the lowering handed the argument's buffer, already retyped, to `loop.if` instead of its
// element.
// RUN: %python -c "import sys; sys.stdout.buffer.write(bytes([1]))" > %t.t.bin
// RUN: %python -c "import sys; sys.stdout.buffer.write(bytes([0]))" > %t.f.bin
// RUN: %python -c "import struct, sys; sys.stdout.buffer.write(struct.pack('<2f', -1.5, 2.0))" > %t.x.bin
// RUN: jit-run --tier=1 --no-cache %s --input=%t.t.bin::i1 --input=%t.x.bin:2:f32 --print-output | FileCheck %s --check-prefix=THEN
// RUN: jit-run --tier=2 --no-cache %s --input=%t.f.bin::i1 --input=%t.x.bin:2:f32 --print-output | FileCheck %s --check-prefix=ELSE
// RUN: jit-run %s --input=%t.f.bin::i1 --input=%t.x.bin:2:f32 --print-output | FileCheck %s --check-prefix=ELSE

// THEN: result #0: tensor<2xf32>
// THEN-NEXT: {{\[}}1.5, 2]
// ELSE: result #0: tensor<2xf32>
// ELSE-NEXT: {{\[}}1.5, -2]
func.func @main(%c: tensor<i1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = ktensor.if %c : tensor<i1> -> (tensor<2xf32>) {
    %a = ktensor.abs %x : tensor<2xf32>
    ktensor.yield %a : tensor<2xf32>
  } else {
    %n = ktensor.neg %x : tensor<2xf32>
    ktensor.yield %n : tensor<2xf32>
  }
  return %0 : tensor<2xf32>
}
