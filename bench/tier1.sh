#!/usr/bin/env bash
# Tier 1 (native, baseline pipeline) against tier 0 (the interpreter), in the same run:
# - compile latency (IR in memory -> callable entry: lowering, LLVM, ORC, lookup), median of
#   RUNS compiles, for every case of the shared corpus and every kernel of ../shared/kernels but
#   K8: cold (the first compile of a fresh process, which also creates the LLJIT and faults in
#   LLVM's code) and warm (after the engine's warm-up, `--warm-up`: what an auto-mode engine's
#   promotions see, and a server that builds its engine at startup);
# - steady-state time per call, median of 3*RUNS calls, tier 0 and tier 1, on every kernel of
#   ../shared/kernels but K8 and every static module of both corpora (random inputs).
# Usage: bench/tier1.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
SHARED=../shared
cargo build --release -q -p jit-run
J=./target/release/jit-run

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
compile_ms() { for _ in $(seq "$RUNS"); do $J "$1" --random-inputs=1 --tier=1 --report --no-cache "--warm-up=$2" | sed -n 's/.*compile \([0-9.]*\) ms.*/\1/p'; done | median; }
summary() { sort -g | awk '{a[NR]=$1} END {printf "median %s, max %s", a[int((NR+1)/2)], a[NR]}'; }
call_ms() { $J "$1" --random-inputs=1 --tier="$2" --calls="$((3 * RUNS))" --report --no-cache 2>/dev/null | sed -n 's/.*median \([0-9.]*\) ms.*/\1/p'; }

echo "## Tier-1 compile latency (median of $RUNS, ms): cold, warm"
cold=(); warm=()
for f in "$SHARED"/corpus/*/module.mlir "$SHARED"/kernels/K*.mlir; do
  case "$f" in *K8-*) continue ;; esac
  c=$(compile_ms "$f" false); w=$(compile_ms "$f" true)
  cold+=("$c"); warm+=("$w")
  printf '%-40s %8s %8s\n' "$(basename "$(dirname "$f")")/$(basename "$f")" "$c" "$w"
done
echo "cold: $(printf '%s\n' "${cold[@]}" | summary); warm: $(printf '%s\n' "${warm[@]}" | summary)"
echo
echo "## Steady state per call (median of $((3 * RUNS)) calls, ms): tier 0, tier 1, tier1/tier0"
slower=0; total=0
for f in "$SHARED"/kernels/K*.mlir "$SHARED"/corpus/*/module.mlir test/jax-corpus/*/module.mlir; do
  case "$f" in *K8-*) continue ;; esac
  t0=$(call_ms "$f" 0 || true); t1=$(call_ms "$f" 1 || true)
  name="$(basename "$(dirname "$f")")/$(basename "$f")"
  if [ -z "$t0" ] || [ -z "$t1" ]; then
    printf '%-44s %10s %10s   (no timing: the random inputs are not valid for it)\n' "$name" "${t0:-n/a}" "${t1:-n/a}"
    continue
  fi
  r=$(echo "$t1 / $t0" | bc -l)
  total=$((total + 1)); [ "$(echo "$r > 1.0" | bc -l)" = 1 ] && slower=$((slower + 1))
  printf '%-44s %10s %10s %8.2fx\n' "$name" "$t0" "$t1" "$r"
done
echo "tier 1 slower than tier 0 on $slower of $total"
