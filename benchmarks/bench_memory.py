"""Resident memory of the program with a big database open (peak of a start-up to the window)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BUDGET_MB = 300.0


def run(db: Path) -> dict[str, dict[str, Any]]:
    sys.path.insert(0, str(HERE))
    from bench_startup import _env, app_cmd, timed

    with tempfile.TemporaryDirectory(prefix="lishui-bench-") as folder:
        _elapsed, peak_kib, _cpu = timed(app_cmd(db), _env(Path(folder)))
    if not peak_kib:
        return {"memory_200k_open": {"ratio": None, "budget": 1.0, "ok": False,
                                     "error": "peak memory is only measured on Linux/macOS"}}
    mb = peak_kib / 1024 / (1024 if sys.platform == "darwin" else 1)  # macOS reports bytes
    return {
        "memory_200k_open": {
            "ratio": round(mb / BUDGET_MB, 2), "budget": 1.0, "ok": mb <= BUDGET_MB, "rss_mb": round(mb, 1),
        }
    }


if __name__ == "__main__":
    import json

    sys.path.insert(0, str(HERE))
    from generate import cached_db

    print(json.dumps(run(cached_db()), indent=2))
