#!/usr/bin/env python3
"""Exports Kiln's own JAX corpus (test/jax-corpus/): StableHLO as JAX emits it for the op
families the shared corpus does not reach (multi-operand reduce, reduce_window, sort, gather,
scatter, dynamic slices, convolution, bit ops, scans), with inputs and the outputs JAX computed.

The layout and manifest follow ../shared/corpus/README.md, so `jit-run --manifest` runs both.
The files are checked in; CI does not need JAX. Regenerate with
    python3 -m venv /tmp/jaxenv && /tmp/jaxenv/bin/pip install jax jaxlib
    /tmp/jaxenv/bin/python scripts/export_jax_corpus.py test/jax-corpus
"""

import inspect
import json
import os
import sys

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax
from jax._src.interpreters import mlir as jax_mlir
from jax._src.lib.mlir import ir

rng = np.random.default_rng(7)


def f32(*shape):
    return rng.standard_normal(shape).astype(np.float32)


def i32(lo, hi, *shape):
    return rng.integers(lo, hi, shape).astype(np.int32)


def argmax_rows(x):
    return jnp.argmax(x, axis=-1).astype(jnp.int32)


def max_and_argmin(x):
    return jnp.max(x, axis=0), jnp.argmin(x, axis=0).astype(jnp.int32)


def cumsum_rows(x):
    return jnp.cumsum(x, axis=1)


def max_pool(x):
    return lax.reduce_window(x, -jnp.inf, lax.max, (1, 2, 2, 1), (1, 2, 2, 1), "VALID")


def avg_pool_same(x):
    s = lax.reduce_window(x, 0.0, lax.add, (1, 3, 3, 1), (1, 2, 2, 1), "SAME")
    return s / 9.0


def sort_rows(x):
    return jnp.sort(x, axis=-1)


def argsort_rows(x):
    return jnp.argsort(x, axis=-1).astype(jnp.int32)


def take_rows(table, idx):
    return table[idx]


def take_along(x, idx):
    return jnp.take_along_axis(x, idx, axis=1)


def gather_2d_points(x, i, j):
    return x[i, j]


def scatter_set(x, idx, u):
    return x.at[idx].set(u)


def scatter_add(x, idx, u):
    return x.at[idx].add(u)


def scatter_max_points(x, i, j, u):
    return x.at[i, j].max(u)


def dynamic_slice_window(x, i):
    return lax.dynamic_slice(x, (i, jnp.int32(1)), (3, 4))


def dynamic_update(x, u, i):
    return lax.dynamic_update_slice(x, u, (i, jnp.int32(2)))


def scan_cumprod(x):
    def step(c, row):
        c = c * row
        return c, c

    _, ys = lax.scan(step, jnp.ones(x.shape[1:], x.dtype), x)
    return ys


def conv_nhwc(x, w):
    return lax.conv_general_dilated(
        x, w, (1, 1), "SAME", dimension_numbers=("NHWC", "HWIO", "NHWC")
    )


def conv_nchw_strided(x, w):
    return lax.conv_general_dilated(x, w, (2, 2), ((1, 0), (0, 1)), rhs_dilation=(1, 2))


def conv_depthwise(x, w):
    return lax.conv_general_dilated(
        x, w, (1, 1), "VALID", dimension_numbers=("NHWC", "HWIO", "NHWC"), feature_group_count=4
    )


def bit_ops(a, b):
    s = b & 7
    return (
        (a << s) ^ (a >> s),
        lax.shift_right_logical(a, s),
        lax.population_count(a),
        lax.clz(a),
    )


def float_bits(x):
    bits = lax.bitcast_convert_type(x, jnp.int32)
    return bits, jnp.isfinite(x / (x - 1.0)).astype(jnp.int32)


def slice_batch_tail(x):
    return x[1:] - x[:-1]


def topk_values(x):
    return lax.top_k(x, 3)[0]


def clip_and_round(x):
    return jnp.round(jnp.clip(x * 3.0, -2.0, 2.0))


def layout_ops(x, s):
    return (
        x.T,
        jnp.flip(x, 0),
        lax.pad(x, 0.0, [(1, 2, 1), (0, -1, 0)]),
        lax.reduce_precision(x * 1.37, exponent_bits=5, mantissa_bits=2),
        jnp.cumprod(x, axis=0),
        lax.cummax(x, axis=1),
        jnp.remainder(x, -2.5),
        x[::2, 1:3],
        lax.select_n(s, x, x * 2.0),
        (x * 1.37).astype(jnp.bfloat16).astype(jnp.float32),
        jnp.argmin(x, axis=None).astype(jnp.int32),
    )


