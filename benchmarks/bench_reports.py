"""Report budgets: the monthly sheet on the demo database (≤ 1 s) and a 2,000-row placement
register against reportlab's bare Table of the same rows with the same font (≤ 1.5×).

Run: .venv/bin/python benchmarks/bench_reports.py   (prints JSON; `run()` returns the dict)
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MONTHLY_BUDGET_S = 1.0
REGISTER_BUDGET = 1.5
REGISTER_ROWS = 2000


def _best(fn: Callable[[], Any], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _demo_db(folder: Path) -> Any:
    """The demo database (`lishui demo`, about a minute); LISHUI_BENCH_DEMO_DB reuses a copy of one."""
    from lishui_desktop.cli import main
    from lishui_desktop.db.database import Database

    path = folder / "demo.sqlite3"
    existing = os.environ.get("LISHUI_BENCH_DEMO_DB")
    if existing:
        shutil.copyfile(existing, path)
        return Database.open(path)
    code = main(["--db", str(path), "init", "--device-name", "bench-01", "--role", "office"])
    code = code or main(["--db", str(path), "demo"])
    if code:
        raise RuntimeError("lishui demo failed or does not exist yet")
    return Database.open(path)


def _busiest_month(db: Any) -> tuple[int, int]:
    from sqlalchemy import func, select

    from lishui_desktop.db.models import Placement

    with db.sessions() as s:
        row = s.execute(
            select(func.strftime("%Y-%m", Placement.start_date).label("m"), func.count())
            .group_by("m").order_by(func.count().desc()).limit(1)
        ).first()
    if not row or not row[0]:
        return dt.date.today().year, dt.date.today().month
    year, month = row[0].split("-")
    return int(year), int(month)


def bench_monthly() -> dict[str, Any]:
    from lishui_desktop.reports.fonts import fonts
    from lishui_desktop.services.reports import ReportRequest, generate

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = _demo_db(folder)
        try:
            year, month = _busiest_month(db)
            request = ReportRequest("monthly", folder / "monthly.pdf", county="青田县", year=year, month=month)
            start = time.perf_counter()
            fonts()  # once per process; the reports page registers them in the background on opening
            font_load = time.perf_counter() - start
            start = time.perf_counter()
            generate(db, request)  # the first sheet: cold SQL and progress caches
            first = time.perf_counter() - start
            warm = _best(lambda: generate(db, request))
        finally:
            db.close()
    return {"ratio": round(first / MONTHLY_BUDGET_S, 3), "budget": MONTHLY_BUDGET_S, "ok": first <= MONTHLY_BUDGET_S,
            "seconds": round(first, 3), "warm_seconds": round(warm, 3), "font_load_seconds": round(font_load, 3),
            "month": f"{year}-{month:02d}"}


def _register_lines(rows: int) -> Any:
    from lishui_desktop.reports import data as forms

    # names, villages and employers as real registers have them (a few long ones wrap)
    surnames, given = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗", ["伟", "芳", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋",
                                                        "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平"]
    villages = ["双河村", "河坝村", "一个名字很长很长的村民委员会", "白衣村", "驷马村"]
    employers = ["浙江青田某某鞋业有限公司", "丽水市某某阀门制造有限公司", "温州某某服装厂"]
    return forms.PlacementRegister("青田县", "四川省巴中市平昌县", dt.date(2019, 1, 1), dt.date(2019, 12, 31),
                                   dt.date(2019, 12, 31), [
        forms.PlacementLine(
            name=surnames[i % 20] + given[(i // 20) % 20] + ("·阿卜杜热合曼" if i % 97 == 0 else ""), gender="男" if i % 2 else "女", id_number=f"511923********{i:04d}",
            phone=f"138****{i:04d}", home=f"平昌县驷马镇{villages[i % len(villages)]}", poor=i % 3 == 0,
            employer=employers[i % len(employers)], work_place="浙江省丽水市青田县", job="普工",
            start=dt.date(2019, 1 + i % 12, 1 + i % 28), wage_fen=420000 + i, contract=bool(i % 2))
        for i in range(rows)
    ])


def bench_register() -> dict[str, Any]:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table

    from lishui_desktop.reports.fonts import fonts
    from lishui_desktop.reports.layout import BODY_SIZE, MARGIN
    from lishui_desktop.reports.register import (
        register_header,
        register_pdf,
        register_rows,
        register_widths,
    )

    register = _register_lines(REGISTER_ROWS)
    font = fonts().name

    def bare() -> bytes:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=MARGIN, rightMargin=MARGIN,
                                topMargin=MARGIN, bottomMargin=MARGIN)
        data = [register_header()] + [[str(v) for v in row] for row in register_rows(register.lines)]
        table = Table(data, colWidths=register_widths(), repeatRows=1)
        table.setStyle([("FONT", (0, 0), (-1, -1), font, BODY_SIZE)])
        doc.build([table])
        return buffer.getvalue()

    register_pdf(register)  # warm both (fonts, caches of the first run are not what is measured)
    bare()
    ours, baseline = [], []
    for _ in range(3):  # interleaved, best of three each: the machine's load hits both alike
        ours.append(_best(lambda: register_pdf(register), 1))
        baseline.append(_best(bare, 1))
    ratio = min(ours) / min(baseline)
    return {"ratio": round(ratio, 3), "budget": REGISTER_BUDGET, "ok": ratio <= REGISTER_BUDGET,
            "seconds": round(min(ours), 3), "bare_seconds": round(min(baseline), 3), "rows": REGISTER_ROWS}


def run() -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = {}
    for name, bench in (("monthly_sheet", bench_monthly), ("register_2000_rows", bench_register)):
        try:
            results[name] = bench()
        except Exception as exc:  # a missing prerequisite (demo, progress) is reported, not hidden
            results[name] = {"ratio": None, "budget": None, "ok": False, "error": f"{type(exc).__name__}: {exc}"}
    return results


if __name__ == "__main__":
    print(json.dumps(run(), ensure_ascii=False, indent=2))
