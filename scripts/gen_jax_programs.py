#!/usr/bin/env python3
"""Random JAX programs, exported as JAX exports them, with JAX's outputs: a corpus in the
layout of ../shared/corpus (manifest.json, module/poly in pretty and generic form, inputs and
outputs as raw little-endian binaries), so `jit-run --manifest` runs it at every tier.

Each program is a seeded chain of 2-6 blocks over a batch-shaped state `x: f32[b, n]`, drawn
from: elementwise math, broadcasting binaries with a weight, reductions broadcast back,
contractions, layout ops (transpose, reshape, slices, pads, concatenation, flips), cumulative
ops and windows (along the batch too), sort, argmax, gathers and scatters, casts and integer ops, `fori_loop`, `while_loop`,
`cond`, `switch`, closed-over constants and `jax.random.normal` noise. Every program is
exported static (b = 4) and shape-polymorphic in b (tests at b = 4 and b = 3).

Blocks whose result jumps at a threshold (floor, round, casts, comparisons, argmax, sort
keys) only read values computed exactly from the inputs, so float rounding differences
between two correct compilers cannot flip them.

Usage (JAX from PyPI, the version pinned in ../shared/corpus/README.md):
    python3 scripts/gen_jax_programs.py --seed 1 --count 300 --out test/jax-random
The checked-in corpus (test/jax-random) was made with the command above.
"""

import argparse
import json
import os
import random
import sys

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax
from jax._src.interpreters import mlir as jax_mlir
from jax._src.lib.mlir import ir

# The corpus format's writers, shared with the hand-written corpus's exporter.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_jax_corpus import generic_text, write_tensor  # noqa: E402



class Program:
    """A chain of blocks; `lines` is its readable form (the manifest's `source`)."""

    def __init__(self, rng, n):
        self.rng = rng
        self.n = n
        self.blocks = []  # callables (x, w, extras) -> (x, extra outputs)
        self.lines = []
        self.exact = True  # x so far computed exactly from the inputs


def _unary(p):
    ops = [
        ("jnp.tanh", jnp.tanh), ("jnp.exp(-abs)", lambda x: jnp.exp(-jnp.abs(x))),
        ("jnp.log1p(abs)", lambda x: jnp.log1p(jnp.abs(x))), ("jax.nn.sigmoid", jax.nn.sigmoid),
        ("jnp.sin", jnp.sin), ("jnp.cos", jnp.cos), ("jnp.sqrt(abs)", lambda x: jnp.sqrt(jnp.abs(x))),
        ("jax.nn.gelu", jax.nn.gelu), ("lax.erf", lax.erf), ("jax.nn.relu", jax.nn.relu),
        ("jnp.abs", jnp.abs), ("neg", lambda x: -x), ("jnp.arctan", jnp.arctan),
        ("jax.nn.softplus", jax.nn.softplus), ("x*x", lambda x: x * x),
        ("rsqrt(1+x*x)", lambda x: lax.rsqrt(1.0 + x * x)),
    ]
    name, f = p.rng.choice(ops)
    p.exact = p.exact and name in ("jax.nn.relu", "jnp.abs", "neg")
    p.lines.append(f"x = {name}(x)")
    return lambda x, w: (f(x), [])


def _binary(p):
    kind = p.rng.choice(["add", "mul", "sub", "max", "min", "div"])
    f = {
        "add": lambda x, w: x + w[0], "mul": lambda x, w: x * w[0], "sub": lambda x, w: x - w[0],
        "max": lambda x, w: jnp.maximum(x, w[0]), "min": lambda x, w: jnp.minimum(x, w[0]),
        "div": lambda x, w: x / (1.0 + jnp.abs(w[0])),
    }[kind]
    p.exact = p.exact and kind in ("max", "min")
    p.lines.append(f"x = {kind}(x, w[None, :])  # w: f32[n]")
    return lambda x, w: (f(x, w), [])


def _reduce(p):
    kind = p.rng.choice(["sum", "max", "mean", "softmax", "layernorm", "logsumexp"])
    p.exact = p.exact and kind == "max"
    p.lines.append(f"x = {kind} over axis 1, broadcast back")
    if kind == "sum":
        return lambda x, w: (x - jnp.sum(x, axis=1, keepdims=True) / p.n, [])
    if kind == "max":
        return lambda x, w: (x - jnp.max(x, axis=1, keepdims=True), [])
    if kind == "mean":
        return lambda x, w: (x * jnp.mean(x * x, axis=1, keepdims=True), [])
    if kind == "softmax":
        return lambda x, w: (jax.nn.softmax(x, axis=-1), [])
    if kind == "layernorm":
        return lambda x, w: ((x - x.mean(-1, keepdims=True)) * lax.rsqrt(x.var(-1, keepdims=True) + 1e-5), [])
    return lambda x, w: (x - jax.nn.logsumexp(x, axis=1, keepdims=True), [])


