"""Every string of the Excel area (templates, imports, exports, wizard) has Chinese in excel.json."""

from __future__ import annotations

from pathlib import Path

from tests.i18n_support import chinese_catalogue, packaging_module

ROOT = Path(__file__).resolve().parents[2]
FILES = {
    *(f"lishui_desktop/excel/{p.name}" for p in (ROOT / "lishui_desktop/excel").glob("*.py")),
    "lishui_desktop/services/excel_import.py",
    "lishui_desktop/services/excel_export.py",
    "lishui_desktop/cli/excel_cmd.py",
    "lishui_desktop/ui/excel_dialogs.py",
}


def test_every_excel_string_is_translated() -> None:
    table = chinese_catalogue()
    found = [(where, m) for m in packaging_module("i18n.py", "lishui_i18n_pass").lupdate(ROOT)
             for where in m.where if where.rsplit(":", 1)[0] in FILES]
    assert len(found) > 100
    missing = [f"{where} [{m.context}] {m.source}" for where, m in found if not table.get(m.context, {}).get(m.source)]
    assert missing == []
    for strings in table.values():  # placeholders kept
        for source, chinese in strings.items():
            assert {f"%{n}" for n in range(1, 10) if f"%{n}" in source} == {f"%{n}" for n in range(1, 10) if f"%{n}" in chinese}
