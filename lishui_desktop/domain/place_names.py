"""The names and codes a place was known by: its history, kept as JSON on the place.

A rename or a merger appends the place's former name, code and full name with the day they
ended (`until`), oldest first; workbooks and typed names using them still find the place.
"""

from __future__ import annotations

import json
from typing import Any


def history_entries(raw: str | None) -> list[dict[str, Any]]:
    """The entries of a place's history JSON ([] when empty or unreadable)."""
    try:
        found = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [e for e in found if isinstance(e, dict)] if isinstance(found, list) else []


def former_names(raw: str | None) -> list[str]:
    """Every former name, code and full name of a place's history."""
    return [str(e[k]) for e in history_entries(raw) for k in ("name", "code", "full_name") if e.get(k)]


def former_text(entries: list[dict[str, Any]], name: str | None = None, code: str | None = None) -> str:
    """Former names as one line: 嘉川镇(510821101)、嘉川乡; a change of the full name alone
    (the place's own `name` and `code` again) and repeats are left out."""
    shown = dict.fromkeys(str(e.get("name")) + (f"({e['code']})" if e.get("code") else "") for e in entries
                          if (e.get("name"), e.get("code")) != (name, code))
    return "、".join(shown)
