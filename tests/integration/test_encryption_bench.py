"""benchmarks/bench_encryption.py runs on encrypted databases (a tool path of issue 19): its
quick sizes as a smoke test, each step measured (no step's error hidden in its result). The
budgets themselves are measured by `python benchmarks/run.py` on a calm machine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STEPS = ("startup", "filter", "bundle_import", "excel_import")


def test_every_step_of_the_encryption_benchmark_runs(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_encryption.py"), "--quick"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout)
    for step in STEPS:
        result = results[f"encrypted_{step}_vs_plain"]
        assert "error" not in result and isinstance(result["ratio"], float), (step, result)
    assert results["encrypted_startup_vs_plain"]["key_source"] == "credential store"
