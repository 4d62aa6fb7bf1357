"""Kiln against its peers and the machine, in one run (see bench/peers.sh).

For every kernel of ../shared/kernels: numpy and JAX (when importable) on the same shapes
with standard normal f32 inputs, Kiln at tiers 0-3 through jit-run, medians of RUNS calls;
each Kiln figure as a ratio to the best peer and to the machine's limit measured in the same
run (STREAM triad for the memory-bound kernels, FMA peak for the compute-bound ones); tier-2
compile time; tier 2's normwise relative error against a float64 numpy reference on the same
inputs. Prints a table and writes bench/out/peers-<threads>t.json.
"""

import json
import os
import re
import subprocess
import sys
import time

import numpy as np

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
THREADS = sys.argv[2] if len(sys.argv) > 2 else "1"
LIMITS = dict(kv.split("=") for kv in sys.argv[3].split(",")) if len(sys.argv) > 3 else {}
KERNELS = "../shared/kernels"
JIT_RUN = "./target/release/jit-run"

# name: (file, kind, work, numpy builder). work is bytes moved (memory-bound kernels, counted
# once per input read and output written) or flops (compute-bound ones).
def k2(n):
    def f(rng):
        a, b, c = (rng.standard_normal(n, np.float32) for _ in range(3))
        return lambda: np.maximum(a * b + c, 0), (a, b, c)
    return f


def softmax(r, c):
    def f(rng):
        x = rng.standard_normal((r, c), np.float32)

        def run():
            e = np.exp(x - x.max(axis=1, keepdims=True))
            return e / e.sum(axis=1, keepdims=True)

        return run, (x,)
    return f


def layernorm(rng):
    x = rng.standard_normal((4096, 768), np.float32)
    g, b = rng.standard_normal(768, np.float32), rng.standard_normal(768, np.float32)

    def run():
        mu = x.mean(axis=1, keepdims=True)
        var = ((x - mu) ** 2).mean(axis=1, keepdims=True)
        return (x - mu) / np.sqrt(var + 1e-5) * g + b

    return run, (x, g, b)


def matmul(n):
    def f(rng):
        a, b = rng.standard_normal((n, n), np.float32), rng.standard_normal((n, n), np.float32)
        return lambda: a @ b, (a, b)
    return f


def mlp(batch):
    def f(rng):
        x = rng.standard_normal((batch, 512), np.float32)
        w1, b1 = rng.standard_normal((512, 2048), np.float32), rng.standard_normal(2048, np.float32)
        w2, b2 = rng.standard_normal((2048, 512), np.float32), rng.standard_normal(512, np.float32)
        return lambda: np.maximum(x @ w1 + b1, 0) @ w2 + b2, (x, w1, b1, w2, b2)
    return f


def attention(rng):
    q, k, v = (rng.standard_normal((512, 64), np.float32) for _ in range(3))

    def run():
        s = q @ k.T / 8.0
        e = np.exp(s - s.max(axis=1, keepdims=True))
        return (e / e.sum(axis=1, keepdims=True)) @ v

    return run, (q, k, v)


def gelu(rng):
    x = rng.standard_normal((4096, 3072), np.float32)
    return lambda: 0.5 * x * (1 + np.tanh(0.7978845608 * (x + 0.044715 * x ** 3))), (x,)


MB = 1
KERNELS_TABLE = [
    ("K1 matmul 512", "K1-matmul-512", "flops", 2 * 512 ** 3, matmul(512)),
    ("K2 relu(a*b+c) 1M", "K2-ewise-1M", "bytes", 16 * (1 << 20), k2(1 << 20)),
    ("K2 relu(a*b+c) 16M", "K2-ewise-16M", "bytes", 16 * (1 << 24), k2(1 << 24)),
    ("K3 softmax 1024x1024", "K3-softmax-1024x1024", "bytes", 8 * 1024 * 1024, softmax(1024, 1024)),
    ("K3 softmax 4096x512", "K3-softmax-4096x512", "bytes", 8 * 4096 * 512, softmax(4096, 512)),
    ("K4 layernorm 4096x768", "K4-layernorm-4096x768", "bytes", 8 * 4096 * 768, layernorm),
    ("K5 MLP batch 64", "K5-mlp-64", "flops", 2 * 64 * 512 * 2048 * 2, mlp(64)),
    ("K6 attention 512x64", "K6-attention-512x64", "flops", 2 * 2 * 512 * 512 * 64, attention),
    ("K7 GELU 4096x3072", "K7-gelu-4096x3072", "bytes", 8 * 4096 * 3072, gelu),
]


