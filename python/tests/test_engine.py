"""The core API without JAX: corpus modules at every tier, errors, threads, the report."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import numpy as np
import pytest

import kiln
from conftest import CORPUS, assert_close, load_bin

DOUBLE = """func.func @double(%x: tensor<Nxf32>) -> tensor<Nxf32> {
  %0 = ktensor.add %x, %x : tensor<Nxf32>
  return %0 : tensor<Nxf32>
}
"""

TWO = """func.func @pair(%x: tensor<Nx3xf32>, %y: tensor<Nx3xf32>) -> (tensor<Nx3xf32>, tensor<Nx3xf32>) {
  %0 = ktensor.add %x, %y : tensor<Nx3xf32>
  %1 = ktensor.mul %x, %y : tensor<Nx3xf32>
  return %0, %1 : tensor<Nx3xf32>, tensor<Nx3xf32>
}
"""


@pytest.mark.parametrize("tier", [0, 1, 2, 3])
def test_corpus_static_module_at_fixed_tier(case, tier):
    engine = kiln.Engine(tier=tier)
    engine.load_file(CORPUS / case["modules"]["stablehlo"])
    f = engine.function(case["entry_function"])
    out = f(*[load_bin(i) for i in case["inputs"]])
    outs = out if isinstance(out, tuple) else (out,)
    for got, spec in zip(outs, case["outputs"]):
        assert_close(got, load_bin(spec), case["tolerance"])
    assert f.tier == min(tier, 2)


@pytest.mark.parametrize("tier", [0, 2, "auto"])
def test_corpus_poly_module_serves_every_batch(case, tier):
    engine = kiln.Engine(tier=tier, preset="development", synchronous=True)
    engine.load_file(CORPUS / case["modules"]["poly_stablehlo"])
    f = engine.function(case["entry_function"])
    for _ in range(4):  # in auto mode, enough calls to be promoted
        for test in case["poly"]["tests"]:
            got = f(*[load_bin(i) for i in test["inputs"]])
            assert_close(got, load_bin(test["outputs"][0]), case["tolerance"])
    if tier == "auto":
        assert f.tier >= 1, engine.report()
        assert sum(f.calls_by_tier[1:]) > 0


def test_engine_runs_kiln_ir_and_returns_tuples():
    engine = kiln.Engine(tier=2)
    assert engine.load(TWO, name="pair.mlir") == ["pair"]
    f = engine.function("pair")
    x = np.arange(6, dtype=np.float32).reshape(2, 3)
    y = np.full((2, 3), 2.0, np.float32)
    s, p = f(x, y)
    np.testing.assert_array_equal(s, x + y)
    np.testing.assert_array_equal(p, x * y)
    assert f.param_types == ["tensor<Nx3xf32>", "tensor<Nx3xf32>"]
    assert "pair" in repr(f)


def test_results_are_writable_views_of_kiln_buffers():
    engine = kiln.Engine(tier=0)
    engine.load(DOUBLE)
    f = engine.function("double")
    y = f(np.ones(5, np.float32))
    # No copy: the array's memory belongs to the tensor Kiln returned.
    assert y.base is not None and type(y.base).__name__ == "Owner"
    assert y.flags.c_contiguous and y.flags.writeable
    y[0] = 7.0
    np.testing.assert_array_equal(f(np.ones(5, np.float32)), np.full(5, 2.0, np.float32))


def test_inputs_any_layout_and_dlpack():
    engine = kiln.Engine(tier=2)
    engine.load(DOUBLE)
    f = engine.function("double")
    base = np.arange(20, dtype=np.float32)
    np.testing.assert_array_equal(f(base[::2]), base[::2] * 2)  # strided: copied contiguous
    np.testing.assert_array_equal(f([1.0, 2.0]), np.array([2.0, 4.0], np.float32))

    class DLPackOnly:  # an array of another library, seen only through DLPack
        def __init__(self, a):
            self._a = a

        def __dlpack__(self, **kw):
            return self._a.__dlpack__(**kw)

        def __dlpack_device__(self):
            return self._a.__dlpack_device__()

    np.testing.assert_array_equal(f(DLPackOnly(base)), base * 2)


def test_python_scalars_take_the_parameter_type():
    engine = kiln.Engine(tier=0)
    engine.load("""func.func @scale(%x: tensor<3xf32>, %s: tensor<f32>) -> tensor<3xf32> {
  %b = ktensor.broadcast_in_dim %s {dims = array<i64>} : (tensor<f32>) -> tensor<3xf32>
  %0 = ktensor.mul %x, %b : tensor<3xf32>
  return %0 : tensor<3xf32>
}""")
    f = engine.function("scale")
    np.testing.assert_array_equal(f(np.ones(3, np.float32), 2.5), np.full(3, 2.5, np.float32))


def test_wrong_dtype_raises_dtype_error():
    engine = kiln.Engine(tier=2)
    engine.load(DOUBLE)
    f = engine.function("double")
    with pytest.raises(kiln.DTypeError, match=r"argument #0 of '@double' expects float32") as e:
        f(np.ones(4, np.float64))
    assert isinstance(e.value, TypeError) and isinstance(e.value, kiln.KilnError)


def test_wrong_shape_raises_shape_error():
    engine = kiln.Engine(tier=2)
    engine.load(TWO)
    f = engine.function("pair")
    with pytest.raises(kiln.ShapeError, match=r"expects tensor<Nx3xf32>, got shape \[2, 4\]"):
        f(np.ones((2, 4), np.float32), np.ones((2, 4), np.float32))
    with pytest.raises(kiln.ShapeError, match="rank|expects"):
        f(np.ones(3, np.float32), np.ones(3, np.float32))
    # Both arguments are N x 3: N bound to 2 and then to 5 is the engine's check.
    with pytest.raises(kiln.ShapeError, match="argument #1 of '@pair'") as e:
        f(np.ones((2, 3), np.float32), np.ones((5, 3), np.float32))
    assert isinstance(e.value, ValueError)


def test_wrong_arity_raises_call_error():
    engine = kiln.Engine(tier=0)
    engine.load(TWO)
    with pytest.raises(kiln.CallError, match="takes 2 arguments, got 1"):
        engine.function("pair")(np.ones((1, 3), np.float32))


def test_malformed_module_raises_located_load_error():
    engine = kiln.Engine()
    text = "func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {\n  %0 = ktensor.add %x, %y : tensor<4xf32>\n  return %0 : tensor<4xf32>\n}\n"
    with pytest.raises(kiln.LoadError) as e:
        engine.load(text, name="broken.mlir")
    assert (e.value.file, e.value.line, e.value.column) == ("broken.mlir", 2, 24)
    assert "undefined" in e.value.diagnostics[0].message or "%y" in e.value.diagnostics[0].message
    assert "broken.mlir:2:24: error:" in str(e.value)


def test_custom_dialect_text_fails_with_located_error_not_a_crash():
    engine = kiln.Engine(tier=2)
    text = 'func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {\n  %0 = mydialect.frobnicate %x : tensor<4xf32>\n  return %0 : tensor<4xf32>\n}\n'
    with pytest.raises(kiln.LoadError) as e:
        engine.load(text, name="custom.mlir")
    assert e.value.line == 2 and e.value.file == "custom.mlir"
    assert "mydialect" in str(e.value)
    # The engine is still usable.
    engine.load(DOUBLE)
    np.testing.assert_array_equal(engine.function("double")(np.ones(2, np.float32)), [2.0, 2.0])


def test_missing_file_and_function():
    engine = kiln.Engine()
    with pytest.raises(kiln.LoadError, match="cannot read"):
        engine.load_file("/nonexistent/model.mlir")
    with pytest.raises(kiln.FunctionNotFoundError, match="no function named '@nope'") as e:
        engine.function("nope")
    assert isinstance(e.value, LookupError)


def test_bad_settings_raise_config_error():
    with pytest.raises(kiln.ConfigError):
        kiln.Engine(tier=7)
    with pytest.raises(kiln.ConfigError, match="unknown preset"):
        kiln.Engine(preset="fastest")


def test_load_renames_to_load_two_mains():
    engine = kiln.Engine(tier=0)
    engine.load(DOUBLE, rename={"double": "a"})
    engine.load(DOUBLE, rename={"double": "b"})
    with pytest.raises(kiln.LoadError, match="already loaded"):
        engine.load(DOUBLE, rename={"double": "a"})
    np.testing.assert_array_equal(engine.function("b")(np.ones(1, np.float32)), [2.0])


def test_calls_from_many_threads_agree():
    engine = kiln.Engine(tier="auto", preset="development", workers=1)
    engine.load(TWO)
    f = engine.function("pair")
    errors = []

    def worker(seed: int) -> None:
        rng = np.random.default_rng(seed)
        try:
            for _ in range(200):
                n = int(rng.integers(1, 64))
                x = rng.standard_normal((n, 3), dtype=np.float32)
                y = rng.standard_normal((n, 3), dtype=np.float32)
                s, p = f(x, y)
                np.testing.assert_array_equal(s, x + y)
                np.testing.assert_allclose(p, x * y, rtol=1e-6)
        except BaseException as e:  # noqa: BLE001 - reported by the main thread
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[0]
    assert sum(f.calls_by_tier) == 8 * 200


def test_report_is_a_dict_and_text():
    engine = kiln.Engine(tier=2)
    engine.load(DOUBLE)
    engine.function("double")(np.ones(3, np.float32))
    r = engine.report()
    assert isinstance(r, dict)
    for key in ("wall_seconds", "compile_seconds", "run_seconds", "compiles", "promotions", "functions", "cache", "queue"):
        assert key in r, key
    (fn,) = [f for f in r["functions"] if f["name"] == "double"]
    assert fn["current_tier"] == 2 and fn["calls_by_tier"][2] == 1
    assert str(r).startswith("engine:")


def test_kiln_log_shows_the_engine_decisions():
    script = """