def poly_slice_pad(x):
    return lax.slice(x, (1, 0), (x.shape[0], 3), (2, 1)), jnp.pad(x, ((0, x.shape[0]), (1, 1)))


# (name, description, function, args, polymorphic_shapes or None, tolerance)
CASES = [
    ("argmax_rows", "argmax over the last axis: a two-operand reduce", argmax_rows, [f32(5, 9)], ["b, ..."], (0, 0)),
    ("max_and_argmin", "max and argmin over axis 0", max_and_argmin, [f32(6, 4)], None, (1e-6, 1e-6)),
    ("cumsum_rows", "cumulative sum: reduce_window with padding", cumsum_rows, [f32(3, 10)], ["b, ..."], (1e-5, 1e-5)),
    ("max_pool", "2x2 max pooling, stride 2", max_pool, [f32(2, 6, 6, 3)], None, (0, 0)),
    ("avg_pool_same", "3x3 window sum, stride 2, SAME padding", avg_pool_same, [f32(2, 7, 5, 2)], None, (1e-5, 1e-6)),
    ("sort_rows", "sort along the last axis", sort_rows, [f32(4, 11)], ["b, ..."], (0, 0)),
    ("argsort_rows", "argsort: a two-operand sort with an iota", argsort_rows, [f32(3, 8)], None, (0, 0)),
    ("topk_values", "top 3 values per row", topk_values, [f32(4, 10)], None, (0, 0)),
    ("take_rows", "rows of a table at integer indices (gather)", take_rows, [f32(7, 5), i32(0, 7, 4)], None, (0, 0)),
    ("take_along", "take_along_axis on axis 1 (batched gather)", take_along, [f32(3, 6), i32(0, 6, 3, 4)], None, (0, 0)),
    ("gather_2d_points", "x[i, j] at point indices", gather_2d_points, [f32(5, 6), i32(0, 5, 4), i32(0, 6, 4)], None, (0, 0)),
    ("scatter_set", "x.at[idx].set(u)", scatter_set, [f32(6, 3), i32(0, 6, 2), f32(2, 3)], None, (0, 0)),
    ("scatter_add", "x.at[idx].add(u) with repeated indices", scatter_add, [f32(5, 4), np.array([1, 3, 1], np.int32), f32(3, 4)], None, (1e-6, 1e-6)),
    ("scatter_max_points", "x.at[i, j].max(u)", scatter_max_points, [f32(4, 4), i32(0, 4, 3), i32(0, 4, 3), f32(3)], None, (0, 0)),
    ("dynamic_slice_window", "lax.dynamic_slice with a clamped run-time start", dynamic_slice_window, [f32(6, 7), np.array(5, np.int32)], None, (0, 0)),
    ("dynamic_update", "lax.dynamic_update_slice", dynamic_update, [f32(5, 6), f32(2, 3), np.array(1, np.int32)], None, (0, 0)),
    ("scan_cumprod", "lax.scan: a while loop over dynamic slices and updates", scan_cumprod, [f32(5, 3)], None, (1e-5, 1e-6)),
    ("conv_nhwc", "3x3 convolution, NHWC/HWIO, SAME", conv_nhwc, [f32(2, 6, 5, 3), f32(3, 3, 3, 4)], ["b, ...", None], (1e-4, 1e-5)),
    ("conv_nchw_strided", "NCHW/OIHW convolution with stride, asymmetric padding and dilation", conv_nchw_strided, [f32(1, 2, 7, 8), f32(3, 2, 3, 2)], None, (1e-4, 1e-5)),
    ("conv_depthwise", "depthwise convolution (feature_group_count = 4)", conv_depthwise, [f32(1, 5, 5, 4), f32(2, 2, 1, 4)], None, (1e-4, 1e-5)),
    ("bit_ops", "shifts, population count, count leading zeros", bit_ops, [i32(-1000, 1000, 12), i32(0, 100, 12)], None, (0, 0)),
    ("float_bits", "bitcast_convert and is_finite", float_bits, [np.array([0.5, 1.0, -2.0, 3.0, 0.0, 1e30], np.float32)], None, (0, 0)),
    ("slice_batch_tail", "x[1:] - x[:-1] on a symbolic batch", slice_batch_tail, [f32(5, 3)], ["b, ..."], (1e-6, 1e-6)),
    ("clip_and_round", "clip and round half away from zero", clip_and_round, [f32(4, 6)], ["b, ..."], (0, 0)),
    ("layout_ops", "transpose, reverse, negative and interior pad, reduce_precision, cumulative ops, remainder (UNSIGNED i1 compare), strided slice, bf16 round trip, argmin", layout_ops, [f32(3, 4), np.array(1, np.int32)], None, (1e-6, 1e-6)),
    ("poly_slice_pad", "slice and pad with bounds from the symbolic batch (real_dynamic_slice, dynamic_pad)", poly_slice_pad, [f32(5, 3)], ["b, ..."], (0, 0)),
]

