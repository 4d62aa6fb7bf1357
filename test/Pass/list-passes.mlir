// --list-passes names every registered pass with its options; --help documents every flag.
// RUN: jit-opt --list-passes | FileCheck %s
// RUN: jit-opt --help | FileCheck %s --check-prefix=HELP
// CHECK: Available passes:
// CHECK-DAG: --canonicalize
// CHECK-DAG: max-iterations
// CHECK-DAG: --cse
// CHECK-DAG: --decompose
// CHECK-DAG: --dce
// CHECK-DAG: --inline
// CHECK-DAG: --symbol-dce
// HELP-DAG: --pass-pipeline
// HELP-DAG: --split-input-file
// HELP-DAG: --verify-diagnostics
// HELP-DAG: --allow-unregistered-dialect
// HELP-DAG: --print-op-generic
// HELP-DAG: --print-debuginfo
// HELP-DAG: --print-ir-before-all
// HELP-DAG: --print-ir-after-all
// HELP-DAG: --print-ir-after-change
// HELP-DAG: --timing
// HELP-DAG: --pass-statistics
// HELP-DAG: --list-passes
// HELP-DAG: --canonicalize[=<OPTIONS>]