import numpy as np, kiln
e = kiln.Engine(tier="auto", preset="development", synchronous=True)
e.load('''func.func @double(%x: tensor<Nxf32>) -> tensor<Nxf32> {
  %0 = ktensor.add %x, %x : tensor<Nxf32>
  return %0 : tensor<Nxf32>
}''')
f = e.function("double")
for _ in range(4):
    f(np.ones(3, np.float32))
"""
    env = dict(os.environ, KILN_LOG="kiln::engine=info")
    r = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "install @double to tier 1" in r.stderr
    env["KILN_LOG"] = "error"
    r = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "install @double" not in r.stderr


def test_calls_release_the_gil():
    # A long call on one thread; the main thread keeps running Python meanwhile.
    engine = kiln.Engine(tier=0)
    engine.load("""func.func @sum(%x: tensor<Nxf32>) -> tensor<f32> {
  %0 = ktensor.reduce %x {axes = array<i64: 0>, kind = "sum"} : (tensor<Nxf32>) -> tensor<f32>
  return %0 : tensor<f32>
}""")
    f = engine.function("sum")
    x = np.ones(1 << 24, np.float32)
    done = threading.Event()
    t = threading.Thread(target=lambda: (f(x), f(x), done.set()))
    ticks = 0
    t.start()
    while not done.is_set():
        ticks += 1
        time.sleep(0)
    t.join()
    assert ticks > 200, ticks


@pytest.mark.parametrize("tier", [0, 2])
def test_inputs_are_read_in_place_and_results_never_alias_them(tier):
    engine = kiln.Engine(tier=tier)
    engine.load("""func.func @same(%x: tensor<Nxf32>) -> (tensor<Nxf32>, tensor<Nxf32>) {
  %0 = ktensor.add %x, %x : tensor<Nxf32>
  return %x, %0 : tensor<Nxf32>, tensor<Nxf32>
}""")
    f = engine.function("same")
    # An unaligned view (4 bytes past the allocation's alignment) is read as it is.
    base = np.arange(65, dtype=np.float32)
    x = base[1:]
    before = x.copy()
    same, doubled = f(x)
    np.testing.assert_array_equal(same, x)
    np.testing.assert_array_equal(doubled, 2 * x)
    # The result that is the argument comes back as a copy: writing it cannot reach x.
    assert not np.shares_memory(same, x)
    same[:] = -1
    np.testing.assert_array_equal(x, before)


def test_half_precision_arrays_round_trip():
    ml_dtypes = pytest.importorskip("ml_dtypes")
    for dtype, name in ((np.float16, "f16"), (ml_dtypes.bfloat16, "bf16")):
        engine = kiln.Engine(tier=0)
        engine.load(f"""func.func @twice(%x: tensor<4x{name}>) -> tensor<4x{name}> {{
  %0 = ktensor.add %x, %x : tensor<4x{name}>
  return %0 : tensor<4x{name}>
}}""")
        x = np.array([1.5, -2.0, 0.25, 3.0], dtype=dtype)
        y = engine.function("twice")(x)
        assert y.dtype == np.dtype(dtype)
        np.testing.assert_array_equal(y.astype(np.float32), (x.astype(np.float32) * 2))
        with pytest.raises(kiln.DTypeError):
            engine.function("twice")(x.astype(np.float32))
