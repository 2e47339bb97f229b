"""Every string of the ledgers (services, CLI list, pages and widgets) has a Chinese translation."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.i18n_support import chinese_catalogue

ROOT = Path(__file__).resolve().parents[2]
FILES = [
    *sorted((ROOT / "lishui_desktop/services/ledgers").glob("*.py")),
    *sorted((ROOT / "lishui_desktop/ui/ledger").glob("*.py")),
    ROOT / "lishui_desktop/cli/list_cmd.py",
]
NOOPS = {"QT_TRANSLATE_NOOP", "N", "translate"}


def strings_of(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every tr(), translate(), QT_TRANSLATE_NOOP() and helper call."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    constants.setdefault("CTX", "Ledgers")  # imported from services/ledgers/spec.py

    def value(node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            return constants.get(node.id)
        return None

    helpers = {"lt": "Ledgers", "_tr": constants.get("CONTEXT"), "tr": "Cli"}
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call) and node.args:
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in NOOPS and len(node.args) >= 2 and value(node.args[0]) and value(node.args[1]):
                found.add((value(node.args[0]) or "", value(node.args[1]) or ""))
            elif name == "tr" and isinstance(node.func, ast.Attribute) and cls and value(node.args[0]):
                found.add((cls, value(node.args[0]) or ""))
            elif name in helpers and isinstance(node.func, ast.Name) and helpers[name] and value(node.args[0]):
                found.add((helpers[name] or "", value(node.args[0]) or ""))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(tree, None)
    return found


def all_strings() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in FILES:
        found |= strings_of(path)
    from lishui_desktop.domain import choices

    for name, table in vars(choices).items():
        if name.isupper() and isinstance(table, dict) and name not in ("ALIASES", "TABLES"):
            found |= {("Choices", text) for text in table.values()}
    return found


def test_every_ledger_string_is_translated() -> None:
    table = chinese_catalogue()
    missing = sorted(f"[{ctx}] {text}" for ctx, text in all_strings() if not table.get(ctx, {}).get(text))
    assert missing == []


def test_extractor_sees_labels_and_widget_strings() -> None:
    found = all_strings()
    assert ("Ledgers", "Resident ID") in found
    assert ("FormEditor", "Show") not in found  # SensitiveEdit's own context
    assert ("SensitiveEdit", "Show") in found
    assert ("LedgerActions", "Saved.") in found
