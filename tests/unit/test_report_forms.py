"""Each printed form from a fixture database: Chinese headings, exact progress figures,
embedded fonts, masking, the fallback font for rare characters, pagination of a long register."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

from lishui_desktop.db.database import Database
from lishui_desktop.reports import data as forms
from lishui_desktop.reports.fmt import number
from lishui_desktop.reports.fonts import FALLBACK, fonts, markup, missing
from lishui_desktop.reports.register import register_pdf
from lishui_desktop.services import audit
from lishui_desktop.services.reports import ReportRequest, generate
from tests.unit.test_report_seed import (  # noqa: F401 - progress is a fixture
    FULL_ID,
    FULL_PHONE,
    RARE_NAME,
    SESSION_ID,
    progress,
    seed_reports,
)


def pdf_text(path: Path | bytes) -> list[str]:
    """Each page's text, runs of white space (cell breaks) folded to one space."""
    reader = PdfReader(io.BytesIO(path) if isinstance(path, bytes) else str(path))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def flat(pages: list[str]) -> str:
    """All pages' text without white space (a long cell wraps anywhere)."""
    return re.sub(r"\s+", "", "".join(pages))


def _fonts(reader: PdfReader) -> dict[str, object]:
    found: dict[str, object] = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def _to_unicode(font: object) -> set[str]:
    """Characters a subset font maps (from its ToUnicode CMap)."""
    data = font["/ToUnicode"].get_object().get_data().decode("latin1")  # type: ignore[index]
    chars = set()
    for hexes in re.findall(r"^<[0-9A-Fa-f]{2}> <((?:[0-9A-Fa-f]{4}){1,2})>$", data, re.M):
        chars.add(bytes.fromhex(hexes).decode("utf-16-be"))
    return chars


def test_monthly_sheet_prints_progress_figures_exactly(db: Database, tmp_path: Path, progress) -> None:  # noqa: F811
    seed_reports(db)
    out = tmp_path / "月报.pdf"
    generate(db, ReportRequest("monthly", out, county="青田县", year=2019, month=3))
    pages = pdf_text(out)
    text, solid = "\n".join(pages), flat(pages)
    for heading in ("青田县东西部扶贫协作工作月报表", "一、目标任务完成情况", "三、在岗挂职干部", "四、本月举办培训班",
                    "填报人", "审核人", "负责人", "（单位盖章）", "第 1 页 共 2 页"):
        assert heading in text, heading
    assert "四川省巴中市平昌县" in text
    report = progress(db, 2019, county="青田县", month=3)
    assert report.rows
    for row in report.rows:
        line = f"{number(row.month_actual)} {number(row.actual)} {number(row.threshold)} {number(max(row.threshold - row.actual, 0))}"
        assert line in text, line
    assert "青田—平昌东西部扶贫协作联席会议" in solid
    assert "四月的互访" not in solid  # April is not in the March sheet
    assert "张建国" in solid and "周末" not in solid  # only cadres on post in March
    assert "30,000,000.00" in text
    assert FULL_ID not in text


def test_consolidated_sheet_lists_every_county(db: Database, tmp_path: Path, progress) -> None:  # noqa: F811
    seed_reports(db)
    out = tmp_path / "all.pdf"
    generate(db, ReportRequest("monthly", out, county=None, year=2019, month=3))
    text = "\n".join(pdf_text(out))
    assert "全市汇总东西部扶贫协作工作月报表" in text
    for row in progress(db, 2019, county=None, month=3).rows:
        assert row.county in text and number(row.actual) in text


def test_every_font_is_embedded(db: Database, tmp_path: Path, progress) -> None:  # noqa: F811
    seed_reports(db)
    for form in ("monthly", "signin", "roster", "placements", "pairings"):
        out = tmp_path / f"{form}.pdf"
        generate(db, ReportRequest(form, out, county="青田县", year=2019, month=3, session_id=SESSION_ID,
                                   date_from=dt.date(2019, 1, 1), date_to=dt.date(2019, 12, 31)))
        found = _fonts(PdfReader(str(out)))
        assert found, form
        for name, font in found.items():
            descriptor = font["/FontDescriptor"].get_object()  # type: ignore[index]
            assert "/FontFile2" in descriptor, f"{form}: {name} not embedded"
            assert name.startswith("/AAAAAA+") or "+" in name, f"{form}: {name} not a subset"


