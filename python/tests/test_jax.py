"""kiln.jit against jax.jit: the public corpus's functions (their JAX source, from the
manifest), shape polymorphism, pytrees, static arguments."""

from __future__ import annotations

import numpy as np
import pytest

jax = pytest.importorskip("jax")
import jax.numpy as jnp  # noqa: E402
from jax import lax  # noqa: E402

import kiln  # noqa: E402
from conftest import assert_close, load_bin  # noqa: E402


def corpus_function(case):
    """The case's function, from the JAX source the corpus was made from."""
    scope = {"jax": jax, "jnp": jnp, "lax": lax}
    exec(case["source"], scope)  # noqa: S102 - the corpus's own source text
    return scope[case["name"]]


def batched_argnums(case):
    return tuple(i for i, s in enumerate(case["poly"]["polymorphic_shapes"]) if s is not None)


@pytest.mark.parametrize("tier", [0, 2, "auto"])
def test_corpus_functions_match_jax_at_every_batch(case, tier):
    f = corpus_function(case)
    kf = kiln.jit(f, polymorphic_batch=True, batch_argnums=batched_argnums(case), tier=tier, preset="development", synchronous=True)
    for _ in range(3):  # auto: enough calls to be promoted
        for test in case["poly"]["tests"]:
            args = [load_bin(i) for i in test["inputs"]]
            got = kf(*args)
            want = np.asarray(jax.jit(f)(*args))
            assert_close(got, want, case["tolerance"])
            assert_close(got, load_bin(test["outputs"][0]), case["tolerance"])
    # One export served both batch sizes.
    assert kf.exports == 1
    if tier == "auto":
        (fn,) = kf.engine.report()["functions"]
        assert fn["current_tier"] >= 1


def test_static_shapes_export_per_signature():
    f = lambda x: jnp.tanh(x) * 2.0  # noqa: E731
    kf = kiln.jit(f, tier=1)
    for n in (3, 5, 3):
        x = np.linspace(-2, 2, n, dtype=np.float32)
        np.testing.assert_allclose(kf(x), np.asarray(jax.jit(f)(x)), rtol=2e-6, atol=1e-6)
    assert kf.exports == 2


def test_pytrees_in_and_out_and_keywords():
    def f(params, x, *, scale):
        h = x @ params["w"] + params["b"]
        return {"h": h * scale, "parts": (h.sum(axis=1), jnp.max(h))}

    rng = np.random.default_rng(0)
    params = {"w": rng.standard_normal((4, 3), dtype=np.float32), "b": rng.standard_normal(3, dtype=np.float32)}
    x = rng.standard_normal((5, 4), dtype=np.float32)
    kf = kiln.jit(f, tier=2)
    got = kf(params, x, scale=np.float32(0.5))
    want = jax.jit(f)(params, x, scale=np.float32(0.5))
    assert jax.tree_util.tree_structure(got) == jax.tree_util.tree_structure(want)
    for g, w in zip(jax.tree_util.tree_leaves(got), jax.tree_util.tree_leaves(want)):
        np.testing.assert_allclose(g, np.asarray(w), rtol=1e-5, atol=1e-6)


def test_static_arguments_are_part_of_the_key():
    def f(x, n, mode="sum"):
        y = x * n
        return y.sum() if mode == "sum" else y.max()

    kf = kiln.jit(f, static_argnums=1, static_argnames="mode", tier=0)
    x = np.arange(6, dtype=np.float32)
    assert float(kf(x, 2)) == 30.0
    assert float(kf(x, 3)) == 45.0
    assert float(kf(x, 3, mode="max")) == 15.0
    assert kf.exports == 3
    with pytest.raises(kiln.CallError, match="not hashable"):
        kf(x, [1, 2])


def test_jax_arrays_python_scalars_and_float64_inputs_take_jax_types():
    f = lambda x, s: x * s  # noqa: E731
    kf = kiln.jit(f, tier=2)
    x = jnp.arange(4, dtype=jnp.float32)
    np.testing.assert_array_equal(kf(x, 2.0), np.arange(4, dtype=np.float32) * 2)
    # float64 numpy input: jax.jit (x64 off) computes in float32, and so does kiln.jit.
    out = kf(np.arange(4, dtype=np.float64), 1.5)
    assert out.dtype == np.float32


def test_polymorphic_shape_violations_raise():
    f = lambda x, y: x + y  # noqa: E731
    kf = kiln.jit(f, polymorphic_batch=True, tier=2)
    kf(np.ones((2, 3), np.float32), np.ones((2, 3), np.float32))
    with pytest.raises(kiln.KilnError):
        kf(np.ones((2, 3), np.float32), np.ones((4, 3), np.float32))


def test_shared_engine_holds_several_functions():
    engine = kiln.Engine(tier=2)
    a = kiln.jit(lambda x: x + 1.0, engine=engine)
    b = kiln.jit(lambda x: x * 3.0, engine=engine)
    x = np.ones(3, np.float32)
    np.testing.assert_array_equal(a(x), x + 1)
    np.testing.assert_array_equal(b(x), x * 3)
    assert len(engine.report()["functions"]) == 2


def test_decorator_form():
    @kiln.jit(tier=0)
    def g(x):
        return jnp.exp(x)

    np.testing.assert_allclose(g(np.zeros(2, np.float32)), [1.0, 1.0])
    assert g.__name__ == "g"
