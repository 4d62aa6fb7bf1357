#!/usr/bin/env bash
# Tier 1 (native, baseline pipeline) against tier 0 (the interpreter), in the same run:
# - compile latency (IR in memory -> callable entry: lowering, LLVM, ORC, lookup), median of
#   RUNS compiles, for every case of the shared corpus and the MLP block (K5, W1 512x2048);
# - steady-state time per call, median of RUNS calls, tier 0 and tier 1, on the kernels of
#   ../shared/kernels (matmul 512^3, relu(a*b+c) 16M, softmax 1024^2, the MLP at batch 64).
# Usage: bench/tier1.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
SHARED=../shared
cargo build --release -q -p jit-run
J=./target/release/jit-run

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
compile_ms() { for _ in $(seq "$RUNS"); do $J "$1" --random-inputs=1 --tier=1 --report --no-cache | sed -n 's/.*compile \([0-9.]*\) ms.*/\1/p'; done | median; }
call_ms() { $J "$1" --random-inputs=1 --tier="$2" --calls="$RUNS" --report | sed -n 's/.*median \([0-9.]*\) ms.*/\1/p'; }

echo "## Tier-1 compile latency (median of $RUNS, ms)"
for f in "$SHARED"/corpus/*/module.mlir "$SHARED"/kernels/K5-mlp-64.mlir; do
  printf '%-40s %s\n' "$(basename "$(dirname "$f")")/$(basename "$f")" "$(compile_ms "$f")"
done
echo
echo "## Steady state per call (median of $RUNS, ms): tier 0, tier 1, tier1/tier0"
for k in K1-matmul-512 K2-ewise-16M K3-softmax-1024x1024 K5-mlp-64; do
  f="$SHARED/kernels/$k.mlir"
  t0=$(call_ms "$f" 0); t1=$(call_ms "$f" 1)
  printf '%-24s %10s %10s %8.2fx\n' "$k" "$t0" "$t1" "$(echo "$t1 / $t0" | bc -l)"
done
