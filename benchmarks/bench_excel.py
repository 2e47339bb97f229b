"""Excel import of a 10,000-row roster against a bare baseline measured in the same run.

    .venv/bin/python benchmarks/bench_excel.py [N]      # default 10000 trainees in 100 sessions

Baseline (issue #16): python-calamine's bare read of the same file (`CalamineWorkbook`, the
first sheet `to_python()`) plus a raw insert of the same rows (sessions, persons, enrolments):
plain sqlite3 `executemany` into the same tables of a database made from the metadata, with the
app's pragmas (WAL, synchronous=FULL, foreign keys) and no change capture, in one transaction.
Measured: what `services.excel_import.run_import` does (its `prepare` then `apply`: zip check,
read, check every row, compare, pre-import backup, one transaction writing every row and
capturing every field as sync ops).
Budget: <= 1.5x the baseline, each the best of 3 rounds (a round measures both, one after
the other, into fresh databases); each round's own ratio is given too (`median_round_ratio`,
the pair measured at the same moment of a busy machine), with the load average before and
after. For information: the same rows inserted and captured by
`sync.capture.insert_rows` on the app's engine (`insert_with_capture_seconds`), and the
import's time split by stage (read / validate / compare / backup / write, write including
capture).
`run(n)` returns {name: {seconds, baseline_seconds, ratio, budget, ok, ...}}.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BUDGET = 1.5
ROUNDS = 3  # best of, for the import and the baseline alike
HEADERS = ["培训班名称", "培训类别", "主办单位", "开始日期", "结束日期", "培训地点", "姓名", "性别", "身份证号",
           "联系电话", "县", "乡镇", "村", "人员类别", "是否建档立卡贫困户"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国红梅志文斌鹏辉琴云飞"


def _resident_id(number: int) -> str:
    from stdnum.cn import ric

    birth = dt.date(1990, 1, 1) + dt.timedelta(days=number // 1000)  # unique with the sequence
    body = f"510823{birth:%Y%m%d}{number % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


def make_roster(path: Path, n: int, seed: int = 11) -> list[list[Any]]:
    """n trainees in sessions of 100, written as a county office would (text IDs, real dates)."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    rows = []
    for number in range(n):
        session = number // 100
        start = dt.date(2019, 1, 1) + dt.timedelta(days=session)
        rows.append([
            f"第{session + 1}期致富带头人培训班", "农村致富带头人", "青田县", start, start + dt.timedelta(days=4), "青田",
            rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN), None, _resident_id(number),
            f"13{rng.randrange(10**9):09d}", "剑阁县", "白龙镇", "龙王村", "", rng.choice(("是", "否")),
        ])
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("花名册")
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return rows


def bare_read(path: Path) -> list[list[Any]]:
    """python-calamine's read of the first sheet, header row left out."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    rows: list[list[Any]] = workbook.get_sheet_by_index(0).to_python()[1:]
    workbook.close()
    return rows


def _day(value: Any) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _table_rows(rows: list[list[Any]]) -> tuple[list[dict[str, Any]], ...]:
    """The rows as training sessions, persons and enrolments (plain dicts)."""
    import uuid

    sessions: dict[tuple[Any, ...], str] = {}
    session_rows, person_rows, enrol_rows = [], [], []
    for row in rows:
        key = (row[0], row[3])
        if key not in sessions:
            sessions[key] = str(uuid.uuid4())
            session_rows.append({"id": sessions[key], "title": row[0], "category": "wealth_leader",
                                 "start_date": _day(row[3]), "end_date": _day(row[4]), "place": row[5]})
        pid = str(uuid.uuid4())
        person_rows.append({"id": pid, "name": row[6], "id_number": row[8], "phone": row[9], "town": row[11],
                            "village": row[12], "poor_household": row[14] == "是"})
        enrol_rows.append({"id": str(uuid.uuid4()), "session_id": sessions[key], "person_id": pid,
                           "attended": True, "completed": True})
    return session_rows, person_rows, enrol_rows


def raw_insert(db_file: Path, rows: list[list[Any]]) -> None:
    """The baseline's insert: plain sqlite3 `executemany` into the same tables, no capture,
    one transaction, the app's pragmas (WAL, synchronous=FULL)."""
    from lishui_desktop.db.engine import apply_pragmas

    session_rows, person_rows, enrol_rows = _table_rows(rows)
    conn = sqlite3.connect(db_file, isolation_level=None)
    apply_pragmas(conn)
    conn.execute("BEGIN")
    for table, items in (("training_sessions", session_rows), ("persons", person_rows), ("enrolments", enrol_rows)):
        keys = list(items[0])
        conn.executemany(f"INSERT INTO {table} ({', '.join(keys)}, deleted, created_at, updated_at) "
                         f"VALUES ({', '.join('?' * len(keys))}, 0, '', '')", [tuple(i[k] for k in keys) for i in items])
    conn.execute("COMMIT")
    conn.close()


