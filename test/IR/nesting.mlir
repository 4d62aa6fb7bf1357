// Deep nesting parses and prints without exhausting the stack (upstream mlir-opt 22 overflows
// its stack at 5,000 nested regions).
// RUN: python3 %S/Inputs/nest.py regions 20000 | jit-opt --allow-unregistered-dialect | FileCheck %s --check-prefix=REGIONS
// RUN: python3 %S/Inputs/nest.py attrs 20000 | jit-opt --allow-unregistered-dialect | FileCheck %s --check-prefix=ATTRS
// RUN: python3 %S/Inputs/nest.py regions 20000 | jit-opt --allow-unregistered-dialect --print-op-generic --cse --canonicalize | FileCheck %s --check-prefix=REGIONS
// Nesting beyond the limit is a diagnostic, not a crash.
// RUN: python3 %S/Inputs/nest.py attrs 150000 | not jit-opt --allow-unregistered-dialect 2>&1 | FileCheck %s --check-prefix=LIMIT

// REGIONS: "test.leaf"() : () -> ()
// ATTRS: a = {{\[\[\[\[}}
// LIMIT: error: nesting deeper than 100000 levels
