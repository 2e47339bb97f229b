"""Proof of scale: a province's laptops merged at one office, at 1, 4, 16 (and on demand 64).

    python benchmarks/scale.py                  # 1, 4 and 16 laptops; writes docs/performance.md
    python benchmarks/scale.py --sizes 1 4 16 64
    python benchmarks/scale.py --no-doc         # print only

Each laptop is a field database that joined the office's deployment (its deployment file, as
`lishui init --join` does) and holds a demo-sized ledger of three years (`services.demo`, its
own seed); it exports one full bundle, signed and encrypted to the office, as a laptop does.
For each size the office starts from the same fresh database and imports that many laptops'
bundles in one batch (`sync_service.import_files`: one pre-import backup, each bundle in its
own transaction), in a child process whose peak resident memory is read from the OS. Printed
per size: import seconds, ops per second, peak memory, database size; and the ratios between
consecutive sizes: time per op (linear growth: about 1) and peak memory (flat: about 1).
`run()` returns the figures for benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

DOC = ROOT / "docs" / "performance.md"
SIZES = (1, 4, 16)
TIME_PER_OP_BUDGET = 1.5  # time per op at the largest size over the smallest: linear, with noise
MEMORY_BUDGET_MB = 250.0


def _env(folder: Path) -> dict[str, str]:
    return dict(os.environ, LISHUI_DATA_DIR=str(folder / "data"), PYTHONPATH=str(ROOT))


def make_office(folder: Path) -> tuple[Path, Path]:
    """The office database (set up, its key unprotected) and a template copy of it."""
    from lishui_desktop.db.database import Database
    from lishui_desktop.services.setup import init_database
    from lishui_desktop.sync import keys

    path = folder / "office-template.sqlite3"
    db = Database.open(path)
    init_database(db, device_name="市办-01", role="office", user_name="王主任")
    keys.ensure_device_keys(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path, folder


def make_laptop(office: Path, folder: Path, number: int) -> tuple[Path, int]:
    """One laptop: joined, three demo years of records, one full bundle; (bundle, ops)."""
    from lishui_desktop.db.database import Database
    from lishui_desktop.services import deployment, sync_service
    from lishui_desktop.services.demo import generate

    name = f"laptop-{number:02d}"
    office_db = Database.open(office)
    try:
        deploy = deployment.export_deployment(office_db, folder / f"{name}.json", name)
    finally:
        office_db.close()
    db = Database.open(folder / f"{name}.sqlite3")
    try:
        deployment.join_deployment(db, deploy, user_name=name)  # name and role issued by the office
        generate(db, scale=1.0, seed=2018 + number)
        result = sync_service.export_bundle(db, folder / f"{name}.lsbundle", full=True)
    finally:
        db.close()
    (folder / f"{name}.sqlite3").unlink()
    for extra in folder.glob(f"{name}.sqlite3-*"):
        extra.unlink()
    return result.path, result.plan.op_count


def prepare(folder: Path, laptops: int, lead: bool = False, log: bool = True) -> dict[str, Any]:
    """In a child process (its memory must not count in the measured children's peaks: Linux
    charges a forked image's pages to the child): the office template, the laptops' bundles
    and, with `lead`, a lead database joined to the office."""
    cmd = [sys.executable, __file__, "--prepare", str(folder), str(laptops), *(["--lead"] if lead else [])]
    done = subprocess.run(cmd, env=_env(folder), stdout=subprocess.PIPE, stderr=None if log else subprocess.DEVNULL,
                          check=True)
    made: dict[str, Any] = json.loads(done.stdout.decode().strip().splitlines()[-1])
    return made


def _prepare_here(folder: Path, laptops: int, lead: bool) -> dict[str, Any]:
    started = time.perf_counter()
    template, _ = make_office(folder)
    made: dict[str, Any] = {"template": str(template), "bundles": []}
    if lead:
        from lishui_desktop.db.database import Database
        from lishui_desktop.services import deployment

        office_db = Database.open(template)
        try:
            lead_file = deployment.export_deployment(office_db, folder / "lead.json", "lead-01", role="lead")
        finally:
            office_db.close()
        lead_db = Database.open(folder / "lead.sqlite3")
        try:
            deployment.join_deployment(lead_db, lead_file)  # name and role issued by the office
        finally:
            lead_db.close()
        made["lead"] = str(folder / "lead.sqlite3")
    for number in range(laptops):
        made["bundles"].append(str(make_laptop(template, folder, number + 1)[0]))
        print(f"[scale] laptop {number + 1}/{laptops} ready ({time.perf_counter() - started:.0f} s)",
              file=sys.stderr, flush=True)
    return made


def import_child(office: Path, bundles: list[Path]) -> dict[str, Any]:
    """In the child: the office imports the bundles (one batch); seconds and ops applied."""
    from lishui_desktop.db.database import Database
    from lishui_desktop.services import sync_service

    db = Database.open(office)
    try:
        started = time.perf_counter()
        reports = sync_service.import_files(db, bundles)
        seconds = time.perf_counter() - started
    finally:
        db.close()
    bad = [r.status for r in reports if r.status != "imported"]
    if bad:
        raise SystemExit(f"bundles not imported: {bad} {[r.reason for r in reports][:2]}")
    return {"seconds": seconds, "ops": sum(r.ops_new for r in reports)}


def measure(template: Path, folder: Path, bundles: list[Path]) -> dict[str, Any]:
    """One size: a fresh office imports `bundles` in a child process."""
    office = folder / f"office-{len(bundles)}.sqlite3"
    shutil.copyfile(template, office)
    cmd = [sys.executable, __file__, "--import-child", str(office), *map(str, bundles)]
    proc = subprocess.Popen(cmd, env=_env(folder), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"office import failed: {err.strip()[-400:]}")
    figures = json.loads(out.strip().splitlines()[-1])
    size = sum(p.stat().st_size for p in folder.glob(office.name + "*"))
    peak_mb = usage.ru_maxrss / 1024 / (1024 if sys.platform == "darwin" else 1)
    for leftover in folder.glob(office.name + "*"):
        leftover.unlink()
    shutil.rmtree(folder / "office-backups", ignore_errors=True)
    for backups in folder.glob("*-backups"):
        shutil.rmtree(backups, ignore_errors=True)
    return {
        "laptops": len(bundles),
        "ops": figures["ops"],
        "seconds": round(figures["seconds"], 2),
        "ops_per_second": round(figures["ops"] / figures["seconds"]),
        "peak_mb": round(peak_mb, 1),
        "database_mb": round(size / 1e6, 1),
    }


def run(sizes: tuple[int, ...] = SIZES, log: bool = True, quick: bool = False, doc: bool = True) -> dict[str, dict[str, Any]]:
    """Every size measured; returns {"scale ...": {...}} for benchmarks/run.py, and (unless a
    quick run) writes docs/performance.md from the figures."""
    if quick:
        sizes, doc = (1, 2), False
    folder = Path(tempfile.mkdtemp(prefix="lishui-scale-"))
    os.environ.setdefault("LISHUI_DATA_DIR", str(folder / "data"))
    try:
        made = prepare(folder, max(sizes), log=log)
        template, bundles = Path(made["template"]), [Path(p) for p in made["bundles"]]
        rows = []
        for size in sizes:
            rows.append(measure(template, folder, bundles[:size]))
            if log:
                print(f"[scale] {size} laptops: {rows[-1]}", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    results = summarise(rows)
    if doc:
        written = write_doc(results)
        if log:
            print(f"[scale] wrote {written}", file=sys.stderr)
    return results


def summarise(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    first, last = rows[0], rows[-1]
    per_op = (last["seconds"] / last["ops"]) / (first["seconds"] / first["ops"])
    memory = last["peak_mb"] / first["peak_mb"]
    for before, after in zip(rows, rows[1:], strict=False):
        after["time_per_op_vs_previous"] = round((after["seconds"] / after["ops"]) / (before["seconds"] / before["ops"]), 2)
        after["memory_vs_previous"] = round(after["peak_mb"] / before["peak_mb"], 2)
    worst_mb = max(r["peak_mb"] for r in rows)
    return {
        f"scale: time per op, {last['laptops']} laptops vs {first['laptops']}": {
            "ratio": round(per_op, 2), "budget": TIME_PER_OP_BUDGET, "ok": per_op <= TIME_PER_OP_BUDGET,
            "sizes": rows,
        },
        f"scale: peak memory of the office import, {last['laptops']} laptops": {
            "ratio": round(worst_mb / MEMORY_BUDGET_MB, 2), "budget": 1.0, "ok": worst_mb <= MEMORY_BUDGET_MB,
            "peak_mb": worst_mb, "memory_vs_smallest": round(memory, 2),
        },
    }


def write_doc(results: dict[str, dict[str, Any]], path: Path = DOC) -> Path:
    """docs/performance.md from a run's figures (made here, never typed)."""
    (timing, memory), rows = results.values(), next(iter(results.values()))["sizes"]
    lines = [
        "# Performance at scale",
        "",
        "Made by `python benchmarks/scale.py` (do not edit by hand); last run "
        f"{dt.datetime.now().strftime('%Y-%m-%d %H:%M')}, on {os.cpu_count()} cores"
        f"{f', load {os.getloadavg()[0]:.1f}' if hasattr(os, 'getloadavg') else ''}.",
        "",
        "A province's laptops merged at one office: each laptop joined the deployment, holds",
        "three demo years (about 17,600 records) and sends one full bundle, signed and encrypted;",
        "the office imports them in one batch (a backup first, each bundle in its own",
        "transaction), in a process of its own whose peak resident memory the OS reports.",
        "",
        "| laptops | ops imported | import s | ops/s | peak memory MB | database MB | time per op vs previous | memory vs previous |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(
            f"| {r['laptops']} | {r['ops']:,} | {r['seconds']:.1f} | {r['ops_per_second']:,} | {r['peak_mb']:.0f} "
            f"| {r['database_mb']:.0f} | {r.get('time_per_op_vs_previous', '')} | {r.get('memory_vs_previous', '')} |"
        )
    lines += [
        "",
        f"Time per op at {rows[-1]['laptops']} laptops over {rows[0]['laptops']}: **{timing['ratio']}** "
        f"(linear growth is 1; budget {timing['budget']}: {'met' if timing['ok'] else 'NOT met'}).",
        f"Largest peak memory: **{memory['peak_mb']:.0f} MB** (budget {MEMORY_BUDGET_MB:.0f} MB: "
        f"{'met' if memory['ok'] else 'NOT met'}); at the largest size {memory['memory_vs_smallest']}× the smallest.",
        "",
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--prepare"]:
        print(json.dumps(_prepare_here(Path(args[1]), int(args[2]), "--lead" in args)))
        return 0
    if args[:1] == ["--import-child"]:
        print(json.dumps(import_child(Path(args[1]), [Path(p) for p in args[2:]])))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--no-doc", action="store_true", help="print only; leave docs/performance.md")
    options = parser.parse_args(args)
    results = run(tuple(sorted(options.sizes)), doc=not options.no_doc)
    print(json.dumps(results, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
