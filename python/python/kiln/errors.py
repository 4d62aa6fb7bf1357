"""Kiln's exceptions. Every one is a :class:`KilnError`; each also derives from the built-in
exception a Python user would catch for that kind of mistake (``TypeError`` for a wrong dtype,
``ValueError`` for a wrong shape or a bad setting, ``LookupError`` for a missing function)."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "Diagnostic",
    "KilnError",
    "LoadError",
    "FunctionNotFoundError",
    "CallError",
    "ShapeError",
    "DTypeError",
    "ExecutionError",
    "CompileError",
    "ConfigError",
]

# `file:line:col: error: message`, the first line of each diagnostic Kiln renders.
_DIAG = re.compile(r"^(?P<file>[^\n:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|note|remark): (?P<msg>.*)$", re.M)


@dataclass(frozen=True)
class Diagnostic:
    """One located message: ``file:line:column: severity: message``."""

    file: str
    line: int
    column: int
    severity: str
    message: str


class KilnError(Exception):
    """Base class of every error Kiln raises. ``str(e)`` is the rendered diagnostic text
    (with the source line and a caret where there is one)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.diagnostics = [
            Diagnostic(m["file"], int(m["line"]), int(m["col"]), m["sev"], m["msg"]) for m in _DIAG.finditer(message)
        ]

    @property
    def file(self) -> str | None:
        """The file of the first diagnostic, if the error has a location."""
        return self.diagnostics[0].file if self.diagnostics else None

    @property
    def line(self) -> int | None:
        """The line (1-based) of the first diagnostic."""
        return self.diagnostics[0].line if self.diagnostics else None

    @property
    def column(self) -> int | None:
        """The column (1-based) of the first diagnostic."""
        return self.diagnostics[0].column if self.diagnostics else None


class LoadError(KilnError, ValueError):
    """Module text that does not parse, verify or import."""


class FunctionNotFoundError(KilnError, LookupError):
    """No loaded module has a public function of that name."""


class CallError(KilnError, TypeError):
    """Arguments that do not match the function's signature (the wrong number, or a type a
    host array cannot carry)."""


class ShapeError(CallError, ValueError):
    """An argument of the wrong rank or extent, symbols bound to two extents, or a size
    over the engine's limits."""


class DTypeError(CallError, TypeError):
    """An argument of the wrong element type (Kiln does not cast arrays implicitly)."""


class ExecutionError(KilnError, RuntimeError):
    """The function failed while running (a failed check, such as a shape assertion of a
    shape-polymorphic JAX export)."""


class CompileError(KilnError, RuntimeError):
    """A native tier could not compile the function (fixed tiers only: in ``auto`` mode a
    failed compile leaves the function at the tier it has)."""


class ConfigError(KilnError, ValueError):
    """An invalid engine setting."""
