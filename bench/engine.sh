#!/usr/bin/env bash
# The tiered engine on K8 (../shared/kernels): the MLP relu(x@W1+b1)@W2+b2 with a symbolic batch
# (W1 512x2048, W2 2048x512) called 2,000 times with the batch sizes of K8-batches.txt (80% from
# {1,8,32,64}), x = the first b rows of a [256,512] pool. Total wall time, every compile
# included, for tier 0 only, tier 1 only, tier 2 only, tier 3 only (a specialization per batch
# size, up to 8, the generic tier-2 code for the rest), auto (tier 3 included) and auto without
# tier 3 (auto-no3); medians of RUNS runs, in the same session; ratios against the best fixed
# tier.
# Usage: bench/engine.sh [RUNS] [TIER1_RUNS]; WARM_ONLY=1 bench/engine.sh [RUNS] for the
# warm-cache section alone.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
T1RUNS="${2:-1}"
K=../shared/kernels
cargo build --release -q -p jit-run
J=./target/release/jit-run

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
total_ms() {
  local mode=$1 extra=()
  [ "$mode" = auto-no3 ] && mode=auto extra=(--max-specializations=0)
  $J "$K/K8-mlp-poly.mlir" --no-cache --random-inputs=1 --batch-schedule="$K/K8-batches.txt" --tier="$mode" "${extra[@]}" --report \
    | sed -n 's/^report: .* in \([0-9.]*\) ms, compiles included.*/\1/p'
}
# WARM_ONLY=1 runs only the warm-cache section.
if [ "${WARM_ONLY:-0}" != 1 ]; then
# Runs interleave the modes (0, 2, auto, 0, 2, auto, ...): load drifts on a shared machine.
declare -A ALL
for _ in $(seq "$RUNS"); do
  for tier in 0 2 3 auto auto-no3; do ALL[$tier]+="$(total_ms "$tier") "; done
done
for _ in $(seq "$T1RUNS"); do ALL[1]+="$(total_ms 1) "; done
declare -A T
for tier in 0 1 2 3 auto auto-no3; do
  [ -z "${ALL[$tier]:-}" ] && continue
  T[$tier]=$(echo "${ALL[$tier]}" | tr ' ' '\n' | grep . | median)
  printf 'K8 tier %-4s %10.1f ms (median; runs: %s)\n' "$tier" "${T[$tier]}" "${ALL[$tier]}"
done
best=${T[0]}
for t in 1 2 3; do
  [ -n "${T[$t]:-}" ] && best=$(echo "if (${T[$t]} < $best) ${T[$t]} else $best" | bc -l)
done
printf 'auto / best fixed tier: %.3f\n' "$(echo "${T[auto]} / $best" | bc -l)"
# numpy on the same schedule (eager: no compiles), from the peer benchmark's venv.
PY=bench/out/venv/bin/python
if [ -x "$PY" ] && "$PY" -c "import numpy" 2>/dev/null; then
  NP=$("$PY" - "$K/K8-batches.txt" "$RUNS" <<'PYEOF'
import sys, time
import numpy as np
batches = [int(l) for l in open(sys.argv[1]) if l.strip()]
rng = np.random.default_rng(1)
x = rng.standard_normal((256, 512), dtype=np.float32)
w1 = rng.standard_normal((512, 2048), dtype=np.float32)
b1 = rng.standard_normal(2048, dtype=np.float32)
w2 = rng.standard_normal((2048, 512), dtype=np.float32)
b2 = rng.standard_normal(512, dtype=np.float32)
totals = []
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    for b in batches:
        np.maximum(x[:b] @ w1 + b1, 0) @ w2 + b2
    totals.append((time.perf_counter() - t) * 1e3)
print(sorted(totals)[len(totals) // 2])
PYEOF
)
  printf 'K8 numpy       %10.1f ms (median of %s)\n' "$NP" "$RUNS"
  printf 'tier 2 / numpy: %.3f\n' "$(echo "${T[2]} / $NP" | bc -l)"
else
  echo "numpy is not installed in bench/out/venv (bench/peers.sh installs it): no numpy figure"
fi
printf 'auto / auto without tier 3: %.3f\n' "$(echo "${T[auto]} / ${T[auto-no3]}" | bc -l)"

fi

# With a warm disk cache (an earlier process compiled and measured the code): the policy
# counts a load instead of a compile, with the speedup the earlier process measured. K8 and
# the public corpus's mlp_block (40,000 calls), auto against the fixed tiers, all warm.
echo
echo "## Warm cache"
WARM=$(mktemp -d)
C=../shared/corpus/mlp_block
MLP_IN=(--input=$C/in0.bin:4x32:f32 --input=$C/in1.bin:32x64:f32 --input=$C/in2.bin:64:f32 --input=$C/in3.bin:64x16:f32 --input=$C/in4.bin:16:f32)
warm_ms() {
  local what=$1 mode=$2
  if [ "$what" = K8 ]; then
    KILN_CACHE_DIR=$WARM $J "$K/K8-mlp-poly.mlir" --random-inputs=1 --batch-schedule="$K/K8-batches.txt" --tier="$mode" --report
  else
    KILN_CACHE_DIR=$WARM $J "$C/module.mlir" "${MLP_IN[@]}" --calls=40000 --tier="$mode" --report
  fi | sed -n 's/^report: .* in \([0-9.]*\) ms, compiles included.*/\1/p'
}
for what in K8 mlp_block; do
  # Fill the cache: every tier compiled, and the promotions measured, once.
  for mode in 1 2 auto; do warm_ms "$what" "$mode" > /dev/null; done
  declare -A W=()
  for _ in $(seq "$RUNS"); do
    for mode in 0 1 2 auto; do W[$mode]+="$(warm_ms "$what" "$mode") "; done
  done
  declare -A WM=()
  for mode in 0 1 2 auto; do
    WM[$mode]=$(echo "${W[$mode]}" | tr ' ' '\n' | grep . | median)
    printf '%-9s warm tier %-4s %10.1f ms (median; runs: %s)\n' "$what" "$mode" "${WM[$mode]}" "${W[$mode]}"
  done
  wbest=${WM[0]}
  for t in 1 2; do wbest=$(echo "if (${WM[$t]} < $wbest) ${WM[$t]} else $wbest" | bc -l); done
  printf '%-9s warm auto / best fixed tier: %.3f\n' "$what" "$(echo "${WM[auto]} / $wbest" | bc -l)"
  unset W WM
done
rm -rf "$WARM"
echo
echo "## Auto, one run, with its report"
$J "$K/K8-mlp-poly.mlir" --no-cache --random-inputs=1 --batch-schedule="$K/K8-batches.txt" --tier=auto --report | sed -n '/^report:/,$p'
