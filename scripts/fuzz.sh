#!/usr/bin/env bash
# `make fuzz`: runs each libFuzzer target of fuzz/ (cargo fuzz) for SECONDS seconds (60 by
# default), from its seeds (fuzz/seeds/<target>, in the repository) and the corpus earlier
# runs grew (fuzz/corpus/<target>, ignored by git), with AddressSanitizer when a nightly
# toolchain is installed. Prints executions and crashes per target; a crash leaves its input
# in fuzz/artifacts/<target>/ and makes the script exit non-zero.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(parse import pipeline inputs cache_entry)
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi
# Sanitizers need nightly's -Z flags; with stable only, the targets run uninstrumented for
# memory errors (coverage guidance and panics still work).
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  FUZZ=(cargo +nightly fuzz)
  SAN=(--sanitizer address)
else
  FUZZ=(env RUSTC_BOOTSTRAP=1 cargo fuzz)
  SAN=(--sanitizer none)
fi
status=0
for t in "${TARGETS[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  "${FUZZ[@]}" build -O --debug-assertions "${SAN[@]}" "$t"
  log="fuzz/corpus/$t.log"
  if "${FUZZ[@]}" run -O --debug-assertions "${SAN[@]}" "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
      -max_total_time="$SECS" -rss_limit_mb=4096 -timeout=30 -print_final_stats=1 >"$log" 2>&1; then
    result=ok
  else
    result="CRASH (see $log and fuzz/artifacts/$t/)"
    status=1
  fi
  execs=$(grep -ao 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || echo '?')
  printf 'fuzz %-12s %10s executions in %ss: %s\n' "$t" "$execs" "$SECS" "$result"
done
exit $status
