#!/usr/bin/env bash
# Memory checks of compiled code and the engine under valgrind (memcheck): the release
# jit-run (debug info stripped: valgrind 3.19 cannot read DWARF 5) runs both corpora (Kiln's
# JAX corpus and ../shared/corpus, static and shape-polymorphic) at every tier and in auto
# mode. Any invalid read or write, use of uninitialised memory, or a definite leak (at exit,
# after the engine is dropped) fails the script.
#
# Valgrind's CPU has no AVX-512: code is generated for the features it reports (AVX2), which
# also checks the paths an AVX2 host takes (such as bf16 conversions through a builtin).
#
#   scripts/valgrind.sh [TIERS]      (default: "0 1 2 3 auto")
set -euo pipefail
cd "$(dirname "$0")/.."
TIERS=${1:-"0 1 2 3 auto"}
JOBS=${JOBS:-2}
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt install valgrind)"; exit 2; }
cargo build --release -p jit-run -j"$JOBS" < /dev/null
BIN=$(mktemp -d)/jit-run
objcopy --strip-debug target/release/jit-run "$BIN"
VG=(valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
    --show-leak-kinds=definite)
runs=0
failed=0
check() {
  runs=$((runs + 1))
  local out rc=0
  out=$("${VG[@]}" "$BIN" --no-cache "$@" 2>&1) || rc=$?
  # 99: valgrind found errors; anything else non-zero is a failed case, reported too.
  if [ "$rc" -ne 0 ] || grep -q "^==[0-9]*== " <<<"$out"; then
    echo "FAIL ($rc): jit-run $*"
    grep -E "^==[0-9]+== |FAIL" <<<"$out" | head -30
    failed=$((failed + 1))
  fi
}
start=$(date +%s)
for t in $TIERS; do
  for m in test/jax-corpus/manifest.json ../shared/corpus/manifest.json; do
    [ -f "$m" ] || continue
    check --tier="$t" --manifest "$m"
    check --tier="$t" --manifest "$m" --poly
  done
done
echo "valgrind: $runs runs in $(( $(date +%s) - start )) s, $failed failed"
[ "$failed" -eq 0 ]
