"""Per-user preferences kept outside any database (language), as a small JSON file."""

from __future__ import annotations

import json
import os
from pathlib import Path

from lishui_desktop.files import replace_file
from lishui_desktop.paths import data_dir


def _path() -> Path:
    return data_dir() / "preferences.json"


def load() -> dict[str, str]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def save(values: dict[str, str]) -> None:
    data = load()
    data.update(values)
    path = _path()
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    replace_file(tmp, path)


def preferred_language() -> str | None:
    lang = os.environ.get("LISHUI_LANG") or load().get("language")
    return lang if lang in ("zh_CN", "en") else None
