#!/usr/bin/env bash
# A long randomized run of the engine's concurrency tests: ROUNDS processes (20 by default),
# each running the release build of the multi-threaded tests (8 threads through promotions,
# tier-3 specializations and their evictions, a shutdown while calling; every result checked
# against tier 0). Thread interleavings differ from run to run; prints the rounds that failed.
#
#   scripts/stress.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-20}
JOBS=${JOBS:-2}
cargo build --release -p kiln --tests -j"$JOBS" < /dev/null
BIN=$(ls -t target/release/deps/api-* | grep -v '\.d$' | head -1)
TESTS=(
  engine::eight_threads_call_while_the_function_is_promoted
  engine::eight_threads_call_three_functions_through_promotions_specializations_evictions_and_shutdown
  specialize::eight_threads_with_changing_shapes_while_specializations_come_and_go
  parallel::two_threads_give_the_bits_of_one_and_agree_with_tier_0
)
failed=0
start=$(date +%s)
for r in $(seq "$ROUNDS"); do
  for t in "${TESTS[@]}"; do
    if ! out=$("$BIN" "$t" --exact --test-threads=1 2>&1) || ! grep -q "1 passed" <<<"$out"; then
      echo "round $r: $t FAILED"
      echo "$out" | tail -20
      failed=$((failed + 1))
    fi
  done
done
echo "stress: $ROUNDS rounds of ${#TESTS[@]} tests in $(( $(date +%s) - start )) s, $failed failed"
[ "$failed" -eq 0 ]
