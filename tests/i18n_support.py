"""The Chinese of every area (i18n/zh_CN/*.json), merged as the translation pass merges it."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def chinese_catalogue() -> dict[str, dict[str, str]]:
    """{context: {English source: Chinese}} from every area file; the first file wins."""
    merged: dict[str, dict[str, str]] = {}
    for path in sorted((ROOT / "i18n" / "zh_CN").glob("*.json")):
        for context, messages in json.loads(path.read_text(encoding="utf-8")).items():
            for source, text in messages.items():
                merged.setdefault(context, {}).setdefault(source, text)
    return merged


def packaging_module(file: str, name: str) -> ModuleType:
    """A script of packaging/ imported as module `name` (once)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / file)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
