"""K8 from Python: the MLP relu(x @ W1 + b1) @ W2 + b2 (W1 512x2048, W2 2048x512) called
2,000 times with the batch sizes of ../shared/kernels/K8-batches.txt, x the first b rows of a
[256, 512] pool, with jax.jit (which compiles per batch size) and with kiln.jit (one
shape-polymorphic export; the engine promotes it and specializes hot sizes). Each total
includes every compile. Prints both totals and the results' largest difference.

    python python/examples/k8_jit.py [--batches FILE] [--tier auto] [--threads N]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np

import kiln

HERE = Path(__file__).resolve()
DEFAULT_BATCHES = HERE.parents[3] / "shared" / "kernels" / "K8-batches.txt"


def mlp(x, w1, b1, w2, b2):
    return jax.nn.relu(x @ w1 + b1) @ w2 + b2


def run(fn, pool, weights, batches) -> tuple[float, list[np.ndarray]]:
    outs = []
    t0 = time.perf_counter()
    for b in batches:
        y = fn(pool[:b], *weights)
        outs.append(np.asarray(y))  # jax: waits for the result, as a caller would
    return time.perf_counter() - t0, outs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batches", type=Path, default=DEFAULT_BATCHES)
    ap.add_argument("--tier", default="auto", help="kiln tier: auto or 0-3")
    ap.add_argument("--threads", type=int, default=None, help="kiln engine threads (default: one per core)")
    ap.add_argument("--calls", type=int, default=None, help="only the first N calls of the schedule")
    args = ap.parse_args()

    batches = [int(line) for line in args.batches.read_text().split()]
    if args.calls:
        batches = batches[: args.calls]
    rng = np.random.default_rng(0)
    pool = rng.standard_normal((256, 512), dtype=np.float32)
    weights = (
        rng.standard_normal((512, 2048), dtype=np.float32) / np.sqrt(512),
        rng.standard_normal(2048, dtype=np.float32),
        rng.standard_normal((2048, 512), dtype=np.float32) / np.sqrt(2048),
        rng.standard_normal(512, dtype=np.float32),
    )
    tier = args.tier if args.tier == "auto" else int(args.tier)

    jax_total, jax_outs = run(jax.jit(mlp), pool, weights, batches)
    kf = kiln.jit(mlp, polymorphic_batch=True, batch_argnums=0, tier=tier, threads=args.threads)
    kiln_total, kiln_outs = run(kf, pool, weights, batches)

    worst = max(float(np.max(np.abs(k - j)) / (np.max(np.abs(j)) + 1e-30)) for k, j in zip(kiln_outs, jax_outs))
    print(f"K8: {len(batches)} calls, {len(set(batches))} batch sizes, {os.cpu_count()} cores")
    print(f"jax.jit   total {jax_total:8.3f} s ({len(set(batches))} compiles)")
    print(f"kiln.jit  total {kiln_total:8.3f} s ({kf.exports} export, tier={args.tier})")
    print(f"kiln.jit / jax.jit = {kiln_total / jax_total:.2f}; largest relative difference {worst:.2e}")
    report = kf.engine.report()
    (fn,) = report["functions"]
    print(f"kiln calls by tier {fn['calls_by_tier']}, compiles {report['compiles']}, specializations {report['specializations']}")


if __name__ == "__main__":
    main()
