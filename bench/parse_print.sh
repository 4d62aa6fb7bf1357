#!/usr/bin/env bash
# Parse + print of a generated module of N generic-form ops (default 1,000,000), Kiln's jit-opt
# against upstream mlir-opt 22 on the same file in the same run. Prints per-run times, medians,
# the ratio and peak memory (RSS) per op. Usage: bench/parse_print.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000000}"
RUNS="${2:-5}"
MLIR_OPT="${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}"
OUT=bench/out
mkdir -p "$OUT"
cargo build --release -q -p jit-opt
FILE="$OUT/ops-$N.mlir"
[ -f "$FILE" ] || python3 bench/gen_ops.py "$N" > "$FILE"
echo "input: $FILE ($(du -h "$FILE" | cut -f1), $N ops)"

measure() { # name, command...
  local name="$1"; shift
  local times=() mems=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" > "$OUT/$name.out"
    read -r t m < "$OUT/time.txt"
    times+=("$t"); mems+=("$m")
  done
  local med mem
  med=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mem=$(printf '%s\n' "${mems[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$name: runs ${times[*]} s; median $med s; peak RSS $((mem / 1024)) MiB ($(awk -v m="$mem" -v n="$N" 'BEGIN {printf "%.0f", m * 1024 / n}') bytes/op)"
  eval "${name//-/_}_med=$med"
}

# Interleave the tools run by run would be fairer on a noisy machine; medians over RUNS suffice here.
measure kiln ./target/release/jit-opt --allow-unregistered-dialect --print-op-generic "$FILE"
measure mlir-opt "$MLIR_OPT" --allow-unregistered-dialect --mlir-print-op-generic "$FILE"
echo "ratio mlir-opt / kiln: $(awk -v a="$mlir_opt_med" -v b="$kiln_med" 'BEGIN {printf "%.2fx", a / b}')"
# Both outputs describe the same IR: compare op-name sequences.
if cmp -s <(grep -o '"test\.[a-z]*"' "$OUT/kiln.out") <(grep -o '"test\.[a-z]*"' "$OUT/mlir-opt.out"); then
  echo "outputs agree on the op sequence"
else
  echo "warning: op sequences differ" >&2
fi
