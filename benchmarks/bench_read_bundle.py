"""The read side of a bundle import alone: `bundle.read_bundle` on bench_sync's bundle.

    python benchmarks/bench_read_bundle.py [--n 100000] [--runs 5]

Garbage collection is off, as during an import (importer.import_bytes). Prints one JSON object:
`first` is the first read in a fresh process (what the import benchmark sees: memory not yet
touched), `best` the best of the runs after it.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sync import make_bundle, make_laptop, make_ops  # noqa: E402

from lishui_desktop.sync import bundle  # noqa: E402


def run(n: int = 100_000, runs: int = 5) -> dict[str, float]:
    laptop = make_laptop()
    ops = make_ops(n, laptop.author)
    data = make_bundle(ops, laptop)
    del ops
    gc.collect()
    gc.disable()
    times = []
    for _ in range(1 + runs):
        start = time.perf_counter()
        read = bundle.read_bundle(data)
        times.append(time.perf_counter() - start)
        assert len(read.ops) == n
        del read
    gc.enable()
    return {"n": n, "first": round(times[0], 3), "best": round(min(times[1:] or times), 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    os.environ.setdefault("LISHUI_DATA_DIR", tempfile.mkdtemp())
    print(json.dumps(run(args.n, args.runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
