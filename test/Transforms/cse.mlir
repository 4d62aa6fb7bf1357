// RUN: jit-opt %s --split-input-file --allow-unregistered-dialect --cse | FileCheck %s

// Identical pure ops merge; different attributes or operands keep them apart.
// CHECK-LABEL: func.func @simple
// CHECK: %[[A:.*]] = arith.addi %arg0, %arg1
// CHECK-NEXT: %[[B:.*]] = arith.addi %arg1, %arg0
// CHECK-NEXT: return %[[A]], %[[A]], %[[B]]
func.func @simple(%x: i32, %y: i32) -> (i32, i32, i32) {
  %0 = arith.addi %x, %y : i32
  %1 = arith.addi %x, %y : i32
  %2 = arith.addi %y, %x : i32
  return %0, %1, %2 : i32, i32, i32
}

// -----

// Unregistered ops may have side effects and are never merged.
// CHECK-LABEL: func.func @unknown_effects
// CHECK: "test.op"()
// CHECK: "test.op"()
func.func @unknown_effects() -> (i32, i32) {
  %0 = "test.op"() : () -> i32
  %1 = "test.op"() : () -> i32
  return %0, %1 : i32, i32
}

// -----

// Values from an enclosing region are reused inside nested (non-isolated) regions.
// CHECK-LABEL: func.func @nested
// CHECK: %[[A:.*]] = arith.muli
// CHECK: "test.region"() ({
// CHECK-NOT: arith.muli
// CHECK: "test.use"(%[[A]])
func.func @nested(%x: i32) -> i32 {
  %0 = arith.muli %x, %x : i32
  "test.region"() ({
    %1 = arith.muli %x, %x : i32
    "test.use"(%1) : (i32) -> ()
  }) : () -> ()
  return %0 : i32
}

// -----

// Sibling regions do not share: an op in one region does not dominate the other.
// CHECK-LABEL: func.func @siblings
// CHECK: "test.two"() ({
// CHECK: arith.muli
// CHECK: }, {
// CHECK: arith.muli
func.func @siblings(%x: i32) {
  "test.two"() ({
    %0 = arith.muli %x, %x : i32
    "test.use"(%0) : (i32) -> ()
  }, {
    %1 = arith.muli %x, %x : i32
    "test.use"(%1) : (i32) -> ()
  }) : () -> ()
  return
}

// -----

// Across blocks, only dominating definitions are reused.
// CHECK-LABEL: func.func @cfg
// CHECK: ^bb1:
// CHECK-NOT: arith.addi
// CHECK: "test.use"(%[[E:.*]]) : (i32) -> ()
// CHECK: ^bb2:
// CHECK: %[[L:.*]] = arith.muli
// CHECK: ^bb3:
// CHECK: arith.muli
func.func @cfg(%x: i32, %c: i1) {
  %e = arith.addi %x, %x : i32
  "test.cond_br"(%c)[^bb1, ^bb2] : (i1) -> ()
^bb1:
  %a = arith.addi %x, %x : i32
  "test.use"(%a) : (i32) -> ()
  "test.br"()[^bb3] : () -> ()
^bb2:
  %l = arith.muli %x, %x : i32
  "test.use"(%l) : (i32) -> ()
  "test.br"()[^bb3] : () -> ()
^bb3:
  %m = arith.muli %x, %x : i32
  "test.use"(%m) : (i32) -> ()
  return
}