def reference(name, args):
    """The kernel in float64 (numpy), the yardstick of every result."""
    a = [np.asarray(x, np.float64) for x in args]
    k = name[:2]
    if k == "K1":
        return a[0] @ a[1]
    if k == "K2":
        return np.maximum(a[0] * a[1] + a[2], 0)
    if k == "K3":
        e = np.exp(a[0] - a[0].max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    if k == "K4":
        x, g, b = a
        mu = x.mean(axis=1, keepdims=True)
        return (x - mu) / np.sqrt(((x - mu) ** 2).mean(axis=1, keepdims=True) + 1e-5) * g + b
    if k == "K5":
        x, w1, b1, w2, b2 = a
        return np.maximum(x @ w1 + b1, 0) @ w2 + b2
    if k == "K6":
        q, kk, v = a
        s = q @ kk.T / 8.0
        e = np.exp(s - s.max(axis=1, keepdims=True))
        return (e / e.sum(axis=1, keepdims=True)) @ v
    x = a[0]
    return 0.5 * x * (1 + np.tanh(0.7978845608028654 * (x + 0.044715 * x ** 3)))


def kiln_error(file, title, args):
    """Tier 2's normwise relative error against the float64 reference, on the peers' inputs."""
    d = f"bench/out/check-{file}"
    os.makedirs(d, exist_ok=True)
    ins = []
    for i, x in enumerate(args):
        path = f"{d}/in{i}.npy"
        np.save(path, x)
        ins += ["--input", path]
    subprocess.run(
        [JIT_RUN, f"{KERNELS}/{file}.mlir", "--tier=2", "--output-dir", d, "--no-cache", *ins],
        capture_output=True,
        check=True,
    )
    y = np.load(f"{d}/result0.npy").astype(np.float64)
    ref = reference(title, args)
    return float(np.linalg.norm(y - ref) / np.linalg.norm(ref))


def median_ms(f, runs):
    f()
    ts = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        ts.append((time.perf_counter() - t) * 1e3)
    return sorted(ts)[len(ts) // 2]


def jax_fn(name):
    import jax
    import jax.numpy as jnp

    fns = {
        "K1": lambda a, b: a @ b,
        "K2": lambda a, b, c: jnp.maximum(a * b + c, 0),
        "K3": lambda x: jax.nn.softmax(x, axis=1),
        "K4": lambda x, g, b: (x - x.mean(1, keepdims=True)) / jnp.sqrt(x.var(1, keepdims=True) + 1e-5) * g + b,
        "K5": lambda x, w1, b1, w2, b2: jnp.maximum(x @ w1 + b1, 0) @ w2 + b2,
        "K6": lambda q, k, v: jax.nn.softmax(q @ k.T / 8.0, axis=1) @ v,
        "K7": lambda x: jax.nn.gelu(x, approximate=True),
    }
    return jax.jit(fns[name[:2]])


def kiln(file, tier, runs):
    out = subprocess.run(
        # No compile cache: the compile time reported is a real compile.
        [JIT_RUN, f"{KERNELS}/{file}.mlir", "--random-inputs=1", f"--tier={tier}", f"--calls={runs}", "--report", "--no-cache", f"--threads={THREADS}"],
        capture_output=True,
        text=True,
    )
    med = re.search(r"median ([0-9.]+) ms", out.stdout + out.stderr)
    comp = re.search(r"compile ([0-9.]+) ms", out.stdout + out.stderr)
    return (float(med.group(1)) if med else None, float(comp.group(1)) if comp else None)


def upstream(file, runs, backend="mlir"):
    """The reference backend: Kiln's loops exported to upstream MLIR, compiled and run by its
    passes and ExecutionEngine (one thread; `mlir`: plain scalar loops, `mlir-tier2`: Kiln's
    fused and vectorized tier-2 loops, `mlir-llvm`: Kiln's tier-2 llvm level, translated and
    compiled by upstream, `mlir-linalg`: the tensor level as linalg, bufferized and lowered by
    upstream alone). Returns (ms per call, upstream compile ms, export ms)."""
    out = subprocess.run(
        [JIT_RUN, f"{KERNELS}/{file}.mlir", "--random-inputs=1", f"--backend={backend}", f"--calls={runs}", "--report"],
        capture_output=True,
        text=True,
    )
    text = out.stdout + out.stderr
    med = re.search(r"per call median ([0-9.]+) ms", text)
    comp = re.search(r"upstream compile ([0-9.]+) ms", text)
    exp = re.search(r"export ([0-9.]+) ms", text)
    val = lambda m: float(m.group(1)) if m else None  # noqa: E731
    return (val(med), val(comp), val(exp))


def main():
    have_jax = True
    try:
        import jax  # noqa: F401
    except Exception:
        have_jax = False
        print("JAX is not importable here: skipped (bench/peers.sh installs it into a venv when it can)")
    rng = np.random.default_rng(1)
    rows = []
    for title, file, unit, work, builder in KERNELS_TABLE:
        run, args = builder(rng)
        row = {"kernel": title, "file": file, "unit": unit, "work": work, "threads": THREADS}
        row["numpy_ms"] = median_ms(run, RUNS)
        if have_jax:
            import jax

            f = jax_fn(title)
            jargs = [jax.device_put(a) for a in args]
            row["jax_ms"] = median_ms(lambda: f(*jargs).block_until_ready(), RUNS)
        for tier in (0, 1, 2, 3):
            # jit-run's median covers every call, the first ones included (fresh buffers fault
            # their pages in): three times the calls keep it at the steady state, as the
            # peers' warm-up call does for them.
            ms, comp = kiln(file, tier, 3 * RUNS)
            row[f"kiln_t{tier}_ms"] = ms
            if tier in (1, 2):
                row[f"kiln_t{tier}_compile_ms"] = comp
        if THREADS == "1":
            ms, comp, exp = upstream(file, RUNS)
            row["mlir_ms"], row["mlir_compile_ms"], row["mlir_export_ms"] = ms, comp, exp
            ms, comp, exp = upstream(file, 3 * RUNS, "mlir-tier2")
            row["mlir_t2_ms"], row["mlir_t2_compile_ms"], row["mlir_t2_export_ms"] = ms, comp, exp
            ms, comp, exp = upstream(file, 3 * RUNS, "mlir-llvm")
            row["mlir_llvm_ms"], row["mlir_llvm_compile_ms"], row["mlir_llvm_export_ms"] = ms, comp, exp
            ms, comp, exp = upstream(file, RUNS, "mlir-linalg")
            row["mlir_linalg_ms"], row["mlir_linalg_compile_ms"], row["mlir_linalg_export_ms"] = ms, comp, exp
        row["t2_normwise_err"] = kiln_error(file, title, args)
        peers = [row[k] for k in ("numpy_ms", "jax_ms") if row.get(k)]
        row["best_peer_ms"] = min(peers)
        t2 = row["kiln_t2_ms"]
        if t2:
            row["t2_vs_best_peer"] = t2 / row["best_peer_ms"]
            rate = work / (t2 * 1e-3) / 1e9
            row["t2_rate"] = rate
            limit = float(LIMITS.get("triad_gbs" if unit == "bytes" else "fma_gflops", "nan"))
            row["t2_of_limit"] = rate / limit
        rows.append(row)
        print_row(row)
    os.makedirs("bench/out", exist_ok=True)
    with open(f"bench/out/peers-{THREADS}t.json", "w") as fh:
        json.dump({"limits": LIMITS, "runs": RUNS, "threads": THREADS, "kernels": rows}, fh, indent=1)


def fmt(x):
    return "-" if x is None else f"{x:.3g}"


def print_row(r):
    unit = "GB/s" if r["unit"] == "bytes" else "GFLOP/s"
    print(
        f"{r['kernel']:<24} numpy {fmt(r['numpy_ms']):>7}  jax {fmt(r.get('jax_ms')):>7}  "
        f"kiln t0 {fmt(r['kiln_t0_ms']):>7} t1 {fmt(r['kiln_t1_ms']):>7} t2 {fmt(r['kiln_t2_ms']):>7} "
        f"t3 {fmt(r['kiln_t3_ms']):>7} ms | t2 {fmt(r.get('t2_rate'))} {unit} = "
        f"{fmt(100 * r.get('t2_of_limit', float('nan')))}% of limit, {fmt(r.get('t2_vs_best_peer'))}x best peer, "
        f"compile t1 {fmt(r['kiln_t1_compile_ms'])} t2 {fmt(r['kiln_t2_compile_ms'])} ms, "
        f"t2 error vs f64 {fmt(r.get('t2_normwise_err'))}"
        + (
            f" | upstream MLIR {fmt(r['mlir_ms'])} ms, compile {fmt(r['mlir_compile_ms'])} ms (+ export {fmt(r['mlir_export_ms'])})"
            f"; from Kiln's tier-2 loops {fmt(r['mlir_t2_ms'])} ms, compile {fmt(r['mlir_t2_compile_ms'])} ms (+ {fmt(r['mlir_t2_export_ms'])})"
            f"; from Kiln's tier-2 llvm level {fmt(r['mlir_llvm_ms'])} ms, compile {fmt(r['mlir_llvm_compile_ms'])} ms (+ {fmt(r['mlir_llvm_export_ms'])})"
            f"; upstream's linalg lowering {fmt(r['mlir_linalg_ms'])} ms, compile {fmt(r['mlir_linalg_compile_ms'])} ms (+ {fmt(r['mlir_linalg_export_ms'])})"
            if "mlir_ms" in r
            else ""
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
