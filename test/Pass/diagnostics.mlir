// RUN: jit-opt --split-input-file --verify-diagnostics --canonicalize=max-iterations=1 %s

// Non-convergence of the greedy rewriter is a warning at the op the pass ran on (the module).
// expected-warning @below {{greedy pattern rewrite did not converge after 1 iterations}}
module {
  func.func @f(%a: i32) -> i32 {
    %c1 = arith.constant 1 : i32
    %0 = arith.addi %c1, %a : i32
    %1 = arith.addi %c1, %0 : i32
    return %1 : i32
  }
}

// -----

// Errors and their notes are matched by line; @above refers to the previous line.
func.func private @dup()
// expected-note @above {{see existing symbol definition here}}
func.func private @dup()
// expected-error @above {{redefinition of symbol named 'dup'}}
