// The tiered engine through jit-run: promotions under the development preset, the report's
// text and JSON forms, and batch schedules.
// RUN: jit-run --no-cache %s --tier=auto --preset=development --synchronous --random-inputs=1 --sym=N=64 --calls=12 --report | FileCheck %s
// RUN: jit-run --no-cache %s --tier=auto --preset=development --synchronous --random-inputs=1 --random-batches=7 --calls=40 --report=json | FileCheck %s --check-prefix=JSON
// RUN: printf '3\n5\n3\n' > %t.batches
// RUN: jit-run --no-cache %s --tier=2 --random-inputs=1 --batch-schedule=%t.batches --report | FileCheck %s --check-prefix=SCHED
// RUN: printf '3\nx\n' > %t.bad
// RUN: not jit-run %s --random-inputs=1 --batch-schedule=%t.bad 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not jit-run %s --input=%t.missing.npy --input=%t.missing.npy 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: env KILN_LOG=kiln_runtime::engine=debug jit-run --no-cache %s --tier=1 --warm-up --random-inputs=1 --report 2>&1 | FileCheck %s --check-prefix=WARM

// Tier 0 serves the first call, tier 1 the next two, then tier 2; after a window of 4 sampled
// calls with N=64, a specialization to N=64 serves the rest.
// CHECK: result #0: tensor<64xf32>
// CHECK: report: 12 call(s) of @score at tier auto
// CHECK: timeline: calls 1-1: tier 0 | calls 2-3: tier 1 | calls 4-12: tier 2, 8 of them at tier 3
// CHECK: 2 promotions, 0 demotions (166.67 per 1000 calls); 1 specializations, 0 demoted
// CHECK: @score: tier 2
// CHECK-NEXT: tier 0: 1 calls
// CHECK-NEXT: tier 1: 2 calls
// CHECK-NEXT: tier 2: 1 calls
// CHECK-NEXT: tier 3: 8 calls
// The report names the fusion groups of each compile (tier 1's are greedy, tier 2's come
// after the e-graph).
// CHECK-NEXT: compile tier 1:
// CHECK-NEXT: fused @score: 4 ops (broadcast_in_dim mul tanh reduce)
// CHECK-NEXT: compile tier 2:
// CHECK-NEXT: fused @score: 4 ops (broadcast_in_dim mul tanh reduce)
// CHECK-NEXT: compile tier 3:
// CHECK-NEXT: fused @score: 4 ops (broadcast_in_dim mul tanh reduce)
// CHECK: specializations: hit rate 100.0%, generic code 0.0% (deopts 0.0%)
// CHECK-NEXT: [N=64] 8 hits, 0 misses, 0 deopts
// CHECK: promote @score 0 -> 1: 1 calls (thresholds only)
// CHECK: install @score 0 -> 1: compiled in
// CHECK: promote @score 1 -> 2: 2 calls (thresholds only)
// CHECK: specialize @score 2 -> 3: N=64 in 100% of the last 4 sampled calls
// CHECK: install @score 2 -> 3: N=64: compiled in

// JSON: "functions": [
// JSON: "name": "score",
// JSON-NEXT: "current_tier": 2,
// JSON-NEXT: "calls_by_tier": [
// JSON: "specializations": [
// JSON: "guard":
// JSON: "hits":
// JSON: "misses":
// JSON: "demoted":
// JSON: "compile_seconds":
// JSON: "run_seconds":

// SCHED: result #0: tensor<3xf32>
// SCHED: report: 3 call(s) of @score at tier 2
// SCHED: 2 shape signatures; top: (3x16, 16) x2, (5x16, 16) x1

// BAD: {{.*}}.bad:2:1: error: expected a positive batch size, got 'x'
// MISSING: jit-run: error: {{.*}}missing.npy

func.func @score(%x: tensor<Nx16xf32>, %s: tensor<16xf32>) -> tensor<Nxf32> {
  %b = ktensor.broadcast_in_dim %s {dims = array<i64: 1>} : (tensor<16xf32>) -> tensor<Nx16xf32>
  %m = ktensor.mul %x, %b : tensor<Nx16xf32>
  %e = ktensor.tanh %m : tensor<Nx16xf32>
  %r = ktensor.reduce %e {axes = array<i64: 1>, kind = "sum"} : (tensor<Nx16xf32>) -> tensor<Nxf32>
  return %r : tensor<Nxf32>
}

// A fixed-tier engine asked to warm up compiles its warm-up module when it is built, before
// the function's own compile, and counts only the latter.
// WARM: warmed up tier 1 ms={{[0-9.]+}} ok=true
// WARM: 1 compiles, 0 failed
// WARM: install @score 0 -> 1: fixed tier: compiled in
