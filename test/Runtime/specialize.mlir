// Tier 3 through jit-run: a specialization per batch size, results equal to tier 0's.
// RUN: printf '3\n5\n3\n3\n' > %t.batches
// RUN: jit-run --no-cache %s --random-inputs=1 --batch-schedule=%t.batches --print-output > %t.tier0
// RUN: jit-run --no-cache %s --tier=3 --random-inputs=1 --batch-schedule=%t.batches --print-output > %t.tier3
// RUN: diff %t.tier0 %t.tier3
// RUN: jit-run --no-cache %s --tier=3 --random-inputs=1 --batch-schedule=%t.batches --report | FileCheck %s

// Calls 1 and 2 each bring a new binding, compiled before they run; calls 3 and 4 hit N=3,
// checked first; call 2 checked N=3's guard first and missed.
// CHECK: timeline: calls 1-4: tier 3
// CHECK: 2 specializations, 0 demoted
// CHECK: tier 3: 4 calls
// CHECK: specializations: hit rate 100.0%, generic code 0.0% (deopts 0.0%)
// CHECK-NEXT: [N=3] 3 hits, 1 misses, 0 deopts
// CHECK-NEXT: [N=5] 1 hits, 0 misses, 0 deopts
// CHECK: install @main 0 -> 2: fixed tier: compiled in
// CHECK: install @main 2 -> 3: N=3: compiled in
// CHECK: install @main 2 -> 3: N=5: compiled in
func.func @main(%x: tensor<Nx8xf32>) -> tensor<Nx8xf32> {
  %two = ktensor.constant dense<2.0> : tensor<f32>
  %b = ktensor.broadcast_in_dim %two {dims = array<i64>} : (tensor<f32>) -> tensor<Nx8xf32>
  %m = ktensor.mul %x, %b : tensor<Nx8xf32>
  %r = ktensor.add %m, %b : tensor<Nx8xf32>
  return %r : tensor<Nx8xf32>
}
