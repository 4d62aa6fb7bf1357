// Textual pipelines: nesting, options, and the pipeline each form builds.
// RUN: jit-opt %s --dump-pass-pipeline --pass-pipeline='builtin.module(func.func(cse, canonicalize{max-iterations=3 test-convergence=true}), symbol-dce)' 2>&1 >/dev/null | FileCheck %s --check-prefix=NESTED
// RUN: jit-opt %s --dump-pass-pipeline --cse --canonicalize=max-iterations=2 --inline 2>&1 >/dev/null | FileCheck %s --check-prefix=FLAGS
// RUN: jit-opt %s --dump-pass-pipeline --pass-pipeline='builtin.module(any(cse))' 2>&1 >/dev/null | FileCheck %s --check-prefix=ANY

// NESTED: Pass Manager with 3 passes:
// NESTED-NEXT: builtin.module(func.func(cse, canonicalize{max-iterations=3 max-num-rewrites=-1 test-convergence=true}), symbol-dce)
// FLAGS: Pass Manager with 3 passes:
// FLAGS-NEXT: builtin.module(cse, canonicalize{max-iterations=2 max-num-rewrites=-1 test-convergence=false}, inline{max-iterations=4})
// ANY: builtin.module(any(cse))

// Errors in pipelines are reported, not crashed on.
// RUN: not jit-opt %s --pass-pipeline='builtin.module(nope)' 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: 'nope' does not refer to a registered pass or pass pipeline
// RUN: not jit-opt %s --pass-pipeline='builtin.module(cse' 2>&1 | FileCheck %s --check-prefix=UNCLOSED
// UNCLOSED: expected ')' closing the pipeline of 'builtin.module'
// RUN: not jit-opt %s --pass-pipeline='builtin.module(canonicalize{bogus=1})' 2>&1 | FileCheck %s --check-prefix=OPTION
// OPTION: no such option 'bogus' for pass 'canonicalize'
// RUN: not jit-opt %s --pass-pipeline='builtin.module(canonicalize{max-iterations=x})' 2>&1 | FileCheck %s --check-prefix=BADVALUE
// BADVALUE: option 'max-iterations' expects an integer, got 'x'
// RUN: not jit-opt %s --math-approximation=ldexp=sometimes 2>&1 | FileCheck %s --check-prefix=LDEXP
// LDEXP: error: option 'ldexp' takes on, off or host, not 'sometimes'
// RUN: not jit-opt %s --pass-pipeline='func.func(cse)' 2>&1 | FileCheck %s --check-prefix=ANCHOR
// ANCHOR: can't run 'func.func' pass manager on 'builtin.module' op
// RUN: not jit-opt %s --pass-pipeline='builtin.module(cse)' --cse 2>&1 | FileCheck %s --check-prefix=MIX
// MIX: '--pass-pipeline' cannot be combined with individual pass flags

func.func @f() {
  return
}
