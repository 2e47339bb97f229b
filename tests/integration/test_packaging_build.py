"""Build the one-folder program and smoke-test it (slow: opt in with LISHUI_TEST_BUILD=1).

    LISHUI_TEST_BUILD=1 .venv/bin/pytest tests/integration/test_packaging_build.py -s

2-5 minutes on two cores (PyInstaller 1-2.5 min, the smoke run ~1 min, start-up bench ~0.5 min).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.environ.get("LISHUI_TEST_BUILD") != "1",
                                reason="builds the package (minutes); set LISHUI_TEST_BUILD=1")


def test_build_smoke_and_frozen_startup() -> None:
    build = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], cwd=ROOT)
    assert build.returncode == 0
    smoke = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke.py")], cwd=str(Path.home()),
                           capture_output=True, text=True)
    print(smoke.stdout[-6000:])
    assert smoke.returncode == 0, smoke.stdout[-3000:]
    spec = importlib.util.spec_from_file_location("bench_frozen", ROOT / "benchmarks" / "bench_frozen.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    result = bench.run(repeat=2)["frozen_startup"]
    print(result)
    assert result["ok"], result

