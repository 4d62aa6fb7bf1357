#!/usr/bin/env bash
# Tier 3 against tier 2: the per-call median of a specialization (jit-run --tier=3: the
# generic code at tier 2 plus a specialization to the call's shapes) against the generic,
# shape-polymorphic tier-2 code, on the same inputs, in the same session. Runs interleave the
# two tiers (load drifts on a shared machine); the figure is the median over RUNS runs of each
# run's per-call median.
# Then auto mode with and without tier 3 on a softmax with changing row counts.
# Usage: bench/specialize.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
K=../shared/kernels
cargo build --release -q -p jit-run
J=./target/release/jit-run

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
per_call() { # FILE TIER CALLS JIT-RUN-ARGS...
  local f=$1 t=$2 n=$3
  shift 3
  $J "$f" --no-cache "$@" --calls="$n" --tier="$t" --report \
    | sed -n 's/^report: .*per call: median \([0-9.]*\) ms.*/\1/p'
}
bench() { # NAME FILE CALLS JIT-RUN-ARGS...
  local name=$1 f=$2 n=$3
  shift 3
  local t2="" t3=""
  for _ in $(seq "$RUNS"); do
    t2+="$(per_call "$f" 2 "$n" "$@") "
    t3+="$(per_call "$f" 3 "$n" "$@") "
  done
  local m2 m3
  m2=$(echo "$t2" | tr ' ' '\n' | grep . | median)
  m3=$(echo "$t3" | tr ' ' '\n' | grep . | median)
  printf '%-22s tier 2 %8.3f ms  tier 3 %8.3f ms  speedup %.2fx   (tier 2 runs: %s| tier 3 runs: %s)\n' \
    "$name" "$m2" "$m3" "$(echo "$m2 / $m3" | bc -l)" "$t2" "$t3"
}
bench "matmul 256^3" bench/specialize/matmul.mlir 300 --random-inputs=1 --sym M=256 --sym K=256 --sym N=256
bench "MLP (K8) batch 64" "$K/K8-mlp-poly.mlir" 200 --random-inputs=1 --sym b=64
bench "softmax 4096x512" bench/specialize/softmax.mlir 60 --random-inputs=1 --sym N=4096
# Value specialization: the loop's trip count (k = 1000) becomes a constant.
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 -c "import numpy as np; np.save('$TMP/x.npy', np.ones(1024, dtype=np.float32))"
printf '\xe8\x03\x00\x00' > "$TMP/k.bin"
bench "loop, k=1000 steps" bench/specialize/loop.mlir 300 --input="$TMP/x.npy" --input="$TMP/k.bin::i32"

# Auto mode with and without tier 3 on softmax rows drawn from {4096 x3, 2048, 1024}
# (softmax-batches.txt, 400 calls): total time, every compile included.
total_ms() {
  $J bench/specialize/softmax.mlir --no-cache --random-inputs=1 --sym N=4096 \
    --batch-schedule=bench/specialize/softmax-batches.txt --tier=auto "$@" --report \
    | sed -n 's/^report: .* in \([0-9.]*\) ms, compiles included.*/\1/p'
}
with="" without=""
for _ in $(seq "$RUNS"); do
  with+="$(total_ms) "
  without+="$(total_ms --max-specializations=0) "
done
w=$(echo "$with" | tr ' ' '\n' | grep . | median)
wo=$(echo "$without" | tr ' ' '\n' | grep . | median)
printf 'softmax auto, 400 calls: with tier 3 %.1f ms, without %.1f ms, ratio %.3f   (with: %s| without: %s)\n' \
  "$w" "$wo" "$(echo "$w / $wo" | bc -l)" "$with" "$without"
