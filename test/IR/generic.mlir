// RUN: jit-opt --allow-unregistered-dialect --split-input-file %s | FileCheck %s
// RUN: jit-opt --allow-unregistered-dialect --split-input-file --print-op-generic %s | jit-opt --allow-unregistered-dialect --split-input-file --print-op-generic | FileCheck %s --check-prefix=GENERIC

// Unregistered ops with operands, properties, attributes and results.
// CHECK-LABEL: "test.props"
// CHECK-SAME: <{p = 1 : i64}>
// CHECK-SAME: {a = "x", b}
// GENERIC-LABEL: "test.props"
"test.props"() <{p = 1 : i64}> {b, a = "x"} : () -> ()

// -----

// Result groups and indexed uses.
// CHECK-LABEL: "test.multi"
// CHECK: %[[R:[0-9]+]]:2 = "test.two"
// CHECK: "test.use"(%[[R]]#1, %[[R]]#0)
"test.multi"() ({
  %0:2 = "test.two"() : () -> (i32, f32)
  "test.use"(%0#1, %0#0) : (f32, i32) -> ()
}) : () -> ()

// -----

// Results bound to separate names become one group.
// CHECK-LABEL: "test.names"
// CHECK: %[[G:[0-9]+]]:2 = "test.pair"
// CHECK: "test.use"(%[[G]]#0, %[[G]]#1)
"test.names"() ({
  %a, %b = "test.pair"() : () -> (i1, i1)
  "test.use"(%a, %b) : (i1, i1) -> ()
}) : () -> ()

// -----

// Blocks with arguments, successors and forward references to blocks.
// CHECK-LABEL: "test.cfg"
// CHECK: ^bb0(%[[A:.*]]: i32):
// CHECK: "test.br"(%[[A]])[^bb1] : (i32) -> ()
// CHECK: ^bb1(%[[B:.*]]: i32):
// CHECK: "test.cond_br"(%[[B]])[^bb1, ^bb2]
// CHECK: ^bb2:
// GENERIC: ^bb1(%{{.*}}: i32):
"test.cfg"() ({
^bb0(%a: i32):
  "test.br"(%a)[^bb1] : (i32) -> ()
^bb1(%b: i32):
  "test.cond_br"(%b)[^bb1, ^bb2] : (i32) -> ()
^bb2:
  "test.ret"() : () -> ()
}) : () -> ()

// -----

// Several regions, an empty region, and values from an enclosing (non-isolated) region.
// CHECK-LABEL: "test.outer"
// CHECK: %[[X:.*]] = "test.def"
// CHECK: "test.regions"() ({
// CHECK-NEXT: "test.use"(%[[X]])
// CHECK: }, {
// CHECK-NEXT: })
"test.outer"() ({
  %x = "test.def"() : () -> i64
  "test.regions"() ({
    "test.use"(%x) : (i64) -> ()
  }, {
  }) : () -> ()
}) : () -> ()

// -----

// Uses before definitions are fine in unregistered (graph) regions.
// CHECK-LABEL: "test.graph"
// CHECK: "test.use"(%[[V:.*]]) : (i8) -> ()
// CHECK: %[[V]] = "test.def"() : () -> i8
"test.graph"() ({
  "test.use"(%later) : (i8) -> ()
  %later = "test.def"() : () -> i8
}) : () -> ()

// -----

// Quoted op names with escapes and dialect-less custom names.
// CHECK: "test.op\22quoted\22"() : () -> ()
"test.op\22quoted\22"() : () -> ()
