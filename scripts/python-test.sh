#!/usr/bin/env bash
# Builds Kiln's Python package into a wheel with maturin, installs it into a fresh venv and
# runs its pytest suite (python/tests). The venv gets numpy, pytest, JAX (for kiln.jit and
# the comparisons with jax.jit) and ml_dtypes from PyPI.
#
# The wheel is built with the dev profile: it reuses the workspace's debug build, and the
# tests' inputs are small. `PROFILE=release` builds an optimized one (benchmarks).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${PY_VENV:-target/py-venv}
PY=${PYTHON:-python3}
PROFILE=${PROFILE:-dev}
if [ ! -x "$VENV/bin/python" ]; then
  if ! "$PY" -m venv "$VENV"; then
    # Debian's own python3 keeps venv in a package of its own.
    rm -rf "$VENV"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q python3-venv
    "$PY" -m venv "$VENV"
  fi
fi
"$VENV/bin/pip" install -q --disable-pip-version-check 'maturin>=1.9.4,<2' 'numpy>=1.24' pytest 'jax>=0.4.30' ml_dtypes
OUT=target/wheels-$PROFILE
rm -rf "$OUT"
# Linux tag, no auditwheel: the extension links LLVM statically and needs only the C and
# C++ runtimes, zlib, zstd and libffi of the machine.
"$VENV/bin/maturin" build -q --profile "$PROFILE" --strip --compatibility linux \
  -m python/Cargo.toml -i "$VENV/bin/python" --out "$OUT" -j "${JOBS:-2}"
"$VENV/bin/pip" install -q --disable-pip-version-check --force-reinstall --no-deps "$OUT"/kiln-*.whl
cd python
# Run from the tests folder: the installed package is imported, not the sources.
"../$VENV/bin/python" -m pytest -q -p no:cacheprovider tests "$@"
