"""Every string of the Excel area (templates, imports, exports, wizard) has Chinese in excel.json."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.i18n_support import chinese_catalogue

ROOT = Path(__file__).resolve().parents[2]
FILES = {
    *(f"lishui_desktop/excel/{p.name}" for p in (ROOT / "lishui_desktop/excel").glob("*.py")),
    "lishui_desktop/services/excel_import.py",
    "lishui_desktop/services/excel_export.py",
    "lishui_desktop/cli/excel_cmd.py",
    "lishui_desktop/ui/excel_dialogs.py",
}


def test_every_excel_string_is_translated() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    from i18n_extract import extract  # the translation pass's own extractor

    table = chinese_catalogue()
    found = [item for item in extract(ROOT, "lishui_desktop") if item.file in FILES]
    assert len(found) > 100
    missing = [f"{i.file}:{i.line} [{i.context}] {i.source}" for i in found if not table.get(i.context, {}).get(i.source)]
    assert missing == []
    for strings in table.values():  # placeholders kept
        for source, chinese in strings.items():
            assert {f"%{n}" for n in range(1, 10) if f"%{n}" in source} == {f"%{n}" for n in range(1, 10) if f"%{n}" in chinese}
