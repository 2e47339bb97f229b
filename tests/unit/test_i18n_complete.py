"""Every source string has a finished Chinese translation, and the .ts files are up to date.

Fix a failure with `python3 packaging/i18n.py` (it lists what is missing); put the Chinese in
i18n/zh_CN/<your-area>.json as {"<context>": {"<English source>": "<中文>"}}.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.i18n_support import packaging_module

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    return packaging_module("i18n.py", "lishui_i18n_pass")


@pytest.fixture(scope="module")
def generated() -> tuple[object, dict[str, str]]:
    return _tool().generate(ROOT)  # type: ignore[no-any-return]


def test_every_string_has_chinese(generated: tuple[object, dict[str, str]]) -> None:
    catalog = generated[0]
    missing = [f"[{c}] {s!r} ({catalog.where[(c, s)][0]})" for c, s in catalog.missing()]  # type: ignore[attr-defined]
    assert missing == [], f"{len(missing)} strings lack Chinese; run python3 packaging/i18n.py"


def test_placeholders_survive_translation(generated: tuple[object, dict[str, str]]) -> None:
    assert generated[0].bad_placeholders() == []  # type: ignore[attr-defined]


def test_ts_files_are_not_stale(generated: tuple[object, dict[str, str]], tmp_path: Path) -> None:
    for lang, text in generated[1].items():
        committed = ROOT / "i18n" / f"lishui_{lang}.ts"
        assert committed.exists(), f"{committed.name} missing; run python3 packaging/i18n.py"
        assert committed.read_text(encoding="utf-8") == text, (
            f"{committed.name} is stale; run python3 packaging/i18n.py and commit it"
        )


def test_extractor_resolves_non_qt_contexts(tmp_path: Path) -> None:
    """Wrappers, constants and aliases of the non-Qt layer land under their real context."""
    pkg = tmp_path / "lishui_desktop"
    (pkg / "cli").mkdir(parents=True)
    (pkg / "domain").mkdir()
    (pkg / "domain" / "i18n.py").write_text(
        "def translate(context, text, *args):\n    return text\n"
        "def QT_TRANSLATE_NOOP(context, text):\n    return text\n"
    )
    (pkg / "cli" / "common.py").write_text(
        "from lishui_desktop.domain.i18n import translate\n"
        "def tr(text, *args):\n    return translate('Cli', text, *args)\n"
    )
    (pkg / "cli" / "thing.py").write_text(
        "from lishui_desktop.cli.common import tr\n"
        "from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP as N, translate\n"
        "CTX = 'Things'\n"
        "LABEL = N(CTX, 'Label')\n"
        "def run(n):\n    print(tr('Done: %1', n), translate(CTX, 'Count %1', n))\n"
        "class Page:\n    def title(self):\n        return self.tr('Page title')\n"
    )
    module = sys.modules.get("lishui_i18n_pass") or _tool()
    found = {(f.context, f.source) for f in module.extract(tmp_path)}
    assert found == {("Cli", "Done: %1"), ("Things", "Label"), ("Things", "Count %1"),
                     ("Page", "Page title")}
