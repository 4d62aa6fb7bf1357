// Results written with --output-dir are .npy files that read back as inputs; --report counts calls.
// RUN: rm -rf %t.dir
// RUN: jit-run %s --entry=make --output-dir=%t.dir | FileCheck %s --check-prefix=MAKE
// RUN: jit-run --no-cache %s --entry=twice --input=%t.dir/result0.npy --input=%t.dir/result1.npy --print-output --calls=3 --report | FileCheck %s --check-prefixes=CHECK,TIER0
// Tiers 1 and 2 read the same files and compute the same.
// RUN: jit-run --no-cache --tier=1 %s --entry=twice --input=%t.dir/result0.npy --input=%t.dir/result1.npy --print-output --calls=3 --report | FileCheck %s --check-prefixes=CHECK,TIER1
// RUN: jit-run --no-cache --tier=2 %s --entry=twice --input=%t.dir/result0.npy --input=%t.dir/result1.npy --print-output --calls=3 --report | FileCheck %s --check-prefixes=CHECK,TIER2

// MAKE: result #0: tensor<2x2xf32>
// MAKE: result #1: tensor<2xi32>
// CHECK: result #0: tensor<2x2xf32>
// CHECK-NEXT: {{\[\[}}2, 4], [6, 8]]
// CHECK: result #1: tensor<2xi32>
// CHECK-NEXT: [14, 18]
// TIER0: report: 3 call(s) of @twice at tier 0
// TIER0: timeline: calls 1-3: tier 0
// TIER0: @twice: tier 0
// TIER0-NEXT: tier 0: 3 calls
// TIER1: report: 3 call(s) of @twice at tier 1
// TIER1: timeline: calls 1-3: tier 1
// TIER1: @twice: tier 1
// TIER1-NEXT: tier 1: 3 calls
// TIER1-NEXT: compile tier 1:
// TIER2: report: 3 call(s) of @twice at tier 2
// TIER2: timeline: calls 1-3: tier 2
// TIER2: @twice: tier 2
// TIER2-NEXT: tier 2: 3 calls
// TIER2-NEXT: compile tier 2:
func.func @make() -> (tensor<2x2xf32>, tensor<2xi32>) {
  %a = ktensor.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %b = ktensor.constant dense<[7, 9]> : tensor<2xi32>
  return %a, %b : tensor<2x2xf32>, tensor<2xi32>
}
func.func @twice(%a: tensor<Nx2xf32>, %b: tensor<Mxi32>) -> (tensor<Nx2xf32>, tensor<Mxi32>) {
  %0 = ktensor.add %a, %a : tensor<Nx2xf32>
  %1 = ktensor.add %b, %b : tensor<Mxi32>
  return %0, %1 : tensor<Nx2xf32>, tensor<Mxi32>
}
