#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora (fuzz/seeds/<target>/) from the repository's own
tests: lit inputs split at `// -----` for the parser, StableHLO modules of the JAX corpus
and the StableHLO lit tests for the import, the pipelines the lit tests run, and small
.npy and raw inputs made here. Seeds stay small (the repository keeps them); the corpora the
fuzzers grow live in fuzz/corpus/, which git ignores.

    python3 fuzz/make_seeds.py        (needs numpy for the .npy seeds)
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "fuzz" / "seeds"
MAX_SEED = 6000  # bytes


def write(target: str, data: bytes) -> None:
    d = SEEDS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.blake2b(data, digest_size=8).hexdigest()).write_bytes(data)


def chunks(path: Path) -> list[str]:
    text = path.read_text(errors="replace")
    lines = [l for l in text.splitlines() if not l.lstrip().startswith(("// RUN", "// CHECK", "// expected-", "RUN:", "REQUIRES:"))]
    return [c.strip() + "\n" for c in re.split(r"^// -----.*$", "\n".join(lines), flags=re.M) if c.strip()]


def main() -> None:
    shutil.rmtree(SEEDS, ignore_errors=True)
    tests = sorted((ROOT / "test").rglob("*.mlir"))
    hlo = [p for p in tests if "jax-corpus" in p.parts or "StableHLO" in str(p) or "jax-random" in p.parts]
    seeded_hlo = [p for p in tests if ("jax-corpus" in p.parts and p.name == "module.mlir") or "StableHLO" in str(p)]
    # Parser: lit inputs of every dialect (not the corpora: the import target has those).
    parse = [p for p in tests if p not in hlo and "Output" not in p.parts]
    for p in parse:
        for c in chunks(p):
            if len(c) <= MAX_SEED:
                write("parse", c.encode())
    # Import: StableHLO as JAX writes it (the JAX corpus's modules, the import's lit tests).
    for p in seeded_hlo:
        for c in chunks(p):
            if len(c) <= 2 * MAX_SEED:
                write("import", c.encode())
    # Pipelines: those the lit tests name, and the tiers'.
    pipelines = set()
    for p in (ROOT / "test").rglob("*"):
        if p.is_file() and p.suffix in (".mlir", ".test"):
            pipelines.update(re.findall(r"pass-pipeline=['\"]([^'\"]*)['\"]", p.read_text(errors="replace")))
    tiers = (ROOT / "runtime" / "src" / "jit" / "tiers.rs").read_text()
    pipelines.update(re.findall(r'"(builtin\.module\([^"]*\))"', tiers))
    for pl in sorted(pipelines):
        write("pipeline", pl.encode())
    # Inputs: tag 0 + a .npy file, tag 1 + a shape spec, tag >= 2 + dtype/rank/extents/data.
    try:
        import numpy as np

        for a in (
            np.arange(12, dtype=np.float32).reshape(3, 4),
            np.array(1.5, np.float64),
            np.array([[True, False]]),
            np.arange(6, dtype=np.int64),
            np.arange(4, dtype=np.int32).reshape(2, 2, 1),
            np.zeros((0, 3), np.float16),
        ):
            buf = io.BytesIO()
            np.save(buf, a)
            write("inputs", b"\x00" + buf.getvalue())
    except ImportError:
        print("numpy is missing: no .npy seeds")
    for spec in (b"4x8", b"", b"0", b"1x2x3x4", b"x"):
        write("inputs", b"\x01" + spec)
    write("inputs", b"\x02\x02\x00\x02\x00\x03" + bytes(24))
    write("inputs", b"\x05\x00" + bytes(4))
    # Cache entries: a payload (metadata length, JSON, object bytes); real entries are binary
    # objects of a few kilobytes, so the seed is a minimal well-formed payload.
    meta = b'{"entries":[["f","_kiln_f"]],"native":{"by_value":[],"assert_messages":["x"]}}'
    write("cache_entry", len(meta).to_bytes(4, "little") + meta + b"\x7fELF")
    for t in sorted(SEEDS.iterdir()):
        n = len(list(t.iterdir()))
        size = sum(f.stat().st_size for f in t.iterdir())
        print(f"{t.name}: {n} seeds, {size // 1024} KiB")


if __name__ == "__main__":
    main()
