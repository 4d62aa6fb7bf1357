"""Shared fixtures: the public corpus (../shared/corpus, beside the project root)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("KILN_CORPUS", ROOT.parent / "shared" / "corpus"))

_DTYPES = {"f32": np.float32, "i32": np.int32}


def load_bin(spec: dict) -> np.ndarray:
    data = np.fromfile(CORPUS / spec["file"], dtype=_DTYPES[spec["dtype"]])
    return data.reshape(spec["shape"])


def corpus_cases() -> list[dict]:
    manifest = CORPUS / "manifest.json"
    if not manifest.exists():
        return []
    return json.loads(manifest.read_text())["cases"]


CASES = corpus_cases()


def pytest_collection_modifyitems(config, items):
    if not CASES:
        skip = pytest.mark.skip(reason=f"the public corpus is not at {CORPUS}")
        for item in items:
            if "case" in getattr(item, "fixturenames", ()):
                item.add_marker(skip)


@pytest.fixture(params=CASES, ids=[c["name"] for c in CASES])
def case(request) -> dict:
    return request.param


def assert_close(actual: np.ndarray, expected: np.ndarray, tol: dict) -> None:
    assert actual.shape == expected.shape, (actual.shape, expected.shape)
    assert actual.dtype == expected.dtype, (actual.dtype, expected.dtype)
    np.testing.assert_allclose(actual, expected, rtol=tol["rtol"], atol=tol["atol"])
