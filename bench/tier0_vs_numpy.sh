#!/usr/bin/env bash
# Tier 0 (the interpreter) against numpy on the same op sequences, in the same run:
# matmul 512^3, relu(a*b+c) on 16M elements, row softmax [1024,1024]. Medians of RUNS calls.
# Usage: bench/tier0_vs_numpy.sh [RUNS]   (installs numpy with pip if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-10}"
OUT=bench/out
mkdir -p "$OUT"
python3 -c "import numpy" 2>/dev/null || python3 -m pip install -q numpy
cargo build --release -q -p jit-run

cat > "$OUT/matmul.mlir" <<'MLIR'
func.func @main(%a: tensor<512x512xf32>, %b: tensor<512x512xf32>) -> tensor<512x512xf32> {
  %0 = ktensor.matmul %a, %b : (tensor<512x512xf32>, tensor<512x512xf32>) -> tensor<512x512xf32>
  return %0 : tensor<512x512xf32>
}
MLIR
cat > "$OUT/ewise.mlir" <<'MLIR'
func.func @main(%a: tensor<16777216xf32>, %b: tensor<16777216xf32>, %c: tensor<16777216xf32>) -> tensor<16777216xf32> {
  %0 = ktensor.mul %a, %b : tensor<16777216xf32>
  %1 = ktensor.add %0, %c : tensor<16777216xf32>
  %2 = ktensor.relu %1 : tensor<16777216xf32>
  return %2 : tensor<16777216xf32>
}
MLIR
cat > "$OUT/softmax.mlir" <<'MLIR'
func.func @main(%x: tensor<1024x1024xf32>) -> tensor<1024x1024xf32> {
  %m = ktensor.reduce %x {kind = "max", axes = array<i64: 1>} : (tensor<1024x1024xf32>) -> tensor<1024xf32>
  %mb = ktensor.broadcast_in_dim %m {dims = array<i64: 0>} : (tensor<1024xf32>) -> tensor<1024x1024xf32>
  %d = ktensor.sub %x, %mb : tensor<1024x1024xf32>
  %e = ktensor.exp %d : tensor<1024x1024xf32>
  %s = ktensor.reduce %e {kind = "sum", axes = array<i64: 1>} : (tensor<1024x1024xf32>) -> tensor<1024xf32>
  %sb = ktensor.broadcast_in_dim %s {dims = array<i64: 0>} : (tensor<1024xf32>) -> tensor<1024x1024xf32>
  %r = ktensor.div %e, %sb : tensor<1024x1024xf32>
  return %r : tensor<1024x1024xf32>
}
MLIR

kiln_ms() { ./target/release/jit-run "$1" --random-inputs=1 --calls="$RUNS" --report | sed -n 's/.*median \([0-9.]*\) ms.*/\1/p'; }
numpy_ms() {
  python3 - "$1" "$RUNS" <<'PY'
import sys, time, numpy as np
kind, runs = sys.argv[1], int(sys.argv[2])
rng = np.random.default_rng(1)
if kind == "matmul":
    a, b = rng.standard_normal((512, 512), np.float32), rng.standard_normal((512, 512), np.float32)
    f = lambda: a @ b
elif kind == "ewise":
    a, b, c = (rng.standard_normal(16777216, np.float32) for _ in range(3))
    f = lambda: np.maximum(a * b + c, 0)
else:
    x = rng.standard_normal((1024, 1024), np.float32)
    def f():
        e = np.exp(x - x.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
ts = []
for _ in range(runs):
    t = time.perf_counter(); f(); ts.append((time.perf_counter() - t) * 1e3)
print(sorted(ts)[len(ts) // 2])
PY
}
printf "%-28s %12s %12s %8s\n" workload "kiln-t0 ms" "numpy ms" ratio
for w in matmul ewise softmax; do
  k=$(kiln_ms "$OUT/$w.mlir"); n=$(numpy_ms "$w")
  printf "%-28s %12.3f %12.3f %8s\n" "$w" "$k" "$n" "$(awk -v a="$k" -v b="$n" 'BEGIN {printf "%.2fx", a / b}')"
done
echo "(numpy $(python3 -c 'import numpy; print(numpy.__version__)'); ratio = kiln / numpy, lower is better; $RUNS calls each)"
