"""``kiln.jit``: a JAX function served by Kiln's tiered engine.

The function is exported once per distinct call signature with ``jax.export`` (StableHLO),
loaded into a Kiln engine, and every later call with that signature runs through the engine:
interpreted at first, then compiled in the background as it gets hot. With
``polymorphic_batch=True`` the leading dimension of the batched arguments is a symbol, so one
export (and one tier-2 compile) serves every batch size, where ``jax.jit`` compiles per shape;
hot batch sizes still get tier-3 specializations.

Needs ``jax`` (``pip install kiln[jax]``).
"""

from __future__ import annotations

import functools
import inspect
import itertools
import re
import threading
from typing import Any, Callable, Sequence

import numpy as np

from . import Engine
from .errors import CallError

try:
    import jax
    from jax import export as jax_export
except ImportError as e:  # pragma: no cover - exercised only without JAX
    raise ImportError("kiln.jit needs JAX: pip install 'kiln[jax]'") from e

__all__ = ["jit", "Jitted"]

# Numbers the exports of this process, so their functions' names never clash.
_EXPORTS = itertools.count()


def _norm_argnums(nums: int | Sequence[int] | None) -> tuple[int, ...]:
    if nums is None:
        return ()
    if isinstance(nums, int):
        return (nums,)
    return tuple(nums)


class _Entry:
    __slots__ = ("function", "in_tree", "out_tree", "kept", "export")

    def __init__(self, function, in_tree, out_tree, kept, export):
        self.function = function
        self.in_tree = in_tree
        self.out_tree = out_tree
        self.kept = kept
        self.export = export


def _canonical(x: Any) -> np.ndarray:
    """A leaf as the numpy array ``jax.jit`` would pass: Python scalars and float64 or int64
    arrays take JAX's default types (float32, int32 unless ``jax_enable_x64``)."""
    a = x if isinstance(x, np.ndarray) else np.asarray(x)
    dt = _CANONICAL.get(a.dtype)
    if dt is None:
        dt = _CANONICAL[a.dtype] = jax.dtypes.canonicalize_dtype(a.dtype)
    if dt != a.dtype:
        a = a.astype(dt)
    return a


# numpy dtype -> the dtype jax.jit computes in (depends on jax_enable_x64, read once per
# dtype: the flag is set at start-up).
_CANONICAL: dict = {}


