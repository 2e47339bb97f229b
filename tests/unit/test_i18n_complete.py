"""pyside6-lupdate alone finds every string the program looks up; each has Chinese; the .ts
files are what the translation pass writes.

Fix a failure with `python3 packaging/i18n.py` (it lists what is missing); put the Chinese in
i18n/zh_CN/<your-area>.json as {"<context>": {"<English source>": "<中文>"}}. Write every
string as lupdate reads it: `translate("Context", "text")` or
`QCoreApplication.translate("Context", "text")`, `QT_TRANSLATE_NOOP("Context", "text")`,
`self.tr("text")` in a class; literal context and text, two arguments, placeholders filled
outside: `fill(translate("Context", "%1 rows"), n)`.
"""

from __future__ import annotations

import ast
from pathlib import Path
from types import ModuleType

import pytest

from tests.i18n_support import packaging_module

ROOT = Path(__file__).resolve().parents[2]
TRANSLATING = {"translate", "QT_TRANSLATE_NOOP"}


def _tool() -> ModuleType:
    return packaging_module("i18n.py", "lishui_i18n_pass")


@pytest.fixture(scope="module")
def generated() -> tuple[object, dict[str, str]]:
    return _tool().generate(ROOT)  # type: ignore[no-any-return]


def _text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def looked_up(root: Path = ROOT) -> tuple[set[tuple[str, str]], list[str]]:
    """What the code looks up, as Python reads it: (context, text) of every translating call
    with literal arguments; and the calls lupdate cannot read (computed context with a literal
    text, extra arguments, an f-string, a module-level tr() wrapper, `x.tr` on another object)."""
    found: set[tuple[str, str]] = set()
    bad: list[str] = []
    trees = {path.relative_to(root).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
             for path in sorted((root / "lishui_desktop").rglob("*.py"))}
    passing = wrappers(trees.values())
    for rel, tree in trees.items():

        def visit(node: ast.AST, cls: str | None, rel: str = rel) -> None:
            if isinstance(node, ast.ClassDef):
                cls = node.name
            elif isinstance(node, ast.FunctionDef) and node.name in ("tr", "_tr"):
                bad.append(f"{rel}:{node.lineno}: a tr() wrapper (lupdate cannot follow it)")
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                where = f"{rel}:{node.lineno}: {ast.unparse(node)[:90]}"
                args = node.args
                if name in TRANSLATING and len(args) >= 2 and not isinstance(args[0], ast.Starred):
                    text, context = args[1], _text(args[0])
                    if len(args) > 2 or node.keywords:
                        bad.append(f"{where} (more than two arguments: fill() the placeholders)")
                    elif isinstance(text, ast.JoinedStr):
                        bad.append(f"{where} (an f-string)")
                    elif _text(text) is not None and context is None:
                        bad.append(f"{where} (the context must be a literal)")
                    elif _text(text) is not None and context is not None:
                        found.add((context, _text(text) or ""))
                elif name == "tr" and args and _text(args[0]) is not None:
                    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self" and cls:
                        found.add((cls, _text(args[0]) or ""))
                        if len(args) > 1 and _text(args[1]) is not None:
                            bad.append(f"{where} (a second string is a disambiguation comment)")
                    else:
                        bad.append(f"{where} (tr() outside self.tr in a class)")
                elif name in passing and name not in TRANSLATING | {"tr"} and len(args) > passing[name] >= 0 \
                        and _text(args[passing[name]]) is not None:
                    bad.append(f"{where} (a literal handed to the wrapper {name}(): lupdate cannot see it)")
            for child in ast.iter_child_nodes(node):
                visit(child, cls)

        visit(tree, None)
    return found, bad


def wrappers(trees: object) -> dict[str, int]:
    """Functions that hand one of their parameters to a translating call as its text, by name,
    with that parameter's position: called with a literal text they hide it from lupdate."""
    found: dict[str, int] = {}
    for tree in trees:  # type: ignore[attr-defined]
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef):
                continue
            params = [a.arg for a in func.args.posonlyargs + func.args.args]
            for call in ast.walk(func):
                name = getattr(call, "func", None)
                name = getattr(name, "id", None) or getattr(name, "attr", None)
                if isinstance(call, ast.Call) and name in TRANSLATING | {"tr"}:
                    text = call.args[1 if name in TRANSLATING else 0] if len(call.args) > (1 if name in TRANSLATING else 0) else None
                    if isinstance(text, ast.Name) and text.id in params:
                        found[func.name] = params.index(text.id) - (1 if params[:1] in (["self"], ["cls"]) else 0)
    return found