def test_ids_masked_by_default_and_full_only_on_request(db: Database, tmp_path: Path) -> None:
    seed_reports(db)
    masked = tmp_path / "signin.pdf"
    generate(db, ReportRequest("signin", masked, session_id=SESSION_ID))
    text = "\n".join(pdf_text(masked))
    assert "签到表" in text and "本人签名" in text
    assert "511923********1234" in text and "138****5678" in text
    assert FULL_ID not in text and FULL_PHONE not in text
    assert audit.entries(db) == []
    full = tmp_path / "signin-full.pdf"
    result = generate(db, ReportRequest("roster", full, session_id=SESSION_ID, full_ids=True))
    text = "\n".join(pdf_text(full))
    assert FULL_ID in text and FULL_PHONE in text and result.full_ids
    [entry] = audit.entries(db)
    assert (entry.kind, entry.table_name, entry.row_id, entry.row_count) == ("print", "enrolments", SESSION_ID, 3)


def test_rare_characters_come_from_the_embedded_fallback_font(db: Database, tmp_path: Path) -> None:
    assert missing(RARE_NAME) == set()
    assert markup(RARE_NAME) == f'王<font name="{FALLBACK}">䶮𠇔</font>'
    assert ord("䶮") not in fonts().cmap
    seed_reports(db)
    out = tmp_path / "roster.pdf"
    generate(db, ReportRequest("roster", out, session_id=SESSION_ID))
    found = _fonts(PdfReader(str(out)))
    fallback = [f for name, f in found.items() if "HanaMin" in name]
    main = [f for name, f in found.items() if "WenQuanYi" in name]
    assert fallback and main
    assert {"䶮", "𠇔"} <= set().union(*(_to_unicode(f) for f in fallback))
    assert not {"䶮", "𠇔"} & set().union(*(_to_unicode(f) for f in main))
    assert RARE_NAME in flat(pdf_text(out))


def _register(rows: int) -> forms.PlacementRegister:
    lines = [
        forms.PlacementLine(name=f"务工人员{i:04d}" + ("·阿卜杜热合曼·艾买提江" if i % 50 == 0 else ""),
                            gender="男", id_number=f"511923********{i:04d}", phone=f"138****{i:04d}",
                            home="平昌县驷马镇双河村", poor=i % 3 == 0, employer="浙江青田某某鞋业有限公司",
                            work_place="浙江省丽水市青田县", job="普工", start=dt.date(2019, 3, 1),
                            wage_fen=450000, contract=True)
        for i in range(rows)
    ]
    return forms.PlacementRegister("青田县", "四川省巴中市平昌县", dt.date(2019, 1, 1), dt.date(2019, 12, 31),
                                   dt.date(2019, 12, 31), lines)


def test_long_register_paginates_with_headers_on_every_page(tmp_path: Path) -> None:
    out = tmp_path / "register.pdf"
    out.write_bytes(register_pdf(_register(2000)))
    # poppler's pdftotext: pypdf takes many seconds over 60 CJK pages
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, check=True)
    pages = [re.sub(r"\s+", " ", page) for page in done.stdout.decode("utf-8").split("\f") if page.strip()]
    assert len(pages) > 20
    phones: list[str] = []
    for number_, page in enumerate(pages, start=1):
        assert "身份证号码" in page and "就业单位" in page, number_  # header row repeated
        assert f"第 {number_} 页 共 {len(pages)} 页" in page
        phones += re.findall(r"138\*\*\*\*\d{4}", page)
    assert sorted(phones) == sorted(f"138****{i:04d}" for i in range(2000))  # every row once, none split
    assert "共转移就业 2000 人" in pages[-1]


def test_pairing_list_follows_the_annex(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "pairings.pdf"
    generate(db, ReportRequest("pairings", out))
    text = pdf_text(out)[0]
    assert "丽水市东西部扶贫协作结对关系一览表" in text
    assert "东西部扶贫协作结对县（区）" in text
    order = [text.index(name) for name in ("莲都区", "龙泉市", "青田县", "缙云县", "遂昌县", "松阳县")]
    assert order == sorted(order)
    assert "3 青田县 四川省巴中市平昌县" in text