DTYPES = {np.dtype(np.float32): "f32", np.dtype(np.int32): "i32"}


def generic_text(module):
    return module.operation.get_asm(print_generic_op_form=True, enable_debug_info=False)


def write_tensor(root, rel, a):
    a = np.asarray(a)
    a.astype(a.dtype.newbyteorder("<")).tofile(os.path.join(root, rel))
    return {"shape": list(a.shape), "dtype": DTYPES[a.dtype], "file": rel}


def batch_variant(args, specs, b):
    out = []
    for a, s in zip(args, specs):
        if s is None:
            out.append(a)
        else:
            out.append(np.resize(a, (b,) + a.shape[1:]).astype(a.dtype) + (0.5 if a.dtype == np.float32 else 0))
    return out


def export_case(root, name, desc, fn, args, poly, tol):
    os.makedirs(os.path.join(root, name), exist_ok=True)
    lowered = jax.jit(fn).lower(*args)
    files = {"stablehlo": f"{name}/module.mlir", "stablehlo_generic": f"{name}/module.generic.mlir"}
    with open(os.path.join(root, files["stablehlo"]), "w") as f:
        f.write(lowered.as_text())
    with open(os.path.join(root, files["stablehlo_generic"]), "w") as f:
        f.write(generic_text(lowered.compiler_ir("stablehlo")))
    outs = jax.tree_util.tree_leaves(jax.jit(fn)(*args))
    case = {
        "name": name,
        "description": desc,
        "source": inspect.getsource(fn),
        "entry_function": "main",
        "modules": files,
        "tolerance": {"rtol": tol[0], "atol": tol[1]},
        "inputs": [dict(name=f"arg{i}", **write_tensor(root, f"{name}/in{i}.bin", a)) for i, a in enumerate(args)],
        "outputs": [dict(name=f"result[{i}]", **write_tensor(root, f"{name}/out{i}.bin", o)) for i, o in enumerate(outs)],
    }
    if poly:
        specs = jax.export.symbolic_args_specs(args, poly)
        exp = jax.export.export(jax.jit(fn))(*specs)
        with jax_mlir.make_ir_context():
            m = ir.Module.parse(exp.mlir_module())
            files["poly_stablehlo"] = f"{name}/poly.mlir"
            files["poly_stablehlo_generic"] = f"{name}/poly.generic.mlir"
            with open(os.path.join(root, files["poly_stablehlo"]), "w") as f:
                f.write(m.operation.get_asm(enable_debug_info=False))
            with open(os.path.join(root, files["poly_stablehlo_generic"]), "w") as f:
                f.write(generic_text(m))
        tests = []
        for b in (args[0].shape[0], 3 if args[0].shape[0] != 3 else 2):
            bargs = args if b == args[0].shape[0] else batch_variant(args, poly, b)
            bouts = jax.tree_util.tree_leaves(jax.jit(fn)(*bargs))
            tests.append(
                {
                    "dims": {"b": b},
                    "inputs": [write_tensor(root, f"{name}/poly_b{b}_in{i}.bin", a) for i, a in enumerate(bargs)],
                    "outputs": [write_tensor(root, f"{name}/poly_b{b}_out{i}.bin", o) for i, o in enumerate(bouts)],
                }
            )
        case["poly"] = {"polymorphic_shapes": poly, "dim_vars": ["b"], "tests": tests}
    return case


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "test/jax-corpus"
    os.makedirs(root, exist_ok=True)
    cases = [export_case(root, *c) for c in CASES]
    manifest = {
        "format_version": 1,
        "generator": {"jax": jax.__version__, "numpy": np.__version__, "backend": "cpu", "jax_enable_x64": False},
        "comparison": "float outputs: |actual-expected| <= atol + rtol*|expected| elementwise; integer outputs: exact",
        "cases": cases,
    }
    with open(os.path.join(root, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
