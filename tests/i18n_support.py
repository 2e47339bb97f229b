"""The Chinese of every area (i18n/zh_CN/*.json), merged as the translation pass merges it."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def chinese_catalogue() -> dict[str, dict[str, str]]:
    """{context: {English source: Chinese}} from every area file; the first file wins."""
    merged: dict[str, dict[str, str]] = {}
    for path in sorted((ROOT / "i18n" / "zh_CN").glob("*.json")):
        for context, messages in json.loads(path.read_text(encoding="utf-8")).items():
            for source, text in messages.items():
                merged.setdefault(context, {}).setdefault(source, text)
    return merged
