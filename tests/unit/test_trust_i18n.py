"""Every string of the trust area (backups, keys, bundle safety) has a Chinese translation."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.i18n_support import chinese_catalogue

ROOT = Path(__file__).resolve().parents[2]
# file -> context of its tr() calls (None: only QT_TRANSLATE_NOOP / translate with a context)
FILES = {
    "lishui_desktop/services/backup.py": None,
    "lishui_desktop/services/recovery.py": None,
    "lishui_desktop/services/trust.py": None,
    "lishui_desktop/services/history.py": None,
    "lishui_desktop/cli/backup_cmd.py": "Cli",
    "lishui_desktop/cli/keys_cmd.py": "Cli",
    "lishui_desktop/cli/devices_cmd.py": "Cli",
    "lishui_desktop/services/issuing.py": None,

    "lishui_desktop/sync/limits.py": None,
    "lishui_desktop/sync/crypto.py": None,
    "lishui_desktop/sync/keys.py": None,
    "lishui_desktop/sync/security.py": None,
    "lishui_desktop/ui/backup_dialog.py": "BackupDialog",
    "lishui_desktop/ui/backup_startup.py": "BackupStartup",
    "lishui_desktop/ui/history_dialog.py": "HistoryDialog",
    "lishui_desktop/ui/keys_dialog.py": "KeysDialog",
}


def strings_of(path: Path, tr_context: str | None) -> set[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constant = next(
        (
            n.value.value
            for n in tree.body
            if isinstance(n, ast.Assign)
            and getattr(n.targets[0], "id", "") == "CONTEXT"
            and isinstance(n.value, ast.Constant)
        ),
        None,
    )

    def value(node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name) and node.id == "CONTEXT":
            return constant
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
            elif name in ("tr", "_tr") and node.args and value(node.args[0]):
                context = (cls if name == "tr" and cls else None) or tr_context
                if context:
                    found.add((context, value(node.args[0]) or ""))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(tree, None)
    return found


def test_every_trust_string_is_translated() -> None:
    table = chinese_catalogue()
    missing = []
    for name, context in FILES.items():
        path = ROOT / name
        if not path.exists():
            continue
        for ctx, text in sorted(strings_of(path, context)):
            if not table.get(ctx, {}).get(text):
                missing.append(f"{name}: [{ctx}] {text}")
    assert missing == []