def _contract(p):
    p.exact = False
    n = p.n
    if p.rng.random() < 0.3:
        # A closed-over constant weight: JAX emits it as a dense constant in the module.
        c = np.random.default_rng(p.rng.randrange(1 << 30)).standard_normal((n, n)).astype(np.float32) / n
        p.lines.append("x = x @ C  # C: a closed-over f32[n, n] constant")
        return lambda x, w: (x @ jnp.asarray(c), [])
    p.lines.append("x = x @ W / n + x  # W: f32[n, n] argument")
    return lambda x, w: (x @ w[1] / n + x, [])


def _layout(p):
    n = p.n
    kind = p.rng.choice(["reshape", "slice_pad", "concat", "flip", "rev_cols", "transpose", "strided"])
    p.lines.append(f"x = {kind} (back to [b, n])")
    if kind == "reshape":
        return lambda x, w: (jnp.reshape(jnp.reshape(x, (x.shape[0], n // 2, 2))[:, :, ::-1], (x.shape[0], n)), [])
    if kind == "slice_pad":
        return lambda x, w: (jnp.pad(x[:, 1:], ((0, 0), (0, 1))), [])
    if kind == "concat":
        return lambda x, w: (jnp.concatenate([x[:, n // 2:], x[:, : n // 2]], axis=1), [])
    if kind == "flip":
        return lambda x, w: (jnp.flip(x, axis=1), [])
    if kind == "rev_cols":
        return lambda x, w: (x[:, ::-1] * 0.5 + x * 0.5, [])
    if kind == "transpose":
        return lambda x, w: (jnp.swapaxes(jnp.reshape(x, (x.shape[0], 2, n // 2)), 1, 2).reshape(x.shape[0], n), [])
    return lambda x, w: (jnp.repeat(x[:, ::2], 2, axis=1), [])


def _batch_layout(p):
    # Ops whose extents depend on the batch: slices and pads along axis 0.
    kind = p.rng.choice(["diff", "pad_rows", "roll", "cat_rows"])
    p.exact = p.exact and kind in ("pad_rows", "roll", "cat_rows")
    p.lines.append(f"x = {kind} along the batch")
    if kind == "diff":
        return lambda x, w: (jnp.concatenate([x[:1], x[1:] - x[:-1]], axis=0), [])
    if kind == "pad_rows":
        return lambda x, w: (jnp.pad(x, ((1, 0), (0, 0)))[:-1], [])
    if kind == "roll":
        return lambda x, w: (jnp.roll(x, 1, axis=0), [])
    return lambda x, w: (jnp.concatenate([x, x], axis=0)[: x.shape[0]], [])


def _cumulative(p):
    # Along the batch, shape polymorphism makes these dynamic_reduce_window custom calls.
    kind = p.rng.choice(["cumsum", "cummax", "cumprod", "cumsum_batch", "cummax_batch", "pool_batch"])
    p.exact = p.exact and kind in ("cummax", "cummax_batch", "pool_batch")
    p.lines.append(f"x = {kind}(x)")
    if kind == "cumsum":
        return lambda x, w: (jnp.cumsum(x, axis=1) / p.n, [])
    if kind == "cummax":
        return lambda x, w: (lax.cummax(x, axis=1), [])
    if kind == "cumsum_batch":
        return lambda x, w: (jnp.cumsum(x, axis=0) * 0.5, [])
    if kind == "cummax_batch":
        return lambda x, w: (lax.cummax(x, axis=0), [])
    if kind == "pool_batch":
        return lambda x, w: (lax.reduce_window(x, -jnp.inf, lax.max, (2, 1), (1, 1), "SAME"), [])
    return lambda x, w: (jnp.cumprod(jnp.tanh(x) * 0.5 + 1.0, axis=1), [])


def _sort(p):
    exact = p.exact
    kind = p.rng.choice(["sort", "argmax", "argsort", "topk"] if exact else ["sort", "topk"])
    p.lines.append(f"{kind} along axis 1")
    if kind == "sort":
        return lambda x, w: (jnp.sort(x, axis=1), [])
    if kind == "topk":
        return lambda x, w: (x, [lax.top_k(x, 2)[0]])
    if kind == "argmax":
        return lambda x, w: (x, [jnp.argmax(x, axis=1).astype(jnp.int32)])
    return lambda x, w: (x, [jnp.argsort(x, axis=1).astype(jnp.int32)])


def _gather_scatter(p):
    n = p.n
    kind = p.rng.choice(["take", "take_along", "scatter_add", "scatter_set", "dyn_slice"])
    p.exact = p.exact and kind in ("take", "take_along", "scatter_set", "dyn_slice")
    p.lines.append(f"x = {kind} with indices from the int argument")
    if kind == "take":
        return lambda x, w: (jnp.take(x, jnp.clip(w[2], 0, n - 1), axis=1), [])
    if kind == "take_along":
        return lambda x, w: (jnp.take_along_axis(x, jnp.broadcast_to(jnp.clip(w[2], 0, n - 1)[None, :], x.shape), axis=1), [])
    if kind == "scatter_add":
        return lambda x, w: (x.at[:, jnp.clip(w[2], 0, n - 1)].add(1.0), [])
    if kind == "scatter_set":
        return lambda x, w: (x.at[:, jnp.clip(w[2][:3], 0, n - 1)].set(0.0), [])
    return lambda x, w: (lax.dynamic_update_slice(x, lax.dynamic_slice(x, (0, w[2][0] % n), (x.shape[0], 2)), (0, 0)), [])


def _ints(p):
    # Thresholds (floor, round, casts, comparisons) only on exactly computed values.
    kinds = ["floor", "round", "cast_mod", "shift", "sign_where", "clip"] if p.exact else ["int_arg", "clip"]
    kind = p.rng.choice(kinds)
    p.exact = p.exact and kind != "int_arg"
    p.lines.append(f"x = {kind}")
    if kind == "floor":
        return lambda x, w: (jnp.floor(x * 2.0), [])
    if kind == "round":
        return lambda x, w: (jnp.round(x * 4.0), [])
    if kind == "cast_mod":
        return lambda x, w: (x, [(jnp.floor(x * 8.0).astype(jnp.int32) % 5) - (-(w[2][None, :] % 3))])
    if kind == "shift":
        return lambda x, w: (x, [(jnp.abs(x * 64).astype(jnp.int32) >> 2) ^ (-w[2][None, :]), -jnp.floor(x).astype(jnp.int32)])
    if kind == "sign_where":
        return lambda x, w: (jnp.where(x > 0, x, -0.5 * x), [])
    if kind == "int_arg":
        return lambda x, w: (x + (-(w[2] % 4)).astype(jnp.float32)[None, :], [])
    return lambda x, w: (jnp.clip(x, -1.0, 1.0), [])


def _control(p):
    p.exact = False
    kind = p.rng.choice(["fori", "while", "cond", "switch", "scan"])
    p.lines.append(f"x = {kind}(...)")
    if kind == "fori":
        return lambda x, w: (lax.fori_loop(0, 3, lambda i, v: jnp.tanh(v + w[0]) * 0.9, x), [])
    if kind == "while":
        def body(c):
            i, v = c
            return i + 1, v * 0.5 + jnp.sin(v)
        return lambda x, w: (lax.while_loop(lambda c: c[0] < 2 + (w[2][0] % 2), body, (jnp.int32(0), x))[1], [])
    if kind == "cond":
        return lambda x, w: (lax.cond(jnp.sum(w[0]) > 0, lambda v: v * 2.0, lambda v: jnp.tanh(v), x), [])
    if kind == "switch":
        return lambda x, w: (lax.switch(w[2][0] % 3, [lambda v: v + 1.0, jnp.tanh, lambda v: v * v], x), [])

    def step(c, row):
        c = c * 0.5 + row
        return c, c
    return lambda x, w: (lax.scan(step, jnp.zeros(x.shape[1:], x.dtype), x)[1], [])


def _noise(p):
    p.exact = False
    p.lines.append("x = x + 0.1 * jax.random.normal(key(seed), x.shape)")
    seed = p.rng.randrange(1000)
    return lambda x, w: (x + 0.1 * jax.random.normal(jax.random.key(seed), x.shape, jnp.float32), [])


BLOCKS = [
    (_unary, 4), (_binary, 3), (_reduce, 3), (_contract, 2), (_layout, 2), (_batch_layout, 1),
    (_cumulative, 1), (_sort, 1), (_gather_scatter, 2), (_ints, 2), (_control, 2), (_noise, 0.5),
]


def make_program(seed):
    rng = random.Random(seed)
    n = rng.choice([4, 6, 8, 16, 24])
    p = Program(rng, n)
    for _ in range(rng.randint(2, 6)):
        gen = rng.choices([b for b, _ in BLOCKS], weights=[w for _, w in BLOCKS])[0]
        p.blocks.append(gen(p))

    def fn(x, w0, w1, idx):
        w = (w0, w1, idx)
        outs = []
        for b in p.blocks:
            x, extra = b(x, w)
            outs.extend(extra)
        return (x, *outs)

    data = np.random.default_rng(seed)
    args = [
        data.standard_normal((4, n)).astype(np.float32),
        data.standard_normal((n,)).astype(np.float32),
        data.standard_normal((n, n)).astype(np.float32),
        data.integers(-20, 20, (n,)).astype(np.int32),
    ]
    return fn, args, p.lines, n


def export(root, name, fn, args, lines):
    os.makedirs(os.path.join(root, name), exist_ok=True)
    jf = jax.jit(fn, keep_unused=True)  # every program takes the same four arguments
    lowered = jf.lower(*args)
    files = {
        "stablehlo": f"{name}/module.mlir",
        "stablehlo_generic": f"{name}/module.generic.mlir",
        "poly_stablehlo": f"{name}/poly.mlir",
        "poly_stablehlo_generic": f"{name}/poly.generic.mlir",
    }
    with open(os.path.join(root, files["stablehlo"]), "w") as f:
        f.write(lowered.as_text())
    with open(os.path.join(root, files["stablehlo_generic"]), "w") as f:
        f.write(generic_text(lowered.compiler_ir("stablehlo")))
    outs = [np.asarray(o) for o in jf(*args)]
    poly = ["b, ...", None, None, None]
    exp = jax.export.export(jf)(*jax.export.symbolic_args_specs(args, poly))
    with jax_mlir.make_ir_context():
        m = ir.Module.parse(exp.mlir_module())
        with open(os.path.join(root, files["poly_stablehlo"]), "w") as f:
            f.write(m.operation.get_asm(enable_debug_info=False))
        with open(os.path.join(root, files["poly_stablehlo_generic"]), "w") as f:
            f.write(generic_text(m))
    tests = []
    for b in (4, 3):
        bargs = [args[0][:b] if b < 4 else args[0]] + args[1:]
        bouts = [np.asarray(o) for o in jf(*bargs)]
        tests.append({
            "dims": {"b": b},
            "inputs": [write_tensor(root, f"{name}/poly_b{b}_in{i}.bin", a) for i, a in enumerate(bargs)],
            "outputs": [write_tensor(root, f"{name}/poly_b{b}_out{i}.bin", o) for i, o in enumerate(bouts)],
        })
    return {
        "name": name,
        "description": f"random program: {'; '.join(lines)}",
        "source": "\n".join(lines) + "\n",
        "entry_function": "main",
        "modules": files,
        "tolerance": {"rtol": 2e-4, "atol": 2e-5},
        "inputs": [dict(name=f"arg{i}", **write_tensor(root, f"{name}/in{i}.bin", a)) for i, a in enumerate(args)],
        "outputs": [dict(name=f"result[{i}]", **write_tensor(root, f"{name}/out{i}.bin", o)) for i, o in enumerate(outs)],
        "poly": {"polymorphic_shapes": poly, "dim_vars": ["b"], "tests": tests},
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    cases, skipped = [], 0
    for i in range(a.count):
        seed = a.seed * 1_000_003 + i
        fn, args, lines, _ = make_program(seed)
        name = f"p{a.seed}_{i:05d}"
        try:
            cases.append(export(a.out, name, fn, args, lines))
        except Exception as e:  # a block combination JAX itself rejects: not a Kiln case
            skipped += 1
            print(f"{name}: JAX could not export it ({type(e).__name__}: {str(e)[:120]})")
    manifest = {
        "format_version": 1,
        "generator": {"script": "scripts/gen_jax_programs.py", "seed": a.seed, "count": a.count,
                      "jax": jax.__version__, "numpy": np.__version__, "backend": "cpu",
                      "jax_enable_x64": False},
        "comparison": "float outputs: |actual-expected| <= atol + rtol*|expected| elementwise; integer outputs: exact",
        "cases": cases,
    }
    with open(os.path.join(a.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(f"{len(cases)} programs written to {a.out}, {skipped} skipped")


if __name__ == "__main__":
    main()
