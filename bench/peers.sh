#!/usr/bin/env bash
# Kiln against numpy and JAX and against the machine, in one run: STREAM triad and FMA peak
# (bench/limits.c), then every kernel of ../shared/kernels at 1 thread (pinned to core 0) and
# 2 threads (cores 0-1): numpy, JAX, Kiln tiers 0-3; ratios to the best peer and to the
# limit; tier-1 and tier-2 compile times; at 1 thread also upstream MLIR (jit-run
# --backend=mlir: Kiln's loops compiled and run by upstream's passes and ExecutionEngine),
# run time and compile time. Writes bench/out/peers-{1,2}t.json.
# Usage: bench/peers.sh [RUNS]
# numpy and JAX go into a benchmark venv (bench/out/venv) from PyPI; a peer that cannot be
# installed is skipped, and the run says so.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-7}"
mkdir -p bench/out
cargo build --release -q -p jit-run
cc -O3 -march=native -fopenmp bench/limits.c -o bench/out/limits
PY=python3
if [ ! -x bench/out/venv/bin/python ]; then
  python3 -m venv bench/out/venv 2>/dev/null || true
fi
if [ -x bench/out/venv/bin/python ]; then
  bench/out/venv/bin/python -c "import numpy" 2>/dev/null || bench/out/venv/bin/pip install -q numpy || true
  bench/out/venv/bin/python -c "import jax" 2>/dev/null \
    || timeout 300 bench/out/venv/bin/pip install -q "jax[cpu]" \
    || echo "JAX could not be installed from PyPI: it is skipped"
  bench/out/venv/bin/python -c "import numpy" 2>/dev/null && PY=bench/out/venv/bin/python
fi
for threads in 1 2; do
  cores=$([ "$threads" = 1 ] && echo 0 || echo 0,1)
  lim=$(taskset -c "$cores" bench/out/limits "$threads")
  triad=$(echo "$lim" | sed -n 's/triad_gbs //p'); fma=$(echo "$lim" | sed -n 's/fma_gflops //p')
  echo "## $threads thread(s): STREAM triad $triad GB/s, FMA peak $fma GFLOP/s (medians of $RUNS)"
  OMP_NUM_THREADS=$threads OPENBLAS_NUM_THREADS=$threads XLA_FLAGS="--xla_cpu_multi_thread_eigen=$([ "$threads" = 1 ] && echo false || echo true) intra_op_parallelism_threads=$threads" \
    taskset -c "$cores" "$PY" bench/peers.py "$RUNS" "$threads" "triad_gbs=$triad,fma_gflops=$fma"
done