class Jitted:
    """A JAX function served by Kiln; call it like the function. Made by :func:`jit`, whose
    docstring describes the options."""

    def __init__(
        self,
        fun: Callable,
        *,
        polymorphic_batch: bool = False,
        batch_argnums: int | Sequence[int] | None = None,
        polymorphic_shapes: Sequence[str | None] | None = None,
        static_argnums: int | Sequence[int] | None = None,
        static_argnames: str | Sequence[str] | None = None,
        engine: Engine | None = None,
        **engine_options: Any,
    ):
        if polymorphic_batch and polymorphic_shapes is not None:
            raise ValueError("pass polymorphic_batch or polymorphic_shapes, not both")
        self._fun = fun
        self._poly_batch = polymorphic_batch
        self._batch_argnums = None if batch_argnums is None else _norm_argnums(batch_argnums)
        self._poly_shapes = None if polymorphic_shapes is None else tuple(polymorphic_shapes)
        self._static_argnums = _norm_argnums(static_argnums)
        names = static_argnames
        self._static_argnames = (names,) if isinstance(names, str) else tuple(names or ())
        # Arguments named static by position are static by name too, as in jax.jit.
        try:
            params = list(inspect.signature(fun).parameters)
        except (TypeError, ValueError):
            params = []
        self._static_argnames += tuple(params[i] for i in self._static_argnums if i < len(params))
        self._engine = engine if engine is not None else Engine(**engine_options)
        self._entries: dict[Any, _Entry] = {}
        self._lock = threading.Lock()
        functools.update_wrapper(self, fun)

    @property
    def engine(self) -> Engine:
        """The engine serving the calls (its report shows each export's tiers)."""
        return self._engine

    @property
    def exports(self) -> int:
        """How many distinct signatures have been exported and loaded."""
        return len(self._entries)

    def _split(self, args: tuple, kwargs: dict):
        """Static arguments (hashed into the key) and the dynamic ones (traced)."""
        n = len(args)
        static_pos = tuple(i if i >= 0 else i + n for i in self._static_argnums)
        statics = tuple((i, args[i]) for i in static_pos if 0 <= i < n)
        dyn_args = tuple(a for i, a in enumerate(args) if i not in static_pos)
        static_kw = tuple(sorted((k, v) for k, v in kwargs.items() if k in self._static_argnames))
        dyn_kwargs = {k: v for k, v in kwargs.items() if k not in self._static_argnames}
        for _, v in statics + static_kw:
            try:
                hash(v)
            except TypeError as e:
                raise CallError(f"static argument {v!r} is not hashable (jax.jit requires the same)") from e
        return static_pos, statics, static_kw, dyn_args, dyn_kwargs

    def _shape_specs(self, dyn_args: tuple, dyn_kwargs: dict) -> tuple | None:
        """The polymorphic shape spec per dynamic positional argument (``None``: static)."""
        if self._poly_shapes is not None:
            return self._poly_shapes
        if not self._poly_batch:
            return None
        batched = range(len(dyn_args)) if self._batch_argnums is None else self._batch_argnums
        specs = []
        for i, a in enumerate(dyn_args):
            leaves = jax.tree_util.tree_leaves(a)
            ranked = leaves and all(np.ndim(x) >= 1 for x in leaves)
            specs.append("b, ..." if i in batched and ranked else None)
        return tuple(specs)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        static_pos, statics, static_kw, dyn_args, dyn_kwargs = self._split(args, kwargs)
        leaves, treedef = jax.tree_util.tree_flatten((dyn_args, dyn_kwargs))
        arrays = [_canonical(x) for x in leaves]
        specs = self._shape_specs(dyn_args, dyn_kwargs)
        if specs is None:
            sig = tuple((a.dtype.str, a.shape) for a in arrays)
        else:
            # With symbolic extents the key holds only what the export fixes: the dtype, the
            # rank and the static extents (a symbolic extent's value does not matter).
            sig = tuple((a.dtype.str, a.ndim, a.shape[1:]) for a in arrays)
        key = (statics, static_kw, treedef, sig)
        entry = self._entries.get(key)
        if entry is None:
            entry = self._export(key, static_pos, statics, static_kw, dyn_args, dyn_kwargs, specs)
        flat = [arrays[i] for i in entry.kept]
        outs = entry.function.call_flat(flat)
        return jax.tree_util.tree_unflatten(entry.out_tree, outs)

    def _export(self, key, static_pos, statics, static_kw, dyn_args, dyn_kwargs, specs) -> _Entry:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                return entry
            fun = self._fun
            static_at = dict(statics)
            static_kwargs = dict(static_kw)
            n = len(dyn_args) + len(statics)

            def closed(*dyn, **kw):
                it = iter(dyn)
                full = [static_at[i] if i in static_at else next(it) for i in range(n)]
                return fun(*full, **kw, **static_kwargs)

            closed.__name__ = getattr(fun, "__name__", "fun")
            if specs is None:
                arg_specs = jax.tree_util.tree_map(
                    lambda x: jax.ShapeDtypeStruct(np.shape(x), _canonical(x).dtype), dyn_args
                )
            else:
                arg_specs = jax_export.symbolic_args_specs(
                    jax.tree_util.tree_map(_canonical, dyn_args), list(specs)
                )
            kw_specs = jax.tree_util.tree_map(lambda x: jax.ShapeDtypeStruct(np.shape(x), _canonical(x).dtype), dyn_kwargs)
            exp = jax_export.export(jax.jit(closed), platforms=["cpu"])(*arg_specs, **kw_specs)
            # Unique in the engine, which other kiln.jit functions may share.
            name = f"{re.sub(r'[^A-Za-z0-9_]', '_', closed.__name__)}_{next(_EXPORTS)}"
            self._engine.load(exp.mlir_module(), name=f"<kiln.jit {closed.__name__}>", rename={"main": name})
            function = self._engine.function(name)
            entry = _Entry(function, exp.in_tree, exp.out_tree, tuple(exp.module_kept_var_idx), exp)
            self._entries[key] = entry
            return entry


def jit(fun: Callable, **options: Any) -> Jitted:
    """Serves ``fun`` (a JAX-traceable function) through a Kiln engine.

    Options (keyword only):
        polymorphic_batch: export with the leading dimension of each batched argument as the
            symbol ``b``, so one export serves every batch size.
        batch_argnums: the positional arguments that are batched (default: all of them whose
            leaves have rank >= 1); weights, for instance, are not.
        polymorphic_shapes: ``jax.export`` shape specs per positional argument (for example
            ``["b, 512", None]``), for any other polymorphism.
        static_argnums, static_argnames: as in ``jax.jit``: hashable, and each distinct value
            gets its own export.
        engine: a :class:`kiln.Engine` to share; otherwise a new one is made from the other
            options (``tier``, ``preset``, ``workers``, ``threads``, ``cache_dir``, ...).

    Arguments are pytrees of arrays (numpy, JAX, or anything ``numpy.asarray`` takes); results
    come back as numpy arrays in the function's output tree.
    """
    return Jitted(fun, **options)
