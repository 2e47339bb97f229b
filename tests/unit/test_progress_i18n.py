"""Every string of targets and progress (service, CLI, dashboard) has a Chinese translation."""

from __future__ import annotations

import ast
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# file -> context of bare tr() calls (Qt classes use their class name)
FILES = {
    "lishui_desktop/services/progress.py": None,
    "lishui_desktop/services/targets.py": None,
    "lishui_desktop/cli/progress_cmd.py": "Cli",
    "lishui_desktop/ui/pages/dashboard.py": None,
    "lishui_desktop/ui/dashboard_model.py": None,
    "lishui_desktop/ui/dashboard_targets.py": None,
}


def strings_of(path: Path, tr_context: str | None) -> set[tuple[str, str]]:
    """(context, source) of QT_TRANSLATE_NOOP, translate, QCoreApplication.translate and tr calls."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        n.targets[0].id: n.value.value
        for n in tree.body
        if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name)
        and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
    }

    def value(node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            return constants.get(node.id)
        return None

    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in ("QT_TRANSLATE_NOOP", "translate") and len(node.args) >= 2:
                context, text = value(node.args[0]), value(node.args[1])
                if context and text:
                    found.add((context, text))
            elif name == "tr" and node.args and value(node.args[0]):
                context = (cls if isinstance(node.func, ast.Attribute) else None) or tr_context
                if context:
                    found.add((context, value(node.args[0]) or ""))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(tree, None)
    return found


def test_every_progress_string_is_translated() -> None:
    table = json.loads((ROOT / "i18n/zh_CN/progress.json").read_text(encoding="utf-8"))
    missing = []
    for name, context in FILES.items():
        for ctx, text in sorted(strings_of(ROOT / name, context)):
            if not table.get(ctx, {}).get(text):
                missing.append(f"{name}: [{ctx}] {text}")
    seed = json.loads((ROOT / "resources/reference/targets.json").read_text(encoding="utf-8"))
    for target in seed["targets"]:
        if not table.get("Targets", {}).get(target["measure"]):
            missing.append(f"targets.json: [Targets] {target['measure']}")
    assert missing == []
