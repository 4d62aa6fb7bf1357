#!/usr/bin/env bash
# The persistent compile cache on the public corpus (../shared/corpus, static modules): for each
# case, the time of a first process (cold: empty cache, compiles at tier 2) against a second
# (warm: links the first one's object code), one call each, so the process time is the time to
# the first result. Medians of RUNS pairs; totals over the corpus.
# Usage: bench/cache.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
cargo build --release -q -p jit-run
J=$(pwd)/target/release/jit-run
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { local s; s=$(date +%s%N); "$@" >/dev/null; echo "$(( ($(date +%s%N) - s) / 1000 ))" | awk '{printf "%.1f\n", $1/1000}'; }
printf '%-28s %10s %10s %8s\n' case "cold ms" "warm ms" ratio
tc=0; tw=0
for f in ../shared/corpus/*/module.mlir; do
  name=$(basename "$(dirname "$f")")
  cold=(); warm=()
  for _ in $(seq "$RUNS"); do
    rm -rf "$DIR/c"
    cold+=("$(KILN_CACHE_DIR=$DIR/c ms "$J" "$f" --random-inputs=1 --tier=2)")
    warm+=("$(KILN_CACHE_DIR=$DIR/c ms "$J" "$f" --random-inputs=1 --tier=2)")
  done
  c=$(printf '%s\n' "${cold[@]}" | median); w=$(printf '%s\n' "${warm[@]}" | median)
  tc=$(echo "$tc + $c" | bc -l); tw=$(echo "$tw + $w" | bc -l)
  printf '%-28s %10s %10s %7.2fx\n' "$name" "$c" "$w" "$(echo "$c / $w" | bc -l)"
done
printf '%-28s %10.1f %10.1f %7.2fx\n' total "$tc" "$tw" "$(echo "$tc / $tw" | bc -l)"
