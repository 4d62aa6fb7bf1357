#!/usr/bin/env bash
# The demo `make demo` runs: the cleanup pipeline on the bundled example, with the IR before and
# after, pass statistics and the timing tree. Usage: scripts/demo.sh [path/to/jit-opt]
set -euo pipefail
cd "$(dirname "$0")/.."
JIT_OPT="${1:-target/release/jit-opt}"
PIPELINE="builtin.module(inline,canonicalize,cse,symbol-dce)"
echo "== input: examples/demo.mlir"
"$JIT_OPT" examples/demo.mlir
echo "== after $PIPELINE"
"$JIT_OPT" examples/demo.mlir --pass-pipeline="$PIPELINE" --pass-statistics --timing
