// RUN: jit-opt --print-debuginfo %s | FileCheck %s
// RUN: jit-opt --print-debuginfo %s | jit-opt --print-debuginfo | FileCheck %s
// RUN: jit-opt %s | FileCheck %s --check-prefix=NOLOC

// Every location form on ops, block arguments and function arguments; aliases may be defined
// after their use (JAX prints them at the end of the file).
#loc1 = loc("a.py":1:2)
#named = loc("f"(#loc1))

// CHECK-LABEL: func.func @locs(
// CHECK-SAME: %arg0: i32 loc("x")
// CHECK-SAME: %arg1: i32 loc(unknown)
// NOLOC-LABEL: func.func @locs(%arg0: i32, %arg1: i32) -> i32 {
func.func @locs(%a: i32 loc("x"), %b: i32 loc(unknown)) -> i32 {
  // CHECK: arith.addi {{.*}} loc("a.py":1:2)
  %0 = arith.addi %a, %b : i32 loc(#loc1)
  // CHECK: arith.muli {{.*}} loc("gen.py":14:35 to :72)
  %1 = arith.muli %0, %0 : i32 loc(#later)
  // CHECK: arith.subi {{.*}} loc("g.py":3:4 to 5:6)
  %2 = arith.subi %1, %0 : i32 loc("g.py":3:4 to 5:6)
  // CHECK: arith.addi {{.*}} loc(callsite("f"("a.py":1:2) at "main"("b.py":7:8)))
  %3 = arith.addi %2, %2 : i32 loc(callsite(#named at "main"("b.py":7:8)))
  // CHECK: arith.addi {{.*}} loc(fused["a.py":1:2, "x"])
  %4 = arith.addi %3, %3 : i32 loc(fused[#loc1, "x"])
  // CHECK: arith.addi {{.*}} loc(fused<"meta">["a.py":1:2])
  %5 = arith.addi %4, %4 : i32 loc(fused<"meta">[#loc1])
  // CHECK: return {{.*}} loc("{{.*}}locations.mlir":[[@LINE+1]]:3)
  return %5 : i32
} loc("fn")
#later = loc("gen.py":14:35 to :72)
