"""Kiln: a tiered JIT compiler for tensor programs, from Python.

The core API needs only numpy::

    import kiln, numpy as np
    engine = kiln.Engine()                      # tier="auto": interpret, profile, promote
    engine.load(open("model.mlir").read(), name="model.mlir")   # StableHLO or Kiln IR
    f = engine.function("main")
    y = f(np.ones((8, 4), np.float32))          # numpy in, numpy out
    print(engine.report())                      # a dict; str() gives the text form

With JAX installed (``pip install kiln[jax]``), :func:`kiln.jit` serves a JAX function through
the engine: one shape-polymorphic export serves every batch size.

Set ``KILN_LOG`` (for example ``KILN_LOG=kiln::engine=info``) to see the engine's decisions
on stderr.
"""

from __future__ import annotations

import json
import os
from typing import Any, Mapping

from . import _kiln
from .errors import (
    CallError,
    CompileError,
    ConfigError,
    Diagnostic,
    DTypeError,
    ExecutionError,
    FunctionNotFoundError,
    KilnError,
    LoadError,
    ShapeError,
)

__version__ = _kiln.__version__

Function = _kiln.Function

__all__ = [
    "Engine",
    "Function",
    "Report",
    "jit",
    "CallError",
    "CompileError",
    "ConfigError",
    "Diagnostic",
    "DTypeError",
    "ExecutionError",
    "FunctionNotFoundError",
    "KilnError",
    "LoadError",
    "ShapeError",
]

if os.environ.get("KILN_LOG"):
    _kiln.init_logging()


class Report(dict):
    """The engine's report: a dict of its JSON form (``wall_seconds``, ``compiles``,
    ``functions``, ``cache``, ``queue``, ...); ``str(report)`` is the text Kiln prints."""

    def __init__(self, data: Mapping[str, Any], text: str):
        super().__init__(data)
        self.text = text

    def __str__(self) -> str:
        return self.text


class Engine:
    """Kiln's tiered engine.

    Args:
        tier: ``"auto"`` (the default: start interpreted, promote hot functions in the
            background) or a fixed tier 0-3 (a native tier compiles when a function is first
            looked up; tier 3 also specializes on each new shape).
        preset: the promotion policy, ``"development"``, ``"default"`` or ``"production"``.
        workers: background compile threads.
        threads: the threads of the engine's pool for parallel loops and GEMM (0: one per core).
        cache_dir: a directory for the persistent compile cache (``None``: no disk cache).
        synchronous: compile on the calling thread when the policy decides (tests).
        max_specializations: tier-3 specializations kept per function.
    """

    def __init__(
        self,
        tier: str | int = "auto",
        preset: str | None = None,
        workers: int | None = None,
        threads: int | None = None,
        cache_dir: str | os.PathLike | None = None,
        synchronous: bool = False,
        max_specializations: int | None = None,
    ):
        self._engine = _kiln.Engine(
            tier=tier,
            preset=preset,
            workers=workers,
            threads=threads,
            cache_dir=None if cache_dir is None else os.fspath(cache_dir),
            synchronous=synchronous,
            max_specializations=max_specializations,
        )

    def load(self, text: str, name: str = "<string>", rename: Mapping[str, str] | None = None) -> list[str]:
        """Loads module text (StableHLO as ``jax.export`` writes it, or Kiln IR) and returns
        the names of its public functions. ``name`` is the file name diagnostics show;
        ``rename`` gives public functions other names in this engine. Raises
        :class:`LoadError` with the diagnostic's file, line and column."""
        return self._engine.load(text, name, None if rename is None else dict(rename))

    def load_file(self, path: str | os.PathLike) -> list[str]:
        """Loads a module from a file (see :meth:`load`)."""
        p = os.fspath(path)
        try:
            with open(p, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            raise LoadError(f"{p}: cannot read: {e.strerror}") from e
        return self.load(text, name=p)

    def function(self, name: str) -> Function:
        """The public function ``name``: call it with numpy arrays (or anything
        ``numpy.asarray`` or ``numpy.from_dlpack`` accepts). One result comes back as an
        array, several as a tuple. Raises :class:`FunctionNotFoundError`."""
        return self._engine.function(name)

    def report(self) -> Report:
        """The engine's report: compiles, promotions, the cache, and per function its tier,
        calls per tier, shapes and specializations."""
        return Report(json.loads(self._engine.report_json()), self._engine.report_text())

    def shutdown(self, cancel: bool = False) -> int:
        """Stops the background compiles (finishing queued ones unless ``cancel``); calls keep
        working at the tiers reached. Returns the number of requests dropped."""
        return self._engine.shutdown(cancel)


def jit(fun=None, **kwargs):
    """Serves a JAX function through a Kiln engine; see :func:`kiln.jax.jit`."""
    from .jax import jit as _jit

    if fun is None:
        return lambda f: _jit(f, **kwargs)
    return _jit(fun, **kwargs)