def insert_with_capture(db: Any, rows: list[list[Any]]) -> None:
    """For information only: the same rows inserted and captured by `sync.capture.insert_rows`
    on the app's engine (what capture costs on top of the insert)."""
    from lishui_desktop.sync.capture import insert_rows

    session_rows, person_rows, enrol_rows = _table_rows(rows)
    with db.engine.begin() as conn:
        insert_rows(conn, "training_sessions", session_rows)
        insert_rows(conn, "persons", person_rows)
        insert_rows(conn, "enrolments", enrol_rows)


def _fresh(path: Path) -> Any:
    from lishui_desktop.db.database import Database
    from lishui_desktop.services.setup import init_database

    db = Database.open(path)
    init_database(db, device_name="bench", role="office")
    return db


def timed_import(db: Any, path: Path) -> tuple[Any, dict[str, float]]:
    """`run_import` (prepare, then apply: what it does), with the time of each stage taken
    from the progress steps the GUI shows."""
    from lishui_desktop.domain.i18n import fill, translate
    from lishui_desktop.excel.columns import CONTEXT
    from lishui_desktop.services import excel_import as ei

    steps = {"Reading the workbook": "read", "Comparing with the database": "compare",
             "Backing up the database": "backup", "Writing to the database": "write", "Done": "done"}
    stage_of = {translate(CONTEXT, text): stage for text, stage in steps.items()}
    marks: list[tuple[float, str]] = []

    def drained(job: Any) -> Any:
        while True:
            try:
                _done, _total, label = next(job)
            except StopIteration as stop:
                marks.append((time.perf_counter(), ""))
                return stop.value
            marks.append((time.perf_counter(), label))

    started = time.perf_counter()
    prepared = drained(ei.prepare(db, "trainees", path))
    stage_of[fill(translate(CONTEXT, "Checking %1 rows"), prepared.result.rows)] = "validate"
    result = drained(ei.apply(db, prepared))
    stages: dict[str, float] = {}
    previous, stage = started, "start"
    for moment, label in marks:
        stages[stage] = stages.get(stage, 0.0) + moment - previous
        previous, stage = moment, stage_of.get(label, stage)
    return result, {k: round(v, 3) for k, v in stages.items() if k not in ("start", "done")}


def _plain_db(path: Path) -> Path:
    """The baseline's database: the same tables made from the metadata, no change log."""
    from sqlalchemy import create_engine

    from lishui_desktop.db import models  # noqa: F401  (registers the tables)
    from lishui_desktop.db.base import Base

    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    engine.dispose()
    return path


def _round(folder: Path, roster: Path, n: int) -> dict[str, Any]:
    """One measurement of everything, each write into databases of its own."""
    plain = _plain_db(folder / "plain.sqlite3")
    captured_db, db = _fresh(folder / "captured.sqlite3"), _fresh(folder / "lishui.sqlite3")
    try:
        started = time.perf_counter()
        rows = bare_read(roster)
        read_seconds = time.perf_counter() - started
        raw_insert(plain, rows)
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        insert_with_capture(captured_db, rows)
        captured_seconds = time.perf_counter() - started
        started = time.perf_counter()
        result, stages = timed_import(db, roster)
        measured = time.perf_counter() - started
        assert result.applied and result.new == n, result.summary()
    finally:
        captured_db.close()
        db.close()
    return {"seconds": measured, "baseline": baseline, "read": read_seconds, "captured": captured_seconds,
            "stages": stages}


def run(n: int = 10000, rounds: int = ROUNDS) -> dict[str, dict[str, Any]]:
    """Best of `rounds` for the import and for the baseline alike (each round measures both,
    one after the other), so that a busy machine in one moment does not decide the ratio."""
    load_before = os.getloadavg()
    folder = Path(tempfile.mkdtemp(prefix="bench-excel-"))
    os.environ.setdefault("LISHUI_DATA_DIR", str(folder / "data"))
    roster = folder / "roster.xlsx"
    make_roster(roster, n)
    found = []
    for number in range(rounds):
        (folder / str(number)).mkdir()
        found.append(_round(folder / str(number), roster, n))
    best = min(found, key=lambda f: f["seconds"])
    best_baseline = min(found, key=lambda f: f["baseline"])
    ratio = best["seconds"] / best_baseline["baseline"]
    round_ratios = sorted(f["seconds"] / f["baseline"] for f in found)  # each round's pair, same moment
    return {
        f"excel import {n} trainees": {
            "seconds": round(best["seconds"], 3),
            "baseline_seconds": round(best_baseline["baseline"], 3),
            "baseline": "python-calamine read of the same file + plain sqlite3 executemany of the same rows, no capture",
            "baseline_read_seconds": round(best_baseline["read"], 3),
            "baseline_insert_seconds": round(best_baseline["baseline"] - best_baseline["read"], 3),
            "insert_with_capture_seconds": round(min(f["captured"] for f in found), 3),
            "import_stages": best["stages"],
            "rounds": [(round(f["seconds"], 2), round(f["baseline"], 2)) for f in found],
            "median_round_ratio": round(round_ratios[len(round_ratios) // 2], 2),
            "load_average": [round(x, 2) for x in (*load_before, *os.getloadavg())],  # 1/5/15 min, before and after
            "ratio": round(ratio, 2),
            "budget": BUDGET,
            "ok": ratio <= BUDGET,
        }
    }


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    for name, figures in run(count).items():
        print(name, figures)
