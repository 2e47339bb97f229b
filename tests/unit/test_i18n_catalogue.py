"""One catalogue: the non-Qt layers read the compiled .qm that Qt's QTranslator loads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from defusedxml import ElementTree

from lishui_desktop.domain import i18n
from lishui_desktop.domain.i18n import _catalog, fill, read_qm, translate

ROOT = Path(__file__).resolve().parents[2]


def _finished(ts: Path) -> dict[tuple[str, str], str]:
    table = {}
    for context in ElementTree.parse(str(ts)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.text and node.get("type") is None:
                table[(name, message.findtext("source") or "")] = node.text
    return table


def test_the_compiled_catalogue_holds_every_finished_translation() -> None:
    """What the program reads is what the .ts says, message for message (lrelease's .qm
    read back by domain/i18n.py's reader)."""
    read = read_qm((ROOT / "i18n" / "lishui_zh_CN.qm").read_bytes())
    assert read == _finished(ROOT / "i18n" / "lishui_zh_CN.ts")
    assert len(read) > 1000


def test_qt_reads_the_same_catalogue(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(ROOT / "i18n" / "lishui_zh_CN.qm"))
    qapp.installTranslator(translator)
    try:
        for (context, source), text in list(_catalog("zh_CN").items())[::50]:
            assert QCoreApplication.translate(context, source) == text
    finally:
        qapp.removeTranslator(translator)


def test_the_catalogue_alone_is_enough(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An installed program carries only the .qm files: no .ts, no per-area JSON."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(ROOT / "i18n" / "lishui_zh_CN.qm", folder)
    monkeypatch.setattr("lishui_desktop.paths.i18n_dir", lambda: folder)
    _catalog.cache_clear()
    try:
        assert translate("SyncTables", "People") == "人员"
        assert fill(translate("Files", "the system refused it (error %1)"), 13) == "系统拒绝了该操作（错误 13）"
        assert fill(translate("Reports", "no such text %1"), "x") == "no such text x"  # unknown: English
    finally:
        _catalog.cache_clear()


def test_a_damaged_catalogue_falls_back_to_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "lishui_zh_CN.qm").write_bytes(b"not a catalogue")
    monkeypatch.setattr("lishui_desktop.paths.i18n_dir", lambda: folder)
    _catalog.cache_clear()
    try:
        assert translate("SyncTables", "People") == "People"
        assert "packaging/i18n.py" in caplog.text
    finally:
        _catalog.cache_clear()
    assert i18n.language() == "zh_CN"


def test_placeholders_are_filled_in_one_pass() -> None:
    """fill() is the one way to put values into %1, %2 ...: a chain of .replace("%1", ...)
    .replace("%2", ...) would also replace a "%2" inside the value put for %1."""
    import re

    chained = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "lishui_desktop").rglob("*.py"))
               for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
               if re.search(r"""\.replace\(\s*["']%\d""", line)]
    assert chained == []
    assert i18n.fill("%1 / %2", "50%2", "x") == "50%2 / x"


def test_errors_are_looked_up_where_their_message_is_filed() -> None:
    """An error raised with a message marked QT_TRANSLATE_NOOP("Ctx", ...) is translated under
    "Ctx": the error's own context, or context="Ctx" given (else the user reads English:
    'There is no quarantined bundle 5.' in Chinese mode)."""
    import ast
    import importlib

    from lishui_desktop.domain.errors import UserError

    wrong = []
    for path in sorted((ROOT / "lishui_desktop").rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        name = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        if ".migrations" in name:
            continue
        module = importlib.import_module(name)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Call)):
                continue
            marker = node.args[0]
            called = marker.func.id if isinstance(marker.func, ast.Name) else None
            if called not in ("QT_TRANSLATE_NOOP", "N") or not marker.args:
                continue
            first = marker.args[0]
            filed = first.value if isinstance(first, ast.Constant) else getattr(module, getattr(first, "id", ""), None)
            func = node.func
            error = (getattr(module, func.id, None) if isinstance(func, ast.Name) else
                     getattr(getattr(module, func.value.id, None), func.attr, None)
                     if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else None)
            if not (isinstance(error, type) and issubclass(error, UserError)):
                continue
            given = next((k.value for k in node.keywords if k.arg == "context"), None)
            looked_up = (given.value if isinstance(given, ast.Constant)
                         else getattr(module, given.id, None) if isinstance(given, ast.Name) else error.context)
            if filed != looked_up:
                wrong.append(f"{rel}:{node.lineno} {error.__name__} looks up {looked_up!r}, filed under {filed!r}")
    assert wrong == []


def test_a_refused_quarantine_number_reads_in_chinese(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from lishui_desktop.cli import main

    db = str(tmp_path / "office.db")
    assert main(["--db", db, "init", "--role", "office", "--device-name", "市办"]) == 0
    assert main(["--db", db, "conflicts", "accept", "5"]) == 2
    assert capsys.readouterr().err.endswith("lishui: 没有编号为 5 的隔离数据包。\n")
