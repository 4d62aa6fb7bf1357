// Bounded recursion computes at every tier; unbounded recursion is an error at every tier
// (tier 0's call-depth limit, and in native code a depth counter in the functions of a
// call-graph cycle) instead of a native stack overflow (SIGSEGV, found by running mutated
// test programs at tier 1).
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<q', 10))" > %t.10
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<q', 100000))" > %t.deep
// RUN: jit-run %s --input=%t.10::i64 --print-output | FileCheck %s
// RUN: jit-run --tier=1 --no-cache %s --input=%t.10::i64 --print-output | FileCheck %s
// RUN: jit-run --tier=2 --no-cache %s --input=%t.10::i64 --print-output | FileCheck %s
// RUN: not jit-run %s --input=%t.deep::i64 2>&1 | FileCheck %s --check-prefix=DEEP
// RUN: not jit-run --tier=1 --no-cache %s --input=%t.deep::i64 2>&1 | FileCheck %s --check-prefix=DEEP
// RUN: not jit-run --tier=2 --no-cache %s --input=%t.deep::i64 2>&1 | FileCheck %s --check-prefix=DEEP
// The lowering guards only the functions of a cycle.
// RUN: jit-opt %s --tier=1 | FileCheck %s --check-prefix=IR

// CHECK: result #0: tensor<i64>
// CHECK-NEXT: 55
// DEEP: error: call depth exceeds 256 (unbounded recursion?)
// IR-LABEL: llvm.func @main(
// IR-NOT: llvm.call @kiln_rt_enter
// IR: llvm.return
// IR-LABEL: llvm.func @sum(
// IR-NEXT: llvm.call @kiln_rt_enter() : () -> ()
// IR: llvm.call @kiln_rt_leave() : () -> ()
// IR-NEXT: llvm.return

func.func @main(%n: tensor<i64>) -> tensor<i64> {
  %0 = call @sum(%n) : (tensor<i64>) -> tensor<i64>
  return %0 : tensor<i64>
}

// sum(n) = n + sum(n - 1), sum(0) = 0.
func.func private @sum(%n: tensor<i64>) -> tensor<i64> {
  %z = ktensor.constant dense<0> : tensor<i64>
  %one = ktensor.constant dense<1> : tensor<i64>
  %pos = ktensor.cmp %n, %z {predicate = "gt"} : (tensor<i64>, tensor<i64>) -> tensor<i1>
  %r = ktensor.if %pos : tensor<i1> -> (tensor<i64>) {
    %m = ktensor.sub %n, %one : tensor<i64>
    %s = call @sum(%m) : (tensor<i64>) -> tensor<i64>
    %t = ktensor.add %n, %s : tensor<i64>
    ktensor.yield %t : tensor<i64>
  } else {
    ktensor.yield %z : tensor<i64>
  }
  return %r : tensor<i64>
}