def test_every_call_is_one_lupdate_reads() -> None:
    assert looked_up()[1] == []


def test_lupdate_finds_exactly_what_the_code_looks_up() -> None:
    """pyside6-lupdate's (context, source) = the literal lookups of the code, both ways (its
    parser has its own string escapes and context rules: a difference means a string shown
    untranslated or a catalogue entry nobody asks for)."""
    module = _tool()
    lupdate = {(m.context, m.source) for m in module.lupdate(ROOT)}
    code = looked_up()[0]
    assert sorted(code - lupdate) == [], "looked up but not found by pyside6-lupdate"
    assert sorted(lupdate - code) == [], "found by pyside6-lupdate but not looked up this way"
    assert len(lupdate) > 1500


def test_every_string_has_chinese(generated: tuple[object, dict[str, str]]) -> None:
    catalog = generated[0]
    missing = [f"[{c}] {s!r} ({catalog.where[(c, s)][0]})" for c, s in catalog.missing()]  # type: ignore[attr-defined]
    assert missing == [], f"{len(missing)} strings lack Chinese; run python3 packaging/i18n.py"
    assert catalog.unreadable == []  # type: ignore[attr-defined]


def test_every_json_entry_is_a_string_lupdate_finds(generated: tuple[object, dict[str, str]]) -> None:
    """The Chinese catalogues hold exactly the strings lupdate finds: an entry it does not find
    is a stale translation, or a string written in a form lupdate cannot read."""
    catalog = generated[0]
    unused = [f"{catalog.json_entries[k]}: [{k[0]}] {k[1]!r}" for k in catalog.unused()]  # type: ignore[attr-defined]
    assert unused == []
    assert set(catalog.json_entries) == set(catalog.where)  # type: ignore[attr-defined]


def test_placeholders_survive_translation(generated: tuple[object, dict[str, str]]) -> None:
    assert generated[0].bad_placeholders() == []  # type: ignore[attr-defined]


def test_ts_files_are_not_stale(generated: tuple[object, dict[str, str]], tmp_path: Path) -> None:
    for lang, text in generated[1].items():
        committed = ROOT / "i18n" / f"lishui_{lang}.ts"
        assert committed.exists(), f"{committed.name} missing; run python3 packaging/i18n.py"
        assert committed.read_text(encoding="utf-8") == text, (
            f"{committed.name} is stale; run python3 packaging/i18n.py and commit it"
        )


def test_lupdate_reads_the_forms_the_code_uses(tmp_path: Path) -> None:
    """The call forms above, and the ones lupdate misreads (reported, never silently dropped)."""
    pkg = tmp_path / "lishui_desktop"
    pkg.mkdir()
    (pkg / "thing.py").write_text(
        "from PySide6.QtCore import QCoreApplication, QObject\n"
        "from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill, translate\n"
        "LABEL = QT_TRANSLATE_NOOP('Things', 'Label')\n"
        "def run(n):\n"
        "    print(fill(translate('Things', 'Count %1'), n), QCoreApplication.translate('Qt', 'Q'))\n"
        "    print(translate('Things', 'Missed %1', n))\n"
        "class Page(QObject):\n    def title(self):\n        return self.tr('Page title')\n"
        "def tr(text):\n    return translate('Mod', text)\n"
        "def later():\n    return tr('Bare')\n"
        "def label(text):\n    return QCoreApplication.translate('Mod', text)\n"
        "NAME = label('Hidden')\n",
        encoding="utf-8",
    )
    module = _tool()
    found = {(m.context, m.source) for m in module.lupdate(tmp_path)}
    assert found == {("Things", "Label"), ("Things", "Count %1"), ("Qt", "Q"), ("Page", "Page title"), ("", "Bare")}
    catalog = module.build_catalog(tmp_path)
    assert [line.split(" (")[0] for line in catalog.unreadable] == ["[] 'Bare'"]
    code, bad = looked_up(tmp_path)
    assert ("Things", "Missed %1") not in found and any("more than two arguments" in b for b in bad)
    assert any("tr() wrapper" in b for b in bad) and any("outside self.tr" in b for b in bad)
    assert any("wrapper label()" in b for b in bad) and ("Mod", "Hidden") not in found
