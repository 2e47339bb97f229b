"""Every string of the ledgers (services, CLI list, pages and widgets) has a Chinese translation."""

from __future__ import annotations

from pathlib import Path

from tests.i18n_support import chinese_catalogue, packaging_module

ROOT = Path(__file__).resolve().parents[2]
FILES = {
    *(p.relative_to(ROOT).as_posix() for p in sorted((ROOT / "lishui_desktop/services/ledgers").glob("*.py"))),
    *(p.relative_to(ROOT).as_posix() for p in sorted((ROOT / "lishui_desktop/ui/ledger").glob("*.py"))),
    "lishui_desktop/cli/list_cmd.py",
}


def all_strings() -> set[tuple[str, str]]:
    """(context, source) of every string pyside6-lupdate finds in the ledgers' files, and the
    choice labels the ledgers show."""
    found = {(m.context, m.source) for m in packaging_module("i18n.py", "lishui_i18n_pass").lupdate(ROOT)
             if any(where.rsplit(":", 1)[0] in FILES for where in m.where)}
    from lishui_desktop.domain import choices

    for name, table in vars(choices).items():
        if name.isupper() and isinstance(table, dict) and name not in ("ALIASES", "TABLES"):
            found |= {("Choices", text) for text in table.values()}
    return found


def test_every_ledger_string_is_translated() -> None:
    table = chinese_catalogue()
    missing = sorted(f"[{ctx}] {text}" for ctx, text in all_strings() if not table.get(ctx, {}).get(text))
    assert missing == []


def test_lupdate_sees_labels_and_widget_strings() -> None:
    found = all_strings()
    assert len(found) > 150
    assert ("Ledgers", "Resident ID") in found
    assert ("FormEditor", "Show") not in found  # SensitiveEdit's own context
    assert ("SensitiveEdit", "Show") in found
    assert ("LedgerActions", "Saved.") in found
