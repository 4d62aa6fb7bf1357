"""The Python binding's per-call overhead: a call from Python (numpy in, numpy out) against the
same call made from Rust with the arguments converted once (`Function._time_direct`), on
small tier-2 functions whose own run time is tiny. Medians of per-call times.

    python bench/python_overhead.py [CALLS]        (needs the kiln wheel installed)
"""

from __future__ import annotations

import statistics
import sys
import time

import numpy as np

import kiln

CASES = {
    "1 arg, 1 result (x + x, 16 f32)": (
        """func.func @f(%x: tensor<16xf32>) -> tensor<16xf32> {
  %0 = ktensor.add %x, %x : tensor<16xf32>
  return %0 : tensor<16xf32>
}""",
        [np.ones(16, np.float32)],
    ),
    "3 args, 2 results (Nx8 f32, N = 4)": (
        """func.func @f(%x: tensor<Nx8xf32>, %y: tensor<Nx8xf32>, %z: tensor<Nx8xf32>) -> (tensor<Nx8xf32>, tensor<Nx8xf32>) {
  %0 = ktensor.mul %x, %y : tensor<Nx8xf32>
  %1 = ktensor.add %0, %z : tensor<Nx8xf32>
  return %0, %1 : tensor<Nx8xf32>, tensor<Nx8xf32>
}""",
        [np.ones((4, 8), np.float32)] * 3,
    ),
}


def main() -> None:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    print(f"{'function':40} {'python µs':>10} {'rust µs':>10} {'overhead µs':>12}")
    for name, (text, args) in CASES.items():
        engine = kiln.Engine(tier=2, threads=1)
        engine.load(text)
        f = engine.function("f")
        for _ in range(1000):
            f(*args)
        per_call = []
        for _ in range(calls // 100):
            t0 = time.perf_counter_ns()
            for _ in range(100):
                f(*args)
            per_call.append((time.perf_counter_ns() - t0) / 100)
        py = statistics.median(per_call) / 1000
        rust = f._time_direct(args, calls) / 1000
        print(f"{name:40} {py:10.2f} {rust:10.2f} {py - rust:12.2f}")


if __name__ == "__main__":
    main()
