// RUN: jit-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// A module body has no arguments.
// expected-error @+1 {{'builtin.module' op expects its body block to have no arguments}}
"builtin.module"() ({
^bb0(%a: i32):
}) : () -> ()

// -----

// A module has one region with one block.
// expected-error @+2 {{'builtin.module' op expects region #0 to have 0 or 1 blocks}}
// expected-error @+1 {{'builtin.module' op expects one region with one block}}
"builtin.module"() ({
^bb0:
  "test.op"() : () -> ()
^bb1:
  "test.op"() : () -> ()
}) : () -> ()
